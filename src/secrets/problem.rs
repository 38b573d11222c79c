//! A reason not to start, as data: what it is about (a variable, a file, an option) and
//! what kind of problem it is, so that `check` can give each variable and file its
//! verdict without reading messages. Never a value: the detail names variables, paths,
//! keys, flags and config keys only.

use std::fmt;
use std::path::PathBuf;

/// What a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A variable of the command's environment.
    Variable(String),
    /// A file vaultctl writes for the command (its destination).
    File(PathBuf),
    /// Where a setting came from: a flag (`--kill-timeout`), an environment variable
    /// (`VAULTCTL_FALLBACK_KEY`) or a config key (`config file exec.splay`).
    Option(String),
    /// A path read from Vault (`--secret PATH`).
    Source(String),
    /// The run as a whole (no token, no login method).
    Run,
}

/// What kind of problem it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text that does not parse: a reference, a template, a value of an option.
    Syntax,
    /// A value that parses but is not allowed (a mode, a variable name, a NUL byte).
    Invalid,
    /// Two things claim the same name, or options that do not go together.
    Conflict,
    /// A local file that cannot be read.
    Unreadable,
    /// Vault refused or failed a read, or what it gave does not have what is asked.
    Read,
    /// `--require`: not set or empty.
    Required,
    /// `--validate`: the value fails its rule.
    Rule,
    /// A key that would set a variable that changes how the command is loaded.
    Refused,
    /// Something needed is not given (a token, a key).
    Missing,
}

/// A reason not to start. It reads as `SUBJECT: DETAIL`, or `GIVEN SUBJECT: DETAIL` when
/// the subject is named through the flag or config key that gave it (`--file
/// /run/app.pem: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What it is about.
    pub subject: Subject,
    /// What kind of problem.
    pub kind: Kind,
    /// What is wrong, without the subject (never a value).
    pub detail: String,
    /// The flag or config key that gave the subject (`--file`, `--template`, `config file
    /// template[0]`, `--validate`), printed before it; `None` for the subject alone.
    pub given: Option<String>,
}

impl Problem {
    /// A problem about `subject`.
    pub fn new(subject: Subject, kind: Kind, detail: impl Into<String>) -> Self {
        Problem {
            subject,
            kind,
            detail: detail.into(),
            given: None,
        }
    }

    /// The same problem, its subject named through `given` (a flag or config key).
    pub fn given_by(mut self, given: impl Into<String>) -> Self {
        self.given = Some(given.into());
        self
    }

    /// A problem of the variable `name`.
    pub fn variable(name: impl Into<String>, kind: Kind, detail: impl Into<String>) -> Self {
        Self::new(Subject::Variable(name.into()), kind, detail)
    }

    /// A problem of the file written to `dest`.
    pub fn file(dest: impl Into<PathBuf>, kind: Kind, detail: impl Into<String>) -> Self {
        Self::new(Subject::File(dest.into()), kind, detail)
    }

    /// A problem of the flag, variable or config key `source`.
    pub fn option(source: impl Into<String>, kind: Kind, detail: impl Into<String>) -> Self {
        Self::new(Subject::Option(source.into()), kind, detail)
    }

    /// A problem of the run as a whole; `message` is the whole line.
    pub fn run(kind: Kind, message: impl Into<String>) -> Self {
        Self::new(Subject::Run, kind, message)
    }

    /// Whether this problem is about the variable `name`.
    pub fn is_variable(&self, name: &str) -> bool {
        matches!(&self.subject, Subject::Variable(n) if n == name)
    }

    /// Whether this problem is about the file written to `dest`.
    pub fn is_file(&self, dest: &std::path::Path) -> bool {
        matches!(&self.subject, Subject::File(d) if d == dest)
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Variable(name) => f.write_str(name),
            Subject::File(dest) => write!(f, "{}", dest.display()),
            Subject::Option(source) => f.write_str(source),
            Subject::Source(path) => write!(f, "--secret {path}"),
            Subject::Run => Ok(()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.subject, &self.given) {
            (Subject::Run, _) => f.write_str(&self.detail),
            (subject, Some(given)) => write!(f, "{given} {subject}: {}", self.detail),
            (subject, None) => write!(f, "{subject}: {}", self.detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_reads_as_its_subject_then_what_is_wrong() {
        let p = Problem::variable("DB_URL", Kind::Required, "required but not set or empty");
        assert_eq!(p.to_string(), "DB_URL: required but not set or empty");
        assert!(p.is_variable("DB_URL") && !p.is_variable("DB"));
        let p = Problem::file("/run/app.pem", Kind::Read, "no key cert");
        assert_eq!(p.to_string(), "/run/app.pem: no key cert");
        assert!(p.is_file(std::path::Path::new("/run/app.pem")));
        let p = Problem::new(
            Subject::Source("kv/app".into()),
            Kind::Read,
            "permission denied",
        );
        assert_eq!(p.to_string(), "--secret kv/app: permission denied");
        assert_eq!(
            Problem::run(Kind::Missing, "no token").to_string(),
            "no token"
        );
        let p =
            Problem::file("/run/app.pem", Kind::Syntax, "expected a reference").given_by("--file");
        assert_eq!(p.to_string(), "--file /run/app.pem: expected a reference");
        assert!(p.is_file(std::path::Path::new("/run/app.pem")));
    }
}
