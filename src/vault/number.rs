//! Numbers of seconds in Vault's answers (`lease_duration`, `ttl`, `expiration`), read
//! leniently: a server, or anyone who can write a secret, may send `-1`, `1e30`, `"600"`
//! or `"soon"` where a count of seconds belongs. A negative count is 0, a fraction is
//! cut to whole seconds, a count beyond `u64` is `u64::MAX`, and a string of digits is
//! its number; anything else is no number. Turning the count into a time is the
//! caller's business (`lifecycle` caps it); nothing here panics.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A count of seconds from a JSON value, as the module documentation describes; `None`
/// when the value is not a number at all (a word, an object, null).
pub fn seconds(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => Some(match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u,
            (None, Some(_), _) => 0,
            (None, None, Some(f)) => from_float(f),
            (None, None, None) => 0,
        }),
        Value::String(s) => {
            let text = s.trim();
            if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
                Some(text.parse().unwrap_or(u64::MAX))
            } else {
                None
            }
        }
        _ => None,
    }
}

fn from_float(f: f64) -> u64 {
    if f.is_nan() || f <= 0.0 {
        0
    } else if f >= u64::MAX as f64 {
        u64::MAX
    } else {
        // In range and not negative: the cast truncates the fraction.
        f as u64
    }
}

/// For `#[serde(deserialize_with)]`: a count of seconds as [`seconds`] reads it, 0 when
/// the value is no number (so that one odd field does not make the whole answer
/// unreadable).
pub fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let value = Value::deserialize(d)?;
    Ok(seconds(&value).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn odd_counts_of_seconds_read_as_the_nearest_sane_one() {
        for (value, want) in [
            (json!(600), Some(600)),
            (json!(u64::MAX), Some(u64::MAX)),
            (json!(-1), Some(0)),
            (json!(i64::MIN), Some(0)),
            (json!(1.9), Some(1)),
            (json!(-0.5), Some(0)),
            (json!(1e300), Some(u64::MAX)),
            (json!("600"), Some(600)),
            (json!("99999999999999999999999"), Some(u64::MAX)),
            (json!("-1"), None),
            (json!("soon"), None),
            (json!(""), None),
            (json!(null), None),
            (json!({"a": 1}), None),
            (json!(true), None),
        ] {
            assert_eq!(seconds(&value), want, "{value}");
        }
    }

    #[test]
    fn a_number_beyond_every_integer_type_still_decodes() {
        #[derive(serde::Deserialize)]
        struct T {
            #[serde(deserialize_with = "lenient")]
            n: u64,
        }
        for (body, want) in [
            (r#"{"n":18446744073709551615}"#, u64::MAX),
            (r#"{"n":18446744073709551616}"#, u64::MAX),
            (r#"{"n":-18446744073709551616}"#, 0),
            (r#"{"n":-1}"#, 0),
            (r#"{"n":"x"}"#, 0),
            (r#"{"n":null}"#, 0),
            (r#"{"n":2.5e3}"#, 2500),
        ] {
            let t: T = serde_json::from_str(body).expect(body);
            assert_eq!(t.n, want, "{body}");
        }
    }
}
