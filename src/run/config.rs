//! The config file tables of `exec`, `env` and `check`: `[exec]`, `[auth]`, `[[secret]]`
//! and `[env]`. Keys are the long option names with `_` for `-`; values use the same
//! types as the flags ([`Given`]), so a bad value is kept and reported by the plan with
//! its key, together with every other problem.

use super::values::{Given, LogFormat, OnChange, SignalName};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::Duration;

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
    /// As `--fallback-cache`.
    pub fallback_cache: Option<std::path::PathBuf>,
    /// As `--fallback-key-file`.
    pub fallback_key_file: Option<std::path::PathBuf>,
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
