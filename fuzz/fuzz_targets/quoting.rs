//! Output others parse or source: whatever the value, the `shell` word (env output and
//! the template filter) reads back exactly under sh's rules and under fish's, the dotenv
//! word under sh's, the `::add-mask::` data un-escapes as the GitHub runner does it to
//! the value and holds no line break, and a completion candidate holds no control
//! character. The readers here are small models of the real ones; the integration tests
//! use the real shells.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::cli::complete::candidate;
use vaultctl::cli::envfmt::{dotenv_quote, github_escape, shell_quote};

/// Reads one word with no expansion: single quotes (where fish also takes `\\` and `\'`
/// as escapes), double quotes (where sh takes `\` before `$ ` " \` and fish before
/// `\ " $`), nothing unquoted. `None` when it would expand something or is not closed.
fn read(word: &str, fish: bool) -> Option<String> {
    let mut out = String::new();
    let mut chars = word.chars();
    while let Some(open) = chars.next() {
        if open != '\'' && open != '"' {
            return None;
        }
        loop {
            let c = chars.next()?;
            if c == open {
                break;
            }
            let escapes: &[char] = match (open, fish) {
                ('\'', false) => &[],
                ('\'', true) => &['\\', '\''],
                (_, false) => &['$', '`', '"', '\\'],
                (_, true) => &['$', '"', '\\'],
            };
            if open == '"' && (c == '$' || (!fish && c == '`')) {
                return None;
            }
            if c == '\\' && !escapes.is_empty() {
                let next = chars.next()?;
                if !escapes.contains(&next) {
                    out.push('\\');
                }
                out.push(next);
            } else {
                out.push(c);
            }
        }
    }
    Some(out)
}

fuzz_target!(|value: &str| {
    if value.contains('\0') {
        return;
    }
    let word = shell_quote(value);
    assert_eq!(read(&word, false).as_deref(), Some(value), "sh: {word:?}");
    assert_eq!(read(&word, true).as_deref(), Some(value), "fish: {word:?}");
    let dotenv = dotenv_quote(value);
    assert_eq!(read(&dotenv, false).as_deref(), Some(value), "dotenv: {dotenv:?}");
    let data = github_escape(value);
    assert!(!data.contains(['\n', '\r']));
    let unescaped = data
        .replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%");
    assert_eq!(unescaped, value);
    assert!(!candidate(value).contains(char::is_control));
});
