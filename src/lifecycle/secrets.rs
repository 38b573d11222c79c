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
//! - version-pinned reads never change;
//! - a read that came from the fallback cache rather than from Vault is checked at once,
//!   retried with backoff while Vault cannot be reached, and read whole at the first
//!   answer.
//!
//! A read whose data differs is reported as [`WatchEvent::Changed`], a KV read Vault
//! confirms as [`WatchEvent::Unchanged`]; a read Vault refuses
//! with 403 as [`WatchEvent::Refused`] (the token may have been revoked). While Vault is
//! unreachable, retries back off as the shared [`Retry`] says, one [`WatchEvent::Failing`]
//! a step.
//! Everything worth a log line is an event: the watcher logs nothing itself. Time and
//! randomness come from the [`Clock`]. No process control here; the runtime turns
//! changes into restarts.

use super::{Clock, Retry, Wake};
use crate::secrets::read::{Fetched, ReadKey};
use crate::vault::Error;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// What the watcher reports.
#[derive(Debug, Clone)]
pub enum WatchEvent {
    /// A read now returns other data (new credentials, a new version).
    Changed(ReadKey, Box<Fetched>),
    /// Vault confirmed that a KV read still has this data.
    Unchanged(ReadKey, Box<Fetched>),
    /// Vault refused a request for this read with 403: the token may have been revoked.
    Refused(ReadKey),
    /// A lease was renewed and has this TTL.
    Renewed(ReadKey, Duration),
    /// A renewal came back capped (max TTL): new credentials follow before expiry.
    NearMaxTtl(ReadKey, Duration),
    /// Vault refused to renew the lease (revoked, expired): new credentials follow.
    NotRenewable(ReadKey, String),
    /// New credentials were issued for a lease that could not be extended.
    Reissued(ReadKey),
    /// A KV secret has a new version (old, new) with other data.
    NewVersion(ReadKey, u64, u64),
    /// A re-read secret (KV v1, static credentials) has other data.
    Reread(ReadKey),
    /// A request failed; the next try is in this long. `transient`: Vault unreachable.
    Failing {
        /// The read.
        key: ReadKey,
        /// What went wrong (never a value).
        error: String,
        /// Unreachable, sealed, 5xx: the child keeps its secrets meanwhile.
        transient: bool,
        /// Until the next try.
        retry: Duration,
    },
    /// Vault answers again after failures.
    Recovered(ReadKey),
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
    /// Issued without a lease but with an `expiration` (a PKI certificate).
    Expiring,
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
    retry: Retry,
    full_ttl: Duration,
    expires: Instant,
    grace: Duration,
    lead: Duration,
    exhausted: bool,
    /// The data came from the fallback cache: read it whole at Vault's first answer.
    stale: bool,
    /// What happened during a step, for the caller to report.
    events: Vec<WatchEvent>,
}

impl Watch {
    /// Watches `key`, read at `now` as `fetched`; KV paths are checked every `poll`; new
    /// credentials are fetched at least `lead` before the old ones expire.
    pub fn new(
        key: ReadKey,
        fetched: Fetched,
        clock: &dyn Clock,
        poll: Duration,
        lead: Duration,
    ) -> Watch {
        let now = clock.now();
        let plan = if key.version.is_some() {
            Plan::Fixed
        } else if !fetched.lease_id.is_empty() {
            Plan::Lease
        } else if key.issue.is_some() {
            match expiration(&fetched) {
                Some(_) => Plan::Expiring,
                None => Plan::Fixed,
            }
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
            retry: Retry::default(),
            full_ttl: Duration::ZERO,
            expires: now,
            grace: Duration::ZERO,
            lead,
            exhausted: false,
            stale: false,
            current: fetched,
            events: Vec::new(),
        };
        watch.schedule_fresh(now, clock.fraction());
        if matches!(watch.plan, Plan::KvV2 | Plan::KvV1) {
            // The first check comes at a random point of the first interval (10–100%), so
            // processes started together (a fleet, a deployment) do not poll in step.
            let first = poll
                .min(super::MAX_LIFETIME)
                .mul_f64(0.1 + 0.9 * clock.fraction().clamp(0.0, 1.0));
            watch.next_at = super::after(now, first);
        }
        watch
    }

    /// The read came from the fallback cache at `now`, not from Vault: it is checked at
    /// once (and then with backoff while Vault cannot be reached) and read whole at the
    /// first answer, since a KV version alone does not prove the cached data is current.
    pub fn from_cache(mut self, now: Instant) -> Watch {
        self.stale = true;
        self.next_at = now;
        self
    }

    /// When this read needs attention next (`None`: never).
    pub fn next_at(&self) -> Option<Instant> {
        (self.plan != Plan::Fixed).then_some(self.next_at)
    }

    /// What the child has from this read now.
    pub fn current(&self) -> &Fetched {
        &self.current
    }

    /// Plans the next step after a fresh read at `now`. Every count of seconds from
    /// Vault is capped at [`MAX_LIFETIME`](super::MAX_LIFETIME), and the next step comes
    /// [`MIN_STEP`](super::MIN_STEP) after this one at the soonest: a TTL of 0 or an
    /// expiration in the past cannot make the watcher read in a tight loop.
    fn schedule_fresh(&mut self, now: Instant, fraction: f64) {
        self.retry.succeeded();
        let fraction = fraction.clamp(0.0, 1.0);
        let soonest = super::after(now, super::MIN_STEP);
        match self.plan {
            Plan::Lease => {
                let ttl = super::lifetime(self.current.lease_duration);
                self.full_ttl = ttl;
                self.expires = super::after(now, ttl);
                self.grace = ttl.mul_f64(0.1 + 0.1 * fraction).max(self.lead);
                self.exhausted = !self.current.renewable;
                let at = if self.exhausted {
                    self.expires.checked_sub(self.grace).unwrap_or(now)
                } else {
                    super::after(now, super::renew_after(ttl, self.grace))
                };
                self.next_at = at.max(soonest);
            }
            Plan::Expiring => {
                // Issued again at about 2/3 of its validity, with the jitter of renewals.
                let left = expiration(&self.current).map_or(Duration::ZERO, |at| {
                    super::until_unix(at, std::time::SystemTime::now())
                });
                self.full_ttl = left;
                self.expires = super::after(now, left);
                self.grace = left.mul_f64(0.1 + 0.1 * fraction).max(self.lead);
                let at = super::after(now, super::renew_after(left, self.grace));
                self.next_at = at.max(soonest);
            }
            Plan::StaticCreds => {
                // Anyone who can write a KV secret under `/static-creds/` chooses this
                // `ttl`: any number, or none (then an hour).
                let ttl = self
                    .current
                    .data
                    .get("ttl")
                    .and_then(crate::vault::number::seconds)
                    .unwrap_or(3600);
                let wait = super::lifetime(ttl).saturating_add(Duration::from_secs(1));
                self.next_at = super::after(now, wait);
            }
            Plan::KvV2 | Plan::KvV1 => self.next_at = super::after(now, self.poll).max(soonest),
            Plan::Fixed => {}
        }
    }

    /// Does what is due at `now` (time and randomness from `clock`); returns what
    /// happened, in order.
    pub fn step(
        &mut self,
        ops: &mut dyn SecretOps,
        clock: &dyn Clock,
        now: Instant,
    ) -> Vec<WatchEvent> {
        let was_failing = self.retry.failing();
        let fraction = clock.fraction();
        let result = match self.plan {
            Plan::Lease if !self.exhausted && now < self.expires => {
                self.renew(ops, now).map(|()| None)
            }
            Plan::Lease | Plan::Expiring => self.replace(ops, now, fraction),
            Plan::KvV2 if self.stale => self.reread(ops, now, fraction),
            Plan::KvV2 => self.check_version(ops, now),
            Plan::KvV1 | Plan::StaticCreds => self.reread(ops, now, fraction),
            Plan::Fixed => Ok(None),
        };
        match result {
            Ok(changed) => {
                if was_failing {
                    self.events
                        .insert(0, WatchEvent::Recovered(self.key.clone()));
                }
                self.retry.succeeded();
                self.stale = false;
                match changed {
                    Some(fresh) => {
                        let event = WatchEvent::Changed(self.key.clone(), Box::new(fresh));
                        self.events.push(event);
                    }
                    None if matches!(self.plan, Plan::KvV2 | Plan::KvV1) => {
                        let current = Box::new(self.current.clone());
                        self.events
                            .push(WatchEvent::Unchanged(self.key.clone(), current));
                    }
                    None => {}
                }
            }
            Err(e) => {
                let refused = e.status() == Some(403);
                self.failed(e, now, fraction);
                if refused {
                    self.events.push(WatchEvent::Refused(self.key.clone()));
                }
            }
        }
        std::mem::take(&mut self.events)
    }

    fn renew(&mut self, ops: &mut dyn SecretOps, now: Instant) -> Result<(), Error> {
        match ops.renew(&self.current.lease_id, self.full_ttl) {
            Ok(ttl) => {
                let ttl = ttl.min(super::MAX_LIFETIME);
                self.retry.succeeded();
                self.expires = super::after(now, ttl);
                if ttl < self.full_ttl || ttl <= self.grace {
                    // The replacement comes next: at once when the grace has begun (it
                    // plans its own step after, so this does not repeat).
                    self.exhausted = true;
                    self.next_at = self.expires.checked_sub(self.grace).unwrap_or(now).max(now);
                    self.events
                        .push(WatchEvent::NearMaxTtl(self.key.clone(), ttl));
                } else {
                    let wait = super::renew_after(ttl, self.grace).max(super::MIN_STEP);
                    self.next_at = super::after(now, wait);
                    self.events.push(WatchEvent::Renewed(self.key.clone(), ttl));
                }
                Ok(())
            }
            Err(e) if matches!(e.status(), Some(400 | 403 | 404)) => {
                self.events
                    .push(WatchEvent::NotRenewable(self.key.clone(), e.to_string()));
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
        fraction: f64,
    ) -> Result<Option<Fetched>, Error> {
        let fresh = ops.read(&self.key)?;
        self.events.push(WatchEvent::Reissued(self.key.clone()));
        self.current = fresh.clone();
        self.schedule_fresh(now, fraction);
        Ok(Some(fresh))
    }

    fn check_version(
        &mut self,
        ops: &mut dyn SecretOps,
        now: Instant,
    ) -> Result<Option<Fetched>, Error> {
        let latest = ops.kv_version(&self.key)?;
        self.next_at = super::after(now, self.poll).max(super::after(now, super::MIN_STEP));
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
        self.retry.succeeded();
        if changed {
            self.events
                .push(WatchEvent::NewVersion(self.key.clone(), old, new));
            return Ok(Some(fresh));
        }
        Ok(None)
    }

    fn reread(
        &mut self,
        ops: &mut dyn SecretOps,
        now: Instant,
        fraction: f64,
    ) -> Result<Option<Fetched>, Error> {
        let fresh = ops.read(&self.key)?;
        let changed = fresh.data != self.current.data;
        self.current = fresh.clone();
        self.schedule_fresh(now, fraction);
        if changed {
            self.events.push(WatchEvent::Reread(self.key.clone()));
            return Ok(Some(fresh));
        }
        Ok(None)
    }

    fn failed(&mut self, e: Error, now: Instant, fraction: f64) {
        let wait = self.retry.failed_with(fraction);
        self.next_at = super::after(now, wait);
        self.events.push(WatchEvent::Failing {
            key: self.key.clone(),
            error: e.to_string(),
            transient: e.is_transient(),
            retry: wait,
        });
    }
}

/// When an issued secret without a lease expires: its `expiration` (Unix seconds, read
/// leniently: a negative one is long past, a huge one far away).
fn expiration(f: &Fetched) -> Option<u64> {
    f.data
        .get("expiration")
        .and_then(crate::vault::number::seconds)
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
            for event in w.step(ops, clock, now) {
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

impl VaultSecretOps<'_> {
    /// Before the first login of a run that started from the fallback cache there is no
    /// token: no request is sent without one.
    fn logged_in(&self) -> Result<(), Error> {
        match self.client.token() {
            Some(_) => Ok(()),
            None => Err(Error::Config("no token yet (waiting for the login)".into())),
        }
    }
}

impl SecretOps for VaultSecretOps<'_> {
    fn kv_version(&mut self, key: &ReadKey) -> Result<Option<u64>, Error> {
        self.logged_in()?;
        let at = self.kv.locate(&key.path, None)?;
        let meta = self.kv.metadata(&at)?;
        Ok(meta.data.and_then(|d| d["current_version"].as_u64()))
    }

    fn read(&mut self, key: &ReadKey) -> Result<Fetched, Error> {
        self.logged_in()?;
        // No start-up retry here: the watcher backs off by itself.
        crate::secrets::fetch::read_one(self.client, &self.kv, key, Instant::now())
    }

    fn renew(&mut self, lease_id: &str, increment: Duration) -> Result<Duration, Error> {
        // Vault warns at each capped renewal; the watch logs that once, in its words.
        let quiet = self.client.with_warnings_at_debug();
        let response = crate::vault::sys::lease_renew(&quiet, lease_id, Some(increment))?;
        Ok(super::lifetime(response.lease_duration))
    }
}
