//! Keeping a supervised child's secrets fresh against a real OpenBao and PostgreSQL:
//! token renewal and re-login, KV changes, database credentials reaching their max TTL,
//! debouncing, outages, `--on-change signal`, and lease revocation.

use crate::kv::bao_ok;
use crate::servers::{Bao, bao, unique, wait_for};
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `vaultctl exec` whose output is collected as it comes.
pub(crate) struct Running {
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
}

fn collect(mut pipe: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .expect("sink")
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    text
}

impl Running {
    pub(crate) fn start(addr: &str, token: Option<&str>, args: &[&str]) -> Running {
        Running::start_env(addr, token, &[], args)
    }

    /// As [`Running::start`], with more variables in vaultctl's environment.
    pub(crate) fn start_env(
        addr: &str,
        token: Option<&str>,
        env: &[(&str, &str)],
        args: &[&str],
    ) -> Running {
        Running::start_command("exec", addr, token, env, args)
    }

    /// As [`Running::start_env`], for another vaultctl command than `exec`.
    pub(crate) fn start_command(
        command: &str,
        addr: &str,
        token: Option<&str>,
        env: &[(&str, &str)],
        args: &[&str],
    ) -> Running {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vaultctl"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", std::env::temp_dir())
            .env("VAULT_ADDR", addr)
            .arg(command)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(t) = token {
            cmd.env("VAULT_TOKEN", t);
        }
        cmd.envs(env.iter().copied());
        let mut child = cmd.spawn().expect("spawn vaultctl");
        let out = collect(child.stdout.take().expect("stdout"));
        let err = collect(child.stderr.take().expect("stderr"));
        Running { child, out, err }
    }

    pub(crate) fn stdout(&self) -> String {
        self.out.lock().expect("out").clone()
    }

    pub(crate) fn stderr(&self) -> String {
        self.err.lock().expect("err").clone()
    }

    /// Lines the child printed that start with `prefix`.
    pub(crate) fn lines(&self, prefix: &str) -> Vec<String> {
        self.stdout()
            .lines()
            .filter(|l| l.starts_with(prefix))
            .map(String::from)
            .collect()
    }

    #[track_caller]
    pub(crate) fn wait_lines(&self, prefix: &str, count: usize, limit: Duration) {
        let start = Instant::now();
        while self.lines(prefix).len() < count {
            assert!(
                start.elapsed() < limit,
                "waited {limit:?} for {count} lines starting {prefix:?}\nstdout:\n{}\nstderr:\n{}",
                self.stdout(),
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until vaultctl's stderr holds `text` (vaultctl may log after the child has
    /// already printed: the two pipes are read apart).
    #[track_caller]
    pub(crate) fn wait_stderr(&self, text: &str, limit: Duration) {
        let start = Instant::now();
        while !self.stderr().contains(text) {
            assert!(
                start.elapsed() < limit,
                "waited {limit:?} for {text:?} in stderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// True while vaultctl has not exited.
    /// vaultctl's pid.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) fn alive(&mut self) -> bool {
        self.child.try_wait().expect("wait").is_none()
    }

    pub(crate) fn stop(self) -> (String, String) {
        let (_, out, err) = self.stop_status();
        (out, err)
    }

    /// As [`Running::stop`], with how vaultctl exited.
    pub(crate) fn stop_status(mut self) -> (std::process::ExitStatus, String, String) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.child.id() as i32),
            nix::sys::signal::Signal::SIGTERM,
        );
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "vaultctl did not stop\nstderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(100));
        (status, self.stdout(), self.stderr())
    }
}

/// A child that prints `tag=VALUE pid=PID` once and then waits.
pub(crate) fn announce(var: &str) -> String {
    format!("echo \"value=${var} pid=$$\"; exec sleep 300")
}

fn kv_secret(value: &str) -> String {
    let name = unique("rot");
    bao_ok(&["kv", "put", "-mount=secret", &name, &format!("v={value}")]);
    name
}

#[test]
fn a_kv_put_restarts_the_child_with_the_new_value() {
    let name = kv_secret("one");
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--poll-interval",
            "2s",
            "--secret",
            &format!("secret/{name}"),
            "--",
            "sh",
            "-c",
            &announce("V"),
        ],
    );
    run.wait_lines("value=one", 1, Duration::from_secs(20));
    let put = Instant::now();
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=two"]);
    run.wait_lines("value=two", 1, Duration::from_secs(2 + 1 + 3));
    let latency = put.elapsed();
    let (out, err) = run.stop();
    assert!(latency < Duration::from_secs(5), "took {latency:?}\n{err}");
    assert!(
        err.contains(&format!("secret/{name} changed (v1 → v2)")),
        "{err}"
    );
    assert!(err.contains("restarting the command because"), "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("value=")).count(),
        2,
        "{out}"
    );
}

#[test]
fn an_unchanged_secret_causes_no_restart_and_two_quick_changes_one() {
    let name = kv_secret("a");
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--poll-interval",
            "1s",
            "--min-restart-interval",
            "1s",
            // Polls a second apart can see changes made half a second apart a whole poll
            // apart; a window of two polls holds both whatever the poll phase.
            "--debounce",
            "2s",
            "--secret",
            &format!("secret/{name}"),
            "--",
            "sh",
            "-c",
            &announce("V"),
        ],
    );
    run.wait_lines("value=a", 1, Duration::from_secs(20));
    // Several polls, same data written again: no restart.
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=a"]);
    std::thread::sleep(Duration::from_secs(4));
    assert_eq!(
        run.lines("value=").len(),
        1,
        "restarted without a change\n{}",
        run.stderr()
    );
    // Two changes half a second apart: one restart, with the last value.
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=b"]);
    std::thread::sleep(Duration::from_millis(500));
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=c"]);
    run.wait_lines("value=c", 1, Duration::from_secs(10));
    std::thread::sleep(Duration::from_secs(3));
    let (out, err) = run.stop();
    let values: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("value="))
        .map(|l| l.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(values, ["value=a", "value=c"], "{err}");
}

#[test]
fn on_change_signal_rewrites_the_file_and_sends_sighup_without_a_restart() {
    let name = kv_secret("first");
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("v.txt");
    let script = format!(
        "trap 'echo reload=$(cat {f})' HUP; echo start=$(cat {f}) pid=$$; while true; do sleep 0.1; done",
        f = file.display()
    );
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--poll-interval",
            "1s",
            "--on-change",
            "signal",
            "--file",
            &format!("{}=vault:secret/{name}#v", file.display()),
            "--",
            "sh",
            "-c",
            &script,
        ],
    );
    run.wait_lines("start=first", 1, Duration::from_secs(20));
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=second"]);
    run.wait_lines("reload=second", 1, Duration::from_secs(10));
    let (out, _) = run.stop();
    assert_eq!(
        out.lines().filter(|l| l.starts_with("start=")).count(),
        1,
        "restarted: {out}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).expect("file").permissions().mode() & 0o777,
        0o600
    );
}

/// An AppRole mount whose tokens live 3 s (9 s at most) and may read `secret/*`:
/// (mount, role id, secret id).
pub(crate) fn short_token_role() -> (String, String, String) {
    let bao = bao();
    let mount = unique("approle-rot");
    bao_ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let policy = "path \"secret/*\" { capabilities = [\"read\"] }";
    bao.client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("sys/policies/acl/{mount}"),
            &serde_json::json!({ "policy": policy }),
        )
        .expect("policy");
    bao_ok(&[
        "write",
        &format!("auth/{mount}/role/app"),
        "token_ttl=3s",
        "token_explicit_max_ttl=9s",
        &format!("token_policies={mount}"),
    ]);
    let role_id = bao_ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = bao_ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    (
        mount,
        role_id.trim().to_string(),
        secret_id.trim().to_string(),
    )
}

#[test]
fn a_short_token_is_renewed_then_replaced_while_the_child_runs() {
    let bao = bao();
    let (mount, role_id, secret_id) = short_token_role();
    let name = kv_secret("tok");
    let dir = tempfile::tempdir().expect("temp");
    let sid = dir.path().join("secret-id");
    std::fs::write(&sid, &secret_id).expect("secret id file");
    let run = Running::start(
        &bao.addr,
        None,
        &[
            "--auth",
            "approle",
            "--auth-path",
            &mount,
            "--auth-param",
            &format!("role_id={role_id}"),
            "--auth-param",
            &format!("secret_id=@{}", sid.display()),
            "--poll-interval",
            "1s",
            "--secret",
            &format!("secret/{name}"),
            "--",
            "sh",
            "-c",
            &announce("V"),
        ],
    );
    run.wait_lines("value=tok", 1, Duration::from_secs(20));
    wait_for(
        "a fresh login after the max TTL",
        Duration::from_secs(30),
        || run.stderr().contains("logged in again"),
    );
    std::thread::sleep(Duration::from_secs(2));
    let (out, err) = run.stop();
    assert!(err.contains("renewed the token"), "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("value=")).count(),
        1,
        "the child was restarted\n{err}"
    );
    assert!(
        !err.contains("permission denied"),
        "a request used an expired token\n{err}"
    );
    assert!(!err.contains(&secret_id), "{err}");
}

/// A supervised `exec` at `addr` whose child prints `user=U pass=P`, the credentials
/// read from `creds`, then waits; restarts at most once a second.
pub(crate) fn with_db_creds(addr: &str, creds: &str) -> Running {
    Running::start(
        addr,
        Some("root"),
        &[
            "--min-restart-interval",
            "1s",
            "--env",
            &format!("PGUSER=vault:{creds}#username"),
            "--env",
            &format!("PGPASSWORD=vault:{creds}#password"),
            "--",
            "sh",
            "-c",
            "echo \"user=$PGUSER pass=$PGPASSWORD\"; exec sleep 300",
        ],
    )
}

#[test]
fn database_credentials_are_replaced_before_their_max_ttl_and_old_leases_revoked() {
    let db = crate::db::db();
    let role = crate::db::new_role("short", "6s", "20s");
    let creds = format!("{}/creds/{role}", db.mount);
    let run = with_db_creds(&bao().addr, &creds);
    run.wait_lines("user=", 1, Duration::from_secs(20));
    let started = Instant::now();
    run.wait_lines("user=", 2, Duration::from_secs(30));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "replaced only after the max TTL"
    );
    let lines = run.lines("user=");
    let parse = |line: &str| {
        let mut parts = line.split(' ');
        let user = parts
            .next()
            .unwrap_or("")
            .trim_start_matches("user=")
            .to_string();
        let pass = parts
            .next()
            .unwrap_or("")
            .trim_start_matches("pass=")
            .to_string();
        (user, pass)
    };
    let (old_user, old_pass) = parse(&lines[0]);
    let (new_user, new_pass) = parse(&lines[1]);
    assert_ne!(old_user, new_user);
    assert_eq!(
        crate::db::login(&new_user, &new_pass).as_deref(),
        Ok(new_user.as_str())
    );
    wait_for(
        "the old lease to be revoked",
        Duration::from_secs(10),
        || run.stderr().contains("of the replaced command"),
    );
    assert!(
        crate::db::login(&old_user, &old_pass).is_err(),
        "the replaced credentials still log in"
    );
    let (_, err) = run.stop();
    assert!(err.contains("renewed"), "{err}");
    assert!(err.contains("new credentials"), "{err}");
    // A capped renewal is said once, in vaultctl's words, not in Vault's warning.
    assert!(err.contains("nears its max TTL"), "{err}");
    assert!(!err.contains("exceeded the effective max_ttl"), "{err}");
    // Exiting revokes the leases of the last child too.
    wait_for(
        "the last lease to be revoked at exit",
        Duration::from_secs(10),
        || crate::db::login(&new_user, &new_pass).is_err(),
    );
}

#[test]
fn a_stopped_server_leaves_the_child_running_and_a_later_change_still_restarts_it() {
    let own = Bao::start(false);
    own.ok(&["kv", "put", "-mount=secret", "app", "v=before"]);
    let run = Running::start(
        &own.addr,
        Some("root"),
        &[
            "--poll-interval",
            "1s",
            "--timeout",
            "1s",
            "--secret",
            "secret/app",
            "--",
            "sh",
            "-c",
            &announce("V"),
        ],
    );
    run.wait_lines("value=before", 1, Duration::from_secs(20));
    let pid = nix::unistd::Pid::from_raw(own.pid());
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGSTOP).expect("SIGSTOP");
    std::thread::sleep(Duration::from_secs(15));
    let during = run.stderr();
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGCONT).expect("SIGCONT");
    assert!(during.contains("Vault unreachable"), "{during}");
    let attempts = during.matches("Vault unreachable").count();
    assert!(
        attempts <= 12,
        "not backing off: {attempts} failures logged in 15 s\n{during}"
    );
    assert_eq!(
        run.lines("value=").len(),
        1,
        "the child was disturbed by the outage"
    );
    own.ok(&["kv", "put", "-mount=secret", "app", "v=after"]);
    run.wait_lines("value=after", 1, Duration::from_secs(60));
    run.stop();
}
