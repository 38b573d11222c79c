//! `vaultctl read [--field KEY] PATH`: a plain logical read of any path, printed as the
//! vault CLI prints it: lease facts, then the data as a Key/Value table; or Vault's
//! answer as JSON; or one raw field.

use super::Context;
use super::args::{Format, ReadArgs};
use super::output::{display_value, object_rows};
use crate::duration::human;
use crate::outcome::Outcome;
use crate::vault::{self, Response};
use anyhow::{Result, anyhow};
use serde_json::Value;

/// Runs `read`.
pub fn run(ctx: &Context, args: &ReadArgs) -> Result<Outcome> {
    let client = ctx.client(true)?;
    let path = args.path.trim_matches('/');
    // A 404 may come with warnings only (a KV v2 path without its data/): they are
    // logged, and nothing was read.
    let response = client
        .read_value(path, &[])?
        .filter(|r| r.data.as_ref().is_some_and(|d| !d.is_null()))
        .ok_or_else(|| vault::Error::not_found(path))?;
    if let Some(field) = &args.field {
        let value = field_of(&response, field)
            .ok_or_else(|| anyhow!("Field {field:?} not present in secret"))?;
        ctx.output().raw(&value)?;
    } else if ctx.settings.format == Format::Json {
        ctx.output().json(&response)?;
    } else {
        let mut rows = lease_rows(&response);
        rows.extend(object_rows(response.data.as_ref().unwrap_or(&Value::Null)));
        ctx.output().key_values(&rows)?;
    }
    Ok(Outcome::Success)
}

/// A key of `data`, else one of the lease facts of the envelope (as the vault CLI).
pub(super) fn field_of(response: &Response<Value>, field: &str) -> Option<String> {
    if let Some(value) = response.data.as_ref().and_then(|d| d.get(field)) {
        return Some(display_value(value).into_owned());
    }
    match field {
        "lease_id" if !response.lease_id.is_empty() => Some(response.lease_id.clone()),
        "lease_duration" | "refresh_interval" => Some(response.lease_duration.to_string()),
        "lease_renewable" | "renewable" => Some(response.renewable.to_string()),
        _ => None,
    }
}

/// The rows the vault CLI puts above the data: the lease, or how long to cache.
pub(super) fn lease_rows(response: &Response<Value>) -> Vec<(String, String)> {
    if !response.lease_id.is_empty() {
        vec![
            ("lease_id".into(), response.lease_id.clone()),
            ("lease_duration".into(), human(response.lease_duration)),
            ("lease_renewable".into(), response.renewable.to_string()),
        ]
    } else if response.lease_duration > 0 {
        vec![("refresh_interval".into(), human(response.lease_duration))]
    } else {
        Vec::new()
    }
}
