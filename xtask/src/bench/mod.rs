//! `cargo xtask bench`: the one benchmark report. It builds vaultctl in release mode,
//! starts an OpenBao dev server (with a file audit device) and a throwaway PostgreSQL
//! on loopback, and measures, side by side in one run:
//!
//! 1. `kv get`: vaultctl vs the bao CLI vs curl ([`kvget`]);
//! 2. exec time-to-child with 50 variables from 10 paths, vaultctl vs OpenBao Agent in
//!    process-supervisor mode, and the supervisor's memory ([`startup`]);
//! 3. rotation latency after a `kv put` ([`rotation`]);
//! 4. steady-state requests per hour from the audit log, and memory over time
//!    ([`requests`]);
//! 5. a fleet of supervising vaultctl processes on one server ([`fleet`]);
//! 6. reading your own write through a standby of a raft cluster, vaultctl vs the bao
//!    CLI ([`cluster`]);
//! 7. the shell: live path completion's latency, `write` and `list` beside bao
//!    ([`shell`]);
//! 8. exec time-to-child with a DATABASE_URL template and a 50-placeholder config-file
//!    template, beside the plain start and OpenBao Agent rendering the same templates
//!    ([`templates`]);
//! 9. exec start from the fallback cache while Vault is down, beside a normal start
//!    ([`fallback`]);
//! 10. whole trees: `kv list -r`, `kv export` and `kv import` of 2,000 KV v2 secrets,
//!     beside a scripted bao loop (a `bao kv list` walk, one `bao kv get` per secret)
//!     ([`trees`]);
//! 11. the sidecar: `vaultctl render --watch` beside OpenBao Agent with `template`
//!     blocks and no `exec`, writing the same three files: time to the files, and the
//!     memory per pod of K pods of each running at once ([`sidecar`]);
//!
//! then prints the tables ([`report`]). `--quick` shortens every part (the bao loop of
//! part 10 still takes minutes); `--only` picks parts. Everything started is stopped,
//! and the lab folder removed, when the run ends, also on error. A program that prints
//! numbers, not a timed test: nothing here fails on speed.

/// Prints a line of the report and keeps it for `--write FILE`.
macro_rules! out {
    () => {
        out!("")
    };
    ($($arg:tt)*) => {{
        let line = format!($($arg)*);
        println!("{line}");
        $crate::bench::keep(&line);
    }};
}

mod clients;
mod cluster;
mod fallback;
mod fleet;
mod kvget;
mod lab;
mod probe;
mod procs;
mod report;
mod requests;
mod rotation;
mod setup;
mod shell;
mod sidecar;
mod startup;
mod stats;
mod templates;
mod tplcheck;
mod trees;

use std::path::Path;
use std::time::Duration;

/// How much of everything to do.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Runs of each `kv get` command and of each exec variant.
    pub runs: usize,
    /// Runs of the agent's start-up (seconds each).
    pub agent_runs: usize,
    /// Puts timed for rotation latency.
    pub puts: usize,
    /// The request-counting window.
    pub window: Duration,
    /// Supervising processes in the fleet.
    pub fleet: usize,
    /// The fleet's request-counting window.
    pub fleet_window: Duration,
    /// Sidecars of each kind running at once for their memory per pod.
    pub pods: usize,
    /// Parts to run (`kv`, `exec`, `rotation`, `requests`, `fleet`, `cluster`, `shell`,
    /// `templates`, `fallback`, `trees`, `sidecar`).
    pub parts: Vec<String>,
    /// Where to write the report as markdown (`--write FILE`).
    pub write: Option<std::path::PathBuf>,
}

/// Every part's name, in order.
pub const PARTS: [&str; 11] = [
    "kv",
    "exec",
    "rotation",
    "requests",
    "fleet",
    "cluster",
    "shell",
    "templates",
    "fallback",
    "trees",
    "sidecar",
];

impl Plan {
    /// The full run (about 35 minutes) or the quick one (about 15; the bao loop of part
    /// 10 alone takes some 8).
    pub fn new(quick: bool) -> Plan {
        let all = PARTS.iter().map(|s| s.to_string()).collect();
        if quick {
            Plan {
                runs: 10,
                agent_runs: 3,
                puts: 4,
                window: Duration::from_secs(60),
                fleet: 50,
                fleet_window: Duration::from_secs(30),
                pods: 10,
                parts: all,
                write: None,
            }
        } else {
            Plan {
                runs: 30,
                agent_runs: 10,
                puts: 10,
                window: Duration::from_secs(600),
                fleet: 200,
                fleet_window: Duration::from_secs(60),
                pods: 20,
                parts: all,
                write: None,
            }
        }
    }

    fn has(&self, part: &str) -> bool {
        self.parts.iter().any(|p| p == part)
    }
}

/// The report as printed so far.
static PRINTED: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// Keeps a printed line of the report.
pub fn keep(line: &str) {
    if let Ok(mut printed) = PRINTED.lock() {
        printed.push_str(line);
        printed.push('\n');
    }
}

/// Writes the report to `path`: what is measured, then the figures of this run with its
/// date, commit and machine.
fn write_report(root: &Path, path: &Path, plan: &Plan) -> Result<(), String> {
    let printed = PRINTED.lock().map(|p| p.clone()).unwrap_or_default();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let date = std::process::Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let parts = if plan.parts.len() == PARTS.len() {
        "every part".to_string()
    } else {
        format!("parts {}", plan.parts.join(", "))
    };
    let text = format!(
        "{}\n## Figures of one run\n\n{date}, commit {}, {parts}, {} runs; {}.\n\n```text\n{}```\n",
        include_str!("BENCHMARKS.head.md"),
        git(&["rev-parse", "--short", "HEAD"]),
        plan.runs,
        machine().trim_start_matches("machine: "),
        printed.trim_start_matches('\n'),
    );
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Runs the parts of `plan` and prints the report.
pub fn run(root: &Path, plan: &Plan) -> Result<(), String> {
    let lab = lab::Lab::start(root)?;
    let roles = setup::configure(&lab)?;
    let probe = probe::Probe::new(&lab.dir)?;
    let mut results = report::Results::default();
    if plan.has("kv") {
        results.kv = Some(kvget::measure(&lab, plan.runs)?);
    }
    if plan.has("exec") {
        results.startup = Some(startup::measure(
            &lab,
            &probe,
            &roles,
            plan.runs,
            plan.agent_runs,
        )?);
    }
    if plan.has("rotation") {
        results.rotation = Some(rotation::measure(&lab, &probe, &roles, plan.puts)?);
    }
    if plan.has("requests") {
        results.requests = Some(requests::measure(&lab, &probe, &roles, plan.window)?);
    }
    if plan.has("fleet") {
        results.fleet = Some(fleet::measure(
            &lab,
            &probe,
            &roles,
            plan.fleet,
            plan.fleet_window,
        )?);
    }
    if plan.has("cluster") {
        results.cluster = Some(cluster::measure(&lab, plan.runs)?);
    }
    if plan.has("shell") {
        results.shell = Some(shell::measure(&lab, plan.runs)?);
    }
    if plan.has("templates") {
        results.templates = Some(templates::measure(
            &lab,
            &probe,
            &roles,
            plan.runs,
            plan.agent_runs,
        )?);
    }
    if plan.has("fallback") {
        results.fallback = Some(fallback::measure(&lab, &probe, &roles, plan.runs)?);
    }
    if plan.has("trees") {
        results.trees = Some(trees::measure(&lab, plan.runs)?);
    }
    if plan.has("sidecar") {
        results.sidecar = Some(sidecar::measure(&lab, &roles, plan.runs, plan.pods)?);
    }
    drop(lab);
    out!("\n# vaultctl benchmark\n\n{}", machine());
    report::print(&results);
    match &plan.write {
        Some(path) => write_report(root, path, plan),
        None => Ok(()),
    }
}

/// `nproc`, the CPU model and the memory, for the report's header.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .and_then(|r| r.split(':').nth(1))
        })
        .map_or("unknown CPU", str::trim)
        .to_string();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|r| r.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    format!(
        "machine: {cpus} CPUs ({model}), {:.1} GiB RAM",
        mem_kib as f64 / 1024.0 / 1024.0
    )
}

pub use kvget::{LAUNCH, launch};
