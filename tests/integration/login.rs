//! `vaultctl login`, the token file, `logout` and `token`, against a real OpenBao.

use crate::cmd::{Outcome, Test};
use crate::servers::{Bao, bao, bao_tls, unique};
use std::os::unix::fs::PermissionsExt;

/// An approle mount with a role; returns (mount, role_id, secret_id).
fn approle(bao: &Bao, role_args: &[&str]) -> (String, String, String) {
    let mount = unique("approle");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "approle"]);
    let mut args = vec!["write".to_string(), format!("auth/{mount}/role/app")];
    args.extend(role_args.iter().map(|s| s.to_string()));
    args.push("token_policies=default".into());
    bao.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let role_id = bao.ok(&[
        "read",
        "-field=role_id",
        &format!("auth/{mount}/role/app/role-id"),
    ]);
    let secret_id = bao.ok(&[
        "write",
        "-f",
        "-field=secret_id",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    (mount, role_id, secret_id)
}

fn vaultctl(bao: &Bao) -> Test {
    Test::new().env("VAULT_ADDR", &bao.addr)
}

#[test]
fn approle_login_stores_a_working_token_with_mode_0600() {
    let bao = bao();
    let (mount, role_id, secret_id) = approle(bao, &[]);
    let t = vaultctl(bao);
    let home = t.home().to_path_buf();
    let out = t
        .args([
            "login",
            "-vvv",
            "-m",
            "approle",
            "--path",
            &mount,
            &format!("role_id={role_id}"),
        ])
        .args([format!("secret_id={secret_id}")])
        .status(0)
        .stdout_contains("token_policies     [\"default\"]")
        .stderr_contains("Success! You are now authenticated; the token is stored in");
    let token_file = home.join(".vault-token");
    let token = std::fs::read_to_string(&token_file).expect("token stored");
    assert!(
        token.starts_with("s.") || token.len() > 20,
        "looks like a token: {}",
        token.len()
    );
    let mode = std::fs::metadata(&token_file)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    never_shows_secrets(&out, &[&token, &secret_id]);

    // A second command in the same HOME uses the stored token.
    let lookup = Test::new()
        .env("HOME", &home)
        .env("VAULT_ADDR", &bao.addr)
        .args(["token", "lookup", "--format", "json"])
        .status(0);
    let doc = lookup.json();
    assert_eq!(doc["data"]["display_name"], format!("{mount}"));
    assert!(
        doc["data"].get("id").is_none(),
        "lookup must not show the token"
    );
    never_shows_secrets(&lookup, &[&token]);
}

#[track_caller]
fn never_shows_secrets(out: &Outcome, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "a secret was shown\n{out}"
        );
    }
}

#[test]
fn a_wrapped_secret_id_is_unwrapped_first() {
    let bao = bao();
    let (mount, role_id, _) = approle(bao, &[]);
    let wrapping = bao.ok(&[
        "write",
        "-wrap-ttl=60s",
        "-f",
        "-field=wrapping_token",
        &format!("auth/{mount}/role/app/secret-id"),
    ]);
    let t = vaultctl(bao);
    let home = t.home().to_path_buf();
    let _out = t
        .args(["login", "-m", "approle", "--path", &mount])
        .env("VAULT_ROLE_ID", &role_id)
        .args([format!("secret_id_wrapped={wrapping}")])
        .status(0);
    assert!(home.join(".vault-token").exists());
    // A wrapping token works once.
    vaultctl(bao)
        .args([
            "login",
            "-m",
            "approle",
            "--path",
            &mount,
            &format!("role_id={role_id}"),
            &format!("secret_id_wrapped={wrapping}"),
        ])
        .status(2)
        .one_line_error()
        .never_shows(&wrapping);
}

#[test]
fn a_wrong_secret_id_exits_2_with_vaults_message() {
    let bao = bao();
    let (mount, role_id, _) = approle(bao, &[]);
    let t = vaultctl(bao);
    let home = t.home().to_path_buf();
    let _out = t
        .args([
            "login",
            "-m",
            "approle",
            "--path",
            &mount,
            &format!("role_id={role_id}"),
            "secret_id=not-the-secret",
        ])
        .status(2)
        .one_line_error()
        .stderr_contains("invalid role or secret ID")
        .never_shows("not-the-secret");
    assert!(!home.join(".vault-token").exists());
}

fn userpass(bao: &Bao) -> String {
    let mount = unique("userpass");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "userpass"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/users/alice"),
        "password=correct horse",
        "token_policies=default",
    ]);
    mount
}

#[test]
fn userpass_reads_the_password_from_stdin() {
    let bao = bao();
    let mount = userpass(bao);
    let out = vaultctl(bao)
        .args([
            "login",
            "-vvv",
            "-m",
            "userpass",
            "--path",
            &mount,
            "username=alice",
            "password=-",
            "--token-only",
            "--no-store",
        ])
        .stdin("correct horse\n")
        .status(0);
    let token = out.stdout.trim().to_string();
    assert!(!token.is_empty());
    assert!(!out.stderr.contains("correct horse"), "{out}");
    let check = vaultctl(bao)
        .env("VAULT_TOKEN", &token)
        .args(["token", "lookup"])
        .status(0);
    assert!(check.stdout.contains("alice"), "{check}");
}

#[test]
fn userpass_without_password_or_terminal_fails_at_once() {
    let bao = bao();
    let mount = userpass(bao);
    let out = vaultctl(bao)
        .args([
            "login",
            "-m",
            "userpass",
            "--path",
            &mount,
            "username=alice",
        ])
        .status(1)
        .one_line_error()
        .stderr_contains("no password given and no terminal to prompt on");
    assert!(out.elapsed < std::time::Duration::from_secs(5), "{out}");
    vaultctl(bao)
        .args([
            "login",
            "-m",
            "userpass",
            "--path",
            &mount,
            "username=alice",
            "password=wrong",
        ])
        .status(2)
        .one_line_error()
        .never_shows("wrong");
}

#[test]
fn jwt_login_with_a_token_signed_by_the_test() {
    let bao = bao();
    let dir = tempfile::tempdir().expect("temp");
    let (key, public) = crate::pki::rsa_pair(dir.path());
    let mount = unique("jwt");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "jwt"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/config"),
        &format!("jwt_validation_pubkeys=@{}", public.display()),
    ]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/role/ci"),
        "role_type=jwt",
        "user_claim=sub",
        "bound_audiences=vaultctl-test",
        "token_policies=default",
        "token_ttl=10m",
    ]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let jwt = crate::pki::sign_jwt(
        &key,
        &serde_json::json!({"sub": "pipeline-42", "aud": "vaultctl-test", "iat": now, "nbf": now - 5, "exp": now + 300}),
    );
    let t = vaultctl(bao);
    let jwt_file = t.file("ci.jwt", &format!("{jwt}\n"));
    let out = t
        .args([
            "login", "-vvv", "-m", "jwt", "--path", &mount, "role=ci", "--format", "json",
        ])
        .args([format!("jwt=@{}", jwt_file.display())])
        .status(0);
    assert_eq!(out.json()["auth"]["lease_duration"], 600);
    assert!(out.json()["auth"].get("client_token").is_none(), "{out}");
    never_shows_secrets(&out, &[&jwt]);
    // A token for another audience is refused by Vault.
    let other = crate::pki::sign_jwt(
        &key,
        &serde_json::json!({"sub": "x", "aud": "someone-else", "iat": now, "exp": now + 300}),
    );
    vaultctl(bao)
        .args(["login", "-m", "jwt", "--path", &mount, "role=ci", "jwt=-"])
        .stdin(other)
        .status(2)
        .stderr_contains("audience");
}

#[test]
fn kubernetes_login_checks_the_token_with_a_token_review() {
    let bao = bao();
    let review = crate::k8s::TokenReviewServer::start("default", "myapp");
    let mount = crate::k8s::kubernetes_mount(&review);
    let dir = tempfile::tempdir().expect("temp");
    bao.ok(&[
        "write",
        &format!("auth/{mount}/role/myapp"),
        "bound_service_account_names=myapp",
        "bound_service_account_namespaces=default",
        "token_policies=default",
    ]);
    let (key, _) = crate::pki::rsa_pair(dir.path());
    let jwt = crate::pki::sign_jwt(
        &key,
        &crate::k8s::service_account_claims("default", "myapp"),
    );
    let t = vaultctl(bao);
    let sa_token = t.file("sa-token", &jwt);
    t.args([
        "login",
        "-m",
        "kubernetes",
        "--path",
        &mount,
        "role=myapp",
        "--no-store",
        "--format",
        "json",
    ])
    .args([format!("jwt=@{}", sa_token.display())])
    .status(0);
    assert!(
        review.reviewed(&jwt),
        "OpenBao did not ask the TokenReview endpoint"
    );
    // Without jwt= the pod's service-account token file is read; outside a pod it is missing.
    vaultctl(bao)
        .args(["login", "-m", "kubernetes", "--path", &mount, "role=myapp"])
        .status(1)
        .one_line_error()
        .stderr_contains("/var/run/secrets/kubernetes.io/serviceaccount/token");
}

#[test]
fn cert_login_over_tls_with_a_client_certificate() {
    let bao = bao_tls();
    let dir = tempfile::tempdir().expect("temp");
    let (ca, cert, key) = crate::pki::client_cert(dir.path());
    let mount = unique("cert");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "cert"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/certs/web"),
        &format!("certificate=@{}", ca.display()),
        "token_policies=default",
    ]);
    let server_ca = bao.ca_cert.as_ref().expect("server CA");
    let out = vaultctl(bao)
        .env("VAULT_CACERT", server_ca)
        .env("VAULT_CLIENT_CERT", &cert)
        .env("VAULT_CLIENT_KEY", &key)
        .args([
            "login",
            "-m",
            "cert",
            "--path",
            &mount,
            "name=web",
            "--no-store",
            "--format",
            "json",
        ])
        .status(0);
    assert_eq!(out.json()["auth"]["policies"][0], "default");
    vaultctl(bao)
        .env("VAULT_CACERT", server_ca)
        .args(["login", "-m", "cert", "--path", &mount, "name=web"])
        .status(1)
        .stderr_contains("cert login needs a client certificate");
}

#[test]
fn token_login_verifies_the_token() {
    let bao = bao();
    let token = bao.ok(&[
        "token",
        "create",
        "-field=token",
        "-ttl=10m",
        "-policy=default",
    ]);
    let t = vaultctl(bao);
    let home = t.home().to_path_buf();
    let out = t
        .args(["login", "token=-", "--format", "json"])
        .stdin(format!("{token}\n"))
        .status(0);
    let ttl = out.json()["auth"]["lease_duration"].as_u64().expect("ttl");
    assert!((590..=600).contains(&ttl), "{out}");
    assert_eq!(
        std::fs::read_to_string(home.join(".vault-token")).expect("stored"),
        token
    );
    vaultctl(bao)
        .args(["login", "token=not-a-token"])
        .status(2)
        .never_shows("not-a-token");
    vaultctl(bao)
        .args(["login"])
        .status(1)
        .stderr_contains("no token given and no terminal");
}

#[test]
fn logout_revokes_the_token_and_removes_the_file() {
    let bao = bao();
    let (mount, role_id, secret_id) = approle(bao, &[]);
    let t = vaultctl(bao);
    let home = t.home().to_path_buf();
    let _out = t
        .args([
            "login",
            "-m",
            "approle",
            "--path",
            &mount,
            &format!("role_id={role_id}"),
            &format!("secret_id={secret_id}"),
        ])
        .status(0);
    let token = std::fs::read_to_string(home.join(".vault-token")).expect("stored");
    assert!(bao.cli(&["token", "lookup", &token]).status.success());
    Test::new()
        .env("HOME", &home)
        .env("VAULT_ADDR", &bao.addr)
        .args(["logout"])
        .status(0);
    assert!(
        !home.join(".vault-token").exists(),
        "token file left behind"
    );
    assert!(
        !bao.cli(&["token", "lookup", &token]).status.success(),
        "token still valid after logout"
    );
    Test::new()
        .env("HOME", &home)
        .env("VAULT_ADDR", &bao.addr)
        .args(["logout"])
        .status(1)
        .stderr_contains("not logged in");
}

#[test]
fn token_renew_and_revoke() {
    let bao = bao();
    let token = bao.ok(&[
        "token",
        "create",
        "-field=token",
        "-ttl=1m",
        "-explicit-max-ttl=1h",
        "-policy=default",
    ]);
    vaultctl(bao)
        .env("VAULT_TOKEN", &token)
        .args(["token", "renew", "--increment", "20m"])
        .status(0)
        .stdout_contains("token_duration     20m")
        .never_shows(&token);
    vaultctl(bao)
        .env("VAULT_TOKEN", &token)
        .args(["token", "revoke"])
        .status(0);
    vaultctl(bao)
        .env("VAULT_TOKEN", &token)
        .args(["token", "lookup"])
        .status(2)
        .stderr_contains("403")
        .never_shows(&token);
    vaultctl(bao)
        .args(["token", "lookup"])
        .status(1)
        .stderr_contains("no token");
}

#[test]
fn bad_login_input_is_a_one_line_usage_error() {
    let bao = bao();
    vaultctl(bao)
        .args(["login", "-m", "magic"])
        .status(1)
        .one_line_error()
        .stderr_contains("unknown login method \"magic\"");
    vaultctl(bao)
        .args(["login", "-m", "approle", "role_id=x", "colour=blue"])
        .status(1)
        .one_line_error()
        .stderr_contains("approle login does not take colour=");
    vaultctl(bao)
        .args(["login", "-m", "approle"])
        .status(1)
        .stderr_contains("approle login needs role_id=");
    vaultctl(bao)
        .args(["login", "-m", "approle", "s3cr3t"])
        .status(1)
        .stderr_contains("argument 1 is not KEY=VALUE")
        .never_shows("s3cr3t");
    vaultctl(bao)
        .args([
            "login",
            "-m",
            "userpass",
            "username=a",
            "password=@/nonexistent",
        ])
        .status(1)
        .stderr_contains("cannot read the value of \"password\" from /nonexistent");
}

/// A stand-in for the GitHub Actions runner's OIDC endpoint: it answers a request that
/// carries the right bearer token with `jwt`, and records the query string it was asked.
fn github_oidc_endpoint(jwt: String) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://{}/token?api-version=2.0",
        listener.local_addr().expect("addr")
    );
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = asked.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let Some((head, _)) = crate::proxy::read_request(&mut stream) else {
                continue;
            };
            let authorized = head
                .lines()
                .any(|l| l.eq_ignore_ascii_case("authorization: Bearer runner-request-token"));
            record
                .lock()
                .expect("record")
                .push(head.lines().next().unwrap_or_default().to_string());
            let (status, body) = if authorized {
                ("200 OK", serde_json::json!({ "value": jwt }).to_string())
            } else {
                ("401 Unauthorized", "{}".to_string())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, asked)
}

#[test]
fn jwt_login_in_github_actions_fetches_the_oidc_token() {
    let bao = bao();
    let dir = tempfile::tempdir().expect("temp");
    let (key, public) = crate::pki::rsa_pair(dir.path());
    let mount = unique("github");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "jwt"]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/config"),
        &format!("jwt_validation_pubkeys=@{}", public.display()),
    ]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/role/deploy"),
        "role_type=jwt",
        "user_claim=sub",
        "bound_audiences=https://github.com/my-org",
        "token_policies=default",
    ]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let jwt = crate::pki::sign_jwt(
        &key,
        &serde_json::json!({"sub": "repo:my-org/app:ref:refs/heads/main", "aud": "https://github.com/my-org", "iat": now, "exp": now + 300}),
    );
    let (url, asked) = github_oidc_endpoint(jwt.clone());
    let out = vaultctl(bao)
        .env("ACTIONS_ID_TOKEN_REQUEST_URL", &url)
        .env("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "runner-request-token")
        .args([
            "login",
            "-vvv",
            "-m",
            "jwt",
            "--path",
            &mount,
            "role=deploy",
            "audience=https://github.com/my-org",
            "--no-store",
        ])
        .status(0)
        .stdout_contains("token_policies");
    never_shows_secrets(&out, &[&jwt, "runner-request-token"]);
    let asked = asked.lock().expect("asked").clone();
    assert_eq!(
        asked,
        ["GET /token?api-version=2.0&audience=https%3A%2F%2Fgithub.com%2Fmy-org HTTP/1.1"]
    );
    // A wrong request token: the runner refuses and the login says so.
    vaultctl(bao)
        .env("ACTIONS_ID_TOKEN_REQUEST_URL", &url)
        .env("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "stale")
        .args(["login", "-m", "jwt", "--path", &mount, "role=deploy"])
        .status(1)
        .one_line_error()
        .stderr_contains("cannot get an OIDC token from GitHub Actions")
        .never_shows("stale");
}
