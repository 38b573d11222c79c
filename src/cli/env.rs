//! `vaultctl env`: print the injected variables in a format (shell, dotenv, json, or
//! appended to `GITHUB_ENV`); and the first requests `env` and `check` share.

use super::Context;
use super::args::{EnvArgs, EnvFormat, Format, SourceArgs};
use super::envfmt;
use crate::outcome::Outcome;
use crate::run::first::FirstReads;
use crate::run::ledger::Ledger;
use crate::run::report;
use crate::secrets::Var;
use anyhow::{Context as _, Result, bail};
use std::io::Write;

/// How `env` and `check` end when they found problems.
pub(super) fn failure(resolved: &FirstReads) -> Outcome {
    Outcome::Problems {
        unreachable: resolved.unreachable,
    }
}

/// Makes the plan of `env` or `check` and does its first requests: `Ok(Err(outcome))`
/// when it stopped, reported.
pub(super) fn first_reads(
    ctx: &Context,
    sources: &SourceArgs,
    what: &str,
) -> Result<Result<FirstReads, Outcome>> {
    let plan = match super::plan::from_process(&ctx.settings, sources, None) {
        Ok(plan) => plan,
        Err(problems) => {
            report::problems(&problems, what);
            return Ok(Err(Outcome::Problems { unreachable: false }));
        }
    };
    match crate::run::first::first_reads(plan, ctx.client(false)?) {
        Ok((resolved, _)) => Ok(Ok(resolved)),
        Err(failed) => Err(ctx.name_address(failed.error)),
    }
}

/// Runs `vaultctl env`.
pub fn env(ctx: &Context, args: &EnvArgs) -> Result<Outcome> {
    let format = ctx
        .settings
        .env_format
        .unwrap_or(match ctx.settings.format {
            Format::Json => EnvFormat::Json,
            Format::Table => EnvFormat::Shell,
        });
    let github_env = match format {
        EnvFormat::Github => match std::env::var_os("GITHUB_ENV") {
            Some(path) => Some(path),
            None => {
                bail!("--format github appends to the file named by GITHUB_ENV, which is not set")
            }
        },
        _ => None,
    };
    let prepared = match first_reads(ctx, &args.sources, "nothing was printed")? {
        Ok(resolved) => resolved,
        Err(outcome) => return Ok(outcome),
    };
    if !prepared.problems.is_empty() {
        report::problems(&prepared.problems, "nothing was printed");
        // Nothing was handed out: the leases made for it would only linger.
        Ledger::new(prepared.leases(), true).finish(&prepared.client);
        return Ok(failure(&prepared));
    }
    let vars: &[Var] = &prepared.injected.vars;
    let mut out = std::io::stdout().lock();
    match format {
        EnvFormat::Shell => envfmt::shell(vars, &mut out)?,
        EnvFormat::Dotenv => envfmt::dotenv(vars, &mut out)?,
        EnvFormat::Json => envfmt::json(vars, &mut out)?,
        EnvFormat::Github => {
            let path = github_env.unwrap_or_default();
            let mut file = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&path)
                .with_context(|| {
                    format!("cannot open GITHUB_ENV file {}", path.to_string_lossy())
                })?;
            envfmt::github(vars, &mut out, &mut file)?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}
