//! References to secrets: `vault:PATH#KEY` or `vault:PATH#KEY#VERSION` (a KV v2 version
//! pin); `vault:PATH` alone means the whole secret (for `--file` and templates).
//!
//! An issued reference, `vault:PATH?NAME=VALUE&NAME=VALUE#KEY`, is a write: PATH is
//! written with the parameters (values percent-decoded as in RFC 3986, so `+` stays `+`;
//! a value `@FILE` names a file whose bytes are sent) and the response's data is the
//! secret: `vault:pki/issue/web?common_name=app.internal&ttl=1h#certificate`.
//!
//! Parameter values may be secrets (transit's `plaintext`), so a reference prints the
//! parameter names only; [`Ref::canonical`] gives the whole text.

use std::fmt;

/// A parsed reference.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref {
    /// The path as a user types it: `secret/myapp`, `database/creds/app`.
    pub path: String,
    /// The parameters of an issued reference, in the order given; `None` for a read.
    pub issue: Option<Vec<(String, String)>>,
    /// The key within the secret; `None` for the whole secret.
    pub key: Option<String>,
    /// A KV v2 version pin.
    pub version: Option<u64>,
}

/// The prefix that marks a reference.
pub const PREFIX: &str = "vault:";

/// Why a reference did not parse. The text is shown up to its parameters only.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid reference{text}: {reason} (expected vault:PATH#KEY, vault:PATH#KEY#VERSION or vault:PATH?NAME=VALUE#KEY)"
)]
pub struct RefError {
    text: String,
    reason: String,
}

impl Ref {
    /// True when `text` looks like a reference (starts with `vault:`).
    pub fn is_ref(text: &str) -> bool {
        text.starts_with(PREFIX)
    }

    /// Parses a reference; `whole_allowed` accepts `vault:PATH` without `#KEY`.
    pub fn parse(text: &str, whole_allowed: bool) -> Result<Ref, RefError> {
        // Parameter values may be secrets, and so may a value that is no reference at
        // all: an error shows a reference's text up to its parameters, and nothing else.
        let shown = match text.split_once('?') {
            _ if !Ref::is_ref(text) => String::new(),
            Some((head, _)) => format!(" {:?}", format!("{head}?...")),
            None => format!(" {text:?}"),
        };
        let err = |reason: &str| RefError {
            text: shown.clone(),
            reason: reason.to_string(),
        };
        let body = text
            .strip_prefix(PREFIX)
            .ok_or_else(|| err("it does not start with vault:"))?;
        let mut parts = body.split('#');
        let head = parts.next().unwrap_or_default();
        let (path, issue) = match head.split_once('?') {
            Some((path, query)) => (path, Some(parse_query(query).map_err(|r| err(&r))?)),
            None => (head, None),
        };
        let path = path.trim_matches('/').to_string();
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
        if issue.is_some() && version.is_some() {
            return Err(err("an issued reference (with ?) cannot pin a version"));
        }
        Ok(Ref {
            path,
            issue,
            key,
            version,
        })
    }

    /// The whole reference as text, parameter values percent-encoded: it parses back to
    /// the same reference. Not for logs (values may be secrets).
    pub fn canonical(&self) -> String {
        let mut out = format!("{PREFIX}{}", self.path);
        if let Some(params) = &self.issue {
            out.push('?');
            let pairs: Vec<String> = params
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            out.push_str(&pairs.join("&"));
        }
        self.push_tail(&mut out);
        out
    }

    fn push_tail(&self, out: &mut String) {
        if let Some(k) = &self.key {
            out.push('#');
            out.push_str(k);
        }
        if let Some(v) = self.version {
            out.push_str(&format!("#{v}"));
        }
    }
}

/// `NAME=VALUE&NAME=VALUE`, percent-decoded; a name given twice is an error.
fn parse_query(query: &str) -> Result<Vec<(String, String)>, String> {
    let mut params: Vec<(String, String)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = decode(name).ok_or("a parameter name is not valid percent-encoded UTF-8")?;
        let value = decode(value)
            .ok_or_else(|| format!("the value of {name} is not valid percent-encoded UTF-8"))?;
        if name.is_empty() {
            return Err("a parameter has no name".into());
        }
        if params.iter().any(|(n, _)| *n == name) {
            return Err(format!("the parameter {name} is given twice"));
        }
        params.push((name, value));
    }
    Ok(params)
}

/// Percent-decodes `text` (RFC 3986: `+` is a plus); `None` when malformed or not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes every byte outside `A-Z a-z 0-9 - . _ ~` (RFC 3986 unreserved).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = format!("{PREFIX}{}", self.path);
        if let Some(params) = &self.issue {
            let names: Vec<&str> = params.iter().map(|(k, _)| k.as_str()).collect();
            out.push('?');
            out.push_str(&names.join("&"));
        }
        self.push_tail(&mut out);
        f.write_str(&out)
    }
}

impl fmt::Debug for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
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
    fn issued_references_decode_their_parameters_and_hide_them_in_print() {
        let r = Ref::parse(
            "vault:pki/issue/web?common_name=app.internal&alt_names=a%2Cb+c&ttl=1h#certificate",
            false,
        )
        .expect("parses");
        assert_eq!(r.path, "pki/issue/web");
        let params = r.issue.clone().expect("issued");
        assert_eq!(params[1], ("alt_names".into(), "a,b+c".into()));
        assert_eq!(
            r.to_string(),
            "vault:pki/issue/web?common_name&alt_names&ttl#certificate"
        );
        assert_eq!(Ref::parse(&r.canonical(), false), Ok(r));
        let secret = Ref::parse(
            "vault:transit/encrypt/k?plaintext=c2VjcmV0#ciphertext",
            false,
        )
        .expect("parses");
        assert!(!format!("{secret} {secret:?}").contains("c2VjcmV0"));
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
            ("vault:pki/issue/x?a=1&a=2#k", "given twice"),
            ("vault:pki/issue/x?a=%zz#k", "percent-encoded"),
            ("vault:pki/issue/x?a=1#k#2", "cannot pin a version"),
        ] {
            let e = Ref::parse(bad, false).expect_err(bad);
            assert!(e.to_string().contains(reason), "{bad}: {e}");
        }
        let e =
            Ref::parse("vault:transit/encrypt/k?plaintext=%zzsecret#c", false).expect_err("bad");
        assert!(!e.to_string().contains("secret#c"), "{e}");
        let e = Ref::parse("hunter2", false).expect_err("no reference");
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }
}
