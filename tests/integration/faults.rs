//! The fault suite: `vaultctl kv get` and a supervised `vaultctl exec` under every fault
//! of issue 7, against a real OpenBao (and PostgreSQL), with the fault proxy in front
//! where a fault needs one.
//!
//! Each test is one fault and one [`Scene`]: a KV v2 secret with two keys, an `exec`
//! whose child prints both once (`value=A/B`), and two proxies in front of the server —
//! one for the supervisor, one for the ad-hoc `kv get`. While the fault lasts, the ad-hoc
//! command must fail after its retries with one clear line and exit 2; the supervisor
//! must keep its child, never restart it with a partial or stale environment, and send a
//! number of requests bounded by its backoff. Once the fault ends, a change made during
//! it must reach the child (one restart, both keys new).
//!
//! Here: the network and the server (refused, reset, silent, 429, 5xx, sealed, slow);
//! in `body`: answers that are cut, malformed or too large; in `revoked`: the token and
//! the child's lease revoked from outside.

use crate::cmd::Test;
use crate::proxy::{Fault, FaultProxy};
use crate::rotation::Running;
use crate::servers::{Bao, bao, unique};
use std::time::{Duration, Instant};

mod body;
mod revoked;

/// How long each fault lasts.
const WINDOW: Duration = Duration::from_secs(4);

/// The most requests the supervisor may send during [`WINDOW`]. It polls every second;
/// a failed poll is retried twice by the client (backoff ≤ 0.5 s, ≤ 1 s), then the
/// watcher backs off (≥ 0.2 s, ceilings 1, 2, 4... s). A dozen requests is typical; a
/// spinning client sends thousands.
const MAX_REQUESTS: usize = 30;

/// A child that prints both injected keys, then waits.
fn child() -> String {
    "echo \"value=$A/$B pid=$$\"; exec sleep 300".to_string()
}

/// One secret, one supervised `exec` and one ad-hoc proxy, on `server`.
struct Scene<'s> {
    server: &'s Bao,
    token: String,
    name: String,
    /// In front of the supervisor.
    supervised: FaultProxy,
    /// In front of the ad-hoc commands.
    adhoc: FaultProxy,
    run: Running,
    /// When the fault began, the requests and the length of the log then.
    fault_at: Option<(Instant, usize, usize)>,
}

impl<'s> Scene<'s> {
    /// A scene on the shared server, with its root token.
    fn new() -> Scene<'static> {
        let server = bao();
        Scene::on(server, Some(&server.root_token), &[])
    }

    /// A scene on `server`; `token` for both commands (with none, `exec` logs in as
    /// `extra` says and `kv get` uses the root token); `extra` flags for `exec`.
    fn on(server: &'s Bao, token: Option<&str>, extra: &[&str]) -> Scene<'s> {
        let name = unique("fault");
        server.ok(&["kv", "put", "-mount=secret", &name, "a=one", "b=one"]);
        let supervised = FaultProxy::start(&server.addr);
        let adhoc = FaultProxy::start(&server.addr);
        let path = format!("secret/{name}");
        let script = child();
        let mut args = vec![
            "--poll-interval",
            "1s",
            "--timeout",
            "2s",
            "--min-restart-interval",
            "1s",
            "--secret",
            &path,
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--", "sh", "-c", &script]);
        let run = Running::start(&supervised.addr, token, &args);
        run.wait_lines("value=one/one", 1, Duration::from_secs(20));
        Scene {
            server,
            token: token.unwrap_or(&server.root_token).to_string(),
            name,
            supervised,
            adhoc,
            run,
            fault_at: None,
        }
    }

    /// Starts a fault on both proxies (`inject` is given each).
    fn fault(&mut self, inject: impl Fn(&FaultProxy)) {
        inject(&self.supervised);
        inject(&self.adhoc);
        self.fault_began();
    }

    /// Marks the start of a fault made some other way (on the server itself).
    fn fault_began(&mut self) {
        let log = self.run.stderr().len();
        self.fault_at = Some((Instant::now(), self.supervised.count(), log));
    }

    /// Writes new values for both keys, straight to the server.
    fn change(&self) {
        let name = &self.name;
        self.server
            .ok(&["kv", "put", "-mount=secret", name, "a=two", "b=two"]);
    }

    /// `vaultctl kv get --field a` through the ad-hoc proxy.
    fn kv_get(&self) -> Test {
        Test::new()
            .env("VAULT_ADDR", &self.adhoc.addr)
            .env("VAULT_TOKEN", &self.token)
            .args([
                "kv",
                "get",
                "--field",
                "a",
                &format!("secret/{}", self.name),
            ])
    }

    /// Waits out the rest of the fault's window, then checks that the child kept its
    /// secrets and was not restarted, and that the supervisor sent at most
    /// `max_requests` requests meanwhile.
    #[track_caller]
    fn endure(&mut self, max_requests: usize) {
        let (began, before, log) = self.fault_at.expect("a fault was started");
        std::thread::sleep(WINDOW.saturating_sub(began.elapsed()));
        // Refused connections never reach the proxy; vaultctl logs every attempt.
        let refused = self.run.stderr()[log..]
            .matches("connection refused")
            .count();
        let sent = self.supervised.count() - before + refused;
        assert!(self.run.alive(), "vaultctl exited\n{}", self.run.stderr());
        let lines = self.run.lines("value=");
        assert!(
            lines.len() == 1 && lines[0].starts_with("value=one/one "),
            "the child was restarted during the fault: {lines:?}\n{}",
            self.run.stderr()
        );
        assert!(
            sent <= max_requests,
            "spinning: {sent} requests in {WINDOW:?} (at most {max_requests})\n{}",
            self.run.stderr()
        );
        eprintln!("{sent} requests during the fault");
    }

    /// Ends the fault on both proxies.
    fn heal(&self) {
        self.supervised.heal();
        self.adhoc.heal();
    }

    /// The change reaches the child: one restart, both keys new. Returns vaultctl's log.
    #[track_caller]
    fn recovers(self) -> String {
        self.run
            .wait_lines("value=two/two", 1, Duration::from_secs(40));
        self.kv_get().status(0).stdout_contains("two");
        let (out, err) = self.run.stop();
        let values: Vec<&str> = out
            .lines()
            .filter_map(|l| l.split(' ').next())
            .filter(|v| v.starts_with("value="))
            .collect();
        eprintln!("--- vaultctl exec's log ---\n{err}");
        assert_eq!(values, ["value=one/one", "value=two/two"], "{err}");
        err
    }
}

#[test]
fn connection_refused() {
    let mut scene = Scene::new();
    scene.fault(FaultProxy::refuse);
    scene.change();
    let out = scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("connection refused (after 3 attempts)");
    assert!(
        out.stderr.contains(&scene.adhoc.addr),
        "names the address\n{out}"
    );
    scene.endure(MAX_REQUESTS);
    scene.heal();
    let log = scene.recovers();
    assert!(log.contains("Vault unreachable"), "{log}");
    assert!(log.contains("Vault answers again"), "{log}");
}

#[test]
fn connection_reset_mid_response() {
    let mut scene = Scene::new();
    // One reset is retried away.
    scene.adhoc.plan([Fault::ResetMidBody]);
    scene.kv_get().status(0).stdout_contains("one");
    scene.fault(|p| p.always(Fault::ResetMidBody));
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
fn a_server_that_never_answers() {
    let mut scene = Scene::new();
    scene.fault(|p| p.always(Fault::Hang(Duration::from_secs(60))));
    scene.change();
    let out = scene
        .kv_get()
        .args(["--timeout", "1s", "--max-retries", "1"])
        .status(2)
        .one_line_error()
        .stderr_contains("timed out (after 2 attempts)");
    assert!(out.elapsed < Duration::from_secs(5), "{out}");
    scene.endure(MAX_REQUESTS);
    scene.heal();
    scene.recovers();
}

fn too_many_requests() -> Fault {
    Fault::Respond {
        status: 429,
        headers: vec![
            "Retry-After: 1".into(),
            "Content-Type: application/json".into(),
        ],
        body: br#"{"errors":["rate limit quota exceeded"]}"#.to_vec(),
    }
}

#[test]
fn too_many_requests_with_retry_after() {
    let mut scene = Scene::new();
    scene.adhoc.plan([too_many_requests()]);
    let out = scene.kv_get().status(0).stdout_contains("one");
    assert!(
        out.elapsed >= Duration::from_secs(1),
        "Retry-After ignored\n{out}"
    );
    let before = scene.adhoc.count();
    scene.fault(|p| p.always(too_many_requests()));
    scene.change();
    let out = scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("429: rate limit quota exceeded");
    assert_eq!(scene.adhoc.count() - before, 3, "one try and two retries");
    assert!(
        out.elapsed >= Duration::from_secs(2),
        "Retry-After ignored\n{out}"
    );
    // Retry-After spaces the supervisor's retries: about one a second.
    scene.endure(12);
    scene.heal();
    scene.recovers();
}

#[test]
fn bursts_of_500_502_and_503() {
    let mut scene = Scene::new();
    let burst = |s: u16| Fault::json(s, &format!(r#"{{"errors":["burst {s}"]}}"#));
    // A burst shorter than the retries is not noticed.
    scene.adhoc.plan([burst(500), burst(502)]);
    scene.kv_get().status(0).stdout_contains("one");
    scene.supervised.plan([burst(500), burst(502), burst(503)]);
    scene.adhoc.plan([burst(500), burst(502), burst(503)]);
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("503: burst 503");
    scene.fault(|p| p.always(burst(502)));
    scene.change();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("502: burst 502");
    scene.endure(MAX_REQUESTS);
    scene.heal();
    scene.recovers();
}

#[test]
fn a_sealed_server() {
    let server = Bao::start(false);
    let key = server.unseal_key();
    let mut scene = Scene::on(&server, Some("root"), &[]);
    server.ok(&["operator", "seal"]);
    scene.fault_began();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("503: Vault is sealed");
    scene.endure(MAX_REQUESTS);
    server.ok(&["operator", "unseal", &key]);
    scene.change();
    let log = scene.recovers();
    assert!(log.contains("Vault is sealed"), "{log}");
}

#[test]
fn a_slow_server() {
    let mut scene = Scene::new();
    // Slower than usual but within the timeout: nothing fails, it just takes longer.
    scene.fault(|p| p.always(Fault::Slow(Duration::from_millis(700))));
    let out = scene.kv_get().status(0).stdout_contains("one");
    assert!(out.elapsed >= Duration::from_millis(1400), "{out}");
    scene.change();
    scene
        .run
        .wait_lines("value=two/two", 1, Duration::from_secs(20));
    let log = scene.recovers();
    assert!(!log.contains("retrying"), "{log}");
}
