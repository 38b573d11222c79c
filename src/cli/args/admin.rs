//! Flags of the admin verbs, as the vault CLI has them: `write`, `list`, `delete`,
//! `kv rollback` and `kv metadata put`.

use super::KvPathArgs;
use clap::Args;
use std::time::Duration;

// Deferred types (see engines.rs): described with plain comments, so that their doc
// comments do not replace the help text of the subcommands they belong to.

// Arguments of `write`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Print only this key of the answer, raw (a newline follows only on a terminal)
    #[arg(long, value_name = "KEY")]
    pub field: Option<String>,
    /// Write even with no data (some endpoints take none, e.g. a rotation)
    #[arg(long, short = 'f')]
    pub force: bool,
    /// The API path below /v1/, e.g. auth/userpass/users/alice or pki/issue/web
    pub path: String,
    /// The data: KEY=VALUE, KEY=@FILE, KEY=- or a lone - for a JSON object on stdin
    #[arg(value_name = "KEY=VALUE")]
    pub data: Vec<String>,
}

// Arguments of `delete`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct LogicalPathArgs {
    /// The API path below /v1/, e.g. secret/metadata/team or auth/userpass/users
    pub path: String,
}

// Arguments of `list`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct ListArgs {
    /// List every key below PATH at any depth, as full paths, one a line (folders not shown)
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// The API path below /v1/, e.g. secret/metadata/team or auth/userpass/users
    pub path: String,
}

// Arguments of `kv rollback`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvRollbackArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// The version whose data becomes the new latest version
    #[arg(long, value_name = "N", required = true)]
    pub version: u64,
}

// Arguments of `kv metadata put`.
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct KvMetadataPutArgs {
    /// The secret.
    #[command(flatten)]
    pub at: KvPathArgs,
    /// How many versions to keep (0: the mount's setting)
    #[arg(long, value_name = "N")]
    pub max_versions: Option<u64>,
    /// Whether every write must give --cas
    #[arg(long, value_name = "BOOL", value_parser = clap::builder::BoolishValueParser::new())]
    pub cas_required: Option<bool>,
    /// Delete versions this long after they are written, e.g. 720h (0s: never)
    #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
    pub delete_version_after: Option<Duration>,
    /// A KEY=VALUE of custom metadata (repeatable); replaces all custom metadata
    #[arg(long, value_name = "KEY=VALUE")]
    pub custom_metadata: Vec<String>,
}
