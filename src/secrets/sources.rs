//! The SOURCES of `exec`, `env` and `check`, gathered from flags, the config file and
//! the inherited environment into one [`Sources`], with every syntax problem collected:
//! references, templates (values holding `{{`, and template files) and rules. Each
//! problem is about the variable, file or flag it is found in, and reads as the flag
//! gave it (`--file /run/app.pem: invalid reference ...`). [`Sources::reads`] is the set
//! of reads ([`ReadKey`]s) that they need.

use super::names::valid_name;
use super::problem::{Kind, Problem};
use super::read::ReadKey;
use super::reference::Ref;
use super::rules::Rule;
use super::template::{self, Template};
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

/// What a variable is made from.
#[derive(Debug, Clone)]
pub enum EnvValue {
    /// One reference.
    Ref(Ref),
    /// A template of several.
    Template(Template),
}

/// One variable from a reference or a template.
#[derive(Debug, Clone)]
pub struct EnvRef {
    /// The variable.
    pub name: String,
    /// What it is made from.
    pub value: EnvValue,
    /// Where it came from.
    pub origin: Origin,
}

/// What a file is made from.
#[derive(Debug, Clone)]
pub enum FileSource {
    /// One reference (`--file`): a key's raw value, or the whole secret as JSON.
    Ref(Ref),
    /// A template file (`--template`, `[[template]]`), read when the plan was made.
    Template {
        /// The template file.
        source: PathBuf,
        /// Its parsed text.
        template: Template,
    },
}

/// One file to write for the child.
#[derive(Debug, Clone)]
pub struct FileSpec {
    /// Where it is written.
    pub dest: PathBuf,
    /// What it holds.
    pub source: FileSource,
    /// Its mode (0600 unless a `[[template]]` says otherwise).
    pub mode: u32,
}

/// Everything to inject and check.
#[derive(Debug, Default)]
pub struct Sources {
    /// `--secret` sources, in order.
    pub secrets: Vec<SecretSource>,
    /// `--env`, `[env]` and inherited references.
    pub env: Vec<EnvRef>,
    /// `--file` and template outputs.
    pub files: Vec<FileSpec>,
    /// `--require` names.
    pub require: Vec<String>,
    /// `--validate` rules.
    pub validate: Vec<(String, Rule)>,
    /// Problems found while gathering, each about the variable, file or option it is
    /// found in.
    pub problems: Vec<Problem>,
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
            self.problems.push(Problem::option(
                format!("--secret {text:?}"),
                Kind::Syntax,
                "the path is empty",
            ));
            return;
        }
        if !prefix.is_empty() && !valid_name(prefix) {
            self.problems.push(Problem::option(
                format!("--secret {prefix}={path}"),
                Kind::Invalid,
                format!("the prefix {prefix:?} cannot start a variable name (expected [A-Za-z_][A-Za-z0-9_]*)"),
            ));
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
            None => self.problems.push(Problem::option(
                format!("--env {text:?}"),
                Kind::Syntax,
                "expected NAME=vault:PATH#KEY",
            )),
        }
    }

    /// Adds one `name` = `value` pair: a template when it holds `{{`, else a reference.
    /// An invalid variable name is a problem found here, before Vault is asked; so is an
    /// issued reference (a write, which may send a file) in an inherited variable.
    pub fn add_env_pair(&mut self, name: &str, value: &str, origin: Origin) {
        if !valid_name(name) {
            let what = match origin {
                Origin::Explicit => "--env",
                Origin::Inherited => "the inherited variable",
            };
            // No variable of that name can be made: the problem is the flag's.
            self.problems.push(Problem::option(
                format!("{what} {name:?}"),
                Kind::Invalid,
                "not a valid variable name (expected [A-Za-z_][A-Za-z0-9_]*)",
            ));
            return;
        }
        let parsed = if template::is_template(value) {
            Template::parse(value)
                .map(EnvValue::Template)
                .map_err(|e| format!("template {e}"))
        } else {
            Ref::parse(value, false)
                .map(EnvValue::Ref)
                .map_err(|e| e.to_string())
        };
        let issues = |value: &EnvValue| match value {
            EnvValue::Ref(r) => r.issue.is_some(),
            EnvValue::Template(t) => t.refs().any(|r| r.issue.is_some()),
        };
        match parsed {
            Ok(value) if origin == Origin::Inherited && issues(&value) => {
                self.problems.push(Problem::variable(
                    name,
                    Kind::Refused,
                    "an inherited variable may only read secrets; it holds an issued reference (a write), which only --env, [env] or a template file may ask for",
                ));
            }
            Ok(value) => self.env.push(EnvRef {
                name: name.to_string(),
                value,
                origin,
            }),
            Err(e) => self.problems.push(Problem::variable(name, Kind::Syntax, e)),
        }
    }

    /// Adds the references among inherited variables (`NAME=vault:...`) and the
    /// templates (values holding `{{ vault:`).
    pub fn add_inherited<'a>(&mut self, vars: impl IntoIterator<Item = (&'a str, &'a str)>) {
        for (name, value) in vars {
            if Ref::is_ref(value) || holds_placeholder(value) {
                self.add_env_pair(name, value, Origin::Inherited);
            }
        }
    }

    /// Adds a template file: `dest` written from the template read from `source`
    /// (`text` is what reading it gave), with `mode`. `what` names the flag or table.
    pub fn add_template_file(
        &mut self,
        what: &str,
        dest: &str,
        source: &str,
        text: std::io::Result<String>,
        mode: u32,
    ) {
        if dest.is_empty() || source.is_empty() {
            self.problems.push(Problem::option(
                format!("{what} {dest}={source}"),
                Kind::Syntax,
                "expected DEST=SRC, both non-empty",
            ));
            return;
        }
        let parsed = text
            .map_err(|e| (Kind::Unreadable, format!("cannot read the template: {e}")))
            .and_then(|t| {
                Template::parse(&t).map_err(|e| (Kind::Syntax, format!("template {source}: {e}")))
            });
        match parsed {
            Ok(template) => self.files.push(FileSpec {
                dest: PathBuf::from(dest),
                source: FileSource::Template {
                    source: PathBuf::from(source),
                    template,
                },
                mode,
            }),
            Err((kind, e)) => self
                .problems
                .push(Problem::file(dest, kind, e).given_by(what)),
        }
    }

    /// Adds `DEST=REF` (a key's raw value, or the whole secret as JSON).
    pub fn add_file(&mut self, text: &str) {
        let Some((dest, reference)) = text.split_once('=') else {
            self.problems.push(Problem::option(
                format!("--file {text:?}"),
                Kind::Syntax,
                "expected DEST=vault:PATH[#KEY]",
            ));
            return;
        };
        match Ref::parse(reference, true) {
            Ok(r) if !dest.is_empty() => self.files.push(FileSpec {
                dest: PathBuf::from(dest),
                source: FileSource::Ref(r),
                mode: 0o600,
            }),
            Ok(_) => self.problems.push(Problem::option(
                format!("--file {text:?}"),
                Kind::Syntax,
                "the destination is empty",
            )),
            Err(e) => self
                .problems
                .push(Problem::file(dest, Kind::Syntax, e.to_string()).given_by("--file")),
        }
    }

    /// Adds `NAME=RULE`.
    pub fn add_validate(&mut self, text: &str) {
        let Some((name, rule)) = text.split_once('=') else {
            self.problems.push(Problem::option(
                format!("--validate {text:?}"),
                Kind::Syntax,
                "expected NAME=RULE",
            ));
            return;
        };
        match Rule::parse(rule) {
            Ok(rule) => self.validate.push((name.to_string(), rule)),
            Err(e) => self
                .problems
                .push(Problem::variable(name, Kind::Syntax, e).given_by("--validate")),
        }
    }

    /// The distinct reads needed: each path (at each pinned version, with each set of
    /// parameters) once, for every variable, file and template together.
    pub fn reads(&self) -> BTreeSet<ReadKey> {
        let mut reads: BTreeSet<ReadKey> = self
            .secrets
            .iter()
            .map(|s| ReadKey::path(&s.path))
            .collect();
        reads.extend(self.refs().map(ReadKey::of));
        reads
    }

    /// Every reference of the variables and files, templates included.
    pub fn refs(&self) -> impl Iterator<Item = &Ref> {
        let env = self.env.iter().flat_map(|e| match &e.value {
            EnvValue::Ref(r) => Box::new(std::iter::once(r)) as Box<dyn Iterator<Item = &Ref>>,
            EnvValue::Template(t) => Box::new(t.refs()),
        });
        let files = self.files.iter().flat_map(|f| match &f.source {
            FileSource::Ref(r) => Box::new(std::iter::once(r)) as Box<dyn Iterator<Item = &Ref>>,
            FileSource::Template { template, .. } => Box::new(template.refs()),
        });
        env.chain(files)
    }

    /// True when nothing is to be injected.
    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty() && self.env.is_empty() && self.files.is_empty()
    }
}

/// True when `value` holds a placeholder `{{ vault:` (spaces allowed after the braces).
fn holds_placeholder(value: &str) -> bool {
    value.match_indices("{{").any(|(i, _)| {
        value[i + 2..]
            .trim_start()
            .starts_with(super::reference::PREFIX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::Subject;

    /// The problems as a user reads them.
    fn texts(s: &Sources) -> Vec<String> {
        s.problems.iter().map(ToString::to_string).collect()
    }

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

    #[test]
    fn names_are_checked_while_gathering() {
        let mut s = Sources::default();
        s.add_env("9BAD=vault:secret/a#k", Origin::Explicit);
        s.add_env("A-B=vault:secret/a#k", Origin::Explicit);
        s.add_secret("1X_=secret/a");
        s.add_env("GOOD=vault:secret/a#k", Origin::Explicit);
        assert_eq!(s.problems.len(), 3, "{:?}", s.problems);
        let text = texts(&s);
        assert!(text[0].contains("--env \"9BAD\""), "{text:?}");
        assert!(text[2].contains("prefix \"1X_\""), "{text:?}");
        assert_eq!(s.env.len(), 1);
    }

    #[test]
    fn inherited_variables_may_read_but_never_write() {
        let mut s = Sources::default();
        s.add_inherited([
            ("READ", "vault:secret/a#k"),
            (
                "BRANCH",
                "x{{vault:sys/policies/acl/pwn?policy=@/etc/passwd#k}}",
            ),
            ("ISSUE", "vault:pki/issue/web?common_name=a#certificate"),
            ("TITLE", "Fix typo {{ vault:secret/prod#password }}"),
        ]);
        let names: Vec<&str> = s.env.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["READ", "TITLE"]);
        assert_eq!(s.problems.len(), 2, "{:?}", s.problems);
        let text = texts(&s);
        assert!(text[0].starts_with("BRANCH: "), "{text:?}");
        assert!(text[1].starts_with("ISSUE: "), "{text:?}");
        assert!(s.problems[0].is_variable("BRANCH") && s.problems[1].is_variable("ISSUE"));
        assert!(!text.iter().any(|p| p.contains("passwd")));
        // --env may still issue.
        s.add_env(
            "CERT=vault:pki/issue/web?common_name=a#certificate",
            Origin::Explicit,
        );
        assert_eq!(s.env.len(), 3);
    }

    #[test]
    fn each_problem_names_its_variable_file_or_option_and_reads_as_before() {
        let mut s = Sources::default();
        s.add_secret("");
        s.add_secret("1X=secret/a");
        s.add_env("NOREF", Origin::Explicit);
        s.add_env("9BAD=vault:secret/a#k", Origin::Explicit);
        s.add_env("X=vault:secret/a", Origin::Explicit);
        s.add_env("T={{ vault:secret/a#k | nope }}", Origin::Explicit);
        s.add_file("nodest");
        s.add_file("=vault:secret/a");
        s.add_file("/run/a.pem=secret/a");
        s.add_template_file("--template", "", "a.tpl", Ok(String::new()), 0o600);
        s.add_template_file(
            "--template",
            "/run/b",
            "b.tpl",
            Err(std::io::Error::other("gone")),
            0o600,
        );
        s.add_template_file(
            "config file template[0]",
            "/run/c",
            "c.tpl",
            Ok("{{ x".into()),
            0o600,
        );
        s.add_validate("PORT");
        s.add_validate("PORT=positive");
        let file = |d: &str| Subject::File(d.into());
        let var = |n: &str| Subject::Variable(n.into());
        let opt = |o: &str| Subject::Option(o.into());
        let want: [(Subject, Kind, &str); 14] = [
            (
                opt("--secret \"\""),
                Kind::Syntax,
                "--secret \"\": the path is empty",
            ),
            (
                opt("--secret 1X=secret/a"),
                Kind::Invalid,
                "--secret 1X=secret/a: the prefix \"1X\" cannot start",
            ),
            (
                opt("--env \"NOREF\""),
                Kind::Syntax,
                "--env \"NOREF\": expected NAME=vault:PATH#KEY",
            ),
            (
                opt("--env \"9BAD\""),
                Kind::Invalid,
                "--env \"9BAD\": not a valid variable name",
            ),
            (var("X"), Kind::Syntax, "X: "),
            (
                var("T"),
                Kind::Syntax,
                "T: template line 1: unknown filter \"nope\"",
            ),
            (
                opt("--file \"nodest\""),
                Kind::Syntax,
                "--file \"nodest\": expected DEST=vault:PATH[#KEY]",
            ),
            (
                opt("--file \"=vault:secret/a\""),
                Kind::Syntax,
                "--file \"=vault:secret/a\": the destination is empty",
            ),
            (file("/run/a.pem"), Kind::Syntax, "--file /run/a.pem: "),
            (
                opt("--template =a.tpl"),
                Kind::Syntax,
                "--template =a.tpl: expected DEST=SRC, both non-empty",
            ),
            (
                file("/run/b"),
                Kind::Unreadable,
                "--template /run/b: cannot read the template: gone",
            ),
            (
                file("/run/c"),
                Kind::Syntax,
                "config file template[0] /run/c: template c.tpl: line 1: ",
            ),
            (
                opt("--validate \"PORT\""),
                Kind::Syntax,
                "--validate \"PORT\": expected NAME=RULE",
            ),
            (
                var("PORT"),
                Kind::Syntax,
                "--validate PORT: unknown rule \"positive\"",
            ),
        ];
        assert_eq!(s.problems.len(), want.len(), "{:?}", texts(&s));
        for (p, (subject, kind, text)) in s.problems.iter().zip(want) {
            assert_eq!((&p.subject, p.kind), (&subject, kind), "{p}");
            assert!(
                p.to_string().starts_with(text),
                "{p:?} does not read {text:?}"
            );
        }
    }
}
