//! Fetching from Vault what the sources need: [`read_all`] reads each distinct
//! [`ReadKey`] once, concurrently (at most [`MAX_PARALLEL`] at a time); [`read_one`]
//! reads one path, or issues an issued reference (a write whose answer is the secret).
//! [`with_retry`] is the start-up retry: transient failures (unreachable, sealed, 429,
//! 5xx) are retried with capped exponential backoff and full jitter until a deadline; 403
//! and 404 fail at once. The engine comes from the mount: KV v2 is read through its
//! `data/` path, everything else (KV v1, database credentials, any engine) as a plain
//! read. What is read is put in the types of [`super::read`]; nothing here parses
//! sources or assembles.

use super::read::{Fetched, ReadFailure, ReadKey, Reads};
use crate::vault::kv::{Kv, Version};
use crate::vault::{Client, Error};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many reads run at once.
pub const MAX_PARALLEL: usize = 8;

/// Runs `op` until it succeeds, fails for good, or `deadline` passes.
pub fn with_retry<T>(
    deadline: Instant,
    what: &str,
    mut op: impl FnMut() -> Result<T, Error>,
) -> Result<T, Error> {
    let mut attempt = 0;
    loop {
        match op() {
            Err(e)
                if e.is_transient()
                    && Instant::now() < deadline
                    && !crate::stop::cancels_retries() =>
            {
                let left = deadline.saturating_duration_since(Instant::now());
                let wait = crate::jitter::backoff(
                    attempt,
                    Duration::from_millis(500),
                    Duration::from_secs(10),
                )
                .min(left);
                crate::warn!("{what}: {e}; retrying in {:.1}s", wait.as_secs_f64());
                crate::stop::sleep(wait);
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// Reads every path once; the results by read. A stop during start-up (a terminating
/// signal) starts no new read and returns at once with the reads that finished, so that
/// their leases can be revoked while a read held up by a server that does not answer is
/// left behind.
pub fn read_all(client: &Client, reads: &BTreeSet<ReadKey>, deadline: Instant) -> Reads {
    use std::sync::{Arc, mpsc};
    // The workers outlive this call when a stop leaves one behind, so they share a client
    // and a mount cache of their own; this runs once per start.
    let client: &'static Client = Box::leak(Box::new(client.clone()));
    let kv: &'static Kv<'static> = Box::leak(Box::new(Kv::new(client)));
    let results = Arc::new(Mutex::new(Reads::new()));
    let queue: Arc<Mutex<Vec<ReadKey>>> =
        Arc::new(Mutex::new(reads.iter().rev().cloned().collect()));
    let (done, finished) = mpsc::channel::<()>();
    let workers = reads.len().clamp(1, MAX_PARALLEL);
    for i in 0..workers {
        let (results, queue, done) = (results.clone(), queue.clone(), done.clone());
        let work = move || {
            loop {
                let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
                let Some(key) = next else { break };
                // A stop during start-up: no new read (nor lease) is started.
                if crate::stop::cancels_retries() {
                    break;
                }
                let result = read_one(client, kv, &key, deadline).map_err(ReadFailure::from);
                if let Ok(mut r) = results.lock() {
                    r.insert(key, result);
                }
            }
            let _ = done.send(());
        };
        let spawned = std::thread::Builder::new()
            .name(format!("read-{i}"))
            .spawn(work.clone());
        if spawned.is_err() {
            // No thread to be had: this one reads instead.
            work();
        }
    }
    drop(done);
    let mut left = workers;
    while left > 0 {
        match finished.recv_timeout(Duration::from_millis(50)) {
            Ok(()) => left -= 1,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) if crate::stop::cancels_retries() => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    }
    let taken = results.lock().map(|mut r| std::mem::take(&mut *r));
    taken.unwrap_or_default()
}

/// Reads one path (at one version), or issues an issued reference.
pub fn read_one(
    client: &Client,
    kv: &Kv<'_>,
    key: &ReadKey,
    deadline: Instant,
) -> Result<Fetched, Error> {
    if let Some(params) = &key.issue {
        let fetched = issue(client, key, params, deadline)?;
        describe(key, &fetched);
        return Ok(fetched);
    }
    let at = match with_retry(deadline, &key.path, || kv.locate(&key.path, None)) {
        Ok(at) => Some(at),
        // Auth mounts are named without their `auth/` prefix: not KV, a plain read.
        Err(Error::Unsupported(_)) => None,
        Err(e) => return Err(e),
    };
    let fetched = match &at {
        Some(at) if at.mount.version == Version::V2 => {
            let response = with_retry(deadline, &key.path, || kv.get(at, key.version))?;
            let body = response.data.unwrap_or(Value::Null);
            let version = body["metadata"]["version"].as_u64();
            let Value::Object(data) = body["data"].clone() else {
                return Err(Error::not_found(format!(
                    "{} (the version is deleted or destroyed)",
                    key.path
                )));
            };
            Fetched {
                data,
                lease_id: response.lease_id,
                lease_duration: response.lease_duration,
                renewable: response.renewable,
                version,
                kv: Some(2),
            }
        }
        _ => {
            if key.version.is_some() {
                return Err(Error::Unsupported(format!(
                    "{}: a version pin needs a KV version 2 path",
                    key.path
                )));
            }
            let response = with_retry(deadline, &key.path, || client.read_value(&key.path, &[]))?
                .ok_or_else(|| Error::not_found(key.path.clone()))?;
            let data = match response.data {
                Some(Value::Object(map)) => map,
                None | Some(Value::Null) => Map::new(),
                Some(_) => {
                    return Err(Error::Unsupported(format!(
                        "{}: the answer's data is not an object",
                        key.path
                    )));
                }
            };
            let kv_version = at
                .as_ref()
                .filter(|a| !a.mount.path.is_empty() && response.lease_id.is_empty())
                .map(|_| 1);
            Fetched {
                data,
                lease_id: response.lease_id,
                lease_duration: response.lease_duration,
                renewable: response.renewable,
                version: None,
                kv: kv_version,
            }
        }
    };
    describe(key, &fetched);
    Ok(fetched)
}

/// Writes `key.path` with `params` (a value `@FILE` sends the file's bytes); the answer's
/// data is the secret. Retried like reads while Vault is unreachable; a 4xx fails at once.
fn issue(
    client: &Client,
    key: &ReadKey,
    params: &[(String, String)],
    deadline: Instant,
) -> Result<Fetched, Error> {
    let mut body = Map::new();
    for (name, value) in params {
        let value = match value.strip_prefix('@') {
            Some(file) => std::fs::read_to_string(file)
                .map_err(|e| Error::Config(format!("{key}: cannot read {name}=@{file}: {e}")))?,
            None => value.clone(),
        };
        body.insert(name.clone(), Value::String(value));
    }
    let body = Value::Object(body);
    let response = with_retry(deadline, &key.path, || {
        client.write::<Value>(&key.path, &body)
    })?
    .ok_or_else(|| Error::not_found(format!("{} (the write answered no data)", key.path)))?;
    let data = match response.data {
        Some(Value::Object(map)) => map,
        _ => {
            return Err(Error::Unsupported(format!(
                "{}: the answer has no data object",
                key.path
            )));
        }
    };
    Ok(Fetched {
        data,
        lease_id: response.lease_id,
        lease_duration: response.lease_duration,
        renewable: response.renewable,
        version: None,
        kv: None,
    })
}

fn describe(key: &ReadKey, f: &Fetched) {
    match (f.version, f.lease_id.is_empty()) {
        (Some(v), _) => crate::info!("fetched {} (version {v})", key.path),
        (None, false) => crate::info!(
            "fetched {} (lease {}, ttl {})",
            key.path,
            f.lease_id,
            crate::duration::human(f.lease_duration)
        ),
        (None, true) => crate::info!("fetched {}", key.path),
    }
}
