//! `vaultctl kv ...`: the KV commands. Thin: arguments in, [`crate::vault::kv`] calls,
//! then a table (metadata first, then the data), JSON as Vault sent it, or one raw field.

use super::Context;
use super::args::{Format, KvCommand, KvGetArgs, KvListArgs, KvMetadataCommand, KvPathArgs};
use super::output::{display_value, object_rows};
use super::params;
use crate::outcome::Outcome;
use crate::vault::kv::{Kv, Location, Version};
use crate::vault::{self, Response};
use anyhow::{Context as _, Result, anyhow};
use serde_json::Value;

/// Runs a KV command.
pub fn run(ctx: &Context, command: KvCommand) -> Result<Outcome> {
    // Data is read before anything is sent: a bad @FILE must not cost a request.
    let data = match &command {
        KvCommand::Put(args) => Some(params::data(&args.data)?),
        KvCommand::Patch(args) => Some(params::data(&args.data)?),
        KvCommand::Export(args) => {
            super::kv_tree::check_export(ctx, args)?;
            None
        }
        _ => None,
    };
    let document = match &command {
        KvCommand::Import(args) => Some(super::kv_tree::read_document(args)?),
        _ => None,
    };
    let client = ctx.client(true)?;
    let kv = Kv::new(&client);
    match command {
        KvCommand::Get(args) => get(ctx, &kv, &args)?,
        KvCommand::Put(args) => {
            let at = locate(&kv, &args.at)?;
            let answer = kv.put(&at, data.unwrap_or_default(), args.cas)?;
            written(ctx, &at, answer)?;
        }
        KvCommand::Patch(args) => {
            let at = locate(&kv, &args.at)?;
            let answer = kv.patch(&at, data.unwrap_or_default())?;
            written(ctx, &at, answer)?;
        }
        KvCommand::List(args) => list(ctx, &kv, &args)?,
        KvCommand::Export(args) => {
            let at = locate(&kv, &args.at)?;
            super::kv_tree::export(ctx, &kv, &at, &args)?;
        }
        KvCommand::Import(args) => {
            return super::kv_tree::import(ctx, &kv, &args, document.unwrap_or_default());
        }
        // Run by `cli::run`, which builds a context for each profile.
        KvCommand::Copy(_) => return Err(anyhow!("kv copy needs the command line's options")),
        KvCommand::Delete(args) => {
            let at = locate(&kv, &args.at)?;
            let path = kv.delete(&at, &args.versions)?;
            let message = match args.versions.as_slice() {
                [] => format!("Success! Data deleted (if it existed) at: {path}"),
                some => format!("Success! Deleted {} of {}", versions(some), at.user_path()),
            };
            success(ctx, &message)?;
        }
        KvCommand::Undelete(args) => {
            let at = locate(&kv, &args.at)?;
            kv.undelete(&at, &args.versions)?;
            let what = versions(&args.versions);
            success(
                ctx,
                &format!("Success! Undeleted {what} of {}", at.user_path()),
            )?;
        }
        KvCommand::Destroy(args) => {
            let at = locate(&kv, &args.at)?;
            kv.destroy(&at, &args.versions)?;
            let what = versions(&args.versions);
            success(
                ctx,
                &format!("Success! Destroyed {what} of {}", at.user_path()),
            )?;
        }
        KvCommand::Rollback(args) => super::kv_admin::rollback(ctx, &kv, &args)?,
        KvCommand::Metadata { command } => metadata(ctx, &kv, command)?,
    }
    Ok(Outcome::Success)
}

fn locate(kv: &Kv<'_>, at: &KvPathArgs) -> Result<Location> {
    kv.locate(&at.path, at.mount.as_deref())
        .with_context(|| format!("cannot find the KV mount of {}", at.path))
}

fn get(ctx: &Context, kv: &Kv<'_>, args: &KvGetArgs) -> Result<()> {
    let at = locate(kv, &args.at)?;
    let response = kv.get(&at, args.version)?;
    let data = response.data.as_ref().unwrap_or(&Value::Null);
    let (secret, metadata) = match at.mount.version {
        Version::V2 => (&data["data"], Some(&data["metadata"])),
        Version::V1 => (data, None),
    };
    if let Some(field) = &args.field {
        if secret.is_null() {
            return Err(gone(&at, metadata).into());
        }
        let value = secret
            .get(field)
            .ok_or_else(|| anyhow!("Field {field:?} not present in secret"))?;
        ctx.output().raw(&display_value(value))?;
        return Ok(());
    }
    if ctx.settings.format == Format::Json {
        ctx.output().json(&response)?;
    } else {
        let mut page = ctx.output().page();
        if let Some(metadata) = metadata {
            page.heading("Secret Path").line(&at.api_path("data"));
            page.heading("Metadata").table(&metadata_rows(metadata));
        }
        if !secret.is_null() {
            page.heading("Data").table(&object_rows(secret));
        }
        page.print()?;
    }
    if secret.is_null() {
        crate::warn!("{}", gone(&at, metadata));
    }
    Ok(())
}

/// Why a version 2 secret has no data: its version was deleted or destroyed.
fn gone(at: &Location, metadata: Option<&Value>) -> vault::Error {
    let metadata = metadata.unwrap_or(&Value::Null);
    let version = display_value(&metadata["version"]).into_owned();
    let detail = if metadata["destroyed"] == Value::Bool(true) {
        format!(": version {version} is destroyed")
    } else {
        format!(
            ": version {version} is deleted (vaultctl kv undelete --versions {version} {} \
             restores it)",
            at.user_path()
        )
    };
    vault::Error::NotFound {
        path: at.api_path("data"),
        detail,
    }
}

/// Metadata rows as the vault CLI shows them: "n/a" for what is not set.
fn metadata_rows(metadata: &Value) -> Vec<(String, String)> {
    object_rows(metadata)
        .into_iter()
        .map(|(k, v)| match v.as_str() {
            "" | "null" => (k, "n/a".to_string()),
            _ => (k, v),
        })
        .collect()
}

/// Prints what `put` and `patch` got back: the new version's metadata (KV v2).
fn written(ctx: &Context, at: &Location, answer: Option<Response<Value>>) -> Result<()> {
    let path = at.api_path("data");
    match (answer, ctx.settings.format) {
        (Some(response), Format::Json) => ctx.output().json(&response)?,
        (Some(response), Format::Table) => {
            let metadata = response.data.unwrap_or(Value::Null);
            let mut page = ctx.output().page();
            page.heading("Secret Path").line(&path);
            page.heading("Metadata").table(&metadata_rows(&metadata));
            page.print()?;
        }
        (None, _) => success(ctx, &format!("Success! Data written to: {path}"))?,
    }
    Ok(())
}

fn list(ctx: &Context, kv: &Kv<'_>, args: &KvListArgs) -> Result<()> {
    let at = locate(kv, &args.at)?;
    if args.recursive {
        let tree = kv.list_recursive(&at)?;
        return super::write::print_tree(ctx, &at.user_path(), &tree);
    }
    let keys = kv.list(&at)?;
    if ctx.settings.format == Format::Json {
        ctx.output().json(&keys)?;
        return Ok(());
    }
    let mut page = ctx.output().page();
    page.line("Keys").line("----");
    for key in &keys {
        page.line(key);
    }
    page.print()?;
    Ok(())
}

fn metadata(ctx: &Context, kv: &Kv<'_>, command: KvMetadataCommand) -> Result<()> {
    let args = match command {
        KvMetadataCommand::Delete(args) => {
            let at = locate(kv, &args)?;
            let path = kv.delete_metadata(&at)?;
            return success(
                ctx,
                &format!("Success! Data deleted (if it existed) at: {path}"),
            );
        }
        KvMetadataCommand::Get(args) => args,
        KvMetadataCommand::Put(args) => {
            // Read before the mount is looked up: a bad @FILE must not cost a request.
            let settings = super::kv_admin::metadata_settings(&args)?;
            return super::kv_admin::metadata_put(ctx, kv, &args, &settings);
        }
    };
    let at = locate(kv, &args)?;
    let response = kv.metadata(&at)?;
    if ctx.settings.format == Format::Json {
        ctx.output().json(&response)?;
        return Ok(());
    }
    let mut metadata = response.data.unwrap_or(Value::Null);
    let versions = metadata
        .as_object_mut()
        .and_then(|m| m.remove("versions"))
        .unwrap_or(Value::Null);
    let mut page = ctx.output().page();
    page.heading("Metadata Path").line(&at.api_path("metadata"));
    page.heading("Metadata").table(&metadata_rows(&metadata));
    let mut numbered: Vec<(u64, &Value)> = versions
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| k.parse().ok().map(|n| (n, v)))
        .collect();
    numbered.sort_by_key(|(n, _)| *n);
    for (number, state) in numbered {
        page.heading(&format!("Version {number}"))
            .table(&metadata_rows(state));
    }
    page.print()?;
    Ok(())
}

/// `version 3` or `versions 1, 2`.
fn versions(list: &[u64]) -> String {
    let numbers: Vec<String> = list.iter().map(u64::to_string).collect();
    match numbers.as_slice() {
        [one] => format!("version {one}"),
        _ => format!("versions {}", numbers.join(", ")),
    }
}

/// A line saying what was done; JSON output stays empty (there is no document).
fn success(ctx: &Context, message: &str) -> Result<()> {
    if ctx.settings.format == Format::Table {
        ctx.output().page().line(message).print()?;
    }
    Ok(())
}
