//! No number from the server crashes or stops vaultctl: a `ttl` of `2^64-1` in a KV v1
//! secret under `/static-creds/` (which anyone who can write that KV path chooses), and,
//! through the fault proxy, a lease renewal, a token lookup and a token renewal that
//! answer `2^64-1` seconds. Each time the supervisor keeps its child, stays alive, and on
//! SIGTERM ends the child and exits with the child's code, without a panic (which,
//! built with `panic = "abort"`, would be exit 134 with the child left unsupervised).

use crate::proxy::{Fault, FaultProxy};
use crate::rotation::Running;
use crate::servers::{bao, unique};
use serde_json::json;
use std::time::{Duration, Instant};

/// `2^64-1`, as it travels in JSON.
const HUGE: &str = "18446744073709551615";

/// The code the child exits with on SIGTERM, so the test sees vaultctl pass it on.
const CHILD_CODE: i32 = 7;

/// A child that says it started (with the length of the value it was given, never the
/// value), then waits, and exits with [`CHILD_CODE`] on SIGTERM.
fn child() -> Vec<&'static str> {
    vec![
        "--",
        "sh",
        "-c",
        "trap 'exit 7' TERM; echo \"started len=${#VALUE}\"; while :; do sleep 0.1; done",
    ]
}

/// A running `vaultctl exec` of [`child`], its output collected as it comes.
struct Supervisor(Running);

impl Supervisor {
    /// `vaultctl exec ARGS -- child` against `addr`, with `token` when given.
    fn start(addr: &str, token: Option<&str>, args: &[&str]) -> Supervisor {
        let mut all = args.to_vec();
        all.extend(child());
        Supervisor(Running::start(addr, token, &all))
    }

    fn stdout(&self) -> String {
        self.0.stdout()
    }

    fn stderr(&self) -> String {
        self.0.stderr()
    }

    /// Waits for the child's first line; vaultctl must not have ended meanwhile.
    fn wait_started(&mut self) {
        let start = Instant::now();
        while !self.stdout().contains("started len=") {
            assert!(
                self.0.alive() && start.elapsed() < Duration::from_secs(30),
                "the child did not start\nstderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// vaultctl stays alive (still supervising) for `span`.
    #[track_caller]
    fn stays_alive(&mut self, span: Duration) {
        let start = Instant::now();
        while start.elapsed() < span {
            assert!(
                self.0.alive(),
                "vaultctl ended while its child ran\nstderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGTERM to vaultctl: it ends the child and exits with the child's code, and said
    /// nothing of a panic.
    #[track_caller]
    fn terminates_with_the_childs_code(self) -> String {
        let (status, _, log) = self.0.stop_status();
        assert_eq!(
            status.code(),
            Some(CHILD_CODE),
            "{status:?}\nstderr:\n{log}"
        );
        assert!(!log.contains("panicked"), "{log}");
        log
    }
}

/// Waits until the proxy answered a request whose path contains `part` with 200.
#[track_caller]
fn answered(proxy: &FaultProxy, part: &str, run: &Supervisor) {
    let start = Instant::now();
    let done = || {
        proxy
            .seen()
            .iter()
            .any(|s| s.path.contains(part) && s.status == Some(200))
    };
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no request to {part} was answered\nstderr:\n{}",
            run.stderr()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_kv_v1_static_creds_ttl_of_2_64_minus_1_is_far_away() {
    let server = bao();
    let mount = unique("kv1-numbers");
    server.ok(&[
        "secrets",
        "enable",
        "-version=1",
        &format!("-path={mount}"),
        "kv",
    ]);
    let path = format!("{mount}/app/static-creds/db");
    let client = server.client().expect("client");
    let body: serde_json::Value =
        serde_json::from_str(&format!(r#"{{"password":"pw-1","ttl":{HUGE}}}"#)).expect("json");
    client
        .write::<serde_json::Value>(&path, &body)
        .expect("write the secret");
    // OpenBao keeps the number as it was written: the real server is the source here.
    let stored = client
        .read_value(&path, &[])
        .expect("read back")
        .and_then(|r| r.data)
        .expect("data");
    assert_eq!(stored["ttl"].to_string(), HUGE, "{stored}");

    let reference = format!("VALUE=vault:{path}#password");
    let mut run = Supervisor::start(
        &server.addr,
        Some(&server.root_token),
        &["--env", &reference],
    );
    run.wait_started();
    assert!(run.stdout().contains("started len=4"), "{}", run.stdout());
    run.stays_alive(Duration::from_secs(3));
    run.terminates_with_the_childs_code();
}

#[test]
fn a_lease_renewal_of_2_64_minus_1_seconds_keeps_the_child_supervised() {
    let db = crate::db::db();
    let server = bao();
    let role = crate::db::new_role("numbers", "3s", "1h");
    let proxy = FaultProxy::start(&server.addr);
    // The renewal (due at about 2 s) is answered with a lease of 2^64-1 seconds.
    let renewed = format!(
        r#"{{"lease_id":"","renewable":true,"lease_duration":{HUGE},"data":null,"warnings":null}}"#
    );
    proxy.always_on("sys/leases/renew", Fault::json(200, &renewed));
    let reference = format!("VALUE=vault:{}/creds/{role}#password", db.mount);
    let mut run = Supervisor::start(
        &proxy.addr,
        Some(&server.root_token),
        &["--env", &reference],
    );
    run.wait_started();
    answered(&proxy, "sys/leases/renew", &run);
    run.stays_alive(Duration::from_secs(3));
    let log = run.terminates_with_the_childs_code();
    // The lease was still revoked at the end (the revocation is not faulted).
    assert!(
        proxy
            .seen()
            .iter()
            .any(|s| s.path.contains("sys/leases/revoke") && s.status == Some(204)),
        "{log}"
    );
}

#[test]
fn a_token_lookup_of_2_64_minus_1_seconds_keeps_the_child_supervised() {
    let server = bao();
    let name = unique("numbers");
    server.ok(&["kv", "put", "-mount=secret", &name, "v=value-1"]);
    let proxy = FaultProxy::start(&server.addr);
    let looked_up = format!(
        r#"{{"data":{{"ttl":{HUGE},"creation_ttl":{HUGE},"explicit_max_ttl":{HUGE},"renewable":true,"accessor":"a","policies":["root"]}}}}"#
    );
    proxy.always_on("auth/token/lookup-self", Fault::json(200, &looked_up));
    let reference = format!("VALUE=vault:secret/{name}#v");
    let mut run = Supervisor::start(
        &proxy.addr,
        Some(&server.root_token),
        &["--env", &reference],
    );
    run.wait_started();
    answered(&proxy, "auth/token/lookup-self", &run);
    run.stays_alive(Duration::from_secs(3));
    run.terminates_with_the_childs_code();
}

#[test]
fn a_token_renewal_of_2_64_minus_1_seconds_keeps_the_child_supervised() {
    let server = bao();
    let mount = unique("approle-numbers");
    server.ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let policy = r#"path "secret/*" { capabilities = ["read"] }"#;
    server
        .client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("sys/policies/acl/{mount}"),
            &json!({ "policy": policy }),
        )
        .expect("policy");
    server.ok(&[
        "write",
        &format!("auth/{mount}/role/app"),
        "token_ttl=3s",
        "token_max_ttl=1h",
        &format!("token_policies={mount}"),
    ]);
    let role_id = server.ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = server.ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    let name = unique("numbers");
    server.ok(&["kv", "put", "-mount=secret", &name, "v=value-1"]);
    let dir = tempfile::tempdir().expect("temp");
    let sid = dir.path().join("secret-id");
    std::fs::write(&sid, &secret_id).expect("secret id file");
    let proxy = FaultProxy::start(&server.addr);
    // The renewal of the 3 s token (due at about 2 s) is answered with 2^64-1 seconds.
    let renewed = format!(
        r#"{{"auth":{{"client_token":"","accessor":"a","lease_duration":{HUGE},"renewable":true}}}}"#
    );
    proxy.always_on("auth/token/renew-self", Fault::json(200, &renewed));
    let (role, secret) = (
        format!("role_id={role_id}"),
        format!("secret_id=@{}", sid.display()),
    );
    let reference = format!("VALUE=vault:secret/{name}#v");
    let args = [
        "--auth",
        "approle",
        "--auth-path",
        &mount,
        "--auth-param",
        &role,
        "--auth-param",
        &secret,
        "--env",
        &reference,
    ];
    let mut run = Supervisor::start(&proxy.addr, None, &args);
    run.wait_started();
    answered(&proxy, "auth/token/renew-self", &run);
    run.stays_alive(Duration::from_secs(3));
    let log = run.terminates_with_the_childs_code();
    assert!(!log.contains(&secret_id), "{log}");
}
