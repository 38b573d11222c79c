//! Log lines on stderr, `vaultctl:` prefixed, for every layer.
//!
//! The level is set once from `-v`/`-q`; `--log-format json` (for `exec`) switches to
//! one JSON object a line. Callers must never pass a secret value: log what happened
//! (path, version, TTL), not what was fetched.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// How much is logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Only errors (`-q`).
    Error = 0,
    /// Warnings too (the default).
    Warn = 1,
    /// What happens: fetched, renewed, retrying (`-v`).
    Info = 2,
    /// Every request (`-vv`).
    Debug = 3,
    /// Everything (`-vvv`).
    Trace = 4,
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Warn as u8);
static JSON: AtomicBool = AtomicBool::new(false);

/// Sets the level from the count of `-v` flags and `-q`.
pub fn init(verbose: u8, quiet: bool, json: bool) {
    let level = if quiet {
        Level::Error
    } else {
        match verbose {
            0 => Level::Warn,
            1 => Level::Info,
            2 => Level::Debug,
            _ => Level::Trace,
        }
    };
    LEVEL.store(level as u8, Ordering::Relaxed);
    JSON.store(json, Ordering::Relaxed);
}

/// True when a line at `level` would be written.
pub fn enabled(level: Level) -> bool {
    level as u8 <= LEVEL.load(Ordering::Relaxed)
}

/// Writes one line at `level`, if enabled.
pub fn write(level: Level, message: std::fmt::Arguments<'_>) {
    if !enabled(level) {
        return;
    }
    let text = message.to_string();
    let line = if JSON.load(Ordering::Relaxed) {
        let name = match level {
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Trace => "trace",
        };
        serde_json::json!({ "level": name, "msg": text }).to_string()
    } else if level == Level::Warn {
        format!("vaultctl: warning: {text}")
    } else {
        format!("vaultctl: {text}")
    };
    // A closed stderr is nothing we can report anywhere.
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Logs a warning.
#[macro_export]
macro_rules! warn {
    ($($arg:tt)*) => { $crate::log::write($crate::log::Level::Warn, format_args!($($arg)*)) };
}

/// Logs what happens (`-v`).
#[macro_export]
macro_rules! info {
    ($($arg:tt)*) => { $crate::log::write($crate::log::Level::Info, format_args!($($arg)*)) };
}

/// Logs details (`-vv`).
#[macro_export]
macro_rules! debug {
    ($($arg:tt)*) => { $crate::log::write($crate::log::Level::Debug, format_args!($($arg)*)) };
}
