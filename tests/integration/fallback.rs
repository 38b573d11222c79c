//! `exec --fallback-cache`: a restart while Vault cannot be reached (the fault proxy
//! refusing connections) starts the command from the encrypted cache the last start
//! wrote, and vaultctl catches up once Vault answers; a wrong key, a damaged or too old
//! entry and a database credential are each refused by name with exit 125; the options
//! are checked before any request; no value and no key is ever in the file or the logs.

use crate::cmd::Test;
use crate::kv::bao_ok;
use crate::proxy::FaultProxy;
use crate::rotation::{Running, announce};
use crate::servers::{bao, unique};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A key as `openssl rand -hex 32` prints it, in a file of its own; and its text.
fn key_file(dir: &Path, name: &str) -> (PathBuf, String) {
    let mut bytes = [0u8; 32];
    let mut random = std::fs::File::open("/dev/urandom").expect("urandom");
    std::io::Read::read_exact(&mut random, &mut bytes).expect("random bytes");
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(name);
    std::fs::write(&path, format!("{hex}\n")).expect("key file");
    (path, hex)
}

/// vaultctl through `proxy`, with the root token.
fn through(proxy: &FaultProxy) -> Test {
    Test::new()
        .env("VAULT_ADDR", &proxy.addr)
        .env("VAULT_TOKEN", &bao().root_token)
}

/// A KV secret `v=value` of its own; its path.
fn kv_secret(value: &str) -> String {
    let name = unique("fallback");
    bao_ok(&["kv", "put", "-mount=secret", &name, &format!("v={value}")]);
    format!("secret/{name}")
}

/// The one cache file in `dir`.
#[track_caller]
fn the_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the cache dir")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[track_caller]
fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

/// Puts `v=value` at the KV `path` (`secret/NAME`).
fn put(path: &str, value: &str) {
    let name = &path["secret/".len()..];
    bao_ok(&["kv", "put", "-mount=secret", name, &format!("v={value}")]);
}

/// The cache file is private and none of `plain` is readable in it.
#[track_caller]
fn private_and_sealed(file: &Path, plain: &[&str]) {
    let mode = std::fs::metadata(file).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    let bytes = std::fs::read(file).expect("read");
    for text in plain {
        assert!(!holds(&bytes, text), "{text:?} is readable in the cache");
    }
}

/// `exec` through `proxy` with the key in `VAULTCTL_FALLBACK_KEY` and `extra` options,
/// printing `$V` once.
fn once_from(proxy: &FaultProxy, hex: &str, cache: &str, path: &str, extra: &[&str]) -> Test {
    through(proxy)
        .env("VAULTCTL_FALLBACK_KEY", hex)
        .args(["exec", "--retry-timeout", "1s", "--fallback-cache", cache])
        .args(extra)
        .args(["--secret", path, "--", "sh", "-c", "echo value=$V"])
}

#[test]
fn a_restart_during_an_outage_starts_from_the_cache_and_catches_up() {
    let proxy = FaultProxy::start(&bao().addr);
    let first = unique("first-value");
    let path = kv_secret(&first);
    let tmp = tempfile::tempdir().expect("temp");
    let cache = tmp.path().join("cache").display().to_string();
    let (key, hex) = key_file(tmp.path(), "key");
    through(&proxy)
        .args(["exec", "--fallback-cache", &cache, "--fallback-key-file"])
        .arg_path(&key)
        .args(["--secret", &path, "--", "sh", "-c", "echo value=$V"])
        .status(0)
        .stdout_contains(&format!("value={first}"));
    let file = the_file(Path::new(&cache));
    private_and_sealed(&file, &[&first, &path, &hex, "\"v\""]);

    // Vault cannot be reached: the command starts from the cache, without the key.
    proxy.refuse();
    let child = "echo \"value=$V key=${VAULTCTL_FALLBACK_KEY:-none} pid=$$\"; exec sleep 300";
    let run = Running::start_env(
        &proxy.addr,
        Some(&bao().root_token),
        &[("VAULTCTL_FALLBACK_KEY", &hex)],
        &[
            "--retry-timeout",
            "1s",
            "--poll-interval",
            "1s",
            "--fallback-cache",
            &cache,
        ]
        .into_iter()
        .chain(["--secret", &path, "--", "sh", "-c", child])
        .collect::<Vec<_>>(),
    );
    let limit = Duration::from_secs(20);
    run.wait_lines(&format!("value={first} key=none"), 1, limit);
    run.wait_stderr(
        "Vault unreachable; started from the fallback cache written",
        limit,
    );

    // Vault is back with a new value: the command is restarted with it.
    proxy.heal();
    let second = unique("second-value");
    put(&path, &second);
    run.wait_lines(&format!("value={second}"), 1, Duration::from_secs(60));
    let (out, err) = run.stop();
    assert!(err.contains("restarting the command because"), "{err}");
    for text in [&out, &err] {
        assert!(!text.contains(&hex), "the key was shown:\n{text}");
    }

    // The cache followed: the next start without Vault gets the new value.
    proxy.refuse();
    once_from(&proxy, &hex, &cache, &path, &[])
        .status(0)
        .stdout_contains(&format!("value={second}"))
        .never_shows(&hex);
    proxy.heal();
    private_and_sealed(&file, &[&second]);
}

#[test]
fn a_wrong_key_a_damaged_entry_and_an_old_one_are_each_refused() {
    let proxy = FaultProxy::start(&bao().addr);
    let value = unique("kept-value");
    let path = kv_secret(&value);
    let tmp = tempfile::tempdir().expect("temp");
    let cache = tmp.path().join("cache").display().to_string();
    let (_, hex) = key_file(tmp.path(), "key");
    let (_, other) = key_file(tmp.path(), "other-key");
    let exec = |key: &str, extra: &[&str]| once_from(&proxy, key, &cache, &path, extra);
    exec(&hex, &[]).status(0);
    let file = the_file(Path::new(&cache));
    let good = std::fs::read(&file).expect("read");
    proxy.refuse();

    let refused = |key: &str, extra: &[&str], reason: &str| {
        let out = exec(key, extra)
            .status(125)
            .stderr_contains("the command was not started")
            .stderr_contains("connection refused")
            .stderr_contains(&format!(
                "cannot start from the fallback cache {}",
                file.display()
            ))
            .stderr_contains(reason)
            .never_shows(&value);
        assert!(
            !out.stderr.contains(&hex) && !out.stderr.contains(&other),
            "{out}"
        );
    };
    refused(&other, &[], "it was written with another key");
    let mut damaged = good.clone();
    let at = damaged.len() - 20;
    damaged[at] ^= 0x04;
    std::fs::write(&file, &damaged).expect("damage");
    refused(&hex, &[], "it was changed or damaged since it was written");
    std::fs::write(&file, &good).expect("restore");
    std::thread::sleep(Duration::from_millis(1100));
    refused(
        &hex,
        &["--fallback-max-age", "1s"],
        "ago, longer than --fallback-max-age 1s",
    );
    // Each refusal was that one reason: the entry as written still starts the command.
    exec(&hex, &[])
        .status(0)
        .stdout_contains(&format!("value={value}"));
    proxy.heal();
}

#[test]
fn a_database_credential_is_never_cached_and_its_run_cannot_start_from_the_cache() {
    let db = crate::db::db();
    let creds = format!("{}/creds/{}", db.mount, crate::db::ROLE);
    let proxy = FaultProxy::start(&bao().addr);
    let path = kv_secret("kv-value");
    let tmp = tempfile::tempdir().expect("temp");
    let (key, _) = key_file(tmp.path(), "key");
    let t = through(&proxy);
    let config = t.file(
        "vaultctl.toml",
        &format!(
            "[exec]\nfallback_cache = \"{}\"\nfallback_key_file = \"{}\"\nfallback_max_age = \"1h\"\n",
            tmp.path().join("cache").display(),
            key.display()
        ),
    );
    let config_arg = config.display().to_string();
    let args = |t: Test| {
        t.args(["--config", &config_arg, "exec", "--retry-timeout", "1s"])
            .args(["--secret", &path])
            .args(["--env", &format!("DB_USER=vault:{creds}#username")])
            .args(["--env", &format!("DB_PASS=vault:{creds}#password")])
            .args(["--", "sh", "-c", "echo \"user=$DB_USER pass=$DB_PASS\""])
    };
    let out = args(t).status(0);
    let line = out.stdout.trim().to_string();
    let (user, pass) = line
        .strip_prefix("user=")
        .and_then(|l| l.split_once(" pass="))
        .expect("credentials");
    let bytes = std::fs::read(the_file(&tmp.path().join("cache"))).expect("read");
    for plain in [user, pass, "kv-value"] {
        assert!(!holds(&bytes, plain), "{plain:?} is readable in the cache");
    }
    proxy.refuse();
    args(through(&proxy))
        .status(125)
        .stderr_contains(&format!(
            "{creds} holds dynamic credentials (a lease), which are never cached"
        ))
        .never_shows(pass);
    proxy.heal();
}

#[test]
fn the_cache_options_are_checked_before_any_request() {
    let proxy = FaultProxy::start(&bao().addr);
    let tmp = tempfile::tempdir().expect("temp");
    let cache = tmp.path().join("cache").display().to_string();
    let bad_key = tmp.path().join("bad-key");
    std::fs::write(&bad_key, "not-a-key-but-a-secret-text\n").expect("bad key");
    let bad_key = bad_key.display().to_string();
    let (good_key, _) = key_file(tmp.path(), "key");
    let good_key = good_key.display().to_string();
    let missing = tmp.path().join("missing").display().to_string();
    let cases: Vec<(Vec<&str>, Option<&str>, &str)> = vec![
        (vec!["--fallback-cache", &cache], None, "needs a key"),
        (
            vec!["--fallback-cache", &cache, "--fallback-key-file", &missing],
            None,
            "cannot read it",
        ),
        (
            vec!["--fallback-cache", &cache, "--fallback-key-file", &bad_key],
            None,
            "not a key",
        ),
        (
            vec!["--fallback-cache", &cache],
            Some("0123zz"),
            "VAULTCTL_FALLBACK_KEY: not a key",
        ),
        (
            vec!["--fallback-cache", &cache, "--fallback-key-file", &good_key],
            None,
            "",
        ),
        (
            vec!["--fallback-key-file", &good_key],
            None,
            "--fallback-key-file: has no effect without --fallback-cache",
        ),
    ];
    for (flags, env_key, expected) in cases {
        let mut t = through(&proxy);
        if let Some(k) = env_key {
            t = t.env("VAULTCTL_FALLBACK_KEY", k);
        }
        let max_age = if expected.is_empty() { "soon" } else { "1h" };
        let out = t
            .args(["exec"])
            .args(&flags)
            .args(["--fallback-max-age", max_age, "--env", "A=vault:secret/x#k"])
            .args(["--", "true"])
            .status(125)
            .stderr_contains("the command was not started")
            .never_shows("not-a-key-but")
            .never_shows("0123zz");
        let expected = if expected.is_empty() {
            "--fallback-max-age: invalid duration \"soon\""
        } else {
            expected
        };
        assert!(out.stderr.contains(expected), "{flags:?}: {out}");
        assert_eq!(proxy.count(), 0, "{flags:?}: a request reached Vault");
    }
}

/// An AppRole of its own that may read `secret/*`: its mount, role id and secret id.
fn approle() -> (String, String, String) {
    let mount = unique("approle-fallback");
    bao_ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let policy = "path \"secret/*\" { capabilities = [\"read\"] }";
    bao()
        .client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("sys/policies/acl/{mount}"),
            &serde_json::json!({ "policy": policy }),
        )
        .expect("policy");
    let role = format!("auth/{mount}/role/app");
    bao_ok(&[
        "write",
        &role,
        "token_ttl=1m",
        &format!("token_policies={mount}"),
    ]);
    let role_id = bao_ok(&["read", "-field=role_id", &format!("{role}/role-id")]);
    let secret_id = bao_ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("{role}/secret-id"),
    ]);
    (mount, role_id.trim().into(), secret_id.trim().into())
}

#[test]
fn a_login_that_cannot_reach_vault_starts_from_the_cache_and_logs_in_once_it_can() {
    let (mount, role_id, secret_id) = approle();
    let tmp = tempfile::tempdir().expect("temp");
    let sid = tmp.path().join("secret-id");
    std::fs::write(&sid, &secret_id).expect("secret id file");
    let (key, hex) = key_file(tmp.path(), "key");
    let cache = tmp.path().join("cache").display().to_string();
    let first = unique("first-value");
    let path = kv_secret(&first);
    let proxy = FaultProxy::start(&bao().addr);
    let auth = [
        format!("--auth-path={mount}"),
        format!("--auth-param=role_id={role_id}"),
        format!("--auth-param=secret_id=@{}", sid.display()),
        format!("--fallback-key-file={}", key.display()),
    ];
    let mut args = vec![
        "--auth",
        "approle",
        "--retry-timeout",
        "1s",
        "--poll-interval",
        "1s",
    ];
    args.extend(auth.iter().map(String::as_str));
    let child = announce("V");
    args.extend([
        "--fallback-cache",
        &cache,
        "--secret",
        &path,
        "--",
        "sh",
        "-c",
        &child,
    ]);
    let run = Running::start(&proxy.addr, None, &args);
    run.wait_lines(&format!("value={first}"), 1, Duration::from_secs(20));
    run.stop();

    proxy.refuse();
    let run = Running::start(&proxy.addr, None, &args);
    run.wait_lines(&format!("value={first}"), 1, Duration::from_secs(20));
    run.wait_stderr("started from the fallback cache", Duration::from_secs(20));
    proxy.heal();
    let second = unique("second-value");
    put(&path, &second);
    run.wait_lines(&format!("value={second}"), 1, Duration::from_secs(60));
    let (_, err) = run.stop();
    assert!(err.contains("logged in"), "{err}");
    let denied = "permission denied";
    assert!(!err.contains(denied), "a request without a token\n{err}");
    for secret in [&hex, &secret_id] {
        assert!(!err.contains(secret.as_str()), "{err}");
    }
}
