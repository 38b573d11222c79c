//! The fallback cache (opt-in, `exec` only): after every start and every rotation the
//! command receives, the KV values it was given are kept in a file, encrypted and
//! authenticated; when Vault cannot be reached at start, the command starts from that
//! file if every source is in it and it is young enough, and vaultctl catches up with
//! Vault once it answers.
//!
//! - [`plan`]: the options (`--fallback-cache`, `--fallback-key-file` or
//!   `VAULTCTL_FALLBACK_KEY`, `--fallback-max-age` and their `[exec]` keys), checked with
//!   the rest of the plan, before Vault is asked anything;
//! - [`codec`]: the file format, pure (fuzzed);
//! - [`store`]: one plan's file: written atomically with mode 0600, read and checked;
//! - [`keeper`]: what the running command has, written at start and rotation, and
//!   rewritten once Vault has confirmed every value again;
//! - [`start`]: the first requests of `exec`, falling back to the file.
//!
//! Dynamic credentials and issued secrets are never cached. No value is ever logged; the
//! key is never shown.

pub mod codec;
pub mod keeper;
pub mod start;
pub mod store;

pub use keeper::Keeper;

use super::config::ExecTable;
use super::plan::pick;
use crate::cli::args::ExecArgs;
use crate::cli::settings::Settings;
use crate::secrets::{Kind, Problem};
use codec::Key;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `--fallback-max-age`.
pub const DEFAULT_MAX_AGE: Duration = Duration::from_secs(24 * 3600);

/// The fallback cache of an `exec` run, checked.
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

/// The fallback cache of the plan: `None` without `--fallback-cache` (and always for `env`
/// and `check`). Every problem goes to `problems`, naming its flag, variable or key.
pub fn plan(
    settings: &Settings,
    exec: Option<&ExecArgs>,
    file: &ExecTable,
    problems: &mut Vec<Problem>,
) -> Option<Fallback> {
    let none = ExecArgs::default();
    let args = exec.unwrap_or(&none);
    let max_age = pick(
        (&args.fallback_max_age, "--fallback-max-age"),
        (&file.fallback_max_age, "exec.fallback_max_age"),
        DEFAULT_MAX_AGE,
        problems,
    );
    exec?;
    let Some(dir) = args
        .fallback_cache
        .clone()
        .or_else(|| file.fallback_cache.clone())
    else {
        unused_options(args, file, problems);
        return None;
    };
    if dir.exists() && !dir.is_dir() {
        problems.push(Problem::option(
            format!("--fallback-cache {}", dir.display()),
            Kind::Invalid,
            "not a directory",
        ));
    }
    let key = key(settings, args, file, problems)?;
    let client = &settings.client;
    Some(Fallback {
        dir,
        key,
        max_age,
        scope: format!(
            "{} {}",
            client.address,
            client.namespace.as_deref().unwrap_or("")
        ),
    })
}

/// An option of the cache given without the cache is a mistake worth saying.
fn unused_options(args: &ExecArgs, file: &ExecTable, problems: &mut Vec<Problem>) {
    for (given, name) in [
        (args.fallback_key_file.is_some(), "--fallback-key-file"),
        (args.fallback_max_age.is_some(), "--fallback-max-age"),
        (
            file.fallback_key_file.is_some(),
            "config file exec.fallback_key_file",
        ),
        (
            file.fallback_max_age.is_some(),
            "config file exec.fallback_max_age",
        ),
    ] {
        if given {
            problems.push(Problem::option(
                name,
                Kind::Conflict,
                "has no effect without --fallback-cache DIR (or exec.fallback_cache)",
            ));
        }
    }
}

/// The key: `--fallback-key-file`, else `VAULTCTL_FALLBACK_KEY`, else
/// `exec.fallback_key_file`; the cache is refused without one.
fn key(
    settings: &Settings,
    args: &ExecArgs,
    file: &ExecTable,
    problems: &mut Vec<Problem>,
) -> Option<Key> {
    let parsed = if let Some(path) = &args.fallback_key_file {
        read_key(path, "--fallback-key-file")
    } else if let Some(text) = &settings.fallback_key {
        Key::parse(text.expose().as_bytes()).map_err(|e| format!("VAULTCTL_FALLBACK_KEY: {e}"))
    } else if let Some(path) = &file.fallback_key_file {
        read_key(path, "config file exec.fallback_key_file")
    } else {
        Err(
            "--fallback-cache: the cache is encrypted and needs a key: give \
             --fallback-key-file FILE, VAULTCTL_FALLBACK_KEY or exec.fallback_key_file \
             (make one with `openssl rand -hex 32 > FILE`)"
                .to_string(),
        )
    };
    parsed
        .map_err(|e| problems.push(Problem::run(Kind::Invalid, e)))
        .ok()
}

/// Reads a key file; errors name `source` and the file, never its contents.
fn read_key(path: &Path, source: &str) -> Result<Key, String> {
    let text = std::fs::read(path)
        .map(zeroize::Zeroizing::new)
        .map_err(|e| format!("{source} {}: cannot read it: {e}", path.display()))?;
    Key::parse(&text).map_err(|e| format!("{source} {}: {e}", path.display()))
}
