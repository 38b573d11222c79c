//! The wire details of the transport: percent-encoding of paths and queries, Vault's
//! `errors` array, `Retry-After`, JSON decoding with the request named, and words for
//! network and TLS failures. Free functions, no state.

use super::error::{Error, RequestLine};
use serde::de::DeserializeOwned;
use std::time::Duration;
use ureq::http::{self, Method};

pub(super) fn tls_hint(reason: &str) -> &'static str {
    if reason.contains("UnknownIssuer") || reason.contains("unknown issuer") {
        " (the server certificate is not signed by a trusted CA: pass the CA with --ca-cert or VAULT_CACERT)"
    } else if reason.contains("NotValidForName") || reason.contains("not valid for name") {
        " (the certificate does not name this host: check the address or set --tls-server-name)"
    } else {
        ""
    }
}

pub(super) fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
            std::io::ErrorKind::ConnectionReset => "connection reset".into(),
            std::io::ErrorKind::UnexpectedEof => "connection closed before a full answer".into(),
            std::io::ErrorKind::TimedOut => "timed out".into(),
            _ => io.to_string(),
        },
        ureq::Error::Timeout(_) => "timed out".into(),
        other => other.to_string(),
    }
}

pub(super) fn method_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::HEAD => "HEAD",
        _ if method.as_str() == "SCAN" => "SCAN",
        _ => "REQUEST",
    }
}

pub(super) fn decode<T: DeserializeOwned>(
    body: &[u8],
    method: &'static str,
    path: &str,
) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| Error::Decode {
        request: RequestLine {
            method,
            path: format!("/v1/{}", path.trim_start_matches('/')),
        },
        reason: e.to_string(),
    })
}

/// Vault's `{"errors": [...]}`; a body that is not that gives no messages.
pub(super) fn vault_errors(body: &[u8]) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Errors {
        #[serde(default)]
        errors: Vec<String>,
    }
    serde_json::from_slice::<Errors>(body)
        .map(|e| e.errors)
        .unwrap_or_default()
}

/// `Retry-After` in seconds (the HTTP-date form is not used by Vault and is ignored).
pub(super) fn retry_after(response: &http::Response<ureq::Body>) -> Option<Duration> {
    let value = response.headers().get("retry-after")?.to_str().ok()?;
    let secs: u64 = value.trim().parse().ok()?;
    Some(Duration::from_secs(secs.min(300)))
}

/// Percent-encodes a path, keeping `/` and the unreserved characters.
pub(super) fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(super) fn encode_query(query: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = query
        .iter()
        .map(|(k, v)| format!("{}={}", encode_path(k), encode_path(v).replace('/', "%2F")))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Where a 307 from a standby points, refused when it is not http(s) or would go from
/// https to plain http (the token would travel in clear).
pub(super) fn redirect_target(
    current: &str,
    response: &http::Response<ureq::Body>,
    line: &RequestLine,
) -> Result<String, Error> {
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let refuse = |reason| Error::Redirect {
        request: line.clone(),
        location: location.clone(),
        reason,
    };
    if location.is_empty() {
        return Err(refuse("the 307 had no Location header"));
    }
    let target = if location.starts_with('/') {
        format!("{}{}", origin(current), location)
    } else {
        location.clone()
    };
    // Schemes are case-insensitive: `HTTPS://` is https, and its token must not follow
    // a redirect to `http://` either.
    if has_scheme(current, "https") && !has_scheme(&target, "https") {
        return Err(refuse(
            "a redirect from https to plain http would expose the token",
        ));
    }
    if !has_scheme(&target, "https") && !has_scheme(&target, "http") {
        return Err(refuse("not an http(s) URL"));
    }
    Ok(target)
}

/// True when `url` starts with `scheme://`, in any case.
fn has_scheme(url: &str, scheme: &str) -> bool {
    url.split_once("://")
        .is_some_and(|(s, _)| s.eq_ignore_ascii_case(scheme))
}

/// The scheme and authority of a URL: `http://host:port`.
pub(super) fn origin(url: &str) -> &str {
    let end = url
        .find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(url.len());
    &url[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_compare_in_any_case() {
        assert!(has_scheme("HTTPS://vault:8200/v1/x", "https"));
        assert!(has_scheme("https://vault", "https"));
        assert!(!has_scheme("http://vault", "https"));
        assert!(!has_scheme("vault:8200", "http"));
    }

    #[test]
    fn origin_is_scheme_and_authority() {
        assert_eq!(
            origin("http://127.0.0.1:8200/v1/sys/health"),
            "http://127.0.0.1:8200"
        );
        assert_eq!(origin("https://vault"), "https://vault");
    }

    #[test]
    fn paths_are_percent_encoded_but_keep_slashes() {
        assert_eq!(
            encode_path("/v1/secret/data/my app"),
            "/v1/secret/data/my%20app"
        );
        assert_eq!(encode_path("/v1/a/b?c#d"), "/v1/a/b%3Fc%23d");
        assert_eq!(encode_query(&[("list", "true")]), "?list=true");
    }
}
