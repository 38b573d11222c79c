//! A flag's or config key's value as given: its text and what parsing it gave. Neither
//! clap nor serde rejects a bad value: both keep it as a [`Given`], so that the plan
//! builder ([`crate::cli::plan`]) reports every problem at once, each naming the flag or
//! config key the value came from, before Vault is asked anything.

use crate::run::values::Value;
use serde::{Deserialize, Deserializer};
use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::values::{OnChange, SignalName};
    use nix::sys::signal::Signal;
    use std::time::Duration;

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
