//! The session: how vaultctl gets its token for `exec`, `env` and `check`. With `--auth`
//! (or `[auth]`) the login method is built while the plan is made — parameters read,
//! `@FILE`s opened, unknown methods and parameters refused — so a bad one stops
//! everything before Vault is asked; the login itself happens when the run starts.

use crate::cli::args::SourceArgs;
use crate::cli::params::{self, Trim};
use crate::cli::settings::{LoginEnv, Settings};
use crate::redacted::Secret;
use crate::secrets::fetch;
use crate::vault::auth::{self, AuthMethod, Params};
use crate::vault::{Client, response::Auth};
use anyhow::{Context as _, Result, bail};
use std::io::IsTerminal;
use std::time::Instant;

/// A login method, built and checked, not yet used.
#[derive(Debug)]
pub struct Login {
    /// The method's name, as given.
    pub name: String,
    /// The method.
    pub method: Box<dyn AuthMethod>,
}

/// The login of `--auth` or `[auth]`, when one is given (flags win over the table).
pub fn login_plan(settings: &Settings, args: &SourceArgs) -> Result<Option<Login>> {
    let table = settings.file.auth.as_ref();
    let Some(name) = args
        .auth
        .clone()
        .or_else(|| table.map(|t| t.method.clone()))
    else {
        return Ok(None);
    };
    let mut pairs: Vec<String> = Vec::new();
    if let Some(t) = table.filter(|t| args.auth.as_deref().is_none_or(|a| a == t.method)) {
        pairs.extend(t.params.iter().map(|(k, v)| format!("{k}={v}")));
    }
    pairs.extend(args.auth_params.iter().cloned());
    warn_on_command_line(&args.auth_params);
    let mut given = Params::new(params::parse(&pairs, Trim::TrailingNewline)?);
    let audience = given.remove("audience");
    fill_in(&settings.login_env, &name, &mut given, audience)?;
    let path = args
        .auth_path
        .clone()
        .or_else(|| table.and_then(|t| t.path.clone()));
    let method =
        auth::method(&name, path.as_deref(), given).with_context(|| format!("--auth {name}"))?;
    Ok(Some(Login { name, method }))
}

/// Login parameters that are secrets.
const SECRET_PARAMS: [&str; 5] = ["secret_id", "secret_id_wrapped", "password", "token", "jwt"];

/// Warns about a secret login parameter written out on the command line: every process
/// on the machine, the command vaultctl runs included, can read it in
/// `/proc/<vaultctl>/cmdline`. `@FILE`, `-` and the environment do not show it.
fn warn_on_command_line(params: &[String]) {
    for p in params {
        let Some((key, value)) = p.split_once('=') else {
            continue;
        };
        if SECRET_PARAMS.contains(&key) && !value.starts_with('@') && value != "-" {
            crate::warn!(
                "--auth-param {key} is written out on the command line, where every process on this machine can read it; give {key}=@FILE instead"
            );
        }
    }
}

/// Logs in with `login` through `client`, retrying an unreachable Vault until `deadline`;
/// the client then holds the new token.
pub fn log_in(
    client: &Client,
    login: &Login,
    deadline: Instant,
) -> Result<Auth, crate::vault::Error> {
    let auth = fetch::with_retry(deadline, &format!("{} login", login.name), || {
        login.method.login(client)
    })?;
    client.replace_token(Some(auth.client_token.clone()));
    crate::info!(
        "logged in with {} (token ttl {})",
        login.name,
        crate::duration::human(auth.lease_duration)
    );
    Ok(auth)
}

/// Parameters that come from elsewhere than the command line: `VAULT_ROLE_ID` and
/// `VAULT_SECRET_ID`, prompts on a terminal, GitHub Actions' OIDC token.
pub fn fill_in(
    env: &LoginEnv,
    method: &str,
    params: &mut Params,
    audience: Option<Secret>,
) -> Result<()> {
    match method {
        "approle" => {
            if let Some(v) = &env.role_id {
                params.default("role_id", v.clone());
            }
            if let (Some(v), false) = (&env.secret_id, params.has("secret_id_wrapped")) {
                params.default("secret_id", v.clone());
            }
        }
        "userpass" | "ldap" if !params.has("password") && params.has("username") => {
            params.default(
                "password",
                prompt("Password (will be hidden): ", "password")?,
            );
        }
        "token" if !params.has("token") => {
            params.default("token", prompt("Token (will be hidden): ", "token")?);
        }
        "jwt" if !params.has("jwt") => {
            if let Some((url, request_token)) = &env.github_oidc {
                let aud = audience.as_ref().map(Secret::expose);
                let jwt = auth::github_id_token(url, request_token, aud)?;
                params.default("jwt", jwt);
            }
        }
        _ => {}
    }
    if audience.is_some() && method != "jwt" {
        bail!("{method} login does not take audience=");
    }
    Ok(())
}

/// Reads a secret at a no-echo prompt; without a terminal it fails at once (never hangs).
fn prompt(text: &str, key: &str) -> Result<Secret> {
    if !std::io::stdin().is_terminal() {
        bail!(
            "no {key} given and no terminal to prompt on: pass {key}=@FILE or {key}=- (standard input)"
        );
    }
    let value =
        rpassword::prompt_password(text).with_context(|| format!("cannot read the {key}"))?;
    Ok(Secret::new(value))
}
