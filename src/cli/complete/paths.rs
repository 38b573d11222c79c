//! The candidates for a path, from the server: the mounts the token can see
//! (`sys/internal/ui/mounts`, which any token may read) when no `/` is typed yet, then
//! the keys LIST shows below the typed folder (folders end in `/`), as `kv list` shows
//! them. Every failure means no candidates: completion never reports an error.

use super::line::Slot;
use crate::vault::Client;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// A mount as `sys/internal/ui/mounts` describes it.
#[derive(Debug, Deserialize)]
struct MountInfo {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    options: Option<BTreeMap<String, Value>>,
}

impl MountInfo {
    fn is_kv(&self) -> bool {
        self.kind == "kv" || self.kind == "generic"
    }

    fn is_kv2(&self) -> bool {
        self.is_kv()
            && self
                .options
                .as_ref()
                .and_then(|o| o.get("version"))
                .and_then(Value::as_str)
                == Some("2")
    }
}

#[derive(Debug, Deserialize)]
struct Mounts {
    #[serde(default)]
    secret: BTreeMap<String, MountInfo>,
}

#[derive(Debug, Deserialize)]
struct Keys {
    #[serde(default)]
    keys: Vec<String>,
}

/// The paths that complete `typed`, sorted: mounts while no `/` is typed, else the
/// keys below the typed folder.
pub fn candidates(client: &Client, slot: &Slot, typed: &str) -> Vec<String> {
    let mut found = match slot {
        Slot::Kv { mount: Some(mount) } => below_named_mount(client, mount, typed),
        _ => below_mounts(client, slot, typed),
    };
    found.retain(|c| c.starts_with(typed));
    found.sort();
    found.dedup();
    found
}

/// `kv get --mount M PATH`: PATH is below the mount M.
fn below_named_mount(client: &Client, mount: &str, typed: &str) -> Vec<String> {
    let mount = format!("{}/", mount.trim_matches('/'));
    let folder = typed.rfind('/').map_or("", |cut| &typed[..=cut]);
    match mounts(client).get(&mount) {
        Some(info) if info.is_kv2() => list(client, &format!("{mount}metadata/{folder}"), folder),
        Some(info) if info.is_kv() => list(client, &format!("{mount}{folder}"), folder),
        _ => Vec::new(),
    }
}

fn mounts(client: &Client) -> BTreeMap<String, MountInfo> {
    client
        .read::<Mounts>("sys/internal/ui/mounts")
        .ok()
        .and_then(|r| r.data)
        .map(|m| m.secret)
        .unwrap_or_default()
}

fn below_mounts(client: &Client, slot: &Slot, typed: &str) -> Vec<String> {
    let mounts = mounts(client);
    let Some(cut) = typed.rfind('/') else {
        let kv_only = matches!(slot, Slot::Kv { .. });
        return mounts
            .into_iter()
            .filter(|(_, m)| !kv_only || m.is_kv())
            .map(|(path, _)| path)
            .collect();
    };
    let folder = &typed[..=cut];
    let mount = mounts
        .iter()
        .filter(|(path, _)| folder.starts_with(path.as_str()))
        .max_by_key(|(path, _)| path.len());
    let Some((mount, info)) = mount else {
        return match slot {
            Slot::Kv { .. } => Vec::new(),
            _ => list(client, folder.trim_end_matches('/'), folder),
        };
    };
    let relative = &folder[mount.len()..];
    match (info.is_kv(), info.is_kv2(), slot) {
        (true, true, Slot::Logical) => below_kv2_api_path(client, mount, relative),
        (true, true, _) => list(client, &format!("{mount}metadata/{relative}"), folder),
        (true, false, _) => list(client, folder.trim_end_matches('/'), folder),
        (false, _, _) if matches!(slot, Slot::Kv { .. }) => Vec::new(),
        (false, _, _) => below_other_mount(client, folder),
    }
}

/// `read secret/data/<TAB>` on KV version 2: the engine's own segments first, then the
/// keys (which only `metadata/` lists) below any of them.
fn below_kv2_api_path(client: &Client, mount: &str, relative: &str) -> Vec<String> {
    let Some((segment, rest)) = relative.split_once('/') else {
        return ["data/", "metadata/"]
            .iter()
            .map(|s| format!("{mount}{s}"))
            .collect();
    };
    list(
        client,
        &format!("{mount}metadata/{rest}"),
        &format!("{mount}{segment}/{rest}"),
    )
}

/// A folder of another engine. Dynamic credentials cannot be listed, but their roles
/// can: `database/creds/<TAB>` offers the roles of `database/roles/`.
fn below_other_mount(client: &Client, folder: &str) -> Vec<String> {
    let found = list(client, folder.trim_end_matches('/'), folder);
    if !found.is_empty() {
        return found;
    }
    let trimmed = folder.trim_end_matches('/');
    let roles = [("creds", "roles"), ("static-creds", "static-roles")]
        .iter()
        .find_map(|(creds, roles)| {
            trimmed
                .strip_suffix(creds)
                .filter(|base| base.ends_with('/'))
                .map(|base| format!("{base}{roles}"))
        });
    match roles {
        Some(path) => list(client, &path, folder),
        None => Vec::new(),
    }
}

/// The keys LIST gives at `path`, each after `shown` (the folder as typed).
fn list(client: &Client, path: &str, shown: &str) -> Vec<String> {
    let keys = client
        .list::<Keys>(path)
        .ok()
        .and_then(|r| r.data)
        .map(|k| k.keys)
        .unwrap_or_default();
    keys.into_iter().map(|k| format!("{shown}{k}")).collect()
}
