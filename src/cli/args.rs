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

    /// Output format [env: VAULT_FORMAT] [default: table]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<Format>,

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
