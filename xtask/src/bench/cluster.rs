//! Part 6: reading your own write through a standby, vaultctl beside the bao CLI.
//!
//! Starts a three-node OpenBao cluster with integrated (raft) storage on loopback
//! (initialised, unsealed and joined as an operator would; standbys serve reads, the
//! default), then, through one standby and each step a process of its own: a write, and
//! at once a read of what was written (`vaultctl kv get`, `vaultctl exec`, `bao kv get`).
//! A read that shows the old value counts as a miss. The read's wall time is set beside
//! the same read with no write just before (vaultctl then has no index to send): the
//! difference is what reading your own write costs. A last row reads with another HOME,
//! where vaultctl finds no index: what it did before it kept one. The nodes die with
//! the lab.

use super::lab::{self, Lab, free_port, wait_until};
use super::stats::{fmt_ms, median_time};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One client's reads.
pub struct Reader {
    name: &'static str,
    /// Reads right after a write that showed it.
    pub hits: usize,
    /// Wall time of each read right after a write.
    pub after_write: Vec<Duration>,
    /// Wall time of each read with no write just before.
    pub plain: Vec<Duration>,
}

/// What the part measured.
pub struct ReadAfterWrite {
    /// vaultctl kv get, vaultctl exec, bao kv get, and vaultctl kv get from a HOME
    /// where the write's index was not kept (what every read was before).
    pub readers: Vec<Reader>,
}

/// A running three-node cluster; the nodes are killed when it is dropped.
struct Cluster {
    nodes: Vec<Child>,
    addrs: Vec<String>,
    root: String,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for node in &mut self.nodes {
            let _ = node.kill();
            let _ = node.wait();
        }
    }
}

/// Runs `rounds` rounds of write-then-read for each reader, interleaved.
pub fn measure(lab: &Lab, rounds: usize) -> Result<ReadAfterWrite, String> {
    eprintln!("bench: read after write through a standby, {rounds} rounds");
    let cluster = start(lab)?;
    let standby = &cluster.addrs[1];
    let home = lab.dir.join("raft-home");
    let fresh = lab.dir.join("raft-home-fresh");
    for dir in [&home, &fresh] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let vaultctl = |home: &Path, args: &[&str]| {
        let mut cmd = client(&lab.vaultctl, home, args);
        cmd.env("VAULT_ADDR", standby)
            .env("VAULT_TOKEN", &cluster.root);
        cmd
    };
    let bao = |args: &[&str]| {
        let mut cmd = client(&lab.bao, &home, args);
        cmd.env("BAO_ADDR", standby).env("BAO_TOKEN", &cluster.root);
        cmd
    };
    let get = ["kv", "get", "--field", "v", "secret/raw"];
    let exec = [
        "exec",
        "--env",
        "V=vault:secret/raw#v",
        "--",
        "sh",
        "-c",
        "printf %s \"$V\"",
    ];
    let bao_get = ["kv", "get", "-mount=secret", "-field=v", "raw"];
    let mut readers = vec![
        Reader::new("vaultctl kv get"),
        Reader::new("vaultctl exec (env from KV)"),
        Reader::new("bao kv get"),
        Reader::new("vaultctl kv get, index not kept (another HOME)"),
    ];
    for round in 0..rounds {
        for (i, reader) in readers.iter_mut().enumerate() {
            let value = format!("r{round}-{i}");
            let pair = format!("v={value}");
            let (mut write, read, again) = match i {
                0 => (
                    vaultctl(&home, &["kv", "put", "secret/raw", &pair]),
                    vaultctl(&home, &get),
                    vaultctl(&fresh, &get),
                ),
                1 => (
                    vaultctl(&home, &["kv", "put", "secret/raw", &pair]),
                    vaultctl(&home, &exec),
                    vaultctl(&fresh, &exec),
                ),
                2 => (
                    bao(&["kv", "put", "-mount=secret", "raw", &pair]),
                    bao(&bao_get),
                    bao(&bao_get),
                ),
                _ => (
                    vaultctl(&home, &["kv", "put", "secret/raw", &pair]),
                    vaultctl(&fresh, &get),
                    vaultctl(&fresh, &get),
                ),
            };
            run(&mut write)?;
            reader.round(read, again, &value)?;
        }
    }
    Ok(ReadAfterWrite { readers })
}

impl Reader {
    fn new(name: &'static str) -> Reader {
        Reader {
            name,
            hits: 0,
            after_write: Vec::new(),
            plain: Vec::new(),
        }
    }

    /// Times `read` right after the write, then `again` once the standby has caught up.
    fn round(&mut self, mut read: Command, mut again: Command, value: &str) -> Result<(), String> {
        let started = Instant::now();
        let out = read.output().map_err(|e| format!("{}: {e}", self.name))?;
        self.after_write.push(started.elapsed());
        if out.status.success() && String::from_utf8_lossy(&out.stdout).trim() == value {
            self.hits += 1;
        }
        std::thread::sleep(Duration::from_millis(300));
        let started = Instant::now();
        let out = again.output().map_err(|e| format!("{}: {e}", self.name))?;
        self.plain.push(started.elapsed());
        if String::from_utf8_lossy(&out.stdout).trim() != value {
            return Err(format!(
                "{} did not see {value} even later: {}",
                self.name,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(())
    }
}

/// A client command with a HOME of its own and nothing inherited but PATH.
fn client(program: &Path, home: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .stdin(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            cmd.get_args().collect::<Vec<_>>(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Starts three raft nodes, initialises and unseals the first, joins the others to it,
/// and mounts KV v2 at `secret/`.
fn start(lab: &Lab) -> Result<Cluster, String> {
    let mut cluster = Cluster {
        nodes: Vec::new(),
        addrs: Vec::new(),
        root: String::new(),
    };
    for id in ["node1", "node2", "node3"] {
        let (child, addr) = node(lab, id)?;
        cluster.nodes.push(child);
        cluster.addrs.push(addr);
    }
    let bao = |addr: &str, token: Option<&str>, args: &[&str]| {
        let mut cmd = client(&lab.bao, &lab.dir, args);
        cmd.env("BAO_ADDR", addr);
        if let Some(token) = token {
            cmd.env("BAO_TOKEN", token);
        }
        run(&mut cmd)
    };
    let first = cluster.addrs[0].clone();
    for addr in &cluster.addrs {
        wait_until("a raft node to answer", Duration::from_secs(30), || {
            admin(addr).is_ok_and(|c| vaultctl::vault::sys::seal_status(&c).is_ok())
        })?;
    }
    let init = bao(
        &first,
        None,
        &[
            "operator",
            "init",
            "-key-shares=1",
            "-key-threshold=1",
            "-format=json",
        ],
    )?;
    let init: serde_json::Value = serde_json::from_str(&init).map_err(|e| format!("init: {e}"))?;
    let key = init["unseal_keys_b64"][0]
        .as_str()
        .ok_or("no unseal key")?
        .to_string();
    cluster.root = init["root_token"]
        .as_str()
        .ok_or("no root token")?
        .to_string();
    bao(&first, None, &["operator", "unseal", &key])?;
    wait_until("node1 to become active", Duration::from_secs(30), || {
        is_active(&first) == Some(true)
    })?;
    for addr in &cluster.addrs[1..] {
        bao(addr, None, &["operator", "raft", "join", &first])?;
        bao(addr, None, &["operator", "unseal", &key])?;
        wait_until("a node to be a standby", Duration::from_secs(30), || {
            is_active(addr) == Some(false)
        })?;
    }
    let root = Some(cluster.root.as_str());
    bao(
        &first,
        root,
        &["secrets", "enable", "-path=secret", "kv-v2"],
    )?;
    // A new KV v2 mount answers 400 for a moment while it upgrades its storage.
    wait_until("the KV v2 mount", Duration::from_secs(30), || {
        bao(
            &cluster.addrs[1],
            root,
            &["kv", "put", "-mount=secret", "raw", "v=0"],
        )
        .is_ok()
    })?;
    Ok(cluster)
}

/// Starts one node with a raft config of its own under the lab folder.
fn node(lab: &Lab, id: &str) -> Result<(Child, String), String> {
    let port = free_port()?;
    let cluster_port = free_port()?;
    let data: PathBuf = lab.dir.join(format!("raft-{id}"));
    std::fs::create_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    let config = lab.write(
        &format!("raft-{id}.hcl"),
        &format!(
            "storage \"raft\" {{\n  path = \"{}\"\n  node_id = \"{id}\"\n  performance_multiplier = 1\n}}\n\
             listener \"tcp\" {{\n  address = \"127.0.0.1:{port}\"\n  cluster_address = \"127.0.0.1:{cluster_port}\"\n  tls_disable = true\n}}\n\
             api_addr = \"http://127.0.0.1:{port}\"\ncluster_addr = \"https://127.0.0.1:{cluster_port}\"\ndisable_mlock = true\n",
            data.display()
        ),
    )?;
    let mut cmd = lab::guarded(&lab.bao, None);
    cmd.arg("server")
        .arg(format!("-config={}", config.display()))
        .env("HOME", &lab.dir)
        .env_remove("BAO_ADDR")
        .env_remove("VAULT_ADDR")
        .stdout(Stdio::null())
        .stderr(lab::log_file(&lab.dir, &format!("raft-{id}.log"))?);
    let child = lab::spawn(cmd, id)?;
    Ok((child, format!("http://127.0.0.1:{port}")))
}

/// A client without retries or token, for looking at a node.
fn admin(addr: &str) -> Result<vaultctl::vault::Client, String> {
    let mut config = vaultctl::vault::ClientConfig::new(addr);
    config.max_retries = 0;
    config.timeout = Duration::from_secs(5);
    vaultctl::vault::Client::new(config).map_err(|e| e.to_string())
}

/// `Some(true)` when active, `Some(false)` when an unsealed standby.
fn is_active(addr: &str) -> Option<bool> {
    let client = admin(addr).ok()?;
    let leader = vaultctl::vault::sys::leader(&client).ok()?;
    let unsealed = vaultctl::vault::sys::seal_status(&client).is_ok_and(|s| !s.sealed);
    (unsealed && !leader.leader_address.is_empty()).then_some(leader.is_self)
}

/// Prints the part's table.
pub fn report(r: &ReadAfterWrite) {
    out!("\n## Read your own write through a standby (3-node raft on loopback)\n");
    out!(
        "Each round: a write, then at once a read of it through the same standby, each a \
         process of its own; then the same read once the standby has caught up (no write \
         just before).\n"
    );
    out!(
        "| reader | saw the write | p50 read after a write | p50 read, no write before | added (p50) |"
    );
    out!("|---|---|---|---|---|");
    for reader in &r.readers {
        let (after, plain) = (median_time(&reader.after_write), median_time(&reader.plain));
        let added = after.zip(plain).map(|(a, p)| {
            let ms = a.as_secs_f64() * 1e3 - p.as_secs_f64() * 1e3;
            format!("{ms:+.1} ms")
        });
        out!(
            "| {} | {}/{} | {} | {} | {} |",
            reader.name,
            reader.hits,
            reader.after_write.len(),
            fmt_ms(after),
            fmt_ms(plain),
            added.unwrap_or_else(|| "-".into())
        );
    }
}
