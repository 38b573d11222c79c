//! Profiles: which `[profile.NAME]` table is selected (`--profile`, `VAULTCTL_PROFILE`,
//! or the NAME of `profile show`), that its name is safe as a file name, and where its
//! token is stored (the user's data dir, `vaultctl/tokens/NAME`).

use super::{ConfigFile, Env, Source, VaultTable};
use crate::cli::args::GlobalArgs;
use anyhow::{Result, anyhow, bail};
use std::path::{Path, PathBuf};

/// The selected profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Its name, as in `[profile.NAME]`.
    pub name: String,
    /// What selected it: `--profile`, `VAULTCTL_PROFILE` or an argument.
    pub source: Source,
    /// Where `login` stores its token and every command reads it.
    pub token_file: PathBuf,
}

/// The name asked for, checked to be usable as a file name, with what asked for it.
pub(super) fn requested(
    args: &GlobalArgs,
    env: Env<'_>,
    argument: Option<&str>,
) -> Result<Option<(String, Source)>> {
    let asked = match (argument, &args.profile) {
        (Some(name), _) => Some((name.to_string(), Source::Argument)),
        (None, Some(name)) => Some((name.clone(), Source::Flag("--profile"))),
        (None, None) => {
            env("VAULTCTL_PROFILE").map(|n| (n, Source::Env("VAULTCTL_PROFILE".into())))
        }
    };
    if let Some((name, source)) = &asked {
        if let Err(why) = check_name(name) {
            bail!("invalid {} {name:?}: {why}", label(source));
        }
    }
    Ok(asked)
}

/// The table of the profile `name`; an unknown name lists the known ones.
pub(super) fn table<'a>(
    file: &'a ConfigFile,
    config: Option<&Path>,
    name: &str,
    source: &Source,
) -> Result<&'a VaultTable> {
    if let Some(table) = file.profile.get(name) {
        return Ok(table);
    }
    let known: Vec<&str> = file.profile.keys().map(String::as_str).collect();
    let label = label(source);
    Err(match (config, known.is_empty()) {
        (None, _) => anyhow!(
            "unknown {label} {name:?}: there is no config file (--config, VAULTCTL_CONFIG, or \
             config.toml in the user's config dir) to define profiles"
        ),
        (Some(path), true) => anyhow!(
            "unknown {label} {name:?}: config file {} has no [profile.NAME] tables",
            path.display()
        ),
        (Some(_), false) => anyhow!(
            "unknown {label} {name:?}: known profiles: {}",
            known.join(", ")
        ),
    })
}

/// Every `[profile.NAME]` of the file has a name usable as a file name.
pub(super) fn check_file(file: &ConfigFile, config: Option<&Path>) -> Result<()> {
    for name in file.profile.keys() {
        if let Err(why) = check_name(name) {
            let path = config.map(|p| p.display().to_string()).unwrap_or_default();
            bail!("config file {path}: invalid profile name {name:?} in [profile.NAME]: {why}");
        }
    }
    Ok(())
}

/// Where the token of profile `name` lives: `vaultctl/tokens/NAME` in the user's data
/// dir (`$XDG_DATA_HOME` or `~/.local/share` on Linux).
pub(super) fn token_file(name: &str) -> Result<PathBuf> {
    crate::store::token::profile_file(name).ok_or_else(|| {
        anyhow!("cannot find the user's data dir for profile tokens: HOME is not set")
    })
}

/// Letters, digits, `_`, `.` and `-`, not starting with `.`: safe as a file name.
pub fn check_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("a profile name cannot be empty");
    }
    if name.starts_with('.') {
        return Err("a profile name cannot start with '.'");
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    {
        return Err("a profile name takes only letters, digits, '_', '.' and '-'");
    }
    Ok(())
}

fn label(source: &Source) -> String {
    match source {
        Source::Argument => "profile name".to_string(),
        Source::Env(name) => name.clone(),
        Source::Flag(flag) => flag.to_string(),
        other => other.kind().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::check_name;

    #[test]
    fn names_must_be_safe_as_file_names() {
        for good in ["prod", "dev-1", "eu_west.2", "A"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in ["", ".", "..", ".hidden", "a/b", "../x", "a b", "é", "a\0b"] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
    }
}
