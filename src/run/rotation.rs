//! Turning secret changes into what `--on-change` asks for.
//!
//! [`Schedule`] decides *when*: changes are collected for a debounce window, then a
//! random splay (drawn per rotation) and `--min-restart-interval` may delay the action;
//! it takes the time and the randomness as arguments, so its decisions are unit-tested.
//! [`Rotation`] decides *what*: the child's new view is built by the same code as at
//! start, validated, and only when what the child would receive differs is it restarted
//! (or signalled, files rewritten first). The lease ledger learns which leases the child
//! now holds.

use super::childenv::{self, ChildEnv, ChildView};
use super::ledger::{self, Ledger};
use super::values::OnChange;
use crate::secrets::Sources;
use crate::secrets::assemble::{self, Injected};
use crate::secrets::read::{Fetched, ReadKey, Reads};
use crate::supervise::mask::MaskList;
use crate::supervise::{Event, Launch};
use crate::vault::Client;
use nix::sys::signal::Signal;
use std::collections::BTreeSet;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What `--mask` hides of what the child is given in `view`: every injected value (in a
/// variable or a file) and the token handed on with `--pass-token`.
pub fn mask_values(injected: &Injected, view: &ChildView) -> Vec<Vec<u8>> {
    let mut values = injected.mask_values();
    values.extend(
        view.env
            .iter()
            .filter(|(name, _)| name == "VAULT_TOKEN" || name == "BAO_TOKEN")
            .map(|(_, value)| value.to_vec()),
    );
    values
}

/// What the rotation thread is told.
#[derive(Debug)]
pub enum Input {
    /// A read changed.
    Changed(ReadKey, Box<Fetched>),
    /// vaultctl logged in again: a child given the token (`--pass-token`) needs the new one.
    TokenChanged,
    /// The supervisor restarted the child: the old one is gone.
    Restarted,
}

/// When to act on changes.
#[derive(Debug, Clone)]
pub struct Schedule {
    debounce: Duration,
    splay: Duration,
    min_interval: Duration,
    changed: BTreeSet<String>,
    due: Option<Instant>,
    splayed: bool,
    last_action: Option<Instant>,
}

impl Schedule {
    /// A schedule with these `--debounce`, `--splay` and `--min-restart-interval`.
    pub fn new(debounce: Duration, splay: Duration, min_interval: Duration) -> Schedule {
        Schedule {
            debounce,
            splay,
            min_interval,
            changed: BTreeSet::new(),
            due: None,
            splayed: false,
            last_action: None,
        }
    }

    /// `what` (a read, the token) changed at `now`: the debounce window starts again.
    pub fn changed(&mut self, what: String, now: Instant) {
        self.changed.insert(what);
        self.due = Some(now + self.debounce);
        self.splayed = false;
    }

    /// When [`Schedule::fire`] is to be called next.
    pub fn due(&self) -> Option<Instant> {
        self.due
    }

    /// The due time came at `now`; `fraction` is a random number in `[0, 1)`. Returns
    /// what changed when it is time to act, or `None` when the action waits for a
    /// splay or the minimum interval (then [`Schedule::due`] says until when).
    pub fn fire(&mut self, now: Instant, fraction: f64) -> Option<BTreeSet<String>> {
        let earliest = self.last_action.map(|t| t + self.min_interval);
        let mut start = earliest.map_or(now, |e| e.max(now));
        if !self.splayed {
            self.splayed = true;
            start = start.max(now + self.splay.mul_f64(fraction));
        }
        if start > now + Duration::from_millis(5) {
            self.due = Some(start);
            return None;
        }
        self.due = None;
        Some(std::mem::take(&mut self.changed))
    }

    /// The child was restarted at `now` (a signal or no action does not count).
    pub fn restarted(&mut self, now: Instant) {
        self.last_action = Some(now);
    }
}

/// What a change does.
#[derive(Debug, Clone)]
pub struct ChangeHandling {
    /// `--on-change`.
    pub on_change: OnChange,
    /// `--reload-signal`.
    pub reload_signal: Signal,
    /// `--mask`: the values hidden in the command's output, shared with its output
    /// pumps; every rotation adds what it gives, never takes a value out.
    pub mask: Option<MaskList>,
    /// `render --watch`: no child; a change rewrites the files whose bytes changed and
    /// runs the on-change command (`on_change` and `reload_signal` are then unused).
    pub files_only: Option<FilesOnly>,
}

/// What a change does when there is no child (`render --watch`).
#[derive(Debug, Clone)]
pub struct FilesOnly {
    /// `--on-change-command`, run with `sh -c` after a change rewrote a file.
    pub command: Option<String>,
    /// `--on-change-timeout`: the command is killed after this long.
    pub timeout: Duration,
}

impl FilesOnly {
    /// Runs the command, if any, with `env` (the environment a child would get: no
    /// credential of vaultctl's) and without standard input, bounded by the timeout;
    /// killed (its process group) when it runs over. True when it ran and exited 0;
    /// every other end is a warning, never fatal.
    pub fn run_command(&self, env: &[childenv::EnvVar]) -> bool {
        let ok = self.run_and_wait(env);
        reap_orphans();
        ok
    }

    fn run_and_wait(&self, env: &[childenv::EnvVar]) -> bool {
        use std::os::unix::ffi::OsStrExt as _;
        use std::os::unix::process::{CommandExt as _, ExitStatusExt as _};
        let Some(command) = &self.command else {
            return true;
        };
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c")
            .arg(command)
            .env_clear()
            .envs(
                env.iter()
                    .map(|(k, v)| (k, std::ffi::OsStr::from_bytes(v.as_slice()))),
            )
            .stdin(std::process::Stdio::null())
            .process_group(0);
        let mut child = match cmd.spawn() {
            Ok(child) => child,
            Err(e) => {
                crate::warn!("cannot run the --on-change-command: {e}");
                return false;
            }
        };
        let pid = child.id();
        crate::info!("running the --on-change-command (pid {pid})");
        let deadline = Instant::now() + self.timeout;
        loop {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => {
                    crate::info!("the --on-change-command exited 0");
                    return true;
                }
                Ok(Some(status)) => {
                    match (status.code(), status.signal()) {
                        (Some(code), _) => {
                            crate::warn!("the --on-change-command failed with exit code {code}")
                        }
                        (None, Some(n)) => {
                            crate::warn!("the --on-change-command was killed by signal {n}")
                        }
                        _ => crate::warn!("the --on-change-command failed ({status})"),
                    }
                    return false;
                }
                Ok(None) if Instant::now() >= deadline => {
                    crate::warn!(
                        "the --on-change-command ran over {} (--on-change-timeout); killing it",
                        crate::duration::human(self.timeout.as_secs())
                    );
                    if let Ok(pgid) = i32::try_from(pid) {
                        let _ = nix::sys::signal::killpg(
                            nix::unistd::Pid::from_raw(pgid),
                            Signal::SIGKILL,
                        );
                    }
                    let _ = child.kill();
                    let _ = child.wait();
                    return false;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => {
                    crate::warn!("cannot wait for the --on-change-command: {e}");
                    return false;
                }
            }
        }
    }
}

/// Reaps what the on-change commands left behind and has ended since. `render --watch`
/// is their subreaper (and PID 1 in a sidecar container): what a command starts in the
/// background comes to it when the command exits, and would stay a zombie. Only called
/// after the command itself was waited for, from the one thread that runs commands, so
/// it takes no status anyone waits for.
fn reap_orphans() {
    use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
    while let Ok(status) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
        if status == WaitStatus::StillAlive {
            break;
        }
    }
}

/// The state of rotation: the sources, the latest reads and what the child has.
#[derive(Debug)]
pub struct Rotation {
    /// The sources.
    pub sources: Sources,
    /// The latest result of every read.
    pub reads: Reads,
    /// Builds the child's view.
    pub childenv: ChildEnv,
    /// What the child has now.
    pub current: ChildView,
    /// What a change does.
    pub options: ChangeHandling,
    /// For revoking leases, and the token handed on with `--pass-token`.
    pub client: Client,
    /// The leases of the run (shared with the exit path).
    pub ledger: Arc<Mutex<Ledger>>,
    /// The fallback cache, told what the command now has.
    pub cache: Option<super::fallback::Keeper>,
}

impl Rotation {
    /// Runs until the senders are gone: collect changes, wait as `schedule` says, act.
    pub fn run(
        mut self,
        mut schedule: Schedule,
        inputs: Receiver<Input>,
        supervisor: Sender<Event>,
    ) {
        loop {
            let input = match schedule.due() {
                Some(at) => inputs.recv_timeout(at.saturating_duration_since(Instant::now())),
                None => inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match input {
                Ok(Input::Changed(key, fetched)) => {
                    self.reads.insert(key.clone(), Ok(*fetched));
                    schedule.changed(key.to_string(), Instant::now());
                }
                Ok(Input::TokenChanged) => {
                    schedule.changed("the token".into(), Instant::now());
                }
                Ok(Input::Restarted) => {
                    if let Ok(mut ledger) = self.ledger.lock() {
                        ledger.old_child_gone(&self.client);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    let now = Instant::now();
                    match schedule.fire(now, crate::jitter::fraction()) {
                        Some(changed) => {
                            if self.apply(&changed, &supervisor) {
                                schedule.restarted(Instant::now());
                            }
                        }
                        None => crate::info!(
                            "acting on the change in {:.1}s (--splay, --min-restart-interval)",
                            schedule
                                .due()
                                .map_or(0.0, |d| d.saturating_duration_since(now).as_secs_f64())
                        ),
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Acts on the changes; true when the child was restarted.
    fn apply(&mut self, changed: &BTreeSet<String>, supervisor: &Sender<Event>) -> bool {
        let paths: Vec<&str> = changed.iter().map(String::as_str).collect();
        let paths = paths.join(", ");
        let (injected, mut problems) = assemble::assemble(&self.sources, &self.reads);
        let view = self.childenv.view(&injected, self.client.token().as_ref());
        problems.extend(assemble::check_rules(&self.sources, &view));
        if !problems.is_empty() {
            crate::warn!(
                "new secrets from {paths} fail validation; the command keeps the ones it has:"
            );
            for p in &problems {
                crate::warn!("  {p}");
            }
            return false;
        }
        if view == self.current {
            crate::info!("{paths} changed, but nothing the command receives did");
            return false;
        }
        let leases = ledger::leases_of(&self.reads);
        if let Some(files_only) = &self.options.files_only {
            // The application may still use the old credentials: they stay held.
            self.with_ledger(|l| l.added(leases));
            let written = childenv::write_changed(&view);
            if written.is_empty() {
                crate::info!("{paths} changed, but no file did");
            } else {
                crate::info!("{paths} changed; rewrote {} file(s)", written.len());
                files_only.run_command(&view.env);
            }
            self.current = view;
            return false;
        }
        let mask = match &self.options.mask {
            Some(list) => {
                // Before the files are rewritten: the child may read them at any time.
                let values = mask_values(&injected, &view);
                list.add(&values);
                values
            }
            None => Vec::new(),
        };
        let restarted = match self.options.on_change {
            OnChange::Restart => {
                if let Err(e) = childenv::write_files(&view) {
                    crate::warn!("{e:#}");
                }
                crate::info!("restarting the command because {paths} changed");
                let launch = Launch {
                    env: view.env.clone(),
                    mask,
                };
                let _ = supervisor.send(Event::Restart(Box::new(launch)));
                self.with_ledger(|l| l.restarted_with(leases));
                true
            }
            OnChange::Signal => {
                // Files first: the reload signal tells the child to read them.
                if let Err(e) = childenv::write_files(&view) {
                    crate::warn!("{e:#}");
                }
                crate::info!(
                    "{paths} changed; sending {} to the command",
                    self.options.reload_signal
                );
                let _ = supervisor.send(Event::Notify(self.options.reload_signal));
                self.with_ledger(|l| l.added(leases));
                false
            }
            OnChange::None => {
                crate::info!("{paths} changed; --on-change none leaves the command as it is");
                self.with_ledger(|l| l.added(leases));
                false
            }
        };
        self.current = view;
        if let (Some(cache), false) = (&self.cache, self.options.on_change == OnChange::None) {
            cache.received(&self.reads);
        }
        restarted
    }

    fn with_ledger(&self, f: impl FnOnce(&mut Ledger)) {
        if let Ok(mut ledger) = self.ledger.lock() {
            f(&mut ledger);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn changes_within_the_debounce_give_one_action() {
        let t0 = Instant::now();
        let mut s = Schedule::new(secs(1), Duration::ZERO, secs(10));
        s.changed("secret/a".to_string(), t0);
        s.changed("secret/b".to_string(), t0 + Duration::from_millis(600));
        assert_eq!(s.due(), Some(t0 + Duration::from_millis(1600)));
        let acted = s.fire(t0 + Duration::from_millis(1600), 0.5).expect("acts");
        assert_eq!(acted.len(), 2);
        assert_eq!(s.due(), None);
    }

    #[test]
    fn the_splay_delays_each_rotation_once_by_its_random_share() {
        let t0 = Instant::now();
        let mut s = Schedule::new(secs(1), secs(30), Duration::ZERO);
        for round in 0..2u64 {
            let at = t0 + secs(100 * round);
            s.changed("secret/a".to_string(), at);
            let due = at + secs(1);
            assert_eq!(s.fire(due, 0.5), None, "round {round}: splay first");
            assert_eq!(s.due(), Some(due + secs(15)));
            assert!(s.fire(due + secs(15), 0.9).is_some(), "then it acts");
            s.restarted(due + secs(15));
        }
    }

    #[test]
    fn at_most_one_restart_per_min_interval() {
        let t0 = Instant::now();
        let mut s = Schedule::new(secs(1), Duration::ZERO, secs(10));
        s.changed("secret/a".to_string(), t0);
        assert!(s.fire(t0 + secs(1), 0.0).is_some());
        s.restarted(t0 + secs(1));
        s.changed("secret/a".to_string(), t0 + secs(2));
        assert_eq!(s.fire(t0 + secs(3), 0.0), None);
        assert_eq!(s.due(), Some(t0 + secs(11)));
        assert!(s.fire(t0 + secs(11), 0.0).is_some());
    }

    #[test]
    fn a_signal_does_not_hold_back_the_next_restart() {
        let t0 = Instant::now();
        let mut s = Schedule::new(secs(1), Duration::ZERO, secs(10));
        s.changed("secret/a".to_string(), t0);
        assert!(s.fire(t0 + secs(1), 0.0).is_some());
        // No restarted(): --on-change signal or none.
        s.changed("secret/a".to_string(), t0 + secs(2));
        assert!(s.fire(t0 + secs(3), 0.0).is_some());
    }
}
