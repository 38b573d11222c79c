//! The SOURCES of `exec`, `env` and `check`, gathered from flags, the config file and
//! the inherited environment into one [`Sources`], with every syntax problem collected.

use super::reference::Ref;
use super::rules::Rule;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// `--secret [PREFIX=]PATH`: every top-level key of PATH becomes PREFIX + KEY.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretSource {
    /// Put before each upper-cased key, as given.
    pub prefix: String,
    /// The path.
    pub path: String,
}

/// Where a `NAME=REF` came from: explicit ones override `--secret` keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--env` or the `[env]` table.
    Explicit,
    /// A reference found in the inherited environment.
    Inherited,
}

/// One variable from one reference.
#[derive(Debug, Clone)]
pub struct EnvRef {
    /// The variable.
    pub name: String,
    /// The reference.
    pub reference: Ref,
    /// Where it came from.
    pub origin: Origin,
}

/// One distinct read: a path, maybe at a pinned version.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReadKey {
    /// The path.
    pub path: String,
    /// The KV v2 version, when pinned.
    pub version: Option<u64>,
}

impl std::fmt::Display for ReadKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.version {
            Some(v) => write!(f, "{} (version {v})", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// Everything to inject and check.
#[derive(Debug, Default)]
pub struct Sources {
    /// `--secret` sources, in order.
    pub secrets: Vec<SecretSource>,
    /// `--env`, `[env]` and inherited references.
    pub env: Vec<EnvRef>,
    /// `--file DEST=REF` outputs.
    pub files: Vec<(PathBuf, Ref)>,
    /// `--require` names.
    pub require: Vec<String>,
    /// `--validate` rules.
    pub validate: Vec<(String, Rule)>,
    /// Problems found while gathering.
    pub problems: Vec<String>,
}

impl Sources {
    /// Adds `[PREFIX=]PATH`.
    pub fn add_secret(&mut self, text: &str) {
        let (prefix, path) = match text.split_once('=') {
            Some((prefix, path)) => (prefix, path),
            None => ("", text),
        };
        let path = path
            .strip_prefix(super::reference::PREFIX)
            .unwrap_or(path)
            .trim_matches('/');
        if path.is_empty() {
            self.problems
                .push(format!("--secret {text:?}: the path is empty"));
            return;
        }
        self.secrets.push(SecretSource {
            prefix: prefix.to_string(),
            path: path.to_string(),
        });
    }

    /// Adds `NAME=REF`.
    pub fn add_env(&mut self, text: &str, origin: Origin) {
        match text.split_once('=') {
            Some((name, reference)) => self.add_env_pair(name, reference, origin),
            None => self
                .problems
                .push(format!("--env {text:?}: expected NAME=vault:PATH#KEY")),
        }
    }

    /// Adds one `name` = `reference` pair.
    pub fn add_env_pair(&mut self, name: &str, reference: &str, origin: Origin) {
        match Ref::parse(reference, false) {
            Ok(reference) => self.env.push(EnvRef {
                name: name.to_string(),
                reference,
                origin,
            }),
            Err(e) => self.problems.push(format!("{name}: {e}")),
        }
    }

    /// Adds the references among inherited variables (`NAME=vault:...`).
    pub fn add_inherited<'a>(&mut self, vars: impl IntoIterator<Item = (&'a str, &'a str)>) {
        for (name, value) in vars {
            if Ref::is_ref(value) {
                self.add_env_pair(name, value, Origin::Inherited);
            }
        }
    }

    /// Adds `DEST=REF` (a key's raw value, or the whole secret as JSON).
    pub fn add_file(&mut self, text: &str) {
        let Some((dest, reference)) = text.split_once('=') else {
            self.problems
                .push(format!("--file {text:?}: expected DEST=vault:PATH[#KEY]"));
            return;
        };
        match Ref::parse(reference, true) {
            Ok(r) if !dest.is_empty() => self.files.push((PathBuf::from(dest), r)),
            Ok(_) => self
                .problems
                .push(format!("--file {text:?}: the destination is empty")),
            Err(e) => self.problems.push(format!("--file {dest}: {e}")),
        }
    }

    /// Adds `NAME=RULE`.
    pub fn add_validate(&mut self, text: &str) {
        let Some((name, rule)) = text.split_once('=') else {
            self.problems
                .push(format!("--validate {text:?}: expected NAME=RULE"));
            return;
        };
        match Rule::parse(rule) {
            Ok(rule) => self.validate.push((name.to_string(), rule)),
            Err(e) => self.problems.push(format!("--validate {name}: {e}")),
        }
    }

    /// The distinct reads needed: each path (at each pinned version) once.
    pub fn reads(&self) -> BTreeSet<ReadKey> {
        let mut reads = BTreeSet::new();
        for s in &self.secrets {
            reads.insert(ReadKey {
                path: s.path.clone(),
                version: None,
            });
        }
        let refs = self
            .env
            .iter()
            .map(|e| &e.reference)
            .chain(self.files.iter().map(|(_, r)| r));
        for r in refs {
            reads.insert(ReadKey {
                path: r.path.clone(),
                version: r.version,
            });
        }
        reads
    }

    /// True when nothing is to be injected.
    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty() && self.env.is_empty() && self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_read_per_distinct_path_and_version() {
        let mut s = Sources::default();
        s.add_secret("APP_=secret/myapp");
        s.add_env("PGUSER=vault:database/creds/app#username", Origin::Explicit);
        s.add_env(
            "PGPASSWORD=vault:database/creds/app#password",
            Origin::Explicit,
        );
        s.add_env("OLD=vault:secret/myapp#key#2", Origin::Explicit);
        s.add_inherited([("API", "vault:secret/myapp#api"), ("HOME", "/root")]);
        let reads: Vec<String> = s.reads().iter().map(ToString::to_string).collect();
        assert_eq!(
            reads,
            [
                "database/creds/app",
                "secret/myapp",
                "secret/myapp (version 2)"
            ]
        );
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.secrets[0].prefix, "APP_");
    }

    #[test]
    fn syntax_problems_are_collected_not_fatal() {
        let mut s = Sources::default();
        s.add_env("NOREF", Origin::Explicit);
        s.add_env("X=vault:secret/a", Origin::Explicit);
        s.add_validate("PORT=positive");
        s.add_file("=vault:secret/a");
        s.add_secret("P=");
        assert_eq!(s.problems.len(), 5, "{:?}", s.problems);
    }
}
