//! Exec time-to-child: from spawning the client to its child's first line in the FIFO,
//! with an AppRole login and 50 variables from 10 paths (one a database credential).
//! Interleaved rounds of: `vaultctl exec` (supervising), `vaultctl exec --once`,
//! OpenBao Agent in process-supervisor mode (fewer rounds: each takes seconds), and the
//! child script spawned directly (the floor: fork, exec of /bin/sh, the FIFO write).
//! Resident memory of the supervising vaultctl and of the agent is read half a second
//! after the child is up, when their keep-alive threads run. A check run first makes
//! sure both hand the child all 50 variables.

use super::clients::{self, Spec};
use super::lab::Lab;
use super::probe::{Probe, Report};
use super::procs::{self, Running};
use super::setup::{self, Role};
use std::time::Duration;

/// A process's memory, in KiB: resident, of that private (anonymous), and proportional.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mem {
    /// VmRSS.
    pub rss: u64,
    /// RssAnon: not file-backed, so not shared with other processes.
    pub anon: u64,
    /// Pss.
    pub pss: u64,
}

/// Time-to-child and memory of each client.
#[derive(Default)]
pub struct Startup {
    /// The child script spawned directly.
    pub direct: Vec<Duration>,
    /// `vaultctl exec`, supervising.
    pub supervise: Vec<Duration>,
    /// Memory of the supervising vaultctl.
    pub supervise_mem: Vec<Mem>,
    /// `vaultctl exec --listen`, supervising, its `/metrics` read once.
    pub listen: Vec<Duration>,
    /// Memory of the supervising vaultctl with the listener, after a scrape.
    pub listen_mem: Vec<Mem>,
    /// `vaultctl exec --once`.
    pub once: Vec<Duration>,
    /// Runs of `--once` where the child had vaultctl's pid.
    pub once_same_pid: usize,
    /// The agent.
    pub agent: Vec<Duration>,
    /// Memory of the agent.
    pub agent_mem: Vec<Mem>,
    /// Variables with a value in the child's environment: vaultctl, agent.
    pub vars_seen: (usize, usize),
    /// `vaultctl exec` of another build (`VAULTCTL_BENCH_BASELINE`), supervising, to see
    /// what a change costs in the same run.
    pub baseline: Vec<Duration>,
    /// Memory of the baseline's supervisor.
    pub baseline_mem: Vec<Mem>,
}

/// The build named by `VAULTCTL_BENCH_BASELINE`, if any.
fn baseline_binary() -> Option<String> {
    std::env::var("VAULTCTL_BENCH_BASELINE")
        .ok()
        .filter(|p| !p.is_empty())
}

/// Runs `runs` rounds (`agent_runs` of them with the agent).
pub fn measure(
    lab: &Lab,
    probe: &Probe,
    roles: &[Role],
    runs: usize,
    agent_runs: usize,
) -> Result<Startup, String> {
    let vars = setup::app_vars();
    let vc = Spec {
        vars: &vars,
        role: clients::role(roles, "vaultctl")?,
        poll: Duration::from_secs(60),
    };
    let ag = Spec {
        vars: &vars,
        role: clients::role(roles, "agent")?,
        poll: Duration::from_secs(300),
    };
    let mut out = Startup {
        vars_seen: (
            check_vars(lab, probe, &vc, false)?,
            check_vars(lab, probe, &ag, true)?,
        ),
        ..Startup::default()
    };
    eprintln!("bench: exec time-to-child, {runs} rounds ({agent_runs} with the agent)");
    for round in 0..=runs {
        let keep = round > 0; // round 0 warms the caches up
        let (t, rss) = supervised(lab, probe, &vc, &format!("vc-{round}"))?;
        let (t_listen, listen_mem) = listening(lab, probe, &vc, &format!("vl-{round}"))?;
        let (t_once, same) = once(lab, probe, &vc, round)?;
        let direct = direct(lab, probe, round)?;
        if let Some(bin) = baseline_binary() {
            let mut argv = clients::vaultctl(lab, &vc, &[], probe.child(&format!("base-{round}")));
            argv[0] = bin;
            let env = clients::vaultctl_env(lab);
            let tag = format!("base-{round}");
            let (t, mem) = measured(lab, probe, "vaultctl baseline", &argv, &env, &tag, VAULTCTL)?;
            if keep {
                out.baseline.push(t);
                out.baseline_mem.push(mem);
            }
        }
        if keep {
            out.supervise.push(t);
            out.supervise_mem.push(rss);
            out.listen.push(t_listen);
            out.listen_mem.push(listen_mem);
            out.once.push(t_once);
            out.once_same_pid += usize::from(same);
            out.direct.push(direct);
        }
        if round <= agent_runs {
            let (t, rss) = agent(lab, probe, &ag, round)?;
            if keep {
                out.agent.push(t);
                out.agent_mem.push(rss);
            }
        }
    }
    Ok(out)
}

pub(super) fn supervised(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    tag: &str,
) -> Result<(Duration, Mem), String> {
    let argv = clients::vaultctl(lab, spec, &[], probe.child(tag));
    let env = clients::vaultctl_env(lab);
    measured(lab, probe, "vaultctl exec", &argv, &env, tag, VAULTCTL)
}

/// As [`supervised`], with `--listen` on a free port of the loopback; `/metrics` is read
/// once after the child is up, before the memory is.
fn listening(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    tag: &str,
) -> Result<(Duration, Mem), String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    let addr = format!("127.0.0.1:{port}");
    let argv = clients::vaultctl(lab, spec, &["--listen", &addr], probe.child(tag));
    let env = clients::vaultctl_env(lab);
    let name = "vaultctl exec --listen";
    let (mut run, up) = until_up(lab, probe, name, &argv, &env, tag, VAULTCTL.0.as_secs())?;
    let scraped = scrape(&addr).map_err(|e| stopped(&mut run, e))?;
    if !scraped.contains("vaultctl_child_starts_total 1") {
        return Err(stopped(
            &mut run,
            format!("/metrics without the start:\n{scraped}"),
        ));
    }
    let mem = settled_rss(&run);
    run.stop(VAULTCTL.1);
    Ok((up.at - run.started, mem))
}

/// The body of `GET /metrics` at `addr`.
fn scrape(addr: &str) -> Result<String, String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).map_err(|e| format!("{addr}: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: bench\r\n\r\n")
        .map_err(|e| format!("{addr}: {e}"))?;
    let mut text = String::new();
    s.read_to_string(&mut text)
        .map_err(|e| format!("{addr}: {e}"))?;
    Ok(text)
}

fn once(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    round: usize,
) -> Result<(Duration, bool), String> {
    let tag = format!("once-{round}");
    let argv = clients::vaultctl(lab, spec, &["--once"], probe.child(&tag));
    let env = clients::vaultctl_env(lab);
    let (mut run, up) = until_up(lab, probe, "vaultctl exec --once", &argv, &env, &tag, 20)?;
    // No supervisor: the child is the process that was spawned as vaultctl.
    let same = up.pid == run.pid();
    run.stop(Duration::from_secs(5));
    Ok((up.at - run.started, same))
}

fn agent(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    round: usize,
) -> Result<(Duration, Mem), String> {
    let tag = format!("agent-{round}");
    let argv = clients::agent(lab, "startup-agent", spec, &probe.child(&tag))?;
    let env = clients::agent_env(lab);
    measured(lab, probe, "bao agent", &argv, &env, &tag, AGENT)
}

fn direct(lab: &Lab, probe: &Probe, round: usize) -> Result<Duration, String> {
    let tag = format!("direct-{round}");
    let (mut run, up) = until_up(lab, probe, "child", &probe.child(&tag), &[], &tag, 10)?;
    run.stop(Duration::from_secs(1));
    Ok(up.at - run.started)
}

/// How long a client gets to bring its child up, and to stop.
pub(super) type Limits = (Duration, Duration);

/// vaultctl's limits: 20 s up, 5 s to stop.
pub(super) const VAULTCTL: Limits = (Duration::from_secs(20), Duration::from_secs(5));

/// The agent's: 60 s up, 10 s to stop.
pub(super) const AGENT: Limits = (Duration::from_secs(60), Duration::from_secs(10));

/// Spawns `argv` as `name`, and returns the time from the spawn to its child reporting
/// `tag` and the client's memory once settled; then stops it.
pub(super) fn measured(
    lab: &Lab,
    probe: &Probe,
    name: &str,
    argv: &[String],
    env: &[(String, String)],
    tag: &str,
    (up_limit, stop_limit): Limits,
) -> Result<(Duration, Mem), String> {
    let (mut run, up) = until_up(lab, probe, name, argv, env, tag, up_limit.as_secs())?;
    let mem = settled_rss(&run);
    run.stop(stop_limit);
    Ok((up.at - run.started, mem))
}

/// Spawns `argv` as `name` (logging to `name`'s log in the lab) and waits up to
/// `limit_secs` for the child reporting `tag`; stops it on failure.
pub(super) fn until_up(
    lab: &Lab,
    probe: &Probe,
    name: &str,
    argv: &[String],
    env: &[(String, String)],
    tag: &str,
    limit_secs: u64,
) -> Result<(Running, Report), String> {
    let log = lab.dir.join(format!("{}.log", name.replace(' ', "-")));
    let mut run = procs::spawn(name, argv, env, &log)?;
    let up = probe
        .wait_tag(tag, Duration::from_secs(limit_secs))
        .map_err(|e| stopped(&mut run, e))?;
    Ok((run, up))
}

/// Memory half a second after the child came up.
pub(super) fn settled_rss(run: &Running) -> Mem {
    std::thread::sleep(Duration::from_millis(500));
    let pid = run.pid();
    Mem {
        rss: procs::status_kib(pid, "VmRSS").unwrap_or(0),
        anon: procs::status_kib(pid, "RssAnon").unwrap_or(0),
        pss: procs::pss_kib(pid).unwrap_or(0),
    }
}

pub(super) fn stopped(run: &mut Running, e: String) -> String {
    run.stop(Duration::from_secs(2));
    format!(
        "{}: {e}; the end of its log:\n{}",
        run.name,
        super::lab::tail(&run.log)
    )
}

/// Runs the client once with a child that dumps its environment; counts the 50
/// variables that arrived with a value (and the KV values must be the written ones).
pub(super) fn check_vars(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    is_agent: bool,
) -> Result<usize, String> {
    let tag = if is_agent {
        "check-agent"
    } else {
        "check-vaultctl"
    };
    let dump = lab.dir.join(format!("{tag}.env"));
    let mut child = probe.child(tag);
    child.push(dump.display().to_string());
    let mut run = if is_agent {
        let argv = clients::agent(lab, "check-agent", spec, &child)?;
        procs::spawn(
            "bao agent",
            &argv,
            &clients::agent_env(lab),
            &lab.dir.join("agent.log"),
        )?
    } else {
        let argv = clients::vaultctl(lab, spec, &[], child);
        procs::spawn(
            "vaultctl exec",
            &argv,
            &clients::vaultctl_env(lab),
            &lab.dir.join("vaultctl.log"),
        )?
    };
    probe
        .wait_tag(tag, Duration::from_secs(60))
        .map_err(|e| stopped(&mut run, e))?;
    run.stop(Duration::from_secs(10));
    let env = std::fs::read_to_string(&dump).map_err(|e| format!("{}: {e}", dump.display()))?;
    let seen = spec
        .vars
        .iter()
        .filter(|v| {
            let prefix = format!("{}=", v.name);
            env.lines().any(|l| {
                l.strip_prefix(&prefix).is_some_and(|value| {
                    !value.is_empty()
                        && (!v.path.starts_with("secret/") || value.starts_with("value-"))
                })
            })
        })
        .count();
    Ok(seen)
}
