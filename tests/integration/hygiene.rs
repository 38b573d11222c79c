//! Secrets hygiene, as a user would check it: at `-vvv`, no command shows a secret value,
//! token or password on stderr, and stdout shows one only when it was asked for; a
//! supervising vaultctl holds no fetched secret in its own argv or environment.

use crate::cmd::{Outcome, Test};
use crate::kv::bao_ok;
use crate::servers::{bao, unique, wait_for};
use std::process::{Command, Stdio};
use std::time::Duration;

const VALUE: &str = "hyg13n3-s3cr3t-value";

#[track_caller]
fn quiet_about(out: &Outcome, secrets: &[&str], stdout_allowed: bool) {
    for s in secrets {
        assert!(!out.stderr.contains(s), "stderr shows a secret\n{out}");
        if !stdout_allowed {
            assert!(!out.stdout.contains(s), "stdout shows a secret\n{out}");
        }
    }
}

/// vaultctl at -vvv with a token of its own (the dev root token, "root", is a word that
/// appears in ordinary output).
fn vvv(token: &str) -> Test {
    Test::new()
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", token)
        .arg_path(std::path::Path::new("-vvv"))
}

#[test]
fn no_command_shows_a_secret_it_was_not_asked_for() {
    let name = unique("hygiene");
    let path = format!("secret/{name}");
    let token = bao_ok(&["token", "create", "-field=token", "-policy=root"]);
    let root = token.trim();
    // Writing: the value comes from stdin, never from argv.
    let out = vvv(root)
        .args(["kv", "put", &path, "password=-"])
        .stdin(VALUE)
        .status(0);
    quiet_about(&out, &[VALUE, root], false);
    // Reading: only --field and the JSON document show it, on stdout.
    let out = vvv(root)
        .args(["kv", "get", "--field", "password", &path])
        .status(0);
    assert_eq!(out.stdout, VALUE);
    quiet_about(&out, &[VALUE, root], true);
    let out = vvv(root).args(["kv", "metadata", "get", &path]).status(0);
    quiet_about(&out, &[VALUE, root], false);
    let out = vvv(root)
        .args(["check", "--secret", &path, "--validate", "PASSWORD=int"])
        .status(1);
    quiet_about(&out, &[VALUE, root], false);
    let out = vvv(root)
        .args(["exec", "--secret", &path, "--", "true"])
        .status(0);
    quiet_about(&out, &[VALUE, root], false);
    let out = vvv(root)
        .args([
            "exec",
            "--env",
            &format!("X=vault:{path}#nope"),
            "--",
            "true",
        ])
        .status(125);
    quiet_about(&out, &[VALUE, root], false);
    let out = vvv(root).args(["token", "lookup"]).status(0);
    quiet_about(&out, &[root], false);
    let out = vvv(root).args(["status"]).status(0);
    quiet_about(&out, &[root], false);
    // A value that fails validation is named, never shown.
    let out = vvv(root)
        .args([
            "exec",
            "--secret",
            &path,
            "--validate",
            "PASSWORD=/^x$/",
            "--",
            "true",
        ])
        .status(125);
    quiet_about(&out, &[VALUE], false);
}

#[test]
fn a_supervising_vaultctl_holds_no_fetched_secret_in_argv_or_environment() {
    let name = unique("hygiene-proc");
    bao_ok(&[
        "kv",
        "put",
        "-mount=secret",
        &name,
        &format!("password={VALUE}"),
    ]);
    let dir = tempfile::tempdir().expect("temp");
    let ready = dir.path().join("ready");
    let child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .env("FROM_REF", format!("vault:secret/{name}#password"))
        .args([
            "exec",
            "-vvv",
            "--env-refs",
            "--secret",
            &format!("secret/{name}"),
            "--",
            "sh",
            "-c",
        ])
        .arg(format!("touch {}; exec sleep 30", ready.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    wait_for("the child", Duration::from_secs(20), || ready.exists());
    let proc_dir = format!("/proc/{}", child.id());
    let argv = std::fs::read(format!("{proc_dir}/cmdline")).expect("cmdline");
    // vaultctl is non-dumpable: only a reader with CAP_SYS_PTRACE (root here) opens this.
    let environ = std::fs::read(format!("{proc_dir}/environ")).unwrap_or_default();
    // SIGTERM reaches the child too, so its end of the stderr pipe closes.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    let out = child.wait_with_output().expect("output");
    let has = |bytes: &[u8]| bytes.windows(VALUE.len()).any(|w| w == VALUE.as_bytes());
    assert!(!has(&argv), "vaultctl's argv holds the secret");
    assert!(
        !has(&environ),
        "vaultctl's own environment holds the secret"
    );
    assert!(
        !has(&out.stderr),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn templates_and_issued_references_show_no_value_at_vvv() {
    let name = unique("hygiene-tpl");
    let path = format!("secret/{name}");
    let token = bao_ok(&["token", "create", "-field=token", "-policy=root"]);
    let root = token.trim();
    vvv(root)
        .args(["kv", "put", &path, "password=-"])
        .stdin(VALUE)
        .status(0);
    let template = format!("URL=https://u:{{{{ vault:{path}#password | urlencode }}}}@api");
    // Rendered values pass validation or fail it by name only.
    let out = vvv(root)
        .args([
            "exec",
            "--env",
            &template,
            "--validate",
            "URL=int",
            "--",
            "true",
        ])
        .status(125);
    quiet_about(&out, &[VALUE, root], false);
    let out = vvv(root).args(["check", "--env", &template]).status(0);
    quiet_about(&out, &[VALUE, root], false);
    // A parameter of an issued reference may be a secret: never logged, even when the
    // write fails.
    let plaintext = "c2VjcmV0LXBsYWludGV4dC0xMjM=";
    let out = vvv(root)
        .args([
            "exec",
            "--env",
            &format!("C=vault:transit-missing/encrypt/k?plaintext={plaintext}#ciphertext"),
            "--",
            "true",
        ])
        .status(125);
    assert!(
        out.stderr.contains("POST /v1/transit-missing/encrypt/k"),
        "the write was tried: {out}"
    );
    quiet_about(&out, &[plaintext, root], false);
}
