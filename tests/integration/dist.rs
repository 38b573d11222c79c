//! The static binary of `cargo xtask dist` in an empty root: a folder holding only the
//! binary, `/etc/hosts`, a home and a static busybox for `exec` to start, entered with
//! `chroot` (as root) or `unshare -r --root` (a user namespace). It finds the server by
//! a name only that `/etc/hosts` knows, logs in, reads a secret, and starts a child with
//! it, against the shared OpenBao dev server (same network namespace: 127.0.0.1 is
//! reachable from inside).
//!
//! The binary is built once per run by `cargo xtask dist` (a release build with a target
//! dir of its own: a few minutes the first time, a second when nothing changed).

use crate::servers::{bao, bao_tls, unique};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// `target/dist/vaultctl-VERSION-x86_64-linux`, built (or found current) by
/// `cargo xtask dist`.
fn static_binary() -> &'static Path {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let started = std::time::Instant::now();
        let mut cmd = Command::new(cargo);
        // What cargo set for this test binary, left in, would make the build scripts
        // that read them (ring's) run again, and everything after them build again.
        // (The list is xtask's `dist::is_crate_variable`.)
        const SET_BY_CARGO: [&str; 9] = [
            "CARGO_MANIFEST_",
            "CARGO_PKG_",
            "CARGO_CRATE_NAME",
            "CARGO_BIN_NAME",
            "CARGO_BIN_EXE_",
            "CARGO_PRIMARY_PACKAGE",
            "CARGO_TARGET_TMPDIR",
            "CARGO_RUSTC_CURRENT_DIR",
            "CARGO_CFG_",
        ];
        for (key, _) in std::env::vars_os() {
            if SET_BY_CARGO
                .iter()
                .any(|p| key.to_string_lossy().starts_with(p))
            {
                cmd.env_remove(&key);
            }
        }
        let out = cmd
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["xtask", "dist"])
            .stdin(Stdio::null())
            .output()
            .expect("run cargo xtask dist");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "cargo xtask dist failed\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!("dist: cargo xtask dist took {:?}", started.elapsed());
        let path = PathBuf::from(stdout.lines().next().expect("the path first"));
        let name = format!("vaultctl-{}-x86_64-linux", env!("CARGO_PKG_VERSION"));
        assert_eq!(path.file_name(), Some(name.as_ref()), "{stdout}");
        path
    })
}

/// How the test enters a root.
#[derive(Clone, Debug)]
enum Enter {
    /// `chroot ROOT PROGRAM` (root only); the chroot program's path.
    Chroot(PathBuf),
    /// `unshare --map-root-user --root ROOT PROGRAM` (user namespaces).
    Unshare(PathBuf),
}

/// A program's path, from PATH or the sbin folders (chroot lives in /usr/sbin): the
/// command inside the root runs with PATH=/bin, which would not find it.
fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"].map(PathBuf::from))
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// How this machine lets the test enter a root, if it does at all.
fn enter() -> Option<&'static Enter> {
    static FOUND: OnceLock<Option<Enter>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let works = |cmd: &mut Command| {
                cmd.stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            let chroot = which("chroot");
            let unshare = which("unshare");
            match (chroot, unshare) {
                (Some(chroot), _)
                    if nix::unistd::geteuid().is_root()
                        && works(Command::new(&chroot).args(["/", "true"])) =>
                {
                    Some(Enter::Chroot(chroot))
                }
                (_, Some(unshare))
                    if works(Command::new(&unshare).args(["-r", "--root", "/", "true"])) =>
                {
                    Some(Enter::Unshare(unshare))
                }
                _ => None,
            }
        })
        .as_ref()
}

/// Says loudly why the test does not run.
fn skip(why: &str) {
    eprintln!("skipped: {why}");
}

/// A static busybox to stand in for the child program (`sh`) in the root.
fn busybox() -> PathBuf {
    let found = std::env::var_os("VAULTCTL_TEST_BUSYBOX")
        .map(PathBuf::from)
        .or_else(|| {
            ["/bin/busybox", "/usr/bin/busybox"]
                .iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        });
    found.unwrap_or_else(|| {
        panic!(
            "no busybox: the empty-root test needs a static one (Debian: apt-get install \
             busybox-static; scripts/test installs it), or VAULTCTL_TEST_BUSYBOX"
        )
    })
}

/// An empty root: `bin/vaultctl` (the static binary), `bin/busybox` with `sh` linked to
/// it, `etc/hosts` naming the test server `vault.test`, and an empty `home`. No `/dev`,
/// no `/proc`, no `/etc/passwd`, no shared library.
struct Root {
    dir: tempfile::TempDir,
    how: &'static Enter,
}

impl Root {
    fn new(how: &'static Enter) -> Root {
        let dir = tempfile::tempdir().expect("temp root");
        let at = |p: &str| dir.path().join(p);
        for sub in ["bin", "etc", "home"] {
            std::fs::create_dir(at(sub)).expect("mkdir");
        }
        std::fs::copy(static_binary(), at("bin/vaultctl")).expect("copy vaultctl");
        std::fs::copy(busybox(), at("bin/busybox")).expect("copy busybox");
        std::os::unix::fs::symlink("busybox", at("bin/sh")).expect("link sh");
        std::fs::write(
            at("etc/hosts"),
            "# the test's own names\n127.0.0.1\tlocalhost\n127.0.0.1\tvault.test  vault\n",
        )
        .expect("write hosts");
        let root = Root { dir, how };
        // busybox must be a static one to run in here.
        let out = root.run(&["/bin/sh", "-c", "echo ok"], &[], None);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "ok\n",
            "{} does not run in an empty root: a static busybox is needed (Debian: \
             busybox-static)\n{}",
            busybox().display(),
            String::from_utf8_lossy(&out.stderr)
        );
        root
    }

    /// A path inside the root, seen from outside.
    fn path(&self, inside: &str) -> PathBuf {
        self.dir.path().join(inside.trim_start_matches('/'))
    }

    /// Runs `argv` inside the root with only `env` (and `PATH=/bin`) set.
    fn run(&self, argv: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
        let mut cmd = match self.how {
            Enter::Chroot(chroot) => Command::new(chroot),
            Enter::Unshare(unshare) => {
                let mut cmd = Command::new(unshare);
                cmd.args(["--map-root-user", "--root"]);
                cmd
            }
        };
        cmd.arg(self.dir.path())
            .args(argv)
            .env_clear()
            .env("PATH", "/bin")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("enter the root");
        let mut pipe = child.stdin.take().expect("stdin");
        let input = stdin.unwrap_or_default().to_string();
        std::thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        });
        child.wait_with_output().expect("wait")
    }

    /// Runs `/bin/vaultctl ARGS` inside the root; asserts the exit code.
    #[track_caller]
    fn vaultctl(
        &self,
        args: &[&str],
        env: &[(&str, &str)],
        stdin: Option<&str>,
        code: i32,
    ) -> Output {
        let mut argv = vec!["/bin/vaultctl"];
        argv.extend_from_slice(args);
        // HOME=/home unless `env` sets it; an empty value leaves the variable unset.
        let mut all = vec![("HOME", "/home")];
        for (key, value) in env {
            all.retain(|(k, _)| k != key);
            if !value.is_empty() {
                all.push((key, value));
            }
        }
        let out = self.run(&argv, &all, stdin);
        assert_eq!(
            out.status.code(),
            Some(code),
            "vaultctl {args:?} in the root\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_static_binary_needs_no_loader_and_no_library() {
    if enter().is_none() {
        // The binary is still built and checked: the check costs nothing more.
        eprintln!("note: no chroot or user namespace here; the empty-root tests skip");
    }
    let binary = static_binary();
    // readelf: a static-PIE binary keeps a dynamic section to relocate itself, but it
    // names no shared library and asks for no program interpreter.
    match Command::new("readelf").arg("-d").arg(binary).output() {
        Ok(out) => {
            let dynamic = text(&out.stdout);
            assert!(!dynamic.contains("(NEEDED)"), "{dynamic}");
            let headers = Command::new("readelf")
                .arg("-l")
                .arg(binary)
                .output()
                .expect("readelf -l");
            let headers = text(&headers.stdout);
            assert!(headers.contains("LOAD"), "{headers}");
            assert!(!headers.contains("INTERP"), "{headers}");
        }
        Err(e) => skip(&format!("readelf not found ({e}); binutils has it")),
    }
    if let Ok(out) = Command::new("ldd").arg(binary).output() {
        let said = text(&out.stdout) + &text(&out.stderr);
        assert!(
            said.contains("statically linked") || said.contains("not a dynamic executable"),
            "{said}"
        );
    }
    // The checksum file is what `sha256sum -c` reads.
    let dir = binary.parent().expect("dist dir");
    let name = binary.file_name().expect("name").to_string_lossy();
    let check = Command::new("sha256sum")
        .current_dir(dir)
        .args(["-c", &format!("{name}.sha256")])
        .output()
        .expect("sha256sum");
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert_eq!(text(&check.stdout), format!("{name}: OK\n"));
}

#[test]
fn in_an_empty_root_it_finds_the_server_by_etc_hosts_logs_in_reads_and_execs() {
    let Some(how) = enter() else {
        return skip("neither chroot (needs root) nor `unshare -r --root` works here");
    };
    let bao = bao();
    let port = bao.addr.rsplit(':').next().expect("port");
    // A name that only the root's /etc/hosts knows.
    let addr = format!("http://vault.test:{port}");
    // A user whose policy reads the secrets, and a secret.
    let mount = unique("userpass");
    let policy = unique("dist-reader");
    let policy_file = tempfile::NamedTempFile::new().expect("policy file");
    std::fs::write(
        policy_file.path(),
        "path \"secret/data/*\" { capabilities = [\"read\"] }\n",
    )
    .expect("write policy");
    bao.ok(&[
        "policy",
        "write",
        &policy,
        &policy_file.path().to_string_lossy(),
    ]);
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "userpass"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/users/alice"),
        "password=correct horse",
        &format!("token_policies={policy}"),
    ]);
    let path = crate::exec::secret(&["api_key=k-123"]);

    let root = Root::new(how);
    // The root is empty indeed: the test's own, dynamically linked, vaultctl cannot start
    // in it (no loader, no libc).
    std::fs::copy(
        env!("CARGO_BIN_EXE_vaultctl"),
        root.path("/bin/vaultctl-dynamic"),
    )
    .expect("copy the dynamic build");
    let dynamic = root.run(&["/bin/vaultctl-dynamic", "--version"], &[], None);
    assert!(!dynamic.status.success(), "{}", text(&dynamic.stdout));
    assert_eq!(text(&dynamic.stdout), "");
    let env = [("VAULT_ADDR", addr.as_str())];
    // A locale that is not in the root changes nothing.
    let status = root.vaultctl(
        &["status"],
        &[("VAULT_ADDR", addr.as_str()), ("LC_ALL", "de_DE.UTF-8")],
        None,
        0,
    );
    assert!(
        text(&status.stdout).contains("Sealed          false"),
        "{}",
        text(&status.stdout)
    );
    assert_eq!(text(&status.stderr), "");

    // login with userpass: the password from stdin, the token into $HOME/.vault-token.
    let login = root.vaultctl(
        &[
            "login",
            "-m",
            "userpass",
            "--path",
            &mount,
            "username=alice",
            "password=-",
        ],
        &env,
        Some("correct horse\n"),
        0,
    );
    assert!(
        text(&login.stderr).contains("the token is stored in /home/.vault-token"),
        "{}",
        text(&login.stderr)
    );
    let token_file = root.path("/home/.vault-token");
    let mode = std::fs::metadata(&token_file)
        .expect("token file")
        .permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
        0o600
    );

    // kv get with the stored token.
    let get = root.vaultctl(&["kv", "get", "--field", "api_key", &path], &env, None, 0);
    assert_eq!(text(&get.stdout), "k-123");

    // exec: the child (busybox sh, from PATH=/bin) gets the secret in its environment.
    let reference = format!("API_KEY=vault:{path}#api_key");
    let exec = root.vaultctl(
        &[
            "exec",
            "--env",
            &reference,
            "--",
            "sh",
            "-c",
            "printf '%s|%s' \"$API_KEY\" \"$0\"",
        ],
        &env,
        None,
        0,
    );
    assert_eq!(text(&exec.stdout), "k-123|sh");
    // The child's exit code comes back through vaultctl.
    root.vaultctl(&["exec", "--", "sh", "-c", "exit 7"], &env, None, 7);

    // A name neither /etc/hosts nor DNS knows: a one-line error naming the address.
    let unknown = root.vaultctl(
        &["status", "--timeout", "2s"],
        &[("VAULT_ADDR", "http://nowhere.test:8200")],
        None,
        2,
    );
    let err = text(&unknown.stderr);
    assert!(
        err.contains("cannot reach Vault at http://nowhere.test:8200"),
        "{err}"
    );
}

#[test]
fn in_an_empty_root_without_home_a_token_from_the_environment_still_works() {
    let Some(how) = enter() else {
        return skip("neither chroot (needs root) nor `unshare -r --root` works here");
    };
    let bao = bao();
    let path = crate::exec::secret(&["user=alice"]);
    let root = Root::new(how);
    // No HOME and no /etc/passwd to find one in: the token comes from VAULT_TOKEN.
    let env = [
        ("HOME", ""),
        ("VAULT_ADDR", bao.addr.as_str()),
        ("VAULT_TOKEN", bao.root_token.as_str()),
    ];
    let get = root.vaultctl(&["kv", "get", "--field", "user", &path], &env, None, 0);
    assert_eq!(text(&get.stdout), "alice");
    // Without a token, the missing HOME is named, on one line.
    let env = [("HOME", ""), ("VAULT_ADDR", bao.addr.as_str())];
    let out = root.vaultctl(&["kv", "get", &path], &env, None, 1);
    assert_eq!(
        text(&out.stderr),
        "vaultctl: cannot find the token file: HOME is not set\n"
    );
}

#[test]
fn in_an_empty_root_tls_needs_only_the_ca_file() {
    let Some(how) = enter() else {
        return skip("neither chroot (needs root) nor `unshare -r --root` works here");
    };
    let bao = bao_tls();
    let root = Root::new(how);
    let ca = bao.ca_cert.as_ref().expect("TLS server's CA");
    std::fs::copy(ca, root.path("/etc/vault-ca.pem")).expect("copy CA");
    let port = bao.addr.rsplit(':').next().expect("port");
    let addr = format!("https://localhost:{port}");
    let env = [
        ("VAULT_ADDR", addr.as_str()),
        ("VAULT_CACERT", "/etc/vault-ca.pem"),
    ];
    let out = root.vaultctl(&["status"], &env, None, 0);
    assert!(
        text(&out.stdout).contains("Sealed          false"),
        "{}",
        text(&out.stdout)
    );
}

/// A DNS server of the test's own on `ADDR:53` (UDP), knowing one name: it answers an A
/// question for `name` with 127.0.0.1, any other question with no record. It stops when
/// dropped.
struct Dns {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Dns {
    /// Listens on `addr:53`; `None` when the port cannot be had (it needs root).
    fn start(addr: &str, name: &'static str) -> Option<Dns> {
        use std::sync::atomic::Ordering;
        let socket = std::net::UdpSocket::bind((addr, 53)).ok()?;
        socket
            .set_read_timeout(Some(std::time::Duration::from_millis(100)))
            .expect("timeout");
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 512];
            while !stopped.load(Ordering::Relaxed) {
                let Ok((n, from)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(reply) = dns_reply(&buf[..n], name) {
                    let _ = socket.send_to(&reply, from);
                }
            }
        });
        Some(Dns {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The answer to one DNS query: 127.0.0.1 for an A question about `name`, else none.
fn dns_reply(query: &[u8], name: &str) -> Option<Vec<u8>> {
    // The header is 12 bytes; then one question: labels up to a zero byte, type, class.
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *query.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_lowercase());
        at += len;
    }
    let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
    let question_end = at + 4;
    let known = labels.join(".") == name && qtype == 1;
    let mut reply = query.get(..question_end)?.to_vec();
    reply[2] = 0x81; // a response, recursion desired
    reply[3] = 0x80; // recursion available, no error
    reply[4..12].copy_from_slice(&[0, 1, 0, u8::from(known), 0, 0, 0, 0]);
    if known {
        // A pointer to the question's name, A, IN, a minute, four bytes: 127.0.0.1.
        reply.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 1]);
    }
    Some(reply)
}

#[test]
fn in_an_empty_root_a_name_resolves_through_dns() {
    let Some(how) = enter() else {
        return skip("neither chroot (needs root) nor `unshare -r --root` works here");
    };
    // A loopback address of the test's own for the name server (port 53 needs root).
    let server = "127.53.19.1";
    let Some(_dns) = Dns::start(server, "vault.dns.test") else {
        return skip("cannot listen on port 53 (needs root): the DNS lookup is not tested");
    };
    let bao = bao();
    let port = bao.addr.rsplit(':').next().expect("port");
    let root = Root::new(how);
    std::fs::write(
        root.path("/etc/resolv.conf"),
        format!("nameserver {server}\noptions timeout:2 attempts:2\n"),
    )
    .expect("write resolv.conf");
    let addr = format!("http://vault.dns.test:{port}");
    let out = root.vaultctl(&["status"], &[("VAULT_ADDR", addr.as_str())], None, 0);
    assert!(
        text(&out.stdout).contains("Sealed          false"),
        "{}",
        text(&out.stdout)
    );
    // A name the server does not know fails, naming the address.
    let out = root.vaultctl(
        &["status", "--timeout", "5s"],
        &[("VAULT_ADDR", "http://other.dns.test:8200")],
        None,
        2,
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("cannot reach Vault at http://other.dns.test:8200"),
        "{err}"
    );
}
