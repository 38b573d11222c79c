//! `vaultctl lease lookup|renew|revoke LEASE_ID`.

use super::Context;
use super::args::{Format, LeaseCommand};
use super::output::object_rows;
use crate::duration::human;
use crate::outcome::Outcome;
use crate::vault::sys;
use anyhow::{Context as _, Result};
use serde_json::Value;

/// Runs a lease command.
pub fn run(ctx: &Context, command: LeaseCommand) -> Result<Outcome> {
    let client = ctx.client(true)?;
    let json = ctx.settings.format == Format::Json;
    match command {
        LeaseCommand::Lookup { lease_id } => {
            let response = sys::lease_lookup(&client, &lease_id)
                .with_context(|| format!("cannot look up the lease {lease_id}"))?;
            if json {
                ctx.output().json(&response)?;
            } else {
                let data = response.data.unwrap_or_default();
                let rows: Vec<(String, String)> = object_rows(&data)
                    .into_iter()
                    .map(|(k, v)| match (k.as_str(), &data[&k]) {
                        ("ttl", Value::Number(n)) => (k, human(n.as_u64().unwrap_or(0))),
                        (_, Value::Null) => (k, "n/a".to_string()),
                        _ => (k, v),
                    })
                    .collect();
                ctx.output().key_values(&rows)?;
            }
        }
        LeaseCommand::Renew {
            increment,
            lease_id,
        } => {
            let response = sys::lease_renew(&client, &lease_id, increment)
                .with_context(|| format!("cannot renew the lease {lease_id}"))?;
            if json {
                ctx.output().json(&response)?;
            } else {
                ctx.output().key_values(&[
                    ("lease_id", response.lease_id.clone()),
                    ("lease_duration", human(response.lease_duration)),
                    ("lease_renewable", response.renewable.to_string()),
                ])?;
            }
        }
        LeaseCommand::Revoke { lease_id } => {
            sys::lease_revoke(&client, &lease_id)
                .with_context(|| format!("cannot revoke the lease {lease_id}"))?;
            if !json {
                ctx.output()
                    .page()
                    .line(&format!("Success! Revoked the lease {lease_id}"))
                    .print()?;
            }
        }
    }
    Ok(Outcome::Success)
}
