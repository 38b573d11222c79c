//! Templates: text with placeholders `{{ REF }}` or `{{ REF | FILTER | FILTER ... }}`,
//! for values and files made of several secrets.
//!
//! REF is a reference (`vault:PATH#KEY`, `vault:PATH` for the whole secret as compact
//! JSON, or an issued reference). Filters apply left to right: `urlencode`, `json`,
//! `base64`, `base64decode`, `shell`, `trim`, `lines`. A placeholder holding a quoted
//! string, `{{ "{{" }}`, writes that string: it is how a literal `{{` is written.
//!
//! Parsing needs no Vault: an unknown filter, an unclosed `{{` or a bad reference is an
//! error with its line, found before anything is asked. Rendering takes the values read
//! and never puts a value in an error.

use super::reference::Ref;
use serde_json::Value;

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Placeholder {
        reference: Ref,
        filters: Vec<Filter>,
    },
}

/// A filter of a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Percent-encode every byte outside `A-Z a-z 0-9 - . _ ~`.
    UrlEncode,
    /// A JSON value: a string quoted and escaped.
    Json,
    /// Standard base64 with padding.
    Base64,
    /// Standard base64 decoded; an error when not valid or not UTF-8.
    Base64Decode,
    /// One shell word, read back exactly by sh, bash, zsh and fish ([`shell_word`]).
    Shell,
    /// ASCII whitespace removed at both ends.
    Trim,
    /// An array of strings joined by newlines (none after the last).
    Lines,
}

const FILTERS: [(&str, Filter); 7] = [
    ("urlencode", Filter::UrlEncode),
    ("json", Filter::Json),
    ("base64", Filter::Base64),
    ("base64decode", Filter::Base64Decode),
    ("shell", Filter::Shell),
    ("trim", Filter::Trim),
    ("lines", Filter::Lines),
];

/// True when `text` is a template (it holds `{{`); a bare reference is not.
pub fn is_template(text: &str) -> bool {
    text.contains("{{")
}

/// The line of byte `at` in `text`, 1-based.
fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl Template {
    /// Parses `text`; the error names the line.
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut rest = 0;
        while let Some(found) = text[rest..].find("{{") {
            let open = rest + found;
            if open > rest {
                parts.push(Part::Text(text[rest..open].to_string()));
            }
            let line = line_of(text, open);
            let inner_start = open + 2;
            let (part, end) =
                placeholder(text, inner_start).map_err(|e| format!("line {line}: {e}"))?;
            parts.push(part);
            rest = end;
        }
        if rest < text.len() {
            parts.push(Part::Text(text[rest..].to_string()));
        }
        Ok(Template { parts })
    }

    /// The references the template uses, in order.
    pub fn refs(&self) -> impl Iterator<Item = &Ref> {
        self.parts.iter().filter_map(|p| match p {
            Part::Placeholder { reference, .. } => Some(reference),
            Part::Text(_) => None,
        })
    }

    /// Renders with `lookup` giving each reference's value. Returns the text and the
    /// values referenced (as text, for masking); an error never holds a value.
    pub fn render(
        &self,
        lookup: &dyn Fn(&Ref) -> Result<Value, String>,
    ) -> Result<(String, Vec<String>), String> {
        let mut out = String::new();
        let mut used = Vec::new();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Placeholder { reference, filters } => {
                    let mut value = lookup(reference)?;
                    used.push(text_of(&value));
                    for f in filters {
                        value = apply(*f, value)
                            .map_err(|e| format!("{reference}: {}: {e}", name_of(*f)))?;
                    }
                    let shown = text_of(&value);
                    // What the filters made of a secret (a decoded key, an encoded
                    // password) is as secret as the value itself.
                    if !filters.is_empty() {
                        used.push(shown.clone());
                    }
                    out.push_str(&shown);
                }
            }
        }
        Ok((out, used))
    }
}

/// Parses the placeholder whose inside starts at `start`; returns it and where the text
/// after its `}}` starts.
fn placeholder(text: &str, start: usize) -> Result<(Part, usize), String> {
    let inner = &text[start..];
    let trimmed = inner.trim_start();
    if trimmed.starts_with('"') {
        let at = start + (inner.len() - trimmed.len());
        let (literal, after) = string_literal(text, at)?;
        let tail = &text[after..];
        let close = tail.trim_start();
        if !close.starts_with("}}") {
            return Err("a quoted string must be followed by }}".into());
        }
        let end = after + (tail.len() - close.len()) + 2;
        return Ok((Part::Text(literal), end));
    }
    let close = inner
        .find("}}")
        .ok_or("unclosed {{ (write {{ \"{{\" }} for a literal {{)")?;
    let body = &inner[..close];
    if body.contains("{{") {
        return Err("unclosed {{ (write {{ \"{{\" }} for a literal {{)".into());
    }
    let mut pieces = body.split('|');
    let reference = pieces.next().unwrap_or_default().trim();
    if !Ref::is_ref(reference) {
        return Err(format!(
            "expected a reference such as vault:PATH#KEY after {{{{, found {:?}",
            reference.chars().take(40).collect::<String>()
        ));
    }
    let reference = Ref::parse(reference, true).map_err(|e| e.to_string())?;
    let filters = pieces
        .map(|f| filter(f.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((Part::Placeholder { reference, filters }, start + close + 2))
}

/// The JSON string literal at `at`; returns it and where the text after it starts.
fn string_literal(text: &str, at: usize) -> Result<(String, usize), String> {
    let bytes = text.as_bytes();
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                let literal: String = serde_json::from_str(&text[at..=i])
                    .map_err(|e| format!("invalid quoted string: {e}"))?;
                return Ok((literal, i + 1));
            }
            _ => i += 1,
        }
    }
    Err("unclosed quoted string".into())
}

fn filter(name: &str) -> Result<Filter, String> {
    FILTERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .ok_or_else(|| {
            let known: Vec<&str> = FILTERS.iter().map(|(n, _)| *n).collect();
            format!("unknown filter {name:?} (known: {})", known.join(", "))
        })
}

fn name_of(f: Filter) -> &'static str {
    FILTERS
        .iter()
        .find(|(_, x)| *x == f)
        .map_or("filter", |(n, _)| n)
}

/// A value as text: strings as they are, null as nothing, the rest as compact JSON.
fn text_of(value: &Value) -> String {
    super::read::text_of(value)
}

fn apply(f: Filter, value: Value) -> Result<Value, String> {
    let text = || text_of(&value);
    Ok(Value::String(match f {
        Filter::UrlEncode => super::reference::encode(&text()),
        Filter::Json => value.to_string(),
        Filter::Base64 => base64::encode(text().as_bytes()),
        Filter::Base64Decode => {
            let bytes = base64::decode(&text()).ok_or("not valid base64")?;
            String::from_utf8(bytes).map_err(|_| "the decoded bytes are not UTF-8 text")?
        }
        Filter::Shell => shell_word(&text()),
        Filter::Trim => text()
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .to_string(),
        Filter::Lines => match &value {
            Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join("\n"),
            other => text_of(other),
        },
    }))
}

/// `text` as one shell word that sh (dash), bash, zsh and fish all read back exactly and
/// that expands nothing in any of them: runs of other characters in single quotes, and
/// runs of `'` and `\` in double quotes (where `\\` is one backslash in all four);
/// the empty text is `''`.
///
/// The common `'\''` form is not used: in fish, `\'` and `\\` are escapes inside single
/// quotes, so `'x\'` would leave the quote open and let the next value's text run.
/// Inside single quotes no character is special in sh, bash or zsh, and in fish only
/// `\` and `'` are; inside double quotes `'` is plain and `\\` is a backslash everywhere,
/// and neither `$` nor a backquote nor `!` is ever put there.
pub fn shell_word(text: &str) -> String {
    if text.is_empty() {
        return "''".to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    // The quote open now: None, '\'' or '"'.
    let mut open = None;
    for c in text.chars() {
        let wanted = if matches!(c, '\'' | '\\') { '"' } else { '\'' };
        if open != Some(wanted) {
            if let Some(q) = open {
                out.push(q);
            }
            out.push(wanted);
            open = Some(wanted);
        }
        if c == '\\' {
            out.push_str("\\\\");
        } else {
            out.push(c);
        }
    }
    if let Some(q) = open {
        out.push(q);
    }
    out
}

/// Standard base64 (RFC 4648, with padding), through the `base64` crate.
mod base64 {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    /// Encodes `bytes`.
    pub fn encode(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    /// Decodes `text` (ASCII whitespace ignored); `None` when it is not base64.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        STANDARD.decode(clean).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(text: &str, values: Value) -> Result<String, String> {
        let t = Template::parse(text)?;
        t.render(&|r| {
            let key = r.key.clone().unwrap_or_default();
            values
                .get(&key)
                .cloned()
                .ok_or_else(|| format!("key {key:?} not found"))
        })
        .map(|(s, _)| s)
    }

    #[test]
    fn what_a_filter_made_of_a_secret_is_masked_too() {
        let t = Template::parse("k={{ vault:x#b64 | base64decode }} u={{ vault:x#p | urlencode }}")
            .expect("parse");
        let values = json!({"b64": "LS0tLS1CRUdJTiBLRVk=", "p": "p@ss w"});
        let (out, used) = t
            .render(&|r| Ok(values[r.key.as_deref().unwrap_or_default()].clone()))
            .expect("render");
        assert_eq!(out, "k=-----BEGIN KEY u=p%40ss%20w");
        for v in [
            "LS0tLS1CRUdJTiBLRVk=",
            "-----BEGIN KEY",
            "p@ss w",
            "p%40ss%20w",
        ] {
            assert!(used.iter().any(|u| u == v), "{v} not masked: {used:?}");
        }
    }

    #[test]
    fn placeholders_filters_and_literals() {
        let v =
            json!({"user": "app", "pass": "p@ss:w/rd%?&", "ca": ["A", "B"], "n": 5, "b": "aGk="});
        assert_eq!(
            render(
                "postgresql://{{ vault:database/creds/app#user }}:{{vault:database/creds/app#pass|urlencode}}@db/app",
                v.clone()
            ),
            Ok("postgresql://app:p%40ss%3Aw%2Frd%25%3F%26@db/app".into())
        );
        assert_eq!(
            render("{{ vault:x#ca | lines }}", v.clone()),
            Ok("A\nB".into())
        );
        assert_eq!(
            render("{{ vault:x#ca }}", v.clone()),
            Ok("[\"A\",\"B\"]".into())
        );
        assert_eq!(render("{{ vault:x#n }}", v.clone()), Ok("5".into()));
        assert_eq!(
            render("{{ vault:x#user | json }}", v.clone()),
            Ok("\"app\"".into())
        );
        assert_eq!(
            render("{{ vault:x#b | base64decode }}", v.clone()),
            Ok("hi".into())
        );
        assert_eq!(
            render("{{ vault:x#b | base64decode | base64 }}", v.clone()),
            Ok("aGk=".into())
        );
        assert_eq!(
            render("x={{ vault:x#pass | shell }}", json!({"pass": "it's"})),
            Ok("x='it'\"'\"'s'".into())
        );
        // Not `'x\'`, which fish reads as an open quote.
        assert_eq!(
            render("{{ vault:x#p | shell }}", json!({"p": "x\\"})),
            Ok("'x'\"\\\\\"".into())
        );
        assert_eq!(
            render("{{ vault:x#p | shell }}", json!({"p": ""})),
            Ok("''".into())
        );
        assert_eq!(
            render("{{ \"{{\" }} not a placeholder }}", v.clone()),
            Ok("{{ not a placeholder }}".into())
        );
        assert_eq!(
            render("{{ vault:x#t | trim }}", json!({"t": " a \n"})),
            Ok("a".into())
        );
    }

    #[test]
    fn problems_name_the_line_and_never_a_value() {
        for (text, expected) in [
            (
                "a\n{{ vault:x#k | urlencod }}",
                "line 2: unknown filter \"urlencod\"",
            ),
            ("a\nb\n{{ vault:x#k", "line 3: unclosed {{"),
            ("{{ secret/x#k }}", "line 1: expected a reference"),
            ("{{ vault:#k }}", "line 1: invalid reference"),
            ("{{ vault:x#k {{ vault:y#k }}", "unclosed {{"),
            ("{{ \"abc }}", "unclosed quoted string"),
        ] {
            let e = Template::parse(text).expect_err(text);
            assert!(e.contains(expected), "{text:?}: {e}");
        }
        let e = render("{{ vault:x#k | base64decode }}", json!({"k": "hunter2!"}))
            .expect_err("not base64");
        assert!(
            e.contains("base64decode: not valid base64") && !e.contains("hunter2"),
            "{e}"
        );
    }

    #[test]
    fn base64_round_trips() {
        for bytes in [
            &b""[..],
            b"f",
            b"fo",
            b"foo",
            b"foob",
            b"fooba",
            b"foobar",
            &[0, 255, 128],
        ] {
            let text = base64::encode(bytes);
            assert_eq!(base64::decode(&text).as_deref(), Some(bytes), "{text}");
        }
        assert_eq!(base64::encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64::decode("Zm9=vYmFy"), None);
        assert_eq!(base64::decode("Zm9"), None);
    }
}
