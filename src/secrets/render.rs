//! The values references and templates point at, from what one render read: each
//! reference is looked up in the reads (one per path, version and set of parameters), so
//! every variable, file and template of a render sees the same lease. It asks Vault for
//! nothing: the reads are made before.

use super::read::{Fetched, ReadKey, Reads, text_of};
use super::reference::Ref;
use super::template::Template;
use serde_json::Value;

/// The value `r` points at: one key, or the whole secret as an object. The error names
/// the path and key, never a value.
pub fn lookup(r: &Ref, reads: &Reads) -> Result<Value, String> {
    let key = ReadKey::of(r);
    let fetched: &Fetched = match reads.get(&key) {
        Some(Ok(fetched)) => fetched,
        Some(Err(err)) => return Err(format!("cannot read {key}: {err}")),
        None => return Err(format!("{key} was not read")),
    };
    match &r.key {
        Some(k) => fetched
            .data
            .get(k)
            .cloned()
            .ok_or_else(|| format!("key {k:?} not found in {key}")),
        None => Ok(Value::Object(fetched.data.clone())),
    }
}

/// The text `r` gives a variable or a `--file`: one key's value as text, or the whole
/// secret (`whole_pretty`: pretty JSON and a newline, for a file).
pub fn text(r: &Ref, reads: &Reads, whole_pretty: bool) -> Result<String, String> {
    let value = lookup(r, reads)?;
    Ok(match (&r.key, whole_pretty) {
        (None, true) => serde_json::to_string_pretty(&value).unwrap_or_default() + "\n",
        _ => text_of(&value),
    })
}

/// Renders `t` from the reads: the text and the values it used (for masking).
pub fn template(t: &Template, reads: &Reads) -> Result<(String, Vec<String>), String> {
    t.render(&|r| lookup(r, reads))
}

/// The reads a template uses, each once.
pub fn reads_of(t: &Template) -> Vec<ReadKey> {
    let mut keys: Vec<ReadKey> = t.refs().map(ReadKey::of).collect();
    keys.sort();
    keys.dedup();
    keys
}
