//! The token endpoints: look up, renew and revoke the client's own token.

use super::response::Auth;
use super::{Client, Error};
use crate::redacted::Secret;
use serde_json::{Map, Value, json};
use std::time::Duration;

/// What `auth/token/lookup-self` says about a token, with the token itself (`id`)
/// taken out so it cannot be printed by accident.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    /// The fields Vault returned, less `id`.
    pub fields: Map<String, Value>,
}

impl TokenInfo {
    /// Remaining TTL in seconds (0 when absent or not a number; read leniently, see
    /// [`number`](super::number)).
    pub fn ttl(&self) -> u64 {
        self.fields
            .get("ttl")
            .and_then(super::number::seconds)
            .unwrap_or(0)
    }

    /// Whether the token can be renewed.
    pub fn renewable(&self) -> bool {
        self.fields
            .get("renewable")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    /// A string field, or "".
    pub fn text(&self, key: &str) -> String {
        match self.fields.get(key) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        }
    }

    /// The policies.
    pub fn policies(&self) -> Vec<String> {
        string_list(self.fields.get("policies"))
    }

    /// The same facts in the shape of a login's `auth` block, with `token` as the token.
    pub fn into_auth(self, token: Secret) -> Auth {
        Auth {
            client_token: token,
            accessor: self.text("accessor"),
            policies: self.policies(),
            token_policies: self.policies(),
            lease_duration: self.ttl(),
            renewable: self.renewable(),
            entity_id: self.text("entity_id"),
            token_type: self.text("type"),
            orphan: self
                .fields
                .get("orphan")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        }
    }
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Looks up the client's token.
pub fn lookup_self(client: &Client) -> Result<TokenInfo, Error> {
    let response = client.read::<Map<String, Value>>("auth/token/lookup-self")?;
    let mut fields = response.data.unwrap_or_default();
    fields.remove("id");
    Ok(TokenInfo { fields })
}

/// Renews the client's token, asking for `increment` (Vault may give less).
pub fn renew_self(client: &Client, increment: Option<Duration>) -> Result<Auth, Error> {
    let body = match increment {
        Some(d) => json!({ "increment": format!("{}s", d.as_secs()) }),
        None => json!({}),
    };
    auth_of(
        client.write::<Value>("auth/token/renew-self", &body)?,
        "auth/token/renew-self",
    )
}

/// Revokes the client's token (and its children).
pub fn revoke_self(client: &Client) -> Result<(), Error> {
    client
        .write::<Value>("auth/token/revoke-self", &json!({}))
        .map(|_| ())
}

/// The `auth` block of a login-like answer, or a decode error naming `path`.
pub fn auth_of(response: Option<super::Response<Value>>, path: &str) -> Result<Auth, Error> {
    response.and_then(|r| r.auth).ok_or_else(|| Error::Decode {
        request: super::error::RequestLine {
            method: "POST",
            path: format!("/v1/{path}"),
        },
        reason: "the answer has no auth block".into(),
    })
}
