//! `vaultctl env` (print the injected variables in a format) and `vaultctl check`
//! (resolve and validate, show sources and verdicts, never a value).

use super::Context;
use super::args::{CheckArgs, EnvArgs, EnvFormat, Format};
use super::envfmt;
use super::sources::{self, Prepared};
use crate::secrets::Var;
use anyhow::{Context as _, Result, bail};
use std::io::Write;
use std::process::ExitCode;

/// Exit code for problems: 2 when Vault stayed unreachable, else 1.
fn failure(prepared: &Prepared) -> ExitCode {
    ExitCode::from(if prepared.unreachable { 2 } else { 1 })
}

/// Runs `vaultctl env`.
pub fn env(ctx: &Context, args: &EnvArgs) -> Result<ExitCode> {
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
    let prepared = sources::prepare(ctx, &args.sources, &[], true)?;
    if !prepared.problems.is_empty() {
        sources::report(&prepared.problems, "nothing was printed");
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
    Ok(ExitCode::SUCCESS)
}

/// Runs `vaultctl check`.
pub fn check(ctx: &Context, args: &CheckArgs) -> Result<ExitCode> {
    let prepared = sources::prepare(ctx, &args.sources, &[], false)?;
    let rows = rows(&prepared);
    if ctx.settings.format == Format::Json {
        let doc: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| serde_json::json!({ "name": r[0], "source": r[1], "version": r[2], "verdict": r[3] }))
            .collect();
        ctx.output().json(&serde_json::json!({ "variables": doc, "problems": prepared.problems.iter().map(ToString::to_string).collect::<Vec<_>>() }))?;
    } else {
        let mut out = std::io::stdout().lock();
        let widths: Vec<usize> = (0..3)
            .map(|i| {
                rows.iter()
                    .map(|r| r[i].len())
                    .max()
                    .unwrap_or(0)
                    .max(HEADER[i].len())
            })
            .collect();
        for row in std::iter::once(HEADER.map(String::from)).chain(rows.iter().cloned()) {
            writeln!(
                out,
                "{:<w0$}  {:<w1$}  {:<w2$}  {}",
                row[0],
                row[1],
                row[2],
                row[3],
                w0 = widths[0],
                w1 = widths[1],
                w2 = widths[2]
            )?;
        }
    }
    if prepared.problems.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    sources::report(&prepared.problems, "exec would not start");
    Ok(failure(&prepared))
}

const HEADER: [&str; 4] = ["NAME", "SOURCE", "VERSION/TTL", "VERDICT"];

/// One row a variable: name, source, KV version or lease TTL, verdict.
fn rows(prepared: &Prepared) -> Vec<[String; 4]> {
    prepared
        .injected
        .vars
        .iter()
        .map(|v| {
            let fetched = prepared.reads.get(&v.read).and_then(|r| r.as_ref().ok());
            let detail = match fetched {
                Some(f) if f.version.is_some() => format!("v{}", f.version.unwrap_or_default()),
                Some(f) if !f.lease_id.is_empty() => {
                    format!("ttl {}", crate::duration::human(f.lease_duration))
                }
                _ => "-".into(),
            };
            let prefix = format!("{}:", v.name);
            let verdict = prepared
                .problems
                .iter()
                .find(|p| p.0.starts_with(&prefix))
                .map_or("ok".to_string(), |p| p.0[prefix.len()..].trim().to_string());
            [v.name.clone(), v.source.clone(), detail, verdict]
        })
        .collect()
}
