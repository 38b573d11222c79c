//! TRUST: the attacks of the review played against a real OpenBao. Text in the inherited
//! environment stays data; the command finds no credential of vaultctl's in /proc; a
//! secret's keys cannot set what loads the command; bad modes, names and command lines
//! are refused before Vault is asked; a terminating signal during start-up revokes what
//! was leased; a fault signal sent with `kill` reaches the command.

use crate::cmd::Test;
use crate::exec::secret;
use crate::kv::{bao_ok, vc};
use crate::proxy::{Fault, FaultProxy};
use crate::servers::{bao, unique, wait_for};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// vaultctl pointed at a proxy in front of the dev server, so requests can be counted.
fn through(proxy: &FaultProxy) -> Test {
    Test::new()
        .env("VAULT_ADDR", &proxy.addr)
        .env("VAULT_TOKEN", &bao().root_token)
}

#[test]
fn inherited_text_reaches_the_child_unchanged() {
    let path = secret(&["password=prod-pass-4711"]);
    let title = format!("Fix typo {{{{ vault:{path}#password }}}}");
    let plain_ref = format!("vault:{path}#password");
    let out = vc()
        .env("PR_TITLE", &title)
        .env("PLAIN_REF", &plain_ref)
        .args(["exec", "--once", "--", "sh", "-c"])
        .args(["printf '%s\\n%s' \"$PR_TITLE\" \"$PLAIN_REF\""])
        .status(0)
        .never_shows("prod-pass-4711");
    assert_eq!(out.stdout, format!("{title}\n{plain_ref}"));
    // The same for `env`, which prints what a CI step would source.
    vc().env("PR_TITLE", &title)
        .args(["env", "--format", "json", "--env", "X=vault:secret/none#k"])
        .status(1)
        .never_shows("prod-pass-4711");
}

#[test]
fn with_env_refs_an_inherited_write_is_refused_and_nothing_is_written() {
    let policy = unique("pwn");
    let t = Test::new();
    let payload = t.file("policy.hcl", "path \"*\" { capabilities = [\"sudo\"] }\n");
    let branch = format!(
        "x{{{{vault:sys/policies/acl/{policy}?policy=@{}#k}}}}",
        payload.display()
    );
    let proxy = FaultProxy::start(&bao().addr);
    let out = t
        .env("VAULT_ADDR", &proxy.addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .env("BRANCH", &branch)
        .args(["exec", "--env-refs", "--", "sh", "-c", "echo RAN"])
        .status(125)
        .stderr_contains("BRANCH: an inherited variable may only read secrets");
    assert!(!out.stdout.contains("RAN"), "{out}");
    assert_eq!(
        proxy.count(),
        0,
        "a request reached Vault: {:?}",
        proxy.seen()
    );
    let read = bao().cli(&["policy", "read", &policy]);
    assert!(!read.status.success(), "the policy {policy} was written");
    // Without --env-refs the branch name is data and reaches the child as it is.
    let out = vc()
        .env("BRANCH", &branch)
        .args(["exec", "--", "sh", "-c", "printf %s \"$BRANCH\""])
        .status(0);
    assert_eq!(out.stdout, branch);
}

#[test]
fn env_refs_can_be_asked_for_in_the_config_file_and_refused_by_the_flag() {
    let path = secret(&["user=alice-5150"]);
    let reference = format!("vault:{path}#user");
    let t = vc();
    let config = t.file("vaultctl.toml", "[exec]\nenv_refs = true\n");
    let out = t
        .env("VAULTCTL_CONFIG", &config)
        .env("FROM_ENV", &reference)
        .args(["exec", "--", "sh", "-c", "printf %s \"$FROM_ENV\""])
        .status(0);
    assert_eq!(out.stdout, "alice-5150");
    let t = vc();
    let config = t.file("vaultctl.toml", "[exec]\nenv_refs = true\n");
    let out = t
        .env("VAULTCTL_CONFIG", &config)
        .env("FROM_ENV", &reference)
        .args([
            "exec",
            "--no-env-refs",
            "--",
            "sh",
            "-c",
            "printf %s \"$FROM_ENV\"",
        ])
        .status(0);
    assert_eq!(out.stdout, reference);
}

/// A script that prints its parent's environment block (or ENVIRON-DENIED) and says
/// whether it could open its parent's memory.
fn script_reading_parent() -> &'static str {
    "if tr '\\0' '\\n' </proc/$PPID/environ >environ.txt 2>/dev/null; then cat environ.txt; \
     else echo ENVIRON-DENIED; fi; \
     if (exec 3</proc/$PPID/mem) 2>/dev/null; then echo MEM-OPENED; else echo MEM-DENIED; fi"
}

const TOKEN_VARS: [&str; 3] = ["VAULT_SECRET_ID", "VAULTCTL_FALLBACK_KEY", "BAO_TOKEN"];

/// A token of its own (the dev server's root token is the word "root", found in paths).
fn own_token() -> String {
    bao_ok(&["token", "create", "-field=token", "-policy=root"])
        .trim()
        .to_string()
}
const SECRET_ID: &str = "secret-id-5c1e7a";
const FALLBACK_KEY: &str = "7f0c8a4e2b91d3f6a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1";

#[test]
fn the_child_reads_no_credential_from_the_supervisors_environ() {
    // Whoever may still open /proc/<vaultctl>/environ (root here, or any reader with
    // CAP_SYS_PTRACE) finds the credential variables emptied.
    let dir = tempfile::tempdir().expect("temp");
    let token = own_token();
    let out = vc()
        .env("VAULT_TOKEN", &token)
        .env("VAULT_SECRET_ID", SECRET_ID)
        .env("VAULTCTL_FALLBACK_KEY", FALLBACK_KEY)
        .env("BAO_TOKEN", &token)
        .env("MARKER", "visible")
        .args(["exec", "--", "sh", "-c"])
        .args([format!(
            "cd {} && {}",
            dir.path().display(),
            script_reading_parent()
        )])
        .status(0)
        .never_shows(&token)
        .never_shows(SECRET_ID)
        .never_shows(FALLBACK_KEY);
    if nix::unistd::geteuid().is_root() {
        // Root reads the block: the variables are there, their values are not.
        assert!(out.stdout.contains("MARKER=visible"), "{out}");
        for name in ["VAULT_TOKEN"].iter().chain(&TOKEN_VARS) {
            assert!(out.stdout.contains(&format!("{name}=\n")), "{name}: {out}");
        }
    } else {
        assert!(out.stdout.contains("ENVIRON-DENIED"), "{out}");
    }
}

#[test]
fn a_child_of_the_same_user_cannot_open_the_supervisors_environ_or_memory() {
    use std::os::unix::fs::PermissionsExt;
    let root = nix::unistd::geteuid().is_root();
    // As root, vaultctl and its child run as an ordinary user: a container's app without
    // CAP_SYS_PTRACE. The binary and HOME go where that user can reach them.
    let dir = tempfile::Builder::new()
        .prefix("vaultctl-trust")
        .tempdir_in(crate::servers::shared_temp_parent())
        .expect("temp");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let token = own_token();
    let bin = dir.path().join("vaultctl");
    std::fs::copy(env!("CARGO_BIN_EXE_vaultctl"), &bin).expect("copy vaultctl");
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin);
        c
    } else {
        Command::new(&bin)
    };
    let out = cmd
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.path())
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &token)
        .env("VAULT_SECRET_ID", SECRET_ID)
        .env("VAULTCTL_FALLBACK_KEY", FALLBACK_KEY)
        .args(["exec", "--", "sh", "-c", script_reading_parent()])
        .output()
        .expect("run vaultctl");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("ENVIRON-DENIED"), "{stdout}");
    assert!(stdout.contains("MEM-DENIED"), "{stdout}");
    for secret in [token.as_str(), SECRET_ID, FALLBACK_KEY] {
        assert!(!stdout.contains(secret) && !stderr.contains(secret));
    }
}

#[test]
fn a_secret_key_cannot_set_what_loads_the_command() {
    let path = secret(&[
        "bash_env=$(echo PWNED >&2)",
        "ld_preload=/nonexistent/evil.so",
        "api_key=k-1",
    ]);
    let dir = tempfile::tempdir().expect("temp");
    let ran = dir.path().join("ran");
    let out = vc()
        .args(["exec", "--secret", &path, "--", "bash", "-c"])
        .args([format!("touch {}", ran.display())])
        .status(125)
        .stderr_contains("BASH_ENV: key \"bash_env\"")
        .stderr_contains("LD_PRELOAD: key \"ld_preload\"")
        .stderr_contains("the command was not started")
        .never_shows("PWNED");
    assert!(!ran.exists(), "the command ran: {out}");
    // A key that would send the command's Vault client, and the token handed on to it,
    // to another server is refused too.
    let elsewhere = secret(&["vault_addr=http://127.0.0.1:9", "api_key=k-2"]);
    vc().args(["exec", "--pass-token", "--secret", &elsewhere, "--", "true"])
        .status(125)
        .stderr_contains("VAULT_ADDR: key \"vault_addr\"");
    // With a prefix the keys are harmless names; an explicit --env may still set PATH.
    let out = vc()
        .args(["exec", "--secret", &format!("APP_={path}"), "--pristine"])
        .args(["--env", &format!("PATH=vault:{path}#api_key"), "--"])
        .args([
            "/bin/sh",
            "-c",
            "printf '%s|%s' \"$APP_BASH_ENV\" \"$PATH\"",
        ])
        .status(0);
    assert_eq!(out.stdout, "$(echo PWNED >&2)|k-1");
}

#[test]
fn bad_names_and_modes_are_refused_before_any_request() {
    let path = secret(&["k=v"]);
    let proxy = FaultProxy::start(&bao().addr);
    through(&proxy)
        .args([
            "exec",
            "--env",
            &format!("9BAD=vault:{path}#k"),
            "--",
            "true",
        ])
        .status(125)
        .stderr_contains("--env \"9BAD\": not a valid variable name");
    through(&proxy)
        .args(["exec", "--secret", &format!("1X={path}"), "--", "true"])
        .status(125)
        .stderr_contains("the prefix \"1X\"");
    for mode in ["0777", "0660", "0700", "0620"] {
        let t = through(&proxy);
        let template = t.file("t.tpl", &format!("{{{{ vault:{path}#k }}}}\n"));
        let dest = t.home().join("out.txt");
        let config = t.file(
            "vaultctl.toml",
            &format!(
                "[[template]]\nsource = \"{}\"\ndestination = \"{}\"\nmode = \"{mode}\"\n",
                template.display(),
                dest.display()
            ),
        );
        let out = t
            .env("VAULTCTL_CONFIG", &config)
            .args(["exec", "--", "true"])
            .status(125)
            .stderr_contains(&format!("mode \"{mode}\" is refused"));
        assert!(!dest.exists(), "{mode}: the file was written: {out}");
    }
    assert_eq!(
        proxy.count(),
        0,
        "a request reached Vault: {:?}",
        proxy.seen()
    );
}

#[test]
fn only_exec_exits_125_on_a_usage_error() {
    vc().args(["kv", "get", "exec", "--bogus"])
        .status(1)
        .one_line_error();
    vc().args([
        "--address",
        "http://127.0.0.1:1",
        "exec",
        "--bogus",
        "--",
        "true",
    ])
    .status(125);
    vc().args(["exec", "--bogus", "--", "true"]).status(125);
}

/// Reads `child`'s stderr lines into a channel.
fn stderr_lines(child: &mut std::process::Child) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let err = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

#[test]
fn sigterm_during_start_up_revokes_what_was_leased() {
    // One read is leased at once; the other keeps failing, so start-up retries it.
    stopped_start_revokes(Fault::json(503, r#"{"errors":["maintenance"]}"#));
}

#[test]
fn sigterm_while_a_read_hangs_still_revokes_what_was_leased() {
    // The other read's server never answers: the stop does not wait for it.
    stopped_start_revokes(Fault::Hang(Duration::from_secs(90)));
}

/// Starts exec with a leased read and a read that `fault` holds up, sends SIGTERM once
/// the lease is taken, and checks vaultctl ends soon with 143 and the lease revoked.
fn stopped_start_revokes(fault: Fault) {
    let db = crate::db::db();
    let proxy = FaultProxy::start(&bao().addr);
    let slow = unique("slow");
    proxy.always_on(&slow, fault);
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("VAULT_ADDR", &proxy.addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args(["exec", "--retry-timeout", "5m"])
        .args([
            "--env",
            &format!("U=vault:{}/creds/{}#username", db.mount, crate::db::ROLE),
        ])
        .args(["--env", &format!("S=vault:secret/{slow}#k"), "--", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vaultctl");
    let lines = stderr_lines(&mut child);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    let lease = loop {
        let line = lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no lease was taken: {seen:?}"));
        if let Some(rest) = line.split_once("(lease ").map(|(_, r)| r.to_string()) {
            break rest.split([',', ')']).next().expect("lease id").to_string();
        }
        seen.push(line);
    };
    let sent = Instant::now();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    wait_for("vaultctl to stop", Duration::from_secs(30), || {
        child.try_wait().expect("wait").is_some()
    });
    let status = child.wait().expect("status");
    assert_eq!(status.code(), Some(143), "{status:?}");
    // Well inside the 30 s a container runtime gives before SIGKILL.
    assert!(
        sent.elapsed() < Duration::from_secs(20),
        "{:?}",
        sent.elapsed()
    );
    let rest: Vec<String> = lines.try_iter().collect();
    assert!(
        rest.iter()
            .any(|l| l.contains(&format!("revoked lease {lease}"))),
        "{rest:?}"
    );
    let looked = bao().cli(&["lease", "lookup", &lease]);
    assert!(
        !looked.status.success(),
        "the lease {lease} is still alive: {}",
        String::from_utf8_lossy(&looked.stdout)
    );
}

#[test]
fn fault_signals_sent_with_kill_reach_the_child_and_vaultctl_lives() {
    let dir = tempfile::tempdir().expect("temp");
    let ready = dir.path().join("ready");
    let got = dir.path().join("got");
    let signals = ["SEGV", "ILL", "ABRT", "BUS", "FPE", "TRAP", "SYS"];
    let traps: String = signals
        .iter()
        .map(|s| format!("trap 'echo {s} >>{}' {s}; ", got.display()))
        .collect();
    let script = format!(
        "{traps} touch {}; while true; do sleep 0.1; done",
        ready.display()
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args(["exec", "--", "sh", "-c", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn vaultctl");
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    wait_for("the child to start", Duration::from_secs(20), || {
        ready.exists()
    });
    for (i, name) in signals.iter().enumerate() {
        let signal: nix::sys::signal::Signal = format!("SIG{name}").parse().expect("signal");
        nix::sys::signal::kill(pid, signal).expect("kill");
        wait_for(
            &format!("the child to get SIG{name}"),
            Duration::from_secs(20),
            || std::fs::read_to_string(&got).is_ok_and(|t| t.lines().count() == i + 1),
        );
        assert!(
            child.try_wait().expect("wait").is_none(),
            "vaultctl ended on SIG{name}"
        );
    }
    let text = std::fs::read_to_string(&got).expect("got");
    assert_eq!(text.lines().collect::<Vec<_>>(), signals);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("kill");
    wait_for("vaultctl to end", Duration::from_secs(20), || {
        child.try_wait().expect("wait").is_some()
    });
    assert_eq!(child.wait().expect("status").code(), Some(143));
}
