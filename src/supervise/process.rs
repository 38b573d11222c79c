//! The real [`Process`]: starts the command with `std::process::Command` (the child
//! starts with no signal blocked), optionally with its output passed through the
//! [`super::mask`] filter, and signals it with `kill(2)`. With masking, one
//! [`MaskList`] serves every child it starts: each launch adds its values, and the
//! output pumps read the list as it grows (a rotation by signal adds to it too).

use super::mask::{self, MaskList};
use super::{Launch, Process, SpawnError};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use std::ffi::{OsStr, OsString};
use std::io::ErrorKind;
use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Stdio};

/// Runs `program args...`.
#[derive(Debug)]
pub struct RealProcess {
    program: OsString,
    args: Vec<OsString>,
    mask: Option<MaskList>,
    pumps: Vec<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl RealProcess {
    /// The command to run; `mask` filters its stdout and stderr.
    pub fn new(program: OsString, args: Vec<OsString>, mask: bool) -> RealProcess {
        RealProcess {
            program,
            args,
            mask: mask.then(MaskList::new),
            pumps: Vec::new(),
        }
    }

    /// The values hidden in the output of every child, with masking on: whoever gives the
    /// child new values (a rotation by signal) adds them here before the child has them.
    pub fn mask_list(&self) -> Option<&MaskList> {
        self.mask.as_ref()
    }

    /// The program being run.
    pub fn program(&self) -> &std::ffi::OsStr {
        &self.program
    }

    /// Waits until the masked output of finished children is written out.
    pub fn flush_output(&mut self) {
        for pump in self.pumps.drain(..) {
            let _ = pump.join();
        }
    }

    /// A `Command` for `launch`, also for `--once` (exec).
    pub fn command(&self, launch: &Launch) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args)
            .env_clear()
            .envs(launch.env.iter().map(|(k, v)| (k, OsStr::from_bytes(v))));
        unblock_signals_in_child(&mut cmd);
        cmd
    }

    /// The error for a command that could not be started.
    pub fn spawn_error(&self, e: std::io::Error) -> SpawnError {
        let name = self.program.to_string_lossy().into_owned();
        match e.kind() {
            ErrorKind::NotFound => SpawnError::NotFound(name),
            ErrorKind::PermissionDenied => SpawnError::NotExecutable(name),
            _ if e.raw_os_error() == Some(nix::libc::ENOEXEC) => SpawnError::NotExecutable(name),
            _ => SpawnError::Other(name, e),
        }
    }
}

/// The supervisor blocks the forwarded signals in all its threads, and
/// `std::process::Command` passes the spawning thread's mask on to the child (since Rust
/// 1.66). A child must start with nothing blocked, or it would never see SIGTERM.
#[allow(unsafe_code)]
fn unblock_signals_in_child(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs between fork and exec and only calls pthread_sigmask,
    // which is async-signal-safe; it allocates nothing and takes no lock.
    unsafe {
        cmd.pre_exec(|| {
            nix::sys::signal::SigSet::empty()
                .thread_set_mask()
                .map_err(std::io::Error::from)
        });
    }
}

impl Process for RealProcess {
    fn spawn(&mut self, launch: &Launch) -> Result<Pid, SpawnError> {
        let mut cmd = self.command(launch);
        if let Some(list) = &self.mask {
            // Before the child starts: its first line of output may hold them.
            list.add(&launch.mask);
            cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        }
        let spawned = {
            let _reaper_waits = super::signals::SPAWN_LOCK
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            cmd.spawn()
        };
        let mut child = spawned.map_err(|e| self.spawn_error(e))?;
        if let Some(list) = &self.mask {
            self.pumps.retain(|p| !p.is_finished());
            if let Some(out) = child.stdout.take() {
                let list = list.clone();
                self.pumps.push(std::thread::spawn(move || {
                    mask::pump(out, std::io::stdout(), list)
                }));
            }
            if let Some(err) = child.stderr.take() {
                let list = list.clone();
                self.pumps.push(std::thread::spawn(move || {
                    mask::pump(err, std::io::stderr(), list)
                }));
            }
        }
        // The signal thread reaps the child with waitpid; `child` is not waited on.
        Ok(Pid::from_raw(child.id() as i32))
    }

    fn signal(&mut self, pid: Pid, signal: Signal) {
        if let Err(e) = kill(pid, signal) {
            crate::debug!("cannot send {signal} to {pid}: {e}");
        }
    }

    fn stop_self(&mut self) {
        // SIGSTOP cannot be blocked or caught: the whole process stops here and goes on
        // when SIGCONT comes (which the signal thread then passes on).
        if let Err(e) = kill(Pid::this(), Signal::SIGSTOP) {
            crate::debug!("cannot stop: {e}");
        }
    }
}

/// Gives the heap that start-up freed (the parsed command line, the reads done in
/// parallel threads, each with a malloc arena of its own) back to the system, so that a
/// supervisor that may run for months holds only what it uses.
#[allow(unsafe_code)]
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it takes no pointer
    // and is safe to call from any thread at any time.
    unsafe {
        nix::libc::malloc_trim(0);
    }
}
