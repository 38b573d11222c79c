//! The config file's schema, all of it: `[vault]` and `[profile.NAME]` (connection and
//! output, every command), `[auth]`, `[exec]`, `[[secret]]`, `[[template]]` and `[env]`
//! (`exec`, `env` and `check`). Keys are the long option names with `_` for `-`; the
//! values of `[exec]` use the same types as the flags ([`Given`]), so a bad value is kept
//! and reported by the plan with its key, together with every other problem.

use crate::cli::args::Given;
use crate::run::values::{LogFormat, OnChange, SignalName};
use anyhow::{Context, Result, anyhow};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The TOML config file: `[vault]` for every command; `[auth]`, `[exec]`, `[[secret]]`
/// and `[env]` for `exec`, `env` and `check`. Keys are the long option names with `_`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The `[vault]` table.
    #[serde(default)]
    pub vault: VaultTable,
    /// `[profile.NAME]`: tables with the keys of `[vault]`, selected by `--profile NAME`.
    #[serde(default)]
    pub profile: BTreeMap<String, VaultTable>,
    /// `[auth]`: `method`, `path`, and the login parameters.
    #[serde(default)]
    pub auth: Option<AuthTable>,
    /// `[exec]`: options of `exec`.
    #[serde(default)]
    pub exec: ExecTable,
    /// `[[secret]]`: `path` and `prefix`, as `--secret`.
    #[serde(default)]
    pub secret: Vec<SecretTable>,
    /// `[[template]]`: `source`, `destination` and `mode`, as `--template`.
    #[serde(default)]
    pub template: Vec<TemplateTable>,
    /// `[env]`: NAME = "vault:PATH#KEY", as `--env`.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

/// A duration in the file: a number of seconds or a string such as "1m30s".
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum DurationValue {
    /// Seconds.
    Seconds(u64),
    /// As typed: `90s`, `5m`.
    Text(String),
}

impl DurationValue {
    /// The duration; errors name the key (`exec.kill_timeout`).
    pub fn get(&self, key: &str) -> Result<Duration> {
        match self {
            DurationValue::Seconds(s) => Ok(Duration::from_secs(*s)),
            DurationValue::Text(t) => super::parse_duration(t, &format!("config file {key}")),
        }
    }
}

/// The `[vault]` table, and every `[profile.NAME]` table: the global options, named as
/// the long flags with `_`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultTable {
    pub(super) address: Option<String>,
    pub(super) namespace: Option<String>,
    pub(super) ca_cert: Option<PathBuf>,
    pub(super) ca_path: Option<PathBuf>,
    pub(super) client_cert: Option<PathBuf>,
    pub(super) client_key: Option<PathBuf>,
    pub(super) tls_server_name: Option<String>,
    pub(super) tls_skip_verify: Option<bool>,
    pub(super) timeout: Option<DurationValue>,
    pub(super) max_retries: Option<u32>,
    pub(super) format: Option<String>,
    pub(super) color: Option<String>,
    pub(super) http_proxy: Option<String>,
}

/// `[auth]`: the login method for `--auth` and its parameters (`@FILE` allowed).
#[derive(Debug, Default, Deserialize)]
pub struct AuthTable {
    /// The method, as `--auth`.
    pub method: String,
    /// Its mount, as `--auth-path`.
    #[serde(default)]
    pub path: Option<String>,
    /// Everything else: login parameters.
    #[serde(flatten)]
    pub params: BTreeMap<String, String>,
}

/// `[exec]`: the options of `exec` (and `require`/`validate` of `env` and `check`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecTable {
    /// As `--kill-timeout`.
    pub kill_timeout: Option<Given<Duration>>,
    /// As `--kill-signal`.
    pub kill_signal: Option<Given<SignalName>>,
    /// As `--retry-timeout`.
    pub retry_timeout: Option<Given<Duration>>,
    /// As `--require`.
    #[serde(default)]
    pub require: Vec<String>,
    /// As `--validate`: NAME = "RULE".
    #[serde(default)]
    pub validate: BTreeMap<String, String>,
    /// As `--file`: DEST = "vault:PATH[#KEY]".
    #[serde(default)]
    pub file: BTreeMap<String, String>,
    /// As `--pristine`.
    pub pristine: Option<bool>,
    /// As `--mask`.
    pub mask: Option<bool>,
    /// As `--once`.
    pub once: Option<bool>,
    /// As `--revoke-on-exit`.
    pub revoke_on_exit: Option<bool>,
    /// As `--env-refs`: resolve references in the inherited environment.
    pub env_refs: Option<bool>,
    /// As `--no-env-refs`.
    pub no_env_refs: Option<bool>,
    /// As `--pass-token`.
    pub pass_token: Option<bool>,
    /// As `--on-change`: "restart", "signal" or "none".
    pub on_change: Option<Given<OnChange>>,
    /// As `--reload-signal`.
    pub reload_signal: Option<Given<SignalName>>,
    /// As `--poll-interval`.
    pub poll_interval: Option<Given<Duration>>,
    /// As `--splay`.
    pub splay: Option<Given<Duration>>,
    /// As `--min-restart-interval`.
    pub min_restart_interval: Option<Given<Duration>>,
    /// As `--debounce`.
    pub debounce: Option<Given<Duration>>,
    /// As `--log-format`.
    pub log_format: Option<Given<LogFormat>>,
    /// As `--listen`.
    pub listen: Option<Given<std::net::SocketAddr>>,
    /// As `--fallback-cache`.
    pub fallback_cache: Option<PathBuf>,
    /// As `--fallback-key-file`.
    pub fallback_key_file: Option<PathBuf>,
    /// As `--fallback-max-age`.
    pub fallback_max_age: Option<Given<Duration>>,
}

/// `[[secret]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretTable {
    /// The path.
    pub path: String,
    /// The prefix of the variable names.
    #[serde(default)]
    pub prefix: String,
}

/// `[[template]]`: a template file rendered for the child, as `--template`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateTable {
    /// The template file.
    pub source: String,
    /// Where the rendered file is written.
    pub destination: String,
    /// Its mode, in octal: "0640" (default "0600").
    #[serde(default)]
    pub mode: Option<String>,
}

/// Reads and parses the config file; errors name the file and the line.
pub fn load_config(path: &Path) -> Result<ConfigFile> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    parse_config(&text, &path.display().to_string())
}

/// Parses config file text; errors name `name` and the line, in one line.
pub fn parse_config(text: &str, name: &str) -> Result<ConfigFile> {
    toml::from_str(text).map_err(|e| {
        let end = e.span().map_or(0, |s| s.start.min(text.len()));
        let line = text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        anyhow!(
            "config file {name} line {line}: {}",
            e.message().trim().replace('\n', " ")
        )
    })
}
