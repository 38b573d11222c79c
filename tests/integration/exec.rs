//! `vaultctl exec`, `env` and `check` against a real OpenBao (and PostgreSQL): what the
//! child receives, what stops it from starting, signals, exit codes, reaping, masking.

use crate::cmd::Test;
use crate::kv::vc;
use crate::servers::{Bao, bao, free_port, unique};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Writes a KV v2 secret at a fresh path under `secret/`; returns the path.
pub(crate) fn secret(pairs: &[&str]) -> String {
    let path = format!("secret/{}", unique("exec"));
    let mut args = vec!["kv", "put", "-mount=secret", &path[7..]];
    args.extend_from_slice(pairs);
    crate::kv::bao_ok(&args);
    path
}

#[test]
fn env_references_and_inherited_references_reach_the_child() {
    let path = secret(&["api_key=k-123", "user=alice"]);
    let out = vc()
        .env("INHERITED", format!("vault:{path}#user"))
        .env("PLAIN", "kept")
        .args([
            "exec",
            "--env-refs",
            "--env",
            &format!("API_KEY=vault:{path}#api_key"),
            "--",
            "sh",
            "-c",
        ])
        .args(["printf '%s|%s|%s' \"$API_KEY\" \"$INHERITED\" \"$PLAIN\""])
        .status(0);
    assert_eq!(out.stdout, "k-123|alice|kept");
    // Without --env-refs (the default), or with --no-env-refs after it, the inherited
    // reference is data and reaches the child as it is.
    let out = vc()
        .env("INHERITED", format!("vault:{path}#user"))
        .args(["exec", "--", "sh", "-c", "printf %s \"$INHERITED\""])
        .status(0);
    assert_eq!(out.stdout, format!("vault:{path}#user"));
    let out = vc()
        .env("INHERITED", format!("vault:{path}#user"))
        .args([
            "exec",
            "--env-refs",
            "--no-env-refs",
            "--",
            "sh",
            "-c",
            "printf %s \"$INHERITED\"",
        ])
        .status(0);
    assert_eq!(out.stdout, format!("vault:{path}#user"));
}

#[test]
fn secret_sources_name_every_key_with_the_prefix() {
    let path = secret(&["db-url=postgres://db/app", "port=5432", "feature.flag=on"]);
    let out = vc()
        .args([
            "exec",
            "--secret",
            &format!("APP_={path}"),
            "--pristine",
            "--",
            "env",
        ])
        .status(0);
    let mut lines: Vec<&str> = out.stdout.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "APP_DB_URL=postgres://db/app",
            "APP_FEATURE_FLAG=on",
            "APP_PORT=5432"
        ]
    );
}

#[test]
fn a_missing_key_stops_the_child_before_it_starts() {
    let path = secret(&["password=hunter2-secret"]);
    let marker = tempfile::tempdir().expect("temp");
    let ran = marker.path().join("ran");
    vc().args([
        "exec",
        "--env",
        &format!("DB_PASSWORD=vault:{path}#passwd"),
        "--env",
    ])
    .args([
        format!("OTHER=vault:{path}#password"),
        "--".into(),
        "touch".into(),
    ])
    .arg_path(&ran)
    .status(125)
    .stderr_contains(&format!("DB_PASSWORD: key \"passwd\" not found in {path}"))
    .stderr_contains("the command was not started")
    .never_shows("hunter2-secret");
    assert!(!ran.exists(), "the child ran");
}

#[test]
fn require_and_validate_run_before_the_child() {
    let path = secret(&["port=eighty", "url=https://api.example"]);
    vc().args([
        "exec",
        "--secret",
        &path,
        "--require",
        "MISSING_VAR",
        "--validate",
        "PORT=int",
    ])
    .args(["--validate", "URL=url", "--", "true"])
    .status(125)
    .stderr_contains("MISSING_VAR: required but not set or empty")
    .stderr_contains("PORT: fails the rule int")
    .never_shows("eighty");
    vc().env("MISSING_VAR", "set")
        .args([
            "exec",
            "--secret",
            &path,
            "--require",
            "MISSING_VAR",
            "--validate",
            "URL=/^https:/",
            "--",
            "true",
        ])
        .status(0);
}

#[test]
fn username_and_password_come_from_one_lease_and_log_in() {
    let db = crate::db::db();
    let creds = format!("{}/creds/{}", db.mount, crate::db::ROLE);
    let script = format!(
        "PGPASSWORD=\"$PGPASSWORD\" psql -h 127.0.0.1 -p {} -U \"$PGUSER\" -d postgres -X -A -t -c 'SELECT current_user'",
        db.pg.port
    );
    let out = vc()
        .env(
            "PATH",
            format!(
                "{}:{}",
                db.pg.bin().display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .args(["exec", "--env", &format!("PGUSER=vault:{creds}#username")])
        .args([
            "--env",
            &format!("PGPASSWORD=vault:{creds}#password"),
            "--",
            "sh",
            "-c",
            &script,
        ])
        .status(0)
        .stderr_contains(&format!("fetched {creds} (lease {creds}/"));
    assert!(
        out.stdout.trim().starts_with("v-"),
        "logged in as a dynamic user: {out}"
    );
    // One read of the path, so one lease; and it is revoked once the child is gone.
    let leases = out.stderr.matches(&format!("fetched {creds}")).count();
    assert_eq!(leases, 1, "{out}");
    assert!(out.stderr.contains("revoked lease"), "{out}");
}

#[test]
fn once_replaces_vaultctl_with_the_child() {
    let path = secret(&["token=abc"]);
    let child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args([
            "exec",
            "--once",
            "--secret",
            &path,
            "--",
            "sh",
            "-c",
            "echo $$ $TOKEN",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{pid} abc")
    );
}

#[test]
fn the_childs_exit_code_is_vaultctls() {
    vc().args(["exec", "--", "sh", "-c", "exit 7"]).status(7);
    vc().args(["exec", "--", "sh", "-c", "kill -KILL $$"])
        .status(137);
    vc().args(["exec", "--", "no-such-command-here"])
        .status(127)
        .stderr_contains("command not found");
    let t = Test::new();
    let script = t.file("not-executable.sh", "#!/bin/sh\necho hi\n");
    t.env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", "root")
        .args(["exec", "--"])
        .arg_path(&script)
        .status(126);
}

/// Starts `vaultctl exec` in the background with `script` as the child.
fn spawn_exec(script: &str, extra: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .arg("exec")
        .args(extra)
        .args(["--", "sh", "-c", script])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vaultctl")
}

fn wait_exit(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            start.elapsed() < limit,
            "vaultctl did not exit within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigterm_reaches_the_child_and_its_status_is_passed_on() {
    let dir = tempfile::tempdir().expect("temp");
    let ready = dir.path().join("ready");
    let script = format!(
        "trap 'echo got TERM; exit 42' TERM; touch {}; while true; do sleep 0.1; done",
        ready.display()
    );
    let mut child = spawn_exec(&script, &[]);
    crate::servers::wait_for("the child to start", Duration::from_secs(20), || {
        ready.exists()
    });
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    let status = wait_exit(&mut child, Duration::from_secs(20));
    assert_eq!(status.code(), Some(42));
    let out = child.wait_with_output().expect("output");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "got TERM");
    // A child that does not handle it dies of it: 128 + 15.
    let ready2 = dir.path().join("ready2");
    let mut child = spawn_exec(&format!("touch {}; exec sleep 30", ready2.display()), &[]);
    crate::servers::wait_for("the child to start", Duration::from_secs(20), || {
        ready2.exists()
    });
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    assert_eq!(
        wait_exit(&mut child, Duration::from_secs(20)).code(),
        Some(143)
    );
    // A child that is not a shell (shells clear their signal mask themselves) must not
    // inherit the signals vaultctl blocks for itself.
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .args(["exec", "--", "sleep", "30"])
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    crate::servers::wait_for("sleep to start", Duration::from_secs(20), || {
        !children_of(pid).is_empty()
    });
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    assert_eq!(
        wait_exit(&mut child, Duration::from_secs(20)).code(),
        Some(143)
    );
}

/// The children of `pid` and their states, from /proc.
pub fn children_of(pid: u32) -> Vec<(u32, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("proc").flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.len() > 2 && fields[1] == pid.to_string() {
            let child = entry.file_name().to_string_lossy().parse().unwrap_or(0);
            found.push((child, fields[0].to_string()));
        }
    }
    found
}

/// Zombie children of `pid`.
fn zombie_children(pid: u32) -> Vec<u32> {
    children_of(pid)
        .into_iter()
        .filter(|(_, state)| state == "Z")
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn an_orphaned_grandchild_is_reaped() {
    let dir = tempfile::tempdir().expect("temp");
    let ready = dir.path().join("ready");
    // The subshell leaves `sleep 0.3` orphaned; it is reparented to vaultctl (a child
    // subreaper) and must not stay a zombie once it exits.
    let script = format!("(sleep 0.3 &); touch {}; sleep 3", ready.display());
    let mut child = spawn_exec(&script, &[]);
    crate::servers::wait_for("the child to start", Duration::from_secs(20), || {
        ready.exists()
    });
    std::thread::sleep(Duration::from_millis(1200));
    let zombies = zombie_children(child.id());
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        zombies.is_empty(),
        "zombies left under vaultctl: {zombies:?}"
    );
}

#[test]
fn a_server_that_starts_late_is_waited_for() {
    let port = free_port();
    let addr = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let starter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(8));
        Bao::start_on(port)
    });
    // A fresh dev server has no secrets; the token's own policies are a real read.
    let out = Test::new()
        .env("VAULT_ADDR", &addr)
        .env("VAULT_TOKEN", "root")
        .args([
            "exec",
            "--env",
            "WHO=vault:auth/token/lookup-self#policies",
            "--",
            "sh",
            "-c",
            "printf %s \"$WHO\"",
        ])
        .status(0)
        .stderr_contains("retrying in");
    let _server = starter.join().expect("server");
    assert_eq!(out.stdout, "[\"root\"]");
    assert!(started.elapsed() >= Duration::from_secs(8));
    // With a short --retry-timeout it gives up: 125 from exec, 2 from env.
    let dead = format!("http://127.0.0.1:{}", free_port());
    Test::new()
        .env("VAULT_ADDR", &dead)
        .env("VAULT_TOKEN", "root")
        .args([
            "exec",
            "--retry-timeout",
            "1s",
            "--env",
            "X=vault:secret/x#k",
            "--",
            "true",
        ])
        .status(125)
        .stderr_contains("connection refused");
    Test::new()
        .env("VAULT_ADDR", &dead)
        .env("VAULT_TOKEN", "root")
        .args([
            "env",
            "--retry-timeout",
            "1s",
            "--env",
            "X=vault:secret/x#k",
        ])
        .status(2);
}

#[test]
fn mask_hides_values_the_child_prints() {
    let path = secret(&["password=s3cr3t-value"]);
    let out = vc()
        .args(["exec", "--mask", "--secret", &path, "--", "sh", "-c"])
        .args([
            "echo \"out: $PASSWORD\"; printf 's3cr3t' >&2; sleep 0.2; printf -- '-value\\n' >&2",
        ])
        .status(0)
        .never_shows("s3cr3t");
    assert_eq!(out.stdout, "out: *****\n");
    assert!(out.stderr.contains("*****\n"), "{out}");
}

#[test]
fn env_shell_output_round_trips_through_eval() {
    let value = "it's \"$HOME\" `id`\nsecond line $ \\ end";
    let path = format!("secret/{}", unique("env"));
    let client = bao().client().expect("client");
    client
        .write::<serde_json::Value>(
            &format!("secret/data/{}", &path[7..]),
            &serde_json::json!({ "data": { "tricky": value } }),
        )
        .expect("write");
    let out = vc().args(["env", "--secret", &path]).status(0);
    let script = format!("{}\nprintf %s \"$TRICKY\"", out.stdout);
    let evaluated = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .output()
        .expect("sh");
    assert_eq!(String::from_utf8_lossy(&evaluated.stdout), value);
    let json = vc()
        .args(["env", "--format", "json", "--secret", &path])
        .status(0);
    assert_eq!(json.json()["TRICKY"], value);
    let dotenv = vc()
        .args(["env", "--format", "dotenv", "--secret", &path])
        .status(0);
    assert!(
        dotenv.stdout.starts_with("TRICKY=\"it's \\\"\\$HOME\\\""),
        "{dotenv}"
    );
}

#[test]
fn env_github_masks_values_and_appends_to_github_env() {
    let path = secret(&["token=gh-secret-1", "cert=line-one"]);
    let t = Test::new();
    let github_env = t.file("github_env", "EXISTING=1\n");
    let out = t
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", "root")
        .env("GITHUB_ENV", &github_env)
        .args(["env", "--format", "github", "--secret", &path])
        .status(0);
    assert!(out.stdout.contains("::add-mask::gh-secret-1"), "{out}");
    let written = std::fs::read_to_string(&github_env).expect("GITHUB_ENV");
    assert!(
        written.starts_with("EXISTING=1\nCERT<<ghadelimiter_"),
        "{written}"
    );
    assert!(
        written.contains("\ngh-secret-1\nghadelimiter_"),
        "{written}"
    );
    vc().args(["env", "--format", "github", "--secret", &path])
        .status(1)
        .stderr_contains("GITHUB_ENV");
    vc().args(["status", "--format", "shell"])
        .status(1)
        .stderr_contains("only for `vaultctl env`");
}

#[test]
fn check_shows_sources_and_verdicts_never_values() {
    let path = secret(&["port=eighty", "name=web-secret-name"]);
    let out = vc()
        .args([
            "check",
            "--secret",
            &path,
            "--validate",
            "PORT=int",
            "--env",
            &format!("GONE=vault:{path}#gone"),
        ])
        .status(1)
        .never_shows("eighty")
        .never_shows("web-secret-name");
    assert!(out.stdout.starts_with("NAME"), "{out}");
    assert!(out.stdout.contains(&format!("NAME  {path}#name")), "{out}");
    assert!(out.stdout.contains("fails the rule int"), "{out}");
    assert!(
        out.stderr
            .contains(&format!("GONE: key \"gone\" not found in {path}")),
        "{out}"
    );
    vc().args(["check", "--secret", &path])
        .status(0)
        .stdout_contains(" v1 ");
}

#[test]
fn check_gives_each_variable_the_verdict_of_its_own_problem() {
    let path = secret(&["port=eighty", "name=web"]);
    let out = vc()
        .args(["check", "--format", "json", "--secret", &path])
        .args(["--validate", "PORT=int", "--validate", "NAME=/^[a-z]+$/"])
        .status(1)
        .never_shows("eighty");
    let doc = out.json();
    let verdict = |name: &str| {
        let rows = doc["variables"].as_array().cloned().unwrap_or_default();
        let row = rows.into_iter().find(|r| r["name"] == name);
        row.map(|r| r["verdict"].clone())
            .unwrap_or_else(|| panic!("no row for {name}: {out}"))
    };
    assert_eq!(verdict("PORT"), "fails the rule int", "{out}");
    assert_eq!(verdict("NAME"), "ok", "{out}");
    assert_eq!(
        doc["problems"],
        serde_json::json!(["PORT: fails the rule int"])
    );
    // A reference that does not parse is the variable's problem too, found before Vault is
    // asked: no row is shown, the problem names the variable.
    let out = vc()
        .args(["check", "--secret", &path])
        .args(["--env", &format!("X=vault:{path}")])
        .status(1)
        .stderr_contains(&format!(
            "  X: invalid reference \"vault:{path}\": the #KEY is missing"
        ));
    assert_eq!(out.stdout, "", "{out}");
}

#[test]
fn file_outputs_are_written_with_mode_0600() {
    use std::os::unix::fs::PermissionsExt;
    let path = secret(&["cert=-----BEGIN X-----", "key=k"]);
    let dir = tempfile::tempdir().expect("temp");
    let one = dir.path().join("cert.pem");
    let whole = dir.path().join("all.json");
    vc().args([
        "exec",
        "--file",
        &format!("{}=vault:{path}#cert", one.display()),
    ])
    .args([
        "--file",
        &format!("{}=vault:{path}", whole.display()),
        "--",
        "true",
    ])
    .status(0);
    assert_eq!(
        std::fs::read_to_string(&one).expect("one"),
        "-----BEGIN X-----"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&whole).expect("whole")).expect("json");
    assert_eq!(doc["key"], "k");
    for f in [&one, &whole] {
        assert_eq!(
            std::fs::metadata(f).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn exec_logs_in_with_approle_from_auth_flags() {
    let bao = bao();
    let mount = unique("approle-exec");
    crate::kv::bao_ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let policy = "path \"secret/*\" { capabilities = [\"read\"] }";
    let client = bao.client().expect("client");
    client
        .write::<serde_json::Value>(
            &format!("sys/policies/acl/{mount}"),
            &serde_json::json!({ "policy": policy }),
        )
        .expect("policy");
    let path = secret(&["answer=42"]);
    crate::kv::bao_ok(&[
        "write",
        &format!("auth/{mount}/role/app"),
        &format!("token_policies={mount}"),
    ]);
    let role_id = crate::kv::bao_ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = crate::kv::bao_ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    let out = Test::new()
        .env("VAULT_ADDR", &bao.addr)
        .args([
            "exec",
            "--auth",
            "approle",
            "--auth-path",
            &mount,
            "--auth-param",
            &format!("role_id={}", role_id.trim()),
        ])
        .args([
            "--auth-param",
            "secret_id=-",
            "--secret",
            &path,
            "--",
            "sh",
            "-c",
            "printf %s \"$ANSWER\"",
        ])
        .stdin(secret_id.trim().to_string())
        .status(0)
        .never_shows(secret_id.trim());
    assert_eq!(out.stdout, "42");
}

#[test]
fn ctrl_c_on_a_terminal_reaches_the_child_exactly_once() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("temp");
    let ready = dir.path().join("ready");
    // The child counts SIGINTs (perl counts each delivery, where a shell's trap would
    // merge two that arrive together), then reports after a quiet while.
    let child_script = dir.path().join("count-ints.pl");
    std::fs::write(
        &child_script,
        "my $n = 0; $SIG{INT} = sub { $n++ }; open(my $f, '>', $ARGV[0]); close $f;\n\
         for (1..20) { select(undef, undef, undef, 0.1) } print \"ints=$n\\n\";\n",
    )
    .expect("child script");
    let inner = format!(
        "exec '{}' exec -- perl '{}' '{}'",
        env!("CARGO_BIN_EXE_vaultctl"),
        child_script.display(),
        ready.display()
    );
    // `script` runs vaultctl on a pseudo-terminal and passes our input to it: a 0x03
    // there is Ctrl-C, which the terminal sends to the whole foreground group.
    let mut term = Command::new("script")
        .args(["-qfec", &inner, "/dev/null"])
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    crate::servers::wait_for("the child to start", Duration::from_secs(20), || {
        ready.exists()
    });
    let mut stdin = term.stdin.take().expect("stdin");
    stdin.write_all(b"\x03").expect("send Ctrl-C");
    stdin.flush().expect("flush");
    let status = wait_exit(&mut term, Duration::from_secs(30));
    drop(stdin);
    let out = term.wait_with_output().expect("output");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("ints=1"),
        "the child saw Ctrl-C a wrong number of times: {text:?} ({status})"
    );
}

#[test]
fn log_format_json_writes_one_object_a_line() {
    let path = secret(&["k=v-secret-json"]);
    let out = vc()
        .args([
            "exec",
            "--log-format",
            "json",
            "--secret",
            &path,
            "--",
            "true",
        ])
        .status(0)
        .never_shows("v-secret-json");
    let lines: Vec<serde_json::Value> = out
        .stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["level"] == "info" && l["msg"] == format!("fetched {path} (version 1)")),
        "{out}"
    );
    assert!(
        lines.iter().any(|l| l["msg"]
            .as_str()
            .is_some_and(|m| m.starts_with("started true"))),
        "{out}"
    );
}
