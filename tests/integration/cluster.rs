//! vaultctl on a clustered OpenBao: three nodes with integrated (raft) storage on
//! loopback ports, initialised, unsealed and joined as an operator would. vaultctl is
//! pointed at a standby: reads and writes go through it (forwarded, or a 307 followed),
//! and a supervised `exec` keeps its child running while the active node is killed and
//! a new leader is elected, then carries on renewing its token and rotating secrets.

use crate::cmd::Test;
use crate::proxy::FaultProxy;
use crate::rotation::Running;
use crate::servers::{bao_binary, free_port, guarded, spawn, wait_for};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use vaultctl::vault::{Client, ClientConfig, sys};

/// One OpenBao server of the cluster.
struct Node {
    addr: String,
    child: Child,
}

/// A running three-node cluster.
struct Cluster {
    nodes: Vec<Node>,
    root_token: String,
    _dir: tempfile::TempDir,
}

impl Node {
    /// Starts `bao server` with a raft config of its own under `dir`.
    fn start(dir: &Path, id: &str) -> Node {
        let port = free_port();
        let data = dir.join(id);
        std::fs::create_dir_all(&data).expect("data dir");
        let config = dir.join(format!("{id}.hcl"));
        std::fs::write(
            &config,
            format!(
                r#"storage "raft" {{
  path = "{data}"
  node_id = "{id}"
  performance_multiplier = 1
}}
listener "tcp" {{
  address = "127.0.0.1:{port}"
  cluster_address = "127.0.0.1:{cluster}"
  tls_disable = true
}}
api_addr = "http://127.0.0.1:{port}"
cluster_addr = "https://127.0.0.1:{cluster}"
disable_mlock = true
"#,
                data = data.display(),
                cluster = port + 1,
            ),
        )
        .expect("config");
        let mut cmd = guarded(&bao_binary(), None);
        cmd.arg("server")
            .arg(format!("-config={}", config.display()))
            .env("HOME", dir)
            .env_remove("BAO_ADDR")
            .env_remove("VAULT_ADDR")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join(format!("{id}.log"))).expect("log"));
        let node = Node {
            addr: format!("http://127.0.0.1:{port}"),
            child: spawn(cmd),
        };
        wait_for(&format!("{id} to answer"), Duration::from_secs(30), || {
            sys::seal_status(&node.client(None)).is_ok()
        });
        node
    }

    /// A client without retries, for setting up and looking.
    fn client(&self, token: Option<&str>) -> Client {
        let mut config = ClientConfig::new(self.addr.clone());
        config.max_retries = 0;
        config.timeout = Duration::from_secs(5);
        let client = Client::new(config).expect("client");
        client.replace_token(token.map(|t| vaultctl::redacted::Secret::new(t.to_string())));
        client
    }

    /// Runs the bao CLI against this node; returns stdout, failing the test on an error.
    #[track_caller]
    fn bao(&self, token: Option<&str>, args: &[&str]) -> String {
        let mut cmd = Command::new(bao_binary());
        cmd.args(args)
            .env("BAO_ADDR", &self.addr)
            .env_remove("VAULT_ADDR")
            .env_remove("BAO_TOKEN");
        if let Some(t) = token {
            cmd.env("BAO_TOKEN", t);
        }
        let out = cmd.output().expect("run bao");
        assert!(
            out.status.success(),
            "bao {args:?} on {}: {}",
            self.addr,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// `Some(true)` when active, `Some(false)` when an unsealed standby, `None` when it
    /// cannot say (sealed, down, between leaders).
    fn active(&self) -> Option<bool> {
        let leader = sys::leader(&self.client(None)).ok()?;
        let unsealed = sys::seal_status(&self.client(None)).is_ok_and(|s| !s.sealed);
        (unsealed && !leader.leader_address.is_empty()).then_some(leader.is_self)
    }
}

impl Cluster {
    /// Starts three nodes, initialises the first, joins the others to it, unseals all.
    fn start() -> Cluster {
        let dir = tempfile::tempdir().expect("temp dir");
        let ids = ["node1", "node2", "node3"];
        let starters: Vec<_> = ids
            .iter()
            .map(|id| {
                let (dir, id) = (dir.path().to_path_buf(), id.to_string());
                std::thread::spawn(move || Node::start(&dir, &id))
            })
            .collect();
        let nodes: Vec<Node> = starters
            .into_iter()
            .map(|s| s.join().expect("node"))
            .collect();
        let init: serde_json::Value = serde_json::from_str(&nodes[0].bao(
            None,
            &[
                "operator",
                "init",
                "-key-shares=1",
                "-key-threshold=1",
                "-format=json",
            ],
        ))
        .expect("init JSON");
        let key = init["unseal_keys_b64"][0].as_str().expect("unseal key");
        let root_token = init["root_token"].as_str().expect("root token").to_string();
        nodes[0].bao(None, &["operator", "unseal", key]);
        wait_for("node1 to become active", Duration::from_secs(30), || {
            nodes[0].active() == Some(true)
        });
        // Joined nodes become voters once stable for this long (10 s by default).
        nodes[0].bao(
            Some(&root_token),
            &[
                "operator",
                "raft",
                "autopilot",
                "set-config",
                "-server-stabilization-time=1s",
            ],
        );
        for node in &nodes[1..] {
            node.bao(None, &["operator", "raft", "join", &nodes[0].addr]);
            node.bao(None, &["operator", "unseal", key]);
        }
        for (i, node) in nodes.iter().enumerate().skip(1) {
            wait_for(
                &format!("node{} to be an unsealed standby", i + 1),
                Duration::from_secs(30),
                || node.active() == Some(false),
            );
        }
        let cluster = Cluster {
            nodes,
            root_token,
            _dir: dir,
        };
        let limit = Duration::from_secs(30);
        let start = Instant::now();
        while cluster.voters() != 3 {
            if start.elapsed() > limit {
                let active = &cluster.nodes[cluster.active()];
                let state = active.bao(cluster.root(), &["operator", "raft", "autopilot", "state"]);
                panic!("no three voters after {limit:?}:\n{state}");
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        cluster
    }

    fn root(&self) -> Option<&str> {
        Some(&self.root_token)
    }

    /// How many voters the raft configuration of the active node lists.
    fn voters(&self) -> usize {
        let Some(active) = self.nodes.iter().find(|n| n.active() == Some(true)) else {
            return 0;
        };
        let config = active
            .client(self.root())
            .get_json::<serde_json::Value>("sys/storage/raft/configuration");
        config.map_or(0, |c| {
            c["data"]["config"]["servers"]
                .as_array()
                .map_or(0, |servers| {
                    servers.iter().filter(|s| s["voter"] == true).count()
                })
        })
    }

    /// The index of the active node, waiting for there to be one.
    fn active(&self) -> usize {
        let start = Instant::now();
        loop {
            if let Some(i) = self.nodes.iter().position(|n| n.active() == Some(true)) {
                return i;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("no active node after 30 s\n{}", self.describe());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What each node says about the leader, and the end of its log.
    fn describe(&self) -> String {
        let mut text = String::new();
        for (i, node) in self.nodes.iter().enumerate() {
            let leader = sys::leader(&node.client(None));
            let log = std::fs::read_to_string(self._dir.path().join(format!("node{}.log", i + 1)))
                .unwrap_or_default();
            let tail: Vec<&str> = log.lines().rev().take(15).collect();
            text.push_str(&format!(
                "node{} at {}: {leader:?}\n{}\n",
                i + 1,
                node.addr,
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            ));
        }
        text
    }
}

/// vaultctl against `addr` with `token`.
fn vc(addr: &str, token: &str) -> Test {
    Test::new()
        .env("VAULT_ADDR", addr)
        .env("VAULT_TOKEN", token)
}

/// Runs `vaultctl kv put` until it succeeds (a mount being set up, a leader being
/// elected).
fn put_until_it_works(addr: &str, token: &str, what: &str, pair: &str) {
    wait_for(what, Duration::from_secs(30), || {
        vc(addr, token)
            .args(["kv", "put", "secret/app", pair])
            .run()
            .code
            == Some(0)
    });
}

/// `kv put`, `kv get`, `exec` and `status` through the standby at `addr`.
fn through_a_standby(addr: &str, root: &str) {
    // A new KV v2 mount answers 400 for a moment, on every node, while it upgrades its
    // storage.
    put_until_it_works(addr, root, "the new KV v2 mount", "v=zero");
    // Through a proxy, to see how the standby served them: forwarded to the active node
    // (200) or redirected to it (307, followed once by vaultctl).
    let proxy = FaultProxy::start(addr);
    reads_its_own_writes(&proxy.addr, root);
    let served: Vec<(String, Option<u16>)> = proxy
        .seen()
        .into_iter()
        .map(|r| (format!("{} {}", r.method, r.path), r.status))
        .collect();
    assert!(
        served
            .iter()
            .all(|(_, status)| matches!(status, Some(200 | 204 | 307))),
        "{served:?}"
    );
    let status = vc(addr, root).args(["status"]).status(0);
    assert!(
        status
            .stdout
            .lines()
            .any(|l| l.starts_with("HA Mode") && l.ends_with(" standby")),
        "{status}"
    );
}

/// A `kv put` and at once a `kv get`, then a `kv put` and at once an `exec`, through
/// the standby at `addr`, each a process of its own as a user (one HOME) runs them, 20
/// times each. The standby's replica trails the active node by tens of milliseconds,
/// which without the write's index kept between processes loses every read.
fn reads_its_own_writes(addr: &str, root: &str) {
    let home = tempfile::tempdir().expect("temp HOME");
    let user = |args: &[&str]| vc(addr, root).env("HOME", home.path()).args(args).run();
    let rounds = 20;
    let mut stale = Vec::new();
    for round in 0..rounds {
        let value = format!("get{round}");
        let put = user(&["kv", "put", "secret/app", &format!("v={value}")]);
        assert_eq!(put.code, Some(0), "{put}");
        let get = user(&["kv", "get", "--field", "v", "secret/app"]);
        if (get.code, get.stdout.as_str()) != (Some(0), value.as_str()) {
            stale.push(format!("kv get {round}: {get}"));
        }
        let value = format!("exec{round}");
        let put = user(&["kv", "put", "secret/app", &format!("v={value}")]);
        assert_eq!(put.code, Some(0), "{put}");
        let exec = user(&[
            "exec",
            "--env",
            "V=vault:secret/app#v",
            "--",
            "sh",
            "-c",
            "printf %s \"$V\"",
        ]);
        if (exec.code, exec.stdout.as_str()) != (Some(0), value.as_str()) {
            stale.push(format!("exec {round}: {exec}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} of {} reads missed the write just made:\n{}",
        stale.len(),
        2 * rounds,
        stale.join("\n")
    );
    // What later steps of the test expect to find.
    let put = user(&["kv", "put", "secret/app", "v=one"]);
    assert_eq!(put.code, Some(0), "{put}");
}

/// `exec --auth approle` through the standby at `addr`, several times: each logs in (a
/// write, done by the active node) and reads at once with the new token. vaultctl sends
/// the index of its login back with the reads (`X-Vault-Index`, with
/// `X-Vault-Inconsistent: forward-active-node`), so a standby that has not caught up
/// forwards the read, never answers 403 for a token it has not seen. This checks what
/// vaultctl sends, and that OpenBao takes it: it answers 400 to an index it cannot
/// decode.
fn fresh_logins_read_their_own_writes(cluster: &Cluster, active: usize, addr: &str) {
    let node = &cluster.nodes[active];
    let root = cluster.root();
    node.bao(root, &["auth", "enable", "approle"]);
    let dir = tempfile::tempdir().expect("temp");
    let policy = dir.path().join("app.hcl");
    std::fs::write(&policy, "path \"secret/*\" { capabilities = [\"read\"] }\n")
        .expect("policy file");
    node.bao(
        root,
        &["policy", "write", "app", &policy.display().to_string()],
    );
    node.bao(
        root,
        &["write", "auth/approle/role/app", "token_policies=app"],
    );
    let role_id = node.bao(
        root,
        &["read", "-field=role_id", "auth/approle/role/app/role-id"],
    );
    let secret_id = node.bao(
        root,
        &[
            "write",
            "-f",
            "-field=secret_id",
            "auth/approle/role/app/secret-id",
        ],
    );
    let secret_file = dir.path().join("secret-id");
    std::fs::write(&secret_file, &secret_id).expect("secret id file");
    let exec = |at: &str| {
        Test::new()
            .env("VAULT_ADDR", at)
            .args([
                "exec",
                "--auth",
                "approle",
                "--auth-param",
                &format!("role_id={role_id}"),
                "--auth-param",
                &format!("secret_id=@{}", secret_file.display()),
                "--env",
                "V=vault:secret/app#v",
                "--",
                "sh",
                "-c",
                "printf %s \"$V\"",
            ])
            .run()
    };
    // The role and its secret ID were written on the active node a moment ago.
    wait_for(
        "the new role to reach the standby",
        Duration::from_secs(10),
        || exec(addr).code == Some(0),
    );
    let proxy = FaultProxy::start(addr);
    for round in 0..10 {
        let before = proxy.count();
        let out = exec(&proxy.addr);
        assert_eq!(
            (out.code, out.stdout.as_str()),
            (Some(0), "one"),
            "round {round}: {out}"
        );
        // This run's requests: one login, and every request after it carries an index.
        let seen = proxy.seen().split_off(before);
        let login = seen
            .iter()
            .position(|r| r.path.contains("auth/approle/login"))
            .unwrap_or_else(|| panic!("round {round}: no login in {seen:?}"));
        assert!(seen.len() > login + 1, "round {round}: no read: {seen:?}");
        for request in &seen[login + 1..] {
            assert!(
                request
                    .header("x-vault-index")
                    .is_some_and(|v| !v.is_empty()),
                "round {round}: {} {} without the login's index",
                request.method,
                request.path
            );
            // OpenBao's index form: a standby behind it forwards to the active node.
            assert_eq!(
                request.header("x-vault-inconsistent"),
                Some("forward-active-node")
            );
        }
    }
}

/// A supervised `exec` at `addr` with a token to renew every few seconds, once its
/// child runs and the token was renewed.
fn supervise(addr: &str, token: &str) -> Running {
    let run = Running::start(
        addr,
        Some(token),
        &[
            "--poll-interval",
            "1s",
            "--timeout",
            "3s",
            "--min-restart-interval",
            "1s",
            "--secret",
            "APP_=secret/app",
            "--",
            "sh",
            "-c",
            "echo \"value=$APP_V pid=$$\"; exec sleep 300",
        ],
    );
    run.wait_lines("value=one", 1, Duration::from_secs(20));
    wait_for("a token renewal", Duration::from_secs(15), || {
        run.stderr().contains("renewed the token")
    });
    run
}

#[test]
fn a_three_node_raft_cluster_survives_losing_its_leader() {
    let started = Instant::now();
    let mut cluster = Cluster::start();
    eprintln!("cluster up in {:?}", started.elapsed());
    let root = cluster.root_token.clone();
    let active = cluster.active();
    let standby = cluster.nodes[(active + 1) % 3].addr.clone();
    cluster.nodes[active].bao(Some(&root), &["secrets", "enable", "-path=secret", "kv-v2"]);
    through_a_standby(&standby, &root);
    fresh_logins_read_their_own_writes(&cluster, active, &standby);

    let token = cluster.nodes[active].bao(
        Some(&root),
        &[
            "token",
            "create",
            "-ttl=6s",
            "-explicit-max-ttl=1h",
            "-field=token",
        ],
    );
    let run = supervise(&standby, &token);

    // Kill the active node; the two others elect a new leader.
    let killed = Instant::now();
    let _ = cluster.nodes[active].child.kill();
    let _ = cluster.nodes[active].child.wait();
    assert_ne!(cluster.active(), active);
    eprintln!("new leader after {:?}", killed.elapsed());

    // The child kept running; a write after the election reaches it by rotation, and
    // the token is still renewed.
    let renewals = run.stderr().matches("renewed the token").count();
    assert_eq!(run.lines("value=").len(), 1, "{}", run.stderr());
    put_until_it_works(&standby, &root, "a write after the election", "v=two");
    run.wait_lines("value=two", 1, Duration::from_secs(30));
    wait_for(
        "a renewal after the election",
        Duration::from_secs(15),
        || run.stderr().matches("renewed the token").count() > renewals,
    );
    let (out, log) = run.stop();
    eprintln!("--- vaultctl exec's log ---\n{log}");
    let values: Vec<&str> = out.lines().filter_map(|l| l.split(' ').next()).collect();
    assert_eq!(values, ["value=one", "value=two"], "{log}");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(90), "took {took:?}");
}
