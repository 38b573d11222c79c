//! `exec --listen` against a real OpenBao (and PostgreSQL): `/healthz`, `/readyz` and
//! `/metrics` while the child runs; `/readyz` 503 once a credential is past its expiry
//! (a token that cannot be renewed, database credentials that cannot be re-issued);
//! `/metrics` read back by a Prometheus text parser, holding no value and no token;
//! hostile clients leave the server answering; a port in use stops the run first.

use crate::kv::bao_ok;
use crate::rotation::Running;
use crate::servers::{bao, unique};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// A port free on the loopback now (bound, then let go).
fn free_addr() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr")
}

/// GET `path`: the status and the body; `None` when nothing answers.
fn get(addr: SocketAddr, path: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: probe\r\n\r\n").as_bytes())
        .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some((status, body.to_string()))
}

/// Waits until `path` answers `status`; the last body.
#[track_caller]
fn wait_status(
    addr: SocketAddr,
    path: &str,
    status: u16,
    limit: Duration,
    run: &Running,
) -> String {
    let start = Instant::now();
    loop {
        if let Some((s, body)) = get(addr, path) {
            if s == status {
                return body;
            }
        }
        assert!(
            start.elapsed() < limit,
            "waited {limit:?} for {path} to answer {status} (now {:?})\nstderr:\n{}",
            get(addr, path),
            run.stderr()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Closes `stream` with a reset (SO_LINGER of zero) when it is dropped.
fn reset(stream: &TcpStream) {
    use nix::sys::socket::{setsockopt, sockopt::Linger};
    let linger = nix::libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    setsockopt(stream, Linger, &linger).expect("SO_LINGER");
}

/// One sample: the metric's name, its labels (unescaped), its value.
type Sample = (String, Vec<(String, String)>, f64);

/// A Prometheus text-format (0.0.4) parser, strict: every sample's family has a HELP
/// and a TYPE before it, names and label names are well formed, label values are
/// escaped, values are numbers.
fn parse_prometheus(text: &str) -> Vec<Sample> {
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.chars().enumerate().all(|(i, c)| {
                c.is_ascii_alphabetic() || c == '_' || c == ':' || (i > 0 && c.is_ascii_digit())
            })
    };
    let mut helped = std::collections::HashSet::new();
    let mut typed = std::collections::HashMap::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let name = rest.split(' ').next().expect("a name");
            assert!(name_ok(name), "{line}");
            assert!(helped.insert(name.to_string()), "two HELP lines: {line}");
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("name and type");
            assert!(helped.contains(name), "TYPE before HELP: {line}");
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            assert!(
                typed.insert(name.to_string(), kind.to_string()).is_none(),
                "{line}"
            );
            continue;
        }
        assert!(
            !line.starts_with('#') && !line.is_empty(),
            "stray line {line:?}"
        );
        let end = line.find(['{', ' ']).expect("a value");
        let name = &line[..end];
        assert!(name_ok(name), "{line}");
        assert!(typed.contains_key(name), "a sample without TYPE: {line}");
        let mut rest = &line[end..];
        let mut labels = Vec::new();
        if let Some(inner) = rest.strip_prefix('{') {
            let (found, after) = parse_labels(inner, line);
            labels = found;
            rest = after;
        }
        let value = rest.trim_start_matches(' ');
        let value: f64 = value
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {line}"));
        samples.push((name.to_string(), labels, value));
    }
    samples
}

/// Labels `k="v",...}` from `text`: the labels and what follows the `}`.
fn parse_labels<'a>(text: &'a str, line: &str) -> (Vec<(String, String)>, &'a str) {
    let mut labels = Vec::new();
    let mut rest = text;
    loop {
        if let Some(after) = rest.strip_prefix('}') {
            return (labels, after);
        }
        let eq = rest
            .find("=\"")
            .unwrap_or_else(|| panic!("label=\" in {line}"));
        let key = rest[..eq].to_string();
        assert!(
            key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "{line}"
        );
        let mut value = String::new();
        let mut it = rest[eq + 2..].char_indices();
        let close = loop {
            match it
                .next()
                .unwrap_or_else(|| panic!("a closing quote in {line}"))
            {
                (i, '"') => break eq + 2 + i,
                (_, '\\') => match it.next().expect("an escape").1 {
                    '\\' => value.push('\\'),
                    '"' => value.push('"'),
                    'n' => value.push('\n'),
                    c => panic!("bad escape \\{c} in {line}"),
                },
                (_, c) => value.push(c),
            }
        };
        labels.push((key, value));
        rest = &rest[close + 1..];
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
}

/// The value of `name` with `labels`, when there is such a sample.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|(n, l, _)| {
            n == name
                && l.len() == labels.len()
                && labels
                    .iter()
                    .all(|(k, v)| l.iter().any(|(lk, lv)| lk == k && lv == v))
        })
        .map(|s| s.2)
}

#[test]
fn health_readiness_and_metrics_follow_the_run_and_hold_no_secret() {
    let bao = bao();
    let path = format!("secret/{}", unique("listen"));
    let value_text = "Listen-S3cret-Value-9f8e7d";
    bao_ok(&["kv", "put", &path, &format!("password={value_text}")]);
    // A token that lives 15 s and cannot be renewed past that, and no --auth: it will
    // expire while the child runs.
    let token = bao_ok(&[
        "token",
        "create",
        "-policy=root",
        "-ttl=15s",
        "-explicit-max-ttl=15s",
        "-field=token",
    ]);
    let token = token.trim().to_string();
    let addr = free_addr();
    let run = Running::start(
        &bao.addr,
        Some(&token),
        &[
            "--listen",
            &addr.to_string(),
            "--secret",
            &path,
            "--",
            "sh",
            "-c",
            "trap 'echo child-got-SIGPIPE' PIPE; echo child-up; while :; do sleep 0.2; done",
        ],
    );
    let ready = wait_status(addr, "/readyz", 200, Duration::from_secs(20), &run);
    assert_eq!(ready, "ready\n");
    run.wait_stderr("started sh", Duration::from_secs(5));
    assert_eq!(get(addr, "/healthz"), Some((200, "ok\n".into())));
    assert_eq!(get(addr, "/nowhere").map(|a| a.0), Some(404));

    let (status, body) = get(addr, "/metrics").expect("metrics");
    assert_eq!(status, 200);
    let samples = parse_prometheus(&body);
    let source = [("source", path.as_str())];
    assert_eq!(value(&samples, "vaultctl_ready", &[]), Some(1.0), "{body}");
    assert_eq!(
        value(&samples, "vaultctl_child_starts_total", &[]),
        Some(1.0),
        "{body}"
    );
    assert_eq!(
        value(&samples, "vaultctl_child_restarts_total", &[]),
        Some(0.0),
        "{body}"
    );
    assert_eq!(
        value(&samples, "vaultctl_source_renewals_total", &source),
        Some(0.0),
        "{body}"
    );
    assert_eq!(
        value(&samples, "vaultctl_source_failures_total", &source),
        Some(0.0),
        "{body}"
    );
    let ttl = value(&samples, "vaultctl_token_ttl_seconds", &[]).expect("the token's TTL");
    assert!((0.0..=15.0).contains(&ttl), "{body}");
    for family in [
        "vaultctl_source_ttl_seconds",
        "vaultctl_source_last_renewal_timestamp_seconds",
        "vaultctl_source_last_rotation_timestamp_seconds",
        "vaultctl_child_last_exit_status",
        "vaultctl_vault_errors_total",
    ] {
        assert!(
            body.contains(&format!("# TYPE {family} ")),
            "{family}: {body}"
        );
    }

    // Hostile clients: garbage, a 1 MiB request line, one that never ends its request.
    for garbage in [
        &b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n"[..],
        b"\r\n\r\n",
    ] {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(garbage).expect("write");
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 400 "), "{answer:?}");
    }
    let mut huge = TcpStream::connect(addr).expect("connect");
    let mut line = b"GET /".to_vec();
    line.resize(1 << 20, b'a');
    let _ = huge.write_all(&line);
    drop(huge);
    let mut slow = TcpStream::connect(addr).expect("connect");
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .expect("write");
    let asked = Instant::now();
    assert_eq!(get(addr, "/healthz").map(|a| a.0), Some(200));
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "{:?}",
        asked.elapsed()
    );
    drop(slow);
    // Clients that hang up (reset) before the answer: the server's writes fail, and no
    // SIGPIPE reaches vaultctl's signal thread, which would pass it on to the command.
    for _ in 0..20 {
        let s = TcpStream::connect(addr).expect("connect");
        let mut w = &s;
        w.write_all(b"GET /metrics HTTP/1.1\r\n\r\n")
            .expect("write");
        reset(&s);
        drop(s);
    }
    assert_eq!(get(addr, "/healthz").map(|a| a.0), Some(200));

    // The token expires and cannot be replaced: not ready, saying why, no more.
    let why = wait_status(addr, "/readyz", 503, Duration::from_secs(30), &run);
    assert_eq!(why, "the token expired\n");
    assert_eq!(get(addr, "/healthz").map(|a| a.0), Some(200));
    let (_, body) = get(addr, "/metrics").expect("metrics");
    let samples = parse_prometheus(&body);
    assert_eq!(value(&samples, "vaultctl_ready", &[]), Some(0.0), "{body}");
    assert_eq!(
        value(&samples, "vaultctl_token_ttl_seconds", &[]),
        Some(0.0),
        "{body}"
    );

    // Never a value or the token: not in a body, not in a label.
    for text in [&body, &why, &ready] {
        assert!(!text.contains(value_text), "{text}");
        assert!(!text.contains(&token), "{text}");
        let accessor_free = token.trim_start_matches("s.").trim_start_matches("hvs.");
        assert!(!text.contains(accessor_free), "{text}");
    }
    for (_, labels, _) in &samples {
        for (_, v) in labels {
            assert!(!v.contains(value_text) && !v.contains(&token), "{v}");
        }
    }
    let (out, err) = run.stop();
    assert!(out.contains("child-up"), "{out}");
    assert!(!out.contains("child-got-SIGPIPE"), "{out}");
    assert!(
        !err.contains(value_text) && !out.contains(value_text),
        "{err}"
    );
}

#[test]
fn readiness_fails_when_database_credentials_expire_and_cannot_be_issued_again() {
    let db = crate::db::db();
    let role = crate::db::new_role("listen", "8s", "8s");
    let creds = format!("{}/creds/{role}", db.mount);
    let addr = free_addr();
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--listen",
            &addr.to_string(),
            "--env",
            &format!("PGPASSWORD=vault:{creds}#password"),
            "--",
            "sleep",
            "120",
        ],
    );
    wait_status(addr, "/readyz", 200, Duration::from_secs(20), &run);
    // No new credentials can be had: the role is gone.
    bao()
        .client()
        .expect("client")
        .delete(&format!("{}/roles/{role}", db.mount))
        .expect("delete the role");
    let why = wait_status(addr, "/readyz", 503, Duration::from_secs(30), &run);
    assert_eq!(why, format!("{creds} expired\n"));
    let (_, body) = get(addr, "/metrics").expect("metrics");
    let samples = parse_prometheus(&body);
    let source = [("source", creds.as_str())];
    let failures = value(&samples, "vaultctl_source_failures_total", &source).expect("failures");
    assert!(failures >= 1.0, "{body}");
    assert_eq!(
        value(&samples, "vaultctl_source_ttl_seconds", &source),
        Some(0.0),
        "{body}"
    );
    let errors: f64 = samples
        .iter()
        .filter(|s| s.0 == "vaultctl_vault_errors_total")
        .map(|s| s.2)
        .sum();
    assert!(errors >= 1.0, "{body}");
    assert_eq!(get(addr, "/healthz").map(|a| a.0), Some(200));
    run.stop();
}

#[test]
fn a_port_in_use_stops_exec_before_the_command_starts() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr");
    let dir = tempfile::tempdir().expect("temp");
    let marker = dir.path().join("ran");
    let out = crate::cmd::Test::new()
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", "root")
        .args(["exec", "--listen", &addr.to_string(), "--", "touch"])
        .arg_path(&marker)
        .status(125)
        .one_line_error()
        .stderr_contains(&format!("--listen {addr}"));
    drop(out);
    assert!(!marker.exists(), "the command ran");
    // --once cannot answer probes: refused before anything is asked.
    crate::cmd::Test::new()
        .env("VAULT_ADDR", "http://127.0.0.1:9")
        .env("VAULT_TOKEN", "root")
        .args(["exec", "--once", "--listen", "127.0.0.1:9102", "--", "true"])
        .status(125)
        .stderr_contains("--listen cannot be used with --once");
    drop(taken);
}

#[test]
fn metrics_count_a_rotation_restart_with_how_the_old_child_ended() {
    let bao = bao();
    let path = format!("secret/{}", unique("listen-restart"));
    bao_ok(&["kv", "put", &path, "v=one"]);
    let addr = free_addr();
    let run = Running::start(
        &bao.addr,
        Some(&bao.root_token),
        &[
            "--listen",
            &addr.to_string(),
            "--poll-interval",
            "1s",
            "--debounce",
            "100ms",
            "--min-restart-interval",
            "0s",
            "--secret",
            &path,
            "--",
            "sh",
            "-c",
            "trap 'exit 3' TERM; echo child-$V; while :; do sleep 0.1; done",
        ],
    );
    run.wait_lines("child-one", 1, Duration::from_secs(20));
    bao_ok(&["kv", "put", &path, "v=two"]);
    run.wait_lines("child-two", 1, Duration::from_secs(30));
    let wanted = |body: &str| {
        let samples = parse_prometheus(body);
        [
            ("vaultctl_child_starts_total", 2.0),
            ("vaultctl_child_restarts_total", 1.0),
            // The old child trapped the SIGTERM of the restart and exited 3.
            ("vaultctl_child_last_exit_status", 3.0),
        ]
        .iter()
        .all(|(name, want)| value(&samples, name, &[]) == Some(*want))
    };
    let start = Instant::now();
    loop {
        let (status, body) = get(addr, "/metrics").expect("metrics");
        assert_eq!(status, 200);
        if wanted(&body) {
            let samples = parse_prometheus(&body);
            let rotated = value(
                &samples,
                "vaultctl_source_last_rotation_timestamp_seconds",
                &[("source", path.as_str())],
            );
            assert!(rotated.is_some_and(|t| t > 0.0), "{body}");
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the restart is not in /metrics:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        get(addr, "/readyz").map(|a| a.0),
        Some(200),
        "ready again after the restart"
    );
    run.stop();
}
