//! Typed errors of the Vault client: what was asked (method and path), what Vault said
//! (status and its `errors` array) or why no answer came. Every message is one line and
//! never holds a token or a secret value.

use std::fmt;

/// What went wrong talking to Vault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Vault answered with an error status.
    #[error("{request}: {status}{}", fmt_errors(.errors))]
    Api {
        /// Method and path of the request.
        request: RequestLine,
        /// HTTP status code.
        status: u16,
        /// Vault's `errors` array (may be empty).
        errors: Vec<String>,
    },
    /// No answer: connection refused, reset, timed out, DNS, proxy.
    #[error("{request}: cannot reach Vault at {address}: {reason}{}", fmt_attempts(*.attempts))]
    Unreachable {
        /// Method and path of the request.
        request: RequestLine,
        /// The address that did not answer.
        address: String,
        /// What the network layer said.
        reason: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The TLS handshake failed: an untrusted or mismatched certificate.
    #[error("{request}: TLS handshake with {address} failed: {reason}{hint}")]
    Tls {
        /// Method and path of the request.
        request: RequestLine,
        /// The address.
        address: String,
        /// What rustls said.
        reason: String,
        /// How to fix it, if we know.
        hint: &'static str,
    },
    /// The response body was larger than the cap.
    #[error("{request}: response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// Method and path of the request.
        request: RequestLine,
        /// The cap in bytes.
        limit: u64,
    },
    /// The response body was not the JSON we expected.
    #[error("{request}: malformed response from Vault: {reason}")]
    Decode {
        /// Method and path of the request.
        request: RequestLine,
        /// What did not parse.
        reason: String,
    },
    /// A redirect we will not follow.
    #[error("{request}: refused redirect to {location}: {reason}")]
    Redirect {
        /// Method and path of the request.
        request: RequestLine,
        /// Where Vault pointed us.
        location: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// Nothing is stored at a path Vault was asked to read or list.
    #[error("No value found at {path}{detail}")]
    NotFound {
        /// The API path below `/v1/`, as the vault CLI names it.
        path: String,
        /// More about why, or empty: `: version 3 is deleted`.
        detail: String,
    },
    /// An operation the engine at this path does not offer, such as versions on KV
    /// version 1: the request itself is wrong, so it is a local error.
    #[error("{0}")]
    Unsupported(String),
    /// The client configuration itself is wrong (address, certificate files).
    #[error("{0}")]
    Config(String),
}

impl Error {
    /// The HTTP status, when Vault answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// True for a 404, and for nothing stored at a path.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404) || matches!(self, Error::NotFound { .. })
    }

    /// "No value found at PATH".
    pub fn not_found(path: impl Into<String>) -> Error {
        Error::NotFound {
            path: path.into(),
            detail: String::new(),
        }
    }

    /// True when the fault is in what the user gave us (address, files, an operation
    /// the engine does not offer) rather than in Vault or the network: exit 1, not 2.
    pub fn is_local(&self) -> bool {
        matches!(self, Error::Config(_) | Error::Unsupported(_))
    }

    /// True for faults that may pass: the network, 412, 429, 5xx except 501, sealed.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Unreachable { .. } => true,
            Error::Api { status, .. } => is_retryable_status(*status),
            _ => false,
        }
    }
}

/// Statuses that are retried: 412 (eventual consistency), 429, 5xx except 501.
pub fn is_retryable_status(status: u16) -> bool {
    status == 412 || status == 429 || (500..=599).contains(&status) && status != 501
}

/// Method and path of a request, for messages: `GET /v1/sys/seal-status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    /// HTTP method.
    pub method: &'static str,
    /// Path below the address, query string left out.
    pub path: String,
}

impl fmt::Display for RequestLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

fn fmt_errors(errors: &[String]) -> String {
    let joined: Vec<String> = errors
        .iter()
        .map(|e| e.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|e| !e.is_empty())
        .collect();
    if joined.is_empty() {
        String::new()
    } else {
        format!(": {}", joined.join("; "))
    }
}

fn fmt_attempts(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line() -> RequestLine {
        RequestLine {
            method: "GET",
            path: "/v1/secret/data/x".into(),
        }
    }

    #[test]
    fn api_errors_read_as_one_line() {
        let e = Error::Api {
            request: line(),
            status: 403,
            errors: vec!["1 error occurred:\n\t* permission denied\n\n".into()],
        };
        assert_eq!(
            e.to_string(),
            "GET /v1/secret/data/x: 403: 1 error occurred: * permission denied"
        );
        assert!(!e.is_transient());
    }

    #[test]
    fn retry_policy_matches_the_contract() {
        for s in [412, 429, 500, 502, 503, 504] {
            assert!(is_retryable_status(s), "{s}");
        }
        for s in [200, 307, 400, 403, 404, 501] {
            assert!(!is_retryable_status(s), "{s}");
        }
    }
}
