//! The transport through the fault-injecting proxy in front of a real OpenBao:
//! retries, what is not retried, headers, redirects and the body cap.

use crate::cmd::Test;
use crate::proxy::{Fault, FaultProxy};
use crate::servers::bao;

fn status_via(proxy: &FaultProxy) -> Test {
    Test::new().args(["status", "-v", "--address", &proxy.addr])
}

#[test]
fn a_503_is_retried_and_then_succeeds() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::json(503, r#"{"errors":["Vault is sealed"]}"#)]);
    status_via(&proxy)
        .status(0)
        .stdout_contains("Sealed          false")
        .stderr_contains("GET /v1/sys/seal-status: Vault answered 503; retrying in");
    let seen = proxy.seen();
    let seal_requests = seen
        .iter()
        .filter(|r| r.method == "GET" && r.path == "/v1/sys/seal-status");
    assert_eq!(seal_requests.count(), 2);
}

#[test]
fn retries_stop_after_max_retries_with_vaults_message() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan(vec![Fault::json(502, r#"{"errors":["upstream gone"]}"#); 3]);
    status_via(&proxy)
        .args(["--max-retries", "1"])
        .status(2)
        .stderr_contains("GET /v1/sys/seal-status: 502: upstream gone");
    assert_eq!(proxy.seen().len(), 2, "one try and one retry");
}

#[test]
fn a_400_is_not_retried() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::json(
        400,
        r#"{"errors":["bad request from the test"]}"#,
    )]);
    Test::new()
        .args(["status", "--address", &proxy.addr])
        .status(2)
        .one_line_error()
        .stderr_contains("400: bad request from the test");
    assert_eq!(proxy.seen().len(), 1);
}

#[test]
fn a_501_is_not_retried() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::json(501, r#"{"errors":["not implemented"]}"#)]);
    status_via(&proxy).status(2);
    assert_eq!(proxy.seen().len(), 1);
}

#[test]
fn retry_after_is_honoured() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::Respond {
        status: 429,
        headers: vec!["Retry-After: 2".into()],
        body: b"{\"errors\":[\"slow down\"]}".to_vec(),
    }]);
    let out = status_via(&proxy)
        .status(0)
        .stderr_contains("answered 429; retrying in");
    assert!(
        out.elapsed.as_millis() >= 2000,
        "did not wait for Retry-After\n{out}"
    );
}

#[test]
fn a_dropped_connection_is_retried() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::Close]);
    status_via(&proxy)
        .status(0)
        .stderr_contains("attempt 1 of 3 failed");
}

#[test]
fn request_and_namespace_headers_are_sent() {
    let proxy = FaultProxy::start(&bao().addr);
    Test::new()
        .args(["status", "--address", &proxy.addr, "--namespace", "team-a"])
        .status(0);
    let env_proxy = FaultProxy::start(&bao().addr);
    Test::new()
        .args(["status", "--address", &env_proxy.addr])
        .env("VAULT_NAMESPACE", "team-b/child")
        .status(0);
    let plain = FaultProxy::start(&bao().addr);
    Test::new()
        .args(["status", "--address", &plain.addr])
        .status(0);

    let first = &proxy.seen()[0];
    assert_eq!(first.header("x-vault-namespace"), Some("team-a"));
    assert_eq!(first.header("x-vault-request"), Some("true"));
    assert_eq!(
        env_proxy.seen()[0].header("x-vault-namespace"),
        Some("team-b/child")
    );
    assert_eq!(plain.seen()[0].header("x-vault-namespace"), None);
    assert_eq!(
        plain.seen()[0].header("x-vault-token"),
        None,
        "status needs no token"
    );
}

#[test]
fn an_oversized_body_is_refused() {
    let proxy = FaultProxy::start(&bao().addr);
    let mut body = b"{\"sealed\":false,\"pad\":\"".to_vec();
    body.resize(33 * 1024 * 1024, b'x');
    body.extend_from_slice(b"\"}");
    proxy.plan([Fault::Respond {
        status: 200,
        headers: vec!["Content-Type: application/json".into()],
        body,
    }]);
    Test::new()
        .args(["status", "--address", &proxy.addr])
        .status(2)
        .one_line_error()
        .stderr_contains("response body exceeds the limit of 33554432 bytes");
}

#[test]
fn a_malformed_body_is_a_clear_error() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::json(200, "{\"sealed\": fal")]);
    Test::new()
        .args(["status", "--address", &proxy.addr])
        .status(2)
        .one_line_error()
        .stderr_contains("malformed response from Vault");
}

#[test]
fn a_standby_redirect_is_followed_once() {
    let target = FaultProxy::start(&bao().addr);
    let front = FaultProxy::start(&bao().addr);
    let location = format!("Location: {}/v1/sys/seal-status", target.addr);
    front.plan([Fault::Respond {
        status: 307,
        headers: vec![location.clone()],
        body: vec![],
    }]);
    Test::new()
        .args(["status", "--address", &front.addr, "--namespace", "ns1"])
        .status(0)
        .stdout_contains("Sealed          false");
    let followed = &target.seen()[0];
    assert_eq!(followed.path, "/v1/sys/seal-status");
    assert_eq!(
        followed.header("x-vault-namespace"),
        Some("ns1"),
        "same headers after the redirect"
    );

    // A second redirect in a row is not followed: the 307 is the answer.
    let looping = FaultProxy::start(&bao().addr);
    looping.plan(vec![
        Fault::Respond {
            status: 307,
            headers: vec![location],
            body: vec![]
        };
        2
    ]);
    target.plan([Fault::Respond {
        status: 307,
        headers: vec![format!("Location: {}/v1/sys/seal-status", looping.addr)],
        body: vec![],
    }]);
    let front2 = FaultProxy::start(&bao().addr);
    front2.plan([Fault::Respond {
        status: 307,
        headers: vec![format!("Location: {}/v1/sys/seal-status", target.addr)],
        body: vec![],
    }]);
    Test::new()
        .args(["status", "--address", &front2.addr])
        .status(2);
    assert!(looping.seen().is_empty(), "followed more than one redirect");
}

#[test]
fn a_server_that_never_answers_times_out_and_is_retried() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::Hang(std::time::Duration::from_secs(30))]);
    let out = status_via(&proxy)
        .args(["--timeout", "1s"])
        .status(0)
        .stderr_contains("attempt 1 of 3 failed (timed out)");
    assert!(out.elapsed < std::time::Duration::from_secs(10), "{out}");
    proxy.plan(vec![Fault::Hang(std::time::Duration::from_secs(30)); 2]);
    Test::new()
        .args([
            "status",
            "--address",
            &proxy.addr,
            "--timeout",
            "1s",
            "--max-retries",
            "1",
        ])
        .status(2)
        .one_line_error()
        .stderr_contains("timed out (after 2 attempts)");
}

#[test]
fn a_redirect_to_a_node_that_is_gone_is_retried_from_the_standby() {
    // As during a leader election: the standby points at the old active node.
    let gone = format!("http://127.0.0.1:{}", crate::servers::free_port());
    let to_gone = || Fault::Respond {
        status: 307,
        headers: vec![format!("Location: {gone}/v1/sys/seal-status")],
        body: vec![],
    };
    let standby = FaultProxy::start(&bao().addr);
    standby.plan([to_gone()]);
    status_via(&standby)
        .status(0)
        .stderr_contains("attempt 1 of 3 failed (connection refused)");
    let asked = standby
        .seen()
        .iter()
        .filter(|r| r.path == "/v1/sys/seal-status")
        .count();
    assert_eq!(asked, 2, "the retry went back to the standby");
    // When every attempt ends there, the error names the node that failed.
    standby.plan(vec![to_gone(); 3]);
    Test::new()
        .args(["status", "--address", &standby.addr])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!(
            "cannot reach Vault at {gone}: connection refused (after 3 attempts)"
        ));
}
