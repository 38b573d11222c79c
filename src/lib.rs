//! vaultctl: a command-line client for HashiCorp Vault and OpenBao.
//!
//! The layers, with their arrows one way (see DESIGN.md): `cli` → `secrets`/`lifecycle`
//! → `vault`; `cli` → `supervise`. `vault` is the API client and never touches clap or
//! processes.

pub mod cli;
pub mod duration;
pub mod fsutil;
pub mod jitter;
pub mod lifecycle;
pub mod log;
pub mod redacted;
pub mod run;
pub mod secrets;
pub mod supervise;
pub mod vault;
