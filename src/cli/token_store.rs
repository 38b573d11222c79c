//! Where the token comes from: `VAULT_TOKEN`, else, with a profile selected, the
//! profile's own token file in the user's data dir; else the token helper the vault and
//! bao CLIs share: the file `~/.vault-token` (or `BAO_TOKEN_PATH`), or an external
//! program named by `token_helper` in `~/.vault`, called with `get`, `store` or `erase`.

use super::settings::Settings;
use crate::redacted::Secret;
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The token helper in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenHelper {
    /// The built-in helper: a plain file.
    File(PathBuf),
    /// An external program.
    External(PathBuf),
}

impl TokenHelper {
    /// The helper the settings point at: a profile's own file, else what the vault CLI uses.
    pub fn from_settings(settings: &Settings) -> Result<TokenHelper> {
        if let Some(profile) = &settings.profile {
            return Ok(TokenHelper::File(profile.token_file.clone()));
        }
        let home = settings.home.clone();
        let cli_config = settings
            .cli_config_path
            .clone()
            .or_else(|| home.as_ref().map(|h| h.join(".vault")));
        if let Some(config) = cli_config.filter(|p| p.is_file()) {
            let text = std::fs::read_to_string(&config)
                .with_context(|| format!("cannot read {}", config.display()))?;
            if let Some(helper) = token_helper_setting(&text) {
                return Ok(TokenHelper::External(resolve_program(
                    &helper,
                    home.as_deref(),
                )));
            }
        }
        let file = match (&settings.token_path, home) {
            (Some(path), _) => path.clone(),
            (None, Some(home)) => home.join(".vault-token"),
            (None, None) => bail!("cannot find the token file: HOME is not set"),
        };
        Ok(TokenHelper::File(file))
    }

    /// The stored token, if there is one.
    pub fn get(&self) -> Result<Option<Secret>> {
        let raw = match self {
            TokenHelper::File(path) => match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => bail!("cannot read token file {}: {e}", path.display()),
            },
            TokenHelper::External(program) => {
                let out = Command::new(program)
                    .arg("get")
                    .stdin(Stdio::null())
                    .stderr(Stdio::inherit())
                    .output()
                    .with_context(|| format!("cannot run token helper {}", program.display()))?;
                if !out.status.success() {
                    bail!(
                        "token helper {} get failed ({})",
                        program.display(),
                        out.status
                    );
                }
                String::from_utf8(out.stdout).context("token helper printed a non-UTF-8 token")?
            }
        };
        let token = raw.trim();
        Ok((!token.is_empty()).then(|| Secret::new(token)))
    }

    /// Stores `token` (mode 0600, atomically, for the file helper).
    pub fn store(&self, token: &Secret) -> Result<()> {
        match self {
            TokenHelper::File(path) => {
                let written = match path.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() => {
                        crate::fsutil::create_private_dir_all(dir)
                    }
                    _ => Ok(()),
                };
                written
                    .and_then(|()| crate::fsutil::write_private(path, token.expose().as_bytes()))
                    .with_context(|| format!("cannot write token file {}", path.display()))
            }
            TokenHelper::External(program) => run_helper(program, "store", Some(token)),
        }
    }

    /// Removes the stored token; a missing one is not an error.
    pub fn erase(&self) -> Result<()> {
        match self {
            TokenHelper::File(path) => match std::fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(e).with_context(|| format!("cannot remove token file {}", path.display()))
                }
                _ => Ok(()),
            },
            TokenHelper::External(program) => run_helper(program, "erase", None),
        }
    }
}

/// `VAULT_TOKEN` (or `BAO_TOKEN`), else what the token helper has.
pub fn current_token(settings: &Settings) -> Result<Option<Secret>> {
    if let Some(token) = &settings.env_token {
        return Ok(Some(token.clone()));
    }
    TokenHelper::from_settings(settings)?.get()
}

fn run_helper(program: &Path, verb: &str, input: Option<&Secret>) -> Result<()> {
    let mut child = Command::new(program)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot run token helper {}", program.display()))?;
    if let (Some(mut stdin), Some(token)) = (child.stdin.take(), input) {
        stdin
            .write_all(token.expose().as_bytes())
            .context("cannot hand the token to the token helper")?;
    }
    let status = child.wait()?;
    if !status.success() {
        bail!(
            "token helper {} {verb} failed ({status})",
            program.display()
        );
    }
    Ok(())
}

/// The value of `token_helper = "..."` in the HCL of `~/.vault`.
fn token_helper_setting(hcl: &str) -> Option<String> {
    hcl.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        if key.trim() != "token_helper" {
            return None;
        }
        let value = value.trim().trim_end_matches(',');
        let value = value.strip_prefix('"')?.strip_suffix('"')?;
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// `~/` expands to HOME; a bare name is looked up on PATH, as the vault CLI does.
fn resolve_program(helper: &str, home: Option<&Path>) -> PathBuf {
    if let (Some(rest), Some(home)) = (helper.strip_prefix("~/"), home) {
        return home.join(rest);
    }
    if helper.contains('/') {
        return PathBuf::from(helper);
    }
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(helper))
                .find(|candidate| candidate.is_file())
        })
        .unwrap_or_else(|| PathBuf::from(helper))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn reads_token_helper_from_hcl() {
        let hcl = "# comment\ntoken_helper = \"/usr/local/bin/helper\"\n";
        assert_eq!(
            token_helper_setting(hcl).as_deref(),
            Some("/usr/local/bin/helper")
        );
        assert_eq!(token_helper_setting("other = \"x\""), None);
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("vaultctl-ts-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn file_helper_round_trips_with_mode_0600() {
        let dir = temp_dir("file");
        let helper = TokenHelper::File(dir.join(".vault-token"));
        assert_eq!(helper.get().expect("get"), None);
        helper.store(&Secret::new("s.abc")).expect("store");
        assert_eq!(helper.get().expect("get").expect("some").expose(), "s.abc");
        let mode = std::fs::metadata(dir.join(".vault-token"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        helper.erase().expect("erase");
        assert_eq!(helper.get().expect("get"), None);
        helper.erase().expect("erasing nothing is fine");
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn external_helper_gets_stores_and_erases() {
        let dir = temp_dir("ext");
        let script = dir.join("helper.sh");
        let store = dir.join("stored");
        let source = dir.join("helper.txt");
        std::fs::write(
            &source,
            format!(
                "#!/bin/sh\ncase \"$1\" in\n get) cat {s} 2>/dev/null || true;;\n store) cat > {s};;\n erase) rm -f {s};;\nesac\n",
                s = store.display()
            ),
        )
        .expect("script");
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        // The executable is written by another process: a test thread that forks while
        // this one holds a writable descriptor to it would make its exec fail with
        // "Text file busy".
        let copied = std::process::Command::new("cp")
            .arg("-p")
            .arg(&source)
            .arg(&script)
            .status()
            .expect("cp");
        assert!(copied.success());
        let helper = TokenHelper::External(script);
        assert_eq!(helper.get().expect("get"), None);
        helper.store(&Secret::new("s.ext")).expect("store");
        assert_eq!(helper.get().expect("get").expect("some").expose(), "s.ext");
        helper.erase().expect("erase");
        assert!(!store.exists());
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
