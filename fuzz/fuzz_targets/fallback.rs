//! The fallback cache reader: any bytes, and any change to a sealed entry (bytes flipped,
//! cut off or added), give a refusal, never a panic; only the untouched entry opens.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vaultctl::run::fallback::codec::{self, Entry, Key};
use vaultctl::secrets::read::{Fetched, ReadKey};

const ID: &str = "0123456789abcdef0123456789abcdef";

fn key() -> Key {
    Key::from_bytes([7; 32])
}

/// One entry, sealed once per process.
fn sealed() -> &'static [u8] {
    static SEALED: OnceLock<Vec<u8>> = OnceLock::new();
    SEALED.get_or_init(|| {
        let data = serde_json::json!({ "password": "fuzzed-secret", "port": 5432 });
        let fetched = Fetched {
            data: data.as_object().cloned().unwrap_or_default(),
            lease_id: String::new(),
            lease_duration: 0,
            renewable: false,
            version: Some(4),
            kv: Some(2),
        };
        let read = ReadKey::path("secret/app");
        let entry = Entry {
            written_ms: 1_700_000_000_000,
            scope: "http://127.0.0.1:8200 ".into(),
            sources: vec!["secret/app".into()],
            reads: vec![(read, fetched)],
            skipped: Vec::new(),
        };
        codec::seal(&entry, &key(), ID).expect("sealed")
    })
}

fuzz_target!(|data: &[u8]| {
    let key = key();
    let sealed = sealed();
    // Any bytes as a file: nothing but the entry itself opens.
    if data != sealed {
        assert!(codec::open(data, &key, ID).is_err(), "forged bytes opened");
    }
    // The entry changed as the input says: 3 bytes an edit (a position, a mask), then
    // a cut (one byte left over) or added bytes (two).
    let mut file = sealed.to_vec();
    let edits = data.chunks_exact(3);
    let rest = edits.remainder();
    for edit in edits {
        let at = usize::from(u16::from_le_bytes([edit[0], edit[1]])) % file.len();
        file[at] ^= edit[2];
    }
    match rest {
        [cut] => file.truncate(usize::from(*cut) % file.len()),
        [a, b] => file.extend_from_slice(&[*a, *b]),
        _ => {}
    }
    match codec::open(&file, &key, ID) {
        Ok(entry) => {
            assert_eq!(file, sealed, "a changed entry opened");
            assert_eq!(entry.reads.len(), 1);
        }
        Err(_) => assert_ne!(file, sealed, "the entry itself did not open"),
    }
});
