//! Keeping secrets alive while a process runs: the token lifecycle (renew, notice the
//! end of renewals, log in again). Emits events; knows nothing of child processes.

pub mod clock;
pub mod secrets;
pub mod token;

pub use clock::{Clock, SystemClock, Wake};
