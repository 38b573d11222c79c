//! Property tests: whatever numbers Vault sends (or whoever can write a secret chooses)
//! as TTLs, lease durations, expirations and versions, the watchers never panic, never
//! wait past [`MAX_LIFETIME`], and never act again without time passing (no spin). A
//! hand-written generator favours the edges: 0, 1, `2^63`, `2^64-1`, negatives,
//! fractions, numbers in strings, words.

use super::secrets::{self, SecretOps, Watch};
use super::token::{self, TokenOps, TokenWatch};
use super::{Clock, MAX_LIFETIME, Wake};
use crate::redacted::Secret;
use crate::secrets::read::{Fetched, ReadKey};
use crate::vault::error::RequestLine;
use crate::vault::response::{Auth, Response};
use crate::vault::{self, Error};
use serde_json::{Map, Value, json};
use std::cell::Cell;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// xorshift64*: reproducible from the seed printed with a failure.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }

    fn fraction(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A count of seconds, edges first.
    fn seconds(&mut self) -> u64 {
        let unix_now = unix_now();
        match self.below(12) {
            0 => 0,
            1 => 1,
            2 => 2 + self.below(5),
            3 => 60,
            4 => 3600 + self.below(86_400),
            5 => u64::MAX,
            6 => u64::MAX - self.below(1000),
            7 => 1 << 63,
            8 => i64::MAX as u64,
            9 => MAX_LIFETIME.as_secs() + self.below(3),
            10 => unix_now.wrapping_add(self.below(7200)).wrapping_sub(3600),
            _ => self.next(),
        }
    }

    /// A JSON value where a count of seconds belongs: any number, or none.
    fn json_seconds(&mut self) -> Value {
        match self.below(10) {
            0 => json!(-1),
            1 => json!(i64::MIN),
            2 => json!(-0.5),
            3 => json!(1e300),
            4 => json!(self.fraction() * 1e6),
            5 => json!(self.seconds().to_string()),
            6 => json!("soon"),
            7 => Value::Null,
            _ => json!(self.seconds()),
        }
    }

    /// The same as JSON text, with literals `serde_json::json!` cannot build.
    fn json_seconds_text(&mut self) -> String {
        match self.below(8) {
            0 => "18446744073709551616".into(),
            1 => "-18446744073709551616".into(),
            2 => "1e400".into(),
            3 => "-1e400".into(),
            _ => self.json_seconds().to_string(),
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Jumps to each deadline, records how far ahead each wait was asked, and ends the run
/// (asks to stop) at `end`.
struct TestClock {
    now: Cell<Instant>,
    end: Instant,
    longest_wait: Cell<Duration>,
    draws: Cell<u64>,
}

impl TestClock {
    fn new(start: Instant, run_for: Duration) -> TestClock {
        TestClock {
            now: Cell::new(start),
            end: start + run_for,
            longest_wait: Cell::new(Duration::ZERO),
            draws: Cell::new(0),
        }
    }
}

impl Clock for TestClock {
    fn now(&self) -> Instant {
        self.now.get()
    }

    fn wait_until(&self, deadline: Instant, _wake: &Receiver<()>) -> Wake {
        let ahead = deadline.saturating_duration_since(self.now.get());
        self.longest_wait.set(self.longest_wait.get().max(ahead));
        if deadline > self.end {
            self.now.set(self.end);
            return Wake::Stop;
        }
        self.now.set(deadline.max(self.now.get()));
        Wake::Deadline
    }

    fn fraction(&self) -> f64 {
        let n = self.draws.get() + 1;
        self.draws.set(n);
        (n as f64 * 0.618_033_988_749_895).fract()
    }
}

fn api_error(status: u16) -> Error {
    Error::Api {
        request: RequestLine {
            method: "GET",
            path: "/v1/x".into(),
        },
        status,
        errors: vec![],
    }
}

/// How many requests a run of `elapsed` may send at most: no watcher acts more often
/// than every 200 ms (a failure's backoff) with two requests a step, plus a few.
fn budget(elapsed: Duration, watches: usize) -> u64 {
    (elapsed.as_millis() as u64 / 200 + 5) * 3 * watches as u64
}

/// A Vault whose every answer carries arbitrary numbers; counts requests and panics
/// past `limit` (a spin would never let the fake clock reach the end).
struct WildVault {
    rng: Rng,
    requests: u64,
    limit: u64,
    can_login: bool,
}

impl WildVault {
    fn request(&mut self) -> Result<(), Error> {
        self.requests += 1;
        assert!(
            self.requests <= self.limit,
            "more than {} requests: the watcher spins",
            self.limit
        );
        match self.rng.below(8) {
            0 => Err(api_error(500)),
            1 => Err(api_error(403)),
            2 => Err(api_error(400)),
            _ => Ok(()),
        }
    }

    fn auth(&mut self) -> Auth {
        Auth {
            client_token: Secret::new("t"),
            accessor: String::new(),
            policies: vec![],
            token_policies: vec![],
            lease_duration: self.rng.seconds(),
            renewable: self.rng.coin(),
            entity_id: String::new(),
            token_type: "service".into(),
            orphan: false,
        }
    }
}

impl TokenOps for WildVault {
    fn renew(&mut self, _increment: Duration) -> Result<Auth, vault::Error> {
        self.request()?;
        Ok(self.auth())
    }
    fn lookup(&mut self) -> Result<(), vault::Error> {
        self.request()
    }
    fn can_login(&self) -> bool {
        self.can_login
    }
    fn login(&mut self) -> Result<Auth, vault::Error> {
        self.request()?;
        Ok(self.auth())
    }
}

fn fetched(rng: &mut Rng) -> Fetched {
    let mut data = Map::new();
    data.insert("username".into(), json!(format!("u{}", rng.below(3))));
    if rng.coin() {
        data.insert("ttl".into(), rng.json_seconds());
    }
    if rng.coin() {
        data.insert("expiration".into(), rng.json_seconds());
    }
    let kv = match rng.below(3) {
        0 => None,
        1 => Some(1),
        _ => Some(2),
    };
    Fetched {
        data,
        lease_id: if rng.coin() {
            format!("database/creds/app/{}", rng.below(100))
        } else {
            String::new()
        },
        lease_duration: rng.seconds(),
        renewable: rng.coin(),
        version: rng.coin().then(|| rng.seconds()),
        kv,
    }
}

fn read_key(rng: &mut Rng) -> ReadKey {
    let path = match rng.below(4) {
        0 => "database/static-creds/app",
        1 => "kv1/static-creds/app",
        2 => "secret/app",
        _ => "pki/issue/web",
    };
    let mut key = ReadKey::path(path);
    if rng.below(4) == 0 {
        key.version = Some(rng.seconds());
    }
    if path.starts_with("pki/") && rng.coin() {
        key.issue = Some(vec![("common_name".into(), "web".into())]);
    }
    key
}

impl SecretOps for WildVault {
    fn kv_version(&mut self, _key: &ReadKey) -> Result<Option<u64>, Error> {
        self.request()?;
        Ok(self.rng.coin().then(|| self.rng.seconds()))
    }
    fn read(&mut self, _key: &ReadKey) -> Result<Fetched, Error> {
        self.request()?;
        Ok(fetched(&mut self.rng))
    }
    fn renew(&mut self, _lease_id: &str, _increment: Duration) -> Result<Duration, Error> {
        self.request()?;
        // Not capped here: the watch must cope with any Duration it is handed.
        Ok(Duration::from_secs(self.rng.seconds()))
    }
}

fn run_for(rng: &mut Rng) -> Duration {
    Duration::from_secs(60 + rng.below(4 * 3600))
}

#[test]
fn any_token_ttl_gives_a_next_step_within_bounds_and_no_spin() {
    for seed in 1..=300u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let start = Instant::now();
        let ttl = Duration::from_secs(rng.seconds());
        let renewable = rng.coin();
        let watch = TokenWatch::new(start, ttl, renewable, rng.fraction());
        for can_login in [false, true] {
            let (at, _) = watch.next(start, can_login);
            assert!(
                at <= start + MAX_LIFETIME,
                "seed {seed}: next step {:?} away",
                at - start
            );
        }
        let mut watch = watch;
        let span = run_for(&mut rng);
        let clock = TestClock::new(start, span);
        let mut vault = WildVault {
            rng: Rng(rng.next() | 1),
            requests: 0,
            limit: budget(span, 1),
            can_login: rng.coin(),
        };
        let (_nudge, wake) = mpsc::channel();
        token::run(&mut watch, &mut vault, &clock, &wake, &mut |_| {});
        assert!(
            clock.longest_wait.get() <= MAX_LIFETIME,
            "seed {seed}: waited {:?}",
            clock.longest_wait.get()
        );
    }
}

#[test]
fn any_secret_numbers_give_a_next_step_within_bounds_and_no_spin() {
    for seed in 1..=300u64 {
        let mut rng = Rng(seed.wrapping_mul(0xd1b5_4a32_d192_ed03) | 1);
        let start = Instant::now();
        let clock = TestClock::new(start, run_for(&mut rng));
        let poll = [
            Duration::ZERO,
            Duration::from_secs(1),
            Duration::from_secs(60),
            crate::duration::MAX,
        ][rng.below(4) as usize];
        let lead =
            [Duration::ZERO, Duration::from_secs(2), crate::duration::MAX][rng.below(3) as usize];
        let count = 1 + rng.below(3) as usize;
        let mut watches: Vec<Watch> = (0..count)
            .map(|_| {
                let w = Watch::new(read_key(&mut rng), fetched(&mut rng), &clock, poll, lead);
                if rng.below(4) == 0 {
                    w.from_cache(start)
                } else {
                    w
                }
            })
            .collect();
        for w in &watches {
            if let Some(at) = w.next_at() {
                assert!(
                    at <= start + MAX_LIFETIME,
                    "seed {seed}: next step {:?} away",
                    at - start
                );
            }
        }
        let span = clock.end - start;
        let mut vault = WildVault {
            rng: Rng(rng.next() | 1),
            requests: 0,
            limit: budget(span, count),
            can_login: false,
        };
        // Stopped already: the fake clock ends the run; with nothing to keep fresh,
        // `run` returns at once instead of waiting for the end.
        let (_, stop) = mpsc::channel();
        secrets::run(&mut watches, &mut vault, &clock, &stop, &mut |_| {});
        assert!(
            clock.longest_wait.get() <= MAX_LIFETIME,
            "seed {seed}: waited {:?}",
            clock.longest_wait.get()
        );
        for w in &watches {
            if let Some(at) = w.next_at() {
                assert!(at <= clock.now() + MAX_LIFETIME, "seed {seed}");
            }
        }
    }
}

#[test]
fn any_numbers_in_an_answer_decode_or_fail_cleanly_and_are_watched_without_panic() {
    for seed in 1..=500u64 {
        let mut rng = Rng(seed.wrapping_mul(0xa076_1d64_78bd_642f) | 1);
        let (lease, auth, wrap) = (
            rng.json_seconds_text(),
            rng.json_seconds_text(),
            rng.json_seconds_text(),
        );
        let (ttl, expiration, version) = (
            rng.json_seconds_text(),
            rng.json_seconds_text(),
            rng.json_seconds_text(),
        );
        let body = format!(
            r#"{{"lease_id":"database/creds/app/x","lease_duration":{lease},"renewable":true,
            "data":{{"ttl":{ttl},"expiration":{expiration},"metadata":{{"version":{version}}}}},
            "auth":{{"client_token":"t","lease_duration":{auth},"renewable":true}},
            "wrap_info":{{"token":"w","ttl":{wrap}}}}}"#
        );
        let out_of_range = [&lease, &auth, &wrap, &ttl, &expiration, &version]
            .iter()
            .any(|n| n.ends_with("e400"));
        let response = match serde_json::from_str::<Response<Value>>(&body) {
            Ok(r) => r,
            // Only a number beyond every float is a decoding error (a clean one).
            Err(e) => {
                assert!(out_of_range, "seed {seed}: {e}: {body}");
                continue;
            }
        };
        let expect = |text: &str| {
            serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| crate::vault::number::seconds(&v))
                .unwrap_or(0)
        };
        assert_eq!(response.lease_duration, expect(&lease), "seed {seed}");
        let a = response.auth.as_ref().expect("auth");
        assert_eq!(a.lease_duration, expect(&auth), "seed {seed}");
        let w = response.wrap_info.as_ref().expect("wrap_info");
        assert_eq!(w.ttl, expect(&wrap), "seed {seed}");
        // What the watchers make of it.
        let data = response.data.clone().unwrap_or(Value::Null);
        let start = Instant::now();
        let clock = TestClock::new(start, Duration::from_secs(600));
        let token = TokenWatch::new(start, super::lifetime(a.lease_duration), true, 0.5);
        assert!(token.expires() <= start + MAX_LIFETIME);
        let info = crate::vault::token::TokenInfo {
            fields: json!({"ttl": data["ttl"].clone()})
                .as_object()
                .cloned()
                .unwrap_or_default(),
        };
        let _ = TokenWatch::new(start, super::lifetime(info.ttl()), true, 0.5);
        for path in ["kv1/static-creds/app", "pki/issue/web"] {
            let mut key = ReadKey::path(path);
            if path.starts_with("pki/") {
                key.issue = Some(vec![]);
            }
            let f = Fetched {
                data: data.as_object().cloned().unwrap_or_default(),
                lease_id: String::new(),
                lease_duration: response.lease_duration,
                renewable: response.renewable,
                version: data["metadata"]["version"].as_u64(),
                kv: path.starts_with("kv1/").then_some(1),
            };
            let w = Watch::new(key, f, &clock, Duration::from_secs(60), Duration::ZERO);
            if let Some(at) = w.next_at() {
                assert!(at <= start + MAX_LIFETIME, "seed {seed}: {path}");
                assert!(at >= start + super::MIN_STEP, "seed {seed}: {path}");
            }
        }
    }
}
