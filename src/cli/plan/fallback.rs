//! The fallback cache of a plan (`exec` only): `--fallback-cache`, its key and its
//! maximum age, checked with the rest of the plan before Vault is asked anything.

use crate::cli::args::ExecArgs;
use crate::cli::settings::{ExecTable, Settings};
use crate::run::fallback::Fallback;
use crate::run::fallback::codec::Key;
use crate::run::plan::defaults;
use crate::secrets::{Kind, Problem};
use std::path::Path;

/// The fallback cache of the plan: `None` without `--fallback-cache` (and always for `env`
/// and `check`). Every problem goes to `problems`, naming its flag, variable or key.
pub(super) fn plan(
    settings: &Settings,
    exec: Option<&ExecArgs>,
    file: &ExecTable,
    problems: &mut Vec<Problem>,
) -> Option<Fallback> {
    let none = ExecArgs::default();
    let args = exec.unwrap_or(&none);
    let max_age = super::pick(
        (&args.fallback_max_age, "--fallback-max-age"),
        (&file.fallback_max_age, "exec.fallback_max_age"),
        defaults::FALLBACK_MAX_AGE,
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
    let key = key(settings, args, file)
        .map_err(|p| problems.push(p))
        .ok()?;
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
fn key(settings: &Settings, args: &ExecArgs, file: &ExecTable) -> Result<Key, Problem> {
    if let Some(path) = &args.fallback_key_file {
        read_key(path, "--fallback-key-file")
    } else if let Some(text) = &settings.fallback_key {
        Key::parse(text.expose().as_bytes())
            .map_err(|e| Problem::option("VAULTCTL_FALLBACK_KEY", Kind::Invalid, e.to_string()))
    } else if let Some(path) = &file.fallback_key_file {
        read_key(path, "config file exec.fallback_key_file")
    } else {
        Err(Problem::option(
            "--fallback-cache",
            Kind::Missing,
            "the cache is encrypted and needs a key: give \
             --fallback-key-file FILE, VAULTCTL_FALLBACK_KEY or exec.fallback_key_file \
             (make one with `openssl rand -hex 32 > FILE`)",
        ))
    }
}

/// Reads a key file; problems name `source` and the file, never its contents.
fn read_key(path: &Path, source: &str) -> Result<Key, Problem> {
    let subject = format!("{source} {}", path.display());
    let text = std::fs::read(path)
        .map(zeroize::Zeroizing::new)
        .map_err(|e| Problem::option(&subject, Kind::Unreadable, format!("cannot read it: {e}")))?;
    Key::parse(&text).map_err(|e| Problem::option(subject, Kind::Invalid, e.to_string()))
}
