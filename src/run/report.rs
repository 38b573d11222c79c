//! The one failure reporter of a run: every problem and error line goes through the log,
//! so it follows `--log-format` (one JSON object a line with `json`) and is printed at
//! every verbosity, `-q` included. Never a value: problems name variables, paths, keys,
//! flags and config keys only.

use crate::log::{self, Level};
use crate::secrets::Problem;

/// Reports `problems`, one a line, after a line saying how many and `what` follows.
pub fn problems(problems: &[Problem], what: &str) {
    let n = problems.len();
    let plural = if n == 1 { "" } else { "s" };
    log::write(Level::Error, format_args!("{n} problem{plural}; {what}:"));
    for p in problems {
        log::write(Level::Error, format_args!("  {p}"));
    }
}

/// Reports one error, on one line.
pub fn error(e: &dyn std::fmt::Display) {
    let text = e.to_string().replace('\n', " ");
    log::write(Level::Error, format_args!("{text}"));
}
