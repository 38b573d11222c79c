//! The exec runtime end to end: every catchable signal reaches the child and vaultctl
//! lives; job control stops and continues both; the child's environment keeps bytes that
//! are not UTF-8 and never holds vaultctl's own credentials unless `--pass-token`.

use crate::kv::vc;
use crate::servers::{bao, wait_for};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The signals a supervisor must pass on: every one from 1 to 31 that can be caught but
/// SIGCHLD, the job-control stops and SIGTERM (which ends the test), as dumb-init's own
/// suite sends them; the synchronous faults among them sent with `kill`.
const SIGNALS: [Signal; 24] = [
    Signal::SIGHUP,
    Signal::SIGINT,
    Signal::SIGQUIT,
    Signal::SIGILL,
    Signal::SIGTRAP,
    Signal::SIGABRT,
    Signal::SIGBUS,
    Signal::SIGFPE,
    Signal::SIGSEGV,
    Signal::SIGPIPE,
    Signal::SIGSTKFLT,
    Signal::SIGIO,
    Signal::SIGSYS,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
    Signal::SIGALRM,
    Signal::SIGPROF,
    Signal::SIGVTALRM,
    Signal::SIGXCPU,
    Signal::SIGXFSZ,
    Signal::SIGURG,
    Signal::SIGPWR,
    Signal::SIGWINCH,
    Signal::SIGCONT,
];

/// The process state letter of `pid` (`S`, `R`, `T` for stopped...).
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.trim_start().chars().next())
        .unwrap_or('?')
}

fn pid(n: u32) -> Pid {
    Pid::from_raw(n as i32)
}

#[test]
fn every_catchable_signal_reaches_the_child_and_vaultctl_lives() {
    let dir = tempfile::tempdir().expect("temp");
    let log = dir.path().join("got");
    let ready = dir.path().join("ready");
    // A child that writes down each signal it gets (perl: one handler for all).
    let names: Vec<String> = SIGNALS
        .iter()
        .map(|s| s.as_str().trim_start_matches("SIG").to_string())
        .collect();
    let script = format!(
        "$| = 1; open(my $log, '>>', '{log}') or die; $log->autoflush(1);
         for my $s (qw({names})) {{ $SIG{{$s}} = sub {{ print $log \"$_[0]\\n\" }}; }}
         open(my $r, '>', '{ready}'); close($r);
         while (1) {{ sleep 1 }}",
        log = log.display(),
        ready = ready.display(),
        names = names.join(" ")
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args(["exec", "--", "perl", "-e", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let me = child.id();
    wait_for("the child to start", Duration::from_secs(20), || {
        ready.exists()
    });
    for (i, signal) in SIGNALS.iter().enumerate() {
        kill(pid(me), *signal).expect("kill");
        let want = i + 1;
        wait_for(
            &format!("the child to get {signal}"),
            Duration::from_secs(10),
            || {
                std::fs::read_to_string(&log)
                    .unwrap_or_default()
                    .lines()
                    .count()
                    >= want
            },
        );
        assert!(
            child.try_wait().expect("wait").is_none(),
            "{signal} ended vaultctl"
        );
    }
    let got = std::fs::read_to_string(&log).expect("log");
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got, names, "each signal once, in order");
    kill(pid(me), Signal::SIGTERM).expect("kill");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(143));
}

#[test]
fn sigtstp_stops_vaultctl_and_the_child_and_sigcont_resumes_both() {
    use std::os::unix::process::CommandExt;
    // In a process group of its own whose parent (this test) lives in the same session:
    // the kernel discards job-control stops of an orphaned group, which is what the
    // test runner's group may be when it runs in the background.
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .process_group(0)
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args(["exec", "--", "sleep", "60"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let me = child.id();
    let mut sleeper = 0;
    wait_for("the child to start", Duration::from_secs(20), || {
        sleeper = crate::exec::children_of(me).first().map_or(0, |(p, _)| *p);
        sleeper != 0
    });
    kill(pid(me), Signal::SIGTSTP).expect("kill");
    wait_for("both to stop", Duration::from_secs(10), || {
        state(me) == 'T' && state(sleeper) == 'T'
    });
    kill(pid(me), Signal::SIGCONT).expect("kill");
    wait_for("both to go on", Duration::from_secs(10), || {
        state(me) != 'T' && state(sleeper) != 'T'
    });
    kill(pid(me), Signal::SIGTERM).expect("kill");
    assert_eq!(child.wait().expect("wait").code(), Some(143));
}

#[test]
fn the_child_gets_bytes_as_they_are_and_no_credentials_of_vaultctl() {
    let raw = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    let script = "printf '%s' \"$X\" | od -An -tx1; \
                  echo \"token=${VAULT_TOKEN-unset} bao=${BAO_TOKEN-unset} \
                  role=${VAULT_ROLE_ID-unset} sid=${VAULT_SECRET_ID-unset} addr=${VAULT_ADDR:+set}\"";
    let out = vc()
        .env("X", raw)
        .env("BAO_TOKEN", &bao().root_token)
        .env("VAULT_ROLE_ID", "role-id-value")
        .env("VAULT_SECRET_ID", "secret-id-value")
        .args(["exec", "--", "sh", "-c", script])
        .status(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0].trim(), "ff fe", "{out}");
    assert_eq!(
        lines[1], "token=unset bao=unset role=unset sid=unset addr=set",
        "{out}"
    );
    // --pass-token hands the token vaultctl uses on, and only that.
    let out = vc()
        .env("VAULT_ROLE_ID", "role-id-value")
        .args(["exec", "--pass-token", "--", "sh", "-c", script])
        .status(0);
    let expected = format!(
        "token={} bao=unset role=unset sid=unset addr=set",
        bao().root_token
    );
    assert_eq!(out.stdout.lines().last(), Some(expected.as_str()), "{out}");
}

#[test]
fn pass_token_restarts_the_child_with_the_token_of_a_fresh_login() {
    let (mount, role_id, secret_id) = crate::rotation::short_token_role();
    let dir = tempfile::tempdir().expect("temp");
    let sid = dir.path().join("secret-id");
    std::fs::write(&sid, &secret_id).expect("secret id file");
    let run = crate::rotation::Running::start(
        &bao().addr,
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
            "--pass-token",
            "--min-restart-interval",
            "1s",
            "--",
            "sh",
            "-c",
            "echo \"token=$VAULT_TOKEN\"; exec sleep 300",
        ],
    );
    // The token lives 9 s at most: a fresh login, and the child restarted with its token.
    run.wait_lines("token=", 2, Duration::from_secs(40));
    let tokens = run.lines("token=");
    assert_ne!(tokens[0], tokens[1], "the child got the new token");
    assert!(
        tokens.iter().all(|t| t.len() > "token=".len()),
        "{tokens:?}"
    );
    let (_, err) = run.stop();
    assert!(err.contains("because the token changed"), "{err}");
    assert!(!err.contains(&secret_id), "{err}");
}
