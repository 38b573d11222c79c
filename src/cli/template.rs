//! `--template` of `db creds`: text with `{{username}}`, `{{password}}`, `{{lease_id}}`
//! and `{{ttl}}` filled in, such as a connection URL. Parsed before anything is asked of
//! Vault, so a typo does not create credentials that nobody will use.

use crate::redacted::Secret;
use anyhow::{Result, bail};

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredsTemplate {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Username,
    Password,
    LeaseId,
    Ttl,
}

/// What a template can show.
#[derive(Debug)]
pub struct Values<'a> {
    /// The database user.
    pub username: &'a str,
    /// Its password.
    pub password: &'a Secret,
    /// The lease id (empty for static credentials).
    pub lease_id: &'a str,
    /// Seconds the credentials have left.
    pub ttl: u64,
}

const KNOWN: &str = "{{username}}, {{password}}, {{lease_id}}, {{ttl}}";

impl CredsTemplate {
    /// Parses `text`; an unknown or unclosed placeholder is an error.
    pub fn parse(text: &str) -> Result<CredsTemplate> {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            if start > 0 {
                pieces.push(Piece::Text(rest[..start].to_string()));
            }
            let Some(len) = rest[start..].find("}}") else {
                bail!("--template: a \"{{{{\" is not closed with \"}}}}\" (known: {KNOWN})");
            };
            let name = rest[start + 2..start + len].trim();
            pieces.push(match name {
                "username" => Piece::Username,
                "password" => Piece::Password,
                "lease_id" => Piece::LeaseId,
                "ttl" => Piece::Ttl,
                other => bail!("--template: unknown placeholder {{{{{other}}}}} (known: {KNOWN})"),
            });
            rest = &rest[start + len + 2..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(CredsTemplate { pieces })
    }

    /// The text with the values filled in.
    pub fn render(&self, values: &Values<'_>) -> Secret {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Username => out.push_str(values.username),
                Piece::Password => out.push_str(values.password.expose()),
                Piece::LeaseId => out.push_str(values.lease_id),
                Piece::Ttl => out.push_str(&values.ttl.to_string()),
            }
        }
        Secret::new(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_every_placeholder() {
        let t = CredsTemplate::parse(
            "postgresql://{{username}}:{{ password }}@db:5432/app?x={{ttl}}&l={{lease_id}}",
        )
        .expect("parses");
        let password = Secret::new("p@ss");
        let values = Values {
            username: "v-app",
            password: &password,
            lease_id: "database/creds/app/abc",
            ttl: 3600,
        };
        assert_eq!(
            t.render(&values).expose(),
            "postgresql://v-app:p@ss@db:5432/app?x=3600&l=database/creds/app/abc"
        );
        let plain = CredsTemplate::parse("no placeholders").expect("parses");
        assert_eq!(plain.render(&values).expose(), "no placeholders");
    }

    #[test]
    fn unknown_and_unclosed_placeholders_are_errors() {
        let e = CredsTemplate::parse("x{{user}}y").expect_err("unknown");
        assert_eq!(
            e.to_string(),
            "--template: unknown placeholder {{user}} (known: {{username}}, {{password}}, \
             {{lease_id}}, {{ttl}})"
        );
        let e = CredsTemplate::parse("x{{username").expect_err("unclosed");
        assert!(e.to_string().contains("is not closed"), "{e}");
    }
}
