//! A fleet of supervising vaultctl processes on one OpenBao: each logs in with AppRole,
//! injects one KV v2 value, and polls it every 10 s with `--splay 30s`. Measured: how
//! long until every child runs, the fleet's memory (the sum of VmRSS, and of Pss, which
//! splits the shared pages of the one binary among the processes), requests per minute
//! from the audit log, and — after one `kv put` — when each child was restarted with
//! the new value: the spread `--splay` gives.

use super::lab::Lab;
use super::probe::{Probe, Report};
use super::procs::{self, Running};
use super::requests;
use super::setup::{self, Role};
use std::time::{Duration, Instant};

/// What the fleet showed.
pub struct Fleet {
    /// Processes asked for.
    pub wanted: usize,
    /// Children that came up.
    pub started: usize,
    /// From the first spawn to the last child up.
    pub start_time: Duration,
    /// Sum of VmRSS of the vaultctl processes (KiB).
    pub rss_kib: u64,
    /// Sum of Pss of the vaultctl processes (KiB).
    pub pss_kib: u64,
    /// Requests per minute, all processes together.
    pub per_minute: f64,
    /// The counting window.
    pub window: Duration,
    /// `--poll-interval` and `--splay`.
    pub poll: Duration,
    /// `--splay`.
    pub splay: Duration,
    /// For each restarted child: the time from the put to its report.
    pub restarts: Vec<Duration>,
    /// For each process: from the put to its read of the new version (audit log times).
    pub detections: Vec<Duration>,
}

const POLL: Duration = Duration::from_secs(10);
const SPLAY: Duration = Duration::from_secs(30);

/// Runs `size` supervisors.
pub fn measure(
    lab: &Lab,
    probe: &Probe,
    roles: &[Role],
    size: usize,
    window: Duration,
) -> Result<Fleet, String> {
    let role = roles
        .iter()
        .find(|r| r.name == "fleet")
        .ok_or("no fleet role")?;
    eprintln!("bench: a fleet of {size} supervising vaultctl processes");
    setup::put(lab, setup::FLEET_PATH, "f0")?;
    probe.drain();
    let mut fleet: Vec<Running> = Vec::with_capacity(size);
    let result = observe(lab, probe, role, size, window, &mut fleet);
    eprintln!("bench: stopping the fleet");
    fleet.iter().for_each(Running::terminate);
    for run in &mut fleet {
        run.stop(Duration::from_secs(5));
    }
    result
}

/// Starts the fleet into `fleet`, measures it, and changes the secret once.
fn observe(
    lab: &Lab,
    probe: &Probe,
    role: &Role,
    size: usize,
    window: Duration,
    fleet: &mut Vec<Running>,
) -> Result<Fleet, String> {
    let first = Instant::now();
    for i in 0..size {
        let argv = argv(lab, probe, role, i, POLL, SPLAY);
        let env = super::clients::vaultctl_env(lab);
        fleet.push(procs::spawn(
            "fleet",
            &argv,
            &env,
            &lab.dir.join("fleet.log"),
        )?);
    }
    let up = gather(probe, "f0", size, first + Duration::from_secs(180));
    let start_time = up.iter().map(|r| r.at - first).max().unwrap_or_default();
    eprintln!(
        "bench: {} of {size} children up; counting requests for {} s",
        up.len(),
        window.as_secs()
    );
    std::thread::sleep(POLL);
    let pids: Vec<i32> = fleet.iter().map(Running::pid).collect();
    let rss_kib = pids
        .iter()
        .filter_map(|p| procs::status_kib(*p, "VmRSS"))
        .sum();
    let pss_kib = pids.iter().filter_map(|p| procs::pss_kib(*p)).sum();
    let per_minute = rate(lab, window)?;
    // The fleet started within a second, so its polls are in step: put at a random
    // phase of them.
    std::thread::sleep(POLL.mul_f64(vaultctl::jitter::fraction()));
    let before_put = requests::audit_len(lab)?;
    setup::put(lab, setup::FLEET_PATH, "f1")?;
    let put_at = Instant::now();
    let deadline = put_at + POLL + SPLAY + Duration::from_secs(20);
    let restarted = gather(probe, "f1", up.len(), deadline);
    Ok(Fleet {
        detections: detections(lab, before_put)?,
        wanted: size,
        started: up.len(),
        start_time,
        rss_kib,
        pss_kib,
        per_minute,
        window,
        poll: POLL,
        splay: SPLAY,
        restarts: restarted
            .iter()
            .map(|r| r.at.saturating_duration_since(put_at))
            .collect(),
    })
}

fn argv(
    lab: &Lab,
    probe: &Probe,
    role: &Role,
    i: usize,
    poll: Duration,
    splay: Duration,
) -> Vec<String> {
    let mut argv: Vec<String> = [
        lab.vaultctl.display().to_string(),
        "exec".into(),
        "--auth".into(),
        "approle".into(),
        "--auth-param".into(),
        format!("role_id=@{}", role.role_id.display()),
        "--auth-param".into(),
        format!("secret_id=@{}", role.secret_id.display()),
        "--poll-interval".into(),
        format!("{}s", poll.as_secs()),
        "--splay".into(),
        format!("{}s", splay.as_secs()),
        "--env".into(),
        format!("BENCH_VALUE=vault:{}#value", setup::FLEET_PATH),
        "--".into(),
    ]
    .into();
    argv.extend(probe.child(&format!("fleet-{i}")));
    argv
}

/// Reports of fleet children holding `value`, at most `count` of them, until `deadline`.
fn gather(probe: &Probe, value: &str, count: usize, deadline: Instant) -> Vec<Report> {
    let mut seen: Vec<Report> = Vec::new();
    while seen.len() < count {
        let Ok(report) = probe.next(deadline) else {
            break;
        };
        if report.tag.starts_with("fleet-")
            && report.value == value
            && !seen.iter().any(|s| s.tag == report.tag)
        {
            seen.push(report);
        }
    }
    seen
}

/// The fleet's requests per minute over `window`.
fn rate(lab: &Lab, window: Duration) -> Result<f64, String> {
    let from = requests::audit_len(lab)?;
    std::thread::sleep(window);
    let to = requests::audit_len(lab)?;
    let n = requests::entries(lab, from, to)?
        .iter()
        .filter(|e| e["auth"]["metadata"]["role_name"] == "fleet")
        .count();
    Ok(n as f64 * 60.0 / window.as_secs_f64())
}

/// From the put (the first write of the fleet's secret after byte `from` of the audit
/// log) to each fleet token's first read of the secret after it, by the audit log's own
/// clock: when each process noticed the change.
fn detections(lab: &Lab, from: u64) -> Result<Vec<Duration>, String> {
    let to = requests::audit_len(lab)?;
    let entries = requests::entries(lab, from, to)?;
    let api = setup::FLEET_PATH.replacen("secret/", "secret/data/", 1);
    let is_secret = |e: &serde_json::Value| e["request"]["path"] == api.as_str();
    let Some(put) = entries
        .iter()
        .find(|e| is_secret(e) && e["request"]["operation"] != "read")
        .and_then(seconds_of_day)
    else {
        return Ok(Vec::new());
    };
    let mut seen = std::collections::BTreeMap::new();
    for e in entries
        .iter()
        .filter(|e| is_secret(e) && e["auth"]["metadata"]["role_name"] == "fleet")
    {
        let (Some(at), Some(token)) = (seconds_of_day(e), e["auth"]["accessor"].as_str()) else {
            continue;
        };
        let delay = (at - put).rem_euclid(86_400.0);
        seen.entry(token.to_string()).or_insert(delay);
    }
    Ok(seen.into_values().map(Duration::from_secs_f64).collect())
}

/// The seconds since midnight (UTC) of an audit entry's `time`.
fn seconds_of_day(entry: &serde_json::Value) -> Option<f64> {
    let time = entry["time"].as_str()?;
    let clock = time.split('T').nth(1)?.trim_end_matches('Z');
    let mut parts = clock.split(':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let s: f64 = parts.next()?.parse().ok()?;
    Some(h * 3600.0 + m * 60.0 + s)
}
