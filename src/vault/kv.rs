//! The KV secrets engine, versions 1 and 2.
//!
//! Which version a path belongs to is asked once per mount with
//! `sys/internal/ui/mounts/PATH`, as the vault CLI does (a 404 there means a server too
//! old to say: version 1), and remembered by the [`Kv`] handle for as long as it lives.
//! On version 2 the engine's own segment (`data/`, `metadata/`, `delete/`...) goes
//! between the mount and the secret's path. Answers keep `data` as JSON, so callers can
//! print them exactly as Vault sent them. Knows nothing of the command line.

mod admin;

pub use admin::MetadataSettings;

use super::{Client, Error, Response};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::sync::Mutex;

/// The version of a KV mount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// Version 1: one value per path, no history.
    V1,
    /// Version 2: versioned, with metadata, soft delete and check-and-set.
    V2,
}

impl Version {
    /// 1 or 2.
    pub fn number(self) -> u8 {
        match self {
            Version::V1 => 1,
            Version::V2 => 2,
        }
    }
}

/// A KV mount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    /// Its path with a trailing `/` (`secret/`); empty when Vault could not say.
    pub path: String,
    /// Its version.
    pub version: Version,
}

/// Where a secret lives: its mount and its path below the mount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The mount.
    pub mount: Mount,
    /// The path below the mount, without leading or trailing `/`.
    pub relative: String,
}

impl Location {
    /// The API path of an operation: `secret/data/app` for `segment` "data" on
    /// version 2; the plain path on version 1, whatever the segment.
    pub fn api_path(&self, segment: &str) -> String {
        let path = match self.mount.version {
            Version::V1 => format!("{}{}", self.mount.path, self.relative),
            Version::V2 => format!("{}{segment}/{}", self.mount.path, self.relative),
        };
        path.trim_end_matches('/').to_string()
    }

    /// The path as a user types it: `secret/app`.
    pub fn user_path(&self) -> String {
        format!("{}{}", self.mount.path, self.relative)
    }

    fn require_v2(&self, what: &str) -> Result<(), Error> {
        match self.mount.version {
            Version::V2 => Ok(()),
            Version::V1 => Err(Error::Unsupported(format!(
                "{} is on a KV version 1 mount, which has no {what}",
                self.user_path()
            ))),
        }
    }
}

/// The KV engine through one client, remembering the mounts it has seen.
#[derive(Debug)]
pub struct Kv<'c> {
    client: &'c Client,
    mounts: Mutex<Vec<Mount>>,
}

/// What `sys/internal/ui/mounts/PATH` tells about a mount.
#[derive(Debug, Deserialize)]
struct MountInfo {
    #[serde(default)]
    path: String,
    /// The engine (`kv`, `database`, `pki`...).
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    options: Option<MountOptions>,
}

#[derive(Debug, Deserialize)]
struct MountOptions {
    #[serde(default)]
    version: Option<String>,
}

/// The `keys` of a LIST answer.
#[derive(Debug, Deserialize)]
struct Keys {
    #[serde(default)]
    keys: Vec<String>,
}

impl<'c> Kv<'c> {
    /// A handle on the KV engine through `client`.
    pub fn new(client: &'c Client) -> Self {
        Kv {
            client,
            mounts: Mutex::new(Vec::new()),
        }
    }

    /// Finds where `path` lives. With `mount`, `path` is relative to that mount and the
    /// mount itself is asked about (as `vault kv -mount=` does); otherwise the mount is
    /// found from `path`. Mounts already seen are not asked about again.
    pub fn locate(&self, path: &str, mount: Option<&str>) -> Result<Location, Error> {
        let path = path.trim_matches('/');
        let explicit = mount.map(|m| m.trim_matches('/')).filter(|m| !m.is_empty());
        let full = match explicit {
            Some(m) if path.is_empty() => m.to_string(),
            Some(m) => format!("{m}/{path}"),
            None => path.to_string(),
        };
        let probe = explicit.unwrap_or(&full);
        let known = match self.cached(probe) {
            Some(mount) => Some(mount),
            None => self.preflight(probe)?,
        };
        let Some(mount) = known else {
            let mount = Mount {
                path: String::new(),
                version: Version::V1,
            };
            return Ok(Location {
                mount,
                relative: full,
            });
        };
        let relative = if full == mount.path.trim_end_matches('/') {
            Some("")
        } else {
            full.strip_prefix(&mount.path)
        };
        match relative {
            Some(relative) => Ok(Location {
                relative: relative.trim_matches('/').to_string(),
                mount,
            }),
            None => Err(Error::Unsupported(format!(
                "Vault says {full} is in the mount {}, which is not a prefix of it",
                mount.path
            ))),
        }
    }

    fn cached(&self, path: &str) -> Option<Mount> {
        let probe = format!("{path}/");
        let mounts = self.mounts.lock().ok()?;
        mounts
            .iter()
            .filter(|m| probe.starts_with(&m.path))
            .max_by_key(|m| m.path.len())
            .cloned()
    }

    /// Asks Vault for the mount of `path`; `None` when the server cannot say (404).
    fn preflight(&self, path: &str) -> Result<Option<Mount>, Error> {
        let info = match self
            .client
            .read::<MountInfo>(&format!("sys/internal/ui/mounts/{path}"))
        {
            Ok(response) => response.data,
            Err(e) if e.status() == Some(404) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Some(info) = info else { return Ok(None) };
        let version = match info.options.and_then(|o| o.version).as_deref() {
            Some("2") => Version::V2,
            _ => Version::V1,
        };
        let mut mount_path = info.path.trim_start_matches('/').to_string();
        if !mount_path.is_empty() && !mount_path.ends_with('/') {
            mount_path.push('/');
        }
        let mount = Mount {
            path: mount_path,
            version,
        };
        match info.kind.as_str() {
            "kv" | "generic" | "" => crate::debug!(
                "{path} is in the KV v{} mount {}",
                version.number(),
                mount.path
            ),
            kind => crate::debug!("{path} is in the {kind} mount {}", mount.path),
        }
        if !mount.path.is_empty() {
            if let Ok(mut mounts) = self.mounts.lock() {
                mounts.push(mount.clone());
            }
        }
        Ok(Some(mount))
    }

    /// Reads a secret, or one version of it (version 2). On version 2 the answer's
    /// `data` holds `data` and `metadata`; a deleted or destroyed version has
    /// `data: null` and its metadata, as Vault answers.
    pub fn get(&self, at: &Location, version: Option<u64>) -> Result<Response<Value>, Error> {
        let path = at.api_path("data");
        let text;
        let mut query = Vec::new();
        if let Some(v) = version {
            at.require_v2("versions")?;
            text = v.to_string();
            query.push(("version", text.as_str()));
        }
        self.client
            .read_value(&path, &query)?
            .ok_or_else(|| Error::not_found(path))
    }

    /// Writes a secret, replacing its data. `cas` (version 2) writes only when the
    /// current version is `cas` (0: only when there is none). Version 2 answers with the
    /// new version's metadata; version 1 answers nothing.
    pub fn put(
        &self,
        at: &Location,
        data: Map<String, Value>,
        cas: Option<u64>,
    ) -> Result<Option<Response<Value>>, Error> {
        match at.mount.version {
            Version::V1 => {
                if cas.is_some() {
                    at.require_v2("check-and-set")?;
                }
                self.client.write(&at.api_path(""), &Value::Object(data))
            }
            Version::V2 => {
                let mut body = json!({ "data": data });
                if let Some(cas) = cas {
                    body["options"] = json!({ "cas": cas });
                }
                self.client.write(&at.api_path("data"), &body)
            }
        }
    }

    /// Changes some keys of a version 2 secret with a JSON merge patch (a key set to
    /// null is removed). Where Vault refuses PATCH — 405 from a server older than
    /// Vault 1.9, 403 from a policy without the "patch" capability — it reads the secret
    /// and writes the merged data back with check-and-set on the version it read, so a
    /// write in between makes it fail rather than be lost.
    pub fn patch(
        &self,
        at: &Location,
        changes: Map<String, Value>,
    ) -> Result<Option<Response<Value>>, Error> {
        at.require_v2("patch (use put)")?;
        let path = at.api_path("data");
        let body = json!({ "data": changes, "options": {} });
        match self
            .client
            .patch(&path, &body, "application/merge-patch+json")
        {
            Err(e) if e.status() == Some(404) => Err(Error::not_found(path)),
            Err(e) if e.status() == Some(405) => {
                crate::info!("{path}: Vault does not take PATCH; reading and writing back");
                self.read_then_write(at, changes)
            }
            Err(e) if e.status() == Some(403) => {
                crate::warn!(
                    "PATCH of {path} was refused (403); reading and writing back instead. \
                     Add the \"patch\" capability to the policy to avoid the extra read."
                );
                self.read_then_write(at, changes)
            }
            other => other,
        }
    }

    fn read_then_write(
        &self,
        at: &Location,
        changes: Map<String, Value>,
    ) -> Result<Option<Response<Value>>, Error> {
        let current = self.get(at, None)?;
        let data = current.data.unwrap_or(Value::Null);
        let version = data["metadata"]["version"].as_u64();
        let (Value::Object(current), Some(_)) = (&data["data"], version) else {
            return Err(Error::NotFound {
                path: at.api_path("data"),
                detail: ": the latest version is deleted".into(),
            });
        };
        let mut merged = current.clone();
        merge_patch(&mut merged, &changes);
        self.put(at, merged, version)
    }

    /// The keys below a path, sorted; folders end in `/`.
    pub fn list(&self, at: &Location) -> Result<Vec<String>, Error> {
        let path = at.api_path("metadata");
        let response = match self.client.list::<Keys>(&path) {
            Err(e) if e.is_not_found() => return Err(Error::not_found(path)),
            other => other?,
        };
        let mut keys = response
            .data
            .map(|d| d.keys)
            .filter(|k| !k.is_empty())
            .ok_or_else(|| Error::not_found(path))?;
        keys.sort();
        Ok(keys)
    }

    /// Every secret below a path at any depth, relative to it (through `metadata/` on
    /// version 2); see [`super::tree::list_recursive`].
    pub fn list_recursive(&self, at: &Location) -> Result<super::tree::Tree, Error> {
        super::tree::list_recursive(self.client, &at.api_path("metadata"))
    }

    /// Deletes the latest version (version 2, recoverable with [`Kv::undelete`]), the
    /// given `versions` (version 2), or the secret (version 1). Returns the API path.
    pub fn delete(&self, at: &Location, versions: &[u64]) -> Result<String, Error> {
        if versions.is_empty() {
            let path = at.api_path("data");
            self.client.delete(&path)?;
            return Ok(path);
        }
        self.versions_op(at, "delete", versions)
    }

    /// Restores deleted versions (version 2). Returns the API path.
    pub fn undelete(&self, at: &Location, versions: &[u64]) -> Result<String, Error> {
        self.versions_op(at, "undelete", versions)
    }

    /// Destroys versions for good (version 2). Returns the API path.
    pub fn destroy(&self, at: &Location, versions: &[u64]) -> Result<String, Error> {
        self.versions_op(at, "destroy", versions)
    }

    fn versions_op(&self, at: &Location, op: &str, versions: &[u64]) -> Result<String, Error> {
        at.require_v2("versions")?;
        if versions.is_empty() {
            return Err(Error::Unsupported(format!("{op}: no versions given")));
        }
        let path = at.api_path(op);
        self.client
            .write::<Value>(&path, &json!({ "versions": versions }))?;
        Ok(path)
    }

    /// The metadata of a secret and of each version (version 2).
    pub fn metadata(&self, at: &Location) -> Result<Response<Value>, Error> {
        at.require_v2("metadata")?;
        let path = at.api_path("metadata");
        self.client
            .read_value(&path, &[])?
            .ok_or_else(|| Error::not_found(path))
    }

    /// Deletes a secret with every version and its metadata (version 2). Returns the
    /// API path.
    pub fn delete_metadata(&self, at: &Location) -> Result<String, Error> {
        at.require_v2("metadata")?;
        let path = at.api_path("metadata");
        self.client.delete(&path)?;
        Ok(path)
    }
}

/// Applies a JSON merge patch (RFC 7396) to an object: a null removes a key, an object
/// merges into an object, anything else replaces.
pub fn merge_patch(target: &mut Map<String, Value>, changes: &Map<String, Value>) {
    for (key, value) in changes {
        match (target.get_mut(key), value) {
            (_, Value::Null) => {
                target.remove(key);
            }
            (Some(Value::Object(inner)), Value::Object(more)) => merge_patch(inner, more),
            (_, Value::Object(more)) => {
                let mut fresh = Map::new();
                merge_patch(&mut fresh, more);
                target.insert(key.clone(), Value::Object(fresh));
            }
            (_, other) => {
                target.insert(key.clone(), other.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(mount: &str, version: Version, relative: &str) -> Location {
        Location {
            mount: Mount {
                path: mount.into(),
                version,
            },
            relative: relative.into(),
        }
    }

    #[test]
    fn api_paths_put_the_segment_after_the_mount_on_v2_only() {
        let v2 = at("secret/", Version::V2, "team/app");
        assert_eq!(v2.api_path("data"), "secret/data/team/app");
        assert_eq!(v2.api_path("metadata"), "secret/metadata/team/app");
        assert_eq!(v2.user_path(), "secret/team/app");
        let root = at("secret/", Version::V2, "");
        assert_eq!(root.api_path("metadata"), "secret/metadata");
        let v1 = at("kv/", Version::V1, "app");
        assert_eq!(v1.api_path("data"), "kv/app");
        let unknown = at("", Version::V1, "old/app");
        assert_eq!(unknown.api_path("metadata"), "old/app");
    }

    #[test]
    fn version_2_features_are_refused_on_version_1() {
        let v1 = at("kv/", Version::V1, "app");
        let e = v1.require_v2("versions").expect_err("v1");
        assert!(e.is_local());
        assert_eq!(
            e.to_string(),
            "kv/app is on a KV version 1 mount, which has no versions"
        );
    }

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let object = |v: Value| match v {
            Value::Object(map) => map,
            _ => panic!("not an object"),
        };
        let mut target = object(json!({"a": "1", "b": "2", "n": {"x": 1, "y": 2}}));
        let patch = json!({"a": "9", "b": null, "c": "3", "n": {"y": null, "z": 3},
            "new": {"p": null, "q": 1}});
        merge_patch(&mut target, &object(patch));
        assert_eq!(
            Value::Object(target),
            json!({"a": "9", "c": "3", "n": {"x": 1, "z": 3}, "new": {"q": 1}})
        );
    }
}
