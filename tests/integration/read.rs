//! `vaultctl read`: a plain logical read of any path, printed as the vault CLI does.

use crate::kv::{bao_ok, vc, without_request_id};
use crate::servers::unique;

#[test]
fn read_prints_a_table_json_as_bao_and_raw_fields() {
    let name = unique("read");
    vc().args(["kv", "put", &format!("secret/{name}"), "a=1"])
        .status(0);
    let path = format!("secret/data/{name}");
    vc().args(["read", &path])
        .status(0)
        .stdout_contains("data        {\"a\":\"1\"}\n")
        .stdout_contains("metadata    {\"created_time\":");
    let ours = vc().args(["read", "--format", "json", &path]).status(0);
    let theirs = bao_ok(&["read", "-format=json", &path]);
    assert_eq!(
        without_request_id(&ours.stdout),
        without_request_id(&theirs)
    );
    let field = vc().args(["read", "--field", "data", &path]).status(0);
    assert_eq!(field.stdout, "{\"a\":\"1\"}");
    vc().args(["read", "--field", "nope", &path])
        .status(1)
        .one_line_error()
        .stderr_contains("Field \"nope\" not present in secret");
    // Without data/, Vault answers 404 with a warning only: shown, and exit 2.
    vc().args(["read", &format!("secret/{name}")])
        .status(2)
        .stderr_contains("vaultctl: warning: Vault: Invalid path for a versioned K/V")
        .stderr_contains(&format!("vaultctl: No value found at secret/{name}\n"));
    vc().args(["read", &format!("secret/data/{name}-none")])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!("No value found at secret/data/{name}-none"));
}

#[test]
fn read_shows_how_long_to_cache_and_reads_sys_paths() {
    let mount = unique("kv1read");
    bao_ok(&[
        "secrets",
        "enable",
        &format!("-path={mount}"),
        "-version=1",
        "kv",
    ]);
    vc().args(["kv", "put", &format!("{mount}/app"), "k=v"])
        .status(0);
    vc().args(["read", &format!("{mount}/app")])
        .status(0)
        .stdout_contains("refresh_interval    768h\nk                   v\n");
    let ttl = vc()
        .args([
            "read",
            "--field",
            "refresh_interval",
            &format!("{mount}/app"),
        ])
        .status(0);
    assert_eq!(ttl.stdout, "2764800");
    vc().args(["read", &format!("sys/mounts/{mount}")])
        .status(0)
        .stdout_contains("type ")
        .stdout_contains(" kv\n");
}
