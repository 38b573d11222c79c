//! vaultctl: a command-line client for HashiCorp Vault and OpenBao.
//!
//! The layers, with their arrows one way: `cli` → `run` → `secrets`/`lifecycle` →
//! `vault`, and `run` → `supervise`; `store` below them, above `vault`
//! (`cargo xtask layers` prints the arrows).
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
//! - `store`: what is kept on disk between runs (token files and helpers, the index of
//!   the last write), from plain values, never the command line's settings.
//! - `vault`: the API client; never touches clap or processes.
//!
//! Where vaultctl adds to or reads the design contract: docs/CONTRACT-NOTES.md.

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
pub mod store;
pub mod supervise;
pub mod vault;
