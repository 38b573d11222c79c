//! The first requests of `exec`, with the fallback cache behind them: resolve as always;
//! when Vault stayed unreachable (or sealed) until `--retry-timeout` — the login failed
//! with a transient error, or every read that failed did — and the plan has a cache,
//! start from its entry instead, assembled and validated by the same code as a start
//! from Vault. When the entry is unfit, the reason (naming the source when one is the
//! reason) is one more problem, and the run stops as it would have without a cache.

use super::fallback::Keeper;
use super::fallback::store::CacheFile;
use super::first::{self, FirstReads};
use super::plan::Plan;
use super::report;
use crate::secrets::read::Reads;
use crate::secrets::{Kind, Problem};
use crate::vault::Client;
use std::time::SystemTime;

/// What the first requests (or the cache) gave.
#[derive(Debug)]
pub struct Started {
    /// As from [`first::first_reads`]; from the cache's entry when it was used.
    pub resolved: FirstReads,
    /// The plan.
    pub plan: Plan,
    /// The cache of the run, when it has one.
    pub cache: Option<Keeper>,
}

/// The run could not even read, and that was reported.
#[derive(Debug)]
pub struct Reported;

/// Resolves `plan`, falling back to its cache when Vault cannot be reached.
pub fn start(mut plan: Plan, client: Client) -> Result<Started, Reported> {
    let file = plan
        .fallback
        .take()
        .map(|f| CacheFile::new(&f, &plan.sources.reads()));
    let failed = match first::first_reads(plan, client) {
        Ok((resolved, plan)) => return Ok(after_reads(resolved, plan, file)),
        Err(failed) => failed,
    };
    let Some(file) = file.filter(|_| failed.error.is_transient()) else {
        report::error(&failed.error);
        return Err(Reported);
    };
    let failed = *failed;
    let now = SystemTime::now();
    match file.load(now) {
        Ok(loaded) => {
            // Not the end of the run: a warning, as the failed reads of an outage are.
            crate::warn!("{}", failed.error);
            let resolved = first::assembled(
                &failed.plan,
                failed.client,
                Some(failed.login),
                None,
                loaded.reads.clone(),
            );
            let cache = Keeper::from_cache(file, &loaded, now);
            Ok(Started {
                resolved,
                plan: failed.plan,
                cache: Some(cache),
            })
        }
        Err(reason) => {
            report::error(&failed.error);
            report::error(&refusal(&file, &reason));
            Err(Reported)
        }
    }
}

/// After the reads: the cache's entry in place of an outage's failed reads.
fn after_reads(mut resolved: FirstReads, plan: Plan, file: Option<CacheFile>) -> Started {
    let Some(file) = file else {
        return Started {
            resolved,
            plan,
            cache: None,
        };
    };
    if resolved.problems.is_empty() || !outage(&resolved.reads) {
        return Started {
            resolved,
            plan,
            cache: Some(Keeper::fresh(file)),
        };
    }
    let now = SystemTime::now();
    match file.load(now) {
        Ok(loaded) => {
            let FirstReads {
                client,
                login,
                token,
                ..
            } = resolved;
            let resolved = first::assembled(&plan, client, login, token, loaded.reads.clone());
            Started {
                resolved,
                plan,
                cache: Some(Keeper::from_cache(file, &loaded, now)),
            }
        }
        Err(reason) => {
            resolved
                .problems
                .push(Problem::run(Kind::Unreadable, refusal(&file, &reason)));
            Started {
                resolved,
                plan,
                cache: None,
            }
        }
    }
}

/// True when reads failed and every failure was Vault staying unreachable or sealed: an
/// outage, not a refusal or a missing secret, which the cache must never hide.
fn outage(reads: &Reads) -> bool {
    let failures: Vec<_> = reads.values().filter_map(|r| r.as_ref().err()).collect();
    !failures.is_empty() && failures.iter().all(|f| f.unreachable)
}

fn refusal(file: &CacheFile, reason: &str) -> String {
    format!(
        "cannot start from the fallback cache {}: {reason}",
        file.path().display()
    )
}
