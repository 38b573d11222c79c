//! `exec --mask` against a real OpenBao, played the way a value would leak: a value the
//! child has only in a file, values that a rotation brings (by signal and by restart), an
//! old value printed after a rotation, and a multi-line key printed line by line.

use crate::kv::{bao_ok, vc};
use crate::rotation::Running;
use crate::servers::{bao, unique};
use std::time::Duration;

/// A fresh KV v2 secret name under `secret/` holding `pairs`.
fn kv(pairs: &[&str]) -> String {
    let name = unique("mask");
    let mut args = vec!["kv", "put", "-mount=secret", &name];
    args.extend_from_slice(pairs);
    bao_ok(&args);
    name
}

#[test]
fn a_value_given_only_as_a_file_is_hidden_when_the_child_prints_it() {
    let name = kv(&["key=file-only-s3cret", "user=file-user-name"]);
    let dir = tempfile::tempdir().expect("temp");
    let one = dir.path().join("key");
    let whole = dir.path().join("whole.json");
    let script = format!(
        "echo \"key: $(cat {one})\"; cat {whole}; echo \"err: $(cat {one})\" >&2",
        one = one.display(),
        whole = whole.display()
    );
    let out = vc()
        .args(["exec", "--mask"])
        .args([
            "--file",
            &format!("{}=vault:secret/{name}#key", one.display()),
        ])
        .args([
            "--file",
            &format!("{}=vault:secret/{name}", whole.display()),
        ])
        .args(["--", "sh", "-c", &script])
        .status(0)
        .never_shows("file-only-s3cret")
        .never_shows("file-user-name");
    assert!(out.stdout.starts_with("key: *****\n"), "{out}");
    assert!(out.stdout.contains("\"user\": \"*****\""), "{out}");
    assert!(out.stderr.contains("err: *****"), "{out}");
}

#[test]
fn a_value_given_only_through_a_template_file_is_hidden() {
    let name = kv(&["password=tpl-file-s3cret"]);
    let dir = tempfile::tempdir().expect("temp");
    let tpl = dir.path().join("conf.tpl");
    std::fs::write(
        &tpl,
        format!("listen: 0.0.0.0\npassword: {{{{ vault:secret/{name}#password }}}}\n"),
    )
    .expect("template");
    let conf = dir.path().join("conf");
    let out = vc()
        .args(["exec", "--mask", "--template"])
        .args([format!("{}={}", conf.display(), tpl.display())])
        .args(["--", "cat"])
        .arg_path(&conf)
        .status(0)
        .never_shows("tpl-file-s3cret");
    assert_eq!(
        out.stdout, "listen: 0.0.0.0\npassword: *****\n",
        "the template's own text stays"
    );
}

#[test]
fn on_change_signal_hides_the_new_value_and_still_the_old_one() {
    let name = kv(&["v=first-s3cret-value"]);
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("v.txt");
    // The child keeps the first value and, on every SIGHUP, prints the file again and the
    // value it kept.
    let script = format!(
        "old=$(cat {f}); n=0; \
         trap 'n=$((n+1)); echo \"reload $n: $(cat {f}) old: $old\"; echo \"err $n: $(cat {f})\" >&2' HUP; \
         echo \"start: $old\"; while true; do sleep 0.1; done",
        f = file.display()
    );
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--mask",
            "--poll-interval",
            "1s",
            "--on-change",
            "signal",
            "--file",
            &format!("{}=vault:secret/{name}#v", file.display()),
            "--",
            "sh",
            "-c",
            &script,
        ],
    );
    run.wait_lines("start: ", 1, Duration::from_secs(20));
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=second-s3cret-value"]);
    run.wait_lines("reload 1: ", 1, Duration::from_secs(20));
    // A second rotation: the first two values stay hidden.
    bao_ok(&["kv", "put", "-mount=secret", &name, "v=third-s3cret-value"]);
    run.wait_lines("reload 2: ", 1, Duration::from_secs(20));
    // The child writes its stderr line after its stdout line (a `cat` apart): a stop in
    // between would end it before it wrote it.
    run.wait_stderr("err 2: ", Duration::from_secs(20));
    let (out, err) = run.stop();
    assert!(
        err.contains("sending SIGHUP to the command"),
        "not a rotation by signal\n{err}"
    );
    assert_eq!(
        out.lines().filter(|l| l.starts_with("start: ")).count(),
        1,
        "restarted instead of signalled\n{out}"
    );
    assert_eq!(
        run_lines(&out, "reload "),
        ["reload 1: ***** old: *****", "reload 2: ***** old: *****"],
        "{err}"
    );
    assert!(
        err.contains("err 1: *****") && err.contains("err 2: *****"),
        "{err}"
    );
    for value in ["first-s3cret", "second-s3cret", "third-s3cret"] {
        assert!(
            !out.contains(value) && !err.contains(value),
            "{value} in clear\n{out}\n{err}"
        );
    }
}

fn run_lines<'a>(out: &'a str, prefix: &str) -> Vec<&'a str> {
    out.lines().filter(|l| l.starts_with(prefix)).collect()
}

#[test]
fn after_a_restart_the_old_value_stays_hidden() {
    let name = kv(&["v=before-rotation-s3cret"]);
    let dir = tempfile::tempdir().expect("temp");
    let kept = dir.path().join("kept");
    // Each child prints what every child before it was given, then its own value.
    let script = format!(
        "cat {k} 2>/dev/null | while read line; do echo \"kept: $line\"; done; \
         echo \"$V\" >> {k}; echo \"value: $V\"; exec sleep 300",
        k = kept.display()
    );
    let run = Running::start(
        &bao().addr,
        Some("root"),
        &[
            "--mask",
            "--poll-interval",
            "1s",
            "--min-restart-interval",
            "1s",
            "--env",
            &format!("V=vault:secret/{name}#v"),
            "--",
            "sh",
            "-c",
            &script,
        ],
    );
    run.wait_lines("value: ", 1, Duration::from_secs(20));
    bao_ok(&[
        "kv",
        "put",
        "-mount=secret",
        &name,
        "v=after-rotation-s3cret",
    ]);
    run.wait_lines("value: ", 2, Duration::from_secs(20));
    let (out, err) = run.stop();
    assert!(err.contains("restarting the command"), "{err}");
    assert_eq!(
        run_lines(&out, ""),
        ["value: *****", "kept: *****", "value: *****"],
        "{err}"
    );
    assert!(!out.contains("rotation-s3cret"), "{out}");
}

#[test]
fn each_line_of_a_multi_line_value_printed_through_a_logger_is_hidden() {
    let name = unique("mask-pem");
    let lines = [
        "-----BEGIN TEST PRIVATE KEY-----".to_string(),
        format!("MIIEvQIBADANBgkqhkiG9w0{}", unique("a").replace('-', "")),
        format!("hkiG9w0BAQEFAASCBKcwggSj{}", unique("b").replace('-', "")),
        "-----END TEST PRIVATE KEY-----".to_string(),
    ];
    let pem = lines.join("\n") + "\n";
    bao()
        .client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("secret/data/{name}"),
            &serde_json::json!({ "data": { "key": pem } }),
        )
        .expect("write");
    let out = vc()
        .args(["exec", "--mask", "--env"])
        .args([format!("KEY=vault:secret/{name}#key")])
        .args(["--", "sh", "-c"])
        .args(["printf '%s' \"$KEY\" | while read line; do echo \"log: $line\"; done"])
        .status(0);
    for line in &lines {
        assert!(
            !out.stdout.contains(line.as_str()),
            "{line:?} in clear\n{out}"
        );
    }
    assert_eq!(
        out.stdout, "log: *****\nlog: *****\nlog: *****\nlog: *****\n",
        "every line logged, none shown"
    );
}

#[test]
fn the_token_handed_on_with_pass_token_is_hidden() {
    let token = bao_ok(&["token", "create", "-policy=default", "-field=token"]);
    let token = token.trim();
    let out = vc()
        .env("VAULT_TOKEN", token)
        .args(["exec", "--mask", "--pass-token", "--"])
        .args(["sh", "-c", "echo \"token: $VAULT_TOKEN\""])
        .status(0)
        .never_shows(token);
    assert_eq!(out.stdout, "token: *****\n");
}
