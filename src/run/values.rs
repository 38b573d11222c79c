//! The typed values of `exec`, `env` and `check` options, shared by clap (flags) and
//! serde (the config file): signals, durations, `--on-change`, log formats.
//!
//! Neither clap nor serde rejects a bad value here: both keep it as a [`Given`], the text
//! and what parsing it gave, so that the [plan](super::plan) can report every problem at
//! once, each naming the flag or config key the value came from, before Vault is asked
//! anything.

use nix::sys::signal::Signal;
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// A value that parses from text; its error says what was wrong, not where it came from.
pub trait Value: Sized {
    /// Parses `text`.
    fn parse(text: &str) -> Result<Self, String>;
}

/// A value as given on the command line or in the config file, parsed or not.
#[derive(Clone, PartialEq, Eq)]
pub struct Given<T> {
    /// The text as given (for numbers in the config file, the number written out).
    pub text: String,
    /// The value, or why the text is not one.
    pub parsed: Result<T, String>,
}

impl<T: Value> Given<T> {
    /// Parses `text`, keeping a failure for later.
    pub fn new(text: &str) -> Given<T> {
        Given {
            text: text.to_string(),
            parsed: T::parse(text),
        }
    }

    /// For clap's `value_parser`: never fails, so that the plan reports every bad value.
    pub fn clap(text: &str) -> Result<Given<T>, std::convert::Infallible> {
        Ok(Given::new(text))
    }
}

impl<T> fmt::Debug for Given<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text)
    }
}

impl<'de, T: Value> Deserialize<'de> for Given<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Number(u64),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Text(t) => Given::new(&t),
            Raw::Number(n) => Given::new(&n.to_string()),
        })
    }
}

/// A signal: `SIGTERM`, `TERM`, `term` or `15`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignalName(pub Signal);

impl Value for SignalName {
    fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("invalid signal {text:?} (use e.g. SIGTERM, INT, 15)");
        let text = text.trim();
        if let Ok(n) = text.parse::<i32>() {
            return Signal::try_from(n).map(SignalName).map_err(|_| bad());
        }
        let upper = text.to_ascii_uppercase();
        let name = if upper.starts_with("SIG") {
            upper
        } else {
            format!("SIG{upper}")
        };
        Signal::from_str(&name).map(SignalName).map_err(|_| bad())
    }
}

impl Value for Duration {
    fn parse(text: &str) -> Result<Self, String> {
        crate::duration::parse(text).map_err(|e| e.to_string())
    }
}

impl Value for bool {
    fn parse(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "1" | "t" | "true" | "yes" | "on" => Ok(true),
            "0" | "f" | "false" | "no" | "off" => Ok(false),
            _ => Err(format!("invalid value {text:?}: expected true or false")),
        }
    }
}

/// What a change of the child's secrets does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnChange {
    /// Stop it (kill signal, kill timeout, SIGKILL) and start it with the new secrets.
    Restart,
    /// Rewrite the files and send the reload signal.
    Signal,
    /// Keep renewing; change nothing.
    None,
}

impl Value for OnChange {
    fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "restart" => Ok(OnChange::Restart),
            "signal" => Ok(OnChange::Signal),
            "none" => Ok(OnChange::None),
            _ => Err(format!(
                "invalid action {text:?}: expected restart, signal or none"
            )),
        }
    }
}

/// How log lines look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// `vaultctl: message` lines.
    Text,
    /// One JSON object a line.
    Json,
}

impl Value for LogFormat {
    fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(format!(
                "invalid log format {text:?}: expected text or json"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_by_name_short_name_and_number() {
        for text in ["SIGTERM", "TERM", "term", "15", " SIGTERM "] {
            assert_eq!(SignalName::parse(text), Ok(SignalName(Signal::SIGTERM)));
        }
        let e = SignalName::parse("TERN").expect_err("typo");
        assert!(e.contains("\"TERN\""), "{e}");
        assert!(SignalName::parse("99").is_err());
    }

    #[test]
    fn bad_values_are_kept_not_rejected() {
        let g: Given<Duration> = Given::clap("soon").expect("infallible");
        assert_eq!(g.text, "soon");
        assert!(g.parsed.is_err());
        let g: Given<OnChange> = Given::new("signal");
        assert_eq!(g.parsed, Ok(OnChange::Signal));
    }

    #[test]
    fn the_config_file_takes_text_or_seconds() {
        #[derive(Deserialize)]
        struct T {
            a: Given<Duration>,
            b: Given<Duration>,
            c: Given<SignalName>,
        }
        let t: T = toml::from_str("a = 90\nb = \"1m30s\"\nc = \"HUP\"").expect("parses");
        assert_eq!(t.a.parsed, Ok(Duration::from_secs(90)));
        assert_eq!(t.b.parsed, Ok(Duration::from_secs(90)));
        assert_eq!(t.c.parsed, Ok(SignalName(Signal::SIGHUP)));
    }
}
