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
