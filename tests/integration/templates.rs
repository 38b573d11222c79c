//! Templates and issued secrets against real servers: a DATABASE_URL that PostgreSQL
//! accepts, PKI certificates whose key matches (and that are issued again before they
//! expire), transit encryption as an issued reference, template files re-rendered on a
//! KV change, and template problems found before Vault is asked.

use crate::kv::{bao_ok, vc};
use crate::proxy::FaultProxy;
use crate::rotation::Running;
use crate::servers::{bao, unique};
use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

/// A database role whose passwords always hold URL-special characters.
fn special_role() -> &'static str {
    static ROLE: OnceLock<String> = OnceLock::new();
    ROLE.get_or_init(|| {
        let db = crate::db::db();
        let client = bao().client().expect("client");
        let write = |path: &str, body: Value| {
            client
                .write::<Value>(path, &body)
                .unwrap_or_else(|e| panic!("{path}: {e}"));
        };
        let policy = unique("special");
        let rules = "length = 24\n\
            rule \"charset\" {\n  charset = \"abcdefghijklmnopqrstuvwxyz\"\n  min-chars = 8\n}\n\
            rule \"charset\" {\n  charset = \"@:/%?&\"\n  min-chars = 6\n}\n";
        write(
            &format!("sys/policies/password/{policy}"),
            json!({ "policy": rules }),
        );
        let url = format!(
            "postgresql://{{{{username}}}}:{{{{password}}}}@127.0.0.1:{}/postgres?sslmode=disable",
            db.pg.port
        );
        write(
            &format!("{}/config/special", db.mount),
            json!({
                "plugin_name": "postgresql-database-plugin",
                "connection_url": url,
                "allowed_roles": "special",
                "username": db.pg.user,
                "password": db.pg.password,
                "password_policy": policy,
            }),
        );
        write(
            &format!("{}/roles/special", db.mount),
            json!({
                "db_name": "special",
                "creation_statements": [
                    "CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';"
                ],
                "default_ttl": "2m",
                "max_ttl": "1h",
            }),
        );
        format!("{}/creds/special", db.mount)
    })
}

/// PATH with PostgreSQL's binaries first.
fn pg_path() -> String {
    format!(
        "{}:{}",
        crate::db::db().pg.bin().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn a_database_url_template_logs_in_with_a_password_full_of_special_characters() {
    let creds = special_role();
    let port = crate::db::db().pg.port;
    let dir = tempfile::tempdir().expect("temp");
    let pw_file = dir.path().join("pw");
    let url = format!(
        "DATABASE_URL=postgresql://{{{{ vault:{creds}#username | urlencode }}}}:{{{{vault:{creds}#password|urlencode}}}}@127.0.0.1:{port}/postgres"
    );
    let script = format!(
        "psql \"$DATABASE_URL\" -X -A -t -c 'SELECT current_user'; printf '%s\\n' \"$PGPASSWORD\"; cat {}",
        pw_file.display()
    );
    let out = vc()
        .env("PATH", pg_path())
        .args(["exec", "--env", &url])
        .args(["--env", &format!("PGPASSWORD=vault:{creds}#password")])
        .args([
            "--file",
            &format!("{}=vault:{creds}#password", pw_file.display()),
        ])
        .args(["--", "sh", "-c", &script])
        .status(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("v-"), "psql logged in: {out}");
    // The variable and the file hold the same password: one lease for all three.
    assert_eq!(lines[1], lines[2], "{out}");
    assert!(
        lines[1].chars().filter(|c| "@:/%?&".contains(*c)).count() >= 6,
        "the password holds the special characters"
    );
    assert_eq!(
        out.stderr.matches(&format!("fetched {creds}")).count(),
        1,
        "{out}"
    );
    assert_eq!(out.stderr.matches("revoked lease").count(), 1, "{out}");
}

/// A PKI mount of its own with a root CA and a role for `*.internal`; returns the mount.
pub(crate) fn pki() -> String {
    let mount = unique("pki");
    bao_ok(&["secrets", "enable", &format!("-path={mount}"), "pki"]);
    bao_ok(&["secrets", "tune", "-max-lease-ttl=24h", &mount]);
    bao_ok(&[
        "write",
        &format!("{mount}/root/generate/internal"),
        "common_name=test root",
        "ttl=24h",
    ]);
    bao_ok(&[
        "write",
        &format!("{mount}/roles/web"),
        "allowed_domains=internal",
        "allow_subdomains=true",
        "max_ttl=1h",
    ]);
    mount
}

fn certs_issued(mount: &str) -> usize {
    let out = bao_ok(&["list", "-format=json", &format!("{mount}/certs")]);
    serde_json::from_str::<Vec<String>>(&out).map_or(0, |v| v.len())
}

/// Runs openssl with `args`; its standard output.
pub(crate) fn openssl(args: &[&str]) -> String {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl");
    assert!(out.status.success(), "openssl {args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_certificate_and_its_key_come_from_one_issue_and_match() {
    let mount = &pki();
    let issue = format!("vault:{mount}/issue/web?common_name=app.internal&ttl=1h");
    let dir = tempfile::tempdir().expect("temp");
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    let before = certs_issued(mount);
    vc().args([
        "exec",
        "--file",
        &format!("{}={issue}#certificate", cert.display()),
    ])
    .args(["--file", &format!("{}={issue}#private_key", key.display())])
    .args(["--env", &format!("CA={issue}#issuing_ca")])
    .args(["--", "sh", "-c", "test -n \"$CA\""])
    .status(0)
    .never_shows("PRIVATE KEY");
    assert_eq!(certs_issued(mount), before + 1, "one issue for the render");
    let from_cert = openssl(&["x509", "-noout", "-pubkey", "-in", &cert.to_string_lossy()]);
    let from_key = openssl(&["pkey", "-pubout", "-in", &key.to_string_lossy()]);
    assert_eq!(from_cert, from_key, "the key matches the certificate");
}

#[test]
fn a_short_lived_certificate_is_issued_again_and_the_child_restarted() {
    let mount = &pki();
    let dir = tempfile::tempdir().expect("temp");
    let cert = dir.path().join("cert.pem");
    let issue = format!("vault:{mount}/issue/web?common_name=short.internal&ttl=12s#certificate");
    let script = format!(
        "echo serial=$(openssl x509 -noout -serial -in {}); exec sleep 300",
        cert.display()
    );
    let run = Running::start(
        &bao().addr,
        Some(&bao().root_token),
        &[
            "--file",
            &format!("{}={issue}", cert.display()),
            "--",
            "sh",
            "-c",
            &script,
        ],
    );
    run.wait_lines("serial=", 2, Duration::from_secs(40));
    let serials = run.lines("serial=");
    assert_ne!(serials[0], serials[1], "a new certificate");
    let (_, err) = run.stop();
    assert!(err.contains("restarting the command"), "{err}");
}

#[test]
fn transit_encrypt_is_an_issued_reference() {
    let mount = unique("transit");
    bao_ok(&["secrets", "enable", &format!("-path={mount}"), "transit"]);
    bao_ok(&["write", "-f", &format!("{mount}/keys/app")]);
    // "hello vaultctl" in base64; `+`, `/` and `=` may appear and are taken as they are.
    let reference = format!("vault:{mount}/encrypt/app?plaintext=aGVsbG8gdmF1bHRjdGw=#ciphertext");
    let out = vc()
        .args(["exec", "--env", &format!("CIPHER={reference}")])
        .args(["--", "sh", "-c", "printf %s \"$CIPHER\""])
        .status(0);
    assert!(out.stdout.starts_with("vault:v1:"), "{out}");
    let plain = bao_ok(&[
        "write",
        "-field=plaintext",
        &format!("{mount}/decrypt/app"),
        &format!("ciphertext={}", out.stdout),
    ]);
    assert_eq!(plain.trim(), "aGVsbG8gdmF1bHRjdGw=");
    assert!(
        !out.stderr.contains("aGVsbG8"),
        "the plaintext was logged: {out}"
    );
}

#[test]
fn a_template_file_is_rendered_again_on_a_kv_change_before_the_reload_signal() {
    let name = unique("tpl");
    bao_ok(&[
        "kv",
        "put",
        "-mount=secret",
        &name,
        "user=app",
        "password=first",
    ]);
    let dir = tempfile::tempdir().expect("temp");
    let (tpl, out) = (dir.path().join("config.tpl"), dir.path().join("config.yml"));
    std::fs::write(
        &tpl,
        format!(
            "user: {{{{ vault:secret/{name}#user }}}}\npassword: {{{{ vault:secret/{name}#password | json }}}}\nliteral: {{{{ \"{{{{\" }}}}\n"
        ),
    )
    .expect("template");
    let script = format!(
        "trap 'echo reload=$(grep password {f})' HUP; echo start=$(grep password {f}); while true; do sleep 0.1; done",
        f = out.display()
    );
    let run = Running::start(
        &bao().addr,
        Some(&bao().root_token),
        &[
            "--poll-interval",
            "1s",
            "--on-change",
            "signal",
            "--template",
            &format!("{}={}", out.display(), tpl.display()),
            "--",
            "sh",
            "-c",
            &script,
        ],
    );
    run.wait_lines("start=password: \"first\"", 1, Duration::from_secs(20));
    assert_eq!(
        std::fs::read_to_string(&out).expect("rendered"),
        "user: app\npassword: \"first\"\nliteral: {{\n"
    );
    bao_ok(&["kv", "patch", "-mount=secret", &name, "password=second"]);
    run.wait_lines("reload=password: \"second\"", 1, Duration::from_secs(15));
    let (stdout, _) = run.stop();
    assert_eq!(stdout.matches("start=").count(), 1, "restarted: {stdout}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out).expect("file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn template_problems_stop_exec_before_any_request_naming_the_variable_or_file() {
    let creds = format!("{}/creds/{}", crate::db::db().mount, crate::db::ROLE);
    let proxy = FaultProxy::start(&bao().addr);
    let dir = tempfile::tempdir().expect("temp");
    let tpl = dir.path().join("bad.tpl");
    std::fs::write(
        &tpl,
        "ok: {{ vault:secret/x#k }}\nbad: {{ vault:secret/x#k\n",
    )
    .expect("tpl");
    let out = vc()
        .env("VAULT_ADDR", &proxy.addr)
        .args([
            "exec",
            "--env",
            &format!("URL=x{{{{ vault:{creds}#username | urlencod }}}}"),
        ])
        .args(["--env", "B={{ secret/x#k }}"])
        .args(["--template", &format!("/tmp/out.yml={}", tpl.display())])
        .args(["--", "true"])
        .status(125);
    for expected in [
        "URL: template line 1: unknown filter \"urlencod\"",
        "B: template line 1: expected a reference",
        "--template /tmp/out.yml: template",
        "line 2: unclosed {{",
    ] {
        assert!(out.stderr.contains(expected), "missing {expected:?}: {out}");
    }
    assert_eq!(proxy.count(), 0, "a request reached Vault");
    assert!(!Path::new("/tmp/out.yml").exists());
}

#[test]
fn env_check_and_mask_work_on_rendered_values() {
    let name = unique("tplenv");
    bao_ok(&[
        "kv",
        "put",
        "-mount=secret",
        &name,
        "user=app",
        "password=s3cret-pw",
    ]);
    let template = format!(
        "URL=https://{{{{ vault:secret/{name}#user }}}}:{{{{ vault:secret/{name}#password }}}}@api"
    );
    vc().args(["env", "--format", "dotenv", "--env", &template])
        .status(0)
        .stdout_contains("URL='https://app:s3cret-pw@api'");
    vc().args(["check", "--env", &template, "--validate", "URL=url"])
        .status(0)
        .stdout_contains("URL")
        .stdout_contains(&format!("template: vault:secret/{name}#user"))
        .never_shows("s3cret-pw");
    // --mask hides the rendered value and each value it was made of.
    vc().args(["exec", "--mask", "--env", &template, "--"])
        .args(["sh", "-c", "echo \"$URL\"; echo s3cret-pw"])
        .status(0)
        .never_shows("s3cret-pw");
    let inherited = format!("{{{{ vault:secret/{name}#user }}}}-suffix");
    let out = vc()
        .env("FROM_ENV", &inherited)
        .args([
            "exec",
            "--env-refs",
            "--",
            "sh",
            "-c",
            "printf %s \"$FROM_ENV\"",
        ])
        .status(0);
    assert_eq!(out.stdout, "app-suffix");
}
