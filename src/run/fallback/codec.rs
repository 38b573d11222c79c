//! The fallback cache's file format, pure: a key parsed from its hex text, an entry (the
//! time it was written, the sources it is for, the KV reads) sealed into bytes and opened
//! again. No file system, no clock, no Vault: what comes in is bytes, so any bytes can be
//! fed to [`open`] (a fuzz target does) and it answers with an entry or a reason, never a
//! panic.
//!
//! Layout: a magic line, an 8-byte key check, a 12-byte random nonce, then the entry as
//! JSON sealed with AES-256-GCM (ring). The magic, the key check and the file's id (a
//! hash of the sources, which names the file) are the additional authenticated data, so
//! an entry cannot be moved to another plan's name; the written time and the sources are
//! inside the ciphertext. The key check (a hash of the key, which tells nothing of it)
//! only tells a wrong key from a damaged file; authentication is the AEAD's.

use crate::secrets::read::{Fetched, ReadKey};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::digest;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;
use zeroize::Zeroizing;

/// The first bytes of every cache file (format version 1).
pub const MAGIC: &[u8] = b"vaultctl fallback cache 1\n";
const CHECK_LEN: usize = 8;
const TAG_LEN: usize = 16;
/// The largest file [`open`] looks at: far more than any set of secrets.
pub const MAX_FILE_BYTES: usize = 16 << 20;

/// The cache key: 32 bytes, zeroed when dropped; shown as `*****`.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("*****")
    }
}

/// Why a text is not a key; never shows the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadKey(pub &'static str);

impl fmt::Display for BadKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a key: {} (expected 64 hex digits, 32 random bytes as `openssl rand -hex 32` prints them)",
            self.0
        )
    }
}

impl Key {
    /// Parses 64 hex digits; whitespace around them is ignored.
    pub fn parse(text: &[u8]) -> Result<Key, BadKey> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(BadKey("it is empty"));
        }
        if text.len() != 64 {
            return Err(BadKey("wrong length"));
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (i, pair) in text.chunks(2).enumerate() {
            let (Some(hi), Some(lo)) = (hex_value(pair[0]), hex_value(pair[1])) else {
                return Err(BadKey("a character is not a hex digit"));
            };
            bytes[i] = hi << 4 | lo;
        }
        Ok(Key(bytes))
    }

    /// A key from raw bytes (tests, fuzzing).
    pub fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    /// A hash of the key that tells nothing about it: tells a wrong key from damage.
    fn check(&self) -> [u8; CHECK_LEN] {
        let mut ctx = digest::Context::new(&digest::SHA256);
        ctx.update(b"vaultctl fallback cache key check\0");
        ctx.update(self.0.as_slice());
        let mut out = [0u8; CHECK_LEN];
        out.copy_from_slice(&ctx.finish().as_ref()[..CHECK_LEN]);
        out
    }

    fn aead(&self) -> LessSafeKey {
        let unbound = UnboundKey::new(&AES_256_GCM, self.0.as_slice())
            .expect("a 32-byte key fits AES-256-GCM");
        LessSafeKey::new(unbound)
    }
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The id of a set of sources read from one server: names the file and is
/// authenticated with it. `scope` is the address and namespace.
pub fn id(scope: &str, sources: &[String]) -> String {
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(b"vaultctl fallback cache id\0");
    // Each part with its length first, so no two lists hash alike.
    for part in std::iter::once(scope).chain(sources.iter().map(String::as_str)) {
        ctx.update(&(part.len() as u64).to_le_bytes());
        ctx.update(part.as_bytes());
    }
    ctx.finish().as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Why a read is not in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    /// It has a lease: dynamic credentials.
    Dynamic,
    /// Not a KV secret (static credentials, an issued secret, any other engine).
    NotKv,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Skip::Dynamic => "holds dynamic credentials (a lease), which are never cached",
            Skip::NotKv => {
                "is not a KV secret (dynamic credentials and issued secrets are never cached)"
            }
        })
    }
}

/// One cache entry: what a start needs, and nothing else.
#[derive(Debug)]
pub struct Entry {
    /// When its values were read (or last confirmed by Vault), in ms since the Unix epoch.
    pub written_ms: u64,
    /// The server: address and namespace.
    pub scope: String,
    /// Every read of the plan, as [`ReadKey`] prints it, sorted.
    pub sources: Vec<String>,
    /// The KV reads, each with its whole secret. Empty when any read is skipped: an
    /// entry that cannot start a run keeps no value.
    pub reads: Vec<(ReadKey, Fetched)>,
    /// The reads that are not cached, and why.
    pub skipped: Vec<(ReadKey, Skip)>,
}

#[derive(Serialize)]
struct RawEntryRef<'a> {
    written_ms: u64,
    scope: &'a str,
    sources: &'a [String],
    reads: Vec<RawReadRef<'a>>,
    skipped: Vec<RawSkip>,
}

#[derive(Serialize)]
struct RawReadRef<'a> {
    path: &'a str,
    pin: Option<u64>,
    kv: u8,
    version: Option<u64>,
    data: &'a Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    written_ms: u64,
    scope: String,
    sources: Vec<String>,
    reads: Vec<RawRead>,
    skipped: Vec<RawSkip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRead {
    path: String,
    pin: Option<u64>,
    kv: u8,
    version: Option<u64>,
    data: Map<String, Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkip {
    path: String,
    pin: Option<u64>,
    why: Skip,
}

/// Why a file could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Too short, too long, or without the magic line.
    NotACache,
    /// Written with another key.
    WrongKey,
    /// Authentication failed: changed or damaged since it was written.
    Tampered,
    /// Authentic but not an entry vaultctl writes.
    Unreadable,
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OpenError::NotACache => "it is not a vaultctl fallback cache file (damaged?)",
            OpenError::WrongKey => {
                "it was written with another key (check --fallback-key-file or VAULTCTL_FALLBACK_KEY)"
            }
            OpenError::Tampered => {
                "it was changed or damaged since it was written (authentication failed)"
            }
            OpenError::Unreadable => "its contents are not an entry this vaultctl can read",
        })
    }
}

/// Seals `entry` for the file `id` with `key` (a random nonce each time).
pub fn seal(entry: &Entry, key: &Key, id: &str) -> Result<Vec<u8>, ring::error::Unspecified> {
    let raw = RawEntryRef {
        written_ms: entry.written_ms,
        scope: &entry.scope,
        sources: &entry.sources,
        reads: entry
            .reads
            .iter()
            .filter_map(|(k, f)| {
                Some(RawReadRef {
                    path: &k.path,
                    pin: k.version,
                    kv: f.kv?,
                    version: f.version,
                    data: &f.data,
                })
            })
            .collect(),
        skipped: entry
            .skipped
            .iter()
            .map(|(k, why)| RawSkip {
                path: k.path.clone(),
                pin: k.version,
                why: *why,
            })
            .collect(),
    };
    let mut body = Zeroizing::new(serde_json::to_vec(&raw).map_err(|_| ring::error::Unspecified)?);
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new().fill(&mut nonce)?;
    let check = key.check();
    key.aead().seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad(&check, id)),
        &mut *body,
    )?;
    let mut out = Vec::with_capacity(MAGIC.len() + CHECK_LEN + NONCE_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&check);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&body);
    Ok(out)
}

fn aad(check: &[u8], id: &str) -> Vec<u8> {
    let mut aad = MAGIC.to_vec();
    aad.extend_from_slice(check);
    aad.extend_from_slice(id.as_bytes());
    aad
}

/// Opens the bytes of the file `id` with `key`.
pub fn open(bytes: &[u8], key: &Key, id: &str) -> Result<Entry, OpenError> {
    let header = MAGIC.len() + CHECK_LEN + NONCE_LEN;
    if bytes.len() < header + TAG_LEN || bytes.len() > MAX_FILE_BYTES {
        return Err(OpenError::NotACache);
    }
    let (magic, rest) = bytes.split_at(MAGIC.len());
    if magic != MAGIC {
        return Err(OpenError::NotACache);
    }
    let (check, rest) = rest.split_at(CHECK_LEN);
    if check != key.check() {
        return Err(OpenError::WrongKey);
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| OpenError::NotACache)?;
    let mut body = Zeroizing::new(sealed.to_vec());
    let plain = key
        .aead()
        .open_in_place(nonce, Aad::from(aad(check, id)), &mut body)
        .map_err(|_| OpenError::Tampered)?;
    let raw: RawEntry = serde_json::from_slice(plain).map_err(|_| OpenError::Unreadable)?;
    Ok(entry_of(raw))
}

fn entry_of(raw: RawEntry) -> Entry {
    let key = |path: String, pin: Option<u64>| ReadKey {
        path,
        version: pin,
        issue: None,
    };
    Entry {
        written_ms: raw.written_ms,
        scope: raw.scope,
        sources: raw.sources,
        reads: raw
            .reads
            .into_iter()
            .map(|r| {
                let fetched = Fetched {
                    data: r.data,
                    lease_id: String::new(),
                    lease_duration: 0,
                    renewable: false,
                    version: r.version,
                    kv: Some(r.kv),
                };
                (key(r.path, r.pin), fetched)
            })
            .collect(),
        skipped: raw
            .skipped
            .into_iter()
            .map(|s| (key(s.path, s.pin), s.why))
            .collect(),
    }
}

#[cfg(test)]
mod tests;
