//! Turning secret changes into what `--on-change` asks for. Changes are collected for a
//! debounce window, the new environment is assembled and validated, and only when what
//! the child would receive differs (and passes validation) is the child restarted (or
//! signalled) — after a random splay, and at most once per `--min-restart-interval`.
//! Leases of a replaced child are revoked once it is gone.

use super::args::OnChange;
use super::sources::os_env;
use crate::redacted::Secret;
use crate::secrets::Sources;
use crate::secrets::assemble::{self, Fetched, Reads};
use crate::secrets::sources::ReadKey;
use crate::supervise::{Event, Launch};
use crate::vault::Client;
use nix::sys::signal::Signal;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the rotation thread is told.
#[derive(Debug)]
pub enum Input {
    /// A read changed.
    Changed(ReadKey, Box<Fetched>),
    /// The supervisor restarted the child: the old one is gone.
    Restarted,
}

/// Rotation settings.
#[derive(Debug, Clone)]
pub struct RotateOptions {
    /// What a change does.
    pub on_change: OnChange,
    /// Signal for `--on-change signal`.
    pub reload_signal: Signal,
    /// Changes this close together give one action.
    pub debounce: Duration,
    /// Random delay before a restart, up to this.
    pub splay: Duration,
    /// At most one restart this often.
    pub min_interval: Duration,
    /// Whether injected values are masked in the child's output.
    pub mask: bool,
    /// Whether replaced leases are revoked.
    pub revoke: bool,
}

/// The state of rotation.
#[derive(Debug)]
pub struct Rotation {
    /// The sources.
    pub sources: Sources,
    /// The latest result of every read.
    pub reads: Reads,
    /// The inherited part of the child's environment (empty when pristine).
    pub base: Vec<(String, String)>,
    /// The environment the child has now.
    pub current: Vec<(String, String)>,
    /// The `--file` outputs it has now.
    pub files: Vec<(PathBuf, Secret)>,
    /// Settings.
    pub options: RotateOptions,
    /// For revoking leases.
    pub client: Client,
    /// The leases the running child holds (shared with the exit path that revokes them).
    pub leases: Arc<Mutex<Vec<String>>>,
}

impl Rotation {
    /// Runs until the senders are gone: debounce, decide, act.
    pub fn run(mut self, inputs: Receiver<Input>, supervisor: Sender<Event>) {
        let mut changed: BTreeSet<ReadKey> = BTreeSet::new();
        let mut due: Option<Instant> = None;
        let mut last_action: Option<Instant> = None;
        let mut to_revoke: Vec<String> = Vec::new();
        loop {
            let input = match due {
                Some(at) => inputs.recv_timeout(at.saturating_duration_since(Instant::now())),
                None => inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match input {
                Ok(Input::Changed(key, fetched)) => {
                    self.reads.insert(key.clone(), Ok(*fetched));
                    changed.insert(key);
                    due = Some(Instant::now() + self.options.debounce);
                }
                Ok(Input::Restarted) => self.revoke(std::mem::take(&mut to_revoke)),
                Err(RecvTimeoutError::Timeout) => {
                    let now = Instant::now();
                    let earliest = last_action.map(|t| t + self.options.min_interval);
                    let splay = crate::jitter::full(self.options.splay);
                    let start = earliest.map_or(now + splay, |e| e.max(now + splay));
                    if start > now + Duration::from_millis(5) {
                        crate::info!(
                            "rotation restart in {:.1}s (splay and --min-restart-interval)",
                            (start - now).as_secs_f64()
                        );
                        due = Some(start);
                        // Splay once: the next timeout acts.
                        self.options.splay = Duration::ZERO;
                        continue;
                    }
                    due = None;
                    if let Some(old) = self.apply(&changed, &supervisor) {
                        last_action = Some(Instant::now());
                        to_revoke.extend(old);
                    }
                    changed.clear();
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Acts on the changes; returns the leases to revoke once the old child is gone, or
    /// `None` when nothing was done.
    fn apply(
        &mut self,
        changed: &BTreeSet<ReadKey>,
        supervisor: &Sender<Event>,
    ) -> Option<Vec<String>> {
        let paths: Vec<String> = changed.iter().map(ToString::to_string).collect();
        let (injected, mut problems) = assemble::assemble(&self.sources, &self.reads);
        let env = injected.environment(&self.base);
        problems.extend(assemble::check_rules(&self.sources, &env));
        if !problems.is_empty() {
            crate::warn!(
                "new secrets from {} fail validation; the command keeps the ones it has:",
                paths.join(", ")
            );
            for p in &problems {
                crate::warn!("  {p}");
            }
            return None;
        }
        if env == self.current && injected.files == self.files {
            crate::info!(
                "{} changed, but nothing the command receives did",
                paths.join(", ")
            );
            return None;
        }
        for (dest, contents) in &injected.files {
            if let Err(e) = crate::fsutil::write_private(dest, contents.expose().as_bytes()) {
                crate::warn!("cannot rewrite {}: {e}", dest.display());
            }
        }
        // The reads hold the new leases already; the child still holds the old ones.
        let old_leases = self.leases.lock().map(|l| l.clone()).unwrap_or_default();
        self.current = env;
        self.files = injected.files.clone();
        let new_leases = self.leases_now();
        let retired: Vec<String> = old_leases
            .into_iter()
            .filter(|l| !new_leases.contains(l))
            .collect();
        match self.options.on_change {
            OnChange::Restart => {
                crate::info!(
                    "restarting the command because {} changed",
                    paths.join(", ")
                );
                let mask = if self.options.mask {
                    injected.mask_values()
                } else {
                    Vec::new()
                };
                let launch = Launch {
                    env: os_env(&self.current),
                    mask,
                };
                let _ = supervisor.send(Event::Restart(Box::new(launch)));
                if let Ok(mut held) = self.leases.lock() {
                    *held = new_leases;
                }
                Some(retired)
            }
            OnChange::Signal => {
                crate::info!(
                    "{} changed; sending {} to the command",
                    paths.join(", "),
                    self.options.reload_signal
                );
                let _ = supervisor.send(Event::Notify(self.options.reload_signal));
                if let Ok(mut held) = self.leases.lock() {
                    held.extend(new_leases);
                }
                Some(Vec::new())
            }
            OnChange::None => {
                crate::info!(
                    "{} changed; --on-change none leaves the command as it is",
                    paths.join(", ")
                );
                Some(Vec::new())
            }
        }
    }

    fn leases_now(&self) -> Vec<String> {
        self.reads
            .values()
            .filter_map(|r| r.as_ref().ok())
            .filter(|f| !f.lease_id.is_empty())
            .map(|f| f.lease_id.clone())
            .collect()
    }

    fn revoke(&self, leases: Vec<String>) {
        if !self.options.revoke {
            return;
        }
        for lease in leases {
            match crate::vault::sys::lease_revoke(&self.client, &lease) {
                Ok(()) => crate::info!("revoked lease {lease} of the replaced command"),
                Err(e) => crate::warn!("cannot revoke lease {lease}: {e}"),
            }
        }
    }
}
