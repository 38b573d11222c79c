//! Signals and reaping. Every signal that can be caught is blocked in every thread (call
//! [`block`] before any thread starts), except the synchronous faults; one thread reads
//! them from a signalfd and turns them into [`Event`]s, reaping every exited process with
//! `waitpid(-1, WNOHANG)` so that orphans reparented to vaultctl (PID 1, or a child
//! subreaper) do not linger. Until [`command_started`] is called, a signal that asks
//! vaultctl to end (SIGINT, SIGTERM, SIGHUP, SIGQUIT) ends it at once with 128+N: there
//! is no child yet to pass it to, and start-up may be waiting for Vault.

use super::{End, Event};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use std::sync::mpsc::Sender;

/// The signals passed on to the child: every one that can be caught (as tini and
/// dumb-init do) except SIGCHLD and the synchronous faults (SIGSEGV, SIGBUS, SIGFPE,
/// SIGILL, SIGTRAP, SIGABRT, SIGSYS), which concern vaultctl itself. Real-time signals
/// are not in nix's `Signal` and are left at their defaults.
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

/// The signals that ask vaultctl (and its child) to end.
pub const ENDING: [Signal; 4] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
];

/// Set once the command is being started: from then on every signal goes to it.
static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, signals are passed on to the command rather than ending vaultctl.
pub fn command_started() {
    STARTED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Held while a child is being spawned and while reaping: `std::process::Command` waits
/// for a child whose exec failed, and the reaper must not take that status first.
pub static SPAWN_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `si_code` of a signal the kernel sent (the terminal driver, for Ctrl-C).
const SI_KERNEL: i32 = 0x80;

fn set() -> SigSet {
    let mut set = SigSet::empty();
    for s in FORWARDED {
        set.add(s);
    }
    set.add(Signal::SIGCHLD);
    set
}

/// Blocks the forwarded signals and SIGCHLD in this thread and the threads it starts.
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
                } else if ENDING.contains(&signal)
                    && !STARTED.load(std::sync::atomic::Ordering::SeqCst)
                {
                    crate::log::write(
                        crate::log::Level::Error,
                        format_args!("{signal} before the command was started; stopping"),
                    );
                    std::process::exit(128 + signal as i32);
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
