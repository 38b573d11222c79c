//! The token or the child's lease revoked from outside. Without `--auth` the child
//! keeps running and vaultctl says clearly why it can no longer keep secrets fresh; with
//! `--auth` it logs in again at once; a revoked lease is replaced by new credentials
//! that work.

use super::{MAX_REQUESTS, Scene};
use crate::proxy::FaultProxy;
use crate::servers::{bao, unique};
use std::time::Duration;

#[test]
fn the_token_revoked_from_outside_without_auth() {
    let token = bao().ok(&["token", "create", "-ttl=1h", "-field=token"]);
    let mut scene = Scene::on(bao(), Some(&token), &[]);
    bao().ok(&["token", "revoke", &token]);
    scene.fault_began();
    scene.change();
    scene
        .kv_get()
        .status(2)
        .one_line_error()
        .stderr_contains("403: permission denied");
    scene.endure(MAX_REQUESTS);
    let (out, log) = scene.run.stop();
    assert_eq!(out.lines().count(), 1, "the child was restarted\n{log}");
    assert!(log.contains("pass --auth"), "no clear warning\n{log}");
    assert_eq!(
        log.matches("the token was refused").count(),
        1,
        "said once, not at every refused read\n{log}"
    );
}

#[test]
fn the_token_revoked_from_outside_with_auth() {
    let mount = unique("approle-fault");
    let server = bao();
    server.ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let policy = r#"path "secret/*" { capabilities = ["read"] }"#;
    server
        .client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("sys/policies/acl/{mount}"),
            &serde_json::json!({ "policy": policy }),
        )
        .expect("policy");
    server.ok(&[
        "write",
        &format!("auth/{mount}/role/app"),
        "token_ttl=1h",
        &format!("token_policies={mount}"),
    ]);
    let role_id = server.ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = server.ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    let dir = tempfile::tempdir().expect("temp");
    let sid = dir.path().join("secret-id");
    std::fs::write(&sid, &secret_id).expect("secret id file");
    let (role, secret) = (
        format!("role_id={role_id}"),
        format!("secret_id=@{}", sid.display()),
    );
    let auth = [
        "--auth",
        "approle",
        "--auth-path",
        &mount,
        "--auth-param",
        &role,
        "--auth-param",
        &secret,
    ];
    let mut scene = Scene::on(server, None, &auth);
    server.ok(&["token", "revoke", "-mode=path", &format!("auth/{mount}")]);
    scene.fault_began();
    scene.change();
    // The change reaches the child through a fresh login, without waiting for the
    // token's renewal (due in 40 minutes).
    let log = scene.recovers();
    assert!(log.contains("logged in again"), "{log}");
    assert!(!log.contains(&secret_id), "{log}");
}

#[test]
fn the_childs_lease_revoked_from_outside() {
    let db = crate::db::db();
    let role = unique("revoked");
    bao()
        .client()
        .expect("client")
        .write::<serde_json::Value>(
            &format!("{}/roles/{role}", db.mount),
            &serde_json::json!({
                "db_name": "pg",
                "creation_statements": ["CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';"],
                "default_ttl": "4s",
                "max_ttl": "1h",
            }),
        )
        .expect("role");
    let creds = format!("{}/creds/{role}", db.mount);
    let proxy = FaultProxy::start(&bao().addr);
    let run = crate::rotation::with_db_creds(&proxy.addr, &creds);
    run.wait_lines("user=", 1, Duration::from_secs(20));
    let log = run.stderr();
    let lease = log
        .split(&format!("fetched {creds} (lease "))
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .unwrap_or_else(|| panic!("no lease in the log\n{log}"))
        .to_string();
    bao().ok(&["lease", "revoke", &lease]);
    let before = proxy.count();
    crate::kv::vc()
        .args(["lease", "renew", &lease])
        .status(2)
        .one_line_error()
        .stderr_contains("lease not found");
    run.wait_lines("user=", 2, Duration::from_secs(15));
    let sent = proxy.count() - before;
    let parse = |line: &str| {
        let (user, pass) = line.split_once(' ').expect("user and pass");
        (
            user.trim_start_matches("user=").to_string(),
            pass.trim_start_matches("pass=").to_string(),
        )
    };
    let lines = run.lines("user=");
    let (old_user, old_pass) = parse(&lines[0]);
    let (new_user, new_pass) = parse(&lines[1]);
    assert!(crate::db::login(&old_user, &old_pass).is_err());
    assert_eq!(
        crate::db::login(&new_user, &new_pass).as_deref(),
        Ok(new_user.as_str()),
        "the child was given credentials that do not work"
    );
    let (_, log) = run.stop();
    assert!(log.contains("can no longer be renewed"), "{log}");
    assert!(sent <= 10, "{sent} requests to replace one lease\n{log}");
}
