//! Time, injectable: the real clock waits on a channel so a stop request ends a wait at
//! once; tests use a fake clock that jumps to each deadline.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

/// The time source and the waiting of the lifecycle loops.
pub trait Clock {
    /// The current instant.
    fn now(&self) -> Instant;
    /// Waits until `deadline`, or less when `stop` receives a message or is closed.
    /// Returns true when asked to stop.
    fn wait_until(&self, deadline: Instant, stop: &Receiver<()>) -> bool;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wait_until(&self, deadline: Instant, stop: &Receiver<()>) -> bool {
        let timeout = deadline.saturating_duration_since(Instant::now());
        !matches!(stop.recv_timeout(timeout), Err(RecvTimeoutError::Timeout))
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
}

#[cfg(test)]
impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.now.get()
    }

    fn wait_until(&self, deadline: Instant, _stop: &Receiver<()>) -> bool {
        if deadline > self.end {
            self.now.set(self.end);
            return true;
        }
        self.now.set(deadline.max(self.now.get()));
        false
    }
}
