//! Lifetimes: whatever numbers an answer carries (TTLs, lease durations, expirations,
//! versions), decoding never panics, and the token and secrets watchers fed with them
//! never panic, never plan a step past `MAX_LIFETIME`, and never act again without time
//! passing (a spin would exceed the request budget of the run).
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};
use std::cell::Cell;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};
use vaultctl::lifecycle::secrets::{self, SecretOps, Watch};
use vaultctl::lifecycle::token::{self, TokenOps, TokenWatch};
use vaultctl::lifecycle::{Clock, MAX_LIFETIME, Wake};
use vaultctl::redacted::Secret;
use vaultctl::secrets::read::{Fetched, ReadKey};
use vaultctl::vault::error::RequestLine;
use vaultctl::vault::response::Auth;
use vaultctl::vault::{Error, Response};

/// The fuzzer's bytes as numbers; zeros once they run out.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
        self.0 = rest;
        first
    }

    fn seconds(&mut self) -> u64 {
        match self.byte() % 8 {
            0 => 0,
            1 => u64::MAX,
            2 => 1 << 63,
            3 => u64::from(self.byte()),
            _ => (0..8).fold(0, |n, _| n << 8 | u64::from(self.byte())),
        }
    }

    fn json_seconds(&mut self) -> Value {
        match self.byte() % 6 {
            0 => json!(-(i64::from(self.byte()))),
            1 => json!(f64::from(self.byte()) * 1e300),
            2 => json!(self.seconds().to_string()),
            3 => Value::Null,
            _ => json!(self.seconds()),
        }
    }

    fn fetched(&mut self) -> Fetched {
        let mut data = Map::new();
        data.insert("ttl".into(), self.json_seconds());
        data.insert("expiration".into(), self.json_seconds());
        let flags = self.byte();
        Fetched {
            data,
            lease_id: if flags & 1 == 1 {
                "lease".into()
            } else {
                String::new()
            },
            lease_duration: self.seconds(),
            renewable: flags & 2 == 2,
            version: (flags & 4 == 4).then(|| self.seconds()),
            kv: [None, Some(1), Some(2), None][usize::from(flags >> 3 & 3)],
        }
    }
}

/// Jumps to each deadline; ends the run at `end`; checks each wait is bounded.
struct JumpClock {
    now: Cell<Instant>,
    end: Instant,
}

impl Clock for JumpClock {
    fn now(&self) -> Instant {
        self.now.get()
    }
    fn wait_until(&self, deadline: Instant, _wake: &Receiver<()>) -> Wake {
        assert!(deadline.saturating_duration_since(self.now.get()) <= MAX_LIFETIME);
        if deadline > self.end {
            return Wake::Stop;
        }
        self.now.set(deadline.max(self.now.get()));
        Wake::Deadline
    }
    fn fraction(&self) -> f64 {
        0.5
    }
}

/// Answers from the fuzzer's bytes; counts requests against a budget.
struct Answers<'a> {
    bytes: Bytes<'a>,
    requests: u64,
    budget: u64,
    can_login: bool,
}

impl Answers<'_> {
    fn request(&mut self) -> Result<(), Error> {
        self.requests += 1;
        assert!(self.requests <= self.budget, "the watcher spins");
        match self.bytes.byte() % 5 {
            0 => Err(Error::Api {
                request: RequestLine {
                    method: "GET",
                    path: "/v1/x".into(),
                },
                status: [400, 403, 500][usize::from(self.bytes.byte() % 3)],
                errors: vec![],
            }),
            _ => Ok(()),
        }
    }

    fn auth(&mut self) -> Auth {
        Auth {
            client_token: Secret::new("t"),
            accessor: String::new(),
            policies: vec![],
            token_policies: vec![],
            lease_duration: self.bytes.seconds(),
            renewable: self.bytes.byte() & 1 == 1,
            entity_id: String::new(),
            token_type: String::new(),
            orphan: false,
        }
    }
}

impl TokenOps for Answers<'_> {
    fn renew(&mut self, _increment: Duration) -> Result<Auth, Error> {
        self.request().map(|()| self.auth())
    }
    fn lookup(&mut self) -> Result<(), Error> {
        self.request()
    }
    fn can_login(&self) -> bool {
        self.can_login
    }
    fn login(&mut self) -> Result<Auth, Error> {
        self.request().map(|()| self.auth())
    }
}

impl SecretOps for Answers<'_> {
    fn kv_version(&mut self, _key: &ReadKey) -> Result<Option<u64>, Error> {
        self.request().map(|()| Some(self.bytes.seconds()))
    }
    fn read(&mut self, _key: &ReadKey) -> Result<Fetched, Error> {
        self.request().map(|()| self.bytes.fetched())
    }
    fn renew(&mut self, _lease: &str, _increment: Duration) -> Result<Duration, Error> {
        self.request()
            .map(|()| Duration::from_secs(self.bytes.seconds()))
    }
}

fuzz_target!(|data: &[u8]| {
    // Any answer decodes or fails cleanly, and the numbers it gives are watched below.
    if let Ok(r) = serde_json::from_slice::<Response<Value>>(data) {
        let now = Instant::now();
        let ttl = vaultctl::lifecycle::lifetime(r.lease_duration);
        assert!(TokenWatch::new(now, ttl, r.renewable, 0.5).expires() <= now + MAX_LIFETIME);
    }
    let mut bytes = Bytes(data);
    let start = Instant::now();
    let span = Duration::from_secs(60 + u64::from(bytes.byte()) * 60);
    // No step sooner than 200 ms after the last, two requests a step at most.
    let budget = (span.as_millis() as u64 / 200 + 5) * 3;
    let clock = JumpClock {
        now: Cell::new(start),
        end: start + span,
    };
    let (_, wake) = mpsc::channel();
    if bytes.byte() & 1 == 1 {
        let ttl = Duration::from_secs(bytes.seconds());
        let flags = bytes.byte();
        let mut watch = TokenWatch::new(start, ttl, flags & 1 == 1, 0.5);
        let mut answers = Answers {
            bytes,
            requests: 0,
            budget,
            can_login: flags & 2 == 2,
        };
        token::run(&mut watch, &mut answers, &clock, &wake, &mut |_| {});
    } else {
        let path = [
            "kv1/static-creds/a",
            "secret/a",
            "pki/issue/a",
            "db/creds/a",
        ];
        let mut key = ReadKey::path(path[usize::from(bytes.byte() % 4)]);
        if key.path.starts_with("pki/") {
            key.issue = Some(vec![]);
        }
        let fetched = bytes.fetched();
        let poll = Duration::from_secs(u64::from(bytes.byte()));
        let watch = Watch::new(key, fetched, &clock, poll, Duration::from_secs(2));
        if let Some(at) = watch.next_at() {
            assert!(at <= start + MAX_LIFETIME);
        }
        let mut answers = Answers {
            bytes,
            requests: 0,
            budget,
            can_login: false,
        };
        secrets::run(&mut [watch], &mut answers, &clock, &wake, &mut |_| {});
    }
});
