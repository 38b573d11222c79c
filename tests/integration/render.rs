//! `vaultctl render` against a real OpenBao, PostgreSQL and a PKI mount: the init
//! container (write every file once, exit 0, leases left for the application), the
//! sidecar (`--watch`: a short-lived certificate rewritten before it expires, unchanged
//! files left alone, the on-change command once per change and never fatal, SIGTERM
//! revoking the leases), and bad input refused before Vault is asked.

use crate::kv::{bao_ok, vc};
use crate::rotation::Running;
use crate::servers::{bao, unique, wait_for};
use crate::templates::{openssl, pki};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// A database role of its own (so that its leases are this test's alone); returns the
/// creds path.
fn db_role() -> String {
    let db = crate::db::db();
    let role = crate::db::new_role("render", "2m", "1h");
    format!("{}/creds/{role}", db.mount)
}

/// The live leases under `prefix` (a creds path).
fn leases(prefix: &str) -> Vec<String> {
    let out = bao().cli(&[
        "list",
        "-format=json",
        &format!("sys/leases/lookup/{prefix}/"),
    ]);
    if !out.status.success() {
        return Vec::new();
    }
    serde_json::from_slice(&out.stdout).unwrap_or_default()
}

/// Whether Vault still knows the lease `id`.
fn lease_alive(id: &str) -> bool {
    bao()
        .cli(&["write", "sys/leases/lookup", &format!("lease_id={id}")])
        .status
        .success()
}

fn kv_secret(value: &str) -> String {
    let name = unique("render");
    bao_ok(&["kv", "put", "-mount=secret", &name, &format!("v={value}")]);
    name
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn s(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn init_render_writes_a_database_url_a_certificate_pair_and_a_kv_file_then_exits_0() {
    let db = crate::db::db();
    let creds = db_role();
    let mount = pki();
    let name = kv_secret("from-kv");
    let test = vc();
    let template = test.file(
        "db.env.tpl",
        &format!(
            "DATABASE_URL=postgresql://{{{{ vault:{creds}#username }}}}:{{{{ vault:{creds}#password | urlencode }}}}@127.0.0.1:{}/postgres?sslmode=disable\n",
            db.pg.port
        ),
    );
    let dir = tempfile::tempdir().expect("temp");
    let (env, cert, key, kv) = (
        dir.path().join("db.env"),
        dir.path().join("cert.pem"),
        dir.path().join("key.pem"),
        dir.path().join("kv.txt"),
    );
    let issue = format!("vault:{mount}/issue/web?common_name=app.internal&ttl=1h");
    let out = test
        .args([
            "render",
            "--template",
            &format!("{}={}", s(&env), s(&template)),
        ])
        .args(["--file", &format!("{}={issue}#certificate", s(&cert))])
        .args(["--file", &format!("{}={issue}#private_key", s(&key))])
        .args(["--file", &format!("{}=vault:secret/{name}#v", s(&kv))])
        .status(0)
        .never_shows("PRIVATE KEY")
        .stderr_contains("left alive for the application");
    for f in [&env, &cert, &key, &kv] {
        assert_eq!(mode(f), 0o600, "{} {out}", f.display());
    }
    assert_eq!(read(&kv), "from-kv");
    let url = read(&env);
    let url = url
        .trim()
        .strip_prefix("DATABASE_URL=")
        .expect("DATABASE_URL=");
    let psql = db.pg.psql_url(url, "SELECT 40 + 2");
    assert!(psql.status.success(), "{psql:?}");
    assert_eq!(String::from_utf8_lossy(&psql.stdout).trim(), "42");
    let from_cert = openssl(&["x509", "-noout", "-pubkey", "-in", &s(&cert)]);
    let from_key = openssl(&["pkey", "-pubout", "-in", &s(&key)]);
    assert_eq!(from_cert, from_key, "the key matches the certificate");
    // The application uses the credentials: render without --watch does not revoke them.
    assert_eq!(leases(&creds).len(), 1, "{out}");
    assert!(!out.stderr.contains("revoked"), "{out}");
}

#[test]
fn a_problem_writes_nothing_and_revokes_what_was_leased() {
    let creds = db_role();
    let name = kv_secret("x");
    let dir = tempfile::tempdir().expect("temp");
    let (user, kv) = (dir.path().join("user"), dir.path().join("kv"));
    let out = vc()
        .args([
            "render",
            "--file",
            &format!("{}=vault:{creds}#username", s(&user)),
        ])
        .args(["--file", &format!("{}=vault:secret/{name}#missing", s(&kv))])
        .status(1)
        .stderr_contains("no file was written");
    assert!(!user.exists() && !kv.exists(), "{out}");
    assert!(out.stderr.contains("revoked lease"), "{out}");
    assert!(leases(&creds).is_empty(), "{out}");
}

#[test]
fn bad_input_is_refused_before_vault_is_asked() {
    // Nothing listens there: an attempt to reach it would retry for --retry-timeout.
    let quiet = || {
        vc().env("VAULT_ADDR", "http://127.0.0.1:9")
            .args(["render", "--retry-timeout", "1m"])
    };
    let out = quiet().status(1);
    assert!(
        out.stderr.contains("--file DEST=REF") && out.stderr.contains("--template DEST=SRC"),
        "{out}"
    );
    assert!(out.elapsed < Duration::from_secs(10), "{out}");
    let out = quiet()
        .args([
            "--file",
            "/tmp/x=vault:secret/a#b",
            "--on-change-command",
            "true",
        ])
        .status(1)
        .stderr_contains("--on-change-command: is only for render --watch");
    assert!(out.elapsed < Duration::from_secs(10), "{out}");
    quiet()
        .args(["--file", "/tmp/x=vault:secret/a#b", "--watch"])
        .args(["--on-change-timeout", "soon"])
        .status(1)
        .stderr_contains("--on-change-timeout");
}

#[test]
fn render_watch_rewrites_a_short_lived_certificate_runs_the_command_once_per_change_and_revokes_at_sigterm()
 {
    let creds = db_role();
    let mount = pki();
    let name = kv_secret("steady");
    let dir = tempfile::tempdir().expect("temp");
    let (cert, user, kv, count, env) = (
        dir.path().join("cert.pem"),
        dir.path().join("user"),
        dir.path().join("kv"),
        dir.path().join("count"),
        dir.path().join("env"),
    );
    let issue = format!("vault:{mount}/issue/web?common_name=short.internal&ttl=20s#certificate");
    let command = format!(
        "env > {}; openssl x509 -noout -serial -in {} >> {}",
        s(&env),
        s(&cert),
        s(&count)
    );
    // A token of its own, to be looked for in what the command sees.
    let token = bao_ok(&["token", "create", "-field=token"]);
    let token = token.trim();
    let run = Running::start_command(
        "render",
        &bao().addr,
        Some(token),
        &[("VAULT_ROLE_ID", "a-role-id")],
        &[
            "--watch",
            "--poll-interval",
            "1s",
            "--file",
            &format!("{}={issue}", s(&cert)),
            "--file",
            &format!("{}=vault:{creds}#username", s(&user)),
            "--file",
            &format!("{}=vault:secret/{name}#v", s(&kv)),
            "--on-change-command",
            &command,
        ],
    );
    wait_for("the files", Duration::from_secs(20), || kv.exists());
    let first = read(&cert);
    let unchanged = |p: &Path| {
        let m = std::fs::metadata(p).expect("stat");
        (m.ino(), m.mtime(), m.mtime_nsec())
    };
    let (kv_before, user_before) = (unchanged(&kv), unchanged(&user));
    let started = Instant::now();
    let lines = || read(&count).lines().count();
    wait_for("a new certificate", Duration::from_secs(30), || {
        lines() >= 1
    });
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "rewritten only after it expired"
    );
    let second = read(&cert);
    assert_ne!(first, second, "a new certificate");
    assert_eq!(mode(&cert), 0o600);
    wait_for("a second new certificate", Duration::from_secs(30), || {
        lines() >= 2
    });
    // Once per change: as many runs as rewrites said.
    let err = run.stderr();
    assert_eq!(
        lines(),
        err.matches("running the --on-change-command").count(),
        "{err}"
    );
    let serials: Vec<String> = read(&count).lines().map(String::from).collect();
    assert_ne!(serials[0], serials[1], "{serials:?}");
    // The other files did not change, and were not touched (KV polled every second).
    assert_eq!(unchanged(&kv), kv_before);
    assert_eq!(unchanged(&user), user_before);
    // The command gets none of vaultctl's credentials.
    let seen = read(&env);
    assert!(seen.contains("PATH="), "{seen}");
    for secret in ["VAULT_TOKEN", "VAULT_ROLE_ID", token, "a-role-id"] {
        assert!(!seen.contains(secret), "the command saw {secret}");
    }
    let held = leases(&creds);
    assert_eq!(held.len(), 1, "{err}");
    let lease = format!("{creds}/{}", held[0]);
    assert!(lease_alive(&lease));
    let (status, _, err) = run.stop_status();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(
        !lease_alive(&lease),
        "the lease outlived render --watch\n{err}"
    );
    assert!(err.contains("revoked lease"), "{err}");
}

#[test]
fn a_failing_or_slow_on_change_command_is_logged_and_render_keeps_going() {
    let name = kv_secret("one");
    let dir = tempfile::tempdir().expect("temp");
    let kv = dir.path().join("kv");
    let command = format!(
        "case $(cat {}) in two) exit 3;; three) exec sleep 617;; esac",
        s(&kv)
    );
    let mut run = Running::start_command(
        "render",
        &bao().addr,
        Some(&bao().root_token),
        &[],
        &[
            "--watch",
            "--poll-interval",
            "1s",
            "--debounce",
            "100ms",
            "--on-change-timeout",
            "1s",
            "--file",
            &format!("{}=vault:secret/{name}#v", s(&kv)),
            "--on-change-command",
            &command,
        ],
    );
    wait_for("the file", Duration::from_secs(20), || read(&kv) == "one");
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=two"]);
    run.wait_stderr("failed with exit code 3", Duration::from_secs(20));
    assert_eq!(read(&kv), "two");
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=three"]);
    run.wait_stderr("ran over 1s", Duration::from_secs(20));
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=four"]);
    wait_for("the next change", Duration::from_secs(20), || {
        read(&kv) == "four"
    });
    assert!(run.alive());
    let (status, _, err) = run.stop_status();
    assert_eq!(status.code(), Some(0), "{err}");
    // No sleep left behind: the killed command's process group went with it.
    let left = Command::new("pgrep")
        .args(["-fx", "sleep 617"])
        .output()
        .expect("pgrep");
    assert!(left.stdout.is_empty(), "a command outlived its timeout");
}

#[test]
fn sigterm_while_a_read_hangs_ends_render_soon_and_revokes_what_was_leased() {
    use crate::proxy::{Fault, FaultProxy};
    let creds = db_role();
    let proxy = FaultProxy::start(&bao().addr);
    let slow = unique("slow");
    proxy.always_on(&slow, Fault::Hang(Duration::from_secs(90)));
    let dir = tempfile::tempdir().expect("temp");
    let (user, other) = (dir.path().join("user"), dir.path().join("other"));
    let run = Running::start_command(
        "render",
        &proxy.addr,
        Some(&bao().root_token),
        &[],
        &[
            "--retry-timeout",
            "5m",
            "--file",
            &format!("{}=vault:{creds}#username", s(&user)),
            "--file",
            &format!("{}=vault:secret/{slow}#k", s(&other)),
        ],
    );
    wait_for("the lease", Duration::from_secs(60), || {
        leases(&creds).len() == 1
    });
    let lease = format!("{creds}/{}", leases(&creds)[0]);
    let sent = Instant::now();
    let (status, _, err) = run.stop_status();
    assert_eq!(status.code(), Some(143), "{err}");
    assert!(
        sent.elapsed() < Duration::from_secs(20),
        "{:?}",
        sent.elapsed()
    );
    assert!(!lease_alive(&lease), "the lease outlived the stop\n{err}");
    assert!(!user.exists() && !other.exists(), "{err}");
}

/// The children of `parent`: pid, command name and state (`R`, `S`, `Z`...), from /proc.
fn children(parent: u32) -> Vec<(u32, String, char)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid ...: comm may hold spaces, so split after its ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let mut rest = stat[close + 1..].split_whitespace();
        let (Some(state), Some(ppid)) = (rest.next(), rest.next()) else {
            continue;
        };
        if ppid.parse() == Ok(parent) {
            let pid = stat[..open].trim().parse().unwrap_or(0);
            let comm = stat[open + 1..close].to_string();
            found.push((pid, comm, state.chars().next().unwrap_or('?')));
        }
    }
    found
}

#[test]
fn what_an_on_change_command_leaves_running_comes_to_render_and_is_reaped() {
    let name = kv_secret("one");
    let dir = tempfile::tempdir().expect("temp");
    let kv = dir.path().join("kv");
    let mut run = Running::start_command(
        "render",
        &bao().addr,
        Some(&bao().root_token),
        &[],
        &[
            "--watch",
            "--poll-interval",
            "1s",
            "--debounce",
            "100ms",
            "--file",
            &format!("{}=vault:secret/{name}#v", s(&kv)),
            "--on-change-command",
            "sleep 2 &",
        ],
    );
    wait_for("the file", Duration::from_secs(20), || read(&kv) == "one");
    let ran = |run: &Running| {
        run.stderr()
            .matches("the --on-change-command exited 0")
            .count()
    };
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=two"]);
    wait_for("the first command", Duration::from_secs(20), || {
        ran(&run) == 1
    });
    // Its background sleep outlives it, comes to render (as to PID 1 in a container)
    // and, once it ends, waits there to be reaped.
    let mut zombie = None;
    wait_for(
        "the left-behind sleep to end",
        Duration::from_secs(20),
        || {
            zombie = children(run.pid())
                .into_iter()
                .find(|(_, comm, state)| comm == "sleep" && *state == 'Z')
                .map(|(pid, _, _)| pid);
            zombie.is_some()
        },
    );
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=three"]);
    wait_for("the second command", Duration::from_secs(20), || {
        ran(&run) == 2
    });
    let left: Vec<_> = children(run.pid());
    assert!(
        !left.iter().any(|(pid, _, _)| Some(*pid) == zombie),
        "the first command's sleep is still a zombie of render: {left:?}"
    );
    assert!(run.alive());
    let (status, _, err) = run.stop_status();
    assert_eq!(status.code(), Some(0), "{err}");
}
