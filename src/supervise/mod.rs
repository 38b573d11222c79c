//! The process supervisor: runs the child, forwards signals, reaps zombies, restarts
//! the child with a new environment when told to, and ends with the child's status.
//! It knows nothing about Vault or HTTP.
//!
//! What the supervisor is told is data ([`Event`]), consumed by one loop ([`run`]) that
//! owns the state ([`ChildState`]); the kill deadline is driven by `recv_timeout`. The
//! [`Process`] trait spawns and signals, so the state machine is tested with a fake.

pub mod mask;
pub mod process;
pub mod signals;

use crate::outcome::Outcome;
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use std::ffi::OsString;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// How a child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// It exited with this code.
    Code(i32),
    /// It was killed by this signal number.
    Signal(i32),
}

impl From<End> for Outcome {
    /// What vaultctl passes on: the child's code, or the signal that killed it.
    fn from(end: End) -> Outcome {
        match end {
            End::Code(c) => Outcome::Exited(c),
            End::Signal(n) => Outcome::Killed(n),
        }
    }
}

/// What the child is started with. `Debug` shows variable names only.
#[derive(Clone, Default)]
pub struct Launch {
    /// The whole environment of the child; values are zeroed when dropped.
    pub env: Vec<(OsString, Zeroizing<Vec<u8>>)>,
    /// Byte strings to hide in the child's output when masking is on.
    pub mask: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Launch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.env.iter().map(|(k, _)| k).collect();
        f.debug_struct("Launch")
            .field("env", &names)
            .field("mask", &self.mask.len())
            .finish()
    }
}

/// What the supervisor is told.
#[derive(Debug)]
pub enum Event {
    /// vaultctl received a signal; `from_terminal` when the terminal sent it to the whole
    /// foreground group (the child has it already).
    Signal {
        /// The signal.
        signal: Signal,
        /// Sent by the terminal driver rather than by `kill`.
        from_terminal: bool,
    },
    /// A process was reaped (the child or an orphan that was reparented to us).
    Reaped {
        /// Its pid.
        pid: Pid,
        /// How it ended.
        end: End,
    },
    /// Stop the child and start it again with this launch.
    Restart(Box<Launch>),
    /// Send this signal to the child (for `--on-change signal`).
    Notify(Signal),
}

/// Why a child could not be started.
#[derive(Debug, thiserror::Error)]
pub enum SpawnError {
    /// The command was not found.
    #[error("command not found: {0}")]
    NotFound(String),
    /// The command cannot be executed.
    #[error("command not executable: {0}")]
    NotExecutable(String),
    /// Anything else.
    #[error("cannot start {0}: {1}")]
    Other(String, std::io::Error),
}

impl SpawnError {
    /// How vaultctl ends for it (as env(1) would: not found, not executable, failed).
    pub fn outcome(&self) -> Outcome {
        match self {
            SpawnError::NotFound(_) => Outcome::CommandNotFound,
            SpawnError::NotExecutable(_) => Outcome::NotExecutable,
            SpawnError::Other(..) => Outcome::ExecFailed,
        }
    }
}

/// Why supervision ended without the child's status.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A restart could not start the command again.
    #[error(transparent)]
    Restart(#[from] SpawnError),
    /// Every sender of the event channel is gone: no signal, restart or reaped child can
    /// reach the supervisor any more, so it cannot wait for the child's end.
    /// The child is killed: it must not go on with credentials vaultctl is about to
    /// revoke, unsupervised.
    #[error(
        "lost its event channel (signals, restarts and the command's end); killed the \
         command, whose status cannot be passed on"
    )]
    Lost,
}

impl Failure {
    /// How vaultctl ends for it.
    pub fn outcome(&self) -> Outcome {
        match self {
            Failure::Restart(e) => e.outcome(),
            Failure::Lost => Outcome::SupervisorLost("event"),
        }
    }
}

/// Starts and signals processes; the real one forks, a fake one records.
pub trait Process {
    /// Starts the child.
    fn spawn(&mut self, launch: &Launch) -> Result<Pid, SpawnError>;
    /// Sends a signal to the child.
    fn signal(&mut self, pid: Pid, signal: Signal);
    /// Stops vaultctl itself (job control: after passing SIGTSTP, SIGTTIN or SIGTTOU on);
    /// returns once it is continued.
    fn stop_self(&mut self);
}

/// The child's state; it changes only through [`Supervisor`]'s methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChildState {
    /// Not started yet.
    Pending,
    /// Running.
    Running {
        /// Its pid.
        pid: Pid,
        /// Since when.
        since: Instant,
    },
    /// Asked to stop for a restart; SIGKILL at the deadline.
    Stopping {
        /// Its pid.
        pid: Pid,
        /// When SIGKILL follows.
        deadline: Instant,
        /// Whether SIGKILL was sent already.
        killed: bool,
    },
    /// Gone for good.
    Exited(End),
}

/// Supervisor settings.
#[derive(Debug, Clone)]
pub struct Supervision {
    /// Signal that stops the child for a restart.
    pub kill_signal: Signal,
    /// How long the child gets to stop before SIGKILL.
    pub kill_timeout: Duration,
}

/// The state machine.
#[derive(Debug)]
pub struct Supervisor<P: Process> {
    process: P,
    options: Supervision,
    state: ChildState,
    next: Option<Launch>,
    /// Set once vaultctl itself was asked to stop: no more restarts.
    stopping_for_good: bool,
    /// Told the new pid and how the old child ended, after each restart.
    on_restart: Option<RestartHook>,
}

/// Called after a restart with the new pid and how the old child ended.
pub struct RestartHook(pub Box<dyn FnMut(Pid, End) + Send>);

impl std::fmt::Debug for RestartHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RestartHook")
    }
}

impl<P: Process> Supervisor<P> {
    /// A supervisor with no child yet.
    pub fn new(process: P, options: Supervision) -> Self {
        Supervisor {
            process,
            options,
            state: ChildState::Pending,
            next: None,
            stopping_for_good: false,
            on_restart: None,
        }
    }

    /// Calls `hook` with the new pid after every restart.
    pub fn set_restart_hook(&mut self, hook: RestartHook) {
        self.on_restart = Some(hook);
    }

    /// The state.
    pub fn state(&self) -> &ChildState {
        &self.state
    }

    /// The process driver (for tests to inspect a fake).
    pub fn process(&self) -> &P {
        &self.process
    }

    /// The process driver, mutable (to flush output at the end).
    pub fn process_mut(&mut self) -> &mut P {
        &mut self.process
    }

    /// Starts the first child.
    pub fn start(&mut self, launch: &Launch, now: Instant) -> Result<Pid, SpawnError> {
        let pid = self.process.spawn(launch)?;
        self.state = ChildState::Running { pid, since: now };
        Ok(pid)
    }

    /// When the loop must wake up even without an event.
    pub fn deadline(&self) -> Option<Instant> {
        match self.state {
            ChildState::Stopping {
                deadline,
                killed: false,
                ..
            } => Some(deadline),
            _ => None,
        }
    }

    /// The deadline passed: the child did not stop in time.
    pub fn timeout(&mut self, now: Instant) {
        if let ChildState::Stopping {
            pid,
            deadline,
            killed: false,
        } = self.state
        {
            if now >= deadline {
                crate::warn!("child {pid} did not stop within the kill timeout; sending SIGKILL");
                self.process.signal(pid, Signal::SIGKILL);
                self.state = ChildState::Stopping {
                    pid,
                    deadline,
                    killed: true,
                };
            }
        }
    }

    /// Handles one event; returns how the supervision ended, once it has.
    pub fn handle(&mut self, event: Event, now: Instant) -> Result<Option<End>, SpawnError> {
        match event {
            Event::Signal {
                signal,
                from_terminal,
            } => self.on_signal(signal, from_terminal),
            Event::Notify(signal) => {
                if let ChildState::Running { pid, .. } = self.state {
                    self.process.signal(pid, signal);
                }
            }
            Event::Restart(launch) => self.on_restart(*launch, now),
            Event::Reaped { pid, end } => return self.on_reaped(pid, end, now),
        }
        Ok(None)
    }

    /// The event channel is gone: the child, if any, is killed (nothing could reap it or
    /// pass it a signal any more).
    fn lost(&mut self) -> Failure {
        if let Some(pid) = self.child_pid() {
            self.process.signal(pid, Signal::SIGKILL);
        }
        Failure::Lost
    }

    fn child_pid(&self) -> Option<Pid> {
        match self.state {
            ChildState::Running { pid, .. } | ChildState::Stopping { pid, .. } => Some(pid),
            _ => None,
        }
    }

    fn on_signal(&mut self, signal: Signal, from_terminal: bool) {
        if matches!(
            signal,
            Signal::SIGINT | Signal::SIGTERM | Signal::SIGQUIT | Signal::SIGHUP
        ) {
            // vaultctl ends when the child does; no restart after this.
            self.stopping_for_good = true;
            self.next = None;
        }
        // A signal from the terminal went to the whole foreground group: the child has
        // it already, and forwarding would deliver it twice.
        if !from_terminal {
            if let Some(pid) = self.child_pid() {
                self.process.signal(pid, signal);
            }
        }
        // Job control: vaultctl stops with its child; SIGCONT continues both.
        if matches!(signal, Signal::SIGTSTP | Signal::SIGTTIN | Signal::SIGTTOU) {
            self.process.stop_self();
        }
    }

    fn on_restart(&mut self, launch: Launch, now: Instant) {
        if self.stopping_for_good {
            return;
        }
        match self.state {
            ChildState::Running { pid, .. } => {
                self.process.signal(pid, self.options.kill_signal);
                self.state = ChildState::Stopping {
                    pid,
                    deadline: now + self.options.kill_timeout,
                    killed: false,
                };
                self.next = Some(launch);
            }
            // Already stopping: start with the newest environment.
            ChildState::Stopping { .. } => self.next = Some(launch),
            ChildState::Pending | ChildState::Exited(_) => {}
        }
    }

    fn on_reaped(&mut self, pid: Pid, end: End, now: Instant) -> Result<Option<End>, SpawnError> {
        if self.child_pid() != Some(pid) {
            // An orphan reparented to us: reaped, nothing more to do.
            return Ok(None);
        }
        match (&self.state, self.next.take()) {
            (ChildState::Stopping { .. }, Some(launch)) if !self.stopping_for_good => {
                let pid = self.process.spawn(&launch)?;
                self.state = ChildState::Running { pid, since: now };
                crate::info!("restarted the command (pid {pid})");
                if let Some(hook) = &mut self.on_restart {
                    (hook.0)(pid, end);
                }
                Ok(None)
            }
            _ => {
                self.state = ChildState::Exited(end);
                Ok(Some(end))
            }
        }
    }
}

/// Runs the loop until the child is gone for good; returns how it ended, or why it cannot
/// know: a restart failed, or the event channel was lost.
pub fn run<P: Process>(sup: &mut Supervisor<P>, events: &Receiver<Event>) -> Result<End, Failure> {
    loop {
        let event = match sup.deadline() {
            Some(deadline) => {
                match events.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                    Ok(event) => Some(event),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return Err(sup.lost()),
                }
            }
            None => match events.recv() {
                Ok(event) => Some(event),
                Err(_) => return Err(sup.lost()),
            },
        };
        let now = Instant::now();
        match event {
            Some(event) => {
                if let Some(end) = sup.handle(event, now)? {
                    return Ok(end);
                }
            }
            None => sup.timeout(now),
        }
    }
}

#[cfg(test)]
mod tests;
