//! Randomness that spreads retries and schedules apart, and the one retry policy:
//! capped exponential backoff with full jitter ([`Backoff`]).
//!
//! The random fractions come from the operating system's generator (`ring`'s
//! `SystemRandom`). They only keep many clients from acting in step; they are never used
//! for secrets.

use ring::rand::{SecureRandom, SystemRandom};
use std::time::Duration;

/// A random fraction in `[0, 1)`, from the operating system's generator.
pub fn fraction() -> f64 {
    let mut bytes = [0u8; 8];
    // The generator cannot fail on the systems vaultctl runs on; should it, the middle
    // of the range still gives a valid delay (without the spread).
    if SystemRandom::new().fill(&mut bytes).is_err() {
        return 0.5;
    }
    to_fraction(u64::from_le_bytes(bytes))
}

/// The top 53 bits of `bits` as a fraction in `[0, 1)` (every value of an `f64`'s
/// mantissa equally likely).
fn to_fraction(bits: u64) -> f64 {
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// Capped exponential backoff with full jitter: before retry number `attempt` (0-based,
/// the count of failures so far) a random wait in `[0, min(cap, base * 2^attempt)]`, and
/// never less than `floor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The first ceiling; it doubles with each failure.
    pub base: Duration,
    /// The largest ceiling.
    pub cap: Duration,
    /// The shortest wait, so that a run of failures never spins (zero: none).
    pub floor: Duration,
}

impl Backoff {
    /// Ceilings from `base` doubling up to `cap`, with no floor.
    pub const fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap,
            floor: Duration::ZERO,
        }
    }

    /// The same, but never shorter than `floor`.
    pub const fn at_least(self, floor: Duration) -> Backoff {
        Backoff { floor, ..self }
    }

    /// The most the wait before retry number `attempt` can be: `base * 2^attempt`, at
    /// most `cap` (and at least the floor).
    pub fn ceiling(&self, attempt: u32) -> Duration {
        self.base
            .saturating_mul(1u32 << attempt.min(20))
            .min(self.cap)
            .max(self.floor)
    }

    /// The wait before retry number `attempt`, with `fraction` (random, in `[0, 1)`)
    /// placing it under the ceiling.
    pub fn delay(&self, attempt: u32, fraction: f64) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(1u32 << attempt.min(20))
            .min(self.cap);
        ceiling.mul_f64(fraction.clamp(0.0, 1.0)).max(self.floor)
    }
}

/// Exponential backoff with full jitter for retry number `attempt` (0-based): random in
/// `[0, min(cap, base * 2^attempt)]`, drawn from the system's generator.
pub fn backoff(attempt: u32, base: Duration, cap: Duration) -> Duration {
    Backoff::new(base, cap).delay(attempt, fraction())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_are_in_the_unit_interval_and_spread() {
        assert_eq!(to_fraction(0), 0.0);
        assert!(to_fraction(u64::MAX) < 1.0);
        let drawn: Vec<f64> = (0..64).map(|_| fraction()).collect();
        assert!(drawn.iter().all(|f| (0.0..1.0).contains(f)), "{drawn:?}");
        let distinct: std::collections::HashSet<u64> = drawn.iter().map(|f| f.to_bits()).collect();
        assert!(distinct.len() > 60, "the generator repeats: {drawn:?}");
        // Both halves of the range come up.
        assert!(drawn.iter().any(|f| *f < 0.5) && drawn.iter().any(|f| *f >= 0.5));
    }

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

    #[test]
    fn the_floor_holds_under_any_fraction() {
        let policy = Backoff::new(Duration::from_secs(1), Duration::from_secs(60))
            .at_least(Duration::from_millis(200));
        assert_eq!(policy.delay(0, 0.0), Duration::from_millis(200));
        assert_eq!(policy.delay(3, 0.5), Duration::from_secs(4));
        assert_eq!(policy.delay(u32::MAX, 1.0), Duration::from_secs(60));
        // Fractions outside [0, 1] are taken as their nearest end.
        assert_eq!(policy.delay(1, 7.0), Duration::from_secs(2));
        assert_eq!(policy.delay(1, -1.0), Duration::from_millis(200));
        assert_eq!(policy.ceiling(0), Duration::from_secs(1));
        assert_eq!(policy.ceiling(40), Duration::from_secs(60));
    }
}
