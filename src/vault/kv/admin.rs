//! KV version 2 administration: a secret's metadata settings and rolling back to an
//! earlier version. Knows nothing of the command line.

use super::{Kv, Location};
use crate::vault::{Error, Response};
use serde_json::{Map, Value, json};
use std::time::Duration;

/// A secret's settings (`kv metadata put`); `None` leaves a setting as it is.
#[derive(Debug, Default, Clone)]
pub struct MetadataSettings {
    /// How many versions are kept (0: the mount's setting).
    pub max_versions: Option<u64>,
    /// Whether every write must name the version it replaces.
    pub cas_required: Option<bool>,
    /// How long after a write its version is deleted (zero: never).
    pub delete_version_after: Option<Duration>,
    /// Custom metadata; when given, it replaces what is stored.
    pub custom_metadata: Option<Map<String, Value>>,
}

impl MetadataSettings {
    /// The request body: only the settings given, as the vault CLI sends them.
    pub fn body(&self) -> Value {
        let mut body = Map::new();
        if let Some(n) = self.max_versions {
            body.insert("max_versions".into(), json!(n));
        }
        if let Some(b) = self.cas_required {
            body.insert("cas_required".into(), json!(b));
        }
        if let Some(d) = self.delete_version_after {
            body.insert(
                "delete_version_after".into(),
                json!(format!("{}s", d.as_secs())),
            );
        }
        if let Some(custom) = &self.custom_metadata {
            body.insert("custom_metadata".into(), Value::Object(custom.clone()));
        }
        Value::Object(body)
    }
}

impl Kv<'_> {
    /// Writes a secret's settings (version 2). Returns the API path and Vault's
    /// answer (none: Vault answers 204).
    pub fn put_metadata(
        &self,
        at: &Location,
        settings: &MetadataSettings,
    ) -> Result<(String, Option<Response<Value>>), Error> {
        at.require_v2("metadata")?;
        let path = at.api_path("metadata");
        let answer = self.client.write(&path, &settings.body())?;
        Ok((path, answer))
    }

    /// Writes the data of `version` as the new latest version (version 2), with
    /// check-and-set on the current version, as `vault kv rollback` does. A version
    /// that does not exist, or is deleted or destroyed, is "No value found" with why.
    pub fn rollback(&self, at: &Location, version: u64) -> Result<Option<Response<Value>>, Error> {
        at.require_v2("rollback")?;
        let data_path = at.api_path("data");
        let metadata = self.metadata(at).map_err(|e| match e {
            e if e.is_not_found() => Error::not_found(&data_path),
            e => e,
        })?;
        let metadata = metadata.data.unwrap_or(Value::Null);
        let current = metadata["current_version"].as_u64().unwrap_or(0);
        let state = &metadata["versions"][version.to_string()];
        let refuse = |detail: String| Error::NotFound {
            path: data_path.clone(),
            detail,
        };
        if state.is_null() {
            return Err(refuse(format!(": there is no version {version}")));
        }
        if state["destroyed"] == Value::Bool(true) {
            return Err(refuse(format!(
                ": version {version} is destroyed; cannot roll back to it"
            )));
        }
        if state["deletion_time"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
        {
            return Err(refuse(format!(
                ": version {version} is deleted; cannot roll back to it (vaultctl kv \
                 undelete --versions {version} {} restores it)",
                at.user_path()
            )));
        }
        let old = self.get(at, Some(version))?;
        let Some(Value::Object(data)) = old.data.map(|mut d| d["data"].take()) else {
            return Err(refuse(format!(": version {version} has no data")));
        };
        self.put(at, data, Some(current))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_body_holds_only_the_settings_given() {
        assert_eq!(MetadataSettings::default().body(), json!({}));
        let mut custom = Map::new();
        custom.insert("team".into(), json!("a"));
        let all = MetadataSettings {
            max_versions: Some(5),
            cas_required: Some(false),
            delete_version_after: Some(Duration::from_secs(5400)),
            custom_metadata: Some(custom),
        };
        assert_eq!(
            all.body(),
            json!({"max_versions": 5, "cas_required": false,
                "delete_version_after": "5400s", "custom_metadata": {"team": "a"}})
        );
    }
}
