//! Writing files that hold secrets: mode 0600, written to a temp file beside the target
//! and renamed into place, so a reader never sees a half-written file and a crash never
//! loses the old one.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Atomically replaces `path` with `contents`, mode 0600, synced to disk before the
/// rename (a token, a cache: files that must survive a crash whole).
pub fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic(path, contents, 0o600, true)
}

/// Atomically replaces `path` with `contents`, with `mode` (the temp file has it from
/// the start: the contents are never readable by more than `mode` allows). A reader
/// sees the old file or the new one, never a part. `sync` flushes the data to disk
/// before the rename, for files that must also survive a crash whole; files made again
/// at every start (the child's files, the read-your-writes index) skip it, since an
/// fsync costs milliseconds on a start that takes a few.
pub fn write_atomic(path: &Path, contents: &[u8], mode: u32, sync: bool) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.tmp.{}.{}",
        std::process::id(),
        (crate::jitter::fraction() * 1e9) as u64
    ));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        // The umask may have taken bits away from a wider mode; set it as asked.
        file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(mode))?;
        file.write_all(contents)?;
        if sync {
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Creates `dir` and its missing parents, mode 0700 for the ones it creates.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn replaces_the_file_with_mode_0600_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("vaultctl-fsutil-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let target = dir.join("token");
        std::fs::write(&target, "old").expect("old file");
        write_private(&target, b"new").expect("written");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
        let mode = std::fs::metadata(&target)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let entries: Vec<_> = std::fs::read_dir(&dir).expect("list").collect();
        assert_eq!(entries.len(), 1, "a temp file was left behind");
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
