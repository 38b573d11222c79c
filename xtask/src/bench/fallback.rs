//! Part 7: exec time-to-child from the fallback cache while Vault is down, beside a
//! normal start.
//!
//! vaultctl logs in with AppRole and injects the 48 KV variables of part 2 (9 KV v2
//! paths; the database credential is left out, since dynamic credentials are never
//! cached) with `--fallback-cache` and `--retry-timeout 1s`, through a small TCP gate on
//! loopback in front of OpenBao. Interleaved rounds: the gate open, without the cache and
//! with it (a normal start, which also writes the cache once the child runs), then the
//! gate's port closed, so every connection is refused as when Vault is down: vaultctl
//! retries until `--retry-timeout` and starts the child from the cache. The time is from spawning vaultctl to the child's line in the FIFO;
//! what the cache start costs beyond `--retry-timeout` is the difference.

use super::clients::{self, Spec};
use super::lab::{self, Lab};
use super::probe::Probe;
use super::procs;
use super::setup::{self, Role};
use super::stats::{fmt_ms, median_time, quantile};
use std::io::Read;
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// `--retry-timeout` of the runs.
pub const RETRY_TIMEOUT: Duration = Duration::from_secs(1);

/// What the part measured.
pub struct FallbackStart {
    /// Time-to-child with Vault up, without the cache.
    pub plain: Vec<Duration>,
    /// Time-to-child with Vault up.
    pub normal: Vec<Duration>,
    /// Time-to-child with the gate closed: from the cache.
    pub cached: Vec<Duration>,
    /// Runs whose log said they started from the cache.
    pub from_cache: usize,
    /// Variables and paths injected.
    pub vars: (usize, usize),
}

/// Runs `runs` rounds (after one to warm up and write the cache).
pub fn measure(
    lab: &Lab,
    probe: &Probe,
    roles: &[Role],
    runs: usize,
) -> Result<FallbackStart, String> {
    let vars: Vec<_> = setup::app_vars()
        .into_iter()
        .filter(|v| v.path.starts_with("secret/"))
        .collect();
    let mut paths: Vec<&str> = vars.iter().map(|v| v.path.as_str()).collect();
    paths.dedup();
    let spec = Spec {
        vars: &vars,
        role: clients::role(roles, "vaultctl")?,
        poll: Duration::from_secs(60),
    };
    let upstream: SocketAddr = lab
        .addr
        .trim_start_matches("http://")
        .parse()
        .map_err(|e| format!("{}: {e}", lab.addr))?;
    let port = lab::free_port()?;
    let extra = options(lab)?;
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    let env = vec![
        ("VAULT_ADDR".to_string(), format!("http://127.0.0.1:{port}")),
        ("HOME".to_string(), lab.dir.display().to_string()),
    ];
    eprintln!(
        "bench: exec start from the fallback cache (Vault down) vs a normal start, {runs} rounds"
    );
    let mut out = FallbackStart {
        plain: Vec::new(),
        normal: Vec::new(),
        cached: Vec::new(),
        from_cache: 0,
        vars: (vars.len(), paths.len()),
    };
    for round in 0..=runs {
        let gate = Gate::open(port, upstream)?;
        let plain = start(
            lab,
            probe,
            &spec,
            &extra[4..],
            &env,
            &format!("fb-plain-{round}"),
        )?;
        let up = start(lab, probe, &spec, &extra, &env, &format!("fb-up-{round}"))?;
        gate.close();
        let (down, said) = start_down(lab, probe, &spec, &extra, &env, round)?;
        if round > 0 {
            out.plain.push(plain);
            out.normal.push(up);
            out.cached.push(down);
            out.from_cache += usize::from(said);
        }
    }
    Ok(out)
}

/// The cache's options (a new key in the lab) and `--retry-timeout`, in that order.
fn options(lab: &Lab) -> Result<Vec<String>, String> {
    let key = lab.write("fallback.key", &random_key()?)?;
    let cache = lab.dir.join("fallback-cache");
    Ok(vec![
        "--fallback-cache".into(),
        cache.display().to_string(),
        "--fallback-key-file".into(),
        key.display().to_string(),
        "--retry-timeout".into(),
        format!("{}s", RETRY_TIMEOUT.as_secs()),
    ])
}

/// One supervised start; its time-to-child.
fn start(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    extra: &[&str],
    env: &[(String, String)],
    tag: &str,
) -> Result<Duration, String> {
    let argv = clients::vaultctl(lab, spec, extra, probe.child(tag));
    let log = lab.dir.join(format!("{tag}.log"));
    let mut run = procs::spawn("vaultctl exec", &argv, env, &log)?;
    let up = probe
        .wait_tag(tag, Duration::from_secs(30))
        .map_err(|e| format!("{e}; the end of its log:\n{}", lab::tail(&log)))?;
    run.stop(Duration::from_secs(5));
    Ok(up.at - run.started)
}

/// A start with the gate closed: its time-to-child, and whether its log says it started
/// from the cache.
fn start_down(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    extra: &[&str],
    env: &[(String, String)],
    round: usize,
) -> Result<(Duration, bool), String> {
    let tag = format!("fb-down-{round}");
    let t = start(lab, probe, spec, extra, env, &tag)?;
    let log = std::fs::read_to_string(lab.dir.join(format!("{tag}.log"))).unwrap_or_default();
    Ok((t, log.contains("started from the fallback cache")))
}

/// 32 random bytes as 64 hex digits, as `openssl rand -hex 32` prints them.
fn random_key() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| format!("/dev/urandom: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
}

/// A TCP forwarder on a loopback port in front of the server; closing it closes the
/// port, so connections are refused, as when Vault is down.
struct Gate {
    port: u16,
    closed: Arc<AtomicBool>,
}

impl Gate {
    /// Listens on `port` and forwards every connection to `upstream`.
    fn open(port: u16, upstream: SocketAddr) -> Result<Gate, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("gate on port {port}: {e}"))?;
        let closed = Arc::new(AtomicBool::new(false));
        let stop = closed.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(client) = client else { continue };
                std::thread::spawn(move || forward(client, upstream));
            }
        });
        Ok(Gate { port, closed })
    }

    /// Closes the port (connections in flight finish).
    fn close(self) {
        self.closed.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it drops the listener now.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        let closed = (0..500).any(|_| {
            std::thread::sleep(Duration::from_millis(2));
            TcpStream::connect(("127.0.0.1", self.port)).is_err()
        });
        if !closed {
            eprintln!("bench: the gate on port {} did not close", self.port);
        }
    }
}

/// Copies both ways between `client` and a new connection to `upstream`.
fn forward(client: TcpStream, upstream: SocketAddr) {
    let Ok(server) = TcpStream::connect(upstream) else {
        return;
    };
    let (Ok(mut c2), Ok(mut s2)) = (client.try_clone(), server.try_clone()) else {
        return;
    };
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut s2, &mut c2);
        let _ = c2.shutdown(Shutdown::Write);
    });
    let (mut client, mut server) = (client, server);
    let _ = std::io::copy(&mut client, &mut server);
    let _ = server.shutdown(Shutdown::Write);
    let _ = back.join();
}

/// Prints the part's section.
pub fn report(r: &FallbackStart) {
    out!(
        "\n## 9. exec start from the fallback cache (Vault down) vs a normal start: AppRole login, {} variables from {} KV v2 paths, --retry-timeout {}s\n",
        r.vars.0,
        r.vars.1,
        RETRY_TIMEOUT.as_secs()
    );
    out!(
        "{:<44} {:>5} {:>10} {:>10} {:>10}",
        "start",
        "runs",
        "median",
        "min",
        "p90"
    );
    let row = |name: &str, t: &[Duration]| {
        out!(
            "{:<44} {:>5} {:>10} {:>10} {:>10}",
            name,
            t.len(),
            fmt_ms(median_time(t)),
            fmt_ms(quantile(t, 0.0)),
            fmt_ms(quantile(t, 0.9))
        );
    };
    row("Vault up, no --fallback-cache", &r.plain);
    row("Vault up (login, reads; writes the cache)", &r.normal);
    row("Vault down: from the cache", &r.cached);
    let beyond: Vec<Duration> = r
        .cached
        .iter()
        .map(|t| t.saturating_sub(RETRY_TIMEOUT))
        .collect();
    row("Vault down: from the cache - retry timeout", &beyond);
    out!(
        "\nstarted from the cache: {}/{} runs; target: within --retry-timeout plus 100 ms",
        r.from_cache,
        r.cached.len()
    );
}
