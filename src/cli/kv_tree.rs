//! `vaultctl kv export` and `vaultctl kv import`: every secret of a tree as one JSON
//! document `{"relative/path": {"key": value}}` (or dotenv lines), and such a document
//! written back. Reads and writes go a few at a time ([`tree::parallel`]). No value is
//! ever part of a message: paths and key names only.

use super::Context;
use super::args::{EnvFormat, Format, GlobalArgs, KvCopyArgs, KvExportArgs, KvImportArgs};
use super::envfmt::dotenv_quote;
use crate::outcome::Outcome as Ended;
use crate::vault::kv::{Kv, Location, Version};
use crate::vault::{self, tree};
use anyhow::{Context as _, Result, anyhow, bail};
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::io::{Read, Write};
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
    let bar = progress(listing.keys.len());
    let reads = tree::parallel(&listing.keys, |key| {
        let read = read_one(kv, &below(at, key), metadata);
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        read
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut document = Map::new();
    for (key, read) in listing.keys.iter().zip(reads) {
        if let Some(entry) = read? {
            document.insert(key.clone(), entry);
        }
    }
    Ok(document)
}

/// Trees of at least this many secrets get a progress bar (on a terminal).
const PROGRESS_FROM: usize = 50;

/// A progress bar on stderr for reading `total` secrets, when stderr is a terminal and
/// the tree is large enough to be worth one; nothing in pipes or logs.
fn progress(total: usize) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if total < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let style = indicatif::ProgressStyle::with_template(
        "exporting {bar:30} {pos}/{len} secrets ({elapsed})",
    )
    .ok()?;
    bar.set_style(style.progress_chars("=> "));
    Some(bar)
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
    fn changes_name_added_changed_removed_and_kept_keys_only() {
        let Value::Object(now) = json!({"a": "1", "b": "old secret", "c": "3"}) else {
            unreachable!()
        };
        let Value::Object(new) = json!({"a": "1", "b": "new secret", "d": "4"}) else {
            unreachable!()
        };
        let c = changes("kv/x".into(), &now, &new);
        assert_eq!(c.line(), "kv/x: add d; change b; remove c; keep a");
        assert!(!c.line().contains("secret"));
        assert_eq!(
            changes("kv/y".into(), &Map::new(), &Map::new()).line(),
            "kv/y: no keys"
        );
    }

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

/// Reads the document of `kv import` and checks it, before Vault is asked: a JSON
/// object whose values are objects, under relative paths without `.`, `..` or empty
/// segments.
pub fn read_document(args: &KvImportArgs) -> Result<Map<String, Value>> {
    let name = args.file.display();
    let text = if args.file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| anyhow!("cannot read the document from stdin: {e}"))?;
        text
    } else {
        std::fs::read_to_string(&args.file).map_err(|e| anyhow!("cannot read {name}: {e}"))?
    };
    // serde_json's message says where, never what: no value reaches the error.
    let document: Value = serde_json::from_str(&text).map_err(|e| {
        anyhow!(
            "{name} is not JSON: line {}, column {}",
            e.line(),
            e.column()
        )
    })?;
    let Value::Object(document) = document else {
        bail!("{name}: expected a JSON object of {{\"path\": {{\"key\": value}}}}");
    };
    for (path, secret) in &document {
        let bad_segment = path
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..");
        if bad_segment || path.chars().any(char::is_control) {
            bail!("{name}: {path:?} is not a secret's path (empty, . or .. segments)");
        }
        if !secret.is_object() {
            bail!("{name}: {path}: expected an object of keys and values");
        }
    }
    if let Some(to) = &args.to {
        if to.trim_matches('/').is_empty() {
            bail!("--to: give a path, e.g. secret/copy");
        }
    }
    Ok(document)
}

/// What importing one secret would change: key names only.
#[derive(Debug, Default, Serialize)]
struct Changes {
    path: String,
    added: Vec<String>,
    changed: Vec<String>,
    removed: Vec<String>,
    unchanged: Vec<String>,
}

impl Changes {
    /// `add A, B; change C; remove D; keep E`.
    fn line(&self) -> String {
        let parts: Vec<String> = [
            ("add", &self.added),
            ("change", &self.changed),
            ("remove", &self.removed),
            ("keep", &self.unchanged),
        ]
        .iter()
        .filter(|(_, keys)| !keys.is_empty())
        .map(|(verb, keys)| format!("{verb} {}", keys.join(", ")))
        .collect();
        match parts.as_slice() {
            [] => format!("{}: no keys", self.path),
            parts => format!("{}: {}", self.path, parts.join("; ")),
        }
    }
}

/// Compares the data to write with the data there (key names only).
fn changes(path: String, current: &Map<String, Value>, new: &Map<String, Value>) -> Changes {
    let mut c = Changes {
        path,
        ..Changes::default()
    };
    for (key, value) in new {
        match current.get(key) {
            None => c.added.push(key.clone()),
            Some(old) if old == value => c.unchanged.push(key.clone()),
            Some(_) => c.changed.push(key.clone()),
        }
    }
    c.removed = current
        .keys()
        .filter(|k| !new.contains_key(*k))
        .cloned()
        .collect();
    c
}

/// The data of a secret now and its version (0: none, for check-and-set).
fn current(kv: &Kv<'_>, at: &Location) -> Result<(Map<String, Value>, u64), vault::Error> {
    let response = match kv.get(at, None) {
        Err(e) if e.is_not_found() => return Ok((Map::new(), 0)),
        other => other?,
    };
    let data = response.data.unwrap_or(Value::Null);
    let (secret, version) = match at.mount.version {
        Version::V2 => (&data["data"], data["metadata"]["version"].as_u64()),
        Version::V1 => (&data, None),
    };
    let secret = secret.as_object().cloned().unwrap_or_default();
    Ok((secret, version.unwrap_or(0)))
}

/// How importing one secret went.
#[derive(Debug, Serialize)]
struct Outcome {
    path: String,
    /// `written`, `unchanged`, `conflict` (changed since it was read) or `failed`.
    result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<u64>,
    #[serde(skip)]
    error: Option<vault::Error>,
}

/// Runs `kv import`: reads each target, then (unless `--dry-run`) writes what differs.
pub fn import(
    ctx: &Context,
    kv: &Kv<'_>,
    args: &KvImportArgs,
    document: Map<String, Value>,
) -> Result<Ended> {
    let mut targets = Vec::new();
    for (path, secret) in document {
        let full = match &args.to {
            Some(to) => format!("{}/{path}", to.trim_matches('/')),
            None => path,
        };
        let at = kv
            .locate(&full, None)
            .with_context(|| format!("cannot find the KV mount of {full}"))?;
        let Value::Object(secret) = secret else {
            continue;
        };
        targets.push((at, secret));
    }
    write_all(ctx, kv, &targets, args.dry_run)
}

/// Writes each secret of `targets` (see [`import_one`]), or with `dry_run` prints what
/// would change; then what was written, and an error naming what was not.
fn write_all(
    ctx: &Context,
    kv: &Kv<'_>,
    targets: &[(Location, Map<String, Value>)],
    dry_run: bool,
) -> Result<Ended> {
    let json = ctx.settings.format == Format::Json;
    if dry_run {
        let found = tree::parallel(targets, |(at, secret)| {
            current(kv, at).map(|(now, _)| changes(at.user_path(), &now, secret))
        });
        let found = found.into_iter().collect::<Result<Vec<_>, _>>()?;
        if json {
            ctx.output().json(&found)?;
        } else {
            let mut page = ctx.output().page();
            for c in &found {
                page.line(&c.line());
            }
            page.print()?;
        }
        return Ok(Ended::Success);
    }
    let outcomes = tree::parallel(targets, |(at, secret)| import_one(kv, at, secret));
    if json {
        ctx.output().json(&outcomes)?;
    } else {
        let mut page = ctx.output().page();
        for o in &outcomes {
            let line = match (o.result, o.version) {
                ("written", Some(v)) => format!("{}: written (version {v})", o.path),
                ("written", None) => format!("{}: written", o.path),
                ("unchanged", _) => format!("{}: unchanged, not written", o.path),
                _ => continue,
            };
            page.line(&line);
        }
        page.print()?;
    }
    let failed: Vec<Outcome> = outcomes.into_iter().filter(|o| o.error.is_some()).collect();
    if failed.is_empty() {
        return Ok(Ended::Success);
    }
    let mut names = Vec::new();
    let mut error = None;
    for o in failed {
        let reason = match o.result {
            "conflict" => "changed since it was read; kept as it is".to_string(),
            _ => o
                .error
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        };
        crate::warn!("{}: not written: {reason}", o.path);
        names.push(o.path);
        error = error.or(o.error);
    }
    let summary = format!(
        "{} of {} secrets not written ({}); the others were written or unchanged",
        names.len(),
        targets.len(),
        names.join(", ")
    );
    match error {
        Some(e) => Err(anyhow::Error::new(e).context(summary)),
        None => Err(anyhow!(summary)),
    }
}

/// Runs `kv copy`: every secret below SRC (or SRC itself) read through one profile,
/// written below DST through another, as `kv import` writes.
pub fn copy(global: &GlobalArgs, args: &KvCopyArgs) -> Result<Ended> {
    let side = |profile: &Option<String>| {
        let mut global = global.clone();
        if profile.is_some() {
            global.profile.clone_from(profile);
        }
        super::context(&global)
    };
    let (from_ctx, to_ctx) = (side(&args.from_profile)?, side(&args.to_profile)?);
    let (from_client, to_client) = (from_ctx.client(true)?, to_ctx.client(true)?);
    let (from, to) = (Kv::new(&from_client), Kv::new(&to_client));
    let src = from
        .locate(&args.src, None)
        .with_context(|| format!("cannot find the KV mount of {}", args.src))?;
    let document = match from.list_recursive(&src) {
        Ok(_) => read_tree(&from, &src, false)?,
        // Not a folder: the one secret at SRC, copied to DST itself.
        Err(e) if e.is_not_found() => {
            let secret = read_one(&from, &src, false)?
                .ok_or_else(|| vault::Error::not_found(src.api_path("data")))?;
            Map::from_iter([(String::new(), secret)])
        }
        Err(e) => return Err(e.into()),
    };
    let dst = args.dst.trim_matches('/');
    let mut targets = Vec::new();
    for (path, secret) in document {
        let full = match path.as_str() {
            "" => dst.to_string(),
            path => format!("{dst}/{path}"),
        };
        let at = to
            .locate(&full, None)
            .with_context(|| format!("cannot find the KV mount of {full}"))?;
        if let Value::Object(secret) = secret {
            targets.push((at, secret));
        }
    }
    write_all(&to_ctx, &to, &targets, args.dry_run)
}

/// Reads one secret, compares, and writes it with check-and-set (KV v2) if it differs.
fn import_one(kv: &Kv<'_>, at: &Location, secret: &Map<String, Value>) -> Outcome {
    let outcome = |result, version, error| Outcome {
        path: at.user_path(),
        result,
        version,
        error,
    };
    let (now, version) = match current(kv, at) {
        Ok(found) => found,
        Err(e) => return outcome("failed", None, Some(e)),
    };
    if &now == secret && (version > 0 || !now.is_empty()) {
        return outcome("unchanged", None, None);
    }
    let cas = (at.mount.version == Version::V2).then_some(version);
    match kv.put(at, secret.clone(), cas) {
        Ok(answer) => {
            let written = answer
                .and_then(|r| r.data)
                .and_then(|d| d["version"].as_u64());
            outcome("written", written, None)
        }
        Err(e) if cas.is_some() && is_cas_mismatch(&e) => outcome("conflict", None, Some(e)),
        Err(e) => outcome("failed", None, Some(e)),
    }
}

/// Whether Vault refused a write because the version was no longer the one read.
fn is_cas_mismatch(e: &vault::Error) -> bool {
    e.status() == Some(400) && e.to_string().contains("check-and-set")
}
