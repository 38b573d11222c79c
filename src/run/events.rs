//! The one place where the runtime's background events become log lines: the token
//! watcher's and the secrets watcher's events are data, and they are worded here. Never
//! a value: paths, lease ids, versions and TTLs only.

use crate::lifecycle::secrets::WatchEvent;
use crate::lifecycle::token::TokenEvent;
use std::time::Duration;

fn human(d: Duration) -> String {
    crate::duration::human(d.as_secs())
}

/// Logs what the token watcher reports.
pub fn token(event: TokenEvent) {
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

/// Logs what the secrets watcher reports.
pub fn secret(event: &WatchEvent) {
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
