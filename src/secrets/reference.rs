//! References to secrets: `vault:PATH#KEY` or `vault:PATH#KEY#VERSION` (a KV v2 version
//! pin); `vault:PATH` alone means the whole secret (for `--file`).

use std::fmt;

/// A parsed reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref {
    /// The path as a user types it: `secret/myapp`, `database/creds/app`.
    pub path: String,
    /// The key within the secret; `None` for the whole secret.
    pub key: Option<String>,
    /// A KV v2 version pin.
    pub version: Option<u64>,
}

/// The prefix that marks a reference.
pub const PREFIX: &str = "vault:";

/// Why a reference did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid reference {text:?}: {reason} (expected vault:PATH#KEY or vault:PATH#KEY#VERSION)")]
pub struct RefError {
    text: String,
    reason: &'static str,
}

impl Ref {
    /// True when `text` looks like a reference (starts with `vault:`).
    pub fn is_ref(text: &str) -> bool {
        text.starts_with(PREFIX)
    }

    /// Parses a reference; `whole_allowed` accepts `vault:PATH` without `#KEY`.
    pub fn parse(text: &str, whole_allowed: bool) -> Result<Ref, RefError> {
        let err = |reason| RefError {
            text: text.to_string(),
            reason,
        };
        let body = text
            .strip_prefix(PREFIX)
            .ok_or_else(|| err("it does not start with vault:"))?;
        let mut parts = body.split('#');
        let path = parts
            .next()
            .unwrap_or_default()
            .trim_matches('/')
            .to_string();
        if path.is_empty() {
            return Err(err("the path is empty"));
        }
        let key = match parts.next() {
            Some("") => return Err(err("the key is empty")),
            Some(k) => Some(k.to_string()),
            None if whole_allowed => None,
            None => return Err(err("the #KEY is missing")),
        };
        let version = match parts.next() {
            None => None,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if n > 0 => Some(n),
                _ => return Err(err("the version is not a positive whole number")),
            },
        };
        if parts.next().is_some() {
            return Err(err("too many #"));
        }
        Ok(Ref { path, key, version })
    }
}

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}{}", self.path)?;
        if let Some(k) = &self.key {
            write!(f, "#{k}")?;
        }
        if let Some(v) = self.version {
            write!(f, "#{v}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        let r = Ref::parse("vault:database/creds/app#username", false).expect("parses");
        assert_eq!(
            (r.path.as_str(), r.key.as_deref(), r.version),
            ("database/creds/app", Some("username"), None)
        );
        let r = Ref::parse("vault:secret/myapp#api_key#3", false).expect("parses");
        assert_eq!(r.version, Some(3));
        assert_eq!(r.to_string(), "vault:secret/myapp#api_key#3");
        let whole = Ref::parse("vault:secret/myapp", true).expect("parses");
        assert_eq!(whole.key, None);
    }

    #[test]
    fn rejects_malformed_references() {
        for (bad, reason) in [
            ("secret/x#k", "does not start with vault:"),
            ("vault:#k", "path is empty"),
            ("vault:secret/x", "#KEY is missing"),
            ("vault:secret/x#", "key is empty"),
            (
                "vault:secret/x#k#latest",
                "version is not a positive whole number",
            ),
            (
                "vault:secret/x#k#0",
                "version is not a positive whole number",
            ),
            ("vault:secret/x#k#1#2", "too many #"),
        ] {
            let e = Ref::parse(bad, false).expect_err(bad);
            assert!(e.to_string().contains(reason), "{bad}: {e}");
        }
    }
}
