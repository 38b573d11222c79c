//! One plan's cache file: `DIR/ID.cache`, where ID is a hash of the server and of every
//! read of the plan, so that runs with other sources or another server sharing DIR never
//! read each other's entries. Written through [`crate::fsutil`] (a temp file beside it,
//! mode 0600, renamed into place; DIR created 0700 when missing); read, opened and
//! checked for a start: every read in it, none skipped, young enough.

use super::Fallback;
use super::codec::{self, Entry, Key, Skip};
use crate::secrets::read::{Fetched, ReadKey, Reads};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A clock that moved back may make an entry look written a little in the future.
const FUTURE_SLACK: Duration = Duration::from_secs(60);

/// The cache file of one plan.
#[derive(Debug)]
pub struct CacheFile {
    path: PathBuf,
    id: String,
    key: Key,
    scope: String,
    sources: Vec<String>,
    max_age: Duration,
}

/// An entry fit to start from: every read, and when they were read.
#[derive(Debug)]
pub struct Loaded {
    /// The reads, all successful.
    pub reads: Reads,
    /// When they were read (or last confirmed by Vault).
    pub written: SystemTime,
}

impl CacheFile {
    /// The file for `reads` (every read of the plan) in `fallback`'s DIR.
    pub fn new(fallback: &Fallback, reads: &BTreeSet<ReadKey>) -> CacheFile {
        let sources: Vec<String> = reads.iter().map(ToString::to_string).collect();
        let id = codec::id(&fallback.scope, &sources);
        CacheFile {
            path: fallback.dir.join(format!("{id}.cache")),
            id,
            key: fallback.key.clone(),
            scope: fallback.scope.clone(),
            sources,
            max_age: fallback.max_age,
        }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How often an entry Vault confirmed is rewritten: a quarter of the max age, at
    /// most hourly.
    pub fn refresh_every(&self) -> Duration {
        (self.max_age / 4).min(Duration::from_secs(3600))
    }

    /// Writes the entry of `reads`, read (or confirmed) at `written`: the KV values, or
    /// none at all when a read is never cached (the entry then only says which and why).
    pub fn write(&self, reads: &Reads, written: SystemTime) -> anyhow::Result<()> {
        let mut kept = Vec::new();
        let mut skipped = Vec::new();
        for (key, read) in reads {
            match read {
                Ok(f) if !f.lease_id.is_empty() => skipped.push((key.clone(), Skip::Dynamic)),
                Ok(f) if f.kv.is_some() => kept.push((key.clone(), f.clone())),
                Ok(_) => skipped.push((key.clone(), Skip::NotKv)),
                Err(_) => {}
            }
        }
        if !skipped.is_empty() {
            kept.clear();
        }
        let entry = Entry {
            written_ms: millis(written),
            scope: self.scope.clone(),
            sources: self.sources.clone(),
            reads: kept,
            skipped,
        };
        let bytes = codec::seal(&entry, &self.key, &self.id)
            .map_err(|_| anyhow::anyhow!("cannot seal the entry"))?;
        if let Some(dir) = self.path.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        crate::fsutil::write_private(&self.path, &bytes)?;
        Ok(())
    }

    /// Reads the entry and checks it for a start at `now`; the reason when it is unfit,
    /// naming the source when one is the reason.
    pub fn load(&self, now: SystemTime) -> Result<Loaded, String> {
        let bytes = self.read_bytes()?;
        let entry = codec::open(&bytes, &self.key, &self.id).map_err(|e| e.to_string())?;
        if entry.scope != self.scope || entry.sources != self.sources {
            return Err("it was written for other sources".into());
        }
        if !entry.skipped.is_empty() {
            let why: Vec<String> = entry
                .skipped
                .iter()
                .map(|(key, skip)| format!("{key} {skip}"))
                .collect();
            return Err(why.join("; "));
        }
        let mut reads: Reads = entry
            .reads
            .into_iter()
            .map(|(k, f)| (k, Ok::<Fetched, _>(f)))
            .collect();
        let wanted: Vec<ReadKey> = reads.keys().cloned().collect();
        let missing: Vec<&String> = self
            .sources
            .iter()
            .filter(|s| !wanted.iter().any(|k| k.to_string() == **s))
            .collect();
        if let Some(first) = missing.first() {
            return Err(format!("{first} is not in it"));
        }
        let written = UNIX_EPOCH
            .checked_add(Duration::from_millis(entry.written_ms))
            .ok_or("it holds an impossible time")?;
        self.check_age(written, now)?;
        reads.retain(|k, _| self.sources.contains(&k.to_string()));
        Ok(Loaded { reads, written })
    }

    fn check_age(&self, written: SystemTime, now: SystemTime) -> Result<(), String> {
        match now.duration_since(written) {
            Ok(age) if age > self.max_age => Err(format!(
                "it was written {} ago, longer than --fallback-max-age {}",
                human(age),
                human(self.max_age)
            )),
            Ok(_) => Ok(()),
            Err(e) if e.duration() > FUTURE_SLACK => Err(format!(
                "it was written {} in the future (did the clock move back?)",
                human(e.duration())
            )),
            Err(_) => Ok(()),
        }
    }

    fn read_bytes(&self) -> Result<Vec<u8>, String> {
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(
                    "there is no entry for these sources yet (one is written at \
                            every start with Vault reachable)"
                        .into(),
                );
            }
            Err(e) => return Err(format!("cannot read it: {e}")),
        };
        let mut bytes = Vec::new();
        file.take(codec::MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read it: {e}"))?;
        Ok(bytes)
    }
}

/// Milliseconds since the Unix epoch (0 before it).
pub fn millis(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// A duration for a log line: whole seconds as the vault CLI shows them, or `0.4s`.
pub fn human(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        return format!("{:.1}s", d.as_secs_f64());
    }
    crate::duration::human(d.as_secs())
}

#[cfg(test)]
mod tests;
