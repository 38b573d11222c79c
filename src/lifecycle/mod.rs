//! Keeping secrets alive while a process runs: the token lifecycle (renew, notice the
//! end of renewals, log in again). Emits events; knows nothing of child processes.

pub mod backoff;
pub mod clock;
pub mod secrets;
pub mod token;

pub use backoff::Retry;
pub use clock::{Clock, SystemClock, Wake};

use std::time::{Duration, Instant, SystemTime};

/// The longest lifetime vaultctl plans with: 10 years. A TTL, lease duration or
/// expiration further away (Vault's own maximum is 32 years, and a server or a secret's
/// writer may send `2^64-1`) means "far away" and is planned as this, so that no time
/// computed from it can overflow.
pub const MAX_LIFETIME: Duration = Duration::from_secs(10 * 365 * 86_400);

/// The soonest a watcher acts again on the same token or read after a renewal or a
/// read: a TTL of 0 or 1 s, or an expiration already past, cannot make it send requests
/// in a tight loop.
pub const MIN_STEP: Duration = Duration::from_secs(1);

/// A count of seconds from Vault as a lifetime, capped at [`MAX_LIFETIME`].
pub fn lifetime(secs: u64) -> Duration {
    Duration::from_secs(secs).min(MAX_LIFETIME)
}

/// `now` plus `d`, with `d` capped at [`MAX_LIFETIME`]; never panics. Should the clock be
/// so far on that even that overflows, one day from `now`, and as a last resort `now`.
pub fn after(now: Instant, d: Duration) -> Instant {
    now.checked_add(d.min(MAX_LIFETIME))
        .or_else(|| now.checked_add(Duration::from_secs(86_400)))
        .unwrap_or(now)
}

/// How long from `now` until `at` (seconds since the Unix epoch, as Vault gives an
/// `expiration`): zero when it is past, at most [`MAX_LIFETIME`].
pub fn until_unix(at: u64, now: SystemTime) -> Duration {
    let now = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    lifetime(at.saturating_sub(now))
}

/// When to renew what has `ttl` left, keeping `grace` before its expiry (10–20% of the
/// TTL, drawn once per token or lease, or more where the caller needs a longer lead): as
/// the Go client's LifetimeWatcher does, 2/3 of the TTL plus a third of the grace, so
/// renewals land at 70–73% of the TTL (as often as OpenBao Agent's, and not in step
/// across a fleet). Never later than the grace plus one second before expiry: Vault
/// reports TTLs in whole seconds, so a renewal capped by the max TTL can look uncapped,
/// and the next one must still come in time; and a renewal that comes back capped must
/// leave the grace to replace what it renewed. Only when that is less than a third of
/// the TTL (TTLs of a few seconds, or a lead longer than the TTL) does the renewal come
/// at a third of the TTL instead, so as not to renew in a tight loop.
///
/// Both are taken as at most [`MAX_LIFETIME`].
pub fn renew_after(ttl: Duration, grace: Duration) -> Duration {
    let (ttl, grace) = (ttl.min(MAX_LIFETIME), grace.min(MAX_LIFETIME));
    let planned = ttl.mul_f64(2.0 / 3.0) + grace / 3;
    let latest = ttl.saturating_sub(grace + Duration::from_secs(1));
    planned.min(latest).max(ttl / 3)
}

#[cfg(test)]
mod bounds;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_counts_of_seconds_are_far_away_but_never_overflow() {
        let now = Instant::now();
        assert_eq!(lifetime(u64::MAX), MAX_LIFETIME);
        assert_eq!(lifetime(60), Duration::from_secs(60));
        assert_eq!(after(now, Duration::MAX), now + MAX_LIFETIME);
        assert_eq!(after(now, Duration::ZERO), now);
        let epoch = SystemTime::UNIX_EPOCH;
        assert_eq!(until_unix(u64::MAX, epoch), MAX_LIFETIME);
        assert_eq!(until_unix(0, SystemTime::now()), Duration::ZERO);
        let forty = epoch + Duration::from_secs(40);
        assert_eq!(until_unix(100, forty), Duration::from_secs(60));
        // A renewal plan from the longest lifetime (or longer) stays within it.
        let at = renew_after(Duration::MAX, Duration::MAX);
        assert!(at > Duration::ZERO && at < MAX_LIFETIME);
    }

    #[test]
    fn renewals_land_at_70_to_73_percent_and_leave_the_grace_and_a_second() {
        let ttl = Duration::from_secs(60);
        assert_eq!(
            renew_after(ttl, Duration::from_secs(6)),
            Duration::from_secs(42)
        );
        assert_eq!(
            renew_after(ttl, Duration::from_secs(12)),
            Duration::from_secs(44)
        );
        // A lead longer than the jitter grace is kept before expiry, and a second more.
        let lead = Duration::from_secs(17);
        assert_eq!(renew_after(ttl, lead), Duration::from_secs(42));
        let long_lead = Duration::from_secs(32);
        assert_eq!(renew_after(ttl, long_lead), Duration::from_secs(27));
        // A 3 s token keeps its grace and the second too.
        let short = Duration::from_secs(3);
        assert_eq!(
            renew_after(short, Duration::from_millis(450)),
            Duration::from_millis(1550)
        );
        // With no room for the grace, a third of the TTL: no tight loop.
        assert_eq!(
            renew_after(short, Duration::from_secs(5)),
            Duration::from_secs(1)
        );
    }
}
