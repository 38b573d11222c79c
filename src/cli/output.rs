//! What commands print: aligned key/value tables for people, JSON for programs, and
//! colour only where it helps (a terminal, no `NO_COLOR`).

use super::args::Format;
use serde::Serialize;
use std::io::{self, Write};

/// How a command's output looks.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// Table or JSON.
    pub format: Format,
    /// Whether stdout gets colour.
    pub color: bool,
}

impl Output {
    /// Prints `value` as two-space-indented JSON with a trailing newline.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
        writeln!(out)?;
        out.flush()
    }

    /// Prints a two-column table with a `Key  Value` header, as the vault CLI does.
    pub fn key_values(&self, rows: &[(&str, String)]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0).max(3);
        let header = format!("{:<width$}    Value", "Key");
        let rule = format!("{:<width$}    -----", "---");
        writeln!(out, "{}", self.bold(&header))?;
        writeln!(out, "{rule}")?;
        for (key, value) in rows {
            writeln!(out, "{key:<width$}    {value}")?;
        }
        out.flush()
    }

    fn bold(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}
