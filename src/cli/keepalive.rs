//! While `exec` supervises: one thread keeps the token alive (renewing, logging in
//! again with `--auth`), one keeps the secrets fresh (leases, KV versions), and one turns
//! their changes into restarts. They report to the supervisor through its channel. When
//! Vault refuses a read with 403, the secrets thread nudges the token thread to look the
//! token up at once (it may have been revoked from outside).

use super::rotate::{Input, Rotation};
use super::sources::Prepared;
use crate::lifecycle::SystemClock;
use crate::lifecycle::secrets::{self as watch, VaultSecretOps, Watch, WatchEvent};
use crate::lifecycle::token::{self, TokenEvent, TokenWatch, VaultTokenOps};
use crate::supervise::{Event, RestartHook};
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

/// Keeps the threads running while it lives; dropping it asks them to stop.
#[derive(Debug)]
pub struct KeepAlive {
    _stop_token: Sender<()>,
    _stop_watch: Sender<()>,
}

/// The dynamic leases among the reads.
pub fn leases(prepared: &Prepared) -> Vec<String> {
    prepared
        .reads
        .values()
        .filter_map(|r| r.as_ref().ok())
        .filter(|f| !f.lease_id.is_empty())
        .map(|f| f.lease_id.clone())
        .collect()
}

/// Starts the threads: token, secrets, and `rotation`.
pub fn start(
    prepared: &mut Prepared,
    rotation: Rotation,
    poll: Duration,
    supervisor: Sender<Event>,
) -> (KeepAlive, RestartHook) {
    let stop_token = start_token(prepared);
    let (inputs, rx) = mpsc::channel::<Input>();
    // New credentials must reach the child before the old expire: debounce, splay and
    // a restart take this long at most.
    let lead = rotation.options.debounce + rotation.options.splay + Duration::from_secs(2);
    let stop_watch = start_watch(prepared, poll, lead, inputs.clone(), stop_token.clone());
    std::thread::Builder::new()
        .name("rotation".into())
        .spawn(move || rotation.run(rx, supervisor))
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
fn start_token(prepared: &mut Prepared) -> Sender<()> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    let client = prepared.client.clone();
    let method = prepared.method.take();
    let known = prepared
        .login
        .as_ref()
        .map(|a| (a.lease_duration, a.renewable));
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
            let mut watch = TokenWatch::new(Instant::now(), Duration::from_secs(ttl), renewable);
            let mut ops = VaultTokenOps::new(client, method);
            token::run(
                &mut watch,
                &mut ops,
                &SystemClock,
                &stop_rx,
                &mut log_token_event,
            );
        })
        .ok();
    stop
}

fn log_token_event(event: TokenEvent) {
    let human = |d: Duration| crate::duration::human(d.as_secs());
    match event {
        TokenEvent::Renewed(ttl) => crate::info!("renewed the token (ttl {})", human(ttl)),
        TokenEvent::LoggedIn(ttl) => crate::info!("logged in again (token ttl {})", human(ttl)),
        TokenEvent::RenewFailed(e, retry) => crate::warn!(
            "cannot renew the token ({e}); retrying in {:.1}s",
            retry.as_secs_f64()
        ),
        TokenEvent::LoginFailed(e, retry) => crate::warn!(
            "cannot log in again ({e}); retrying in {:.1}s",
            retry.as_secs_f64()
        ),
        TokenEvent::Expiring(left) => crate::warn!(
            "the token cannot be renewed further and expires in {}; pass --auth so vaultctl can log in again",
            human(left)
        ),
        TokenEvent::Expired => {
            crate::warn!("the token expired; secrets can no longer be kept fresh")
        }
        TokenEvent::Refused {
            error,
            can_login: true,
        } => crate::warn!("the token was refused ({error}); logging in again"),
        TokenEvent::Refused {
            error,
            can_login: false,
        } => crate::warn!(
            "the token was refused ({error}), so secrets can no longer be kept fresh; the command \
             keeps the ones it has (pass --auth so vaultctl can log in again)"
        ),
    }
}

/// Starts the secrets thread: changes go to `inputs`, refusals nudge `token`.
fn start_watch(
    prepared: &Prepared,
    poll: Duration,
    lead: Duration,
    inputs: Sender<Input>,
    token: Sender<()>,
) -> Sender<()> {
    let (stop, stop_rx) = mpsc::channel::<()>();
    let client = prepared.client.clone();
    let now = Instant::now();
    let mut watches: Vec<Watch> = prepared
        .reads
        .iter()
        .filter_map(|(k, r)| {
            r.as_ref()
                .ok()
                .map(|f| Watch::new(k.clone(), f.clone(), now, poll, lead))
        })
        .collect();
    std::thread::Builder::new()
        .name("secrets".into())
        .spawn(move || {
            let mut ops = VaultSecretOps::new(&client);
            watch::run(
                &mut watches,
                &mut ops,
                &SystemClock,
                &stop_rx,
                &mut |event| match event {
                    WatchEvent::Changed(key, fetched) => {
                        let _ = inputs.send(Input::Changed(key, fetched));
                    }
                    WatchEvent::Refused(_) => {
                        let _ = token.send(());
                    }
                },
            );
        })
        .ok();
    stop
}
