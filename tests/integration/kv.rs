//! `vaultctl kv ...` against the shared OpenBao dev server: KV v2 at `secret/` (each
//! test under a path of its own) and KV v1 at mounts of their own; the vault CLI's JSON
//! as the reference; requests counted through the fault proxy.

use crate::cmd::Test;
use crate::proxy::{Fault, FaultProxy};
use crate::servers::{bao, unique};
use serde_json::{Value, json};

/// vaultctl with the dev server's address and root token.
pub fn vc() -> Test {
    Test::new()
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
}

/// Runs the bao CLI and returns its stdout; fails the test when it fails.
#[track_caller]
pub fn bao_ok(args: &[&str]) -> String {
    let out = bao().cli(args);
    assert!(
        out.status.success(),
        "bao {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// JSON text without its `request_id` line, which differs between two reads.
pub fn without_request_id(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("\"request_id\""))
        .collect();
    lines.join("\n")
}

/// A KV v1 mount of the test's own.
fn kv1_mount() -> String {
    let mount = unique("kv1");
    bao_ok(&[
        "secrets",
        "enable",
        &format!("-path={mount}"),
        "-version=1",
        "kv",
    ]);
    mount
}

#[test]
fn v2_put_then_get_as_a_table_a_raw_field_and_the_same_json_as_bao() {
    let path = format!("secret/{}", unique("app"));
    let t = vc();
    let file = t.file("cert.pem", "-----BEGIN-----\nline\n");
    t.args(["kv", "put", &path, "user=admin", "tag=<a&b>", "note=-"])
        .args([format!("cert=@{}", file.display())])
        .stdin("two\nlines\n")
        .status(0)
        .stdout_contains(&format!(
            "== Secret Path ==\n{}",
            path.replace("secret/", "secret/data/")
        ))
        .stdout_contains("version            1");

    let out = vc().args(["kv", "get", &path]).status(0);
    let secret_path = out.stdout.find("== Secret Path ==").expect("path");
    let metadata = out.stdout.find("== Metadata ==").expect("metadata");
    let data = out.stdout.find("== Data ==").expect("data");
    assert!(secret_path < metadata && metadata < data, "{out}");
    assert!(out.stdout.contains("destroyed          false\n"), "{out}");
    assert!(
        out.stdout.contains("\nKey     Value\n---     -----\n"),
        "{out}"
    );
    assert!(out.stdout.contains("\nuser    admin\n"), "{out}");

    let field = |key: &str| {
        vc().args(["kv", "get", "--field", key, &path])
            .status(0)
            .stdout
    };
    assert_eq!(field("cert"), "-----BEGIN-----\nline\n");
    assert_eq!(field("note"), "two\nlines\n");
    assert_eq!(
        field("user"),
        "admin",
        "no newline when stdout is not a terminal"
    );

    let ours = vc()
        .args(["kv", "get", "--format", "json", &path])
        .status(0);
    let theirs = bao_ok(&["kv", "get", "-format=json", &path]);
    assert_eq!(
        without_request_id(&ours.stdout),
        without_request_id(&theirs),
        "the same document, key order and escaping too"
    );
    assert_eq!(ours.json()["data"]["data"]["tag"], "<a&b>");
}

#[test]
fn v2_versions_patch_delete_undelete_destroy_and_metadata() {
    let path = format!("secret/{}", unique("versions"));
    let field = |args: &[&str]| {
        let out = vc().args(["kv", "get"]).args(args).args([&path]).status(0);
        out.stdout
    };
    vc().args(["kv", "put", &path, "a=1"]).status(0);
    vc().args(["kv", "put", &path, "a=2"]).status(0);
    assert_eq!(field(&["--version", "1", "--field", "a"]), "1");
    assert_eq!(field(&["--field", "a"]), "2");

    vc().args(["kv", "patch", &path, "b=3"])
        .status(0)
        .stdout_contains("version            3");
    let doc = vc()
        .args(["kv", "get", "--format", "json", &path])
        .status(0)
        .json();
    assert_eq!(doc["data"]["data"], json!({"a": "2", "b": "3"}));

    vc().args(["kv", "delete", &path])
        .status(0)
        .stdout_contains("Success! Data deleted (if it existed) at: secret/data/");
    vc().args(["kv", "get", &path])
        .status(0)
        .stdout_contains("== Metadata ==")
        .stderr_contains("version 3 is deleted (vaultctl kv undelete --versions 3");
    vc().args(["kv", "get", "--field", "a", &path])
        .status(2)
        .one_line_error()
        .stderr_contains("No value found at secret/data/")
        .stderr_contains(": version 3 is deleted");

    vc().args(["kv", "undelete", "--versions", "3", &path])
        .status(0)
        .stdout_contains("Success! Undeleted version 3 of secret/");
    assert_eq!(field(&["--field", "b"]), "3");

    vc().args(["kv", "destroy", "--versions", "1", &path])
        .status(0)
        .stdout_contains("Success! Destroyed version 1 of secret/");
    vc().args(["kv", "delete", "--versions", "2,3", &path])
        .status(0)
        .stdout_contains("Success! Deleted versions 2, 3 of secret/");
    let meta = vc()
        .args(["kv", "metadata", "get", "--format", "json", &path])
        .status(0)
        .json();
    assert_eq!(meta["data"]["current_version"], 3);
    assert_eq!(meta["data"]["versions"]["1"]["destroyed"], true);
    assert_ne!(meta["data"]["versions"]["2"]["deletion_time"], "");
    let table = vc().args(["kv", "metadata", "get", &path]).status(0);
    let v1 = table.stdout.find("== Version 1 ==").expect("version 1");
    let v3 = table.stdout.find("== Version 3 ==").expect("version 3");
    assert!(v1 < v3, "{table}");
    assert!(table.stdout.contains("current_version "), "{table}");

    vc().args(["kv", "metadata", "delete", &path])
        .status(0)
        .stdout_contains("at: secret/metadata/");
    vc().args(["kv", "get", &path])
        .status(2)
        .one_line_error()
        .stderr_contains("No value found at secret/data/");
}

#[test]
fn v1_mount_reads_writes_lists_and_deletes_and_refuses_v2_features() {
    let mount = kv1_mount();
    let path = format!("{mount}/app");
    vc().args(["kv", "put", &path, "a=1", "b=two"])
        .status(0)
        .stdout_contains(&format!("Success! Data written to: {path}"));
    let out = vc().args(["kv", "get", &path]).status(0);
    assert!(out.stdout.starts_with("== Data ==\n"), "{out}");
    assert!(!out.stdout.contains("Metadata"), "{out}");
    let ours = vc()
        .args(["kv", "get", "--format", "json", &path])
        .status(0);
    let theirs = bao_ok(&["kv", "get", "-format=json", &path]);
    assert_eq!(
        without_request_id(&ours.stdout),
        without_request_id(&theirs)
    );
    let field = vc()
        .args(["kv", "get", "--mount", &mount, "--field", "b", "app"])
        .status(0);
    assert_eq!(field.stdout, "two");
    assert_eq!(
        vc().args(["kv", "list", &mount]).status(0).stdout,
        "Keys\n----\napp\n"
    );
    for refused in [
        vec!["kv", "get", "--version", "1", &path],
        vec!["kv", "put", "--cas", "0", &path, "a=1"],
        vec!["kv", "patch", &path, "a=1"],
        vec!["kv", "undelete", "--versions", "1", &path],
        vec!["kv", "destroy", "--versions", "1", &path],
        vec!["kv", "delete", "--versions", "1", &path],
        vec!["kv", "metadata", "get", &path],
    ] {
        vc().args(&refused)
            .status(1)
            .one_line_error()
            .stderr_contains(&format!("{path} is on a KV version 1 mount, which has no"));
    }
    vc().args(["kv", "delete", &path])
        .status(0)
        .stdout_contains(&format!("at: {path}"));
    vc().args(["kv", "get", &path])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!("No value found at {path}"));
}

#[test]
fn cas_conflicts_exit_2_with_vaults_message() {
    let path = format!("secret/{}", unique("cas"));
    vc().args(["kv", "put", "--cas", "0", &path, "a=1"])
        .status(0);
    vc().args(["kv", "put", "--cas", "0", &path, "a=2"])
        .status(2)
        .one_line_error()
        .stderr_contains("check-and-set parameter did not match the current version");
    vc().args(["kv", "put", "--cas", "1", &path, "a=2"])
        .status(0)
        .stdout_contains("version            2");
}

#[test]
fn list_marks_folders_sorts_and_prints_a_json_array() {
    let base = format!("secret/{}", unique("tree"));
    for leaf in ["b", "a", "dir/c"] {
        vc().args(["kv", "put", &format!("{base}/{leaf}"), "x=1"])
            .status(0);
    }
    let out = vc().args(["kv", "list", &base]).status(0);
    assert_eq!(out.stdout, "Keys\n----\na\nb\ndir/\n");
    let ours = vc()
        .args(["kv", "list", "--format", "json", &base])
        .status(0);
    assert_eq!(ours.json(), json!(["a", "b", "dir/"]));
    let theirs: Value =
        serde_json::from_str(&bao_ok(&["kv", "list", "-format=json", &base])).expect("json");
    assert_eq!(ours.json(), theirs);
    vc().args(["kv", "list", &format!("{base}/nothing")])
        .status(2)
        .one_line_error()
        .stderr_contains("No value found at secret/metadata/");
}

/// A token whose policy allows `capabilities` on `secret/data/NAME`.
fn limited_token(name: &str, capabilities: &str) -> String {
    let client = bao().client().expect("client");
    let policy = format!("path \"secret/data/{name}\" {{ capabilities = [{capabilities}] }}");
    client
        .write::<Value>(
            &format!("sys/policies/acl/{name}"),
            &json!({ "policy": policy }),
        )
        .expect("policy");
    let answer = client
        .write::<Value>("auth/token/create", &json!({ "policies": [name] }))
        .expect("token")
        .expect("an answer");
    let auth = answer.auth.expect("auth");
    auth.client_token.expose().to_string()
}

#[test]
fn patch_without_the_patch_capability_reads_and_writes_back() {
    let name = unique("nopatch");
    let path = format!("secret/{name}");
    vc().args(["kv", "put", &path, "a=1", "b=2"]).status(0);
    let token = limited_token(&name, r#""create", "read", "update""#);
    vc().env("VAULT_TOKEN", &token)
        .args(["kv", "patch", &path, "b=3", "c=4"])
        .status(0)
        .stderr_contains("refused (403); reading and writing back")
        .stdout_contains("version            2");
    let doc = vc()
        .args(["kv", "get", "--format", "json", &path])
        .status(0)
        .json();
    assert_eq!(doc["data"]["data"], json!({"a": "1", "b": "3", "c": "4"}));

    // The same token may not read elsewhere: exit 2, naming the path.
    vc().env("VAULT_TOKEN", &token)
        .args(["kv", "get", &format!("secret/{name}-other")])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!("GET /v1/secret/data/{name}-other: 403"))
        .stderr_contains("permission denied");
}

#[test]
fn patch_refused_with_405_falls_back_to_check_and_set() {
    let path = format!("secret/{}", unique("old-server"));
    vc().args(["kv", "put", &path, "a=1"]).status(0);
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([
        Fault::Forward,
        Fault::json(405, r#"{"errors":["unsupported operation"]}"#),
    ]);
    vc().args(["kv", "patch", "-v", "--address", &proxy.addr, &path, "b=2"])
        .status(0)
        .stderr_contains("Vault does not take PATCH; reading and writing back");
    let seen: Vec<String> = proxy
        .seen()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    let data = format!("/v1/{}", path.replace("secret/", "secret/data/"));
    assert_eq!(
        seen,
        [
            format!("GET /v1/sys/internal/ui/mounts/{path}"),
            format!("PATCH {data}"),
            format!("GET {data}"),
            format!("POST {data}"),
        ]
    );
    let doc = vc()
        .args(["kv", "get", "--format", "json", &path])
        .status(0)
        .json();
    assert_eq!(doc["data"]["data"], json!({"a": "1", "b": "2"}));
    assert_eq!(doc["data"]["metadata"]["version"], 2);
}

#[test]
fn get_asks_for_the_mount_once_then_reads() {
    let name = unique("count");
    vc().args(["kv", "put", &format!("secret/{name}"), "a=1"])
        .status(0);
    let proxy = FaultProxy::start(&bao().addr);
    vc().args([
        "kv",
        "get",
        "--address",
        &proxy.addr,
        &format!("secret/{name}"),
    ])
    .status(0);
    vc().args([
        "kv",
        "get",
        "--address",
        &proxy.addr,
        "--mount",
        "secret",
        &name,
    ])
    .status(0);
    let seen: Vec<String> = proxy
        .seen()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        seen,
        [
            format!("GET /v1/sys/internal/ui/mounts/secret/{name}"),
            format!("GET /v1/secret/data/{name}"),
            "GET /v1/sys/internal/ui/mounts/secret".to_string(),
            format!("GET /v1/secret/data/{name}"),
        ]
    );
}

#[test]
fn bad_input_is_a_one_line_error_with_the_right_code() {
    let path = format!("secret/{}", unique("bad"));
    vc().args(["kv", "get", &path])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!(
            "No value found at {}",
            path.replace("secret/", "secret/data/")
        ));
    vc().args(["kv", "patch", &path, "a=1"])
        .status(2)
        .one_line_error()
        .stderr_contains("No value found at secret/data/");
    // Local errors are found before anything is sent.
    let proxy = FaultProxy::start(&bao().addr);
    let local = |args: &[&str], stdin: &str, message: &str| {
        vc().args(["--address", &proxy.addr])
            .args(args)
            .stdin(stdin)
            .status(1)
            .one_line_error()
            .stderr_contains(message)
            .never_shows("hunter2");
    };
    local(
        &["kv", "put", &path, "hunter2"],
        "",
        "argument 1 is not KEY=VALUE",
    );
    local(
        &["kv", "put", &path, "a=@/nonexistent/file"],
        "",
        "cannot read the value of \"a\" from /nonexistent/",
    );
    local(
        &["kv", "put", &path, "-"],
        "[\"hunter2\"]",
        "standard input is JSON but not an object",
    );
    local(
        &["kv", "put", &path, "-"],
        "hunter2",
        "standard input is not valid JSON",
    );
    local(
        &["kv", "get", "--version", "two", &path],
        "",
        "invalid value 'two'",
    );
    local(
        &["kv", "delete", "--versions", "1,x", &path],
        "",
        "invalid value 'x'",
    );
    local(&["kv", "undelete", &path], "", "--versions");
    assert!(proxy.seen().is_empty(), "{:?}", proxy.seen());
    vc().args(["kv", "get", "--field", "nope", &path])
        .status(2)
        .one_line_error();
}
