//! `--validate NAME=RULE`: `nonempty`, `int`, `url`, `json`, `pem` or `/REGEX/`.
//! A failed rule names the variable and the rule, never the value.

use std::fmt;

/// A validation rule.
#[derive(Debug, Clone)]
pub enum Rule {
    /// Not empty.
    NonEmpty,
    /// A whole number, optionally signed.
    Int,
    /// `scheme://rest`.
    Url,
    /// Parses as JSON.
    Json,
    /// Holds a PEM block.
    Pem,
    /// Matches the regular expression.
    Regex(regex_lite::Regex),
}

impl Rule {
    /// Parses a rule.
    pub fn parse(text: &str) -> Result<Rule, String> {
        Ok(match text {
            "nonempty" => Rule::NonEmpty,
            "int" => Rule::Int,
            "url" => Rule::Url,
            "json" => Rule::Json,
            "pem" => Rule::Pem,
            _ if text.len() >= 2 && text.starts_with('/') && text.ends_with('/') => {
                let pattern = &text[1..text.len() - 1];
                let re = regex_lite::Regex::new(pattern)
                    .map_err(|e| format!("invalid regular expression {text}: {e}"))?;
                Rule::Regex(re)
            }
            _ => {
                return Err(format!(
                    "unknown rule {text:?} (use nonempty, int, url, json, pem or /REGEX/)"
                ));
            }
        })
    }

    /// Whether `value` passes.
    pub fn check(&self, value: &str) -> bool {
        match self {
            Rule::NonEmpty => !value.is_empty(),
            Rule::Int => {
                let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
                !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
            }
            Rule::Url => is_url(value),
            Rule::Json => serde_json::from_str::<serde_json::Value>(value).is_ok(),
            Rule::Pem => value.contains("-----BEGIN ") && value.contains("-----END "),
            Rule::Regex(re) => re.is_match(value),
        }
    }
}

fn is_url(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && !rest.is_empty()
        && !rest.chars().any(char::is_whitespace)
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::NonEmpty => f.write_str("nonempty"),
            Rule::Int => f.write_str("int"),
            Rule::Url => f.write_str("url"),
            Rule::Json => f.write_str("json"),
            Rule::Pem => f.write_str("pem"),
            Rule::Regex(re) => write!(f, "/{}/", re.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_check_what_they_say() {
        let cases = [
            ("nonempty", "x", ""),
            ("int", "-42", "4.2"),
            ("url", "postgresql://u@db:5432/app", "db:5432"),
            ("json", "{\"a\":[1]}", "{a:1}"),
            (
                "pem",
                "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n",
                "MII",
            ),
            ("/^[a-z]+-[0-9]+$/", "build-42", "Build-42"),
        ];
        for (rule, good, bad) in cases {
            let r = Rule::parse(rule).expect(rule);
            assert!(r.check(good), "{rule} should accept {good:?}");
            assert!(!r.check(bad), "{rule} should refuse {bad:?}");
            assert_eq!(r.to_string(), rule);
        }
        assert!(Rule::parse("positive").is_err());
        assert!(Rule::parse("/(/").is_err());
    }
}
