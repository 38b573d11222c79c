//! The one place where the runtime's background events become log lines: the token
//! watcher's and the secrets watcher's events are data, and they are worded here — and
//! counted here for `--listen`'s metrics and readiness ([`super::health`]). Never a
//! value: paths, lease ids, versions and TTLs only.

use super::health::{self, metrics::ErrorKind};
use crate::lifecycle::secrets::WatchEvent;
use crate::lifecycle::token::{TokenEvent, TokenLease};
use crate::secrets::read::{Fetched, ReadKey, Reads};
use std::time::{Duration, Instant, SystemTime};

fn human(d: Duration) -> String {
    crate::duration::human(d.as_secs())
}

/// How long what `key` read as `fetched` lives: a lease's duration, an issued
/// certificate's time to its `expiration`; `None` for what does not expire (KV, a pinned
/// version, static credentials).
pub fn lifetime(key: &ReadKey, fetched: &Fetched) -> Option<Duration> {
    if key.version.is_some() {
        None
    } else if !fetched.lease_id.is_empty() {
        Some(crate::lifecycle::lifetime(fetched.lease_duration))
    } else if key.issue.is_some() {
        fetched
            .data
            .get("expiration")
            .and_then(crate::vault::number::seconds)
            .map(|at| crate::lifecycle::until_unix(at, SystemTime::now()))
    } else {
        None
    }
}

/// Records the sources read at start (for `--listen`): each that answered.
pub fn sources(reads: &Reads) {
    for (key, fetched) in reads
        .iter()
        .filter_map(|(k, r)| Some((k, r.as_ref().ok()?)))
    {
        let ttl = lifetime(key, fetched);
        health::record(|m| m.source(&key.to_string(), ttl, Instant::now()));
    }
}

/// Records the token's lease as known at start or looked up (for `--listen`); a TTL of
/// zero is a token that does not expire.
pub fn token_lease(lease: TokenLease) {
    let ttl = (!lease.ttl.is_zero()).then_some(lease.ttl);
    health::record(|m| m.token(ttl, Instant::now()));
}

/// Logs what the token watcher reports.
pub fn token(event: TokenEvent) {
    health::record(|m| match &event {
        TokenEvent::Renewed(ttl) | TokenEvent::LoggedIn(ttl) | TokenEvent::Expiring(ttl) => {
            m.token((!ttl.is_zero()).then_some(*ttl), Instant::now());
        }
        TokenEvent::RenewFailed(..) => m.failed(None, ErrorKind::TokenRenewal),
        TokenEvent::LoginFailed(..) => m.failed(None, ErrorKind::Login),
        TokenEvent::Expired => m.token_expired(),
        TokenEvent::Refused { .. } => m.failed(None, ErrorKind::TokenRefused),
    });
    match event {
        TokenEvent::Renewed(ttl) => crate::info!("renewed the token (ttl {})", human(ttl)),
        TokenEvent::LoggedIn(ttl) => crate::info!("logged in again (token ttl {})", human(ttl)),
        TokenEvent::RenewFailed(e, retry) => crate::warn!(
            "cannot renew the token ({e}); retrying in {:.1}s",
            retry.as_secs_f64()
        ),
        TokenEvent::LoginFailed(e, retry) => crate::warn!(
            "cannot log in again ({e}); retrying in {:.1}s",
            retry.as_secs_f64()
        ),
        TokenEvent::Expiring(left) => crate::warn!(
            "the token cannot be renewed further and expires in {}; pass --auth so vaultctl can log in again",
            human(left)
        ),
        TokenEvent::Expired => {
            crate::warn!("the token expired; secrets can no longer be kept fresh")
        }
        TokenEvent::Refused {
            error,
            can_login: true,
        } => crate::warn!("the token was refused ({error}); logging in again"),
        TokenEvent::Refused {
            error,
            can_login: false,
        } => crate::warn!(
            "the token was refused ({error}), so secrets can no longer be kept fresh; the command \
             keeps the ones it has (pass --auth so vaultctl can log in again)"
        ),
    }
}

/// Counts what the secrets watcher reports (for `--listen`).
fn count(event: &WatchEvent) {
    let (now, wall) = (Instant::now(), SystemTime::now());
    health::record(|m| match event {
        WatchEvent::Renewed(key, ttl) | WatchEvent::NearMaxTtl(key, ttl) => {
            m.renewed(&key.to_string(), *ttl, now, wall);
        }
        WatchEvent::NotRenewable(key, _) => {
            m.failed(Some(&key.to_string()), ErrorKind::LeaseNotRenewable);
        }
        WatchEvent::Changed(key, fetched) => {
            m.rotated(&key.to_string(), lifetime(key, fetched), now, wall);
        }
        WatchEvent::Unchanged(key, fetched) => {
            m.confirmed(&key.to_string(), lifetime(key, fetched), now);
        }
        WatchEvent::Failing { key, transient, .. } => {
            let kind = if *transient {
                ErrorKind::Unreachable
            } else {
                ErrorKind::Request
            };
            m.failed(Some(&key.to_string()), kind);
        }
        // A refusal is also a failure (counted there); the rest are log lines only.
        WatchEvent::Refused(_)
        | WatchEvent::Reissued(_)
        | WatchEvent::NewVersion(..)
        | WatchEvent::Reread(_)
        | WatchEvent::Recovered(_) => {}
    });
}

/// Logs what the secrets watcher reports.
pub fn secret(event: &WatchEvent) {
    count(event);
    match event {
        WatchEvent::Renewed(key, ttl) => crate::info!("renewed {key} (ttl {})", human(*ttl)),
        WatchEvent::NearMaxTtl(key, ttl) => crate::info!(
            "{key} nears its max TTL (ttl {}); new credentials will be issued",
            human(*ttl)
        ),
        WatchEvent::NotRenewable(key, e) => crate::warn!(
            "{key}: the lease can no longer be renewed ({e}); new credentials will be issued"
        ),
        WatchEvent::Reissued(key) if key.issue.is_some() => {
            crate::info!("issued {key} again before the old one expires")
        }
        WatchEvent::Reissued(key) => {
            crate::info!("{key} reached its max TTL or cannot be renewed; new credentials issued")
        }
        WatchEvent::NewVersion(key, old, new) => {
            crate::info!("{key} changed (v{old} → v{new})")
        }
        WatchEvent::Reread(key) => crate::info!("{key} changed"),
        WatchEvent::Failing {
            key,
            error,
            transient: true,
            retry,
        } => crate::warn!(
            "Vault unreachable ({error}); the child keeps its secrets; retrying {key} in {:.1}s",
            retry.as_secs_f64()
        ),
        WatchEvent::Failing {
            key, error, retry, ..
        } => crate::warn!("{key}: {error}; retrying in {:.1}s", retry.as_secs_f64()),
        WatchEvent::Recovered(key) => crate::info!("Vault answers again about {key}"),
        WatchEvent::Changed(..) | WatchEvent::Unchanged(..) | WatchEvent::Refused(_) => {}
    }
}
