//! `vaultctl env` output: `shell` (`export NAME='value'`), `dotenv`, `json`, and
//! `github` (`::add-mask::` for every line of every value, then `NAME<<DELIMITER` blocks
//! appended to the file named by `GITHUB_ENV`).

use crate::secrets::Var;
use std::io::{self, Write};

/// `NAME='value'` quoting for POSIX shells: everything literal inside single quotes, a
/// single quote as `'\''`.
pub fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// Writes `export NAME='value'` lines.
pub fn shell(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    for v in vars {
        writeln!(out, "export {}={}", v.name, shell_quote(v.value.expose()))?;
    }
    Ok(())
}

/// A dotenv value: single-quoted (literal) when it can be, else double-quoted with
/// `\\`, `\"`, `\n`, `\r` and `\$` escapes.
pub fn dotenv_quote(value: &str) -> String {
    if !value.contains(['\'', '\n', '\r']) {
        return format!("'{value}'");
    }
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '$' => out.push_str("\\$"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `NAME=value` lines.
pub fn dotenv(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    for v in vars {
        writeln!(out, "{}={}", v.name, dotenv_quote(v.value.expose()))?;
    }
    Ok(())
}

/// Writes one JSON object.
pub fn json(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    let map: serde_json::Map<String, serde_json::Value> = vars
        .iter()
        .map(|v| (v.name.clone(), v.value.expose().into()))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &map).map_err(io::Error::from)?;
    writeln!(out)
}

/// Masks every line of every value in the log (`out`, the step's stdout), then appends
/// the variables to `env_file` (`GITHUB_ENV`) with a delimiter that no value contains.
pub fn github(vars: &[Var], out: &mut dyn Write, env_file: &mut dyn Write) -> io::Result<()> {
    for v in vars {
        for line in v.value.expose().lines().filter(|l| !l.trim().is_empty()) {
            writeln!(out, "::add-mask::{line}")?;
        }
    }
    for v in vars {
        let value = v.value.expose();
        let delimiter = loop {
            let d = format!(
                "ghadelimiter_{:016x}",
                (crate::jitter::fraction() * 1e18) as u64
            );
            if !value.contains(&d) {
                break d;
            }
        };
        write!(env_file, "{}<<{delimiter}\n{value}\n{delimiter}\n", v.name)?;
    }
    env_file.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quoting_survives_quotes_dollars_and_newlines() {
        for value in [
            "plain",
            "it's",
            "$HOME `id` $(id)",
            "two\nlines",
            "'",
            "",
            "a\\b",
        ] {
            let script = format!("printf %s {}", shell_quote(value));
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(&script)
                .output()
                .expect("sh");
            assert_eq!(String::from_utf8_lossy(&out.stdout), value, "{script}");
        }
    }

    /// A property: any string without NUL survives `export NAME=<quoted>` and `eval` in a
    /// POSIX shell byte for byte. Strings come from a fixed-seed generator, so a failure
    /// repeats.
    #[test]
    fn shell_quoting_round_trips_arbitrary_strings_through_eval() {
        const TRICKY: &[&str] = &[
            "'",
            "\"",
            "$",
            "`",
            "\\",
            "\n",
            "\t",
            "\r",
            " ",
            "!",
            "*",
            "?",
            "[",
            "]",
            "{",
            "}",
            "(",
            ")",
            ";",
            "&",
            "|",
            "<",
            ">",
            "#",
            "~",
            "=",
            "%",
            "$(id)",
            "${HOME}",
            "'\\''",
            "é",
            "日本",
            "🔑",
            "\u{1}",
            "\u{1b}[31m",
            "\u{7f}",
            "a",
            "Z",
            "0",
            "-",
            "--",
            "\\n",
        ];
        let mut state: u64 = 0x005e_ed0f_ba5e;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        let mut values: Vec<String> = Vec::new();
        for _ in 0..200 {
            let parts = next() % 12;
            let value: String = (0..parts)
                .map(|_| TRICKY[(next() % TRICKY.len() as u64) as usize])
                .collect();
            values.push(value);
        }
        for value in &values {
            let script = format!("export X={}", shell_quote(value));
            let out = std::process::Command::new("sh")
                .args(["-c", "eval \"$1\" && printf %s \"$X\"", "sh", &script])
                .output()
                .expect("sh");
            assert_eq!(String::from_utf8_lossy(&out.stdout), *value, "{script:?}");
        }
    }

    #[test]
    fn dotenv_quoting() {
        assert_eq!(dotenv_quote("a b$c"), "'a b$c'");
        assert_eq!(dotenv_quote("it's $x\n\"y\""), "\"it's \\$x\\n\\\"y\\\"\"");
    }
}
