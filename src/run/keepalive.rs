//! While `exec` supervises: one thread keeps the token alive (renewing, logging in
//! again with `--auth`), one keeps the secrets fresh (leases, KV versions), and one turns
//! their changes into restarts. They report to the supervisor through its channel. When
//! Vault refuses a read with 403, the secrets thread nudges the token thread to look the
//! token up at once (it may have been revoked from outside).

use super::rotation::{Input, Rotation, Schedule};
use super::session::Login;
use crate::lifecycle::secrets::{self as watch, VaultSecretOps, Watch, WatchEvent};
use crate::lifecycle::token::{self, TokenEvent, TokenWatch, VaultTokenOps};
use crate::lifecycle::{Clock, SystemClock};
use crate::secrets::assemble::Reads;
use crate::supervise::{Event, RestartHook};
use crate::vault::Client;
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

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
    pub token: Option<(u64, bool)>,
    /// `--poll-interval`.
    pub poll: Duration,
    /// `--pass-token`: a new token must reach the child.
    pub pass_token: bool,
}

/// Starts the threads: token, secrets, and `rotation` on `schedule`.
pub fn start(
    start: Start,
    rotation: Rotation,
    schedule: Schedule,
    lead: Duration,
    supervisor: Sender<Event>,
) -> (KeepAlive, RestartHook) {
    let watches = watches(&rotation.reads, start.poll, lead);
    let client = start.client.clone();
    let (inputs, rx) = mpsc::channel::<Input>();
    let stop_token = start_token(start, inputs.clone());
    let stop_watch = start_watch(client, watches, inputs.clone(), stop_token.clone());
    std::thread::Builder::new()
        .name("rotation".into())
        .spawn(move || rotation.run(schedule, rx, supervisor))
        .ok();
    let hook = RestartHook(Box::new(move |_pid| {
        let _ = inputs.send(Input::Restarted);
    }));
    (
        KeepAlive {
            _stop_token: stop_token,
            _stop_watch: stop_watch,
        },
        hook,
    )
}

/// Starts the token thread; a message on the sender nudges it, dropping every sender
/// stops it.
fn start_token(start: Start, inputs: Sender<Input>) -> Sender<()> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    let pass_token = start.pass_token;
    let client = start.client;
    let method = start.login.map(|l| l.method);
    let known = start.token;
    std::thread::Builder::new()
        .name("token".into())
        .spawn(move || {
            let (ttl, renewable) = match known {
                Some(k) => k,
                None => match crate::vault::token::lookup_self(&client) {
                    Ok(info) => (info.ttl(), info.renewable()),
                    Err(e) => {
                        crate::warn!("cannot look up the token, so it will not be renewed: {e}");
                        return;
                    }
                },
            };
            let clock = SystemClock;
            let ttl = Duration::from_secs(ttl);
            let mut watch = TokenWatch::new(clock.now(), ttl, renewable, clock.fraction());
            let mut ops = VaultTokenOps::new(client, method);
            token::run(&mut watch, &mut ops, &SystemClock, &stop_rx, &mut |event| {
                let new_token = matches!(event, TokenEvent::LoggedIn(_));
                super::events::token(event);
                if new_token && pass_token {
                    let _ = inputs.send(Input::TokenChanged);
                }
            });
        })
        .ok();
    stop
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

/// Starts the secrets thread: changes go to `inputs`, refusals nudge `token`.
fn start_watch(
    client: Client,
    mut watches: Vec<Watch>,
    inputs: Sender<Input>,
    token: Sender<()>,
) -> Sender<()> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("secrets".into())
        .spawn(move || {
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
                            let _ = inputs.send(Input::Changed(key, fetched));
                        }
                        WatchEvent::Refused(_) => {
                            let _ = token.send(());
                        }
                        _ => {}
                    }
                },
            );
        })
        .ok();
    stop
}
