//! From what was read ([`Reads`]) to the child's environment: name the variables, apply
//! the precedence (explicit `--env` over `--secret` keys; two `--secret` sources may not
//! claim one name), check names, NUL bytes, `--require` and `--validate`, and collect
//! every problem, the sources' own first. Messages name variables, paths and keys —
//! never a value.

use super::names::{changes_loading, env_name, valid_name};
use super::problem::{Kind, Problem, Subject};
use super::read::{ReadKey, Reads, text_of};
use super::render;
use super::sources::{EnvValue, FileSource, Origin, Sources};
use super::template::Template;
use crate::redacted::Secret;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

/// One injected variable.
#[derive(Debug, Clone)]
pub struct Var {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: Secret,
    /// Where it came from: `secret/myapp#password`, or a template's references.
    pub source: String,
    /// The reads it came from.
    pub reads: Vec<ReadKey>,
}

/// One file written for the child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// Where.
    pub dest: PathBuf,
    /// What (printed as `*****`).
    pub contents: Secret,
    /// Its mode.
    pub mode: u32,
    /// Where it came from: a reference, or a template file and its references.
    pub source: String,
    /// The reads it came from.
    pub reads: Vec<ReadKey>,
}

/// Everything to inject, in order.
#[derive(Debug, Clone, Default)]
pub struct Injected {
    /// The variables.
    pub vars: Vec<Var>,
    /// The files: `--file` outputs and rendered templates.
    pub files: Vec<OutFile>,
    /// The values templates and `--file` outputs referenced, hidden by `--mask` too.
    pub referenced: Vec<Secret>,
}

impl Injected {
    /// The values to hide in the child's output under `--mask`: every variable's value,
    /// every value a template or a `--file` referenced (not a template's own text), and,
    /// where one of them is a JSON object or array (a whole secret, a nested key), every
    /// string and number inside it, also as it is written escaped in JSON. Lines of
    /// multi-line values are the mask list's concern.
    pub fn mask_values(&self) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        for value in self.vars.iter().map(|v| &v.value).chain(&self.referenced) {
            let text = value.expose();
            out.push(text.as_bytes().to_vec());
            if text.starts_with(['{', '[']) {
                if let Ok(json) = serde_json::from_str::<Value>(text) {
                    leaves(&json, &mut out);
                }
            }
        }
        out
    }
}

/// The strings and numbers inside `value`, for masking; a string also as JSON escapes it
/// when that differs. `true`, `false` and `null` are words, not secrets.
fn leaves(value: &Value, out: &mut Vec<Vec<u8>>) {
    match value {
        Value::String(s) => {
            out.push(s.as_bytes().to_vec());
            let quoted = Value::String(s.clone()).to_string();
            let escaped = &quoted[1..quoted.len() - 1];
            if escaped != s {
                out.push(escaped.as_bytes().to_vec());
            }
        }
        Value::Number(n) => out.push(n.to_string().into_bytes()),
        Value::Array(items) => items.iter().for_each(|v| leaves(v, out)),
        Value::Object(map) => map.values().for_each(|v| leaves(v, out)),
        Value::Bool(_) | Value::Null => {}
    }
}

/// Builds the injected variables and files from the reads.
pub fn assemble(sources: &Sources, reads: &Reads) -> (Injected, Vec<Problem>) {
    let mut problems: Vec<Problem> = sources.problems.clone();
    let mut vars: Vec<Var> = Vec::new();
    let mut claimed: HashMap<String, String> = HashMap::new();
    for source in &sources.secrets {
        let key = ReadKey::path(&source.path);
        let Some(Ok(fetched)) = reads.get(&key) else {
            if let Some(Err(e)) = reads.get(&key) {
                problems.push(Problem::new(
                    Subject::Source(source.path.clone()),
                    Kind::Read,
                    e.to_string(),
                ));
            }
            continue;
        };
        for (k, v) in &fetched.data {
            let name = format!("{}{}", source.prefix, env_name(k));
            let overridden = || {
                sources
                    .env
                    .iter()
                    .any(|e| e.origin == Origin::Explicit && e.name == name)
            };
            if changes_loading(&name) && !overridden() {
                problems.push(Problem::variable(&name, Kind::Refused, format!(
                    "key {k:?} of {} would set {name}, which changes how the command is loaded or started or where it connects; refused (an explicit --env {name}=REF may set it)",
                    source.path
                )));
                continue;
            }
            if let Some(other) = claimed.get(&name) {
                problems.push(Problem::variable(
                    &name,
                    Kind::Conflict,
                    format!("claimed by both {other} and {} (use a prefix)", source.path),
                ));
                continue;
            }
            claimed.insert(name.clone(), source.path.clone());
            vars.push(Var {
                name,
                value: Secret::new(text_of(v)),
                source: format!("{}#{k}", source.path),
                reads: vec![key.clone()],
            });
        }
    }
    // Explicit references override --secret keys and inherited references.
    let mut refs: Vec<_> = sources.env.iter().collect();
    refs.sort_by_key(|e| e.origin == Origin::Explicit);
    let mut referenced = Vec::new();
    for e in refs {
        let made = match &e.value {
            EnvValue::Ref(r) => {
                render::text(r, reads, false).map(|v| (v, r.to_string(), vec![ReadKey::of(r)]))
            }
            EnvValue::Template(t) => render::template(t, reads).map(|(v, used)| {
                referenced.extend(used.into_iter().map(Secret::new));
                (v, template_source(t), render::reads_of(t))
            }),
        };
        let (value, source, from) = match made {
            Ok(made) => made,
            Err(err) => {
                problems.push(Problem::variable(&e.name, Kind::Read, err.to_string()));
                continue;
            }
        };
        vars.retain(|v| v.name != e.name);
        vars.push(Var {
            name: e.name.clone(),
            value: Secret::new(value),
            source,
            reads: from,
        });
    }
    for v in &vars {
        if !valid_name(&v.name) {
            problems.push(Problem::variable(
                &v.name,
                Kind::Invalid,
                format!("not a valid variable name (from {})", v.source),
            ));
        }
        if v.value.expose().contains('\0') {
            problems.push(Problem::variable(
                &v.name,
                Kind::Invalid,
                format!("the value from {} contains a NUL byte", v.source),
            ));
        }
    }
    let files = assemble_files(sources, reads, &mut problems, &mut referenced);
    let injected = Injected {
        vars,
        files,
        referenced,
    };
    (injected, problems)
}

/// How a template shows as a source: its references.
fn template_source(t: &Template) -> String {
    let refs: Vec<String> = t.refs().map(ToString::to_string).collect();
    format!("template: {}", refs.join(" "))
}

fn assemble_files(
    sources: &Sources,
    reads: &Reads,
    problems: &mut Vec<Problem>,
    referenced: &mut Vec<Secret>,
) -> Vec<OutFile> {
    let mut files = Vec::new();
    for spec in &sources.files {
        let made = match &spec.source {
            FileSource::Ref(r) => render::text(r, reads, true).map(|v| {
                // What the file holds, hidden by `--mask`: one key's value, or the
                // whole secret (as compact JSON, so that its values are found).
                let value = match &r.key {
                    Some(_) => v.clone(),
                    None => render::text(r, reads, false).unwrap_or_default(),
                };
                referenced.push(Secret::new(value));
                (v, r.to_string(), vec![ReadKey::of(r)])
            }),
            FileSource::Template { source, template } => {
                render::template(template, reads).map(|(v, used)| {
                    referenced.extend(used.into_iter().map(Secret::new));
                    let shown = format!("{} ({})", source.display(), template_source(template));
                    (v, shown, render::reads_of(template))
                })
            }
        };
        match made {
            Ok((contents, source, from)) => files.push(OutFile {
                dest: spec.dest.clone(),
                contents: Secret::new(contents),
                mode: spec.mode,
                source,
                reads: from,
            }),
            Err(err) => problems.push(Problem::file(&spec.dest, Kind::Read, err.to_string())),
        }
    }
    files
}

/// The child's final environment, as `--require` and `--validate` see it.
pub trait Lookup {
    /// The value of `name`, if set (lossy where it is not UTF-8).
    fn get(&self, name: &str) -> Option<std::borrow::Cow<'_, str>>;
}

impl Lookup for [(String, String)] {
    fn get(&self, name: &str) -> Option<std::borrow::Cow<'_, str>> {
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| std::borrow::Cow::Borrowed(v.as_str()))
    }
}

/// Checks `--require` and `--validate` against the child's final environment.
pub fn check_rules(sources: &Sources, env: &(impl Lookup + ?Sized)) -> Vec<Problem> {
    let lookup = |name: &str| env.get(name);
    let mut problems = Vec::new();
    for name in &sources.require {
        if lookup(name).is_none_or(|v| v.is_empty()) {
            problems.push(Problem::variable(
                name,
                Kind::Required,
                "required but not set or empty",
            ));
        }
    }
    for (name, rule) in &sources.validate {
        match lookup(name) {
            Some(value) if rule.check(&value) => {}
            Some(_) => problems.push(Problem::variable(
                name,
                Kind::Rule,
                format!("fails the rule {rule}"),
            )),
            None => problems.push(Problem::variable(
                name,
                Kind::Rule,
                format!("not set, so it fails the rule {rule}"),
            )),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::read::{Fetched, ReadFailure};
    use serde_json::json;

    fn fetched(data: Value) -> Result<Fetched, ReadFailure> {
        Ok(Fetched {
            data: data.as_object().cloned().unwrap_or_default(),
            lease_id: String::new(),
            lease_duration: 0,
            renewable: false,
            version: None,
            kv: Some(2),
        })
    }

    fn reads(list: &[(&str, Result<Fetched, ReadFailure>)]) -> Reads {
        list.iter()
            .map(|(p, f)| (ReadKey::path(p), f.clone()))
            .collect()
    }

    #[test]
    fn names_keys_and_lets_explicit_references_win() {
        let mut s = Sources::default();
        s.add_secret("APP_=secret/a");
        s.add_env("APP_DB_URL=vault:secret/b#url", Origin::Explicit);
        let r = reads(&[
            (
                "secret/a",
                fetched(json!({"db-url": "from a", "port": 5432, "flag": true})),
            ),
            ("secret/b", fetched(json!({"url": "from b"}))),
        ]);
        let (inj, problems) = assemble(&s, &r);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<(&str, &str)> = inj
            .vars
            .iter()
            .map(|v| (v.name.as_str(), v.value.expose()))
            .collect();
        assert_eq!(
            got,
            [
                ("APP_FLAG", "true"),
                ("APP_PORT", "5432"),
                ("APP_DB_URL", "from b")
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_and_no_value_shown() {
        let mut s = Sources::default();
        s.add_secret("secret/a");
        s.add_secret("secret/b");
        s.add_env("MISSING=vault:secret/a#nope", Origin::Explicit);
        s.add_env("DENIED=vault:secret/c#k", Origin::Explicit);
        let r = reads(&[
            (
                "secret/a",
                fetched(json!({"token": "hunter2", "1st": "x", "nul": "a\u{0}b"})),
            ),
            ("secret/b", fetched(json!({"token": "other-secret"}))),
            ("secret/c", Err("403: permission denied".into())),
        ]);
        let (_, problems) = assemble(&s, &r);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let all = text.join("\n");
        for expected in [
            "TOKEN: claimed by both secret/a and secret/b",
            "MISSING: key \"nope\" not found in secret/a",
            "DENIED: cannot read secret/c: 403: permission denied",
            "1ST: not a valid variable name (from secret/a#1st)",
            "NUL: the value from secret/a#nul contains a NUL byte",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        assert!(
            !all.contains("hunter2") && !all.contains("other-secret"),
            "{all}"
        );
    }

    #[test]
    fn secret_keys_never_set_what_loads_the_command() {
        let mut s = Sources::default();
        s.add_secret("secret/a");
        s.add_secret("APP_=secret/a");
        s.add_env("PATH=vault:secret/b#path", Origin::Explicit);
        let r = reads(&[
            (
                "secret/a",
                fetched(json!({
                    "bash_env": "$(echo PWNED >&2)", "ld_preload": "/tmp/x.so",
                    "node-options": "--require /tmp/x.js", "path": "/tmp",
                    "bash_func_ls%%": "() { id; }", "api_key": "k",
                    "vault_addr": "https://attacker.example", "https_proxy": "http://x:3128",
                    "git_ssh_command": "sh -c id",
                })),
            ),
            ("secret/b", fetched(json!({"path": "/usr/bin"}))),
        ]);
        let (inj, problems) = assemble(&s, &r);
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for name in [
            "BASH_ENV",
            "LD_PRELOAD",
            "NODE_OPTIONS",
            "BASH_FUNC_LS__",
            "VAULT_ADDR",
            "HTTPS_PROXY",
            "GIT_SSH_COMMAND",
        ] {
            assert!(
                all.iter().any(|p| p.starts_with(&format!("{name}: key "))),
                "{name} not refused: {all:?}"
            );
        }
        assert!(!all.join(" ").contains("PWNED"), "{all:?}");
        let names: Vec<&str> = inj.vars.iter().map(|v| v.name.as_str()).collect();
        // The prefixed names are harmless; the explicit --env PATH is the user's choice.
        assert!(names.contains(&"APP_LD_PRELOAD") && names.contains(&"API_KEY"));
        assert!(
            names.contains(&"PATH") && !names.contains(&"BASH_ENV"),
            "{names:?}"
        );
        assert_eq!(all.len(), 7, "{all:?}");
    }

    #[test]
    fn require_and_validate_look_at_the_final_environment() {
        let mut s = Sources {
            require: vec!["DATABASE_URL".into(), "EMPTY".into()],
            ..Sources::default()
        };
        s.add_validate("PORT=int");
        s.add_validate("NAME=/^[a-z]+$/");
        let env = vec![
            ("DATABASE_URL".to_string(), "postgres://x".to_string()),
            ("EMPTY".to_string(), String::new()),
            ("PORT".to_string(), "eighty".to_string()),
        ];
        let text: Vec<String> = check_rules(&s, env.as_slice())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            text,
            [
                "EMPTY: required but not set or empty",
                "PORT: fails the rule int",
                "NAME: not set, so it fails the rule /^[a-z]+$/"
            ]
        );
    }

    #[test]
    fn mask_values_hold_what_files_and_templates_give_not_template_text() {
        let mut s = Sources::default();
        s.add_file("/run/a/key=vault:secret/a#api_key");
        s.add_file("/run/a/whole.json=vault:secret/b");
        s.add_template_file(
            "--template",
            "/run/a/conf",
            "conf.tpl",
            Ok("listen-address: 0.0.0.0\npw: {{ vault:secret/c#pw | base64 }}\n".into()),
            0o600,
        );
        let r = reads(&[
            ("secret/a", fetched(json!({"api_key": "file-only-key"}))),
            (
                "secret/b",
                fetched(
                    json!({"user": "whole-user", "quoted": "say \"hi\"", "port": 5432, "on": true}),
                ),
            ),
            ("secret/c", fetched(json!({"pw": "template-pw"}))),
        ]);
        let (inj, problems) = assemble(&s, &r);
        assert!(problems.is_empty(), "{problems:?}");
        let values: Vec<String> = inj
            .mask_values()
            .into_iter()
            .map(|v| String::from_utf8(v).expect("utf8"))
            .collect();
        for wanted in [
            "file-only-key",
            "whole-user",
            "say \"hi\"",
            "say \\\"hi\\\"",
            "5432",
            "template-pw",
        ] {
            assert!(values.iter().any(|v| v == wanted), "{wanted:?} not masked");
        }
        assert!(
            !values
                .iter()
                .any(|v| v.contains("listen-address") || v == "true"),
            "a template's own text and JSON words are not secrets"
        );
    }
}
