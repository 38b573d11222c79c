//! The exchange with Vault for one call: sending with retries (full-jitter backoff,
//! `Retry-After`, a quick catch-up for a standby behind the storage index), following one
//! standby redirect by hand, remembering the index of writes, and turning failures into
//! [`Error`]s that name the request. A child of [`super`], so it shares the client's
//! private state.

use super::*;

impl Client {
    /// Sends one request with retries and the standby redirect; a status of 400 or more
    /// is an [`Error::Api`]. The building block of every call.
    pub fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Body<'_>>,
    ) -> Result<RawResponse, Error> {
        let (raw, line) = self.exchange(&method, path, query, body)?;
        check(raw, &line)
    }

    /// What [`Client::send`] does, except that the final answer is returned whatever its
    /// status, with the request line for messages.
    pub(super) fn exchange(
        &self,
        method: &Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Body<'_>>,
    ) -> Result<(RawResponse, RequestLine), Error> {
        let line = RequestLine {
            method: method_name(method),
            path: format!("/v1/{}", path.trim_start_matches('/')),
        };
        let mut url = format!(
            "{}{}{}",
            self.base,
            encode_path(&line.path),
            encode_query(query)
        );
        let first = url.clone();
        let mut redirected = false;
        let mut attempt = 0;
        let mut quick = 0;
        loop {
            let started = Instant::now();
            let outcome = self.attempt(method, &url, body);
            // Errors name the server that failed: the standby's target after a redirect.
            let address = if redirected {
                origin(&url)
            } else {
                &self.config.address
            };
            let wait = match outcome {
                Ok(response) => {
                    let status = response.status().as_u16();
                    crate::debug!("{line} -> {status} ({} ms)", started.elapsed().as_millis());
                    // Reads (GET, and SCAN, which lists) change nothing to wait for.
                    if *method != Method::GET && method.as_str() != "SCAN" {
                        self.remember_index(&response);
                    }
                    if status == 307 && !redirected {
                        url = redirect_target(&url, &response, &line)?;
                        redirected = true;
                        crate::info!("{line}: following a redirect from a standby to {url}");
                        continue;
                    }
                    if let Some(wait) = self.caught_up_wait(status, &mut quick) {
                        crate::debug!("{line}: the standby has not caught up; retrying");
                        std::thread::sleep(wait);
                        url.clone_from(&first);
                        redirected = false;
                        continue;
                    }
                    let backoff = self.backoff(attempt);
                    let wait = retry_after(&response).map_or(backoff, |ra| ra.max(backoff));
                    if is_retryable_status(status)
                        && attempt < self.config.max_retries
                        && self.in_time(wait)
                    {
                        crate::info!(
                            "{line}: Vault answered {status}; retrying in {} ms",
                            wait.as_millis()
                        );
                        wait
                    } else {
                        match self.finish(response, &line, attempt + 1, address) {
                            Ok(raw) => return Ok((raw, line)),
                            // An answer that broke off is a failed attempt, but only a
                            // read may be sent again: a write may have been carried out.
                            Err(e) if *method == Method::GET => {
                                self.retry_wait(e, &line, attempt)?
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
                Err(e) => {
                    let error = self.transport_error(e, &line, attempt + 1, address);
                    self.retry_wait(error, &line, attempt)?
                }
            };
            if !crate::stop::sleep(wait) {
                return Err(Error::Unreachable {
                    request: line,
                    address: self.config.address.clone(),
                    reason: "not retried: vaultctl is stopping".into(),
                    attempts: attempt + 1,
                });
            }
            attempt += 1;
            // A redirect holds for one attempt: by the next, the standby may know a new
            // active node (the old one may be what just failed).
            url.clone_from(&first);
            redirected = false;
        }
    }

    /// After failed attempt number `attempt` (0-based): how long to wait before the
    /// next, or the error when it is final (not transient, or no retries left).
    fn retry_wait(
        &self,
        error: Error,
        line: &RequestLine,
        attempt: u32,
    ) -> Result<Duration, Error> {
        let wait = self.backoff(attempt);
        if !error.is_transient() || attempt >= self.config.max_retries || !self.in_time(wait) {
            return Err(error);
        }
        let reason = match &error {
            Error::Unreachable { reason, .. } => reason.as_str(),
            _ => "failed",
        };
        crate::info!(
            "{line}: attempt {} of {} failed ({reason}); retrying in {} ms",
            attempt + 1,
            self.config.max_retries + 1,
            wait.as_millis()
        );
        Ok(wait)
    }

    fn attempt(
        &self,
        method: &Method,
        url: &str,
        body: Option<Body<'_>>,
    ) -> Result<http::Response<ureq::Body>, ureq::Error> {
        let mut builder = http::Request::builder()
            .method(method.clone())
            .uri(url)
            .header("X-Vault-Request", "true");
        if let Some(ns) = self.config.namespace.as_deref().filter(|ns| !ns.is_empty()) {
            builder = builder.header("X-Vault-Namespace", ns);
        }
        if let Some(token) = self.token() {
            builder = builder.header("X-Vault-Token", token.expose());
        }
        if let Some(index) = self.index.current() {
            // Read your writes on a cluster whose standbys serve reads: an OpenBao standby
            // that has not caught up is asked to forward the request to the active node;
            // Vault Enterprise's answers 412, retried quickly (see `consistency`).
            for value in consistency::inconsistent_values(&index) {
                builder = builder.header("X-Vault-Inconsistent", *value);
            }
            builder = builder.header("X-Vault-Index", index);
        }
        match body {
            Some(body) => {
                let request = builder
                    .header("Content-Type", body.content_type)
                    .body(body.bytes)?;
                self.agent.run(request)
            }
            None => self.agent.run(builder.body(())?),
        }
    }

    /// Keeps the storage index a write was answered with (OpenBao 2.7 and Vault
    /// Enterprise send one; other servers none).
    fn remember_index<B>(&self, response: &http::Response<B>) {
        if let Some(text) = response
            .headers()
            .get("X-Vault-Index")
            .and_then(|v| v.to_str().ok())
        {
            self.index.remember(text);
        }
    }

    /// A standby that has not applied the index sent answers 412 (Vault Enterprise):
    /// the first few retries come quickly, without counting against `max_retries`.
    fn caught_up_wait(&self, status: u16, quick: &mut u32) -> Option<Duration> {
        if status != 412 || self.index.current().is_none() {
            return None;
        }
        let wait = consistency::quick_retry(*quick)?;
        *quick += 1;
        Some(wait)
    }

    fn backoff(&self, attempt: u32) -> Duration {
        crate::jitter::backoff(attempt, self.config.retry_base, self.config.retry_cap)
    }

    /// Reads the body of the answer to attempt number `attempts` (1-based) from the
    /// server at `address`.
    fn finish(
        &self,
        mut response: http::Response<ureq::Body>,
        line: &RequestLine,
        attempts: u32,
        address: &str,
    ) -> Result<RawResponse, Error> {
        let status = response.status().as_u16();
        let limit = self.config.max_response_bytes;
        let body = response
            .body_mut()
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => Error::BodyTooLarge {
                    request: line.clone(),
                    limit,
                },
                other => self.transport_error(other, line, attempts, address),
            })?;
        Ok(RawResponse { status, body })
    }

    fn transport_error(
        &self,
        e: ureq::Error,
        line: &RequestLine,
        attempts: u32,
        address: &str,
    ) -> Error {
        let address = address.to_string();
        let request = line.clone();
        match e {
            ureq::Error::Rustls(err) => Error::Tls {
                request,
                address,
                reason: err.to_string(),
                hint: tls_hint(&err.to_string()),
            },
            ureq::Error::Tls(reason) => Error::Tls {
                request,
                address,
                reason: reason.to_string(),
                hint: "",
            },
            ureq::Error::Io(io)
                if io
                    .get_ref()
                    .is_some_and(|inner| inner.to_string().contains("certificate")) =>
            {
                let reason = io.to_string();
                Error::Tls {
                    request,
                    address,
                    hint: tls_hint(&reason),
                    reason,
                }
            }
            ureq::Error::BadUri(uri) => Error::Config(format!("invalid request URL {uri:?}")),
            other => Error::Unreachable {
                request,
                address,
                reason: describe(&other),
                attempts,
            },
        }
    }
}

/// A status of 400 or more is an [`Error::Api`] with Vault's messages.
pub(super) fn check(raw: RawResponse, line: &RequestLine) -> Result<RawResponse, Error> {
    if raw.status >= 400 {
        return Err(Error::Api {
            request: line.clone(),
            status: raw.status,
            errors: vault_errors(&raw.body),
        });
    }
    Ok(raw)
}
