//! The exec runtime, between `cli` and the layers under it: it receives a [`Plan`] of
//! plain typed values (built and checked by `cli::plan` before Vault is asked anything)
//! and uses it: the session (token, logging in again); the child's environment and
//! files; the lease ledger; rotation; the one failure reporter; and the fallback cache
//! `exec` may start from while Vault is down. `cli` parses, builds the plan, calls
//! [`exec::run`] (or [`first::first_reads`] for `env` and `check`) and maps the outcome to
//! an exit code; it never drives `lifecycle` or `supervise` itself. Nothing here
//! imports `cli`.

pub mod childenv;
pub mod events;
pub mod exec;
pub mod fallback;
pub mod first;
pub mod health;
pub mod keepalive;
pub mod ledger;
pub mod plan;
pub mod render;
pub mod report;
pub mod rotation;
pub mod session;
pub mod startup;
pub mod values;

pub use plan::Plan;
