//! Time and randomness, injectable: the real clock waits on a channel, so that a message
//! (a nudge) or the channel closing (stop) ends a wait at once, and draws jitter from the
//! operating system's generator ([`crate::jitter::fraction`]); tests use a fake clock that jumps to each deadline and draws
//! from a fixed sequence.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

/// Why a wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The deadline came.
    Deadline,
    /// Someone asked to look now (a message arrived).
    Nudged,
    /// The owner is gone (the channel closed): stop.
    Stop,
}

/// The time source and the waiting of the lifecycle loops.
pub trait Clock {
    /// The current instant.
    fn now(&self) -> Instant;
    /// Waits until `deadline`, or less when `wake` receives a message or is closed.
    fn wait_until(&self, deadline: Instant, wake: &Receiver<()>) -> Wake;
    /// A random fraction in `[0, 1)`, for jitter.
    fn fraction(&self) -> f64;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wait_until(&self, deadline: Instant, wake: &Receiver<()>) -> Wake {
        let timeout = deadline.saturating_duration_since(Instant::now());
        match wake.recv_timeout(timeout) {
            Ok(()) => Wake::Nudged,
            Err(RecvTimeoutError::Timeout) => Wake::Deadline,
            Err(RecvTimeoutError::Disconnected) => Wake::Stop,
        }
    }

    fn fraction(&self) -> f64 {
        crate::jitter::fraction()
    }
}

/// A clock for tests: each wait jumps straight to its deadline, and a wait past `end`
/// asks to stop.
#[cfg(test)]
pub(crate) struct FakeClock {
    /// The current instant, shared with fakes that need it.
    pub now: std::rc::Rc<std::cell::Cell<Instant>>,
    /// When the run ends.
    pub end: Instant,
    /// How many fractions were drawn (the sequence is fixed: golden-ratio steps).
    pub draws: std::cell::Cell<u32>,
}

#[cfg(test)]
impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.now.get()
    }

    fn wait_until(&self, deadline: Instant, _wake: &Receiver<()>) -> Wake {
        if deadline > self.end {
            self.now.set(self.end);
            return Wake::Stop;
        }
        self.now.set(deadline.max(self.now.get()));
        Wake::Deadline
    }

    fn fraction(&self) -> f64 {
        let n = self.draws.get() + 1;
        self.draws.set(n);
        (f64::from(n) * 0.618_033_988_749_895).fract()
    }
}
