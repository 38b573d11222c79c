//! Flags of the shell lookups: `kv`, `db`, `lease` and `read`.

use clap::{Args, Subcommand};
use std::time::Duration;

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
    ///
    /// With --recursive, every secret at any depth below PATH, as full paths (one SCAN
    /// where OpenBao answers it, else a walk with LIST); a folder the policy hides is
    /// skipped with a warning.
    List(KvListArgs),
    /// Print or save the latest version of every secret below PATH as one document.
    ///
    /// JSON: {"relative/path": {"key": "value"}}, which `kv import` reads back; with
    /// --format dotenv, a "# relative/path" comment then KEY='value' lines per secret.
    Export(KvExportArgs),
    /// Write each secret of a `kv export` JSON document, below --to or at its own path.
    ///
    /// On KV v2 each write uses check-and-set on the version read just before it, so a
    /// secret changed meanwhile is reported and kept, not overwritten. Secrets that
    /// would not change are not written. --dry-run shows what would change, never a value.
    Import(KvImportArgs),
    /// Copy every secret below SRC (or the secret SRC) to DST, e.g. between profiles.
    ///
    /// Reads through --from-profile, writes through --to-profile (each defaults to the
    /// profile in use), as `kv import` writes: check-and-set on KV v2, unchanged secrets
    /// not written again, --dry-run to see what would change.
    Copy(KvCopyArgs),
    /// Delete the latest version of a secret, or the --versions given (KV v2 keeps them
    /// for undelete); on KV v1 the secret is gone.
    Delete(KvDeleteArgs),
    /// Restore deleted versions of a secret (KV v2).
    Undelete(KvVersionsArgs),
    /// Destroy versions of a secret for good (KV v2).
    Destroy(KvVersionsArgs),
    /// Write the data of an earlier version as the new latest version (KV v2).
    ///
    /// Checks that the version exists and is neither deleted nor destroyed, then writes
    /// its data with check-and-set on the current version, so a write in between fails.
    #[command(disable_version_flag = true)]
    Rollback(super::KvRollbackArgs),
    /// Show, set or delete the metadata of a secret: its versions and settings (KV v2).
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
    /// Set a secret's settings: versions kept, check-and-set, deletion, custom metadata.
    ///
    /// Only the options given change; the secret need not exist yet.
    Put(super::KvMetadataPutArgs),
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

// Arguments of `kv list`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvListArgs {
    /// The folder.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// List every secret below PATH at any depth, as full paths, one a line
    #[arg(short = 'r', long)]
    pub recursive: bool,
}

// Arguments of `kv export`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvExportArgs {
    /// The folder.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// Write the document to FILE (mode 0600, replaced atomically) instead of stdout
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Each secret as {"data": {...}, "metadata": {...}}: its versions and custom
    /// metadata as `kv metadata get` shows them (KV v2, --format json)
    #[arg(long)]
    pub metadata: bool,
}

// Arguments of `kv import`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvImportArgs {
    /// Write each secret below PATH (e.g. secret/copy) [default: its path as given, mount
    /// included]
    #[arg(long, value_name = "PATH")]
    pub to: Option<String>,
    /// Print per secret the keys that would be added, changed, removed or left as they
    /// are (never a value), and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The JSON document, as `kv export` writes it; - reads standard input
    pub file: std::path::PathBuf,
}

// Arguments of `kv copy`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvCopyArgs {
    /// Read SRC through the [profile.NAME] of the config file [default: --profile]
    #[arg(long, value_name = "NAME")]
    pub from_profile: Option<String>,
    /// Write DST through the [profile.NAME] of the config file [default: --profile]
    #[arg(long, value_name = "NAME")]
    pub to_profile: Option<String>,
    /// Print per secret the keys that would be added, changed, removed or kept (never a
    /// value), and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The folder or secret to copy, mount included, e.g. secret/myapp
    pub src: String,
    /// Where to put it, mount included, e.g. secret/myapp-copy
    pub dst: String,
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
        #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
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
