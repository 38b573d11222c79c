//! Answers that are cut short, malformed or over the size cap: `kv get` fails with one
//! line; `exec` keeps what the child has until a whole, valid answer arrives, and at
//! start it runs the command with every secret or not at all.

use super::{MAX_REQUESTS, Scene};
use crate::cmd::Test;
use crate::proxy::{Fault, FaultProxy};
use crate::servers::{bao, unique};

#[test]
fn a_truncated_body() {
    let mut scene = Scene::new();
    let data = format!("/v1/secret/data/{}", scene.name);
    scene.adhoc.plan([Fault::Forward, Fault::Truncated]);
    scene.kv_get().status(0).stdout_contains("one");
    // The new version's data is cut short: its metadata says it changed, but the child
    // keeps what it has until the whole answer arrives.
    scene.fault(|p| p.always_on(&data, Fault::Truncated));
    scene.change();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("connection closed before a full answer (after 3 attempts)");
    scene.endure(MAX_REQUESTS);
    scene.heal();
    scene.recovers();
}

#[test]
fn a_malformed_or_cut_json_body() {
    let mut scene = Scene::new();
    let data = format!("/v1/secret/data/{}", scene.name);
    let cut = r#"{"data":{"data":{"a":"two","b":"tw"#;
    scene.adhoc.plan([Fault::Forward, Fault::json(200, cut)]);
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("malformed response from Vault: EOF while parsing");
    scene.fault(|p| p.always_on(&data, Fault::json(200, "<html>gateway</html>")));
    scene.change();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("malformed response from Vault: expected value");
    scene.endure(MAX_REQUESTS);
    scene.heal();
    scene.recovers();
}

#[test]
fn a_body_over_the_size_cap() {
    let mut scene = Scene::new();
    let data = format!("/v1/secret/data/{}", scene.name);
    let mut body = br#"{"data":{"data":{"a":""#.to_vec();
    body.resize(33 * 1024 * 1024, b'x');
    body.extend_from_slice(br#""}}}"#);
    let huge = Fault::Respond {
        status: 200,
        headers: vec!["Content-Type: application/json".into()],
        body,
    };
    scene.fault(|p| p.always_on(&data, huge.clone()));
    scene.change();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("response body exceeds the limit of 33554432 bytes");
    scene.endure(MAX_REQUESTS);
    scene.heal();
    scene.recovers();
}

#[test]
fn exec_starts_with_every_secret_or_not_at_all() {
    let good = unique("whole");
    let bad = unique("whole");
    bao().ok(&["kv", "put", "-mount=secret", &good, "a=good-value"]);
    bao().ok(&["kv", "put", "-mount=secret", &bad, "b=bad-value"]);
    let proxy = FaultProxy::start(&bao().addr);
    proxy.always_on(&format!("/v1/secret/data/{bad}"), Fault::Truncated);
    let exec = || {
        Test::new()
            .env("VAULT_ADDR", &proxy.addr)
            .env("VAULT_TOKEN", &bao().root_token)
            .args(["exec", "--retry-timeout", "2s", "--max-retries", "1"])
            .args(["--secret", &format!("secret/{good}")])
            .args(["--secret", &format!("secret/{bad}")])
            .args(["--", "sh", "-c", "printf '%s/%s' \"$A\" \"$B\""])
    };
    // A read that keeps breaking off is retried until --retry-timeout; the command never
    // runs with the secrets that did arrive.
    exec()
        .status(125)
        .stderr_contains("connection closed before a full answer")
        .stderr_contains("the command was not started")
        .never_shows("good-value");
    // A malformed answer is not retried: the same, at once.
    proxy.always_on(
        &format!("/v1/secret/data/{bad}"),
        Fault::json(200, "{\"data\": nul"),
    );
    let out = exec()
        .status(125)
        .stderr_contains("malformed response from Vault");
    assert!(out.stdout.is_empty(), "{out}");
    proxy.heal();
    exec().status(0).stdout_contains("good-value/bad-value");
}
