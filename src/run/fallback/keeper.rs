//! Keeping the cache file in step with what the running command has: written when the
//! command starts with values from Vault and at every rotation it receives; rewritten
//! (at most every quarter of `--fallback-max-age`, and hourly at most) once Vault has
//! confirmed every value unchanged, so a command that runs for days without a change
//! still leaves an entry young enough to start from. An entry's time is when its values
//! were last known to be Vault's: the first of those confirmations, never the time of
//! writing alone. A run that started from the cache does not write it until Vault
//! answers.

use super::store::{CacheFile, Loaded, human};
use crate::secrets::read::{Fetched, ReadKey, Reads};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// The cache of one run, shared by the threads that learn what the command has.
#[derive(Debug, Clone)]
pub struct Keeper(Arc<Mutex<State>>);

#[derive(Debug)]
struct State {
    file: CacheFile,
    /// The KV reads the command has now; `None` when a read of the plan is never cached
    /// (or before the first write).
    has: Option<BTreeMap<ReadKey, Fetched>>,
    /// When the values of `has` were last known to be Vault's.
    written: SystemTime,
    /// The reads Vault confirmed unchanged since, with the time of the first confirmation.
    confirmed: BTreeMap<ReadKey, SystemTime>,
    /// The run started from the cache, whose entry was this old.
    started_from: Option<Duration>,
}

impl Keeper {
    /// For a run that reads from Vault.
    pub fn fresh(file: CacheFile) -> Keeper {
        Keeper::with(file, None, SystemTime::UNIX_EPOCH, None)
    }

    /// For a run that starts from `loaded`, at `now`.
    pub fn from_cache(file: CacheFile, loaded: &Loaded, now: SystemTime) -> Keeper {
        let has = loaded
            .reads
            .iter()
            .filter_map(|(k, r)| Some((k.clone(), r.as_ref().ok()?.clone())))
            .collect();
        let age = now.duration_since(loaded.written).unwrap_or_default();
        Keeper::with(file, Some(has), loaded.written, Some(age))
    }

    fn with(
        file: CacheFile,
        has: Option<BTreeMap<ReadKey, Fetched>>,
        written: SystemTime,
        started_from: Option<Duration>,
    ) -> Keeper {
        Keeper(Arc::new(Mutex::new(State {
            file,
            has,
            written,
            confirmed: BTreeMap::new(),
            started_from,
        })))
    }

    /// How old the entry the run started from was; `None` when it read from Vault.
    pub fn started_from(&self) -> Option<Duration> {
        self.0.lock().ok().and_then(|s| s.started_from)
    }

    /// The command was started (or is about to replace vaultctl) with `reads`: says so
    /// when they came from the cache, else writes them to it.
    pub fn started(&self, reads: &Reads) {
        match self.started_from() {
            Some(age) => crate::warn!(
                "Vault unreachable; started from the fallback cache written {} ago",
                human(age)
            ),
            None => self.received(reads),
        }
    }

    /// The command now has `reads`, fresh from Vault: they are written at once.
    pub fn received(&self, reads: &Reads) {
        let Ok(mut state) = self.0.lock() else { return };
        let cacheable = reads.values().all(|r| {
            r.as_ref()
                .is_ok_and(|f| f.lease_id.is_empty() && f.kv.is_some())
        });
        state.has = cacheable.then(|| {
            reads
                .iter()
                .filter_map(|(k, r)| Some((k.clone(), r.as_ref().ok()?.clone())))
                .collect()
        });
        state.confirmed.clear();
        state.written = SystemTime::now();
        let written = state.written;
        state.write(reads, written, true);
    }

    /// Vault says `key` is still `current`: once every value the command has is
    /// confirmed and the entry is due for it, the entry is rewritten.
    pub fn confirmed(&self, key: &ReadKey, current: &Fetched) {
        let Ok(mut state) = self.0.lock() else { return };
        let (same, total) = match &state.has {
            Some(has) => (
                has.get(key).is_some_and(|held| held.data == current.data),
                has.len(),
            ),
            None => return,
        };
        if !same {
            return;
        }
        state
            .confirmed
            .entry(key.clone())
            .or_insert_with(SystemTime::now);
        if state.confirmed.len() < total {
            return;
        }
        let Some(oldest) = state.confirmed.values().min().copied() else {
            return;
        };
        let since = oldest.duration_since(state.written).unwrap_or_default();
        if since < state.file.refresh_every() {
            return;
        }
        let reads: Reads = match &state.has {
            Some(has) => has
                .iter()
                .map(|(k, f)| (k.clone(), Ok(f.clone())))
                .collect(),
            None => return,
        };
        state.confirmed.clear();
        state.written = oldest;
        state.write(&reads, oldest, false);
    }
}

impl State {
    fn write(&mut self, reads: &Reads, written: SystemTime, say: bool) {
        let path = self.file.path().display().to_string();
        match self.file.write(reads, written) {
            Ok(()) if say => crate::info!("wrote the fallback cache {path}"),
            Ok(()) => crate::debug!("rewrote the fallback cache {path}: Vault confirmed it"),
            Err(e) => crate::warn!("cannot write the fallback cache {path}: {e:#}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::fallback::Fallback;
    use crate::run::fallback::codec::Key;
    use serde_json::json;

    fn key() -> ReadKey {
        ReadKey::path("secret/a")
    }

    fn kv(value: &str) -> Fetched {
        Fetched {
            data: json!({ "v": value })
                .as_object()
                .cloned()
                .unwrap_or_default(),
            lease_id: String::new(),
            lease_duration: 0,
            renewable: false,
            version: Some(1),
            kv: Some(2),
        }
    }

    fn file(dir: &std::path::Path, max_age: Duration) -> CacheFile {
        let f = Fallback {
            dir: dir.to_path_buf(),
            key: Key::from_bytes([3; 32]),
            max_age,
            scope: "http://v ".into(),
        };
        CacheFile::new(&f, &[key()].into())
    }

    #[test]
    fn written_at_start_and_rewritten_only_when_vault_confirms_what_the_command_has() {
        let tmp = tempfile::tempdir().expect("temp");
        // A max age of zero: every confirmation is due for a rewrite.
        let keeper = Keeper::fresh(file(tmp.path(), Duration::ZERO));
        let path = file(tmp.path(), Duration::ZERO).path().to_path_buf();
        let reads: Reads = [(key(), Ok(kv("one")))].into();
        let before = SystemTime::now();
        keeper.started(&reads);
        let first = std::fs::read(&path).expect("written at start");
        keeper.confirmed(&key(), &kv("two"));
        assert_eq!(std::fs::read(&path).expect("read"), first, "other data");
        keeper.confirmed(&key(), &kv("one"));
        let second = std::fs::read(&path).expect("read");
        assert_ne!(second, first, "confirmed: rewritten");
        let loaded = file(tmp.path(), Duration::from_secs(3600))
            .load(SystemTime::now())
            .expect("loads");
        assert!(loaded.written >= before - Duration::from_millis(1));
        assert_eq!(loaded.reads[&key()].as_ref().expect("ok").data["v"], "one");
    }

    #[test]
    fn a_start_from_the_cache_writes_nothing_until_vault_answers() {
        let tmp = tempfile::tempdir().expect("temp");
        let reads: Reads = [(key(), Ok(kv("one")))].into();
        let long = Duration::from_secs(3600);
        let written = SystemTime::now() - Duration::from_secs(1200);
        file(tmp.path(), long)
            .write(&reads, written)
            .expect("written");
        let path = file(tmp.path(), long).path().to_path_buf();
        let bytes = std::fs::read(&path).expect("read");
        let loaded = file(tmp.path(), long)
            .load(SystemTime::now())
            .expect("loads");
        let keeper = Keeper::from_cache(file(tmp.path(), long), &loaded, SystemTime::now());
        let age = keeper.started_from().expect("from the cache");
        assert!(age >= Duration::from_secs(1200), "{age:?}");
        keeper.started(&reads);
        assert_eq!(std::fs::read(&path).expect("read"), bytes, "not rewritten");
        // Vault confirms the value: the entry is older than a quarter of the max age, so
        // it is rewritten, with the confirmation's time.
        keeper.confirmed(&key(), &kv("one"));
        let now = file(tmp.path(), long)
            .load(SystemTime::now())
            .expect("loads");
        assert!(now.written > written + Duration::from_secs(1190));
    }
}
