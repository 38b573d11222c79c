//! The clap definitions: raw flags only. No I/O and no environment here; the
//! [`super::settings`] module resolves flags, `VAULT_*` variables and the config file.

mod admin;
mod engines;
mod exec;
mod given;
mod login;
mod profile;

pub use admin::*;
pub use engines::*;
pub use exec::*;
pub use given::Given;
pub use login::*;
pub use profile::*;

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
    /// --token-only asks for it. With --profile NAME the token goes to the profile's own
    /// file instead (vaultctl/tokens/NAME in the user's data dir, mode 0600).
    #[command(after_long_help = login::LOGIN_EXAMPLES)]
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
    /// Write to any path, of any engine (as `vault write`), and print Vault's answer.
    ///
    /// Data is KEY=VALUE; a VALUE of @FILE reads the file and - reads standard input; a
    /// lone - reads a JSON object from standard input. Prints the answer's data as a
    /// Key/Value table, with --format json the whole answer as the vault CLI does.
    Write(WriteArgs),
    /// List the keys below any path (as `vault list`); folders end in "/".
    ///
    /// With --recursive, every key at any depth below PATH, as full paths: one SCAN
    /// where OpenBao answers it, else a walk with LIST. Exits 2 when there is nothing
    /// to list.
    List(ListArgs),
    /// Delete any path (as `vault delete`).
    Delete(LogicalPathArgs),
    /// Run a command with secrets from Vault in its environment, and supervise it.
    #[command(after_long_help = exec::EXEC_EXAMPLES)]
    Exec(Box<ExecArgs>),
    /// Write the --file and --template files from Vault, with no command: once, or kept fresh.
    #[command(after_long_help = exec::RENDER_EXAMPLES)]
    Render(Box<RenderArgs>),
    /// Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions.
    Env(EnvArgs),
    /// Resolve and validate the sources, and show each variable's source, version or
    /// lease TTL and verdict; never a value. Exits 1 when something would stop `exec`.
    Check(CheckArgs),
    /// List the profiles of the config file, or show where each setting comes from.
    ///
    /// A profile is a `[profile.NAME]` table with the keys of `[vault]`, selected with
    /// --profile NAME or VAULTCTL_PROFILE; it keeps its own token.
    Profile {
        /// The profile operation.
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Print a shell completion script to stdout.
    ///
    /// For example: vaultctl completions bash > /etc/bash_completion.d/vaultctl
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
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
    /// `env` only: `export NAME='value'` lines for sh, bash, zsh and fish.
    Shell,
    /// `env` only: `NAME='value'` lines for a .env file (sh may source it).
    Dotenv,
    /// `env` only: masks every line of every value and appends them to $GITHUB_ENV.
    Github,
}

/// The formats of `vaultctl env`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvFormat {
    /// `export NAME='value'`, read back exactly by sh, bash, zsh and fish.
    Shell,
    /// `NAME='value'`, read back exactly by sh, which runs nothing in it.
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
#[derive(Debug, Clone, Args, Default)]
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

    /// Use the [profile.NAME] table of the config file and the profile's own token [env: VAULTCTL_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
}

pub(crate) fn parse_duration(text: &str) -> Result<Duration, String> {
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
        assert!(about(&["kv", "metadata"]).starts_with("Show, set or delete the metadata"));
        assert!(about(&["kv", "rollback"]).starts_with("Write the data of an earlier"));
        assert!(about(&["write"]).starts_with("Write to any path"));
        assert!(about(&["kv", "metadata", "get"]).starts_with("Print the metadata"));
        assert!(about(&["db", "creds"]).starts_with("Create dynamic credentials"));
        assert!(about(&["lease", "renew"]).starts_with("Extend a lease"));
        assert!(about(&["read"]).starts_with("Read any path"));
    }
}
