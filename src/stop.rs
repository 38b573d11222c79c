//! A stop asked for while vaultctl is starting: a terminating signal that arrives before
//! the command runs. The signal thread records it here ([`request`]); start-up's retry
//! waits ([`sleep`]) and retry decisions ([`requested`]) end early, so that the start
//! returns soon and what it already leased is revoked before vaultctl ends as stopped
//! ([`crate::outcome::Outcome::Stopped`]).
//! Once the command has started ([`command_started`]), no stop is recorded any more: a
//! signal is then the child's.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

/// 0 while starting; `STARTED` once the command runs; a signal number once a stop was
/// asked for before that.
static STATE: AtomicI32 = AtomicI32::new(0);
const STARTED: i32 = -1;

/// What became of a stop asked for by signal `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Recorded: start-up ends early, then vaultctl revokes and exits.
    Recorded,
    /// A stop was already recorded: this second one asks to end at once.
    Again,
    /// The command runs: the signal is passed on to it.
    CommandRuns,
}

/// Records a stop asked for by signal `n` (a positive signal number).
pub fn request(n: i32) -> Stop {
    match STATE.compare_exchange(0, n, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => Stop::Recorded,
        Err(STARTED) => Stop::CommandRuns,
        Err(_) => Stop::Again,
    }
}

/// Set once a stopped start is revoking what it leased: its requests may retry again.
static FINISHING: AtomicBool = AtomicBool::new(false);

/// A stopped start now revokes what it leased: those requests retry as usual.
pub fn finishing() {
    FINISHING.store(true, Ordering::SeqCst);
}

/// True once a stopped start revokes what it leased.
pub fn is_finishing() -> bool {
    FINISHING.load(Ordering::SeqCst)
}

/// True while a stop asks start-up's requests not to retry (or wait) any more.
pub fn cancels_retries() -> bool {
    requested().is_some() && !is_finishing()
}

/// The signal that asked vaultctl to stop while it was starting, if one did.
pub fn requested() -> Option<i32> {
    Some(STATE.load(Ordering::SeqCst)).filter(|n| *n > 0)
}

/// The command is about to start: from now on signals are its own. `Err(n)` when a stop
/// was asked for by signal `n` first: then the command must not start.
pub fn command_started() -> Result<(), i32> {
    match STATE.compare_exchange(0, STARTED, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) | Err(STARTED) => Ok(()),
        Err(n) => Err(n),
    }
}

/// Sleeps for `wait`, or less when a stop cancels retries meanwhile; false in that case.
pub fn sleep(wait: Duration) -> bool {
    const SLICE: Duration = Duration::from_millis(20);
    let end = Instant::now().checked_add(wait);
    loop {
        if cancels_retries() {
            return false;
        }
        let left = end.map_or(SLICE, |end| end.saturating_duration_since(Instant::now()));
        if left.is_zero() {
            return true;
        }
        std::thread::sleep(left.min(SLICE));
    }
}
