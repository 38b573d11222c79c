//! Random delays for retries (full jitter) without pulling in a random-number crate.
//!
//! The randomness only spreads retries of many clients apart; it is not for secrets.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// A random fraction in `[0, 1)`.
pub fn fraction() -> f64 {
    // RandomState is seeded per process from the OS and perturbed per instance.
    let mut h = RandomState::new().build_hasher();
    h.write_u64(std::process::id() as u64);
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// Full jitter: a random duration between zero and `max`.
pub fn full(max: Duration) -> Duration {
    max.mul_f64(fraction())
}

/// Exponential backoff with full jitter for retry number `attempt` (0-based):
/// random in `[0, min(cap, base * 2^attempt)]`.
pub fn backoff(attempt: u32, base: Duration, cap: Duration) -> Duration {
    backoff_at(fraction(), attempt, base, cap)
}

/// As [`backoff`], with the random fraction given (from an injected source).
pub fn backoff_at(fraction: f64, attempt: u32, base: Duration, cap: Duration) -> Duration {
    let ceiling = base.saturating_mul(1u32 << attempt.min(20)).min(cap);
    ceiling.mul_f64(fraction.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_within_its_ceiling() {
        let base = Duration::from_millis(100);
        let cap = Duration::from_secs(1);
        for attempt in 0..40 {
            let d = backoff(attempt, base, cap);
            let ceiling = base.saturating_mul(1 << attempt.min(20)).min(cap);
            assert!(d <= ceiling, "attempt {attempt}: {d:?} > {ceiling:?}");
        }
        let spread: std::collections::HashSet<_> = (0..20).map(|_| backoff(5, base, cap)).collect();
        assert!(spread.len() > 1, "jitter gave the same delay every time");
    }
}
