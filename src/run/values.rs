//! The typed values of the [plan](super::plan) of `exec`, `env` and `check`: signals,
//! durations, `--on-change`, log formats, and how each parses from text ([`Value`]).
//! The `cli` side keeps a flag's or config key's text with what parsing it gave, so
//! that the plan builder reports every bad value at once, naming where it came from.

use nix::sys::signal::Signal;
use std::str::FromStr;
use std::time::Duration;

/// A value that parses from text; its error says what was wrong, not where it came from.
pub trait Value: Sized {
    /// Parses `text`.
    fn parse(text: &str) -> Result<Self, String>;
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
}
