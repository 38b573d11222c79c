//! Rotation latency: from a `kv put` (the moment OpenBao answered it) to the child
//! restarted with the new value, for three supervisors watching the same secret at once:
//! vaultctl with `--poll-interval 5s` and its default `--debounce 1s`, vaultctl with
//! `--debounce 0s`, and the agent with `static_secret_render_interval = "5s"`. The time
//! from a put to the next poll is what varies, so the puts are stratified rather than
//! random: they are 20 s + interval/N apart, so N puts land at N evenly spread phases of
//! the poll cycle (from a random start) and the median is not at the mercy of a few
//! draws; 20 s also keeps restarts apart by more than vaultctl's default
//! `--min-restart-interval` (10 s).

use super::clients;
use super::lab::Lab;
use super::probe::Probe;
use super::procs::{self, Running};
use super::setup::{self, Role, Var};
use std::time::{Duration, Instant};

/// The subjects, in report order.
pub const SUBJECTS: [&str; 3] = [
    "vaultctl (debounce 1s)",
    "vaultctl --debounce 0s",
    "bao agent",
];
const TAGS: [&str; 3] = ["rot-vc", "rot-vc0", "rot-agent"];

/// Latencies of each subject, in `SUBJECTS` order.
pub struct Rotation {
    /// The poll interval used.
    pub poll: Duration,
    /// One latency per put, per subject.
    pub latencies: [Vec<Duration>; 3],
}

/// Runs `puts` changes.
pub fn measure(lab: &Lab, probe: &Probe, roles: &[Role], puts: usize) -> Result<Rotation, String> {
    let poll = Duration::from_secs(5);
    let vars = [Var {
        name: "BENCH_VALUE".into(),
        path: setup::ROTATE_PATH.into(),
        key: "value".into(),
    }];
    let (vc, ag) = clients::pair(roles, &vars, poll)?;
    eprintln!("bench: rotation latency, {puts} puts, poll interval 5s");
    setup::put(lab, setup::ROTATE_PATH, "v0")?;
    probe.drain();
    let env = clients::vaultctl_env(lab);
    let log = lab.dir.join("rotation.log");
    let mut running: Vec<Running> = vec![
        procs::spawn(
            TAGS[0],
            &clients::vaultctl(lab, &vc, &[], probe.child(TAGS[0])),
            &env,
            &log,
        )?,
        procs::spawn(
            TAGS[1],
            &clients::vaultctl(lab, &vc, &["--debounce", "0s"], probe.child(TAGS[1])),
            &env,
            &log,
        )?,
        procs::spawn(
            TAGS[2],
            &clients::agent(lab, "rotation-agent", &ag, &probe.child(TAGS[2]))?,
            &clients::agent_env(lab),
            &log,
        )?,
    ];
    let result = time_puts(lab, probe, poll, puts);
    for run in &mut running {
        run.stop(Duration::from_secs(10));
    }
    result
}

/// Puts `puts` new values 20 s + `poll`/`puts` apart; the latencies of each subject.
fn time_puts(lab: &Lab, probe: &Probe, poll: Duration, puts: usize) -> Result<Rotation, String> {
    collect(probe, "v0", Instant::now(), Duration::from_secs(60))?;
    let mut latencies: [Vec<Duration>; 3] = Default::default();
    let spacing = Duration::from_secs(20) + poll / puts as u32;
    let first =
        Instant::now() + Duration::from_secs(5) + poll.mul_f64(vaultctl::jitter::fraction());
    for i in 1..=puts {
        let at = first + spacing * (i as u32 - 1);
        std::thread::sleep(at.saturating_duration_since(Instant::now()));
        let value = format!("v{i}");
        setup::put(lab, setup::ROTATE_PATH, &value)?;
        let put_at = Instant::now();
        let got = collect(probe, &value, put_at, Duration::from_secs(19))?;
        for (k, d) in got.into_iter().enumerate() {
            latencies[k].push(d);
        }
    }
    Ok(Rotation { poll, latencies })
}

/// Waits until every subject's child reports `value`; the time each took after `since`.
fn collect(
    probe: &Probe,
    value: &str,
    since: Instant,
    limit: Duration,
) -> Result<[Duration; 3], String> {
    let deadline = since + limit;
    let mut got: [Option<Duration>; 3] = [None; 3];
    while got.iter().any(Option::is_none) {
        let report = probe.next(deadline).map_err(|e| {
            let missing: Vec<&str> = TAGS
                .iter()
                .zip(&got)
                .filter(|(_, g)| g.is_none())
                .map(|(t, _)| *t)
                .collect();
            format!(
                "rotation to {value}: {e} ({} did not restart)",
                missing.join(", ")
            )
        })?;
        let slot = TAGS.iter().position(|t| *t == report.tag);
        if let Some(k) = slot.filter(|k| report.value == value && got[*k].is_none()) {
            got[k] = Some(report.at.saturating_duration_since(since));
        }
    }
    Ok(got.map(|g| g.unwrap_or_default()))
}
