//! `vaultctl kv rollback` and `kv metadata put`: KV version 2 administration, printed
//! as `vault kv rollback` and `vault kv metadata put` print it.

use super::Context;
use super::args::{Format, KvMetadataPutArgs, KvPathArgs, KvRollbackArgs};
use super::params;
use super::write::{success, table_rows};
use crate::vault::kv::{Kv, Location, MetadataSettings};
use anyhow::{Context as _, Result};
use serde_json::Value;

fn locate(kv: &Kv<'_>, at: &KvPathArgs) -> Result<Location> {
    kv.locate(&at.path, at.mount.as_deref())
        .with_context(|| format!("cannot find the KV mount of {}", at.path))
}

/// Runs `kv rollback`: the new version's metadata as a Key/Value table, or Vault's answer
/// as JSON.
pub fn rollback(ctx: &Context, kv: &Kv<'_>, args: &KvRollbackArgs) -> Result<()> {
    let at = locate(kv, &args.at)?;
    match kv.rollback(&at, args.version)? {
        Some(response) if ctx.settings.format == Format::Json => ctx.output().json(&response)?,
        Some(response) => ctx
            .output()
            .key_values(&table_rows(response.data.as_ref().unwrap_or(&Value::Null)))?,
        None => success(
            ctx,
            &format!("Success! Data written to: {}", at.api_path("data")),
        )?,
    }
    Ok(())
}

/// The settings of `kv metadata put`, read before anything is sent. Custom metadata
/// values take `@FILE` and `-` as `kv put` values do, less one trailing newline (Vault
/// refuses unprintable characters there).
pub fn metadata_settings(args: &KvMetadataPutArgs) -> Result<MetadataSettings> {
    let custom_metadata = if args.custom_metadata.is_empty() {
        None
    } else {
        let pairs = params::parse(&args.custom_metadata, params::Trim::TrailingNewline)
            .context("--custom-metadata")?;
        Some(
            pairs
                .into_iter()
                .map(|(k, v)| (k, Value::String(v.expose().to_string())))
                .collect(),
        )
    };
    Ok(MetadataSettings {
        max_versions: args.max_versions,
        cas_required: args.cas_required,
        delete_version_after: args.delete_version_after,
        custom_metadata,
    })
}

/// Runs `kv metadata put`.
pub fn metadata_put(
    ctx: &Context,
    kv: &Kv<'_>,
    args: &KvMetadataPutArgs,
    settings: &MetadataSettings,
) -> Result<()> {
    let at = locate(kv, &args.at)?;
    match kv.put_metadata(&at, settings)? {
        (_, Some(response)) if ctx.settings.format == Format::Json => {
            ctx.output().json(&response)?
        }
        (_, Some(response)) => ctx
            .output()
            .key_values(&table_rows(response.data.as_ref().unwrap_or(&Value::Null)))?,
        (path, None) => success(ctx, &format!("Success! Data written to: {path}"))?,
    }
    Ok(())
}
