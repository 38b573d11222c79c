//! The fallback cache (opt-in, `exec` only): after every start and every rotation the
//! command receives, the KV values it was given are kept in a file, encrypted and
//! authenticated; when Vault cannot be reached at start, the command starts from that
//! file if every source is in it and it is young enough, and vaultctl catches up with
//! Vault once it answers.
//!
//! - [`Fallback`]: the options (`--fallback-cache`, `--fallback-key-file` or
//!   `VAULTCTL_FALLBACK_KEY`, `--fallback-max-age` and their `[exec]` keys), part of the
//!   plan and checked with the rest of it by `cli::plan`, before Vault is asked anything;
//! - [`codec`]: the file format, pure (fuzzed);
//! - [`store`]: one plan's file: written atomically with mode 0600, read and checked;
//! - [`keeper`]: what the running command has, written at start and rotation, and
//!   rewritten once Vault has confirmed every value again;
//!
//! Starting from the file is [`crate::run::startup`]'s part.
//!
//! Dynamic credentials and issued secrets are never cached. No value is ever logged; the
//! key is never shown.

pub mod codec;
pub mod keeper;
pub mod store;

pub use keeper::Keeper;

use codec::Key;
use std::path::PathBuf;
use std::time::Duration;

/// The fallback cache of an `exec` run, part of its plan, checked when the plan was made.
#[derive(Debug)]
pub struct Fallback {
    /// Where the cache files are.
    pub dir: PathBuf,
    /// The key they are sealed with.
    pub key: Key,
    /// How old an entry may be to start from.
    pub max_age: Duration,
    /// The server (address and namespace): part of each file's name.
    pub scope: String,
}
