//! What the benchmark puts into OpenBao: an AppRole login per kind of client (so the
//! audit log tells vaultctl's requests from the agent's by the token's `role_name`), the
//! 50 variables of the start-up test (48 keys in 9 KV v2 secrets and one database
//! credential: 10 paths), the secrets of the rotation, request-count and fleet parts,
//! and a database secrets engine in front of the lab's PostgreSQL.

use super::lab::Lab;
use serde_json::{Value, json};
use std::path::PathBuf;

/// KV v2 secrets read at start-up (`secret/app/p0` ... `p8`).
pub const APP_PATHS: usize = 9;
/// The database role read at start-up, and the short-lived one of the request count.
pub const DB_ROLE: &str = "app";
/// The database role of the request count: TTL 60 s, so renewals show in minutes.
pub const RATE_DB_ROLE: &str = "rate";
/// The secret whose changes the rotation part times.
pub const ROTATE_PATH: &str = "secret/rot";
/// The secret of the request count.
pub const RATE_PATH: &str = "secret/rate";
/// The secret the fleet shares.
pub const FLEET_PATH: &str = "secret/fleet";

const POLICY: &str = r#"
path "secret/*" { capabilities = ["read", "list"] }
path "database/creds/*" { capabilities = ["read"] }
path "sys/internal/ui/mounts/*" { capabilities = ["read"] }
path "sys/leases/renew" { capabilities = ["update"] }
path "sys/leases/revoke" { capabilities = ["update"] }
"#;

/// Writes a body to a path as root; the answer's `data`.
type Write<'a> = dyn Fn(&str, Value) -> Result<Option<Value>, String> + 'a;

/// An AppRole's credentials, in files (as a deployment would hand them over).
pub struct Role {
    /// The role's name: the `role_name` of its tokens in the audit log.
    pub name: String,
    /// File holding the role id.
    pub role_id: PathBuf,
    /// File holding a secret id.
    pub secret_id: PathBuf,
}

/// One variable of the start-up test: NAME from PATH's KEY.
pub struct Var {
    /// The variable's name.
    pub name: String,
    /// The path as a user types it (`secret/app/p0`, `database/creds/app`).
    pub path: String,
    /// The key in the secret.
    pub key: String,
}

/// Keys of `secret/app/pI`: six in the first three secrets, five in the others.
pub fn app_keys(i: usize) -> usize {
    if i < 3 { 6 } else { 5 }
}

/// The value of key `kJ` of `secret/app/pI`.
pub fn app_value(i: usize, j: usize) -> String {
    format!("value-{i}-{j}-{:032x}", i * 97 + j)
}

/// The 50 variables: 48 KV keys (prefix `PI_`, key `KJ`) and the database user and
/// password.
pub fn app_vars() -> Vec<Var> {
    let mut vars = Vec::new();
    for i in 0..APP_PATHS {
        for j in 0..app_keys(i) {
            vars.push(Var {
                name: format!("P{i}_K{j}"),
                path: format!("secret/app/p{i}"),
                key: format!("k{j}"),
            });
        }
    }
    for (name, key) in [("DB_USER", "username"), ("DB_PASSWORD", "password")] {
        vars.push(Var {
            name: name.into(),
            path: format!("database/creds/{DB_ROLE}"),
            key: key.into(),
        });
    }
    vars
}

/// Configures OpenBao; returns the roles `vaultctl`, `agent` and `fleet`.
pub fn configure(lab: &Lab) -> Result<Vec<Role>, String> {
    let client = lab.client()?;
    let write = |path: &str, body: Value| -> Result<Option<Value>, String> {
        client
            .write::<Value>(path, &body)
            .map(|r| r.and_then(|r| r.data))
            .map_err(|e| format!("setting up {path}: {e}"))
    };
    write("sys/auth/approle", json!({ "type": "approle" }))?;
    write("sys/policies/acl/bench", json!({ "policy": POLICY }))?;
    for i in 0..APP_PATHS {
        let data: serde_json::Map<String, Value> = (0..app_keys(i))
            .map(|j| (format!("k{j}"), json!(app_value(i, j))))
            .collect();
        write(&format!("secret/data/app/p{i}"), json!({ "data": data }))?;
    }
    for (path, value) in [
        (ROTATE_PATH, "v0"),
        (RATE_PATH, "steady"),
        (FLEET_PATH, "f0"),
    ] {
        put(lab, path, value)?;
    }
    database(lab, &write)?;
    ["vaultctl", "agent", "fleet"]
        .into_iter()
        .map(|name| role(lab, name, &write))
        .collect()
}

/// Writes `{"value": VALUE}` to the KV v2 secret PATH (`secret/NAME`).
pub fn put(lab: &Lab, path: &str, value: &str) -> Result<(), String> {
    let api = path.replacen("secret/", "secret/data/", 1);
    lab.client()?
        .write::<Value>(&api, &json!({ "data": { "value": value } }))
        .map_err(|e| format!("writing {path}: {e}"))?;
    Ok(())
}

fn role(lab: &Lab, name: &str, write: &Write) -> Result<Role, String> {
    let path = format!("auth/approle/role/{name}");
    write(
        &path,
        json!({ "token_policies": ["bench"], "token_ttl": "2m", "token_max_ttl": "24h" }),
    )?;
    let role_id = lab
        .client()?
        .read::<Value>(&format!("{path}/role-id"))
        .map_err(|e| format!("{path}/role-id: {e}"))?
        .data
        .and_then(|d| d["role_id"].as_str().map(String::from))
        .ok_or("no role_id")?;
    let secret_id = write(&format!("{path}/secret-id"), json!({}))?
        .and_then(|d| d["secret_id"].as_str().map(String::from))
        .ok_or("no secret_id")?;
    Ok(Role {
        name: name.into(),
        role_id: lab.write(&format!("{name}.role_id"), &role_id)?,
        secret_id: lab.write(&format!("{name}.secret_id"), &secret_id)?,
    })
}

fn database(lab: &Lab, write: &Write) -> Result<(), String> {
    write("sys/mounts/database", json!({ "type": "database" }))?;
    let url = format!(
        "postgresql://{{{{username}}}}:{{{{password}}}}@127.0.0.1:{}/postgres?sslmode=disable",
        lab.pg_port
    );
    write(
        "database/config/pg",
        json!({
            "plugin_name": "postgresql-database-plugin",
            "connection_url": url,
            "allowed_roles": "*",
            "username": "postgres",
            "password": lab.pg_password,
        }),
    )?;
    let create =
        "CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';";
    for (role, ttl) in [(DB_ROLE, "1h"), (RATE_DB_ROLE, "60s")] {
        write(
            &format!("database/roles/{role}"),
            json!({
                "db_name": "pg",
                "creation_statements": [create],
                "default_ttl": ttl,
                "max_ttl": "24h",
            }),
        )?;
    }
    Ok(())
}
