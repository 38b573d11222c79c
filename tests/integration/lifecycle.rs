//! The token lifecycle against a real OpenBao: a token with a 3 s TTL and a 9 s max TTL
//! is renewed before it expires and replaced by a fresh AppRole login after the max TTL,
//! and no request is ever made with an expired token.

use crate::proxy::FaultProxy;
use crate::servers::{bao, unique};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use vaultctl::lifecycle::SystemClock;
use vaultctl::lifecycle::token::{self, TokenEvent, TokenWatch, VaultTokenOps};
use vaultctl::redacted::Secret;
use vaultctl::vault::auth::{self, Params};
use vaultctl::vault::{Client, ClientConfig};

#[test]
fn short_tokens_are_renewed_then_replaced_by_a_fresh_login() {
    let bao = bao();
    let mount = unique("approle-life");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/role/app"),
        "token_ttl=3s",
        "token_explicit_max_ttl=9s",
        "token_policies=default",
    ]);
    let role_id = bao.ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = bao.ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);

    let proxy = FaultProxy::start(&bao.addr);
    let client = Client::new(ClientConfig::new(proxy.addr.clone())).expect("client");
    let params = Params::new([
        ("role_id".to_string(), Secret::new(role_id)),
        ("secret_id".to_string(), Secret::new(secret_id)),
    ]);
    let method = auth::method("approle", Some(&mount), params).expect("approle method");
    let first = method.login(&client).expect("first login");
    assert_eq!(first.lease_duration, 3);
    client.replace_token(Some(first.client_token.clone()));

    let events = Arc::new(Mutex::new(Vec::new()));
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    let worker = {
        let (client, events) = (client.clone(), events.clone());
        std::thread::spawn(move || {
            let mut watch = TokenWatch::new(Instant::now(), Duration::from_secs(3), true, 0.5);
            let mut ops = VaultTokenOps::new(client, Some(method));
            let mut emit = |e: TokenEvent| events.lock().expect("events").push(e);
            token::run(&mut watch, &mut ops, &SystemClock, &stop_rx, &mut emit);
        })
    };
    // Two max-TTL periods and a bit: at least two fresh logins are due.
    std::thread::sleep(Duration::from_secs(20));
    // Closing the channel stops the lifecycle (a message would only nudge it).
    drop(stop_tx);
    worker.join().expect("lifecycle thread");

    let events = events.lock().expect("events").clone();
    let renewed = events
        .iter()
        .filter(|e| matches!(e, TokenEvent::Renewed(_)))
        .count();
    let logins = events
        .iter()
        .filter(|e| matches!(e, TokenEvent::LoggedIn(_)))
        .count();
    assert!(
        renewed >= 4,
        "expected renewals before the max TTL: {events:?}"
    );
    assert!(
        (2..=4).contains(&logins),
        "expected a fresh login per max TTL: {events:?}"
    );
    assert!(
        matches!(events[0], TokenEvent::Renewed(_)),
        "renews first: {events:?}"
    );
    assert!(
        !events.iter().any(|e| matches!(
            e,
            TokenEvent::RenewFailed(..) | TokenEvent::LoginFailed(..) | TokenEvent::Expired
        )),
        "{events:?}"
    );
    let seen = proxy.seen();
    let refused: Vec<_> = seen
        .iter()
        .filter(|r| r.status != Some(200))
        .map(|r| (&r.path, r.status))
        .collect();
    assert!(
        refused.is_empty(),
        "requests refused (an expired token?): {refused:?}"
    );
    let renewals = seen
        .iter()
        .filter(|r| r.path == "/v1/auth/token/renew-self")
        .count();
    assert_eq!(renewals, renewed, "every renewal reached Vault once");
}
