//! Resolved settings: flags, then the selected `[profile.NAME]` table, then `VAULT_*`
//! (then `BAO_*`) variables, then the `[vault]` table of the config file, then defaults.
//! Built once per run; this is the only module that reads the process environment for
//! configuration.

mod file;
#[cfg(test)]
mod precedence_tests;
mod profile;
mod vault;

pub use file::{
    AuthTable, ConfigFile, DurationValue, ExecTable, SecretTable, TemplateTable, VaultTable,
    load_config, parse_config,
};
pub use profile::{Profile, check_name};
pub use vault::{Origin, Source};

use super::args::{Color, EnvFormat, Format, GlobalArgs};
use crate::redacted::Secret;
use crate::vault::ClientConfig;
use anyhow::{Result, anyhow};
use std::path::PathBuf;
use std::time::Duration;

/// A source of environment variables (the process environment, or a map in tests).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Reads the process environment; an empty or non-UTF-8 value counts as unset.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Everything a command needs to know about how to run.
#[derive(Debug)]
pub struct Settings {
    /// How to reach Vault.
    pub client: ClientConfig,
    /// `VAULT_TOKEN` (or `BAO_TOKEN`), when set.
    pub env_token: Option<Secret>,
    /// Output format.
    pub format: Format,
    /// The format `vaultctl env` was asked for: `--format shell|dotenv|json|github`.
    pub env_format: Option<EnvFormat>,
    /// Colour on stdout.
    pub color_stdout: bool,
    /// Colour on stderr.
    pub color_stderr: bool,
    /// The user's home directory, for the token file and `~/.vault`.
    pub home: Option<PathBuf>,
    /// Token file override (`BAO_TOKEN_PATH`).
    pub token_path: Option<PathBuf>,
    /// vault CLI config file override (`VAULT_CONFIG_PATH`, `BAO_CONFIG_PATH`).
    pub cli_config_path: Option<PathBuf>,
    /// The config file that was read, if any.
    pub config_file: Option<PathBuf>,
    /// Variables that login methods read.
    pub login_env: LoginEnv,
    /// `VAULTCTL_FALLBACK_KEY`: the key of `exec --fallback-cache`, as hex text.
    pub fallback_key: Option<Secret>,
    /// The config file's tables beyond `[vault]`.
    pub file: ConfigFile,
    /// The selected profile, if any.
    pub profile: Option<Profile>,
    /// Each connection and output setting, its value as text and where it came from.
    pub origins: Vec<Origin>,
}

/// Environment variables for logging in without typing secrets on the command line.
#[derive(Debug, Default)]
pub struct LoginEnv {
    /// `VAULT_ROLE_ID`: default `role_id` of approle logins.
    pub role_id: Option<Secret>,
    /// `VAULT_SECRET_ID`: default `secret_id` of approle logins.
    pub secret_id: Option<Secret>,
    /// GitHub Actions' `ACTIONS_ID_TOKEN_REQUEST_URL` and `ACTIONS_ID_TOKEN_REQUEST_TOKEN`.
    pub github_oidc: Option<(String, Secret)>,
}

impl Settings {
    /// Resolves the settings from the flags, the environment and the config file.
    pub fn resolve(
        args: &GlobalArgs,
        env: Env<'_>,
        stdout_tty: bool,
        stderr_tty: bool,
    ) -> Result<Settings> {
        Settings::resolve_as(args, None, env, (stdout_tty, stderr_tty))
    }

    /// As [`Settings::resolve`], with the profile `argument` selected in place of
    /// `--profile`/`VAULTCTL_PROFILE` when given; `ttys` tells whether stdout and stderr
    /// are terminals.
    pub fn resolve_as(
        args: &GlobalArgs,
        argument: Option<&str>,
        env: Env<'_>,
        ttys: (bool, bool),
    ) -> Result<Settings> {
        let var = |name: &str| lookup(env, name);
        let (config_path, file, selected) = load(args, argument, env)?;
        let table = selected
            .as_ref()
            .and_then(|p| Some(p.name.as_str()).zip(file.profile.get(&p.name)));
        let layers = vault::Layers::new(env, table, &file.vault);
        let mut resolved = layers.settle(args)?;
        let env_token = var("TOKEN").map(|(name, t)| {
            resolved.origins.push(Origin {
                key: "token",
                value: "*****".into(),
                source: Source::Env(name),
            });
            Secret::new(t)
        });
        let no_color = env("NO_COLOR").is_some();
        let decide = |tty: bool| match resolved.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => tty && !no_color && env("TERM").as_deref() != Some("dumb"),
        };
        Ok(Settings {
            client: resolved.client,
            env_token,
            format: resolved.format,
            env_format: resolved.env_format,
            color_stdout: decide(ttys.0),
            color_stderr: decide(ttys.1),
            home: env("HOME").map(PathBuf::from),
            token_path: env("BAO_TOKEN_PATH").map(PathBuf::from),
            cli_config_path: env("VAULT_CONFIG_PATH")
                .or_else(|| env("BAO_CONFIG_PATH"))
                .map(PathBuf::from),
            config_file: config_path,
            file,
            login_env: LoginEnv {
                role_id: var("ROLE_ID").map(|(_, v)| Secret::new(v)),
                secret_id: var("SECRET_ID").map(|(_, v)| Secret::new(v)),
                github_oidc: env("ACTIONS_ID_TOKEN_REQUEST_URL")
                    .zip(env("ACTIONS_ID_TOKEN_REQUEST_TOKEN").map(Secret::new)),
            },
            fallback_key: env("VAULTCTL_FALLBACK_KEY").map(Secret::new),
            profile: selected,
            origins: resolved.origins,
        })
    }
}

/// The config file (its path and contents) and the selected profile, which is known to
/// be one of the file's. The profile's name is checked before anything is read.
fn load(
    args: &GlobalArgs,
    argument: Option<&str>,
    env: Env<'_>,
) -> Result<(Option<PathBuf>, ConfigFile, Option<Profile>)> {
    let requested = profile::requested(args, env, argument)?;
    let config_path = config_path(args, env);
    let file = match &config_path {
        Some(path) => load_config(path)?,
        None => ConfigFile::default(),
    };
    profile::check_file(&file, config_path.as_deref())?;
    let selected = match requested {
        Some((name, source)) => {
            profile::table(&file, config_path.as_deref(), &name, &source)?;
            let token_file = profile::token_file(&name)?;
            Some(Profile {
                name,
                source,
                token_file,
            })
        }
        None => None,
    };
    Ok((config_path, file, selected))
}

/// `VAULT_<suffix>`, else `BAO_<suffix>`: the variable's name and its value.
fn lookup(env: Env<'_>, suffix: &str) -> Option<(String, String)> {
    ["VAULT_", "BAO_"].iter().find_map(|prefix| {
        let name = format!("{prefix}{suffix}");
        env(&name).map(|value| (name, value))
    })
}

/// `--config`, `VAULTCTL_CONFIG`, else `config.toml` in the user's config dir
/// (`directories`: `$XDG_CONFIG_HOME/vaultctl` or `~/.config/vaultctl` on Linux) if present.
fn config_path(args: &GlobalArgs, env: Env<'_>) -> Option<PathBuf> {
    if let Some(path) = args
        .config
        .clone()
        .or_else(|| env("VAULTCTL_CONFIG").map(PathBuf::from))
    {
        return Some(path);
    }
    let path = crate::store::config_dir()?.join("config.toml");
    path.is_file().then_some(path)
}

fn parse_duration(text: &str, source: &str) -> Result<Duration> {
    crate::duration::parse(text).map_err(|e| anyhow!("{source}: {e}"))
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "t" | "true" | "yes" | "on" => Some(true),
        "0" | "f" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn resolve(args: GlobalArgs, vars: &[(&str, &str)]) -> Result<Settings> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let env = move |k: &str| map.get(k).cloned();
        Settings::resolve(&args, &env, false, false)
    }

    #[test]
    fn defaults_match_the_vault_cli() {
        let s = resolve(GlobalArgs::default(), &[]).expect("defaults");
        assert_eq!(s.client.address, "https://127.0.0.1:8200");
        assert_eq!(s.client.timeout, Duration::from_secs(60));
        assert_eq!(s.client.max_retries, 2);
        assert_eq!(s.format, Format::Table);
        assert!(!s.client.tls.skip_verify);
    }

    #[test]
    fn vault_variables_win_over_bao_ones() {
        let vars = [
            ("VAULT_ADDR", "http://a:1"),
            ("BAO_ADDR", "http://b:1"),
            ("BAO_NAMESPACE", "ns"),
        ];
        let s = resolve(GlobalArgs::default(), &vars).expect("resolves");
        assert_eq!(s.client.address, "http://a:1");
        assert_eq!(s.client.namespace.as_deref(), Some("ns"));
    }

    #[test]
    fn bad_values_name_their_variable() {
        for (name, value) in [
            ("VAULT_CLIENT_TIMEOUT", "soon"),
            ("VAULT_MAX_RETRIES", "many"),
            ("VAULT_SKIP_VERIFY", "perhaps"),
            ("VAULT_FORMAT", "yaml"),
        ] {
            let e = resolve(GlobalArgs::default(), &[(name, value)]).expect_err(name);
            assert!(e.to_string().contains(name), "{e}");
        }
    }

    #[test]
    fn colour_follows_the_terminal_and_no_color() {
        let args = GlobalArgs::default();
        let tty = |vars: HashMap<String, String>| {
            let env = move |k: &str| vars.get(k).cloned();
            Settings::resolve(&args, &env, true, true)
                .expect("resolves")
                .color_stdout
        };
        assert!(tty(HashMap::new()));
        assert!(!tty(HashMap::from([(
            "NO_COLOR".to_string(),
            "1".to_string()
        )])));
    }
}
