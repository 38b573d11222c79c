//! `vaultctl status` against real servers.

use crate::cmd::Test;
use crate::servers::{Bao, bao, bao_binary, free_port};
use std::time::Duration;

/// The version the bao binary itself reports, `2.7.2` style.
fn bao_version() -> String {
    let out = std::process::Command::new(bao_binary())
        .arg("version")
        .output()
        .expect("bao version");
    let text = String::from_utf8_lossy(&out.stdout);
    let word = text.split_whitespace().nth(1).expect("OpenBao vX.Y.Z");
    word.trim_start_matches('v').to_string()
}

#[test]
fn healthy_server_shows_version_and_exits_0() {
    let bao = bao();
    let out = Test::new()
        .args(["status", "--address", &bao.addr])
        .status(0)
        .stdout_contains("Sealed          false")
        .stdout_contains(&format!("Version         {}", bao_version()))
        .stdout_contains("Initialized     true");
    assert!(out.stdout.starts_with("Key "), "{out}");
    assert!(out.stderr.is_empty(), "{out}");
}

#[test]
fn json_status_has_the_seal_and_ha_fields() {
    let out = Test::new()
        .args(["status", "--format", "json"])
        .env("VAULT_ADDR", &bao().addr)
        .status(0);
    let doc = out.json();
    assert_eq!(doc["sealed"], false);
    assert_eq!(doc["initialized"], true);
    assert_eq!(doc["version"], bao_version().as_str());
    assert_eq!(doc["ha_enabled"], false);
    assert!(
        out.stdout.contains("\n  \"sealed\": false"),
        "two-space indent\n{out}"
    );
}

#[test]
fn stopped_address_exits_2_naming_it_with_retries_visible() {
    let addr = format!("http://127.0.0.1:{}", free_port());
    let out = Test::new()
        .args(["status", "-v", "--address", &addr, "--timeout", "5s"])
        .status(2)
        .stderr_contains(&format!(
            "cannot reach Vault at {addr}: connection refused (after 3 attempts)"
        ))
        .stderr_contains("attempt 1 of 3 failed (connection refused); retrying in")
        .stderr_contains("attempt 2 of 3 failed");
    assert!(out.elapsed < Duration::from_secs(20), "{out}");
    // Without -v only the final error shows.
    Test::new()
        .args(["status", "--address", &addr, "--max-retries", "0"])
        .status(2)
        .one_line_error();
}

#[test]
fn sealed_server_exits_2_and_says_so() {
    let own = Bao::start(false);
    let out = own.cli(&["operator", "seal"]);
    assert!(
        out.status.success(),
        "seal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Test::new()
        .args(["status", "--address", &own.addr])
        .status(2)
        .stdout_contains("Sealed             true")
        .stdout_contains("Unseal Progress    0/1");
    let out = Test::new()
        .args(["status", "--address", &own.addr, "--format", "json"])
        .status(2);
    assert_eq!(out.json()["sealed"], true);
}
