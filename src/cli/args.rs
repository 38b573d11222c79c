//! The clap definitions: raw flags only. No I/O and no environment here; the
//! [`super::settings`] module resolves flags, `VAULT_*` variables and the config file.

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

/// A fast client for HashiCorp Vault and OpenBao: run apps with their secrets, look
/// secrets up from a shell, and feed them to CI steps.
#[derive(Debug, Parser)]
#[command(
    name = "vaultctl",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Environment variables VAULT_* (or BAO_*) set what a flag does not; \
                  a flag always wins. Exit codes: 0 success, 1 local or usage error, \
                  2 Vault answered an error or could not be reached."
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Show whether Vault is reachable, initialized and unsealed, its version and HA mode.
    ///
    /// Exits 0 when Vault is unsealed, 2 when it is sealed or cannot be reached.
    Status,
    /// Log in to Vault and store the token where the vault and bao CLIs look for it.
    ///
    /// Methods: token (default), approle, userpass, ldap, kubernetes, jwt, cert.
    /// Parameters are KEY=VALUE; a VALUE of @FILE reads the file and - reads standard
    /// input, so secrets stay out of `ps`. The token itself is never shown unless
    /// --token-only asks for it.
    #[command(after_long_help = LOGIN_EXAMPLES)]
    Login(LoginArgs),
    /// Revoke the stored token and remove it from the token file.
    Logout,
    /// Look up, renew or revoke the current token.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Read and write secrets in a KV engine, version 1 or 2 (found out per mount).
    ///
    /// PATH includes the mount, as in secret/myapp, unless --mount names the mount.
    Kv {
        /// The KV operation.
        #[command(subcommand)]
        command: KvCommand,
    },
    /// Get credentials from a database secrets engine.
    Db {
        /// Dynamic or static credentials.
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Look up, renew or revoke a lease, such as one of database credentials.
    Lease {
        /// The lease operation.
        #[command(subcommand)]
        command: LeaseCommand,
    },
    /// Read any path, of any engine: a plain logical read, printed as a Key/Value table.
    ///
    /// With --format json, prints Vault's answer as the vault CLI does.
    Read(ReadArgs),
    /// Run a command with secrets from Vault in its environment, and supervise it.
    ///
    /// Every reference is resolved and validated before the command starts; a problem
    /// stops it with exit 125 and a list of what is wrong (never a value). vaultctl then
    /// forwards signals to the command, reaps zombies (it may be PID 1) and exits with the
    /// command's status. With --once it replaces itself with the command instead.
    #[command(after_long_help = EXEC_EXAMPLES)]
    Exec(ExecArgs),
    /// Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions.
    ///
    /// Formats (--format): shell (default; `eval "$(vaultctl env ...)"`), dotenv, json,
    /// github (masks every value in the log and appends them to $GITHUB_ENV).
    Env(EnvArgs),
    /// Resolve and validate the sources, and show each variable's source, version or
    /// lease TTL and verdict; never a value. Exits 1 when something would stop `exec`.
    Check(CheckArgs),
    /// Print a shell completion script to stdout.
    ///
    /// For example: vaultctl completions bash > /etc/bash_completion.d/vaultctl
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
}

const LOGIN_EXAMPLES: &str = "Examples:
  vaultctl login                                     # prompts for a token
  vaultctl login -m approle role_id=@role-id secret_id=@secret-id
  vaultctl login -m userpass username=alice          # prompts for the password
  vaultctl login -m jwt role=ci jwt=@\"$CI_JOB_JWT_FILE\"
  vaultctl login -m kubernetes role=myapp            # reads the service-account token
  export VAULT_TOKEN=$(vaultctl login -m approle --no-store --token-only role_id=... secret_id=-)";

/// `vaultctl login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Login method: token, approle, userpass, ldap, kubernetes, jwt, cert
    #[arg(long, short = 'm', default_value = "token", value_name = "METHOD")]
    pub method: String,
    /// Mount path of the auth method, when not the method's name
    #[arg(long, value_name = "MOUNT")]
    pub path: Option<String>,
    /// Do not store the token in the token file (or token helper)
    #[arg(long)]
    pub no_store: bool,
    /// Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)
    #[arg(long, conflicts_with = "no_print")]
    pub token_only: bool,
    /// Print nothing on success
    #[arg(long)]
    pub no_print: bool,
    /// Method parameters: role_id=, secret_id=, secret_id_wrapped=, username=, password=,
    /// role=, jwt=, audience=, name=, token= (VALUE of @FILE reads a file, - reads stdin)
    #[arg(value_name = "KEY=VALUE")]
    pub params: Vec<String>,
}

/// `vaultctl token ...`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Show the current token's policies, TTL and accessor (never the token itself).
    Lookup,
    /// Renew the current token.
    Renew {
        /// TTL to ask for, e.g. 1h (Vault may give less)
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        increment: Option<Duration>,
    },
    /// Revoke the current token and its children.
    Revoke,
}

const EXEC_EXAMPLES: &str = "Examples:
  vaultctl exec --secret APP_=secret/myapp -- ./server
  vaultctl exec --env PGUSER=vault:database/creds/app#username \\
                --env PGPASSWORD=vault:database/creds/app#password -- psql
  DB_PASSWORD=vault:secret/db#password vaultctl exec -- ./server   # inherited reference
  vaultctl exec --config /etc/myapp/vaultctl.toml -- ./server";

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
    /// Inject one variable from a reference vault:PATH#KEY[#VERSION]
    #[arg(long = "env", value_name = "NAME=REF", help_heading = "Sources")]
    pub env: Vec<String>,
    /// Do not resolve NAME=vault:... references found in the inherited environment
    #[arg(long, help_heading = "Sources")]
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
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Sources")]
    pub retry_timeout: Option<Duration>,
}

/// `vaultctl exec`.
#[derive(Debug, Args)]
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
    /// Replace every injected value in the command's stdout and stderr with *****
    #[arg(long)]
    pub mask: bool,
    /// Also write a secret to a file (mode 0600): one key's value, or the whole secret as JSON
    #[arg(long = "file", value_name = "DEST=REF")]
    pub files: Vec<String>,
    /// Signal that stops the command for a restart [default: SIGTERM]
    #[arg(long, value_name = "SIGNAL")]
    pub kill_signal: Option<String>,
    /// How long the command gets to stop before SIGKILL [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub kill_timeout: Option<Duration>,
    /// Revoke the dynamic leases given to the command once it is gone [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub revoke_on_exit: Option<bool>,
    /// Log lines as text or one JSON object a line
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
    /// What a change of the command's secrets does: restart it, signal it, or nothing
    /// [default: restart]
    #[arg(long, value_enum, value_name = "ACTION", help_heading = "Rotation")]
    pub on_change: Option<OnChange>,
    /// Signal sent by --on-change signal, after the --file outputs are rewritten [default: SIGHUP]
    #[arg(long, value_name = "SIGNAL", help_heading = "Rotation")]
    pub reload_signal: Option<String>,
    /// How often KV secrets are checked for a new version [default: 60s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Rotation")]
    pub poll_interval: Option<Duration>,
    /// A random delay of up to this long before a rotation restart, so a fleet does not restart at once [default: 0s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Rotation")]
    pub splay: Option<Duration>,
    /// At most one rotation restart this often [default: 10s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Rotation")]
    pub min_restart_interval: Option<Duration>,
    /// Changes this close together give one restart [default: 1s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Rotation")]
    pub debounce: Option<Duration>,
    /// The command and its arguments (after --)
    #[arg(
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<std::ffi::OsString>,
}

/// `vaultctl env`.
#[derive(Debug, Args)]
pub struct EnvArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// `vaultctl check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The sources.
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// What a change of secrets does to the running command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnChange {
    /// Stop it (kill signal, kill timeout, SIGKILL) and start it with the new secrets.
    Restart,
    /// Rewrite the --file outputs and send the reload signal.
    Signal,
    /// Keep renewing; change nothing.
    None,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// `vaultctl: message` lines.
    Text,
    /// One JSON object a line.
    Json,
}

/// Shells that completions are generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
    /// Elvish.
    Elvish,
    /// PowerShell.
    Powershell,
}

/// Output format of commands that print data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON (two-space indent) for programs.
    Json,
}

/// What `--format` takes: the output formats, plus the ones only `vaultctl env` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned columns for people.
    Table,
    /// JSON (two-space indent) for programs.
    Json,
    /// `env` only: `export NAME='value'` lines for a POSIX shell.
    Shell,
    /// `env` only: `NAME=value` lines for a .env file.
    Dotenv,
    /// `env` only: masks values and appends them to $GITHUB_ENV.
    Github,
}

/// The formats of `vaultctl env`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvFormat {
    /// `export NAME='value'`.
    Shell,
    /// `NAME=value`.
    Dotenv,
    /// A JSON object.
    Json,
    /// GitHub Actions.
    Github,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Only on a terminal, and not when NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options shared by every command; each reads its `VAULT_*` variable when not given.
#[derive(Debug, Args, Default)]
pub struct GlobalArgs {
    /// Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]
    #[arg(long, global = true, value_name = "URL", help_heading = "Connection")]
    pub address: Option<String>,

    /// Namespace for every request [env: VAULT_NAMESPACE]
    #[arg(long, global = true, value_name = "NS", help_heading = "Connection")]
    pub namespace: Option<String>,

    /// PEM file of the CA certificates to trust [env: VAULT_CACERT]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub ca_cert: Option<PathBuf>,

    /// Directory of PEM CA certificates to trust [env: VAULT_CAPATH]
    #[arg(long, global = true, value_name = "DIR", help_heading = "TLS")]
    pub ca_path: Option<PathBuf>,

    /// PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub client_cert: Option<PathBuf>,

    /// PEM private key of the client certificate [env: VAULT_CLIENT_KEY]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub client_key: Option<PathBuf>,

    /// Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]
    #[arg(long, global = true, value_name = "NAME", help_heading = "TLS")]
    pub tls_server_name: Option<String>,

    /// Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]
    #[arg(long, global = true, help_heading = "TLS")]
    pub tls_skip_verify: bool,

    /// Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration, help_heading = "Connection")]
    pub timeout: Option<Duration>,

    /// How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]
    #[arg(long, global = true, value_name = "N", help_heading = "Connection")]
    pub max_retries: Option<u32>,

    /// Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<FormatArg>,

    /// When to use colour [default: auto; NO_COLOR turns it off]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        help_heading = "Output"
    )]
    pub color: Option<Color>,

    /// Log more: -v what happens (retries), -vv every request, -vvv everything
    #[arg(long, short = 'v', global = true, action = ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// Log only errors
    #[arg(
        long,
        short = 'q',
        global = true,
        conflicts_with = "verbose",
        help_heading = "Output"
    )]
    pub quiet: bool,

    /// TOML config file [env: VAULTCTL_CONFIG] [default: the user's config dir, vaultctl/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

// Subcommands are deferred (`#[command(defer = true)]`): clap builds the arguments of a
// subcommand only when it runs, which saves `vaultctl kv get` a tenth of its run time.
// A deferred type's doc comment would replace the help text of the subcommand it belongs
// to, so the types below are described with plain comments; their fields' doc comments
// are the help of each argument.

// The KV operations.
#[allow(missing_docs)]
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum KvCommand {
    /// Print a secret: its metadata (KV v2), then its data as a Key/Value table.
    ///
    /// With --format json, prints the same document as `bao kv get -format=json`.
    /// Exits 2 when nothing is stored at PATH.
    #[command(disable_version_flag = true)]
    Get(KvGetArgs),
    /// Write a secret, replacing all of its data with the KEY=VALUE pairs given.
    ///
    /// VALUE may be @FILE (the file's bytes) or - (standard input); a lone - instead of
    /// KEY=VALUE pairs reads the whole secret as a JSON object from standard input.
    Put(KvPutArgs),
    /// Change some keys of a secret and keep the others (KV v2).
    ///
    /// Sends a JSON merge patch; where Vault refuses PATCH (an old server, or no "patch"
    /// capability), reads the secret and writes it back with check-and-set.
    Patch(KvPatchArgs),
    /// List the keys below PATH, sorted; folders end in "/".
    List(KvPathArgs),
    /// Delete the latest version of a secret, or the --versions given (KV v2 keeps them
    /// for undelete); on KV v1 the secret is gone.
    Delete(KvDeleteArgs),
    /// Restore deleted versions of a secret (KV v2).
    Undelete(KvVersionsArgs),
    /// Destroy versions of a secret for good (KV v2).
    Destroy(KvVersionsArgs),
    /// Show or delete the metadata of a secret: its versions and settings (KV v2).
    Metadata {
        /// The metadata operation.
        #[command(subcommand)]
        command: KvMetadataCommand,
    },
}

// The KV metadata operations.
#[allow(missing_docs)]
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum KvMetadataCommand {
    /// Print the metadata of a secret and every version's state.
    Get(KvPathArgs),
    /// Delete a secret with all its versions and metadata.
    Delete(KvPathArgs),
}

// A secret's path and its mount.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvPathArgs {
    /// The KV mount; PATH is then relative to it [default: found from PATH]
    #[arg(long, value_name = "M")]
    pub mount: Option<String>,
    /// The secret's path, e.g. secret/myapp (or myapp with --mount secret)
    pub path: String,
}

// Arguments of `kv get`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvGetArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// Read this version instead of the latest (KV v2)
    #[arg(long, value_name = "N")]
    pub version: Option<u64>,
    /// Print only this key's value, raw (a newline follows only on a terminal)
    #[arg(long, value_name = "KEY")]
    pub field: Option<String>,
}

// Arguments of `kv put`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvPutArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// Write only if the secret's current version is N (0: only if it does not exist) (KV v2)
    #[arg(long, value_name = "N")]
    pub cas: Option<u64>,
    /// The data: KEY=VALUE, KEY=@FILE, KEY=- or a lone - for a JSON object on stdin
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub data: Vec<String>,
}

// Arguments of `kv patch`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvPatchArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// The keys to change: KEY=VALUE, KEY=@FILE, KEY=- or a lone - for a JSON object on stdin
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub data: Vec<String>,
}

// Arguments of `kv delete`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvDeleteArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// Delete these versions, e.g. 1,2, instead of the latest (KV v2)
    #[arg(long, value_name = "N,...", value_delimiter = ',')]
    pub versions: Vec<u64>,
}

// Arguments of `kv undelete` and `kv destroy`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvVersionsArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// The versions, e.g. 1,2
    #[arg(long, value_name = "N,...", value_delimiter = ',', required = true)]
    pub versions: Vec<u64>,
}

// The database credential commands.
#[allow(missing_docs)]
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DbCommand {
    /// Create dynamic credentials for ROLE: username, password and their lease.
    ///
    /// Each call creates a new database user; `vaultctl lease revoke LEASE_ID` drops it.
    Creds(DbArgs),
    /// Print the current credentials of the static ROLE, which Vault rotates.
    StaticCreds(DbArgs),
}

// Arguments of `db creds` and `db static-creds`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct DbArgs {
    /// Mount of the database secrets engine
    #[arg(long, value_name = "M", default_value = "database")]
    pub mount: String,
    /// Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in,
    /// e.g. 'postgresql://{{username}}:{{password}}@db:5432/app'
    #[arg(long, value_name = "TEXT")]
    pub template: Option<String>,
    /// The role
    pub role: String,
}

// The lease commands.
#[allow(missing_docs)]
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum LeaseCommand {
    /// Show a lease: when it was issued and expires, its TTL, whether it can be renewed.
    Lookup {
        /// The lease id, e.g. database/creds/app/AbC...
        lease_id: String,
    },
    /// Extend a lease; Vault may grant less than asked (up to the role's max TTL).
    Renew {
        /// How long the lease should live from now, e.g. 1h [default: the role's TTL]
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        increment: Option<Duration>,
        /// The lease id
        lease_id: String,
    },
    /// Revoke a lease now: dynamic credentials stop working.
    Revoke {
        /// The lease id
        lease_id: String,
    },
}

// Arguments of `read`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Print only this key's value, raw (a newline follows only on a terminal)
    #[arg(long, value_name = "KEY")]
    pub field: Option<String>,
    /// The API path below /v1/, e.g. sys/mounts or database/creds/app
    pub path: String,
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    crate::duration::parse(text).map_err(|e| e.to_string())
}

/// The clap command, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_definitions_are_consistent() {
        super::command().debug_assert();
    }

    #[test]
    fn deferred_subcommands_keep_their_own_help_text() {
        let mut cmd = super::command();
        cmd.build();
        let about = |path: &[&str]| {
            let mut sub = &cmd;
            for name in path {
                sub = sub.find_subcommand(name).expect("subcommand");
            }
            sub.get_about().map(|a| a.to_string()).unwrap_or_default()
        };
        assert!(about(&["kv"]).starts_with("Read and write secrets in a KV engine"));
        assert!(about(&["kv", "get"]).starts_with("Print a secret"));
        assert!(about(&["kv", "list"]).starts_with("List the keys below PATH"));
        assert!(about(&["kv", "metadata"]).starts_with("Show or delete the metadata"));
        assert!(about(&["kv", "metadata", "get"]).starts_with("Print the metadata"));
        assert!(about(&["db", "creds"]).starts_with("Create dynamic credentials"));
        assert!(about(&["lease", "renew"]).starts_with("Extend a lease"));
        assert!(about(&["read"]).starts_with("Read any path"));
    }
}
