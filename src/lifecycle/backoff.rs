//! The one retry policy of the background work while a process runs (the token
//! watcher, the secrets watcher, the look-up of a given token): after each failure a wait
//! of capped exponential backoff with full jitter, 1 s doubling up to 60 s, never less
//! than 200 ms; a success starts over. The randomness comes from the injected
//! [`Clock`], so tests are deterministic.

use super::Clock;
use crate::jitter::Backoff;
use std::time::Duration;

/// The policy: ceilings 1 s, 2 s, 4 s, … up to 60 s; waits drawn under them, at least
/// 200 ms.
pub const POLICY: Backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60))
    .at_least(Duration::from_millis(200));

/// The failures of one thing being retried, and the waits they call for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    policy: Backoff,
    failures: u32,
}

impl Default for Retry {
    fn default() -> Retry {
        Retry::new(POLICY)
    }
}

impl Retry {
    /// No failure yet, waits following `policy`.
    pub const fn new(policy: Backoff) -> Retry {
        Retry {
            policy,
            failures: 0,
        }
    }

    /// An attempt failed: how long to wait before the next, with the jitter drawn from
    /// `clock`.
    pub fn failed(&mut self, clock: &dyn Clock) -> Duration {
        self.failed_with(clock.fraction())
    }

    /// An attempt failed: how long to wait before the next, `fraction` (random, in
    /// `[0, 1)`, drawn from the caller's clock) placing it under the ceiling.
    pub fn failed_with(&mut self, fraction: f64) -> Duration {
        let wait = self.policy.delay(self.failures, fraction);
        self.failures = self.failures.saturating_add(1);
        wait
    }

    /// An attempt succeeded: the next failure waits as little as the first.
    pub fn succeeded(&mut self) {
        self.failures = 0;
    }

    /// How many attempts failed in a row.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Whether the last attempt failed.
    pub fn failing(&self) -> bool {
        self.failures > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::clock::FakeClock;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Instant;

    fn clock() -> FakeClock {
        let now = Instant::now();
        FakeClock {
            now: Rc::new(Cell::new(now)),
            end: now,
            draws: Cell::new(0),
        }
    }

    /// A clock whose every draw is `fraction`.
    struct Fixed(f64);

    impl Clock for Fixed {
        fn now(&self) -> Instant {
            Instant::now()
        }

        fn wait_until(
            &self,
            _deadline: Instant,
            _wake: &std::sync::mpsc::Receiver<()>,
        ) -> super::super::Wake {
            unreachable!("the policy never waits")
        }

        fn fraction(&self) -> f64 {
            self.0
        }
    }

    const SECS: [u64; 9] = [1, 2, 4, 8, 16, 32, 60, 60, 60];

    #[test]
    fn the_ceiling_doubles_from_one_second_to_the_sixty_second_cap() {
        let mut highest = Retry::default();
        let waits: Vec<Duration> = SECS.iter().map(|_| highest.failed(&Fixed(1.0))).collect();
        let expected: Vec<Duration> = SECS.iter().map(|s| Duration::from_secs(*s)).collect();
        assert_eq!(waits, expected);
        assert_eq!(highest.failures(), 9);
        // Far on, still capped (no overflow).
        for _ in 0..100 {
            assert_eq!(highest.failed(&Fixed(1.0)), Duration::from_secs(60));
        }
        // The lowest draw waits the floor, never zero.
        let mut lowest = Retry::default();
        for _ in SECS {
            assert_eq!(lowest.failed(&Fixed(0.0)), Duration::from_millis(200));
        }
    }

    #[test]
    fn waits_are_full_jitter_under_the_ceiling_and_deterministic_with_a_fixed_source() {
        let (a, b) = (clock(), clock());
        let (mut one, mut two) = (Retry::default(), Retry::default());
        let mut distinct = std::collections::HashSet::new();
        for secs in SECS {
            let wait = one.failed(&a);
            assert!(
                wait >= Duration::from_millis(200) && wait <= Duration::from_secs(secs),
                "{wait:?} outside [200ms, {secs}s]"
            );
            // The same draws give the same waits.
            assert_eq!(two.failed(&b), wait);
            distinct.insert((wait.as_secs_f64() / secs as f64 * 1000.0) as u64);
        }
        assert_eq!(a.draws.get(), 9, "one draw a failure");
        // Spread under the ceiling, not a fixed share of it.
        assert!(distinct.len() > 5, "{distinct:?}");
    }

    #[test]
    fn a_success_starts_the_backoff_over() {
        let mut retry = Retry::default();
        for _ in 0..5 {
            retry.failed(&Fixed(1.0));
        }
        assert!(retry.failing());
        assert_eq!(retry.failed(&Fixed(1.0)), Duration::from_secs(32));
        retry.succeeded();
        assert!(!retry.failing());
        assert_eq!(retry.failures(), 0);
        assert_eq!(retry.failed(&Fixed(1.0)), Duration::from_secs(1));
        assert_eq!(retry.failed(&Fixed(1.0)), Duration::from_secs(2));
    }
}
