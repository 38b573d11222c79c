//! Steady-state requests to OpenBao, counted from its audit log, and the supervisors'
//! memory over the same window. vaultctl and the agent run side by side, each keeping
//! one KV v2 secret and one database credential (TTL 60 s, so renewals show within
//! minutes) fresh, with a 30 s poll / render interval and 2-minute AppRole tokens. The
//! audit log's request entries written during the window are attributed by the token's
//! `role_name` (logins by their role id) and sorted by kind; counts are scaled to one
//! hour. Start-up requests are left out: the window opens one poll interval after both
//! children run.

use super::clients::{self, Spec};
use super::lab::Lab;
use super::probe::Probe;
use super::procs::{self, Running, Sampler};
use super::setup::{self, Role, Var};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;

/// Request counts and memory of vaultctl (index 0) and the agent (index 1).
pub struct Requests {
    /// How long requests were counted.
    pub window: Duration,
    /// Poll / render interval.
    pub poll: Duration,
    /// Requests by kind.
    pub counts: [BTreeMap<String, u64>; 2],
    /// VmRSS samples (KiB), every 5 s through the window.
    pub rss: [Vec<u64>; 2],
}

/// Counts over `window`.
pub fn measure(
    lab: &Lab,
    probe: &Probe,
    roles: &[Role],
    window: Duration,
) -> Result<Requests, String> {
    let poll = Duration::from_secs(30);
    let vars = [
        var("RATE_VALUE", setup::RATE_PATH, "value"),
        var(
            "DB_USER",
            &format!("database/creds/{}", setup::RATE_DB_ROLE),
            "username",
        ),
        var(
            "DB_PASSWORD",
            &format!("database/creds/{}", setup::RATE_DB_ROLE),
            "password",
        ),
    ];
    let (vc, ag) = clients::pair(roles, &vars, poll)?;
    eprintln!("bench: steady-state requests over {} s", window.as_secs());
    probe.drain();
    let log = lab.dir.join("requests.log");
    let mut running: Vec<Running> = vec![
        procs::spawn(
            "rate-vc",
            &clients::vaultctl(lab, &vc, &[], probe.child("rate-vc")),
            &clients::vaultctl_env(lab),
            &log,
        )?,
        procs::spawn(
            "rate-agent",
            &clients::agent(lab, "rate-agent", &ag, &probe.child("rate-agent"))?,
            &clients::agent_env(lab),
            &log,
        )?,
    ];
    let result = observe(lab, probe, &running, [&vc, &ag], window);
    for run in &mut running {
        run.stop(Duration::from_secs(10));
    }
    result
}

/// Waits for both children, then counts over `window` while sampling memory.
fn observe(
    lab: &Lab,
    probe: &Probe,
    running: &[Running],
    specs: [&Spec<'_>; 2],
    window: Duration,
) -> Result<Requests, String> {
    let poll = specs[0].poll;
    probe.wait_tag("rate-vc", Duration::from_secs(30))?;
    probe.wait_tag("rate-agent", Duration::from_secs(60))?;
    // Past the first poll, which looks the mount up once per process.
    std::thread::sleep(poll + Duration::from_secs(5));
    let from = audit_len(lab)?;
    let pids = running.iter().map(Running::pid).collect();
    let sampler = Sampler::start(pids, Duration::from_secs(5));
    std::thread::sleep(window);
    let to = audit_len(lab)?;
    let mut rss = sampler.finish().into_iter();
    let ids = role_ids(&[specs[0].role, specs[1].role])?;
    Ok(Requests {
        window,
        poll,
        counts: count(lab, from, to, &ids)?,
        rss: [
            rss.next().unwrap_or_default(),
            rss.next().unwrap_or_default(),
        ],
    })
}

fn var(name: &str, path: &str, key: &str) -> Var {
    Var {
        name: name.into(),
        path: path.into(),
        key: key.into(),
    }
}

/// The audit log's size now.
pub fn audit_len(lab: &Lab) -> Result<u64, String> {
    std::fs::metadata(&lab.audit)
        .map(|m| m.len())
        .map_err(|e| format!("audit log: {e}"))
}

/// (role id, role name) of each role.
fn role_ids(roles: &[&Role]) -> Result<Vec<(String, String)>, String> {
    roles
        .iter()
        .map(|r| {
            let id = std::fs::read_to_string(&r.role_id).map_err(|e| e.to_string())?;
            Ok((id.trim().to_string(), r.name.clone()))
        })
        .collect()
}

/// Request entries between byte offsets `from` and `to` of the audit log, by role
/// (`vaultctl` first, `agent` second) and kind.
fn count(
    lab: &Lab,
    from: u64,
    to: u64,
    ids: &[(String, String)],
) -> Result<[BTreeMap<String, u64>; 2], String> {
    let mut out: [BTreeMap<String, u64>; 2] = Default::default();
    for entry in entries(lab, from, to)? {
        let role = role_of(&entry, ids);
        let slot = match role.as_deref() {
            Some("vaultctl") => 0,
            Some("agent") => 1,
            _ => continue,
        };
        *out[slot].entry(kind(&entry)).or_default() += 1;
    }
    Ok(out)
}

/// The request entries of the audit log between two byte offsets.
pub fn entries(lab: &Lab, from: u64, to: u64) -> Result<Vec<Value>, String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(&lab.audit).map_err(|e| format!("audit log: {e}"))?;
    file.seek(SeekFrom::Start(from))
        .map_err(|e| e.to_string())?;
    let mut text = String::new();
    file.take(to.saturating_sub(from))
        .read_to_string(&mut text)
        .map_err(|e| format!("audit log: {e}"))?;
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["type"] == "request")
        .collect())
}

fn role_of(entry: &Value, ids: &[(String, String)]) -> Option<String> {
    if let Some(name) = entry["auth"]["metadata"]["role_name"].as_str() {
        return Some(name.to_string());
    }
    let id = entry["request"]["data"]["role_id"].as_str()?;
    ids.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone())
}

/// What a request was for, from its path.
pub fn kind(entry: &Value) -> String {
    let path = entry["request"]["path"].as_str().unwrap_or("");
    let kinds = [
        ("secret/metadata/", "KV version check (metadata)"),
        ("secret/data/", "KV read (secret on the wire)"),
        ("database/creds/", "new database credential"),
        ("sys/leases/renew", "lease renewal"),
        ("sys/leases/revoke", "lease revocation"),
        ("auth/token/renew-self", "token renewal"),
        ("auth/token/lookup-self", "token lookup"),
        ("auth/approle/login", "AppRole login"),
        ("sys/internal/ui/mounts", "mount lookup"),
    ];
    kinds
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map_or_else(|| path.to_string(), |(_, k)| k.to_string())
}
