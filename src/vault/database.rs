//! The database secrets engine: dynamic credentials (`MOUNT/creds/ROLE`, a new database
//! user under a lease) and static ones (`MOUNT/static-creds/ROLE`, an existing user
//! whose password Vault rotates). The whole answer is kept for printing as Vault sent it,
//! beside typed fields for those who use the credentials. Knows nothing of the command
//! line.

use super::error::RequestLine;
use super::{Client, Error, Response};
use crate::redacted::Secret;
use serde_json::Value;
use std::fmt;

/// Which kind of credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `creds/ROLE`: a new user per request, with a lease.
    Dynamic,
    /// `static-creds/ROLE`: the current password of a user Vault rotates.
    Static,
}

/// Credentials as Vault gave them.
pub struct Credentials {
    /// Dynamic or static.
    pub kind: Kind,
    /// The database user.
    pub username: String,
    /// Its password.
    pub password: Secret,
    /// For static credentials: the rotation schedule.
    pub rotation: Option<Rotation>,
    /// The whole answer, envelope (lease) included.
    pub response: Response<Value>,
}

/// When static credentials were and will be rotated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// When Vault last rotated the password (RFC 3339).
    pub last_vault_rotation: String,
    /// Seconds between rotations (0 for a schedule-based role).
    pub rotation_period: u64,
    /// Seconds until the next rotation.
    pub ttl: u64,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The answer holds the password in clear: leave it out.
        f.debug_struct("Credentials")
            .field("kind", &self.kind)
            .field("username", &self.username)
            .field("password", &self.password)
            .field("rotation", &self.rotation)
            .field("lease_id", &self.response.lease_id)
            .finish_non_exhaustive()
    }
}

/// Reads credentials of `kind` for `role` from the engine at `mount`.
pub fn credentials(
    client: &Client,
    mount: &str,
    kind: Kind,
    role: &str,
) -> Result<Credentials, Error> {
    let segment = match kind {
        Kind::Dynamic => "creds",
        Kind::Static => "static-creds",
    };
    let path = format!(
        "{}/{segment}/{}",
        mount.trim_matches('/'),
        role.trim_matches('/')
    );
    let response: Response<Value> = client.read(&path)?;
    let data = response.data.as_ref().unwrap_or(&Value::Null);
    let text = |key: &str| -> Result<String, Error> {
        data[key]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::Decode {
                request: RequestLine {
                    method: "GET",
                    path: format!("/v1/{path}"),
                },
                reason: format!("the answer has no {key}"),
            })
    };
    let username = text("username")?;
    let password = Secret::new(text("password")?);
    let rotation = (kind == Kind::Static).then(|| Rotation {
        last_vault_rotation: data["last_vault_rotation"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        rotation_period: super::number::seconds(&data["rotation_period"]).unwrap_or(0),
        ttl: super::number::seconds(&data["ttl"]).unwrap_or(0),
    });
    Ok(Credentials {
        kind,
        username,
        password,
        rotation,
        response,
    })
}
