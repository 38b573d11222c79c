//! Durations as users type them: `90`, `90s`, `5m`, `1h30m`, `250ms`, `2h`, `1d`, and
//! as the vault CLI shows them (`768h`, `1h30m`, `45s`).
//!
//! A bare number is seconds, as in the vault CLI. Knows nothing of where the text came
//! from; callers name the flag or variable in their error.

use std::time::Duration;

/// Why a duration did not parse.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid duration {input:?}: {reason} (use e.g. 90, 90s, 5m, 1h30m)")]
pub struct DurationError {
    input: String,
    reason: &'static str,
}

/// The longest duration accepted: 100 years, far beyond any TTL, and small enough that
/// every form (seconds, `h`/`m`/`s` parts) can express it.
pub const MAX: Duration = Duration::from_secs(100 * 365 * 86_400);

/// Parses a duration; see the module documentation for the forms accepted.
pub fn parse(input: &str) -> Result<Duration, DurationError> {
    let parsed = parse_unbounded(input)?;
    if parsed > MAX {
        return Err(DurationError {
            input: input.to_string(),
            reason: "longer than 100 years",
        });
    }
    Ok(parsed)
}

fn parse_unbounded(input: &str) -> Result<Duration, DurationError> {
    let err = |reason| DurationError {
        input: input.to_string(),
        reason,
    };
    let text = input.trim();
    if text.is_empty() {
        return Err(err("empty"));
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        let secs: u64 = text.parse().map_err(|_| err("number too large"))?;
        return Ok(Duration::from_secs(secs));
    }
    let mut total = Duration::ZERO;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return Err(err("expected a number"));
        }
        let value: u64 = rest[..digits]
            .parse()
            .map_err(|_| err("number too large"))?;
        rest = &rest[digits..];
        let unit_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        let unit_ms: u64 = match &rest[..unit_len] {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "" => return Err(err("a number needs a unit after another part")),
            _ => return Err(err("unknown unit")),
        };
        rest = &rest[unit_len..];
        let ms = value.checked_mul(unit_ms).ok_or_else(|| err("too large"))?;
        total = total
            .checked_add(Duration::from_millis(ms))
            .ok_or_else(|| err("too large"))?;
    }
    Ok(total)
}

/// A number of seconds as the vault CLI shows it: Go's `Duration.String` without the
/// trailing zero parts, so `768h`, `1h30m`, `1h0m5s`, `45s`, `0s`.
pub fn human(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s}s"),
        (0, m, 0) => format!("{m}m"),
        (0, m, s) => format!("{m}m{s}s"),
        (h, 0, 0) => format!("{h}h"),
        (h, m, 0) => format!("{h}h{m}m"),
        (h, m, s) => format!("{h}h{m}m{s}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip() {
        for (secs, text) in [
            (0, "0s"),
            (45, "45s"),
            (300, "5m"),
            (5400, "1h30m"),
            (2_764_800, "768h"),
            (3661, "1h1m1s"),
        ] {
            assert_eq!(human(secs), text);
            assert_eq!(parse(text), Ok(Duration::from_secs(secs)));
        }
    }

    #[test]
    fn accepts_the_documented_forms() {
        assert_eq!(parse("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse("1d"), Ok(Duration::from_secs(86400)));
        assert_eq!(parse(" 2m "), Ok(Duration::from_secs(120)));
    }

    #[test]
    fn shows_durations_as_the_vault_cli() {
        for (secs, text) in [
            (0, "0s"),
            (45, "45s"),
            (90, "1m30s"),
            (300, "5m"),
            (3600, "1h"),
            (5400, "1h30m"),
            (3605, "1h0m5s"),
            (2_764_800, "768h"),
        ] {
            assert_eq!(human(secs), text);
        }
    }

    #[test]
    fn rejects_nonsense_with_a_reason() {
        for bad in ["", "s", "5x", "1h30", "-5", "1.5s", "99999999999999999999"] {
            let e = parse(bad).expect_err(bad);
            assert!(e.to_string().starts_with("invalid duration"), "{e}");
        }
    }
}
