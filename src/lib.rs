//! vaultctl: a command-line client for HashiCorp Vault and OpenBao.
//!
//! The layers, with their arrows one way: `cli` → `run` → `secrets`/`lifecycle` →
//! `vault`, and `run` → `supervise`.
//!
//! - `cli`: clap definitions (raw flags), resolved settings, output, one thin handler per
//!   command; handlers end with an [`outcome::Outcome`], and `main.rs` alone turns it
//!   (or an error) into an exit code.
//! - `run`: the exec runtime. A plan resolved once from flags, environment and config
//!   file and checked before Vault is asked; the session; the child's environment and
//!   files; the lease ledger; rotation; the one failure reporter. It reads the raw flags
//!   and settings `cli` hands it and never calls back into `cli`'s handlers.
//! - `secrets`: references and sources, one read per path, validation.
//! - `lifecycle`: token and secret watchers that report events, clock injected.
//! - `supervise`: spawn, signals, reaping, restart; knows nothing of Vault.
//! - `vault`: the API client; never touches clap or processes.
//!
//! The design contract is kept in the README ("Where vaultctl adds to or reads the
//! design contract").

pub mod cli;
pub mod duration;
pub mod fsutil;
pub mod guard;
pub mod jitter;
pub mod lifecycle;
pub mod log;
pub mod outcome;
pub mod redacted;
pub mod run;
pub mod secrets;
pub mod stop;
pub mod supervise;
pub mod vault;
