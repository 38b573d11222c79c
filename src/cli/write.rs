//! `vaultctl write`, `list` and `delete`: plain logical operations on any path, printed
//! as the vault CLI prints them (`vault write`, `vault list`, `vault delete`), so that
//! scripts written for one work with the other: the same JSON, the same exit codes.

use super::Context;
use super::args::{Format, ListArgs, LogicalPathArgs, WriteArgs};
use super::output::display_value;
use super::params;
use super::read::{field_of, lease_rows};
use crate::duration::human;
use crate::outcome::Outcome;
use crate::vault::{self, Response};
use anyhow::{Result, anyhow, bail};
use serde::Deserialize;
use serde_json::Value;

/// Runs `write`.
pub fn write(ctx: &Context, args: &WriteArgs) -> Result<Outcome> {
    // Data is read before anything is sent: a bad @FILE must not cost a request.
    let data = params::data(&args.data)?;
    if data.is_empty() && !args.force {
        bail!("no data to write: give KEY=VALUE pairs, or --force to write with none");
    }
    let path = args.path.trim_matches('/');
    let client = ctx.client(true)?;
    let answer = client.write::<Value>(path, &Value::Object(data))?;
    let Some(response) = answer.filter(has_content) else {
        success(ctx, &format!("Success! Data written to: {path}"))?;
        return Ok(Outcome::Success);
    };
    print_response(ctx, &response, args.field.as_deref())?;
    Ok(Outcome::Success)
}

/// Prints what a write answered: one field raw, the whole answer as JSON, or a
/// Key/Value table (the token's facts for a token, else lease facts and data).
pub(super) fn print_response(
    ctx: &Context,
    response: &Response<Value>,
    field: Option<&str>,
) -> Result<()> {
    if let Some(field) = field {
        let value = answer_field(response, field)
            .ok_or_else(|| anyhow!("Field {field:?} not present in secret"))?;
        ctx.output().raw(&value)?;
    } else if ctx.settings.format == Format::Json {
        ctx.output().json(response)?;
    } else {
        let rows = match &response.auth {
            Some(auth) => auth_rows(auth),
            None => {
                let mut rows = lease_rows(response);
                rows.extend(table_rows(response.data.as_ref().unwrap_or(&Value::Null)));
                rows
            }
        };
        ctx.output().key_values(&rows)?;
    }
    Ok(())
}

/// Whether an answer has something to print (a 200 with only warnings has not).
fn has_content(response: &Response<Value>) -> bool {
    response.auth.is_some()
        || response.wrap_info.is_some()
        || response.data.as_ref().is_some_and(|d| !d.is_null())
}

/// A field of the answer: the token's facts, a key of the data, a lease fact, or the
/// request id, as the vault CLI's `-field` finds them. The token itself is shown only
/// when asked for by name.
fn answer_field(response: &Response<Value>, field: &str) -> Option<String> {
    if let Some(auth) = &response.auth {
        let list = |l: &[String]| serde_json::to_string(l).unwrap_or_default();
        let found = match field {
            "token" => Some(auth.client_token.expose().to_string()),
            "token_accessor" => Some(auth.accessor.clone()),
            "token_duration" => Some(auth.lease_duration.to_string()),
            "token_renewable" => Some(auth.renewable.to_string()),
            "token_policies" => Some(list(&auth.token_policies)),
            "policies" => Some(list(&auth.policies)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    if field == "request_id" {
        return Some(response.request_id.clone());
    }
    field_of(response, field)
}

/// The rows the vault CLI shows for a token; the token itself as `*****`.
fn auth_rows(auth: &vault::response::Auth) -> Vec<(String, String)> {
    let list = |l: &[String]| serde_json::to_string(l).unwrap_or_default();
    vec![
        ("token".into(), auth.client_token.to_string()),
        ("token_accessor".into(), auth.accessor.clone()),
        ("token_duration".into(), human(auth.lease_duration)),
        ("token_renewable".into(), auth.renewable.to_string()),
        ("token_policies".into(), list(&auth.token_policies)),
        ("policies".into(), list(&auth.policies)),
    ]
}

/// The rows of the answer's data as the vault CLI shows them: keys sorted, `n/a` for an
/// empty string and `<nil>` for null.
pub(super) fn table_rows(data: &Value) -> Vec<(String, String)> {
    let Value::Object(map) = data else {
        return Vec::new();
    };
    map.iter()
        .map(|(k, v)| {
            let shown = match v {
                Value::Null => "<nil>".to_string(),
                Value::String(s) if s.is_empty() => "n/a".to_string(),
                other => display_value(other).into_owned(),
            };
            (k.clone(), shown)
        })
        .collect()
}

/// The `keys` of a LIST answer.
#[derive(Debug, Deserialize)]
struct Keys {
    #[serde(default)]
    keys: Option<Vec<Value>>,
}

/// Runs `list`: the keys in the order Vault sent them, as `vault list` prints them.
/// Nothing to list is [`Outcome::NothingListed`]: "No value found" in a table, `{}` as JSON (as the vault CLI).
/// With `--recursive`, every key below the path as full paths (see `print_tree`).
pub fn list(ctx: &Context, args: &ListArgs) -> Result<Outcome> {
    let path = args.path.trim_matches('/');
    let client = ctx.client(true)?;
    if args.recursive {
        let tree = vault::tree::list_recursive(&client, path)?;
        print_tree(ctx, path, &tree)?;
        return Ok(Outcome::Success);
    }
    let keys = match client.list::<Keys>(path) {
        Ok(response) => response.data.and_then(|d| d.keys),
        Err(e) if e.is_not_found() => None,
        Err(e) => return Err(e.into()),
    };
    let json = ctx.settings.format == Format::Json;
    let keys = match keys {
        Some(keys) => keys,
        None if json => {
            ctx.output().json(&serde_json::json!({}))?;
            return Ok(Outcome::NothingListed);
        }
        None => return Err(vault::Error::not_found(path).into()),
    };
    if json {
        ctx.output().json(&keys)?;
        return Ok(Outcome::Success);
    }
    let mut page = ctx.output().page();
    page.line("Keys").line("----");
    for key in &keys {
        page.line(&display_value(key));
    }
    page.print()?;
    Ok(Outcome::Success)
}

/// Prints a recursive listing: `PREFIX/KEY` one a line, or a JSON array of them; one
/// warning line for each folder the policy hid.
pub(super) fn print_tree(ctx: &Context, prefix: &str, tree: &vault::tree::Tree) -> Result<()> {
    let full = |key: &str| match prefix.trim_matches('/') {
        "" => key.to_string(),
        prefix => format!("{prefix}/{key}"),
    };
    warn_hidden(prefix, tree);
    let keys: Vec<String> = tree.keys.iter().map(|k| full(k)).collect();
    if ctx.settings.format == Format::Json {
        ctx.output().json(&keys)?;
        return Ok(());
    }
    let mut page = ctx.output().page();
    for key in &keys {
        page.line(key);
    }
    page.print()?;
    Ok(())
}

/// One warning line for each folder below `prefix` that the policy hid from LIST.
pub(super) fn warn_hidden(prefix: &str, tree: &vault::tree::Tree) {
    for folder in &tree.hidden {
        match prefix.trim_matches('/') {
            "" => crate::warn!("{folder}: permission denied to list it; its keys are left out"),
            prefix => crate::warn!(
                "{prefix}/{folder}: permission denied to list it; its keys are left out"
            ),
        }
    }
}

/// Runs `delete`.
pub fn delete(ctx: &Context, args: &LogicalPathArgs) -> Result<Outcome> {
    let path = args.path.trim_matches('/');
    ctx.client(true)?.delete(path)?;
    success(
        ctx,
        &format!("Success! Data deleted (if it existed) at: {path}"),
    )?;
    Ok(Outcome::Success)
}

/// A line saying what was done; JSON output stays empty (there is no document).
pub(super) fn success(ctx: &Context, message: &str) -> Result<()> {
    if ctx.settings.format == Format::Table {
        ctx.output().page().line(message).print()?;
    }
    Ok(())
}
