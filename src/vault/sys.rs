//! `sys/` endpoints: seal status and HA leader (for `vaultctl status`), and leases.

use super::error::RequestLine;
use super::{Client, Error, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::time::Duration;

/// The answer of `sys/seal-status` (unauthenticated).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SealStatus {
    /// Seal type (shamir, transit, ...).
    #[serde(rename = "type", default)]
    pub seal_type: String,
    /// Whether the server is initialized.
    #[serde(default)]
    pub initialized: bool,
    /// Whether it is sealed.
    pub sealed: bool,
    /// Key shares needed (threshold).
    #[serde(rename = "t", default)]
    pub threshold: u32,
    /// Key shares in all.
    #[serde(rename = "n", default)]
    pub shares: u32,
    /// Unseal progress.
    #[serde(default)]
    pub progress: u32,
    /// Server version.
    #[serde(default)]
    pub version: String,
    /// Build date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub build_date: String,
    /// Storage backend.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub storage_type: String,
    /// Cluster name (only once unsealed).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster_name: String,
    /// Cluster id (only once unsealed).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster_id: String,
}

/// The answer of `sys/leader`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Leader {
    /// Whether HA is enabled.
    #[serde(default)]
    pub ha_enabled: bool,
    /// Whether this node is the active one.
    #[serde(default)]
    pub is_self: bool,
    /// Since when the active node is active.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub active_time: String,
    /// API address of the active node.
    #[serde(default)]
    pub leader_address: String,
    /// Cluster address of the active node.
    #[serde(default)]
    pub leader_cluster_address: String,
    /// Raft committed index, when on integrated storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raft_committed_index: Option<u64>,
    /// Raft applied index, when on integrated storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raft_applied_index: Option<u64>,
}

/// Reads `sys/seal-status`.
pub fn seal_status(client: &Client) -> Result<SealStatus, Error> {
    client.get_json("sys/seal-status")
}

/// Reads `sys/leader`.
pub fn leader(client: &Client) -> Result<Leader, Error> {
    client.get_json("sys/leader")
}

/// Looks a lease up: `id`, `issue_time`, `expire_time`, `last_renewal`, `renewable`,
/// `ttl` (seconds) in `data`.
pub fn lease_lookup(client: &Client, lease_id: &str) -> Result<Response<Value>, Error> {
    let path = "sys/leases/lookup";
    client
        .write(path, &json!({ "lease_id": lease_id }))?
        .ok_or_else(|| empty_answer(path))
}

/// Renews a lease, asking for `increment` from now (Vault may grant less); the
/// envelope tells the new `lease_duration`.
pub fn lease_renew(
    client: &Client,
    lease_id: &str,
    increment: Option<Duration>,
) -> Result<Response<Value>, Error> {
    let path = "sys/leases/renew";
    let mut body = json!({ "lease_id": lease_id });
    if let Some(increment) = increment {
        body["increment"] = json!(increment.as_secs());
    }
    client.write(path, &body)?.ok_or_else(|| empty_answer(path))
}

/// Revokes a lease and waits until the revocation is done (so the credentials no longer
/// work when this returns).
pub fn lease_revoke(client: &Client, lease_id: &str) -> Result<(), Error> {
    client
        .write::<Value>(
            "sys/leases/revoke",
            &json!({ "lease_id": lease_id, "sync": true }),
        )
        .map(|_| ())
}

fn empty_answer(path: &str) -> Error {
    Error::Decode {
        request: RequestLine {
            method: "POST",
            path: format!("/v1/{path}"),
        },
        reason: "empty answer".into(),
    }
}
