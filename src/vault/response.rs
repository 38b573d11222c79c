//! The response envelope Vault wraps around most answers. Kept whole (unlike some
//! libraries that drop it) because lease ids, durations and renewability are what
//! `exec` needs to keep credentials alive.

use crate::redacted::Secret;
use serde::{Deserialize, Deserializer, Serialize};

/// A Vault response: `data` plus the envelope around it.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Response<T> {
    /// Vault's id for this request.
    #[serde(default)]
    pub request_id: String,
    /// Lease of dynamic secrets; empty for static ones.
    #[serde(default)]
    pub lease_id: String,
    /// Lease duration in seconds (read leniently: see [`number`](super::number)).
    #[serde(default, deserialize_with = "super::number::lenient")]
    pub lease_duration: u64,
    /// Whether the lease can be renewed.
    #[serde(default)]
    pub renewable: bool,
    /// The payload.
    #[serde(default = "Option::default")]
    pub data: Option<T>,
    /// Warnings Vault attached.
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
    /// Authentication result of a login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<Auth>,
    /// Response-wrapping information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrap_info: Option<WrapInfo>,
    /// Type of the mount that answered (HashiCorp Vault 1.16 and later send it); left
    /// out when empty, as the vault CLI does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mount_type: String,
}

/// The `auth` block of a login or token response.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Auth {
    /// The token itself: never printed.
    #[serde(deserialize_with = "secret", serialize_with = "hidden")]
    pub client_token: Secret,
    /// Accessor of the token: safe to show.
    #[serde(default)]
    pub accessor: String,
    /// Policies attached.
    #[serde(default)]
    pub policies: Vec<String>,
    /// Token policies.
    #[serde(default)]
    pub token_policies: Vec<String>,
    /// TTL in seconds (read leniently: see [`number`](super::number)).
    #[serde(default, deserialize_with = "super::number::lenient")]
    pub lease_duration: u64,
    /// Whether the token can be renewed.
    #[serde(default)]
    pub renewable: bool,
    /// Entity id.
    #[serde(default)]
    pub entity_id: String,
    /// Token type (service, batch).
    #[serde(default)]
    pub token_type: String,
    /// Whether the token is orphaned.
    #[serde(default)]
    pub orphan: bool,
}

/// The `wrap_info` block of a response-wrapped answer.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct WrapInfo {
    /// The wrapping token: never printed.
    #[serde(deserialize_with = "secret", serialize_with = "hidden")]
    pub token: Secret,
    /// Accessor of the wrapping token.
    #[serde(default)]
    pub accessor: String,
    /// TTL in seconds (read leniently: see [`number`](super::number)).
    #[serde(default, deserialize_with = "super::number::lenient")]
    pub ttl: u64,
    /// When it was created.
    #[serde(default)]
    pub creation_time: String,
    /// Path that was wrapped.
    #[serde(default)]
    pub creation_path: String,
}

fn secret<'de, D: Deserializer<'de>>(d: D) -> Result<Secret, D::Error> {
    String::deserialize(d).map(Secret::from)
}

fn hidden<S: serde::Serializer>(value: &Secret, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_as_the_vault_cli_does() {
        let body = r#"{"request_id":"r","lease_id":"","renewable":false,"lease_duration":0,
            "data":{"b":1,"a":{"z":null,"y":"x"}},"wrap_info":null,"warnings":null,"auth":null}"#;
        let r: Response<serde_json::Value> = serde_json::from_str(body).expect("parses");
        assert_eq!(
            serde_json::to_string(&r).expect("json"),
            r#"{"request_id":"r","lease_id":"","lease_duration":0,"renewable":false,"data":{"a":{"y":"x","z":null},"b":1},"warnings":null}"#
        );
        let with_type = body.replace(r#""auth":null"#, r#""auth":null,"mount_type":"kv""#);
        let r: Response<serde_json::Value> = serde_json::from_str(&with_type).expect("parses");
        let text = serde_json::to_string(&r).expect("json");
        assert!(
            text.ends_with(r#""warnings":null,"mount_type":"kv"}"#),
            "{text}"
        );
    }

    #[test]
    fn keeps_the_envelope_and_hides_the_token() {
        let body = r#"{"request_id":"r","lease_id":"database/creds/app/abc","lease_duration":3600,
            "renewable":true,"data":{"username":"u"},"warnings":null,
            "auth":{"client_token":"s.secret","accessor":"acc","policies":["default"],
            "lease_duration":60,"renewable":true}}"#;
        let r: Response<serde_json::Value> = serde_json::from_str(body).expect("parses");
        assert_eq!(r.lease_id, "database/creds/app/abc");
        assert_eq!(r.lease_duration, 3600);
        assert!(r.renewable);
        let auth = r.auth.as_ref().expect("auth");
        assert_eq!(auth.client_token.expose(), "s.secret");
        let shown = format!("{r:?} {}", serde_json::to_string(&r).expect("json"));
        assert!(!shown.contains("s.secret"), "{shown}");
    }
}
