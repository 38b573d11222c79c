//! `vaultctl db ...` and `vaultctl lease ...` against OpenBao's database secrets engine
//! and a real PostgreSQL: the credentials must log in, a revoked lease must lock them
//! out, a renewed one must live longer, and `--template` output must connect as given.

use crate::cmd::Test;
use crate::kv::vc;
use crate::servers::{Postgres, bao, unique};
use serde_json::{Value, json};
use std::sync::OnceLock;

/// A PostgreSQL cluster with a database engine in front of it.
pub struct Db {
    pub pg: Postgres,
    pub mount: String,
}

pub const ROLE: &str = "app";
const STATIC_ROLE: &str = "static-app";
const STATIC_USER: &str = "static_app";

/// One cluster and one engine mount for every test here (a cluster takes seconds).
pub fn db() -> &'static Db {
    static SHARED: OnceLock<Db> = OnceLock::new();
    SHARED.get_or_init(|| {
        let pg = Postgres::start();
        let mount = unique("database");
        let client = bao().client().expect("client");
        let write = |path: &str, body: Value| {
            client
                .write::<Value>(path, &body)
                .unwrap_or_else(|e| panic!("{path}: {e}"));
        };
        write(
            &format!("sys/mounts/{mount}"),
            json!({ "type": "database" }),
        );
        let url = format!(
            "postgresql://{{{{username}}}}:{{{{password}}}}@127.0.0.1:{}/postgres?sslmode=disable",
            pg.port
        );
        write(
            &format!("{mount}/config/pg"),
            json!({
                "plugin_name": "postgresql-database-plugin",
                "connection_url": url,
                "allowed_roles": "*",
                "username": pg.user,
                "password": pg.password,
            }),
        );
        write(
            &format!("{mount}/roles/{ROLE}"),
            json!({
                "db_name": "pg",
                "creation_statements": [CREATION],
                "default_ttl": "2m",
                "max_ttl": "1h",
            }),
        );
        let created = pg.psql(
            &pg.user,
            &pg.password,
            &format!("CREATE ROLE {STATIC_USER} LOGIN PASSWORD 'initial'"),
        );
        assert!(created.status.success(), "{created:?}");
        write(
            &format!("{mount}/static-roles/{STATIC_ROLE}"),
            json!({ "db_name": "pg", "username": STATIC_USER, "rotation_period": "24h" }),
        );
        Db { pg, mount }
    })
}

/// What a role of the engine runs to create its user: one that expires with the lease.
const CREATION: &str =
    "CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';";

/// A role of its own on the shared engine (so that its leases are the caller's alone),
/// with these TTLs; returns its name.
pub fn new_role(prefix: &str, default_ttl: &str, max_ttl: &str) -> String {
    let db = db();
    let role = unique(prefix);
    bao()
        .client()
        .expect("client")
        .write::<Value>(
            &format!("{}/roles/{role}", db.mount),
            &json!({
                "db_name": "pg",
                "creation_statements": [CREATION],
                "default_ttl": default_ttl,
                "max_ttl": max_ttl,
            }),
        )
        .expect("role");
    role
}

/// Logs in with psql and returns `current_user`, or psql's error.
pub fn login(user: &str, password: &str) -> Result<String, String> {
    let out = db().pg.psql(user, password, "SELECT current_user");
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn dynamic_creds_log_in_renew_and_are_locked_out_once_revoked() {
    let db = db();
    let doc = vc()
        .args([
            "db", "creds", "--mount", &db.mount, "--format", "json", ROLE,
        ])
        .status(0)
        .json();
    let user = doc["data"]["username"].as_str().expect("username");
    let password = doc["data"]["password"].as_str().expect("password");
    let lease = doc["lease_id"].as_str().expect("lease id");
    assert_eq!(doc["lease_duration"], 120);
    assert_eq!(doc["renewable"], true);
    assert_eq!(login(user, password).as_deref(), Ok(user));

    let looked = vc()
        .args(["lease", "lookup", "--format", "json", lease])
        .status(0);
    assert_eq!(looked.json()["data"]["id"], lease);
    assert!(looked.json()["data"]["ttl"].as_u64().expect("ttl") <= 120);
    vc().args(["lease", "lookup", lease])
        .status(0)
        .stdout_contains("renewable       true")
        .stdout_contains("\nttl ");

    vc().args(["lease", "renew", "--increment", "30m", lease])
        .status(0)
        .stdout_contains(&format!("lease_id           {lease}"))
        .stdout_contains("lease_duration     30m")
        .stdout_contains("lease_renewable    true");
    let ttl = vc()
        .args(["lease", "lookup", "--format", "json", lease])
        .status(0)
        .json()["data"]["ttl"]
        .as_u64()
        .expect("ttl");
    assert!(ttl > 120, "renewing extended the TTL: {ttl}");
    assert_eq!(login(user, password).as_deref(), Ok(user));

    vc().args(["lease", "revoke", lease])
        .status(0)
        .stdout_contains(&format!("Success! Revoked the lease {lease}"));
    let refused = login(user, password).expect_err("a revoked user cannot log in");
    assert!(refused.contains("authentication failed"), "{refused}");
    vc().args(["lease", "lookup", lease])
        .status(2)
        .one_line_error()
        .stderr_contains(&format!("cannot look up the lease {lease}"));
}

#[test]
fn the_creds_table_shows_the_user_password_and_lease() {
    let db = db();
    let out = vc()
        .args(["db", "creds", "--mount", &db.mount, ROLE])
        .status(0)
        .stdout_contains("lease_duration     2m\n")
        .stdout_contains("lease_renewable    true\n");
    let rows: Vec<&str> = out.stdout.lines().skip(2).collect();
    let keys: Vec<&str> = rows
        .iter()
        .map(|r| r.split_whitespace().next().unwrap_or(""))
        .collect();
    assert_eq!(
        keys,
        [
            "username",
            "password",
            "lease_id",
            "lease_duration",
            "lease_renewable"
        ]
    );
    let value = |i: usize| rows[i].split_whitespace().nth(1).expect("value");
    assert_eq!(login(value(0), value(1)).as_deref(), Ok(value(0)));
    vc().args(["lease", "revoke", value(2)]).status(0);
}

#[test]
fn static_creds_log_in() {
    let db = db();
    let doc = vc()
        .args([
            "db",
            "static-creds",
            "--mount",
            &db.mount,
            "--format",
            "json",
        ])
        .args([STATIC_ROLE])
        .status(0)
        .json();
    assert_eq!(doc["data"]["username"], STATIC_USER);
    let password = doc["data"]["password"].as_str().expect("password");
    assert_ne!(password, "initial", "Vault rotated it");
    assert_eq!(login(STATIC_USER, password).as_deref(), Ok(STATIC_USER));
    vc().args(["db", "static-creds", "--mount", &db.mount, STATIC_ROLE])
        .status(0)
        .stdout_contains(&format!("username               {STATIC_USER}\n"))
        .stdout_contains("rotation_period        24h\n")
        .stdout_contains("last_vault_rotation    20");
}

#[test]
fn template_output_connects_as_given() {
    let db = db();
    let template = format!(
        "postgresql://{{{{username}}}}:{{{{password}}}}@127.0.0.1:{}/postgres?sslmode=disable",
        db.pg.port
    );
    for (command, role) in [("creds", ROLE), ("static-creds", STATIC_ROLE)] {
        let out = vc()
            .args([
                "db",
                command,
                "--mount",
                &db.mount,
                "--template",
                &template,
                role,
            ])
            .status(0);
        let url = out.stdout.as_str();
        assert!(
            url.starts_with("postgresql://") && !url.ends_with('\n'),
            "{out}"
        );
        let psql = db.pg.psql_url(url, "SELECT 40 + 2");
        assert!(psql.status.success(), "{psql:?}");
        assert_eq!(String::from_utf8_lossy(&psql.stdout).trim(), "42");
    }
    let out = vc()
        .args([
            "db",
            "creds",
            "--mount",
            &db.mount,
            "--template",
            "{{ttl}} {{lease_id}}",
        ])
        .args([ROLE])
        .status(0);
    let (ttl, lease) = out.stdout.split_once(' ').expect("two words");
    assert_eq!(ttl, "120");
    assert!(
        lease.starts_with(&format!("{}/creds/{ROLE}/", db.mount)),
        "{out}"
    );
    vc().args(["lease", "revoke", lease]).status(0);
}

#[test]
fn bad_templates_and_roles_are_one_line_errors() {
    // A bad template is found before Vault is asked (no address answers here).
    Test::new()
        .args([
            "db",
            "creds",
            "--address",
            "http://127.0.0.1:1",
            "--template",
        ])
        .args(["{{user}}", ROLE])
        .status(1)
        .one_line_error()
        .stderr_contains("unknown placeholder {{user}}");
    vc().args(["db", "creds", "--mount", &db().mount, "no-such-role"])
        .status(2)
        .one_line_error()
        .stderr_contains("cannot get credentials for the role \"no-such-role\"");
    vc().args(["lease", "renew", "--increment", "soon", "x"])
        .status(1)
        .one_line_error()
        .stderr_contains("invalid duration");
}
