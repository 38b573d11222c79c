//! The watcher against a fake Vault and a fake clock.

use super::*;
use crate::vault::error::RequestLine;
use serde_json::{Map, Value, json};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::mpsc;

use crate::lifecycle::clock::FakeClock;

/// A Vault with one KV v2 secret and one database role (ttl 30 s, max 90 s).
struct FakeVault {
    now: Rc<Cell<Instant>>,
    kv_version: u64,
    kv_reads: u32,
    metadata_reads: u32,
    creds_issued: u32,
    lease_max_at: Instant,
    lease_expires: Instant,
    renewals: u32,
    renewed_after_expiry: u32,
    down_until: Option<Instant>,
    down_requests: u32,
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

fn fetched(data: Value, lease: &str, ttl: u64, version: Option<u64>) -> Fetched {
    Fetched {
        data: data.as_object().cloned().unwrap_or_else(Map::new),
        lease_id: lease.into(),
        lease_duration: ttl,
        renewable: !lease.is_empty(),
        version,
        kv: version.map(|_| 2),
    }
}

impl FakeVault {
    fn down(&mut self) -> Result<(), Error> {
        match self.down_until {
            Some(t) if self.now.get() < t => {
                self.down_requests += 1;
                Err(Error::Unreachable {
                    request: RequestLine {
                        method: "GET",
                        path: "/v1/x".into(),
                    },
                    address: "x".into(),
                    reason: "connection refused".into(),
                    attempts: 3,
                })
            }
            _ => Ok(()),
        }
    }
}

impl SecretOps for FakeVault {
    fn kv_version(&mut self, _key: &ReadKey) -> Result<Option<u64>, Error> {
        self.down()?;
        self.metadata_reads += 1;
        Ok(Some(self.kv_version))
    }
    fn read(&mut self, key: &ReadKey) -> Result<Fetched, Error> {
        self.down()?;
        if key.path.starts_with("database/") {
            self.creds_issued += 1;
            let now = self.now.get();
            self.lease_expires = now + Duration::from_secs(30);
            self.lease_max_at = now + Duration::from_secs(90);
            let n = self.creds_issued;
            return Ok(fetched(
                json!({"username": format!("u{n}"), "password": format!("p{n}")}),
                &format!("lease-{n}"),
                30,
                None,
            ));
        }
        self.kv_reads += 1;
        Ok(fetched(
            json!({"value": format!("v{}", self.kv_version)}),
            "",
            0,
            Some(self.kv_version),
        ))
    }
    fn renew(&mut self, _lease: &str, increment: Duration) -> Result<Duration, Error> {
        self.down()?;
        let now = self.now.get();
        if now >= self.lease_expires {
            self.renewed_after_expiry += 1;
            return Err(api_error(400));
        }
        self.renewals += 1;
        self.lease_expires = (now + increment).min(self.lease_max_at);
        Ok(self.lease_expires - now)
    }
}

fn setup(run_for: u64) -> (FakeClock, FakeVault, Vec<Watch>) {
    let start = Instant::now();
    let now = Rc::new(Cell::new(start));
    let clock = FakeClock {
        now: now.clone(),
        end: start + Duration::from_secs(run_for),
        draws: Cell::new(0),
    };
    let mut vault = FakeVault {
        now,
        kv_version: 1,
        kv_reads: 0,
        metadata_reads: 0,
        creds_issued: 0,
        lease_max_at: start,
        lease_expires: start,
        renewals: 0,
        renewed_after_expiry: 0,
        down_until: None,
        down_requests: 0,
    };
    let kv = ReadKey::path("secret/app");
    let db = ReadKey::path("database/creds/app");
    let first_kv = vault.read(&kv).expect("kv");
    let first_db = vault.read(&db).expect("db");
    let poll = Duration::from_secs(10);
    let lead = Duration::from_secs(3);
    let watches = vec![
        Watch::new(kv, first_kv, &clock, poll, lead),
        Watch::new(db, first_db, &clock, poll, lead),
    ];
    (clock, vault, watches)
}

fn drive(clock: &FakeClock, vault: &mut FakeVault, watches: &mut [Watch]) -> Vec<(String, String)> {
    let (_tx, rx) = mpsc::channel();
    let mut changes = Vec::new();
    run(watches, vault, clock, &rx, &mut |event| {
        let WatchEvent::Changed(key, f) = event else {
            return;
        };
        let v = f
            .data
            .values()
            .next()
            .map(ToString::to_string)
            .unwrap_or_default();
        changes.push((key.path, v));
    });
    changes
}

#[test]
fn leases_are_renewed_then_replaced_before_they_expire() {
    let (clock, mut vault, mut watches) = setup(300);
    let changes = drive(&clock, &mut vault, &mut watches);
    assert_eq!(
        vault.renewed_after_expiry, 0,
        "a renewal came after the lease expired"
    );
    // 300 s with a 90 s max TTL: new credentials about every 90 s.
    let creds: Vec<_> = changes
        .iter()
        .filter(|(p, _)| p.starts_with("database/"))
        .collect();
    assert!((3..=4).contains(&creds.len()), "{changes:?}");
    assert!(vault.renewals >= 6, "renewals: {}", vault.renewals);
    // An unchanged KV secret: one small metadata check a poll, no data read, no change.
    assert!(
        !changes.iter().any(|(p, _)| p == "secret/app"),
        "{changes:?}"
    );
    assert!(
        (29..=31).contains(&vault.metadata_reads),
        "{}",
        vault.metadata_reads
    );
    assert_eq!(vault.kv_reads, 1, "only the first read");
}

#[test]
fn a_new_kv_version_is_read_and_reported_once() {
    let (clock, mut vault, mut watches) = setup(25);
    vault.kv_version = 2;
    let changes = drive(&clock, &mut vault, &mut watches);
    let kv: Vec<_> = changes.iter().filter(|(p, _)| p == "secret/app").collect();
    assert_eq!(kv, [&("secret/app".to_string(), "\"v2\"".to_string())]);
    assert_eq!(watches[0].current().version, Some(2));
}

#[test]
fn an_outage_backs_off_and_recovers() {
    let (clock, mut vault, mut watches) = setup(240);
    vault.down_until = Some(clock.now.get() + Duration::from_secs(120));
    vault.kv_version = 3;
    let changes = drive(&clock, &mut vault, &mut watches);
    // Two watches over 120 s of outage: backoff keeps the attempts few.
    assert!(
        vault.down_requests <= 24,
        "spinning: {} requests during the outage",
        vault.down_requests
    );
    assert!(
        changes
            .iter()
            .any(|(p, v)| p == "secret/app" && v == "\"v3\""),
        "a change made meanwhile is picked up: {changes:?}"
    );
    assert!(
        changes.iter().any(|(p, _)| p.starts_with("database/")),
        "expired credentials are replaced: {changes:?}"
    );
}

/// A fake clock standing at `start`.
fn clock_at(start: Instant) -> FakeClock {
    FakeClock {
        now: Rc::new(Cell::new(start)),
        end: start,
        draws: Cell::new(0),
    }
}

#[test]
fn pinned_versions_are_left_alone() {
    let start = Instant::now();
    let clock = clock_at(start);
    let key = ReadKey {
        path: "secret/app".into(),
        version: Some(3),
        issue: None,
    };
    let w = Watch::new(
        key,
        fetched(json!({"a": 1}), "", 0, Some(3)),
        &clock,
        Duration::from_secs(1),
        Duration::ZERO,
    );
    assert_eq!(w.next_at(), None);
}

#[test]
fn watches_started_together_first_poll_at_different_points_of_the_interval() {
    let start = Instant::now();
    let clock = clock_at(start);
    let poll = Duration::from_secs(10);
    let firsts: Vec<Instant> = (0..20)
        .map(|_| {
            let key = ReadKey::path("secret/app");
            let w = Watch::new(
                key,
                fetched(json!({"a": 1}), "", 0, Some(2)),
                &clock,
                poll,
                Duration::ZERO,
            );
            w.next_at().expect("a KV v2 secret is polled")
        })
        .collect();
    for at in &firsts {
        assert!(
            *at >= start + Duration::from_secs(1) && *at <= start + poll,
            "first poll {:?} after the start",
            *at - start
        );
    }
    let mut distinct = firsts.clone();
    distinct.sort();
    distinct.dedup();
    assert!(distinct.len() > 10, "in step: {:?}", distinct);
}

/// Runs one watch of `secret/app` that came from the fallback cache holding `cached`
/// (at version 1) while Vault is down for the first 30 s; what it reported, in order.
fn from_cache(cached: &str) -> (FakeVault, Vec<String>) {
    let (clock, mut vault, _) = setup(120);
    let start = clock.now.get();
    vault.down_until = Some(start + Duration::from_secs(30));
    let kv = ReadKey::path("secret/app");
    let held = fetched(json!({ "value": cached }), "", 0, Some(1));
    let poll = Duration::from_secs(10);
    let mut watches = vec![Watch::new(kv, held, &clock, poll, Duration::ZERO).from_cache(start)];
    let (_tx, rx) = mpsc::channel();
    let mut seen = Vec::new();
    run(&mut watches, &mut vault, &clock, &rx, &mut |event| {
        seen.push(match event {
            WatchEvent::Changed(_, f) => format!("changed {}", f.data["value"]),
            WatchEvent::Unchanged(_, f) => format!("unchanged {}", f.data["value"]),
            WatchEvent::Failing { transient, .. } => format!("failing {transient}"),
            WatchEvent::Recovered(_) => "recovered".into(),
            other => format!("{other:?}"),
        });
    });
    (vault, seen)
}

#[test]
fn a_read_from_the_cache_is_checked_at_once_and_read_whole_at_the_first_answer() {
    let (vault, seen) = from_cache("v1");
    assert_eq!(
        seen.first().map(String::as_str),
        Some("failing true"),
        "{seen:?}"
    );
    assert!(
        vault.down_requests >= 2,
        "tried at once and again: {seen:?}"
    );
    assert!(vault.down_requests <= 8, "backing off: {seen:?}");
    let answered = seen
        .iter()
        .position(|e| e == "recovered")
        .expect("recovered");
    assert_eq!(seen[answered + 1], "unchanged \"v1\"", "{seen:?}");
    assert!(!seen.iter().any(|e| e.starts_with("changed")), "{seen:?}");
    // One whole read at the first answer (setup read once), then version checks only.
    assert_eq!(vault.kv_reads, 2, "{seen:?}");
    assert!(vault.metadata_reads >= 5, "{}", vault.metadata_reads);
}

#[test]
fn cached_data_that_differs_under_the_same_version_is_replaced() {
    let (_, seen) = from_cache("from-an-older-cache");
    assert!(seen.contains(&"changed \"v1\"".to_string()), "{seen:?}");
}
