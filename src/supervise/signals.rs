//! Signals and reaping. Every signal that can be caught is blocked in every thread (call
//! [`block`] before any thread starts), the synchronous faults included (a fault the
//! kernel raises in vaultctl still ends it: a blocked fault is unblocked to be
//! delivered); one thread reads them from a signalfd and turns them into [`Event`]s,
//! reaping every exited process with `waitpid(-1, WNOHANG)` so that orphans reparented
//! to vaultctl (PID 1, or a child subreaper) do not linger. Until
//! [`crate::stop::command_started`] is called, a signal that asks vaultctl to end
//! (SIGINT, SIGTERM, SIGHUP, SIGQUIT) is recorded as a stop ([`crate::stop`]): start-up
//! ends early, what it leased is revoked, and vaultctl ends as [`Outcome::Stopped`]; the
//! same signal again ends it at once, through [`crate::outcome::exit`].

use super::{End, Event};
use crate::outcome::Outcome;
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use std::sync::mpsc::Sender;

/// The signals passed on to the child: every one that can be caught except SIGCHLD, and
/// the [`FAULTS`] when sent with `kill`. Real-time signals are not in nix's `Signal` and
/// are left at their defaults.
pub const FORWARDED: [Signal; 21] = [
    Signal::SIGHUP,
    Signal::SIGINT,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
    Signal::SIGPIPE,
    Signal::SIGALRM,
    Signal::SIGTERM,
    Signal::SIGSTKFLT,
    Signal::SIGCONT,
    Signal::SIGTSTP,
    Signal::SIGTTIN,
    Signal::SIGTTOU,
    Signal::SIGURG,
    Signal::SIGXCPU,
    Signal::SIGXFSZ,
    Signal::SIGVTALRM,
    Signal::SIGPROF,
    Signal::SIGWINCH,
    Signal::SIGIO,
    Signal::SIGPWR,
];

/// The synchronous fault signals. Sent with `kill` they are meant for the command and
/// are forwarded like the others; blocking them does not hide a real fault of vaultctl's
/// own: the kernel unblocks a fault it raises and the default action ends vaultctl.
pub const FAULTS: [Signal; 7] = [
    Signal::SIGSEGV,
    Signal::SIGBUS,
    Signal::SIGFPE,
    Signal::SIGILL,
    Signal::SIGTRAP,
    Signal::SIGABRT,
    Signal::SIGSYS,
];

/// The signals that ask vaultctl (and its child) to end.
pub const ENDING: [Signal; 4] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
];

/// Held while a child is being spawned and while reaping: `std::process::Command` waits
/// for a child whose exec failed, and the reaper must not take that status first.
pub static SPAWN_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `si_code` of a signal the kernel sent (the terminal driver, for Ctrl-C).
const SI_KERNEL: i32 = 0x80;

fn set() -> SigSet {
    let mut set = SigSet::empty();
    for s in FORWARDED.into_iter().chain(FAULTS) {
        set.add(s);
    }
    set.add(Signal::SIGCHLD);
    set
}

/// Blocks the forwarded signals, the fault signals and SIGCHLD in this thread and the
/// threads it starts.
pub fn block() -> nix::Result<()> {
    set().thread_block()
}

/// Makes vaultctl the reaper of its orphaned descendants when it is not PID 1.
pub fn become_subreaper() {
    if std::process::id() != 1 {
        if let Err(e) = nix::sys::prctl::set_child_subreaper(true) {
            crate::debug!("cannot become a child subreaper: {e}");
        }
    }
}

/// Starts the thread that turns signals into events. Call [`block`] first.
pub fn spawn(events: Sender<Event>) -> nix::Result<()> {
    let fd = SignalFd::with_flags(&set(), SfdFlags::SFD_CLOEXEC)?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            // The child may have exited before this thread started.
            reap(&events);
            while let Ok(Some(info)) = fd.read_signal() {
                let Ok(signal) = Signal::try_from(info.ssi_signo as i32) else {
                    continue;
                };
                let sent = if signal == Signal::SIGCHLD {
                    reap(&events)
                } else if ENDING.contains(&signal) {
                    match crate::stop::request(signal as i32) {
                        crate::stop::Stop::Recorded => {
                            crate::log::write(
                                crate::log::Level::Error,
                                format_args!(
                                    "{signal} before the command was started; stopping once what was leased is revoked (send it again to stop at once)"
                                ),
                            );
                            watchdog(signal, "the start");
                            continue;
                        }
                        crate::stop::Stop::Again => {
                            crate::log::write(
                                crate::log::Level::Error,
                                format_args!("{signal} again; stopping now"),
                            );
                            crate::outcome::exit(Outcome::Stopped(signal as i32));
                        }
                        crate::stop::Stop::CommandRuns => events
                            .send(Event::Signal {
                                signal,
                                from_terminal: info.ssi_code == SI_KERNEL,
                            })
                            .is_ok(),
                    }
                } else {
                    events
                        .send(Event::Signal {
                            signal,
                            from_terminal: info.ssi_code == SI_KERNEL,
                        })
                        .is_ok()
                };
                if !sent {
                    break;
                }
            }
        })
        .map_err(|_| nix::Error::EAGAIN)?;
    Ok(())
}

/// How long a stopped start may take to get to revoking (a request in flight to a server
/// that does not answer holds it up to its timeout), and then to revoke: together well
/// inside the 30 s a container runtime waits before SIGKILL.
const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Ends vaultctl ([`Outcome::Stopped`]) if what `signal` stopped has not ended in time;
/// `what` names it in the log line ("the start", "stopping").
pub fn watchdog(signal: Signal, what: &'static str) {
    let spawned = std::thread::Builder::new()
        .name("stop-watchdog".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            std::thread::sleep(STOP_GRACE);
            if crate::stop::is_finishing() {
                std::thread::sleep(STOP_GRACE);
            }
            crate::log::write(
                crate::log::Level::Error,
                format_args!("{signal}: {what} did not end in time; stopping now"),
            );
            crate::outcome::exit(Outcome::Stopped(signal as i32));
        });
    if let Err(e) = spawned {
        crate::log::write(
            crate::log::Level::Error,
            format_args!("{signal}: cannot watch the stop ({e}); stopping now"),
        );
        crate::outcome::exit(Outcome::Stopped(signal as i32));
    }
}

/// Reaps every exited process; returns false once nobody listens.
fn reap(events: &Sender<Event>) -> bool {
    let _spawning = SPAWN_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let (pid, end) = match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(pid, code)) => (pid, End::Code(code)),
            Ok(WaitStatus::Signaled(pid, signal, _)) => (pid, End::Signal(signal as i32)),
            Ok(WaitStatus::StillAlive) | Err(_) => return true,
            Ok(_) => continue,
        };
        if events.send(Event::Reaped { pid, end }).is_err() {
            return false;
        }
    }
}
