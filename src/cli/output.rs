//! What commands print: aligned key/value tables for people, JSON for programs, raw
//! values for shell substitution, and colour only where it helps (a terminal, no
//! `NO_COLOR`). Output is built in memory and written at once.

use super::args::Format;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

/// How a command's output looks.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// Table or JSON.
    pub format: Format,
    /// Whether stdout gets colour.
    pub color: bool,
}

impl Output {
    /// Prints `value` as two-space-indented JSON with a trailing newline, escaped as the
    /// vault CLI (Go) escapes it, so the two print the same bytes.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        let mut text = go_escape(text);
        text.push('\n');
        write_all(text.as_bytes())
    }

    /// Prints a two-column table with a `Key  Value` header, as the vault CLI does.
    pub fn key_values<K: AsRef<str>>(&self, rows: &[(K, String)]) -> io::Result<()> {
        let mut page = self.page();
        page.table(rows);
        page.print()
    }

    /// Prints a value as is, followed by a newline only on a terminal, so that
    /// `$(...)` and `> file` get the exact bytes.
    pub fn raw(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if out.is_terminal() {
            out.write_all(b"\n")?;
        }
        out.flush()
    }

    /// A page to fill with headings, lines and tables, then print.
    pub fn page(&self) -> Page {
        Page {
            text: String::new(),
            color: self.color,
        }
    }
}

/// Text built up in memory and written in one go.
#[derive(Debug)]
pub struct Page {
    text: String,
    color: bool,
}

impl Page {
    /// Starts a section: a blank line after what came before, then `== title ==`.
    pub fn heading(&mut self, title: &str) -> &mut Self {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let line = format!("== {title} ==");
        self.line(&self.bold(&line))
    }

    /// Adds a line.
    pub fn line(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self.text.push('\n');
        self
    }

    /// Adds a `Key  Value` table with its columns aligned.
    pub fn table<K: AsRef<str>>(&mut self, rows: &[(K, String)]) -> &mut Self {
        let width = rows
            .iter()
            .map(|(k, _)| k.as_ref().chars().count())
            .max()
            .unwrap_or(0)
            .max(3);
        let header = format!("{:<width$}    Value", "Key");
        self.line(&self.bold(&header));
        self.line(&format!("{:<width$}    -----", "---"));
        for (key, value) in rows {
            let value = printable(value);
            self.line(&format!("{:<width$}    {value}", key.as_ref()));
        }
        self
    }

    /// Adds a table of several columns under `header`, each column as wide as its
    /// widest cell; the last column is not padded.
    pub fn columns(&mut self, header: &[&str], rows: &[Vec<String>]) -> &mut Self {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|c| printable(c).into_owned()).collect())
            .collect();
        let widths: Vec<usize> = (0..header.len())
            .map(|i| {
                let widest = cells
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| c.chars().count());
                widest.max().unwrap_or(0).max(header[i].chars().count())
            })
            .collect();
        let line = |row: &[String]| {
            let padded: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            padded.join("    ").trim_end().to_string()
        };
        let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        let rule: Vec<String> = header
            .iter()
            .map(|h| "-".repeat(h.chars().count()))
            .collect();
        self.line(&self.bold(&line(&head)));
        self.line(&line(&rule));
        for row in &cells {
            self.line(&line(row));
        }
        self
    }

    /// Writes the page to stdout.
    pub fn print(&self) -> io::Result<()> {
        write_all(self.text.as_bytes())
    }

    fn bold(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Go's encoder writes `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes. None of them
/// can appear in JSON outside a string, so replacing them everywhere is exact.
fn go_escape(text: String) -> String {
    const ESCAPES: [(char, &str); 5] = [
        ('<', "\\u003c"),
        ('>', "\\u003e"),
        ('&', "\\u0026"),
        ('\u{2028}', "\\u2028"),
        ('\u{2029}', "\\u2029"),
    ];
    if !text.contains(|c| ESCAPES.iter().any(|(e, _)| *e == c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match ESCAPES.iter().find(|(e, _)| *e == c) {
            Some((_, escaped)) => out.push_str(escaped),
            None => out.push(c),
        }
    }
    out
}

/// A table cell with control characters other than tab and newline escaped, so that a
/// stored value cannot send escape sequences to the terminal. `--field` stays raw.
fn printable(value: &str) -> Cow<'_, str> {
    if !value.contains(|c: char| c.is_control() && c != '\n' && c != '\t') {
        return Cow::Borrowed(value);
    }
    Cow::Owned(
        value
            .chars()
            .map(|c| match c {
                '\n' | '\t' => c.to_string(),
                c if c.is_control() => c.escape_unicode().to_string(),
                c => c.to_string(),
            })
            .collect(),
    )
}

fn write_all(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// A JSON value as a table cell or a `--field` shows it: a string as it is, anything
/// else as compact JSON.
pub fn display_value(value: &Value) -> Cow<'_, str> {
    match value {
        Value::String(text) => Cow::Borrowed(text),
        other => Cow::Owned(other.to_string()),
    }
}

/// The rows of a JSON object, keys sorted, values as [`display_value`] shows them.
pub fn object_rows(value: &Value) -> Vec<(String, String)> {
    let Value::Object(map) = value else {
        return Vec::new();
    };
    // serde_json keeps object keys sorted.
    map.iter()
        .map(|(k, v)| (k.clone(), display_value(v).into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_is_escaped_as_go_escapes_it() {
        let text =
            serde_json::to_string(&json!({"a": "<b>&c\u{2028}", "é": "\u{1}"})).expect("json");
        assert_eq!(
            go_escape(text),
            r#"{"a":"\u003cb\u003e\u0026c\u2028","é":"\u0001"}"#
        );
    }

    #[test]
    fn tables_align_and_values_show_plainly() {
        let out = Output {
            format: Format::Table,
            color: false,
        };
        let mut page = out.page();
        page.heading("Data").table(&object_rows(
            &json!({"b": 2, "a": "x", "long_key": {"n": [1]}}),
        ));
        page.heading("Next")
            .line("done")
            .table(&[("esc", "\x1b[2Jx\ty".to_string())]);
        assert_eq!(
            page.text,
            "== Data ==\nKey         Value\n---         -----\na           x\nb           2\n\
             long_key    {\"n\":[1]}\n\n== Next ==\ndone\nKey    Value\n---    -----\n\
             esc    \\u{1b}[2Jx\ty\n"
        );
    }
}
