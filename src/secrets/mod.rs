//! SOURCES: what `exec`, `env` and `check` inject. Parses references and flags, reads
//! each distinct path once, names the variables, and validates everything before any
//! child runs, reporting all problems at once and never a value.
//!
//! Layers: this module uses the Vault client; it knows nothing of clap or processes.

pub mod assemble;
pub mod fetch;
pub mod names;
pub mod problem;
pub mod read;
pub mod reference;
pub mod render;
pub mod rules;
pub mod sources;
pub mod template;

pub use assemble::{Injected, Var};
pub use problem::{Kind, Problem, Subject};
pub use reference::Ref;
pub use sources::Sources;
