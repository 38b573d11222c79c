//! `vaultctl kv export` and `vaultctl kv import`: every secret of a tree as one JSON
//! document `{"relative/path": {"key": value}}` (or dotenv lines), and such a document
//! written back. Reads and writes go a few at a time ([`tree::parallel`]). No value is
//! ever part of a message: paths and key names only.

use super::Context;
use super::args::{EnvFormat, KvExportArgs};
use super::envfmt::dotenv_quote;
use crate::vault::kv::{Kv, Location, Version};
use crate::vault::{self, tree};
use anyhow::{Result, anyhow, bail};
use serde_json::{Map, Value, json};
use std::io::Write;
use std::path::Path;

/// Checks what can be checked before Vault is asked: the format, `--metadata` with it,
/// the directory of `--output`.
pub fn check_export(ctx: &Context, args: &KvExportArgs) -> Result<()> {
    if args.metadata && dotenv(ctx) {
        bail!("--metadata: the dotenv format has no place for metadata; use --format json");
    }
    if let Some(file) = &args.output {
        check_output(file)?;
    }
    Ok(())
}

fn dotenv(ctx: &Context) -> bool {
    ctx.settings.env_format == Some(EnvFormat::Dotenv)
}

/// `--output FILE` must name a file in a directory that exists.
fn check_output(file: &Path) -> Result<()> {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if file.file_name().is_none() || file.is_dir() {
        bail!("--output {}: not a file name", file.display());
    }
    if !dir.is_dir() {
        bail!(
            "--output {}: the directory {} does not exist",
            file.display(),
            dir.display()
        );
    }
    Ok(())
}

/// Runs `kv export`.
pub fn export(ctx: &Context, kv: &Kv<'_>, at: &Location, args: &KvExportArgs) -> Result<()> {
    if args.metadata && at.mount.version == Version::V1 {
        bail!(
            "--metadata: {} is on a KV version 1 mount, which has no metadata",
            at.user_path()
        );
    }
    let document = read_tree(kv, at, args.metadata)?;
    let text = if dotenv(ctx) {
        dotenv_text(&document)?
    } else {
        let mut text = serde_json::to_string_pretty(&Value::Object(document))?;
        text.push('\n');
        text
    };
    match &args.output {
        Some(file) => crate::fsutil::write_private(file, text.as_bytes())
            .map_err(|e| anyhow!("--output {}: cannot write it: {e}", file.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The secret at `key` below `at`.
pub(super) fn below(at: &Location, key: &str) -> Location {
    let relative = match at.relative.as_str() {
        "" => key.to_string(),
        folder => format!("{folder}/{key}"),
    };
    Location {
        mount: at.mount.clone(),
        relative,
    }
}

/// Every secret below `at`: relative path to its data (or to `{data, metadata}`).
fn read_tree(kv: &Kv<'_>, at: &Location, metadata: bool) -> Result<Map<String, Value>> {
    let listing = kv.list_recursive(at)?;
    super::write::warn_hidden(&at.user_path(), &listing);
    let reads = tree::parallel(&listing.keys, |key| read_one(kv, &below(at, key), metadata));
    let mut document = Map::new();
    for (key, read) in listing.keys.iter().zip(reads) {
        if let Some(entry) = read? {
            document.insert(key.clone(), entry);
        }
    }
    Ok(document)
}

/// The latest data of one secret; `None` (with a warning) when it is gone or deleted.
fn read_one(kv: &Kv<'_>, at: &Location, metadata: bool) -> Result<Option<Value>, vault::Error> {
    let response = match kv.get(at, None) {
        Err(e) if e.is_not_found() => {
            crate::warn!("{}: gone since it was listed; left out", at.user_path());
            return Ok(None);
        }
        other => other?,
    };
    let data = response.data.unwrap_or(Value::Null);
    let secret = match at.mount.version {
        Version::V2 => data["data"].clone(),
        Version::V1 => data,
    };
    if !secret.is_object() {
        crate::warn!(
            "{}: the latest version is deleted or destroyed; left out",
            at.user_path()
        );
        return Ok(None);
    }
    if !metadata {
        return Ok(Some(secret));
    }
    let metadata = kv.metadata(at)?.data.unwrap_or(Value::Null);
    Ok(Some(json!({ "data": secret, "metadata": metadata })))
}

/// Whether `name` can be a variable name in a dotenv file read by sh.
fn variable_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The document as dotenv: per secret a `# path` comment, then `KEY='value'` lines
/// (values other than strings as their JSON text).
fn dotenv_text(document: &Map<String, Value>) -> Result<String> {
    let mut text = String::new();
    for (path, secret) in document {
        if path.chars().any(char::is_control) {
            bail!(
                "{path:?}: a path with a control character cannot be a dotenv comment; use --format json"
            );
        }
        text.push_str(&format!("# {path}\n"));
        for (key, value) in secret.as_object().into_iter().flatten() {
            if !variable_name(key) {
                bail!(
                    "{path}: the key {key:?} is not a variable name for a dotenv file; use \
                     --format json"
                );
            }
            let value = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            text.push_str(&format!("{key}={}\n", dotenv_quote(&value)));
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_has_a_comment_per_secret_and_quoted_values_and_refuses_bad_names() {
        let document = json!({"app/db": {"PASS": "it's $x", "PORT": 5432}, "b": {"A": "1"}});
        let Value::Object(document) = document else {
            unreachable!()
        };
        assert_eq!(
            dotenv_text(&document).expect("dotenv"),
            "# app/db\nPASS=\"it's \\$x\"\nPORT='5432'\n# b\nA='1'\n"
        );
        let Value::Object(bad) = json!({"p": {"a-b": "secret value"}}) else {
            unreachable!()
        };
        let e = dotenv_text(&bad).expect_err("bad name").to_string();
        assert!(e.contains("\"a-b\"") && !e.contains("secret value"), "{e}");
    }
}
