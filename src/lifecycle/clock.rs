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
