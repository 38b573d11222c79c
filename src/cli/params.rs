//! `KEY=VALUE` arguments, as `login`, `kv put` and `--auth-param` take them.
//!
//! `VALUE` of `@FILE` reads the file and `-` reads standard input (once), so a secret
//! never has to appear in `ps`. Login parameters drop one trailing newline (files written
//! by `echo`); KV values are taken byte for byte. Values are [`Secret`]s; errors never
//! echo a value. A lone `-` instead of pairs is a whole KV secret as a JSON object.

use crate::redacted::Secret;
use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};
use std::io::Read;

/// How a value read from a file or stdin is trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trim {
    /// Drop one trailing `\n` (or `\r\n`): tokens, ids, passwords, JWTs.
    TrailingNewline,
    /// Keep every byte: KV values.
    Exact,
}

/// Parses `KEY=VALUE` arguments, reading `@FILE` and `-` values.
pub fn parse(args: &[String], trim: Trim) -> Result<Vec<(String, Secret)>> {
    parse_with(args, trim, &mut std::io::stdin().lock())
}

/// As [`parse`], reading `-` values from `stdin`.
pub fn parse_with(
    args: &[String],
    trim: Trim,
    stdin: &mut dyn Read,
) -> Result<Vec<(String, Secret)>> {
    let mut out: Vec<(String, Secret)> = Vec::with_capacity(args.len());
    let mut stdin_used = false;
    for (i, arg) in args.iter().enumerate() {
        let Some((key, raw)) = arg.split_once('=') else {
            // Not echoed: a mistyped secret would end up in the terminal's scrollback.
            bail!("argument {} is not KEY=VALUE", i + 1);
        };
        if key.is_empty() {
            bail!("argument {} has an empty key (expected KEY=VALUE)", i + 1);
        }
        if out.iter().any(|(k, _)| k == key) {
            bail!("key {key:?} is given twice");
        }
        let value = if raw == "-" {
            if stdin_used {
                bail!("only one value can be read from standard input (\"-\")");
            }
            stdin_used = true;
            let mut bytes = Vec::new();
            stdin
                .read_to_end(&mut bytes)
                .with_context(|| format!("cannot read the value of {key:?} from standard input"))?;
            text(bytes, key, "standard input")?
        } else if let Some(path) = raw.strip_prefix('@') {
            let bytes = std::fs::read(path)
                .with_context(|| format!("cannot read the value of {key:?} from {path}"))?;
            text(bytes, key, path)?
        } else {
            raw.to_string()
        };
        let value = match trim {
            Trim::TrailingNewline if raw == "-" || raw.starts_with('@') => {
                let t = value.strip_suffix('\n').unwrap_or(&value);
                t.strip_suffix('\r').unwrap_or(t).to_string()
            }
            _ => value,
        };
        out.push((key.to_string(), Secret::new(value)));
    }
    Ok(out)
}

/// The data of `kv put` and `kv patch`: `KEY=VALUE` pairs taken byte for byte, or a
/// lone `-` for a JSON object on standard input.
pub fn data(args: &[String]) -> Result<Map<String, Value>> {
    data_with(args, &mut std::io::stdin().lock())
}

/// As [`data`], reading standard input from `stdin`.
pub fn data_with(args: &[String], stdin: &mut dyn Read) -> Result<Map<String, Value>> {
    if args.len() > 1 && args.iter().any(|a| a == "-") {
        bail!(
            "a lone \"-\" reads the whole secret as a JSON object from standard input; \
             it cannot be mixed with KEY=VALUE arguments"
        );
    }
    if args.len() != 1 || args[0] != "-" {
        let pairs = parse_with(args, Trim::Exact, stdin)?;
        return Ok(pairs
            .into_iter()
            .map(|(k, v)| (k, Value::String(v.expose().to_string())))
            .collect());
    }
    let mut text = Vec::new();
    stdin
        .read_to_end(&mut text)
        .context("cannot read the secret from standard input")?;
    // serde_json's messages give a position, never the text itself.
    match serde_json::from_slice(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => bail!(
            "standard input is JSON but not an object: expected {{\"KEY\": VALUE, ...}}, got {}",
            kind(&other)
        ),
        Err(e) => bail!("standard input is not valid JSON: {e}"),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn text(bytes: Vec<u8>, key: &str, source: &str) -> Result<String> {
    String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("the value of {key:?} from {source} is not UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_literal_file_and_stdin_values() {
        let dir = tempfile_dir();
        let file = dir.join("pw");
        std::fs::write(&file, "from-file\n").expect("write");
        let list = args(&["a=1", &format!("b=@{}", file.display()), "c=-", "d=x=y"]);
        let got =
            parse_with(&list, Trim::TrailingNewline, &mut &b"from-stdin\r\n"[..]).expect("parses");
        let flat: Vec<(&str, &str)> = got.iter().map(|(k, v)| (k.as_str(), v.expose())).collect();
        assert_eq!(
            flat,
            [
                ("a", "1"),
                ("b", "from-file"),
                ("c", "from-stdin"),
                ("d", "x=y")
            ]
        );
        let exact =
            parse_with(&args(&["v=-"]), Trim::Exact, &mut &b"two\nlines\n"[..]).expect("parses");
        assert_eq!(exact[0].1.expose(), "two\nlines\n");
        std::fs::remove_dir_all(dir).expect("cleanup");
    }

    #[test]
    fn bad_arguments_are_errors_that_never_echo_the_value() {
        let cases: [(&[&str], &str); 5] = [
            (&["hunter2"], "argument 1 is not KEY=VALUE"),
            (&["=hunter2"], "argument 1 has an empty key"),
            (&["a=1", "a=2"], "key \"a\" is given twice"),
            (
                &["a=-", "b=-"],
                "only one value can be read from standard input",
            ),
            (
                &["a=@/nonexistent/file"],
                "cannot read the value of \"a\" from /nonexistent/file",
            ),
        ];
        for (list, message) in cases {
            let e = parse_with(&args(list), Trim::Exact, &mut &b""[..]).expect_err(message);
            let text = format!("{e:#}");
            assert!(text.contains(message), "{text}");
            assert!(!text.contains("hunter2"), "{text}");
        }
    }

    #[test]
    fn kv_data_is_pairs_or_one_json_object() {
        let pairs = data_with(&args(&["a=1", "b=-"]), &mut &b"two\n"[..]).expect("pairs");
        assert_eq!(
            Value::Object(pairs),
            serde_json::json!({"a": "1", "b": "two\n"})
        );
        let object = data_with(&args(&["-"]), &mut &br#"{"n": 5, "s": "x"}"#[..]).expect("json");
        assert_eq!(Value::Object(object), serde_json::json!({"n": 5, "s": "x"}));
        let cases: [(&[&str], &[u8], &str); 4] = [
            (
                &["-"],
                b"[1, 2]",
                "not an object: expected {\"KEY\": VALUE, ...}, got an array",
            ),
            (&["-"], b"hunter2", "standard input is not valid JSON"),
            (&["-", "a=1"], b"{}", "cannot be mixed with KEY=VALUE"),
            (&["hunter2"], b"", "argument 1 is not KEY=VALUE"),
        ];
        for (list, input, message) in cases {
            let e = data_with(&args(list), &mut &input[..]).expect_err(message);
            let text = format!("{e:#}");
            assert!(text.contains(message), "{text}");
            assert!(!text.contains("hunter2"), "{text}");
        }
    }

    fn tempfile_dir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("vaultctl-params-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir
    }
}
