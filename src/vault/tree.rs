//! Every key below a path, at any depth. OpenBao 2.2 and later answer this in one
//! request, the `SCAN` operation; where a server does not take it (Vault, an older
//! OpenBao, a policy without the "scan" capability) the tree is walked with LIST, a few
//! folders at a time on the same client. A folder a policy hides from LIST is skipped
//! and reported, not a failure. Generic: it knows API paths, not engines.

use super::{Client, Error};
use serde::Deserialize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many LIST requests a walk keeps in flight at most.
pub const WALK_THREADS: usize = 4;

/// What a recursive listing found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tree {
    /// Every key (never a folder), relative to the path listed, sorted.
    pub keys: Vec<String>,
    /// Folders (relative, ending in `/`) whose LIST was refused (403), so not listed.
    pub hidden: Vec<String>,
    /// Whether the server answered with one SCAN (`false`: the tree was walked).
    pub scanned: bool,
}

/// The `keys` of a LIST or SCAN answer.
#[derive(Debug, Deserialize)]
struct Keys {
    #[serde(default)]
    keys: Option<Vec<String>>,
}

/// Lists every key below the API path `path`. Nothing there is [`Error::NotFound`];
/// a refused or failed LIST of `path` itself is an error, of a folder below it a
/// [`Tree::hidden`] entry (403) or nothing (404: gone meanwhile).
pub fn list_recursive(client: &Client, path: &str) -> Result<Tree, Error> {
    let path = path.trim_matches('/');
    if let Some(keys) = scan(client, path)? {
        let mut keys: Vec<String> = keys.into_iter().filter(|k| !k.ends_with('/')).collect();
        keys.sort();
        keys.dedup();
        return Ok(Tree {
            keys,
            hidden: Vec::new(),
            scanned: true,
        });
    }
    walk(client, path)
}

/// One SCAN; `None` when the server cannot answer it, so the tree must be walked.
fn scan(client: &Client, path: &str) -> Result<Option<Vec<String>>, Error> {
    match client.scan::<Keys>(path) {
        Ok(response) => Ok(response
            .data
            .and_then(|d| d.keys)
            // An empty answer cannot tell "nothing here" from "no such operation":
            // the walk's LIST says which.
            .filter(|k| !k.is_empty())),
        // 405 or 400: no such operation (Vault, OpenBao before 2.2, an engine without
        // it); 403: no "scan" capability, LIST may still be allowed; 404: an engine
        // that routes no SCAN; 501: a server that knows no such method.
        Err(e) if matches!(e.status(), Some(400 | 403 | 404 | 405 | 501)) => {
            crate::debug!("{path}: no recursive scan ({e}); walking the tree with LIST");
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Walks the tree with LIST, one level at a time, up to [`WALK_THREADS`] at once.
fn walk(client: &Client, root: &str) -> Result<Tree, Error> {
    let first = list_one(client, root)
        .map_err(|e| {
            if e.is_not_found() {
                Error::not_found(root)
            } else {
                e
            }
        })?
        .ok_or_else(|| Error::not_found(root))?;
    let mut tree = Tree::default();
    let mut folders = Vec::new();
    sort_into(&mut tree, &mut folders, "", first);
    while !folders.is_empty() {
        let results = list_folders(client, root, &folders);
        let mut next = Vec::new();
        for (folder, result) in folders.iter().zip(results) {
            match result {
                Ok(Some(keys)) => sort_into(&mut tree, &mut next, folder, keys),
                Ok(None) => {}
                Err(e) if e.status() == Some(403) => tree.hidden.push(folder.clone()),
                Err(e) if e.is_not_found() => {}
                Err(e) => return Err(e),
            }
        }
        folders = next;
    }
    tree.keys.sort();
    tree.keys.dedup();
    tree.hidden.sort();
    Ok(tree)
}

/// Puts the keys of one LIST answer (`keys` of `folder`) into keys and next folders.
fn sort_into(tree: &mut Tree, folders: &mut Vec<String>, folder: &str, keys: Vec<String>) {
    for key in keys {
        // A key with "/" in it other than at the end would break the joined path.
        let full = format!("{folder}{}", key.trim_start_matches('/'));
        if full.ends_with('/') {
            folders.push(full);
        } else {
            tree.keys.push(full);
        }
    }
}

/// What one LIST gave: its keys, or `None` when it had none.
type Listed = Result<Option<Vec<String>>, Error>;

/// LISTs each of `folders` (relative to `root`), a few at a time; answers in order.
fn list_folders(client: &Client, root: &str, folders: &[String]) -> Vec<Listed> {
    parallel(folders, |folder| {
        let path = format!("{root}/{}", folder.trim_end_matches('/'));
        list_one(client, path.trim_start_matches('/'))
    })
}

/// Runs `work` on each item, up to [`WALK_THREADS`] at once (scoped threads sharing
/// the caller's client); the results in the items' order.
pub fn parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..WALK_THREADS.min(items.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let result = work(item);
                    if let Ok(mut results) = results.lock() {
                        results[i] = Some(result);
                    }
                }
            });
        }
    });
    // Every slot is filled: a thread that panicked would have ended the scope's caller.
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// One LIST; `None` when the answer has no keys.
fn list_one(client: &Client, path: &str) -> Listed {
    let response = client.list::<Keys>(path)?;
    Ok(response.data.and_then(|d| d.keys).filter(|k| !k.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_answers_split_into_keys_and_folders_below_their_folder() {
        let mut tree = Tree::default();
        let mut folders = Vec::new();
        let keys = vec!["a".to_string(), "b/".to_string(), "/c".to_string()];
        sort_into(&mut tree, &mut folders, "x/", keys);
        assert_eq!(tree.keys, ["x/a", "x/c"]);
        assert_eq!(folders, ["x/b/"]);
    }
}
