//! The plan of `exec`, `env` and `check`, as data: typed values, every one already
//! checked, with the defaults written once ([`defaults`]). The `cli` side builds it from
//! the flags, the config file and the environment (`cli::plan::build`, as ripgrep makes
//! its high-level args from the low-level ones) and reports every problem at once; the
//! run only uses it.

use super::fallback::Fallback;
use super::session::Login;
use super::values::{LogFormat, OnChange, SignalName};
use crate::redacted::Secret;
use crate::secrets::Sources;
use nix::sys::signal::Signal;
use std::ffi::OsString;
use std::time::Duration;

/// Defaults, written once: the plan builder falls back to them and the `[default: …]`
/// of `vaultctl exec --help` is held equal to them by a unit test.
pub mod defaults {
    use super::{LogFormat, OnChange, Signal, SignalName};
    use std::time::Duration;
    /// `--retry-timeout`.
    pub const RETRY_TIMEOUT: Duration = Duration::from_secs(120);
    /// `--kill-signal`.
    pub const KILL_SIGNAL: SignalName = SignalName(Signal::SIGTERM);
    /// `--kill-timeout`.
    pub const KILL_TIMEOUT: Duration = Duration::from_secs(30);
    /// `--revoke-on-exit`.
    pub const REVOKE_ON_EXIT: bool = true;
    /// `--log-format`.
    pub const LOG_FORMAT: LogFormat = LogFormat::Text;
    /// `--on-change`.
    pub const ON_CHANGE: OnChange = OnChange::Restart;
    /// `--reload-signal`.
    pub const RELOAD_SIGNAL: SignalName = SignalName(Signal::SIGHUP);
    /// `--poll-interval`.
    pub const POLL_INTERVAL: Duration = Duration::from_secs(60);
    /// `--splay`.
    pub const SPLAY: Duration = Duration::ZERO;
    /// `--min-restart-interval`.
    pub const MIN_RESTART_INTERVAL: Duration = Duration::from_secs(10);
    /// `--debounce`.
    pub const DEBOUNCE: Duration = Duration::from_secs(1);
    /// `--fallback-max-age`.
    pub const FALLBACK_MAX_AGE: Duration = Duration::from_secs(24 * 3600);
    /// `render --on-change-timeout`.
    pub const ON_CHANGE_TIMEOUT: Duration = Duration::from_secs(30);
    /// The mode of a rendered template (`--template`, `[[template]]` without `mode`).
    pub const TEMPLATE_MODE: u32 = 0o600;
}

/// How vaultctl gets its token.
#[derive(Debug)]
pub enum TokenSource {
    /// `VAULT_TOKEN` or the stored token.
    Token(Secret),
    /// Log in with `--auth` (or `[auth]`), and again when the token runs out.
    Login(Login),
}

/// What `exec`, `env` and `check` do, resolved and checked.
#[derive(Debug)]
pub struct Plan {
    /// The sources, references parsed and rules compiled.
    pub sources: Sources,
    /// The token, or the login that gets one.
    pub auth: TokenSource,
    /// How long start-up retries an unreachable or sealed Vault.
    pub retry_timeout: Duration,
    /// The process environment as vaultctl got it, non-UTF-8 values included.
    pub inherited: Vec<(OsString, OsString)>,
    /// The child gets only the injected variables.
    pub pristine: bool,
    /// The child gets vaultctl's token as `VAULT_TOKEN`.
    pub pass_token: bool,
    /// Dynamic leases are revoked when the child they were given to is gone.
    pub revoke_on_exit: bool,
    /// The options of `exec` (defaults for `env` and `check`).
    pub exec: ExecPlan,
    /// The fallback cache of `exec`, when asked for.
    pub fallback: Option<Fallback>,
}

/// The options of `exec`.
#[derive(Debug, Clone)]
pub struct ExecPlan {
    /// The command and its arguments.
    pub command: Vec<OsString>,
    /// Replace vaultctl with the command.
    pub once: bool,
    /// Hide injected values in the child's output.
    pub mask: bool,
    /// Stops the child for a restart.
    pub kill_signal: SignalName,
    /// How long the child gets to stop.
    pub kill_timeout: Duration,
    /// What a change does.
    pub on_change: OnChange,
    /// Sent by `--on-change signal`.
    pub reload_signal: SignalName,
    /// KV checks.
    pub poll_interval: Duration,
    /// Random delay before a rotation restart, up to this.
    pub splay: Duration,
    /// At most one rotation restart this often.
    pub min_restart_interval: Duration,
    /// Changes this close together give one action.
    pub debounce: Duration,
    /// Log lines as text or JSON.
    pub log_format: LogFormat,
    /// Serve health, readiness and metrics here (`--listen`).
    pub listen: Option<std::net::SocketAddr>,
}

/// The options of `render` (its sources, files and `exec`-like options are in [`Plan`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderPlan {
    /// Stay and keep the files fresh (`--watch`).
    pub watch: bool,
    /// Run with `sh -c` after a change rewrote a file (`--on-change-command`).
    pub on_change_command: Option<String>,
    /// How long that command may run (`--on-change-timeout`).
    pub on_change_timeout: Duration,
}
