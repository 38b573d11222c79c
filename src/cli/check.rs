//! `vaultctl check`: resolve and validate as `exec` would, show each variable's and
//! file's source and verdict (from the typed problems), never a value.

use super::Context;
use super::args::{CheckArgs, Format};
use crate::outcome::Outcome;
use crate::run::first::FirstReads;
use crate::run::ledger::Ledger;
use crate::run::report;
use crate::secrets::Subject;
use anyhow::Result;
use std::io::Write;

/// Runs `vaultctl check`.
pub fn check(ctx: &Context, args: &CheckArgs) -> Result<Outcome> {
    let prepared = match super::env::first_reads(ctx, &args.sources, "exec would not start")? {
        Ok(resolved) => resolved,
        Err(outcome) => return Ok(outcome),
    };
    // check hands nothing out: the leases it had to create are revoked.
    Ledger::new(prepared.leases(), true).finish(&prepared.client);
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
        return Ok(Outcome::Success);
    }
    report::problems(&prepared.problems, "exec would not start");
    Ok(super::env::failure(&prepared))
}

const HEADER: [&str; 4] = ["NAME", "SOURCE", "VERSION/TTL", "VERDICT"];

/// One row a variable and a file: name (or destination), source, KV version or the
/// shortest TTL of what it uses, verdict.
fn rows(prepared: &FirstReads) -> Vec<[String; 4]> {
    let vars = prepared.injected.vars.iter().map(|v| {
        let subject = Subject::Variable(v.name.clone());
        (v.name.clone(), subject, v.source.clone(), &v.reads)
    });
    let files = prepared.injected.files.iter().map(|f| {
        let subject = Subject::File(f.dest.clone());
        (
            f.dest.display().to_string(),
            subject,
            f.source.clone(),
            &f.reads,
        )
    });
    vars.chain(files)
        .map(|(name, subject, source, reads)| {
            let detail = detail(prepared, reads);
            let verdict = prepared
                .problems
                .iter()
                .find(|p| p.subject == subject)
                .map_or("ok".to_string(), |p| p.detail.clone());
            [name, source, detail, verdict]
        })
        .collect()
}

/// `v3` for one KV read, else the shortest TTL of the leases and certificates used.
fn detail(prepared: &FirstReads, reads: &[crate::secrets::read::ReadKey]) -> String {
    let fetched: Vec<_> = reads
        .iter()
        .filter_map(|k| prepared.reads.get(k).and_then(|r| r.as_ref().ok()))
        .collect();
    if let [only] = fetched.as_slice() {
        if let Some(v) = only.version {
            return format!("v{v}");
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let ttl = fetched
        .iter()
        .filter_map(
            |f| match f.data.get("expiration").and_then(|e| e.as_u64()) {
                _ if !f.lease_id.is_empty() => Some(f.lease_duration),
                Some(at) if f.kv.is_none() => Some(at.saturating_sub(now)),
                _ => None,
            },
        )
        .min();
    ttl.map_or("-".into(), |t| format!("ttl {}", crate::duration::human(t)))
}
