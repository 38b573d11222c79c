//! Read your writes across processes: the storage index of the last write or login
//! (`X-Vault-Index`) is kept in a small file per Vault address and namespace, in the
//! user's state dir (`$XDG_STATE_HOME/vaultctl/index/`, else the cache dir), so that
//! `vaultctl kv put` followed at once by `vaultctl kv get` or `vaultctl exec` through a
//! standby sees the write. The vault client takes it as an
//! [`IndexStore`] and knows nothing of files.
//!
//! An entry is sent for [`WINDOW`] after it was written, then ignored: a healthy standby
//! trails the active node by milliseconds, so an older index is long reached and only
//! costs a header. The file holds no secret (an index names a storage position), but it
//! is written 0600 and atomically like every file vaultctl writes.

use crate::vault::ClientConfig;
use crate::vault::consistency::{IndexStore, MAX_INDEX_BYTES};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// How long after a write its index is sent by later processes. A minute covers the
/// steps of a pipeline or a deploy that start new processes (or containers sharing the
/// state dir) after a write, with room to spare over a healthy standby's lag (tens of
/// milliseconds; OpenBao's autopilot calls a follower unhealthy after 10 s without
/// contact).
pub const WINDOW: Duration = Duration::from_secs(60);

/// The file that keeps the index for one address and namespace.
#[derive(Debug)]
pub struct IndexFile {
    path: PathBuf,
    /// What the file is for (`address` and namespace), checked when read: a hash
    /// names the file.
    key: String,
    window: Duration,
}

/// The store for `config`'s address and namespace, or `None` when the user has no
/// state or cache dir.
pub fn for_client(config: &ClientConfig) -> Option<Arc<dyn IndexStore>> {
    let file = IndexFile::new(&super::state_dir()?.join("index"), config);
    Some(Arc::new(file))
}

impl IndexFile {
    /// The file in `dir` for `config`'s address and namespace.
    pub fn new(dir: &Path, config: &ClientConfig) -> IndexFile {
        let namespace = config.namespace.as_deref().unwrap_or("").trim_matches('/');
        let key = format!("{} {namespace}", config.address.trim_end_matches('/'));
        IndexFile {
            path: dir.join(format!("{:016x}", fnv1a(key.as_bytes()))),
            key,
            window: WINDOW,
        }
    }

    fn read(&self) -> std::io::Result<Option<String>> {
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let written = file.metadata()?.modified()?;
        let age = SystemTime::now()
            .duration_since(written)
            .unwrap_or_default();
        if age > self.window {
            return Ok(None);
        }
        let mut text = String::new();
        let limit = (self.key.len() + MAX_INDEX_BYTES + 2) as u64;
        file.take(limit).read_to_string(&mut text)?;
        let (key, index) = text.split_once('\n').unwrap_or(("", ""));
        Ok((key == self.key).then(|| index.trim().to_string()))
    }
}

impl IndexStore for IndexFile {
    fn load(&self) -> Option<String> {
        match self.read() {
            Ok(index) => index.filter(|i| !i.is_empty()),
            Err(e) => {
                crate::debug!("cannot read {}: {e}", self.path.display());
                None
            }
        }
    }

    fn save(&self, index: &str) {
        let result = self
            .path
            .parent()
            .map_or(Ok(()), create_private_dir)
            .and_then(|()| {
                // A hint for the next minute: no fsync on the path of every write.
                crate::fsutil::write_atomic(
                    &self.path,
                    format!("{}\n{index}\n", self.key).as_bytes(),
                    0o600,
                    false,
                )
            });
        if let Err(e) = result {
            // Only consistency across processes is lost; the command itself went well.
            crate::debug!(
                "cannot keep the write's index in {}: {e}",
                self.path.display()
            );
        }
    }
}

/// Creates `dir` and its missing parents, the new ones 0700.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// FNV-1a, 64 bits: a stable name for the file of an address (not a secret, and
/// checked against the key inside).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn config(address: &str, namespace: Option<&str>) -> ClientConfig {
        let mut config = ClientConfig::new(address);
        config.namespace = namespace.map(str::to_string);
        config
    }

    #[test]
    fn keeps_one_index_per_address_and_namespace_with_mode_0600() {
        let dir = tempfile::tempdir().expect("temp dir");
        let base = dir.path().join("state/index");
        let a = IndexFile::new(&base, &config("http://127.0.0.1:8200", None));
        let b = IndexFile::new(&base, &config("http://127.0.0.1:8200", Some("team")));
        assert_eq!(a.load(), None);
        a.save("index-a");
        b.save("index-b");
        assert_eq!(a.load().as_deref(), Some("index-a"));
        assert_eq!(b.load().as_deref(), Some("index-b"));
        let again = IndexFile::new(&base, &config("http://127.0.0.1:8200/", Some("/team/")));
        assert_eq!(again.load().as_deref(), Some("index-b"));
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&a.path), 0o600);
        assert_eq!(mode(&base), 0o700);
    }

    #[test]
    fn an_old_entry_or_another_address_is_not_sent() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut file = IndexFile::new(dir.path(), &config("http://127.0.0.1:8200", None));
        file.save("index");
        file.window = Duration::ZERO;
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(file.load(), None);
        // A file named for this address that holds another's index (a hash collision,
        // or an edit) is not sent.
        let other = IndexFile::new(dir.path(), &config("http://127.0.0.1:9999", None));
        std::fs::rename(&other.path, &file.path).ok();
        std::fs::write(&file.path, "http://elsewhere:8200 \nindex\n").expect("write");
        file.window = WINDOW;
        assert_eq!(file.load(), None);
    }

    #[test]
    fn a_state_dir_that_cannot_be_written_loses_only_the_index() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "").expect("write");
        let file = IndexFile::new(&blocker.join("index"), &config("http://x:1", None));
        file.save("index");
        assert_eq!(file.load(), None);
    }
}
