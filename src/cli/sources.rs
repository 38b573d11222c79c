//! What `exec`, `env` and `check` share: gather the SOURCES from flags, the config file
//! and the inherited environment; authenticate (the stored token, or `--auth`); read
//! every path once with start-up retry; assemble and validate the child's environment.

use super::Context;
use super::args::SourceArgs;
use super::params::{self, Trim};
use crate::secrets::assemble::{self, Reads};
use crate::secrets::sources::Origin;
use crate::secrets::{Injected, Problem, Sources, resolve};
use crate::vault::auth::{self, AuthMethod, Params};
use crate::vault::{Client, response::Auth};
use anyhow::{Result, bail};
use std::ffi::OsString;
use std::time::{Duration, Instant};

/// Everything resolved and checked, ready to inject.
#[derive(Debug)]
pub struct Prepared {
    /// The client, with a working token.
    pub client: Client,
    /// The login method, when `--auth` gave one (to log in again later).
    pub method: Option<Box<dyn AuthMethod>>,
    /// The login's `auth` block, when vaultctl logged in itself.
    pub login: Option<Auth>,
    /// The sources.
    pub sources: Sources,
    /// What every read returned.
    pub reads: Reads,
    /// The variables and files.
    pub injected: Injected,
    /// The child's whole environment: inherited (unless pristine) plus injected.
    pub env: Vec<(String, String)>,
    /// The inherited part alone (empty when pristine).
    pub base: Vec<(String, String)>,
    /// Reasons not to start; empty when all is well.
    pub problems: Vec<Problem>,
    /// True when a read failed because Vault stayed unreachable or sealed.
    pub unreachable: bool,
}

/// Gathers, authenticates, reads and validates. `files` are `--file` outputs;
/// `pristine` leaves the inherited environment out of the child's.
pub fn prepare(
    ctx: &Context,
    args: &SourceArgs,
    files: &[String],
    pristine: bool,
) -> Result<Prepared> {
    let inherited: Vec<(String, String)> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let sources = gather(ctx, args, files, &inherited);
    let file = &ctx.settings.file.exec;
    let retry = match (args.retry_timeout, &file.retry_timeout) {
        (Some(d), _) => d,
        (None, Some(v)) => v.get("exec.retry_timeout")?,
        (None, None) => Duration::from_secs(120),
    };
    let deadline = Instant::now() + retry;
    let (client, method, login) = authenticate(ctx, args, deadline)?;
    let reads = resolve::read_all(&client, &sources.reads(), deadline);
    let unreachable = reads
        .values()
        .any(|r| r.as_ref().is_err_and(|e| e.unreachable));
    let (injected, mut problems) = assemble::assemble(&sources, &reads);
    let base: Vec<(String, String)> = if pristine { Vec::new() } else { inherited };
    let env = injected.environment(&base);
    problems.extend(assemble::check_rules(&sources, &env));
    Ok(Prepared {
        client,
        method,
        login,
        sources,
        reads,
        injected,
        env,
        base,
        problems,
        unreachable,
    })
}

fn gather(
    ctx: &Context,
    args: &SourceArgs,
    files: &[String],
    inherited: &[(String, String)],
) -> Sources {
    let file = &ctx.settings.file;
    let mut sources = Sources::default();
    for s in &file.secret {
        sources.add_secret(&format!("{}={}", s.prefix, s.path));
    }
    for s in &args.secrets {
        sources.add_secret(s);
    }
    if !(args.no_env_refs || file.exec.no_env_refs.unwrap_or(false)) {
        sources.add_inherited(inherited.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }
    for (name, reference) in &file.env {
        sources.add_env_pair(name, reference, Origin::Explicit);
    }
    for e in &args.env {
        sources.add_env(e, Origin::Explicit);
    }
    for (dest, reference) in &file.exec.file {
        sources.add_file(&format!("{dest}={reference}"));
    }
    for f in files {
        sources.add_file(f);
    }
    sources.require = file
        .exec
        .require
        .iter()
        .chain(&args.require)
        .cloned()
        .collect();
    for (name, rule) in &file.exec.validate {
        sources.add_validate(&format!("{name}={rule}"));
    }
    for v in &args.validate {
        sources.add_validate(v);
    }
    sources
}

/// A client with a working token, the login method and its result when vaultctl logged in.
type Session = (Client, Option<Box<dyn AuthMethod>>, Option<Auth>);

/// A client with a token: logged in with `--auth` (or `[auth]`), else `VAULT_TOKEN` or
/// the stored token.
fn authenticate(ctx: &Context, args: &SourceArgs, deadline: Instant) -> Result<Session> {
    let table = ctx.settings.file.auth.as_ref();
    let method_name = args
        .auth
        .clone()
        .or_else(|| table.map(|t| t.method.clone()));
    let Some(method_name) = method_name else {
        let client = ctx.client(true)?;
        if client.token().is_none() {
            bail!("no token: set VAULT_TOKEN, log in with `vaultctl login`, or pass --auth METHOD");
        }
        return Ok((client, None, None));
    };
    let mut pairs: Vec<String> = Vec::new();
    if let Some(t) =
        table.filter(|t| args.auth.is_none() || args.auth.as_deref() == Some(t.method.as_str()))
    {
        pairs.extend(t.params.iter().map(|(k, v)| format!("{k}={v}")));
    }
    pairs.extend(args.auth_params.iter().cloned());
    let mut given = Params::new(params::parse(&pairs, Trim::TrailingNewline)?);
    let audience = given.remove("audience");
    super::login::fill_in(ctx, &method_name, &mut given, audience)?;
    let path = args
        .auth_path
        .clone()
        .or_else(|| table.and_then(|t| t.path.clone()));
    let method = auth::method(&method_name, path.as_deref(), given)?;
    let client = ctx.client(false)?;
    let login = resolve::with_retry(deadline, &format!("{method_name} login"), || {
        method.login(&client)
    })
    .map_err(|e| ctx.name_address(e))?;
    client.replace_token(Some(login.client_token.clone()));
    crate::info!(
        "logged in with {method_name} (token ttl {})",
        crate::duration::human(login.lease_duration)
    );
    Ok((client, Some(method), Some(login)))
}

/// Prints every problem, one a line, never a value.
pub fn report(problems: &[Problem], what: &str) {
    let n = problems.len();
    let plural = if n == 1 { "" } else { "s" };
    eprintln!("vaultctl: {n} problem{plural}; {what}:");
    for p in problems {
        eprintln!("vaultctl:   {p}");
    }
}

/// The environment as `OsString` pairs for a child.
pub fn os_env(env: &[(String, String)]) -> Vec<(OsString, OsString)> {
    env.iter()
        .map(|(k, v)| (OsString::from(k), OsString::from(v)))
        .collect()
}
