//! A string that holds a secret: a token, a password, a secret value.
//!
//! Its `Debug` and `Display` print `*****`, so a secret that ends up in a log line, an
//! error or a panic message is never shown; the bytes are zeroed when it is dropped.
//! Code that really needs the value calls [`Secret::expose`], which is easy to grep for.

use std::fmt;
use zeroize::Zeroize;

/// A secret string; see the module documentation.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the few places that must send or inject it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the value is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("*****")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("*****")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let s = Secret::new("s.hunter2");
        assert_eq!(format!("{s}"), "*****");
        assert_eq!(format!("{s:?}"), "*****");
        assert_eq!(format!("{:?}", Some(&s)), "Some(*****)");
        assert_eq!(s.expose(), "s.hunter2");
    }
}
