//! Keeping secrets fresh while the child runs. One [`Watch`] a read:
//! - dynamic leases are renewed at about 2/3 of their TTL (70–73%, see
//!   [`renew_after`](super::renew_after)); when renewal is capped (max
//!   TTL), refused (revoked from outside) or impossible (not renewable), new credentials
//!   are read before the old ones expire (grace 10–20% of the TTL, and at least the
//!   `lead` the caller needs to hand them to the child);
//! - KV v2 paths have their metadata `current_version` checked every poll interval (one
//!   small request, no secret on the wire; the first check at a random point of the
//!   first interval, so a fleet started together does not poll in step), and a new
//!   version is read;
//! - KV v1 paths are re-read every poll interval;
//! - static database credentials are re-read once their `ttl` says they rotated;
//! - version-pinned reads never change.
//!
//! A read whose data differs is reported as [`WatchEvent::Changed`]; a read Vault refuses
//! with 403 as [`WatchEvent::Refused`] (the token may have been revoked). While Vault is
//! unreachable, retries back off (capped, jittered) with one log line a step. No process
//! control here; the command line turns changes into restarts.

use super::{Clock, Wake};
use crate::secrets::assemble::Fetched;
use crate::secrets::sources::ReadKey;
use crate::vault::Error;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// What the watcher reports.
#[derive(Debug, Clone)]
pub enum WatchEvent {
    /// A read now returns other data (new credentials, a new version).
    Changed(ReadKey, Box<Fetched>),
    /// Vault refused a request for this read with 403: the token may have been revoked.
    Refused(ReadKey),
}

/// The Vault operations the watcher needs; a fake in tests.
pub trait SecretOps {
    /// The current version of a KV v2 secret (from its metadata).
    fn kv_version(&mut self, key: &ReadKey) -> Result<Option<u64>, Error>;
    /// Reads the secret again.
    fn read(&mut self, key: &ReadKey) -> Result<Fetched, Error>;
    /// Renews a lease by `increment`; returns the TTL Vault gave.
    fn renew(&mut self, lease_id: &str, increment: Duration) -> Result<Duration, Error>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Lease,
    KvV2,
    KvV1,
    StaticCreds,
    Fixed,
}

/// One read being kept fresh.
#[derive(Debug, Clone)]
pub struct Watch {
    key: ReadKey,
    current: Fetched,
    plan: Plan,
    next_at: Instant,
    poll: Duration,
    failures: u32,
    full_ttl: Duration,
    expires: Instant,
    grace: Duration,
    lead: Duration,
    exhausted: bool,
}

impl Watch {
    /// Watches `key`, read at `now` as `fetched`; KV paths are checked every `poll`; new
    /// credentials are fetched at least `lead` before the old ones expire.
    pub fn new(
        key: ReadKey,
        fetched: Fetched,
        now: Instant,
        poll: Duration,
        lead: Duration,
    ) -> Watch {
        let plan = if key.version.is_some() {
            Plan::Fixed
        } else if !fetched.lease_id.is_empty() {
            Plan::Lease
        } else if fetched.kv == Some(2) {
            Plan::KvV2
        } else if key.path.contains("/static-creds/") {
            Plan::StaticCreds
        } else if fetched.kv == Some(1) {
            Plan::KvV1
        } else {
            Plan::Fixed
        };
        let mut watch = Watch {
            key,
            plan,
            next_at: now,
            poll,
            failures: 0,
            full_ttl: Duration::ZERO,
            expires: now,
            grace: Duration::ZERO,
            lead,
            exhausted: false,
            current: fetched,
        };
        watch.schedule_fresh(now);
        if matches!(watch.plan, Plan::KvV2 | Plan::KvV1) {
            // The first check comes at a random point of the first interval (10–100%), so
            // processes started together (a fleet, a deployment) do not poll in step.
            watch.next_at = now + poll.mul_f64(0.1 + 0.9 * crate::jitter::fraction());
        }
        watch
    }

    /// When this read needs attention next (`None`: never).
    pub fn next_at(&self) -> Option<Instant> {
        (self.plan != Plan::Fixed).then_some(self.next_at)
    }

    /// What the child has from this read now.
    pub fn current(&self) -> &Fetched {
        &self.current
    }

    fn schedule_fresh(&mut self, now: Instant) {
        self.failures = 0;
        match self.plan {
            Plan::Lease => {
                let ttl = Duration::from_secs(self.current.lease_duration);
                self.full_ttl = ttl;
                self.expires = now + ttl;
                self.grace = ttl
                    .mul_f64(0.1 + 0.1 * crate::jitter::fraction())
                    .max(self.lead);
                self.exhausted = !self.current.renewable;
                self.next_at = if self.exhausted {
                    self.expires.checked_sub(self.grace).unwrap_or(now).max(now)
                } else {
                    now + super::renew_after(ttl, self.grace)
                };
            }
            Plan::StaticCreds => {
                let ttl = self
                    .current
                    .data
                    .get("ttl")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(3600);
                self.next_at = now + Duration::from_secs(ttl) + Duration::from_secs(1);
            }
            Plan::KvV2 | Plan::KvV1 => self.next_at = now + self.poll,
            Plan::Fixed => {}
        }
    }

    /// Does what is due at `now`; tells when the data changed or Vault refused the token.
    pub fn step(&mut self, ops: &mut dyn SecretOps, now: Instant) -> Option<WatchEvent> {
        let was_failing = self.failures > 0;
        let result = match self.plan {
            Plan::Lease if !self.exhausted && now < self.expires => {
                self.renew(ops, now).map(|()| None)
            }
            Plan::Lease => self.replace(
                ops,
                now,
                "reached its max TTL or cannot be renewed; new credentials issued",
            ),
            Plan::KvV2 => self.check_version(ops, now),
            Plan::KvV1 | Plan::StaticCreds => self.reread(ops, now),
            Plan::Fixed => Ok(None),
        };
        match result {
            Ok(changed) => {
                if was_failing {
                    crate::info!("Vault answers again about {}", self.key);
                }
                self.failures = 0;
                changed.map(|fresh| WatchEvent::Changed(self.key.clone(), Box::new(fresh)))
            }
            Err(e) => {
                let refused = e.status() == Some(403);
                self.failed(e, now);
                refused.then(|| WatchEvent::Refused(self.key.clone()))
            }
        }
    }

    fn renew(&mut self, ops: &mut dyn SecretOps, now: Instant) -> Result<(), Error> {
        match ops.renew(&self.current.lease_id, self.full_ttl) {
            Ok(ttl) => {
                self.failures = 0;
                self.expires = now + ttl;
                if ttl < self.full_ttl || ttl <= self.grace {
                    self.exhausted = true;
                    self.next_at = self.expires.checked_sub(self.grace).unwrap_or(now).max(now);
                    crate::info!(
                        "{} nears its max TTL (ttl {}); new credentials will be issued",
                        self.key,
                        crate::duration::human(ttl.as_secs())
                    );
                } else {
                    self.next_at = now + super::renew_after(ttl, self.grace);
                    crate::info!(
                        "renewed {} (ttl {})",
                        self.key,
                        crate::duration::human(ttl.as_secs())
                    );
                }
                Ok(())
            }
            Err(e) if matches!(e.status(), Some(400 | 403 | 404)) => {
                crate::warn!(
                    "{}: the lease can no longer be renewed ({e}); new credentials will be issued",
                    self.key
                );
                self.exhausted = true;
                self.next_at = now;
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn replace(
        &mut self,
        ops: &mut dyn SecretOps,
        now: Instant,
        why: &str,
    ) -> Result<Option<Fetched>, Error> {
        let fresh = ops.read(&self.key)?;
        crate::info!("{} {why}", self.key);
        self.current = fresh.clone();
        self.schedule_fresh(now);
        Ok(Some(fresh))
    }

    fn check_version(
        &mut self,
        ops: &mut dyn SecretOps,
        now: Instant,
    ) -> Result<Option<Fetched>, Error> {
        let latest = ops.kv_version(&self.key)?;
        self.next_at = now + self.poll;
        if latest.is_none() || latest == self.current.version {
            return Ok(None);
        }
        let fresh = ops.read(&self.key)?;
        let (old, new) = (
            self.current.version.unwrap_or(0),
            fresh.version.unwrap_or(0),
        );
        let changed = fresh.data != self.current.data;
        self.current = fresh.clone();
        self.failures = 0;
        if changed {
            crate::info!("{} changed (v{old} → v{new})", self.key);
            return Ok(Some(fresh));
        }
        Ok(None)
    }

    fn reread(&mut self, ops: &mut dyn SecretOps, now: Instant) -> Result<Option<Fetched>, Error> {
        let fresh = ops.read(&self.key)?;
        let changed = fresh.data != self.current.data;
        self.current = fresh.clone();
        self.schedule_fresh(now);
        if changed {
            crate::info!("{} changed", self.key);
            return Ok(Some(fresh));
        }
        Ok(None)
    }

    fn failed(&mut self, e: Error, now: Instant) {
        let wait = crate::jitter::backoff(
            self.failures,
            Duration::from_secs(1),
            Duration::from_secs(60),
        )
        .max(Duration::from_millis(200));
        self.failures += 1;
        self.next_at = now + wait;
        if e.is_transient() {
            crate::warn!(
                "Vault unreachable ({e}); the child keeps its secrets; retrying {} in {:.1}s",
                self.key,
                wait.as_secs_f64()
            );
        } else {
            crate::warn!("{}: {e}; retrying in {:.1}s", self.key, wait.as_secs_f64());
        }
    }
}

/// Runs the watches until `stop` closes, reporting through `emit`.
pub fn run(
    watches: &mut [Watch],
    ops: &mut dyn SecretOps,
    clock: &dyn Clock,
    stop: &Receiver<()>,
    emit: &mut dyn FnMut(WatchEvent),
) {
    loop {
        let Some(next) = watches.iter().filter_map(Watch::next_at).min() else {
            // Nothing to keep fresh: wait for the end.
            while stop.recv().is_ok() {}
            return;
        };
        if clock.wait_until(next, stop) == Wake::Stop {
            return;
        }
        let now = clock.now();
        for w in watches
            .iter_mut()
            .filter(|w| w.next_at().is_some_and(|t| t <= now))
        {
            if let Some(event) = w.step(ops, now) {
                emit(event);
            }
        }
    }
}

#[cfg(test)]
mod tests;

/// [`SecretOps`] against a real Vault.
#[derive(Debug)]
pub struct VaultSecretOps<'c> {
    client: &'c crate::vault::Client,
    kv: crate::vault::kv::Kv<'c>,
}

impl<'c> VaultSecretOps<'c> {
    /// Operations through `client` (whose token the token lifecycle keeps fresh).
    pub fn new(client: &'c crate::vault::Client) -> Self {
        VaultSecretOps {
            client,
            kv: crate::vault::kv::Kv::new(client),
        }
    }
}

impl SecretOps for VaultSecretOps<'_> {
    fn kv_version(&mut self, key: &ReadKey) -> Result<Option<u64>, Error> {
        let at = self.kv.locate(&key.path, None)?;
        let meta = self.kv.metadata(&at)?;
        Ok(meta.data.and_then(|d| d["current_version"].as_u64()))
    }

    fn read(&mut self, key: &ReadKey) -> Result<Fetched, Error> {
        // No start-up retry here: the watcher backs off by itself.
        crate::secrets::resolve::read_one(self.client, &self.kv, key, Instant::now())
    }

    fn renew(&mut self, lease_id: &str, increment: Duration) -> Result<Duration, Error> {
        // Vault warns at each capped renewal; the watch logs that once, in its words.
        let quiet = self.client.with_warnings_at_debug();
        let response = crate::vault::sys::lease_renew(&quiet, lease_id, Some(increment))?;
        Ok(Duration::from_secs(response.lease_duration))
    }
}
