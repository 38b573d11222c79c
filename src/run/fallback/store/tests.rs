//! One plan's cache file on disk: written private and atomically, read back, and refused
//! for each reason a start must not use it.

use super::*;
use crate::secrets::read::Fetched;
use serde_json::json;
use std::os::unix::fs::PermissionsExt;

fn kv(value: &str) -> Fetched {
    Fetched {
        data: json!({ "password": value })
            .as_object()
            .cloned()
            .unwrap_or_default(),
        lease_id: String::new(),
        lease_duration: 0,
        renewable: false,
        version: Some(3),
        kv: Some(2),
    }
}

fn lease() -> Fetched {
    let mut f = kv("db-password-value");
    f.lease_id = "database/creds/app/xyz".into();
    f.lease_duration = 60;
    f.renewable = true;
    f.version = None;
    f.kv = None;
    f
}

fn fallback(dir: &Path, max_age: Duration) -> Fallback {
    Fallback {
        dir: dir.join("cache"),
        key: Key::from_bytes([9; 32]),
        max_age,
        scope: "http://127.0.0.1:8200 ".into(),
    }
}

fn file_for(f: &Fallback, reads: &Reads) -> CacheFile {
    CacheFile::new(f, &reads.keys().cloned().collect())
}

#[test]
fn written_private_read_back_and_never_in_plaintext() {
    let tmp = tempfile::tempdir().expect("temp");
    let f = fallback(tmp.path(), Duration::from_secs(60));
    let reads: Reads = [(ReadKey::path("secret/a"), Ok(kv("s3cret-value-a")))].into();
    let file = file_for(&f, &reads);
    let t0 = SystemTime::now();
    file.write(&reads, t0).expect("written");
    let meta = std::fs::metadata(file.path()).expect("meta");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let dir = std::fs::metadata(&f.dir).expect("dir");
    assert_eq!(dir.permissions().mode() & 0o777, 0o700);
    let bytes = std::fs::read(file.path()).expect("read");
    assert!(!bytes.windows(6).any(|w| w == b"s3cret"));
    let loaded = file
        .load(t0 + Duration::from_secs(5))
        .expect("fit to start");
    let back = loaded.reads[&ReadKey::path("secret/a")]
        .as_ref()
        .expect("read");
    assert_eq!(back.data["password"], "s3cret-value-a");
    assert_eq!(back.version, Some(3));
    assert_eq!(millis(loaded.written), millis(t0));
}

#[test]
fn other_sources_or_another_server_use_another_file() {
    let tmp = tempfile::tempdir().expect("temp");
    let f = fallback(tmp.path(), Duration::from_secs(60));
    let one: Reads = [(ReadKey::path("secret/a"), Ok(kv("a")))].into();
    let two: Reads = [
        (ReadKey::path("secret/a"), Ok(kv("a"))),
        (ReadKey::path("secret/b"), Ok(kv("b"))),
    ]
    .into();
    let mut other_server = fallback(tmp.path(), Duration::from_secs(60));
    other_server.scope = "http://other:8200 ".into();
    let paths = [
        file_for(&f, &one).path().to_path_buf(),
        file_for(&f, &two).path().to_path_buf(),
        file_for(&other_server, &one).path().to_path_buf(),
    ];
    assert_ne!(paths[0], paths[1]);
    assert_ne!(paths[0], paths[2]);
    let missing = file_for(&f, &two)
        .load(SystemTime::now())
        .expect_err("none yet");
    assert!(missing.contains("no entry"), "{missing}");
}

#[test]
fn a_dynamic_source_keeps_no_value_and_is_named() {
    let tmp = tempfile::tempdir().expect("temp");
    let f = fallback(tmp.path(), Duration::from_secs(60));
    let reads: Reads = [
        (ReadKey::path("secret/a"), Ok(kv("kv-value"))),
        (ReadKey::path("database/creds/app"), Ok(lease())),
    ]
    .into();
    let file = file_for(&f, &reads);
    let t0 = SystemTime::now();
    file.write(&reads, t0).expect("written");
    let e = file.load(t0).expect_err("a dynamic source");
    assert!(
        e.contains("database/creds/app holds dynamic credentials"),
        "{e}"
    );
    // Nothing of either value was kept, not even sealed.
    let entry = codec::open(
        &std::fs::read(file.path()).expect("read"),
        &f.key,
        &codec::id(&f.scope, &["database/creds/app".into(), "secret/a".into()]),
    )
    .expect("opens");
    assert!(entry.reads.is_empty());
}

#[test]
fn too_old_or_from_the_future_is_refused() {
    let tmp = tempfile::tempdir().expect("temp");
    let f = fallback(tmp.path(), Duration::from_secs(60));
    let reads: Reads = [(ReadKey::path("secret/a"), Ok(kv("a")))].into();
    let file = file_for(&f, &reads);
    let t0 = SystemTime::now();
    file.write(&reads, t0).expect("written");
    assert!(file.load(t0 + Duration::from_secs(59)).is_ok());
    let old = file
        .load(t0 + Duration::from_secs(61))
        .expect_err("too old");
    assert!(
        old.contains("written 1m1s ago, longer than --fallback-max-age 1m"),
        "{old}"
    );
    assert!(
        file.load(t0 - Duration::from_secs(30)).is_ok(),
        "a little skew"
    );
    let future = file
        .load(t0 - Duration::from_secs(600))
        .expect_err("future");
    assert!(future.contains("in the future"), "{future}");
}

#[test]
fn a_wrong_key_is_refused_by_name() {
    let tmp = tempfile::tempdir().expect("temp");
    let f = fallback(tmp.path(), Duration::from_secs(60));
    let reads: Reads = [(ReadKey::path("secret/a"), Ok(kv("a")))].into();
    file_for(&f, &reads)
        .write(&reads, SystemTime::now())
        .expect("written");
    let mut other = fallback(tmp.path(), Duration::from_secs(60));
    other.key = Key::from_bytes([1; 32]);
    let e = file_for(&other, &reads)
        .load(SystemTime::now())
        .expect_err("wrong key");
    assert!(e.contains("another key"), "{e}");
}
