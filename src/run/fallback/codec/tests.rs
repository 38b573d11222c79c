//! The cache format: keys, a round trip, and every way a file can be wrong.

use super::*;
use serde_json::json;

const KEY_HEX: &str = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";

fn key() -> Key {
    Key::parse(KEY_HEX.as_bytes()).expect("a key")
}

fn read(path: &str, pin: Option<u64>) -> ReadKey {
    ReadKey {
        path: path.into(),
        version: pin,
        issue: None,
    }
}

fn kv(data: serde_json::Value, version: Option<u64>, kv: u8) -> Fetched {
    Fetched {
        data: data.as_object().cloned().unwrap_or_default(),
        lease_id: String::new(),
        lease_duration: 0,
        renewable: false,
        version,
        kv: Some(kv),
    }
}

fn entry() -> Entry {
    Entry {
        written_ms: 1_700_000_000_123,
        scope: "http://127.0.0.1:8200 ns".into(),
        sources: vec!["secret/a".into(), "secret/b (version 2)".into()],
        reads: vec![
            (
                read("secret/a", None),
                kv(
                    json!({"password": "hunter2-in-the-cache", "port": 5432}),
                    Some(7),
                    2,
                ),
            ),
            (
                read("secret/b", Some(2)),
                kv(json!({"nested": {"k": "deep"}}), None, 1),
            ),
        ],
        skipped: vec![(read("database/creds/app", None), Skip::Dynamic)],
    }
}

#[test]
fn a_key_is_64_hex_digits_with_whitespace_around_ignored() {
    assert!(Key::parse(format!("  {KEY_HEX}\n").as_bytes()).is_ok());
    for (bad, why) in [
        ("", "empty"),
        ("\n", "empty"),
        (&KEY_HEX[..62], "length"),
        (&format!("{KEY_HEX}00"), "length"),
        (&format!("{}zz", &KEY_HEX[..62]), "hex digit"),
        (
            &format!("{} {}", &KEY_HEX[..31], &KEY_HEX[32..]),
            "hex digit",
        ),
    ] {
        let e = Key::parse(bad.as_bytes()).expect_err(bad).to_string();
        assert!(e.contains(why), "{bad:?}: {e}");
        assert!(e.contains("openssl rand -hex 32"), "{e}");
        if bad.len() > 8 {
            assert!(!e.contains(&bad[..8]), "the error shows the text: {e}");
        }
    }
    assert_eq!(format!("{:?}", key()), "*****");
}

#[test]
fn an_entry_round_trips_and_its_file_holds_no_plaintext() {
    let bytes = seal(&entry(), &key(), "id1").expect("sealed");
    for plain in [
        "hunter2-in-the-cache",
        "password",
        "secret/a",
        "deep",
        "1700000000",
    ] {
        assert!(
            !bytes.windows(plain.len()).any(|w| w == plain.as_bytes()),
            "{plain:?} is readable in the file"
        );
    }
    let back = open(&bytes, &key(), "id1").expect("opens");
    let want = entry();
    assert_eq!(back.written_ms, want.written_ms);
    assert_eq!(back.scope, want.scope);
    assert_eq!(back.sources, want.sources);
    assert_eq!(back.skipped, want.skipped);
    assert_eq!(back.reads.len(), 2);
    for ((k1, f1), (k2, f2)) in back.reads.iter().zip(&want.reads) {
        assert_eq!(k1, k2);
        assert_eq!(f1.data, f2.data);
        assert_eq!((f1.version, f1.kv), (f2.version, f2.kv));
        assert!(f1.lease_id.is_empty());
    }
    // A random nonce each time: the same entry never gives the same bytes.
    assert_ne!(bytes, seal(&entry(), &key(), "id1").expect("sealed"));
}

#[test]
fn a_wrong_key_is_told_from_damage() {
    let bytes = seal(&entry(), &key(), "id1").expect("sealed");
    let other = Key::from_bytes([7; 32]);
    assert_eq!(open(&bytes, &other, "id1").err(), Some(OpenError::WrongKey));
}

#[test]
fn every_flipped_byte_is_refused() {
    let bytes = seal(&entry(), &key(), "id1").expect("sealed");
    for i in 0..bytes.len() {
        for bit in [0x01u8, 0x80] {
            let mut bad = bytes.clone();
            bad[i] ^= bit;
            let e = open(&bad, &key(), "id1").expect_err("a flipped byte opened");
            let header = MAGIC.len() + CHECK_LEN + NONCE_LEN;
            if i >= header {
                assert_eq!(e, OpenError::Tampered, "byte {i}");
            }
        }
    }
}

#[test]
fn a_cut_file_another_name_or_any_other_bytes_are_refused() {
    let bytes = seal(&entry(), &key(), "id1").expect("sealed");
    for cut in [0, 10, MAGIC.len(), bytes.len() / 2, bytes.len() - 1] {
        assert!(open(&bytes[..cut], &key(), "id1").is_err(), "cut at {cut}");
    }
    assert_eq!(
        open(&bytes, &key(), "id2").err(),
        Some(OpenError::Tampered),
        "moved to another plan's name"
    );
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        open(&longer, &key(), "id1").err(),
        Some(OpenError::Tampered)
    );
    assert_eq!(
        open(b"{\"written_ms\":1}", &key(), "id1").err(),
        Some(OpenError::NotACache)
    );
}

#[test]
fn the_id_depends_on_the_server_and_every_source() {
    let a = id("http://a", &["secret/x".into()]);
    assert_eq!(a.len(), 32);
    assert_eq!(a, id("http://a", &["secret/x".into()]));
    assert_ne!(a, id("http://b", &["secret/x".into()]));
    assert_ne!(a, id("http://a", &["secret/x".into(), "secret/y".into()]));
    assert_ne!(
        id("http://a", &["x".into(), "y".into()]),
        id("http://a", &["x\0y".into()])
    );
}
