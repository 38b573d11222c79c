//! Flags of `exec`, `env` and `check`: the SOURCES they share and the options of exec.

use super::Given;
use crate::run::values::{LogFormat, OnChange, SignalName};
use clap::Args;
use std::net::SocketAddr;
use std::time::Duration;

pub(super) const EXEC_EXAMPLES: &str = "Examples:
  vaultctl exec --secret APP_=secret/myapp -- ./server
  vaultctl exec --env PGUSER=vault:database/creds/app#username \\
                --env PGPASSWORD=vault:database/creds/app#password -- psql
  DB_PASSWORD=vault:secret/db#password vaultctl exec --env-refs -- ./server   # inherited reference (opt-in)
  vaultctl exec --config /etc/myapp/vaultctl.toml -- ./server
  vaultctl exec --fallback-cache /var/cache/myapp --fallback-key-file /etc/myapp/cache.key \\
                --secret APP_=secret/myapp -- ./server   # starts while Vault is down";

/// Where secrets come from and how they are checked: shared by `exec`, `env`, `check`.
#[derive(Debug, Args, Default)]
pub struct SourceArgs {
    /// Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])
    #[arg(
        long = "secret",
        value_name = "[PREFIX=]PATH",
        help_heading = "Sources"
    )]
    pub secrets: Vec<String>,
    /// Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}
    #[arg(long = "env", value_name = "NAME=REF", help_heading = "Sources")]
    pub env: Vec<String>,
    /// Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the
    /// inherited environment; off by default: inherited variables are data
    #[arg(long, help_heading = "Sources", overrides_with = "no_env_refs")]
    pub env_refs: bool,
    /// Leave inherited variables as they are (the default; overrides `env_refs = true`)
    #[arg(long, help_heading = "Sources", overrides_with = "env_refs")]
    pub no_env_refs: bool,
    /// NAME must be set and non-empty in the command's environment
    #[arg(long = "require", value_name = "NAME", help_heading = "Sources")]
    pub require: Vec<String>,
    /// NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/
    #[arg(long = "validate", value_name = "NAME=RULE", help_heading = "Sources")]
    pub validate: Vec<String>,
    /// Log in with this method instead of using VAULT_TOKEN or the stored token
    #[arg(long, value_name = "METHOD", help_heading = "Auth")]
    pub auth: Option<String>,
    /// A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)
    #[arg(long = "auth-param", value_name = "KEY=VALUE", help_heading = "Auth")]
    pub auth_params: Vec<String>,
    /// Mount path of the --auth method, when not the method's name
    #[arg(long, value_name = "MOUNT", help_heading = "Auth")]
    pub auth_path: Option<String>,
    /// How long start-up retries an unreachable or sealed Vault [default: 2m]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Sources")]
    pub retry_timeout: Option<Given<Duration>>,
}

/// The files written from secrets: shared by `exec` and `render`.
#[derive(Debug, Args, Default, Clone)]
pub struct FileArgs {
    /// Also write a secret to a file (mode 0600): one key's value, or the whole secret as JSON
    #[arg(long = "file", value_name = "DEST=REF")]
    pub files: Vec<String>,
    /// Render the template file SRC ({{ vault:PATH#KEY | FILTER }} placeholders) to DEST (mode 0600)
    #[arg(long = "template", value_name = "DEST=SRC")]
    pub templates: Vec<String>,
}

/// Run a command with secrets from Vault in its environment, and supervise it.
///
/// Every reference is resolved and validated before the command starts; a problem
/// stops it with exit 125 and a list of what is wrong (never a value). vaultctl then
/// forwards signals to the command, reaps zombies (it may be PID 1) and exits with the
/// command's status. With --once it replaces itself with the command instead.
//
// Values are checked by the run's plan, all at once, not by clap.
#[derive(Debug, Args, Default)]
pub struct ExecArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
    /// Resolve, validate, then replace vaultctl with the command (no supervisor)
    #[arg(long)]
    pub once: bool,
    /// Give the command only the injected variables, not vaultctl's environment
    #[arg(long)]
    pub pristine: bool,
    /// Replace every value the command was ever given (variables, files, each line of a
    /// multi-line value) in its stdout and stderr with *****
    #[arg(long)]
    pub mask: bool,
    /// The files.
    #[command(flatten)]
    pub outputs: FileArgs,
    /// Hand vaultctl's token on to the command as VAULT_TOKEN (it is removed otherwise)
    #[arg(long)]
    pub pass_token: bool,
    /// Signal that stops the command for a restart [default: SIGTERM]
    #[arg(long, value_name = "SIGNAL", value_parser = Given::<SignalName>::clap)]
    pub kill_signal: Option<Given<SignalName>>,
    /// How long the command gets to stop before SIGKILL [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap)]
    pub kill_timeout: Option<Given<Duration>>,
    /// Revoke the dynamic leases given to the command once it is gone [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub revoke_on_exit: Option<bool>,
    /// Log lines as text or one JSON object a line: text, json [default: text]
    #[arg(long, value_name = "FORMAT", value_parser = Given::<LogFormat>::clap)]
    pub log_format: Option<Given<LogFormat>>,
    /// What a change of the command's secrets does: restart, signal or none
    /// [default: restart]
    #[arg(long, value_name = "ACTION", value_parser = Given::<OnChange>::clap, help_heading = "Rotation")]
    pub on_change: Option<Given<OnChange>>,
    /// Signal sent by --on-change signal, after the --file outputs are rewritten [default: SIGHUP]
    #[arg(long, value_name = "SIGNAL", value_parser = Given::<SignalName>::clap, help_heading = "Rotation")]
    pub reload_signal: Option<Given<SignalName>>,
    /// How often KV secrets are checked for a new version [default: 60s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub poll_interval: Option<Given<Duration>>,
    /// A random delay of up to this long before a rotation restart, so a fleet does not restart at once [default: 0s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub splay: Option<Given<Duration>>,
    /// At most one rotation restart this often [default: 10s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub min_restart_interval: Option<Given<Duration>>,
    /// Changes this close together give one restart [default: 1s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub debounce: Option<Given<Duration>>,
    /// Serve /healthz, /readyz and /metrics (Prometheus) over HTTP on HOST:PORT, such as 127.0.0.1:9102
    #[arg(long, value_name = "HOST:PORT", value_parser = Given::<SocketAddr>::clap)]
    pub listen: Option<Given<SocketAddr>>,
    /// Keep the KV values the command gets in DIR, encrypted, and start from them when
    /// Vault cannot be reached
    #[arg(long, value_name = "DIR", help_heading = "Fallback cache")]
    pub fallback_cache: Option<std::path::PathBuf>,
    /// The cache's key: 64 hex digits (`openssl rand -hex 32`) [env: VAULTCTL_FALLBACK_KEY]
    #[arg(long, value_name = "FILE", help_heading = "Fallback cache")]
    pub fallback_key_file: Option<std::path::PathBuf>,
    /// Start from a cache entry only when it is younger than this [default: 24h]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Fallback cache")]
    pub fallback_max_age: Option<Given<Duration>>,
    /// The command and its arguments (after --)
    #[arg(required = true, trailing_var_arg = true, value_name = "COMMAND")]
    pub command: Vec<std::ffi::OsString>,
}

/// Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions.
///
/// Formats (--format): shell (default; `eval "$(vaultctl env ...)"`), dotenv, json,
/// github (masks every value in the log and appends them to $GITHUB_ENV).
#[derive(Debug, Args)]
pub struct EnvArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// Resolve and validate the sources, and show each variable's source, version or
/// lease TTL and verdict; never a value. Exits 1 when something would stop `exec`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
}

pub(super) const RENDER_EXAMPLES: &str = "Examples:
  vaultctl render --template /run/app/db.env=db.env.tpl --file /run/app/tls.key=vault:pki/issue/web#private_key
  vaultctl render --watch --on-change-command 'kill -HUP $(cat /run/app/pid)' \\
                  --template /run/app/config.json=config.json.tpl   # a sidecar";

/// Write the --file and --template files from Vault, with no command: once, or kept fresh.
///
/// Without --watch vaultctl logs in, reads every source, writes every file (mode 0600 or
/// the template's, atomically) and exits 0, as an init container does; on any problem it
/// writes nothing, revokes what it leased and exits 1 (2 when Vault stayed unreachable).
/// The dynamic leases of files written are left alive: the application uses them.
/// With --watch it stays, keeps the token and the secrets fresh as `exec` does, rewrites
/// a file only when its bytes change, runs --on-change-command after a rewrite, and on
/// SIGTERM or SIGINT revokes its leases (--revoke-on-exit) and exits 0.
#[derive(Debug, Args, Default)]
pub struct RenderArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
    /// The files.
    #[command(flatten)]
    pub outputs: FileArgs,
    /// Stay: keep the files fresh (renewal, re-issue, KV polling) until SIGTERM or SIGINT
    #[arg(long, help_heading = "Rotation")]
    pub watch: bool,
    /// With --watch: run CMD with `sh -c` after a change rewrote a file (not given vaultctl's token)
    #[arg(long, value_name = "CMD", help_heading = "Rotation")]
    pub on_change_command: Option<String>,
    /// How long --on-change-command may run before it is killed [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub on_change_timeout: Option<Given<Duration>>,
    /// How often KV secrets are checked for a new version, with --watch [default: 60s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub poll_interval: Option<Given<Duration>>,
    /// Changes this close together give one rewrite, with --watch [default: 1s]
    #[arg(long, value_name = "DURATION", value_parser = Given::<Duration>::clap, help_heading = "Rotation")]
    pub debounce: Option<Given<Duration>>,
    /// With --watch, revoke the dynamic leases when vaultctl stops [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub revoke_on_exit: Option<bool>,
    /// Log lines as text or one JSON object a line: text, json [default: text]
    #[arg(long, value_name = "FORMAT", value_parser = Given::<LogFormat>::clap)]
    pub log_format: Option<Given<LogFormat>>,
    /// With --watch: serve /healthz, /readyz (200 once every file is written) and /metrics
    /// (Prometheus) over HTTP on HOST:PORT, such as 0.0.0.0:9102
    #[arg(long, value_name = "HOST:PORT", value_parser = Given::<SocketAddr>::clap)]
    pub listen: Option<Given<SocketAddr>>,
}
