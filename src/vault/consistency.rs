//! Reading your own writes on a cluster whose standbys serve reads.
//!
//! A write or login is answered with the storage index it reached (`X-Vault-Index`;
//! OpenBao 2.7 and Vault Enterprise). Sent back with later requests, it makes a standby
//! that has not applied it yet hold, forward or refuse the request instead of serving
//! stale data. [`Index`] keeps the newest one a client saw and, through an
//! [`IndexStore`] the caller supplies, hands it to later processes. What a store is made
//! of (a file, where) is the caller's business: this module reads no environment and
//! touches no file.

use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Longest `X-Vault-Index` kept (OpenBao's is base64 JSON of about a hundred bytes).
pub const MAX_INDEX_BYTES: usize = 4096;

/// Where the index of a write outlives the process that made it, so that the next
/// vaultctl process reads that write through a standby.
pub trait IndexStore: Send + Sync + std::fmt::Debug {
    /// The index a recent write left, if there is one still worth sending.
    fn load(&self) -> Option<String>;
    /// Keeps the index of a write just answered. Failures are the store's to report:
    /// losing it only costs consistency across processes.
    fn save(&self, index: &str);
}

/// The newest index a client (and its clones) saw, and where it is kept between runs.
#[derive(Debug, Default)]
pub struct Index {
    kept: Mutex<Option<String>>,
    store: Option<Arc<dyn IndexStore>>,
}

impl Index {
    /// An index that starts from what `store` holds (one read, at creation).
    pub fn new(store: Option<Arc<dyn IndexStore>>) -> Index {
        let loaded = store
            .as_ref()
            .and_then(|s| s.load())
            .filter(|i| is_sendable(i));
        Index {
            kept: Mutex::new(loaded),
            store,
        }
    }

    /// The index to send, if any.
    pub fn current(&self) -> Option<String> {
        self.kept.lock().ok().and_then(|index| index.clone())
    }

    /// Keeps `index` (from the answer to a write) unless the one kept is newer: the
    /// renewing and rotating threads share the index, and their answers may come in any
    /// order. A newer index is handed to the store.
    pub fn remember(&self, index: &str) {
        if !is_sendable(index) {
            return;
        }
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if kept
            .as_deref()
            .is_some_and(|k| k == index || is_older(index, k))
        {
            return;
        }
        *kept = Some(index.to_string());
        drop(kept);
        if let Some(store) = &self.store {
            store.save(index);
        }
    }
}

/// Not empty, not too long, and fit for an HTTP header.
fn is_sendable(index: &str) -> bool {
    !index.is_empty()
        && index.len() <= MAX_INDEX_BYTES
        && index.bytes().all(|b| b.is_ascii_graphic())
}

/// The cluster and position of an index in one of OpenBao's forms: base64 of
/// `{"cluster": ID, "value": "N"}` (2.7), or `ID:N`. `None` for other forms (Vault
/// Enterprise's is base64 of `v1:…`, with no colon before decoding).
pub fn openbao_index(index: &str) -> Option<(String, Option<u64>)> {
    use base64::Engine as _;
    if let Some((cluster, position)) = index.split_once(':') {
        let uuid =
            cluster.len() == 36 && cluster.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
        return uuid.then(|| (cluster.to_string(), position.parse().ok()));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(index)
        .ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let cluster = value.get("cluster")?.as_str()?.to_string();
    let position = value.get("value").and_then(|v| v.as_str()?.parse().ok());
    Some((cluster, position))
}

/// True when `index` is OpenBao's index of an earlier state of the same cluster as
/// `than`. Other forms cannot be compared, and the newest answer wins.
pub fn is_older(index: &str, than: &str) -> bool {
    match (openbao_index(index), openbao_index(than)) {
        (Some((a, Some(x))), Some((b, Some(y)))) => a == b && x < y,
        _ => false,
    }
}

/// The `X-Vault-Inconsistent` values sent with `index`. For OpenBao's:
/// `forward-active-node`, so a standby that has not applied the index forwards the
/// request to the active node (about a millisecond on loopback) instead of answering 429
/// with `Retry-After: 1`. (`await-state` would hold the request up to the listener's
/// `consistency_max_index_wait`, 25 ms at least, and a follower learns of a commit only
/// with the leader's next message, so a read right after a write waited that long every
/// time on OpenBao 2.7.2.) None for other servers: Vault Enterprise refuses
/// `forward-active-node` with 400 unless its operator allowed it; its standbys answer
/// 412, retried quickly (see [`quick_retry`]).
pub fn inconsistent_values(index: &str) -> &'static [&'static str] {
    if openbao_index(index).is_some() {
        &["forward-active-node"]
    } else {
        &[]
    }
}

/// How many quick retries a standby's "not caught up yet" (412) gets before the usual
/// backoff takes over.
pub const QUICK_RETRIES: u32 = 6;

/// The wait before quick retry number `n` (0-based) of a 412 answered to a request that
/// carried an index: 25 ms doubling (about 1.6 s in all), since a standby trails by
/// milliseconds when healthy.
pub fn quick_retry(n: u32) -> Option<Duration> {
    (n < QUICK_RETRIES).then(|| Duration::from_millis(25 << n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_index(cluster: &str, value: &str) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .encode(format!(r#"{{"cluster":"{cluster}","value":"{value}"}}"#))
    }

    const UUID: &str = "0f2a4b1c-1111-2222-3333-444455556666";

    #[test]
    fn only_a_newer_openbao_index_replaces_the_one_kept() {
        assert!(is_older(&json_index("c1", "35"), &json_index("c1", "36")));
        assert!(!is_older(&json_index("c1", "36"), &json_index("c1", "36")));
        assert!(!is_older(&json_index("c1", "100"), &json_index("c1", "36")));
        assert!(is_older(&format!("{UUID}:9"), &format!("{UUID}:10")));
        // Another cluster, or a form that is not OpenBao's: the newest answer wins.
        assert!(!is_older(&json_index("c2", "1"), &json_index("c1", "36")));
        assert!(!is_older("djE6b3BhcXVl", &json_index("c1", "36")));
    }

    #[test]
    fn forwarding_is_asked_of_openbao_only() {
        assert_eq!(
            inconsistent_values(&json_index("c1", "3")),
            ["forward-active-node"]
        );
        assert_eq!(inconsistent_values(&format!("{UUID}:3")).len(), 1);
        // Vault Enterprise: base64 of "v1:...".
        assert!(inconsistent_values("djE6Y2x1c3Rlcjo0OjU6aG1hYw==").is_empty());
        assert!(inconsistent_values("not:an-openbao-index").is_empty());
    }

    #[derive(Debug, Default)]
    struct Memory(Mutex<Vec<String>>, Option<String>);

    impl IndexStore for Memory {
        fn load(&self) -> Option<String> {
            self.1.clone()
        }
        fn save(&self, index: &str) {
            self.0.lock().expect("test lock").push(index.to_string());
        }
    }

    #[test]
    fn starts_from_the_store_and_saves_only_newer_indexes() {
        let store = Arc::new(Memory(Mutex::default(), Some(json_index("c1", "5"))));
        let index = Index::new(Some(store.clone()));
        assert_eq!(index.current(), Some(json_index("c1", "5")));
        index.remember(&json_index("c1", "4"));
        index.remember(&json_index("c1", "5"));
        index.remember(&json_index("c1", "7"));
        index.remember("bad\nheader");
        assert_eq!(index.current(), Some(json_index("c1", "7")));
        assert_eq!(*store.0.lock().expect("lock"), [json_index("c1", "7")]);
    }

    #[test]
    fn quick_retries_are_short_and_few() {
        let waits: Vec<Duration> = (0..10).map_while(quick_retry).collect();
        assert_eq!(waits.len() as u32, QUICK_RETRIES);
        assert_eq!(waits[0], Duration::from_millis(25));
        assert!(waits.iter().sum::<Duration>() < Duration::from_secs(2));
    }
}
