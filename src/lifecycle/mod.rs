//! Keeping secrets alive while a process runs: the token lifecycle (renew, notice the
//! end of renewals, log in again). Emits events; knows nothing of child processes.

pub mod clock;
pub mod secrets;
pub mod token;

pub use clock::{Clock, SystemClock, Wake};

use std::time::Duration;

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
pub fn renew_after(ttl: Duration, grace: Duration) -> Duration {
    let planned = ttl.mul_f64(2.0 / 3.0) + grace / 3;
    let latest = ttl.saturating_sub(grace + Duration::from_secs(1));
    planned.min(latest).max(ttl / 3)
}

#[cfg(test)]
mod tests {
    use super::renew_after;
    use std::time::Duration;

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
