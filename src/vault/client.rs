//! The transport: one HTTP client for every Vault call.
//!
//! It adds the headers Vault expects (`X-Vault-Request`, `X-Vault-Token`,
//! `X-Vault-Namespace`), retries what may pass (connection errors, an answer to a read
//! that breaks off, 412, 429, 5xx except 501) with exponential backoff and full jitter
//! honouring `Retry-After`, follows one 307
//! from a standby by hand with the same method, body and token (never https → http),
//! sends the storage index of its last write back with later requests (read your writes
//! on standbys that serve reads; see [`super::consistency`]), caps response bodies, and
//! turns failures into [`Error`]s that name the request.
//! It reads no environment variables and knows nothing of the command line.

use super::consistency::{self, Index, IndexStore};
use super::error::{Error, RequestLine, is_retryable_status};
use super::resolver::Resolve;
use super::response::Response;
use super::tls::{self, TlsOptions};
use super::wire::{
    decode, describe, encode_path, encode_query, method_name, origin, redirect_target, retry_after,
    tls_hint, vault_errors,
};
use crate::redacted::Secret;
use serde::de::DeserializeOwned;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use ureq::http::{self, Method, Uri};

mod transport;

use transport::check;

/// Size of the transport's input and output buffers.
const IO_BUFFER_BYTES: usize = 16 * 1024;

/// Default cap on a response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 * 1024 * 1024;

/// Everything the transport needs to know, resolved by the caller.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `https://host:port` of the Vault server.
    pub address: String,
    /// Namespace sent as `X-Vault-Namespace`.
    pub namespace: Option<String>,
    /// TLS options.
    pub tls: TlsOptions,
    /// Timeout of one attempt of a request.
    pub timeout: Duration,
    /// How many times a failed request is retried.
    pub max_retries: u32,
    /// First backoff ceiling; doubles each retry.
    pub retry_base: Duration,
    /// Largest backoff between two attempts.
    pub retry_cap: Duration,
    /// Proxy URL (`VAULT_HTTP_PROXY`); `None` uses `HTTP(S)_PROXY`/`NO_PROXY`.
    pub proxy: Option<String>,
    /// Cap on a response body in bytes.
    pub max_response_bytes: u64,
    /// Where the storage index of a write is kept for later processes (read your
    /// writes across processes); `None` keeps it in memory only.
    pub index_store: Option<Arc<dyn IndexStore>>,
}

impl ClientConfig {
    /// A configuration with the defaults of the vault CLI for `address`.
    pub fn new(address: impl Into<String>) -> Self {
        ClientConfig {
            address: address.into(),
            namespace: None,
            tls: TlsOptions::default(),
            timeout: Duration::from_secs(60),
            max_retries: 2,
            retry_base: Duration::from_millis(500),
            retry_cap: Duration::from_secs(30),
            proxy: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            index_store: None,
        }
    }
}

/// A Vault client; cheap to clone. Clones share the connection pool and the token, so
/// a token renewed or replaced by the lifecycle is what every clone sends next.
#[derive(Debug, Clone)]
pub struct Client {
    agent: ureq::Agent,
    config: ClientConfig,
    /// Scheme and authority used in request URLs (the TLS server name, if set).
    base: String,
    token: Arc<RwLock<Option<Secret>>>,
    /// The level Vault's response warnings are logged at.
    warnings: crate::log::Level,
    /// The storage index of this client's last write (`X-Vault-Index`), or of a recent
    /// write of an earlier process, sent back with every later request so that a
    /// standby serves them only once it has caught up.
    index: Arc<Index>,
    /// No retry wait may end past this instant: the answer so far is returned instead
    /// (start-up, bounded by `--retry-timeout`).
    deadline: Option<Instant>,
}

/// A request body and its media type.
#[derive(Debug, Clone, Copy)]
pub struct Body<'a> {
    /// The bytes sent.
    pub bytes: &'a [u8],
    /// The `Content-Type` header.
    pub content_type: &'a str,
}

impl<'a> Body<'a> {
    /// A JSON body (`application/json`).
    pub fn json(bytes: &'a [u8]) -> Self {
        Body {
            bytes,
            content_type: "application/json",
        }
    }
}

/// An answer of Vault: its status and body.
#[derive(Debug)]
pub struct RawResponse {
    /// HTTP status code.
    pub status: u16,
    /// Body bytes (at most the configured cap).
    pub body: Vec<u8>,
}

impl Client {
    /// Builds the client; fails when the address or a certificate file is unusable.
    pub fn new(config: ClientConfig) -> Result<Client, Error> {
        let address = config.address.trim_end_matches('/').to_string();
        let uri: Uri = address
            .parse()
            .map_err(|_| Error::Config(format!("invalid Vault address {address:?}")))?;
        let scheme = uri.scheme_str().unwrap_or("");
        if scheme != "http" && scheme != "https" || uri.host().is_none() {
            return Err(Error::Config(format!(
                "invalid Vault address {address:?}: expected http://HOST[:PORT] or https://HOST[:PORT]"
            )));
        }
        let mut builder = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            // OpenBao's recursive listing is the SCAN method.
            .allow_non_standard_methods(true)
            .timeout_global(Some(config.timeout))
            // ureq zero-fills 128 KiB buffers each way per connection: 64 page faults,
            // a good share of a short command's run time. Vault's headers are small, and
            // bodies stream through the buffers in pieces.
            .input_buffer_size(IO_BUFFER_BYTES)
            .output_buffer_size(IO_BUFFER_BYTES)
            .user_agent(concat!("vaultctl/", env!("CARGO_PKG_VERSION")))
            .tls_config(tls::build(&config.tls)?);
        if let Some(proxy) = &config.proxy {
            let proxy = ureq::Proxy::new(proxy)
                .map_err(|e| Error::Config(format!("invalid proxy URL {proxy:?}: {e}")))?;
            builder = builder.proxy(Some(proxy));
        }
        let agent_config = builder.build();
        let (resolve, base) = match (&config.tls.server_name, scheme) {
            (Some(name), "https") => {
                let port = uri.port_u16().unwrap_or(443);
                let base = format!("https://{name}:{port}");
                (Resolve::renaming(name.clone(), uri.clone()), base)
            }
            _ => (Resolve::default(), address.clone()),
        };
        let agent = ureq::Agent::with_parts(
            agent_config,
            ureq::unversioned::transport::DefaultConnector::default(),
            resolve,
        );
        let index = Arc::new(Index::new(config.index_store.clone()));
        let config = ClientConfig { address, ..config };
        Ok(Client {
            agent,
            config,
            base,
            token: Arc::default(),
            warnings: crate::log::Level::Warn,
            index,
            deadline: None,
        })
    }

    /// The configuration the client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Sets (or clears) the token sent with every request, by this client and its clones.
    pub fn set_token(&mut self, token: Option<Secret>) {
        self.replace_token(token);
    }

    /// As [`Client::set_token`], through a shared reference (for the token lifecycle).
    pub fn replace_token(&self, token: Option<Secret>) {
        // A poisoned lock only means a panic elsewhere; the value is still a token.
        let mut slot = self.token.write().unwrap_or_else(|e| e.into_inner());
        *slot = token;
    }

    /// The token in use, if any.
    pub fn token(&self) -> Option<Secret> {
        self.token.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The same client (sharing its token and index) whose retries stop at `deadline`:
    /// a retry whose wait would end past it is not made, and the last error is returned.
    /// A caller that retries until a deadline of its own so ends close to it.
    pub fn until(&self, deadline: Instant) -> Client {
        Client {
            deadline: Some(deadline),
            ..self.clone()
        }
    }

    /// True when waiting `wait` still ends before the deadline, if there is one.
    fn in_time(&self, wait: Duration) -> bool {
        !crate::stop::cancels_retries() && self.deadline.is_none_or(|d| Instant::now() + wait < d)
    }

    /// A client like this one that sends `token` instead, without changing this one's
    /// (to unwrap a response-wrapped value with its wrapping token, say).
    pub fn with_token(&self, token: Option<Secret>) -> Client {
        Client {
            token: Arc::new(RwLock::new(token)),
            ..self.clone()
        }
    }

    /// The same client (sharing its token and index) logging Vault's response warnings
    /// at debug level: for background renewals, which log their own state (Vault repeats
    /// "TTL exceeded the effective max_ttl" at every capped renewal).
    pub fn with_warnings_at_debug(&self) -> Client {
        Client {
            warnings: crate::log::Level::Debug,
            ..self.clone()
        }
    }

    /// GET `/v1/PATH` and decode the JSON body as it is (no envelope).
    pub fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, Error> {
        let raw = self.send(Method::GET, path, &[], None)?;
        decode(&raw.body, "GET", path)
    }

    /// A logical read: GET `/v1/PATH`, decoded with its envelope.
    pub fn read<T: DeserializeOwned>(&self, path: &str) -> Result<Response<T>, Error> {
        let raw = self.send(Method::GET, path, &[], None)?;
        self.envelope(&raw.body, "GET", path)
    }

    /// A logical read that keeps `data` as JSON, as the vault CLI shows it. A 404 or an
    /// empty answer is `Ok(None)`, unless its body carries data or warnings: KV v2 answers a deleted
    /// version with a 404 and the version's metadata, which is worth showing.
    pub fn read_value(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<Option<Response<serde_json::Value>>, Error> {
        let (raw, line) = self.exchange(&Method::GET, path, query, None)?;
        if raw.status != 404 {
            let raw = check(raw, &line)?;
            if raw.body.iter().all(u8::is_ascii_whitespace) {
                return Ok(None);
            }
            return self.envelope(&raw.body, "GET", path).map(Some);
        }
        let found: Option<Response<serde_json::Value>> = serde_json::from_slice(&raw.body).ok();
        let found = found.filter(|r| {
            let data = r.data.as_ref().is_some_and(|d| !d.is_null());
            data || r.warnings.as_ref().is_some_and(|w| !w.is_empty())
        });
        for warning in found.iter().flat_map(|r| r.warnings.iter().flatten()) {
            crate::log::write(self.warnings, format_args!("Vault: {warning}"));
        }
        Ok(found)
    }

    /// A SCAN (OpenBao 2.2+): every key below `path` at any depth, relative to it, in
    /// one answer. Sent as the `SCAN` method, which a server without the operation
    /// refuses (405) rather than taking as a read, as it would `GET ?scan=true`.
    pub fn scan<T: DeserializeOwned>(&self, path: &str) -> Result<Response<T>, Error> {
        let method = Method::from_bytes(b"SCAN")
            .map_err(|e| Error::Config(format!("cannot build a SCAN request: {e}")))?;
        let raw = self.send(method, path, &[], None)?;
        self.envelope(&raw.body, "SCAN", path)
    }

    /// A LIST as `GET ?list=true`.
    pub fn list<T: DeserializeOwned>(&self, path: &str) -> Result<Response<T>, Error> {
        let raw = self.send(Method::GET, path, &[("list", "true")], None)?;
        self.envelope(&raw.body, "LIST", path)
    }

    /// A write (POST) with a JSON body; an empty 204 answer gives `Ok(None)`.
    pub fn write<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> Result<Option<Response<T>>, Error> {
        self.write_as(Method::POST, path, body, "application/json")
    }

    /// A PATCH with a JSON body of the given media type (KV v2 takes
    /// `application/merge-patch+json`); an empty 204 answer gives `Ok(None)`.
    pub fn patch<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &serde_json::Value,
        content_type: &str,
    ) -> Result<Option<Response<T>>, Error> {
        self.write_as(Method::PATCH, path, body, content_type)
    }

    fn write_as<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &serde_json::Value,
        content_type: &str,
    ) -> Result<Option<Response<T>>, Error> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::Config(format!("cannot encode request body: {e}")))?;
        let name = method_name(&method);
        let body = Body {
            bytes: &bytes,
            content_type,
        };
        let raw = self.send(method, path, &[], Some(body))?;
        if raw.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        self.envelope(&raw.body, name, path).map(Some)
    }

    /// A DELETE.
    pub fn delete(&self, path: &str) -> Result<(), Error> {
        self.send(Method::DELETE, path, &[], None).map(|_| ())
    }

    fn envelope<T: DeserializeOwned>(
        &self,
        body: &[u8],
        method: &'static str,
        path: &str,
    ) -> Result<Response<T>, Error> {
        let response: Response<T> = decode(body, method, path)?;
        for warning in response.warnings.iter().flatten() {
            crate::log::write(self.warnings, format_args!("Vault: {warning}"));
        }
        Ok(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_addresses_are_config_errors() {
        for bad in ["127.0.0.1:8200", "ftp://vault", "http://", "not a url"] {
            let e = Client::new(ClientConfig::new(bad)).expect_err(bad);
            assert!(e.is_local(), "{bad}: {e}");
            assert!(e.to_string().contains("invalid"), "{e}");
        }
    }

    #[test]
    fn half_a_client_certificate_is_refused() {
        let mut config = ClientConfig::new("https://127.0.0.1:8200");
        config.tls.client_cert = Some("cert.pem".into());
        let e = Client::new(config).expect_err("half a pair");
        assert!(
            e.to_string().contains("--client-cert and --client-key"),
            "{e}"
        );
    }
}
