//! SOURCES: what `exec`, `env` and `check` inject. Parses references and flags, reads
//! each distinct path once, names the variables, and validates everything before any
//! child runs, reporting all problems at once and never a value.
//!
//! Layers: this module uses the Vault client; it knows nothing of clap or processes.
//!
//! Inside, the imports go one way (each file names only files above it; a test holds
//! them to it):
//!
//! - [`problem`] (a reason not to start, typed), [`reference`](mod@reference)
//!   (`vault:PATH#KEY`), [`rules`] (`--validate`), [`names`] (variable names): they
//!   import nothing here.
//! - [`read`]: the read model, [`ReadKey`], [`Fetched`], [`Reads`], [`ReadFailure`], that
//!   every file below speaks in.
//! - [`template`] (placeholders and filters), then [`render`] (what a reference or a
//!   template gives from the reads).
//! - [`sources`]: gathering flags, the config file and the inherited environment into
//!   [`Sources`] and the set of reads they need.
//! - [`fetch`]: reading each [`ReadKey`] once, in parallel, with start-up retry; issuing.
//! - [`assemble`]: from the reads to the variables and files, with every problem.

pub mod assemble;
pub mod fetch;
pub mod names;
pub mod problem;
pub mod read;
pub mod reference;
pub mod render;
pub mod rules;
pub mod sources;
pub mod template;

pub use assemble::{Injected, Var};
pub use problem::{Kind, Problem, Subject};
pub use read::{Fetched, ReadFailure, ReadKey, Reads};
pub use reference::Ref;
pub use sources::Sources;

#[cfg(test)]
mod tests {
    /// The files of this module, each after every file it imports.
    const ORDER: [(&str, &str); 10] = [
        ("problem", include_str!("problem.rs")),
        ("reference", include_str!("reference.rs")),
        ("rules", include_str!("rules.rs")),
        ("names", include_str!("names.rs")),
        ("read", include_str!("read.rs")),
        ("template", include_str!("template.rs")),
        ("render", include_str!("render.rs")),
        ("sources", include_str!("sources.rs")),
        ("fetch", include_str!("fetch.rs")),
        ("assemble", include_str!("assemble.rs")),
    ];

    /// The files of this module that `text` names (`super::X`, `super::{X, Y::Z}`,
    /// `crate::secrets::X`).
    fn named(text: &str) -> Vec<&'static str> {
        let ident = |s: &str| -> String {
            let s = s.trim_start();
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        let mut found = Vec::new();
        for prefix in ["super::", "crate::secrets::"] {
            for (at, _) in text.match_indices(prefix) {
                let rest = &text[at + prefix.len()..];
                let words: Vec<String> = match rest.strip_prefix('{') {
                    Some(group) => group
                        .split('}')
                        .next()
                        .unwrap_or_default()
                        .split(',')
                        .map(ident)
                        .collect(),
                    None => vec![ident(rest)],
                };
                for word in words {
                    if let Some((name, _)) = ORDER.iter().find(|(n, _)| *n == word) {
                        found.push(*name);
                    }
                }
            }
        }
        found
    }

    #[test]
    fn each_file_imports_only_files_above_it_so_there_is_no_cycle() {
        let files: Vec<&str> = include_str!("mod.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
            .collect();
        assert!(
            files.len() == ORDER.len() && files.iter().all(|f| ORDER.iter().any(|(n, _)| n == f)),
            "every file of secrets/ has its place in ORDER: {files:?}"
        );
        for (i, (name, text)) in ORDER.iter().enumerate() {
            let own = text.split("#[cfg(test)]").next().unwrap_or_default();
            for import in named(own) {
                let above = ORDER[..i].iter().any(|(n, _)| *n == import);
                assert!(
                    above || import == *name,
                    "secrets/{name}.rs imports secrets/{import}.rs, which is not above it"
                );
            }
        }
    }
}
