//! The admin verbs — `write`, `list`, `delete`, `kv rollback`, `kv metadata put` —
//! against the shared OpenBao dev server, with the bao CLI making the same call as the
//! reference: the same tables (timestamps aside), the same JSON keys, the same exit codes.

use crate::kv::{bao_ok, vc};
use crate::servers::{bao, bao_binary, unique};
use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Stdio};

/// What the bao CLI did for a call.
struct BaoRun {
    code: Option<i32>,
    stdout: String,
}

/// Runs the bao CLI against the shared server, feeding `stdin`.
fn bao_run(args: &[&str], stdin: &str) -> BaoRun {
    let mut child = Command::new(bao_binary())
        .args(args)
        .env("BAO_ADDR", &bao().addr)
        .env("BAO_TOKEN", &bao().root_token)
        .env_remove("VAULT_ADDR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bao");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.as_bytes()).expect("feed bao");
    drop(pipe);
    let out = child.wait_with_output().expect("bao output");
    BaoRun {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

/// A table with the values of time stamps blanked, which differ between two writes.
fn without_times(table: &str) -> String {
    let lines: Vec<String> = table
        .lines()
        .map(|l| match l.split_once("_time ") {
            Some((key, value)) if !value.trim().starts_with("n/a") => format!("{key}_time <t>"),
            _ => l.to_string(),
        })
        .collect();
    lines.join("\n")
}

/// The keys of a JSON object, nested objects' keys under `outer.inner`.
fn key_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    if let Value::Object(map) = value {
        for (k, v) in map {
            let name = format!("{prefix}{k}");
            key_paths(v, &format!("{name}."), out);
            out.push(name);
        }
    }
}

fn keys_of(text: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(text).expect("JSON");
    let mut out = Vec::new();
    key_paths(&value, "", &mut out);
    out.sort();
    out
}

fn kv1_mount() -> String {
    let mount = unique("adm1");
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
fn write_takes_files_stdin_and_json_and_prints_as_bao() {
    let mount = kv1_mount();
    let t = vc();
    let file = t.file("cert.pem", "-----BEGIN-----\nline\n");
    let ours = t
        .args(["write", &format!("{mount}/app"), "user=admin", "note=-"])
        .args([format!("cert=@{}", file.display())])
        .stdin("two\nlines\n")
        .status(0);
    let theirs = bao_run(&["write", &format!("{mount}/other"), "a=1"], "");
    assert_eq!(theirs.code, Some(0));
    assert_eq!(
        ours.stdout,
        theirs.stdout.replace("/other", "/app"),
        "the same success line"
    );
    let stored = bao_ok(&["read", "-format=json", &format!("{mount}/app")]);
    let stored: Value = serde_json::from_str(&stored).expect("JSON");
    assert_eq!(
        stored["data"],
        json!({"user": "admin", "note": "two\nlines\n", "cert": "-----BEGIN-----\nline\n"})
    );

    // KV v2 answers with metadata: the same table and the same JSON keys as bao.
    let path = format!("secret/data/{}", unique("w2"));
    let other = format!("secret/data/{}", unique("w2"));
    let body = r#"{"data": {"k": "v"}}"#;
    let ours = vc().args(["write", &path, "-"]).stdin(body).status(0);
    let theirs = bao_run(&["write", &other, "-"], body);
    assert_eq!(theirs.code, Some(0));
    assert_eq!(without_times(&ours.stdout), without_times(&theirs.stdout));
    assert!(ours.stdout.contains("custom_metadata    <nil>\n"), "{ours}");
    let ours = vc()
        .args(["write", "--format", "json", &path, "-"])
        .stdin(body)
        .status(0);
    let theirs = bao_run(&["write", "-format=json", &other, "-"], body);
    assert_eq!(keys_of(&ours.stdout), keys_of(&theirs.stdout));
    assert_eq!(ours.json()["data"]["version"], 2);
    let version = vc()
        .args(["write", "--field", "version", &path, "-"])
        .stdin(body)
        .status(0);
    assert_eq!(version.stdout, "3");
}

#[test]
fn write_fails_as_bao_does() {
    let mount = kv1_mount();
    let at = format!("{mount}/x");
    let v2 = format!("secret/data/{}", unique("wf"));
    let body = r#"{"data": {"k": "v"}}"#;
    let cases: [(&[&str], &[&str], &str, i32); 4] = [
        (&["write", &at], &["write", &at], "", 1),
        (
            &["write", "--field", "nope", &v2, "-"],
            &["write", "-field=nope", &v2, "-"],
            body,
            1,
        ),
        (
            &["write", "sys/nope", "a=1"],
            &["write", "sys/nope", "a=1"],
            "",
            2,
        ),
        (
            &["write", &v2, "data=not-an-object"],
            &["write", &v2, "data=not-an-object"],
            "",
            2,
        ),
    ];
    for (ours, theirs, stdin, code) in cases {
        assert_eq!(bao_run(theirs, stdin).code, Some(code), "bao {theirs:?}");
        vc().args(ours).stdin(stdin).status(code).one_line_error();
    }
    vc().args(["write", &at])
        .status(1)
        .stderr_contains("--force");
    // A token created by a write: its facts in a table, the token itself hidden unless
    // asked for by name.
    let out = vc()
        .args(["write", "auth/token/create", "policies=default", "ttl=1h"])
        .status(0)
        .stdout_contains("token_duration     1h\n")
        .stdout_contains("token              *****\n");
    assert!(!out.stdout.contains("s."), "{out}");
    let token = vc()
        .args(["write", "--field", "token", "auth/token/create", "ttl=1h"])
        .status(0);
    assert!(token.stdout.len() > 10, "{token}");
}

#[test]
fn list_and_delete_print_and_exit_as_bao() {
    let name = unique("ls");
    for leaf in ["b", "a", "sub/c"] {
        bao_ok(&["kv", "put", &format!("secret/{name}/{leaf}"), "k=v"]);
    }
    let path = format!("secret/metadata/{name}");
    for (ours, theirs) in [
        (vec!["list", path.as_str()], vec!["list", path.as_str()]),
        (
            vec!["list", "--format", "json", path.as_str()],
            vec!["list", "-format=json", path.as_str()],
        ),
    ] {
        let theirs = bao_run(&theirs, "");
        let ours = vc().args(&ours).status(0);
        assert_eq!(ours.stdout, theirs.stdout);
    }
    assert!(
        vc().args(["list", &path])
            .run()
            .stdout
            .contains("Keys\n----\na\nb\nsub/\n")
    );

    // Nothing there: exit 2, a message in a table, `{}` as JSON, as bao.
    let none = format!("{path}/none");
    let theirs = bao_run(&["list", "-format=json", &none], "");
    assert_eq!((theirs.code, theirs.stdout.as_str()), (Some(2), "{}\n"));
    let ours = vc().args(["list", "--format", "json", &none]).status(2);
    assert_eq!((ours.stdout.as_str(), ours.stderr.as_str()), ("{}\n", ""));
    assert_eq!(bao_run(&["list", &none], "").code, Some(2));
    vc().args(["list", &none])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!("No value found at {none}"));

    let leaf = format!("secret/data/{name}/a");
    let ours = vc().args(["delete", &leaf]).status(0);
    assert_eq!(
        ours.stdout,
        format!("Success! Data deleted (if it existed) at: {leaf}\n")
    );
    let theirs = bao_run(
        &["delete", "-format=json", &format!("secret/data/{name}/b")],
        "",
    );
    let ours = vc()
        .args([
            "delete",
            "--format",
            "json",
            &format!("secret/data/{name}/b"),
        ])
        .status(0);
    assert_eq!((theirs.code, theirs.stdout.as_str()), (Some(0), ""));
    assert_eq!(ours.stdout, "");
    vc().args(["kv", "get", &format!("secret/{name}/a")])
        .status(0)
        .stderr_contains("is deleted");
    assert_eq!(bao_run(&["delete", "sys/nope"], "").code, Some(2));
    vc().args(["delete", "sys/nope"])
        .status(2)
        .one_line_error()
        .stderr_contains("DELETE /v1/sys/nope: 404");
}

#[test]
fn kv_rollback_writes_an_old_version_as_bao_does() {
    let path = format!("secret/{}", unique("rb"));
    let other = format!("secret/{}", unique("rb"));
    for value in ["1", "2"] {
        bao_ok(&["kv", "put", &path, &format!("a={value}")]);
        bao_ok(&["kv", "put", &other, &format!("a={value}")]);
    }
    let ours = vc()
        .args(["kv", "rollback", "--version", "1", &path])
        .status(0);
    let theirs = bao_run(&["kv", "rollback", "-version=1", &other], "");
    assert_eq!(theirs.code, Some(0));
    assert_eq!(without_times(&ours.stdout), without_times(&theirs.stdout));
    assert!(ours.stdout.contains("version            3\n"), "{ours}");
    assert_eq!(bao_ok(&["kv", "get", "-field=a", &path]), "1");
    let ours = vc()
        .args([
            "kv",
            "rollback",
            "--format",
            "json",
            "--version",
            "2",
            &path,
        ])
        .status(0);
    let theirs = bao_run(
        &["kv", "rollback", "-format=json", "-version=2", &other],
        "",
    );
    assert_eq!(keys_of(&ours.stdout), keys_of(&theirs.stdout));
    assert_eq!(bao_ok(&["kv", "get", "-field=a", &path]), "2");

    bao_ok(&["kv", "delete", "-versions=1", &path]);
    let missing = format!("secret/{}", unique("rbnone"));
    let cases: [(&[&str], &[&str], i32); 4] = [
        (
            &["kv", "rollback", "--version", "99", &path],
            &["kv", "rollback", "-version=99", &path],
            2,
        ),
        (
            &["kv", "rollback", "--version", "1", &path],
            &["kv", "rollback", "-version=1", &path],
            2,
        ),
        (
            &["kv", "rollback", "--version", "1", &missing],
            &["kv", "rollback", "-version=1", &missing],
            2,
        ),
        (&["kv", "rollback", &path], &["kv", "rollback", &path], 1),
    ];
    for (ours, theirs, code) in cases {
        assert_eq!(bao_run(theirs, "").code, Some(code), "bao {theirs:?}");
        vc().args(ours).status(code).one_line_error();
    }
    vc().args(["kv", "rollback", "--version", "1", &path])
        .status(2)
        .stderr_contains("version 1 is deleted; cannot roll back to it");
}

#[test]
fn kv_metadata_put_sets_only_what_is_given() {
    let name = unique("mdput");
    let path = format!("secret/{name}");
    let t = vc();
    let file = t.file("owner", "team-a\n");
    let out = t
        .args(["kv", "metadata", "put", "--max-versions", "5"])
        .args(["--cas-required", "true", "--delete-version-after", "1h30m"])
        .args(["--custom-metadata", "env=prod"])
        .args([format!("--custom-metadata=owner=@{}", file.display())])
        .args([&path])
        .status(0);
    let theirs = bao_run(&["kv", "metadata", "put", "-max-versions=5", &path], "");
    assert_eq!(out.stdout, theirs.stdout, "the same success line");
    assert_eq!(
        out.stdout,
        format!("Success! Data written to: secret/metadata/{name}\n")
    );
    let ours = vc()
        .args([
            "kv",
            "metadata",
            "put",
            "--format",
            "json",
            "--max-versions",
            "7",
            &path,
        ])
        .status(0);
    let theirs = bao_run(
        &[
            "kv",
            "metadata",
            "put",
            "-format=json",
            "-max-versions=7",
            &path,
        ],
        "",
    );
    assert_eq!((ours.stdout.as_str(), theirs.stdout.as_str()), ("", ""));
    let meta = bao_ok(&["kv", "metadata", "get", "-format=json", &path]);
    let meta: Value = serde_json::from_str(&meta).expect("JSON");
    assert_eq!(meta["data"]["max_versions"], 7);
    assert_eq!(
        meta["data"]["cas_required"], true,
        "kept: not given the second time"
    );
    assert_eq!(meta["data"]["delete_version_after"], "1h30m0s");
    assert_eq!(
        meta["data"]["custom_metadata"],
        json!({"env": "prod", "owner": "team-a"})
    );

    let mount = kv1_mount();
    let cases: [(&[&str], &[&str]); 3] = [
        (
            &["kv", "metadata", "put", "--cas-required", "maybe", &path],
            &["kv", "metadata", "put", "-cas-required=maybe", &path],
        ),
        (
            &[
                "kv",
                "metadata",
                "put",
                "--custom-metadata",
                "novalue",
                &path,
            ],
            &["kv", "metadata", "put", "-custom-metadata=novalue", &path],
        ),
        (
            &["kv", "metadata", "put", &format!("{mount}/x")],
            &["kv", "metadata", "put", &format!("{mount}/x")],
        ),
    ];
    for (ours, theirs) in cases {
        assert_eq!(bao_run(theirs, "").code, Some(1), "bao {theirs:?}");
        vc().args(ours).status(1).one_line_error();
    }
}
