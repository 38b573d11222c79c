//! The token lifecycle against a fake Vault and a fake clock.
use super::*;
use crate::redacted::Secret;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::mpsc;

use crate::lifecycle::clock::FakeClock;

/// A Vault that issues tokens with `ttl` and `max_ttl` and records every request.
struct FakeVault {
    now: Rc<Cell<Instant>>,
    ttl: Duration,
    max_ttl: Duration,
    expires: Instant,
    max_at: Instant,
    logins: u32,
    renewals: u32,
    expired_uses: u32,
    revoked: bool,
    lookups: u32,
    fail_renewals: u32,
    /// Logins that fail as if Vault could not be reached.
    fail_logins: u32,
    can_login: bool,
}

impl FakeVault {
    fn auth(ttl: Duration) -> Auth {
        Auth {
            client_token: Secret::new("t"),
            accessor: String::new(),
            policies: vec![],
            token_policies: vec![],
            lease_duration: ttl.as_secs(),
            renewable: true,
            entity_id: String::new(),
            token_type: "service".into(),
            orphan: false,
        }
    }
}

fn denied() -> vault::Error {
    vault::Error::Api {
        request: crate::vault::error::RequestLine {
            method: "GET",
            path: "lookup-self".into(),
        },
        status: 403,
        errors: vec!["permission denied".into()],
    }
}

impl TokenOps for RefCell<FakeVault> {
    fn renew(&mut self, increment: Duration) -> Result<Auth, vault::Error> {
        let v = self.get_mut();
        let now = v.now.get();
        if v.revoked {
            return Err(denied());
        }
        if now >= v.expires {
            v.expired_uses += 1;
            return Err(vault::Error::Api {
                request: crate::vault::error::RequestLine {
                    method: "POST",
                    path: "renew".into(),
                },
                status: 403,
                errors: vec!["permission denied".into()],
            });
        }
        if v.fail_renewals > 0 {
            v.fail_renewals -= 1;
            return Err(vault::Error::Api {
                request: crate::vault::error::RequestLine {
                    method: "POST",
                    path: "renew".into(),
                },
                status: 500,
                errors: vec!["internal".into()],
            });
        }
        v.renewals += 1;
        v.expires = (now + increment).min(v.max_at);
        Ok(FakeVault::auth(v.expires - now))
    }
    fn lookup(&mut self) -> Result<(), vault::Error> {
        let v = self.get_mut();
        v.lookups += 1;
        if v.revoked {
            return Err(denied());
        }
        Ok(())
    }
    fn can_login(&self) -> bool {
        self.borrow().can_login
    }
    fn login(&mut self) -> Result<Auth, vault::Error> {
        let v = self.get_mut();
        let now = v.now.get();
        v.logins += 1;
        if v.fail_logins > 0 {
            v.fail_logins -= 1;
            return Err(vault::Error::Unreachable {
                request: crate::vault::error::RequestLine {
                    method: "POST",
                    path: "auth/approle/login".into(),
                },
                address: "http://127.0.0.1:1".into(),
                reason: "connection refused".into(),
                attempts: 3,
            });
        }
        v.revoked = false;
        v.expires = now + v.ttl;
        v.max_at = now + v.max_ttl;
        Ok(FakeVault::auth(v.ttl))
    }
}

fn setup(
    ttl: u64,
    max: u64,
    run_for: u64,
    can_login: bool,
) -> (FakeClock, RefCell<FakeVault>, TokenWatch) {
    let start = Instant::now();
    let now = Rc::new(Cell::new(start));
    let clock = FakeClock {
        now: now.clone(),
        end: start + Duration::from_secs(run_for),
        draws: Cell::new(0),
    };
    let vault = RefCell::new(FakeVault {
        now,
        ttl: Duration::from_secs(ttl),
        max_ttl: Duration::from_secs(max),
        expires: start + Duration::from_secs(ttl),
        max_at: start + Duration::from_secs(max),
        logins: 0,
        renewals: 0,
        expired_uses: 0,
        revoked: false,
        lookups: 0,
        fail_renewals: 0,
        fail_logins: 0,
        can_login,
    });
    let watch = TokenWatch::new(start, Duration::from_secs(ttl), true, 0.5);
    (clock, vault, watch)
}

fn drive(
    clock: &FakeClock,
    vault: &mut RefCell<FakeVault>,
    watch: &mut TokenWatch,
) -> Vec<TokenEvent> {
    let (_tx, rx) = mpsc::channel();
    let mut events = Vec::new();
    run(watch, vault, clock, &rx, &mut |e| events.push(e));
    events
}

#[test]
fn renews_before_expiry_and_logs_in_again_at_max_ttl() {
    let (clock, mut vault, mut watch) = setup(30, 90, 600, true);
    let events = drive(&clock, &mut vault, &mut watch);
    let v = vault.borrow();
    assert_eq!(
        v.expired_uses, 0,
        "a request was made with an expired token: {events:?}"
    );
    assert!(v.renewals >= 2 * 6, "too few renewals: {}", v.renewals);
    // 600 s with a 90 s max TTL: a fresh login about every 90 s, never more often
    // than renewals make necessary.
    assert!(
        (6..=8).contains(&v.logins),
        "logins: {} {events:?}",
        v.logins
    );
    assert!(events.iter().all(|e| !matches!(e, TokenEvent::Expired)));
}

#[test]
fn without_a_login_method_it_warns_then_ends_at_expiry() {
    let (clock, mut vault, mut watch) = setup(30, 90, 600, false);
    let events = drive(&clock, &mut vault, &mut watch);
    assert_eq!(vault.borrow().expired_uses, 0);
    assert!(
        matches!(events.iter().rev().nth(1), Some(TokenEvent::Expiring(_))),
        "{events:?}"
    );
    assert_eq!(events.last(), Some(&TokenEvent::Expired));
}

#[test]
fn renewal_errors_back_off_and_recover() {
    let (clock, mut vault, mut watch) = setup(60, 3600, 300, true);
    vault.get_mut().fail_renewals = 3;
    let events = drive(&clock, &mut vault, &mut watch);
    let failures: Vec<_> = events
        .iter()
        .filter(|e| matches!(e, TokenEvent::RenewFailed(..)))
        .collect();
    assert_eq!(failures.len(), 3, "{events:?}");
    assert!(events.iter().any(|e| matches!(e, TokenEvent::Renewed(_))));
    assert_eq!(vault.borrow().expired_uses, 0);
}

#[test]
fn a_root_token_without_ttl_needs_nothing() {
    let start = Instant::now();
    let watch = TokenWatch::new(start, Duration::ZERO, false, 0.5);
    assert_eq!(watch.next(start, true).1, Step::Idle);
}

/// A fake clock whose first wait is cut short by a nudge.
struct NudgedOnce {
    clock: FakeClock,
    nudged: Cell<bool>,
}

impl Clock for NudgedOnce {
    fn now(&self) -> Instant {
        self.clock.now()
    }
    fn wait_until(&self, deadline: Instant, wake: &Receiver<()>) -> Wake {
        if self.nudged.replace(true) {
            self.clock.wait_until(deadline, wake)
        } else {
            Wake::Nudged
        }
    }
    fn fraction(&self) -> f64 {
        self.clock.fraction()
    }
}

fn revoked_then_nudged(can_login: bool) -> (Vec<TokenEvent>, u32, u32) {
    let (clock, mut vault, mut watch) = setup(3600, 7200, 60, can_login);
    vault.get_mut().revoked = true;
    let clock = NudgedOnce {
        clock,
        nudged: Cell::new(false),
    };
    let (_tx, rx) = mpsc::channel();
    let mut events = Vec::new();
    run(&mut watch, &mut vault, &clock, &rx, &mut |e| events.push(e));
    let v = vault.borrow();
    (events, v.lookups, v.logins)
}

#[test]
fn a_nudge_finds_a_revoked_token_and_logs_in_again() {
    let (events, lookups, logins) = revoked_then_nudged(true);
    assert!(
        matches!(
            events.as_slice(),
            [
                TokenEvent::Refused {
                    can_login: true,
                    ..
                },
                TokenEvent::LoggedIn(_)
            ]
        ),
        "{events:?}"
    );
    assert_eq!((lookups, logins), (1, 1));
}

#[test]
fn a_revoked_token_without_a_login_method_is_reported_once() {
    let (events, _, logins) = revoked_then_nudged(false);
    assert!(
        matches!(
            events.as_slice(),
            [TokenEvent::Refused {
                can_login: false,
                ..
            }]
        ),
        "{events:?}"
    );
    assert_eq!(logins, 0);
}

#[test]
fn without_a_token_yet_it_logs_in_first_backing_off_while_vault_is_down() {
    let (clock, mut vault, _) = setup(600, 3600, 300, true);
    vault.get_mut().fail_logins = 6;
    let start = clock.now();
    let mut watch = TokenWatch::logged_out(start, 0.5);
    let (_tx, rx) = mpsc::channel();
    let mut timed = Vec::new();
    run(&mut watch, &mut vault, &clock, &rx, &mut |e| {
        timed.push((clock.now(), e))
    });
    let events: Vec<TokenEvent> = timed.iter().map(|(_, e)| e.clone()).collect();
    let failed: Vec<Duration> = events
        .iter()
        .filter_map(|e| match e {
            TokenEvent::LoginFailed(_, retry) => Some(*retry),
            _ => None,
        })
        .collect();
    assert_eq!(failed.len(), 6, "{events:?}");
    // Backing off (full jitter under a doubling ceiling), not retrying at once.
    let waited: Duration = failed.iter().sum();
    assert!(waited >= Duration::from_secs(10), "{failed:?}");
    let logged_in_at = timed[6].0 - start;
    assert!(
        logged_in_at + Duration::from_millis(1) >= waited,
        "logged in after {logged_in_at:?}, but the retries add up to {waited:?}"
    );
    assert!(
        matches!(events.get(6), Some(TokenEvent::LoggedIn(_))),
        "{events:?}"
    );
    assert_eq!(vault.borrow().logins, 7, "a login per attempt, then none");
    assert_eq!(vault.borrow().expired_uses, 0);
}
