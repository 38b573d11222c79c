//! Where the token comes from: `VAULT_TOKEN`, else, with a profile selected, the
//! profile's own token file in the user's data dir; else the token helper the vault and
//! bao CLIs share: the file `~/.vault-token` (or `BAO_TOKEN_PATH`), or an external
//! program named by `token_helper` in `~/.vault`, called with `get`, `store` or `erase`.
//!
//! A profile's token file records the address the token was stored for, and the token
//! is read back only for that address: `--address` or `VAULT_ADDR` pointing a profile
//! somewhere else never carries its token there. (A file written before addresses were
//! recorded holds the token alone; it is used only at the address the profile itself
//! sets.)
//!
//! The command line hands over where to look as plain values ([`Lookup`]).

use crate::redacted::Secret;
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use zeroize::Zeroizing;

/// The token helper in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenHelper {
    /// The built-in helper: a plain file.
    File(TokenFile),
    /// An external program.
    External(PathBuf),
}

/// A token file: where it is and, for a profile's own file, for which address this run
/// stores and reads its token. Derefs to its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFile {
    /// Where the token is kept.
    pub path: PathBuf,
    /// For a profile's token file: whose it is and the address of this run.
    pub profile: Option<ProfileToken>,
}

/// The profile a token file belongs to, and the address this run would send a token to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileToken {
    /// The profile's name.
    pub name: String,
    /// The address of this run: a token is stored for it and read back only for it.
    pub address: String,
    /// The address is the one the profile's own table sets (not a flag, the environment
    /// or a default): a token stored without an address is used only then.
    pub own_address: bool,
}

impl TokenFile {
    /// A file shared with the vault and bao CLIs: just the token, for any address.
    pub fn shared(path: PathBuf) -> TokenFile {
        TokenFile {
            path,
            profile: None,
        }
    }
}

impl std::ops::Deref for TokenFile {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

/// What a token helper holds for this run.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// No token.
    Nothing,
    /// A token to use.
    Token(Secret),
    /// A profile's token stored for another address (`None`: stored before addresses
    /// were recorded, and this run's address is not the profile's own): not to be sent.
    ForAnotherAddress(Option<String>),
}

/// Two addresses are one when they differ only in the case of the scheme and host or a
/// trailing `/`.
fn same_address(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// A token file's text: `token=...` and `address=...` lines, or (as the vault CLI and
/// earlier vaultctl write it) the token alone.
fn parse_file(text: &str) -> (Option<&str>, Option<&str>) {
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    match field("token=") {
        Some(token) => (Some(token), field("address=")),
        None => (Some(text.trim()).filter(|t| !t.is_empty()), None),
    }
}

/// Where to look for this run's token helper: what the command line resolved.
#[derive(Debug, Clone, Default)]
pub struct Lookup<'a> {
    /// With a profile selected: the profile's own token file, for this run's address.
    pub profile: Option<TokenFile>,
    /// The user's home directory: `~/.vault-token` and `~/.vault`.
    pub home: Option<&'a Path>,
    /// The shared token file elsewhere than `~/.vault-token` (`BAO_TOKEN_PATH`).
    pub token_path: Option<&'a Path>,
    /// The vault CLI's config file elsewhere than `~/.vault` (`VAULT_CONFIG_PATH`).
    pub cli_config_path: Option<&'a Path>,
}

/// Where the token of profile `name` lives: `tokens/NAME` in vaultctl's data dir
/// (`$XDG_DATA_HOME/vaultctl` or `~/.local/share/vaultctl` on Linux); `None` without a
/// home directory.
pub fn profile_file(name: &str) -> Option<PathBuf> {
    Some(super::data_dir()?.join("tokens").join(name))
}

impl TokenHelper {
    /// The helper `lookup` points at: a profile's own file, else what the vault CLI uses.
    pub fn find(lookup: &Lookup<'_>) -> Result<TokenHelper> {
        if let Some(file) = &lookup.profile {
            return Ok(TokenHelper::File(file.clone()));
        }
        let home = lookup.home;
        let cli_config = lookup
            .cli_config_path
            .map(Path::to_path_buf)
            .or_else(|| home.map(|h| h.join(".vault")));
        if let Some(config) = cli_config.filter(|p| p.is_file()) {
            let text = std::fs::read_to_string(&config)
                .with_context(|| format!("cannot read {}", config.display()))?;
            if let Some(helper) = token_helper_setting(&text) {
                return Ok(TokenHelper::External(resolve_program(&helper, home)));
            }
        }
        let file = match (lookup.token_path, home) {
            (Some(path), _) => path.to_path_buf(),
            (None, Some(home)) => home.join(".vault-token"),
            (None, None) => bail!("cannot find the token file: HOME is not set"),
        };
        Ok(TokenHelper::File(TokenFile::shared(file)))
    }

    /// The stored token, if there is one that may be sent to this run's address.
    pub fn get(&self) -> Result<Option<Secret>> {
        Ok(match self.read()? {
            Stored::Token(token) => Some(token),
            Stored::Nothing | Stored::ForAnotherAddress(_) => None,
        })
    }

    /// What is stored, and whether it may be sent to this run's address.
    pub fn read(&self) -> Result<Stored> {
        let raw = match self {
            TokenHelper::File(file) => match std::fs::read_to_string(&file.path) {
                Ok(text) => Zeroizing::new(text),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Stored::Nothing),
                Err(e) => bail!("cannot read token file {}: {e}", file.display()),
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
                Zeroizing::new(
                    String::from_utf8(out.stdout)
                        .context("token helper printed a non-UTF-8 token")?,
                )
            }
        };
        let profile = match self {
            TokenHelper::File(file) => file.profile.as_ref(),
            TokenHelper::External(_) => None,
        };
        let (token, address) = match profile {
            Some(_) => parse_file(&raw),
            None => (Some(raw.trim()).filter(|t| !t.is_empty()), None),
        };
        let Some(token) = token else {
            return Ok(Stored::Nothing);
        };
        let usable = match (profile, address) {
            (None, _) => true,
            (Some(p), Some(stored_for)) => same_address(stored_for, &p.address),
            (Some(p), None) => p.own_address,
        };
        Ok(if usable {
            Stored::Token(Secret::new(token))
        } else {
            Stored::ForAnotherAddress(address.map(String::from))
        })
    }

    /// Stores `token` (mode 0600, atomically, for the file helper); a profile's token
    /// with the address it is for.
    pub fn store(&self, token: &Secret) -> Result<()> {
        match self {
            TokenHelper::File(file) => {
                let text = Zeroizing::new(match &file.profile {
                    Some(p) => format!("token={}\naddress={}\n", token.expose(), p.address),
                    None => token.expose().to_string(),
                });
                let written = match file.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() => {
                        crate::fsutil::create_private_dir_all(dir)
                    }
                    _ => Ok(()),
                };
                written
                    .and_then(|()| crate::fsutil::write_private(&file.path, text.as_bytes()))
                    .with_context(|| format!("cannot write token file {}", file.display()))
            }
            TokenHelper::External(program) => run_helper(program, "store", Some(token)),
        }
    }

    /// Removes the stored token; a missing one is not an error.
    pub fn erase(&self) -> Result<()> {
        match self {
            TokenHelper::File(file) => match std::fs::remove_file(&file.path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(e).with_context(|| format!("cannot remove token file {}", file.display()))
                }
                _ => Ok(()),
            },
            TokenHelper::External(program) => run_helper(program, "erase", None),
        }
    }
}

/// `env_token` (`VAULT_TOKEN` or `BAO_TOKEN`), else what the token helper `lookup`
/// points at has. A profile's token stored for another address is not used (and the log
/// says why).
pub fn current_token(env_token: Option<&Secret>, lookup: &Lookup<'_>) -> Result<Option<Secret>> {
    if let Some(token) = env_token {
        return Ok(Some(token.clone()));
    }
    let helper = TokenHelper::find(lookup)?;
    match helper.read()? {
        Stored::Token(token) => Ok(Some(token)),
        Stored::Nothing => Ok(None),
        Stored::ForAnotherAddress(stored_for) => {
            crate::warn!("{}", not_sent(&helper, stored_for.as_deref()));
            Ok(None)
        }
    }
}

/// Why a profile's stored token is not sent to this run's address.
pub fn not_sent(helper: &TokenHelper, stored_for: Option<&str>) -> String {
    let Some(p) = (match helper {
        TokenHelper::File(file) => file.profile.as_ref(),
        TokenHelper::External(_) => None,
    }) else {
        return "the stored token is not used".into();
    };
    match stored_for {
        Some(address) => format!(
            "the token stored for profile {name} is for {address}; it is not sent to {to} \
             (set VAULT_TOKEN to use a token there)",
            name = p.name,
            to = p.address
        ),
        None => format!(
            "the token stored for profile {name} has no address recorded and {to} is not the \
             profile's own address: it is not sent there (log in again with --profile {name})",
            name = p.name,
            to = p.address
        ),
    }
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
        let helper = TokenHelper::File(TokenFile::shared(dir.join(".vault-token")));
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

    fn profile_file(path: &Path, address: &str, own_address: bool) -> TokenHelper {
        TokenHelper::File(TokenFile {
            path: path.to_path_buf(),
            profile: Some(ProfileToken {
                name: "prod".into(),
                address: address.into(),
                own_address,
            }),
        })
    }

    #[test]
    fn a_profiles_token_is_read_back_only_for_the_address_it_was_stored_for() {
        let dir = temp_dir("profile");
        let path = dir.join("prod");
        let at_prod = profile_file(&path, "https://prod.example:8200", true);
        at_prod.store(&Secret::new("s.prod")).expect("store");
        let text = std::fs::read_to_string(&path).expect("file");
        assert_eq!(text, "token=s.prod\naddress=https://prod.example:8200\n");
        assert_eq!(
            at_prod.get().expect("get").expect("some").expose(),
            "s.prod"
        );
        let same = profile_file(&path, "HTTPS://prod.example:8200/", false);
        assert_eq!(same.get().expect("get").expect("some").expose(), "s.prod");
        // A flag or VAULT_ADDR pointing the profile elsewhere: the token stays home.
        let elsewhere = profile_file(&path, "http://attacker.example:8200", false);
        assert_eq!(
            elsewhere.read().expect("read"),
            Stored::ForAnotherAddress(Some("https://prod.example:8200".into()))
        );
        assert_eq!(elsewhere.get().expect("get"), None);
        let why = not_sent(&elsewhere, Some("https://prod.example:8200"));
        assert!(!why.contains("s.prod"), "{why}");
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn a_token_stored_without_an_address_is_used_only_at_the_profiles_own() {
        let dir = temp_dir("legacy");
        let path = dir.join("prod");
        std::fs::write(&path, "s.legacy\n").expect("legacy file");
        let own = profile_file(&path, "https://prod.example:8200", true);
        assert_eq!(own.get().expect("get").expect("some").expose(), "s.legacy");
        let overridden = profile_file(&path, "http://other.example:8200", false);
        assert_eq!(
            overridden.read().expect("read"),
            Stored::ForAnotherAddress(None)
        );
        // The shared file of the vault CLI is the token alone, for any address.
        let shared = TokenHelper::File(TokenFile::shared(path.clone()));
        assert_eq!(
            shared.get().expect("get").expect("some").expose(),
            "s.legacy"
        );
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn finds_the_profiles_file_else_the_vault_clis_helper_else_its_file() {
        let dir = temp_dir("find");
        let home = dir.join("home");
        std::fs::create_dir_all(&home).expect("home");
        let at = |lookup: &Lookup<'_>| TokenHelper::find(lookup).expect("find");
        let plain = Lookup {
            home: Some(&home),
            ..Lookup::default()
        };
        assert_eq!(
            at(&plain),
            TokenHelper::File(TokenFile::shared(home.join(".vault-token")))
        );
        let moved = dir.join("elsewhere");
        let bao_token_path = Lookup {
            token_path: Some(&moved),
            ..plain.clone()
        };
        assert_eq!(
            at(&bao_token_path),
            TokenHelper::File(TokenFile::shared(moved.clone()))
        );
        std::fs::write(home.join(".vault"), "token_helper = \"~/bin/helper\"\n").expect("hcl");
        assert_eq!(
            at(&bao_token_path),
            TokenHelper::External(home.join("bin/helper"))
        );
        let profile = TokenFile {
            path: dir.join("tokens/prod"),
            profile: Some(ProfileToken {
                name: "prod".into(),
                address: "https://prod.example:8200".into(),
                own_address: true,
            }),
        };
        let with_profile = Lookup {
            profile: Some(profile.clone()),
            ..plain.clone()
        };
        assert_eq!(at(&with_profile), TokenHelper::File(profile));
        let homeless = TokenHelper::find(&Lookup::default()).expect_err("no HOME");
        assert_eq!(
            homeless.to_string(),
            "cannot find the token file: HOME is not set"
        );
        let env = Secret::new("s.env");
        let token = current_token(Some(&env), &Lookup::default()).expect("VAULT_TOKEN");
        assert_eq!(token.expect("some").expose(), "s.env");
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
