//! `vaultctl list -r` and `vaultctl kv list -r`: every key of a tree, from one SCAN of
//! the real OpenBao, or, where the scan is refused (through the fault proxy, or by a
//! policy without the "scan" capability), from a walk with LIST.

use crate::kv::{bao_ok, vc};
use crate::proxy::{Fault, FaultProxy};
use crate::servers::{bao, unique};

/// The secrets of every tree, relative to its root: three levels deep.
const TREE: &[&str] = &["a", "b/c", "b/d/e f", "b/d/g", "h/i/j"];

/// Writes [`TREE`] below `root` (a user path such as secret/x) and returns the full
/// paths, sorted.
fn write_tree(root: &str) -> Vec<String> {
    let mut written: Vec<String> = TREE
        .iter()
        .map(|p| {
            let path = format!("{root}/{p}");
            bao_ok(&["kv", "put", &path, "k=v"]);
            path
        })
        .collect();
    written.sort();
    written
}

/// A KV v1 mount of the test's own.
fn kv1_mount() -> String {
    let mount = unique("tree1");
    bao_ok(&[
        "secrets",
        "enable",
        &format!("-path={mount}"),
        "-version=1",
        "kv",
    ]);
    mount
}

/// The lines of the output.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

/// (method, whether it is a LIST) of each request the proxy saw, the preflight left out.
fn listings(proxy: &FaultProxy) -> (usize, usize) {
    let seen = proxy.seen();
    let scans = seen.iter().filter(|s| s.method == "SCAN").count();
    let lists = seen.iter().filter(|s| s.path.contains("list=true")).count();
    (scans, lists)
}

#[test]
fn kv_list_recursive_answers_a_three_level_tree_from_one_scan_on_kv_v1_and_v2() {
    let v2 = format!("secret/{}", unique("tree"));
    let v1 = format!("{}/{}", kv1_mount(), unique("tree"));
    for root in [v2, v1] {
        let written = write_tree(&root);
        let proxy = FaultProxy::start(&bao().addr);
        let out = vc()
            .args(["kv", "list", "-r", "--address", &proxy.addr, &root])
            .status(0);
        assert_eq!(lines(&out.stdout), written, "{out}");
        assert_eq!(listings(&proxy), (1, 0), "one SCAN, no LIST");

        let json = vc()
            .args(["kv", "list", "--recursive", "--format", "json", &root])
            .status(0)
            .json();
        assert_eq!(json, serde_json::json!(written));
    }
}

#[test]
fn list_recursive_takes_an_api_path_and_prints_full_api_paths() {
    let name = unique("tree");
    write_tree(&format!("secret/{name}"));
    let out = vc()
        .args(["list", "-r", &format!("secret/metadata/{name}/b")])
        .status(0);
    let expected: Vec<String> = ["c", "d/e f", "d/g"]
        .iter()
        .map(|k| format!("secret/metadata/{name}/b/{k}"))
        .collect();
    assert_eq!(lines(&out.stdout), expected, "{out}");
}

#[test]
fn where_the_scan_is_refused_the_tree_is_walked_with_list_to_the_same_keys() {
    let v2 = format!("secret/{}", unique("walk"));
    let v1 = format!("{}/{}", kv1_mount(), unique("walk"));
    for (root, refusal) in [(v2, 405), (v1, 404)] {
        let written = write_tree(&root);
        let proxy = FaultProxy::start(&bao().addr);
        // The mount's preflight goes through; the SCAN is refused as an older server would.
        proxy.plan([
            Fault::Forward,
            Fault::json(refusal, r#"{"errors":["unsupported operation"]}"#),
        ]);
        let out = vc()
            .args(["kv", "list", "-r", "--address", &proxy.addr, &root])
            .status(0);
        assert_eq!(lines(&out.stdout), written, "{out}");
        let (scans, lists) = listings(&proxy);
        assert_eq!(scans, 1, "{:?}", proxy.seen());
        // The root, a/ has none: b/, h/, then b/d/ and h/i/.
        assert_eq!(lists, 5, "one LIST a folder: {:?}", proxy.seen());
    }

    let name = unique("walk");
    let written = write_tree(&format!("secret/{name}"));
    let proxy = FaultProxy::start(&bao().addr);
    proxy.plan([Fault::json(405, r#"{"errors":["unsupported operation"]}"#)]);
    let out = vc()
        .args([
            "list",
            "--recursive",
            "--format",
            "json",
            "--address",
            &proxy.addr,
        ])
        .args([format!("secret/metadata/{name}")])
        .status(0);
    let expected: Vec<String> = written
        .iter()
        .map(|p| p.replacen("secret/", "secret/metadata/", 1))
        .collect();
    assert_eq!(out.json(), serde_json::json!(expected));
}

#[test]
fn a_folder_the_policy_hides_is_left_out_with_one_warning_and_the_rest_listed() {
    let name = unique("hidden");
    let root = format!("secret/{name}");
    write_tree(&root);
    let policy = format!(
        r#"
path "secret/metadata/{name}" {{ capabilities = ["list"] }}
path "secret/metadata/{name}/*" {{ capabilities = ["list"] }}
path "secret/metadata/{name}/b/d/*" {{ capabilities = ["deny"] }}
path "secret/metadata/{name}/b/d" {{ capabilities = ["deny"] }}
path "sys/internal/ui/mounts/*" {{ capabilities = ["read"] }}
"#
    );
    let t = vc();
    let file = t.file("policy.hcl", &policy);
    bao_ok(&["policy", "write", &name, &file.display().to_string()]);
    let token = bao_ok(&[
        "token",
        "create",
        "-field=token",
        &format!("-policy={name}"),
    ]);
    let out = t
        .env("VAULT_TOKEN", token.trim())
        .args(["kv", "list", "-r", &root])
        .status(0)
        .stderr_contains(&format!("warning: {root}/b/d/: permission denied"));
    assert_eq!(
        lines(&out.stdout),
        [
            format!("{root}/a"),
            format!("{root}/b/c"),
            format!("{root}/h/i/j")
        ],
        "{out}"
    );
    assert_eq!(out.stderr.lines().count(), 1, "one warning line: {out}");

    vc().args(["kv", "list", "-r", &format!("{root}/nothing")])
        .status(2)
        .one_line_error()
        .stderr_contains("No value found at secret/metadata/");
}

/// Writes secrets with chosen values below `root`: relative path to data.
fn write_values(root: &str) -> serde_json::Value {
    let document = serde_json::json!({
        "app/db": {"PASSWORD": "it's $HOME `x`", "USER": "app"},
        "app/deep/api": {"TOKEN": "two\nlines"},
        "top": {"A": "1"}
    });
    for (path, data) in document.as_object().expect("object") {
        vc().args(["kv", "put", &format!("{root}/{path}"), "-"])
            .stdin(data.to_string())
            .status(0);
    }
    document
}

#[test]
fn kv_export_prints_every_secret_as_one_json_document_dotenv_or_a_private_file() {
    let root = format!("secret/{}", unique("export"));
    let expected = write_values(&root);
    let out = vc().args(["kv", "export", &root]).status(0);
    assert_eq!(out.json(), expected, "{out}");

    vc().args(["--format", "dotenv", "kv", "export", &root])
        .status(0)
        .stdout_contains(
            "# app/db\nPASSWORD=\"it's \\$HOME \\`x\\`\"\nUSER='app'\n\
             # app/deep/api\nTOKEN='two\nlines'\n# top\nA='1'\n",
        );

    let t = vc();
    let file = t.home().join("export.json");
    let out = t
        .args(["kv", "export", "-o"])
        .arg_path(&file)
        .args([&root])
        .status(0);
    assert_eq!(out.stdout, "", "the document goes to the file only");
    let mode = std::fs::metadata(&file).expect("file").permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
        0o600
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("json");
    assert_eq!(saved, expected);

    let with = vc()
        .args(["kv", "export", "--metadata", &format!("{root}/app")])
        .status(0)
        .json();
    assert_eq!(with["db"]["data"], expected["app/db"]);
    assert_eq!(with["db"]["metadata"]["current_version"], 1);
    assert_eq!(
        with["db"]["metadata"]["custom_metadata"],
        serde_json::Value::Null
    );
    assert_eq!(
        with["deep/api"]["metadata"]["versions"]["1"]["destroyed"],
        false
    );
}

#[test]
fn kv_export_refuses_bad_flags_before_asking_vault() {
    let proxy = FaultProxy::start(&bao().addr);
    let refused = |args: &[&str], flag: &str| {
        vc().args(["--address", &proxy.addr])
            .args(args)
            .args(["secret/x"])
            .status(1)
            .one_line_error()
            .stderr_contains(flag);
    };
    refused(&["--format", "shell", "kv", "export"], "--format shell");
    refused(
        &["--format", "dotenv", "kv", "export", "--metadata"],
        "--metadata",
    );
    refused(
        &["kv", "export", "-o", "/nonexistent-dir/out.json"],
        "--output",
    );
    assert_eq!(proxy.count(), 0, "nothing was sent: {:?}", proxy.seen());
}

/// A KV v2 mount of the test's own.
fn kv2_mount() -> String {
    let mount = unique("tree2");
    bao_ok(&[
        "secrets",
        "enable",
        &format!("-path={mount}"),
        "-version=2",
        "kv",
    ]);
    mount
}

/// `kv export ROOT` as JSON.
fn export(root: &str) -> serde_json::Value {
    vc().args(["kv", "export", root]).status(0).json()
}

#[test]
fn export_then_import_into_other_mounts_then_export_gives_the_same_document() {
    let source = format!("secret/{}", unique("source"));
    let expected = write_values(&source);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tree.json");
    vc().args(["kv", "export", "-o"])
        .arg_path(&file)
        .args([&source])
        .status(0);
    for target in [
        format!("{}/copy", kv2_mount()),
        format!("{}/copy", kv1_mount()),
    ] {
        let out = vc()
            .args(["kv", "import", "--to", &target])
            .arg_path(&file)
            .status(0)
            .never_shows("it's")
            .never_shows("two\nlines");
        assert!(
            out.stdout.contains(&format!("{target}/app/db: written")),
            "{out}"
        );
        assert_eq!(export(&target), expected, "{target}");

        // Nothing differs now: nothing is written again.
        vc().args(["kv", "import", "--to", &target])
            .arg_path(&file)
            .status(0)
            .stdout_contains(&format!("{target}/top: unchanged, not written"));
    }
}

#[test]
fn import_dry_run_names_the_keys_that_would_change_and_changes_nothing() {
    let source = format!("secret/{}", unique("plan"));
    write_values(&source);
    let target = format!("{}/copy", kv2_mount());
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tree.json");
    vc().args(["kv", "export", "-o"])
        .arg_path(&file)
        .args([&source])
        .status(0);
    vc().args(["kv", "import", "--to", &target])
        .arg_path(&file)
        .status(0);
    vc().args([
        "kv",
        "put",
        &format!("{target}/top"),
        "A=changed-value",
        "B=extra-value",
    ])
    .status(0);
    vc().args(["kv", "delete", &format!("{target}/app/deep/api")])
        .status(0);
    let before = vc()
        .args(["kv", "export", "--metadata", &target])
        .status(0)
        .json();

    let out = vc()
        .args(["kv", "import", "--dry-run", "--to", &target])
        .arg_path(&file)
        .status(0)
        .never_shows("it's")
        .never_shows("lines")
        .never_shows("changed-value")
        .never_shows("extra-value");
    assert_eq!(
        lines(&out.stdout),
        [
            format!("{target}/app/db: keep PASSWORD, USER"),
            format!("{target}/app/deep/api: add TOKEN"),
            format!("{target}/top: change A; remove B"),
        ],
        "{out}"
    );
    let json = vc()
        .args([
            "kv",
            "import",
            "--dry-run",
            "--format",
            "json",
            "--to",
            &target,
        ])
        .arg_path(&file)
        .status(0)
        .json();
    assert_eq!(json[2]["changed"], serde_json::json!(["A"]));
    assert_eq!(json[2]["removed"], serde_json::json!(["B"]));

    let after = vc()
        .args(["kv", "export", "--metadata", &target])
        .status(0)
        .json();
    assert_eq!(after, before, "a dry run writes nothing");
}

#[test]
fn a_secret_changed_between_the_read_and_the_write_is_reported_and_kept() {
    let name = unique("import");
    let target = format!("secret/{name}");
    let read = format!("/v1/secret/data/{name}/race");
    vc().args(["kv", "put", &format!("{target}/race"), "old=1"])
        .status(0);
    let t = vc();
    let file = t.file(
        "tree.json",
        r#"{"a": {"k": "imported"}, "race": {"k": "imported"}}"#,
    );
    let proxy = FaultProxy::start(&bao().addr);
    // The read of race/ is answered late: the version it saw (1) is no longer the latest
    // by the time the write with check-and-set goes out.
    proxy.always_on(&read, Fault::Slow(std::time::Duration::from_secs(3)));
    let import = t
        .args(["kv", "import", "--address", &proxy.addr, "--to", &target])
        .arg_path(&file);
    let running = std::thread::spawn(move || import.run());
    crate::servers::wait_for(
        "vaultctl to read race",
        std::time::Duration::from_secs(10),
        || {
            proxy
                .seen()
                .iter()
                .any(|s| s.method == "GET" && s.path.starts_with(&read))
        },
    );
    // The proxy forwards at once and holds only the answer back.
    std::thread::sleep(std::time::Duration::from_millis(500));
    bao_ok(&["kv", "put", &format!("{target}/race"), "concurrent=yes"]);
    let out = running.join().expect("vaultctl ran");
    assert_eq!(out.code, Some(2), "{out}");
    assert!(
        out.stdout
            .contains(&format!("{target}/a: written (version 1)")),
        "{out}"
    );
    assert!(
        out.stderr.contains(&format!(
            "{target}/race: not written: changed since it was read; kept as it is"
        )),
        "{out}"
    );
    assert!(
        out.stderr
            .contains(&format!("1 of 2 secrets not written ({target}/race)")),
        "{out}"
    );
    let kept = vc()
        .args([
            "kv",
            "get",
            "--field",
            "concurrent",
            &format!("{target}/race"),
        ])
        .status(0);
    assert_eq!(kept.stdout, "yes");
    vc().args(["kv", "get", "--field", "k", &format!("{target}/a")])
        .status(0)
        .stdout_contains("imported");
}

#[test]
fn import_refuses_a_bad_document_before_asking_vault() {
    let proxy = FaultProxy::start(&bao().addr);
    let refused = |document: &str, message: &str| {
        vc().args(["--address", &proxy.addr, "kv", "import", "-"])
            .stdin(document)
            .status(1)
            .one_line_error()
            .never_shows("s3cr3t")
            .stderr_contains(message);
    };
    refused(r#"{"a": "s3cr3t"}"#, "a: expected an object");
    refused(
        r#"{"a/../b": {"k": "s3cr3t"}}"#,
        "\"a/../b\" is not a secret's path",
    );
    refused(r#"{"a": {"k": "s3cr3t""#, "- is not JSON");
    vc().args([
        "--address",
        &proxy.addr,
        "kv",
        "import",
        "/nonexistent/tree.json",
    ])
    .status(1)
    .one_line_error()
    .stderr_contains("cannot read /nonexistent/tree.json");
    assert_eq!(proxy.count(), 0, "nothing was sent: {:?}", proxy.seen());
}

#[test]
fn a_long_export_shows_progress_on_a_terminal_and_nothing_in_a_pipe() {
    let root = format!("secret/{}", unique("progress"));
    let document: serde_json::Map<String, serde_json::Value> = (0..60)
        .map(|i| {
            (
                format!("s{i:02}"),
                serde_json::json!({ "k": format!("v{i}") }),
            )
        })
        .collect();
    let t = vc();
    let file = t.file("doc.json", &serde_json::Value::Object(document).to_string());
    t.args(["kv", "import", "--to", &root])
        .arg_path(&file)
        .status(0);
    // In a pipe: the document and nothing else.
    let out = vc().args(["kv", "export", &root]).status(0);
    assert_eq!(out.stderr, "", "{out}");
    assert_eq!(out.json().as_object().map(|o| o.len()), Some(60));
    // On a terminal (util-linux `script` gives it one): a bar on stderr, the file intact.
    let dir = tempfile::tempdir().expect("temp");
    let dest = dir.path().join("tree.json");
    let command = format!(
        "{} kv export {root} -o {}",
        env!("CARGO_BIN_EXE_vaultctl"),
        dest.display()
    );
    let shown = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .output()
        .expect("script (util-linux)");
    let screen = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.status.success(), "{screen}");
    assert!(
        screen.contains("exporting") && screen.contains("/60 secrets"),
        "{screen:?}"
    );
    assert!(
        !screen.contains("v59"),
        "a value reached the terminal: {screen:?}"
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dest).expect("export file")).expect("json");
    assert_eq!(written["s59"]["k"], "v59");
}
