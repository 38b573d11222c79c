//! The read model: what one read is ([`ReadKey`]: a path, maybe a pinned version, maybe
//! the parameters of an issued reference), what it gave ([`Fetched`]) or why it failed
//! ([`ReadFailure`]), and all of one start's or one rotation's reads ([`Reads`]). The
//! modules that gather sources, read, render and assemble all speak of reads in these
//! types; this module imports nothing of theirs but [`Ref`]. Its `Debug` and `Display`
//! never show a value (nor an issued reference's parameter values).

use super::reference::Ref;
use crate::vault::Error;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use zeroize::Zeroize;

/// One distinct read (or issue): a path, maybe at a pinned version, maybe with the
/// parameters of an issued reference (sorted by name, so one set of parameters is one
/// issue). Its `Debug` and `Display` show parameter names only.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReadKey {
    /// The path.
    pub path: String,
    /// The KV v2 version, when pinned.
    pub version: Option<u64>,
    /// The parameters of an issued reference; `None` for a read.
    pub issue: Option<Vec<(String, String)>>,
}

impl ReadKey {
    /// The read (or issue) a reference needs.
    pub fn of(r: &Ref) -> ReadKey {
        let issue = r.issue.clone().map(|mut params| {
            params.sort();
            params
        });
        ReadKey {
            path: r.path.clone(),
            version: r.version,
            issue,
        }
    }

    /// A plain read of `path`.
    pub fn path(path: &str) -> ReadKey {
        ReadKey {
            path: path.to_string(),
            version: None,
            issue: None,
        }
    }
}

impl std::fmt::Display for ReadKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)?;
        if let Some(params) = &self.issue {
            let names: Vec<&str> = params.iter().map(|(k, _)| k.as_str()).collect();
            write!(f, "?{}", names.join("&"))?;
        }
        match self.version {
            Some(v) => write!(f, " (version {v})"),
            None => Ok(()),
        }
    }
}

impl std::fmt::Debug for ReadKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReadKey({self})")
    }
}

/// What one read returned (or why it failed). Its `Debug` shows the keys, not the
/// values; the strings in `data` are zeroed when it is dropped.
#[derive(Clone)]
pub struct Fetched {
    /// The secret's top-level keys.
    pub data: Map<String, Value>,
    /// Lease of dynamic credentials; empty otherwise.
    pub lease_id: String,
    /// Lease duration in seconds.
    pub lease_duration: u64,
    /// Whether the lease can be renewed.
    pub renewable: bool,
    /// The KV v2 version read.
    pub version: Option<u64>,
    /// The KV version of the mount (1 or 2), `None` for other engines.
    pub kv: Option<u8>,
}

impl std::fmt::Debug for Fetched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetched")
            .field("keys", &self.data.keys().collect::<Vec<_>>())
            .field("lease_id", &self.lease_id)
            .field("lease_duration", &self.lease_duration)
            .field("renewable", &self.renewable)
            .field("version", &self.version)
            .field("kv", &self.kv)
            .finish_non_exhaustive()
    }
}

impl Drop for Fetched {
    fn drop(&mut self) {
        zero_strings(&mut self.data);
    }
}

/// Zeroes every string (keys stay: they are names, not values) inside `map`.
fn zero_strings(map: &mut Map<String, Value>) {
    fn zero(value: &mut Value) {
        match value {
            Value::String(s) => s.zeroize(),
            Value::Array(items) => items.iter_mut().for_each(zero),
            Value::Object(map) => map.values_mut().for_each(zero),
            _ => {}
        }
    }
    map.values_mut().for_each(zero);
}

/// The results of all reads, by read.
pub type Reads = BTreeMap<ReadKey, Result<Fetched, ReadFailure>>;

/// Why a read failed; `unreachable` when Vault could not be reached (or stayed sealed)
/// until the retry deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFailure {
    /// What went wrong, naming the request; never a value.
    pub message: String,
    /// True when the failure was transient and the deadline passed.
    pub unreachable: bool,
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<&str> for ReadFailure {
    fn from(message: &str) -> Self {
        ReadFailure {
            message: message.to_string(),
            unreachable: false,
        }
    }
}

impl From<Error> for ReadFailure {
    fn from(e: Error) -> Self {
        ReadFailure {
            unreachable: e.is_transient(),
            message: e.to_string(),
        }
    }
}

/// A JSON value as the text a variable holds: strings as they are, the rest as JSON.
pub fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn debug_shows_the_keys_and_never_a_value() {
        let read = Fetched {
            data: json!({"password": "hunter2-secret", "nested": {"k": "deep-value"}})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            lease_id: String::new(),
            lease_duration: 0,
            renewable: false,
            version: None,
            kv: Some(2),
        };
        let shown = format!("{read:?}");
        assert!(shown.contains("password"), "{shown}");
        assert!(!shown.contains("hunter2-secret"), "{shown}");
        assert!(!shown.contains("deep-value"), "{shown}");
    }

    #[test]
    fn a_read_key_shows_parameter_names_never_their_values() {
        let r = Ref::parse(
            "vault:pki/issue/web?ttl=1h&common_name=a.example#certificate",
            false,
        )
        .expect("reference");
        let key = ReadKey::of(&r);
        assert_eq!(key.to_string(), "pki/issue/web?common_name&ttl");
        assert_eq!(format!("{key:?}"), "ReadKey(pki/issue/web?common_name&ttl)");
        let pinned = ReadKey::of(&Ref::parse("vault:secret/a#k#3", false).expect("reference"));
        assert_eq!(pinned.to_string(), "secret/a (version 3)");
    }

    #[test]
    fn text_of_gives_strings_as_they_are_and_the_rest_as_json() {
        assert_eq!(text_of(&json!("a \"b\"")), "a \"b\"");
        assert_eq!(text_of(&Value::Null), "");
        assert_eq!(text_of(&json!(5432)), "5432");
        assert_eq!(text_of(&json!({"k": [true]})), r#"{"k":[true]}"#);
    }
}
