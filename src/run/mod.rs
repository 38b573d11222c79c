//! The exec runtime, between `cli` and the layers under it: a [`Plan`] resolved once from
//! flags, environment and config file and checked before Vault is asked anything; the
//! session (token, logging in again); the child's environment and files; the lease
//! ledger; rotation; the one failure reporter; and the fallback cache `exec` may start
//! from while Vault is down. `cli` parses, calls [`exec::run`] (or
//! [`resolve::resolve`] for `env` and `check`) and maps the outcome to an exit code; it
//! never drives `lifecycle` or `supervise` itself.

pub mod childenv;
pub mod config;
pub mod events;
pub mod exec;
pub mod fallback;
pub mod keepalive;
pub mod ledger;
pub mod plan;
pub mod report;
pub mod resolve;
pub mod rotation;
pub mod session;
pub mod values;

pub use plan::Plan;
