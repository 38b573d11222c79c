//! While `exec` supervises: one thread keeps the token alive (renewing, logging in
//! again with `--auth`), one keeps the secrets fresh (leases, KV versions), and one turns
//! their changes into restarts. They report to the supervisor through its channel. When
//! Vault refuses a read with 403, the secrets thread nudges the token thread to look the
//! token up at once (it may have been revoked from outside).
//!
//! After a start from the fallback cache, Vault has not answered yet: the token thread
//! logs in first (or looks the token up), retrying with backoff, the secrets thread checks
//! every read at once and with backoff, and what Vault confirms unchanged is passed to the
//! cache.

use super::fallback::Keeper;
use super::rotation::{Input, Rotation, Schedule};
use super::session::Login;
use crate::lifecycle::secrets::{self as watch, VaultSecretOps, Watch, WatchEvent};
use crate::lifecycle::token::{self, TokenEvent, TokenLease, TokenWatch, VaultTokenOps};
use crate::lifecycle::{Clock, Retry, SystemClock, Wake};
use crate::secrets::read::Reads;
use crate::supervise::{Event, RestartHook};
use crate::vault::{self, Client};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{Builder, JoinHandle};
use std::time::Duration;

/// A helper thread could not be started (the system is out of threads or memory): the
/// token or the leases would never be renewed, so `exec` does not go on without it.
#[derive(Debug, thiserror::Error)]
#[error("cannot start the {name} thread: {source}")]
pub struct ThreadError {
    /// Which thread.
    name: &'static str,
    /// Why.
    #[source]
    source: std::io::Error,
}

/// Keeps the threads running while it lives; dropping it asks them to stop.
#[derive(Debug)]
pub struct KeepAlive {
    _stop_token: Sender<()>,
    _stop_watch: Sender<()>,
}

/// What the threads start from.
#[derive(Debug)]
pub struct Start {
    /// The client, with the working token.
    pub client: Client,
    /// The login method, to log in again; `None` for a given token.
    pub login: Option<Login>,
    /// The TTL and renewability of the token vaultctl logged in for (else looked up).
    pub token: Option<TokenLease>,
    /// `--poll-interval`.
    pub poll: Duration,
    /// `--pass-token`: a new token must reach the child.
    pub pass_token: bool,
    /// The secrets came from the fallback cache, not from Vault.
    pub from_cache: bool,
    /// The fallback cache, told what Vault confirms.
    pub cache: Option<Keeper>,
}

/// Starts the threads: token, secrets, and `rotation` on `schedule`. When one cannot
/// start, those already started are asked to stop and the error says which.
pub fn start(
    start: Start,
    rotation: Rotation,
    schedule: Schedule,
    lead: Duration,
    supervisor: Sender<Event>,
) -> Result<(KeepAlive, RestartHook), ThreadError> {
    let mut watches = watches(&rotation.reads, start.poll, lead);
    if start.from_cache {
        let now = SystemClock.now();
        watches = watches.into_iter().map(|w| w.from_cache(now)).collect();
    }
    let client = start.client.clone();
    let cache = start.cache.clone();
    let (inputs, rx) = mpsc::channel::<Input>();
    let stop_token = start_token(start, inputs.clone())?;
    let to = Report {
        inputs: inputs.clone(),
        token: stop_token.clone(),
        cache,
    };
    // Should this fail, dropping `stop_token` stops the token thread.
    let stop_watch = start_watch(client, watches, to)?;
    spawn("rotation", move || rotation.run(schedule, rx, supervisor))?;
    let hook = RestartHook(Box::new(move |_pid, _ended| {
        let _ = inputs.send(Input::Restarted);
    }));
    Ok((
        KeepAlive {
            _stop_token: stop_token,
            _stop_watch: stop_watch,
        },
        hook,
    ))
}

/// Starts a thread called `name`.
fn spawn(name: &'static str, f: impl FnOnce() + Send + 'static) -> Result<(), ThreadError> {
    spawn_with(Builder::new(), name, f).map(drop)
}

fn spawn_with(
    builder: Builder,
    name: &'static str,
    f: impl FnOnce() + Send + 'static,
) -> Result<JoinHandle<()>, ThreadError> {
    builder
        .name(name.into())
        .spawn(f)
        .map_err(|source| ThreadError { name, source })
}

/// Starts the token thread; a message on the sender nudges it, dropping every sender
/// stops it.
fn start_token(start: Start, inputs: Sender<Input>) -> Result<Sender<()>, ThreadError> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    let pass_token = start.pass_token;
    let client = start.client;
    let method = start.login.map(|l| l.method);
    let known = start.token;
    if let Some(lease) = known {
        super::events::token_lease(lease);
    }
    spawn("token", move || {
        let clock = SystemClock;
        let mut watch = match known {
            Some(lease) => TokenWatch::of(clock.now(), lease, clock.fraction()),
            // The login at start could not reach Vault: log in first.
            None if client.token().is_none() && method.is_some() => {
                TokenWatch::logged_out(clock.now(), clock.fraction())
            }
            None => match look_up(
                &mut || {
                    let lease =
                        vault::token::lookup_self(&client).map(|i| TokenLease::looked_up(&i));
                    if let Ok(lease) = &lease {
                        super::events::token_lease(*lease);
                    }
                    lease
                },
                method.is_some(),
                &clock,
                &stop_rx,
            ) {
                Some(watch) => watch,
                None => return,
            },
        };
        let mut ops = VaultTokenOps::new(client, method);
        token::run(&mut watch, &mut ops, &SystemClock, &stop_rx, &mut |event| {
            let new_token = matches!(event, TokenEvent::LoggedIn(_));
            super::events::token(event);
            if new_token && pass_token {
                let _ = inputs.send(Input::TokenChanged);
            }
        });
    })?;
    Ok(stop)
}

/// Looks the given token up for its TTL with `lookup`, retrying with backoff (the
/// watchers' [`Retry`], waiting on `clock`) while Vault cannot be reached (after a start
/// from the fallback cache); a refused token is logged in again when `can_login`.
/// `None`: nothing to keep alive, or vaultctl is stopping.
fn look_up(
    lookup: &mut dyn FnMut() -> Result<TokenLease, vault::Error>,
    can_login: bool,
    clock: &dyn Clock,
    stop: &Receiver<()>,
) -> Option<TokenWatch> {
    let mut retry = Retry::default();
    loop {
        let error = match lookup() {
            Ok(lease) => return Some(TokenWatch::of(clock.now(), lease, clock.fraction())),
            Err(e) if e.status() == Some(403) && can_login => {
                crate::warn!("the token was refused ({e}); logging in again");
                return Some(TokenWatch::logged_out(clock.now(), clock.fraction()));
            }
            Err(e) if e.is_transient() => e,
            Err(e) => {
                crate::warn!("cannot look up the token, so it will not be renewed: {e}");
                return None;
            }
        };
        let wait = retry.failed(clock);
        crate::warn!(
            "cannot look up the token ({error}); retrying in {:.1}s",
            wait.as_secs_f64()
        );
        // A nudge (a read was refused) tries again at once.
        let at = crate::lifecycle::after(clock.now(), wait);
        if clock.wait_until(at, stop) == Wake::Stop {
            return None;
        }
    }
}

/// One watch a successful read; KV checks every `poll`, new credentials `lead` before
/// the old expire.
fn watches(reads: &Reads, poll: Duration, lead: Duration) -> Vec<Watch> {
    reads
        .iter()
        .filter_map(|(k, r)| {
            r.as_ref()
                .ok()
                .map(|f| Watch::new(k.clone(), f.clone(), &SystemClock, poll, lead))
        })
        .collect()
}

/// Where the secrets thread reports.
struct Report {
    /// Changes, to the rotation thread.
    inputs: Sender<Input>,
    /// Refusals nudge the token thread.
    token: Sender<()>,
    /// What Vault confirms unchanged, to the fallback cache.
    cache: Option<Keeper>,
}

/// Starts the secrets thread, reporting `to` the others.
fn start_watch(
    client: Client,
    mut watches: Vec<Watch>,
    to: Report,
) -> Result<Sender<()>, ThreadError> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    spawn("secrets", move || {
        let mut ops = VaultSecretOps::new(&client);
        watch::run(
            &mut watches,
            &mut ops,
            &SystemClock,
            &stop_rx,
            &mut |event| {
                super::events::secret(&event);
                match event {
                    WatchEvent::Changed(key, fetched) => {
                        let _ = to.inputs.send(Input::Changed(key, fetched));
                    }
                    WatchEvent::Unchanged(key, fetched) => {
                        if let Some(cache) = &to.cache {
                            cache.confirmed(&key, &fetched);
                        }
                    }
                    WatchEvent::Refused(_) => {
                        let _ = to.token.send(());
                    }
                    _ => {}
                }
            },
        );
    })?;
    Ok(stop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::clock::FakeClock;
    use crate::vault::error::RequestLine;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Instant;

    /// A clock that ends (asks to stop) `run_for` after it starts.
    fn clock(run_for: Duration) -> FakeClock {
        let now = Instant::now();
        FakeClock {
            now: Rc::new(Cell::new(now)),
            end: now + run_for,
            draws: Cell::new(0),
        }
    }

    fn api(status: u16) -> vault::Error {
        vault::Error::Api {
            request: RequestLine {
                method: "GET",
                path: "auth/token/lookup-self".into(),
            },
            status,
            errors: vec![],
        }
    }

    const LEASE: TokenLease = TokenLease {
        ttl: Duration::from_secs(3600),
        renewable: true,
    };

    /// Looks up with a Vault that answers `status` (`None`: the lease) at each call, in
    /// turn; returns the watch and when each call came, from the start.
    fn look_up_with(
        answers: &[Option<u16>],
        can_login: bool,
        clock: &FakeClock,
    ) -> (Option<TokenWatch>, Vec<Duration>) {
        let start = clock.now();
        let mut calls = Vec::new();
        let (_nudge, stop) = mpsc::channel();
        let mut lookup = || {
            calls.push(clock.now() - start);
            match answers[calls.len() - 1] {
                None => Ok(LEASE),
                Some(status) => Err(api(status)),
            }
        };
        let watch = look_up(&mut lookup, can_login, clock, &stop);
        (watch, calls)
    }

    #[test]
    fn a_token_look_up_backs_off_while_vault_is_down_then_watches_the_token() {
        let clock = clock(Duration::from_secs(3600));
        let mut answers = vec![Some(503); 8];
        answers.push(None);
        let (watch, calls) = look_up_with(&answers, false, &clock);
        let watch = watch.expect("watches the token Vault described");
        assert_eq!(calls.len(), 9, "one look-up a try, none after the answer");
        // The waits between tries are the shared policy's: under 1 s, 2 s, 4 s, … 60 s,
        // never under 200 ms.
        let ceilings = [1, 2, 4, 8, 16, 32, 60, 60];
        for (gap, ceiling) in calls.windows(2).map(|w| w[1] - w[0]).zip(ceilings) {
            assert!(
                gap >= Duration::from_millis(200) && gap <= Duration::from_secs(ceiling),
                "{gap:?} outside [200ms, {ceiling}s]: {calls:?}"
            );
        }
        // No real time passed: the fake clock jumped.
        assert!(clock.now.get() > Instant::now(), "{calls:?}");
        // The same draws replay the same retries.
        let again = self::clock(Duration::from_secs(3600));
        assert_eq!(look_up_with(&answers, false, &again).1, calls);
        // The watch starts from the answer, with the TTL Vault gave.
        let answered = clock.now();
        assert_eq!(watch.expires(), answered + LEASE.ttl);
        assert!(!watch.refused());
    }

    #[test]
    fn a_token_look_up_stops_when_vaultctl_stops_or_vault_says_no() {
        // Stopping during the backoff: no watch, no further try.
        let short = clock(Duration::from_secs(5));
        let (watch, calls) = look_up_with(&[Some(502); 20], true, &short);
        assert!(watch.is_none());
        assert!(calls.len() >= 2 && calls.len() < 20, "{calls:?}");
        assert!(
            calls.iter().all(|at| *at <= Duration::from_secs(5)),
            "{calls:?}"
        );
        // An error that retrying cannot fix ends it at once.
        let (watch, calls) = look_up_with(&[Some(400)], true, &clock(Duration::from_secs(60)));
        assert!(watch.is_none());
        assert_eq!(calls, [Duration::ZERO]);
        // A refused token is logged in again when vaultctl can; else it is not watched.
        let (watch, _) = look_up_with(&[Some(403)], true, &clock(Duration::from_secs(60)));
        assert!(watch.expect("logs in again").refused());
        let (watch, _) = look_up_with(&[Some(403)], false, &clock(Duration::from_secs(60)));
        assert!(watch.is_none());
    }

    #[test]
    fn a_thread_that_cannot_start_is_an_error_naming_it() {
        // A stack no system can give: the spawn itself fails, as it does when the
        // process is out of threads or memory.
        let builder = Builder::new().stack_size(usize::MAX / 2);
        let ran = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = ran.clone();
        let error = spawn_with(builder, "token", move || {
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
        })
        .expect_err("the spawn fails");
        let text = error.to_string();
        assert!(
            text.starts_with("cannot start the token thread: "),
            "{text}"
        );
        assert!(!text.contains('\n'), "{text}");
        assert!(!ran.load(std::sync::atomic::Ordering::SeqCst));
        // And a thread that can start does.
        spawn_with(Builder::new(), "token", || {})
            .expect("starts")
            .join()
            .expect("joins");
    }
}
