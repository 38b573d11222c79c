//! What the word being completed is: walks the words of the command line with the clap
//! definitions (subcommands, which flags take a value, which are global) and decides
//! whether the last word is a Vault path — a kv command's PATH, the PATH of `read`,
//! `write`, `list` or `delete`, a `--secret` value, or the path of a `vault:` reference
//! in an `--env` or `--file` value. No I/O here.

use clap::{Arg, Command};

/// The kind of path being completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// A KV secret's path (kv commands); `mount` when `--mount` names the mount.
    Kv {
        /// The mount given with `--mount`.
        mount: Option<String>,
    },
    /// An API path below `/v1/` (`read`, `write`, `list`, `delete`).
    Logical,
    /// A reference's path (`--secret`, `vault:` in `--env` and `--file`).
    Reference,
}

/// A path to complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The kind of path.
    pub slot: Slot,
    /// What stands before the path in the word (`--secret=`, `APP_=`, `PGUSER=vault:`),
    /// put back in front of every candidate.
    pub keep: String,
    /// The path typed so far.
    pub typed: String,
    /// The global options given on the line, as `--name=value` words, so that the
    /// completion talks to the server the command will.
    pub globals: Vec<String>,
}

/// The kv subcommands whose PATH is a secret's path.
const KV_PATHS: [&str; 9] = [
    "get", "put", "patch", "list", "delete", "undelete", "destroy", "rollback", "export",
];
/// The commands whose first positional is an API path.
const LOGICAL_PATHS: [&str; 4] = ["read", "write", "list", "delete"];

/// What the walk over the words found.
#[derive(Default)]
struct Walk {
    names: Vec<String>,
    positionals: usize,
    globals: Vec<String>,
    mount: Option<String>,
    /// The long name of a flag still waiting for its value.
    pending: Option<String>,
    after_dashes: bool,
    /// `kv copy`'s `--from-profile` and `--to-profile`: the servers of SRC and DST.
    from_profile: Option<String>,
    to_profile: Option<String>,
}

impl Walk {
    fn record(&mut self, arg: &Arg, value: Option<&str>) {
        let long = arg.get_long().unwrap_or_default();
        if arg.is_global_set() {
            self.globals.push(match value {
                Some(v) => format!("--{long}={v}"),
                None => format!("--{long}"),
            });
        }
        match long {
            "mount" => self.mount = value.map(str::to_string),
            "from-profile" => self.from_profile = value.map(str::to_string),
            "to-profile" => self.to_profile = value.map(str::to_string),
            _ => {}
        }
    }

    /// `kv copy`'s SRC is completed from `--from-profile`'s server and DST from
    /// `--to-profile`'s: the profile of the path being completed, if one is named.
    fn copy_profile(&self) -> Option<&str> {
        let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
        match (names.as_slice(), self.positionals) {
            (["kv", "copy"], 0) => self.from_profile.as_deref(),
            (["kv", "copy"], 1) => self.to_profile.as_deref(),
            _ => None,
        }
    }
}

/// The path the last of `words` is, if it is one. `words[0]` is the command itself;
/// the last word is the one being completed (empty after a space).
pub fn analyse(cmd: &Command, words: &[String]) -> Option<Request> {
    let (current, before) = words.split_last()?;
    let mut walk = Walk::default();
    let mut sub = cmd;
    for word in before.iter().skip(1) {
        if walk.after_dashes {
            walk.positionals += 1;
        } else if let Some(long) = walk.pending.take() {
            if let Some(arg) = find_long(sub, &long) {
                walk.record(arg, Some(word));
            }
        } else if word == "--" {
            walk.after_dashes = true;
        } else if let Some(flag) = word.strip_prefix("--") {
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (flag, None),
            };
            match find_long(sub, name) {
                Some(arg) if takes_value(arg) && value.is_none() => {
                    walk.pending = Some(name.to_string())
                }
                Some(arg) => walk.record(arg, value),
                None => {}
            }
        } else if word.len() > 1 && word.starts_with('-') {
            let last = word.chars().last().unwrap_or('-');
            let short = sub.get_arguments().find(|a| a.get_short() == Some(last));
            if let Some(arg) = short.filter(|a| takes_value(a) && word.len() == 2) {
                walk.pending = arg.get_long().map(str::to_string);
            }
        } else if let Some(next) = sub.find_subcommand(word).filter(|_| walk.positionals == 0) {
            sub = next;
            walk.names.push(word.clone());
        } else {
            walk.positionals += 1;
        }
    }
    if walk.after_dashes {
        return None;
    }
    let (slot, keep, typed) = match walk.pending.take() {
        Some(flag) => value_slot(&flag, current, "")?,
        None => match current.strip_prefix("--") {
            Some(flag) => {
                let (name, value) = flag.split_once('=')?;
                value_slot(name, value, &format!("--{name}="))?
            }
            None if current.starts_with('-') => return None,
            None => (positional_slot(&walk)?, String::new(), current.to_string()),
        },
    };
    if let Some(profile) = walk.copy_profile().map(str::to_string) {
        walk.globals.retain(|g| !g.starts_with("--profile="));
        walk.globals.push(format!("--profile={profile}"));
    }
    Some(Request {
        slot,
        keep,
        typed,
        globals: walk.globals,
    })
}

/// The slot of the command's first positional, when it is a path.
fn positional_slot(walk: &Walk) -> Option<Slot> {
    let names: Vec<&str> = walk.names.iter().map(String::as_str).collect();
    if walk.positionals > 0 && names != ["kv", "copy"] {
        return None;
    }
    match names.as_slice() {
        ["kv", op] if KV_PATHS.contains(op) => Some(Slot::Kv {
            mount: walk.mount.clone(),
        }),
        ["kv", "copy"] if walk.positionals < 2 => Some(Slot::Kv {
            mount: walk.mount.clone(),
        }),
        ["kv", "metadata", "get" | "put" | "delete"] => Some(Slot::Kv {
            mount: walk.mount.clone(),
        }),
        [verb] if LOGICAL_PATHS.contains(verb) => Some(Slot::Logical),
        _ => None,
    }
}

/// The slot of a flag's value: `--secret [PREFIX=]PATH`, or `--env`/`--file` with a
/// `vault:` reference whose key (`#KEY`) is not typed yet.
fn value_slot(flag: &str, value: &str, keep: &str) -> Option<(Slot, String, String)> {
    match flag {
        "secret" => match value.split_once('=') {
            Some((prefix, path)) if !prefix.contains('/') => Some((
                Slot::Reference,
                format!("{keep}{prefix}="),
                path.to_string(),
            )),
            _ => Some((Slot::Reference, keep.to_string(), value.to_string())),
        },
        "env" | "file" => {
            let (name, reference) = value.split_once('=')?;
            let path = reference.strip_prefix("vault:")?;
            if path.contains(['#', '?']) {
                return None;
            }
            Some((
                Slot::Reference,
                format!("{keep}{name}=vault:"),
                path.to_string(),
            ))
        }
        _ => None,
    }
}

fn find_long<'c>(cmd: &'c Command, name: &str) -> Option<&'c Arg> {
    cmd.get_arguments().find(|a| a.get_long() == Some(name))
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(line: &str) -> Option<Request> {
        let mut cmd = crate::cli::args::command();
        cmd.build();
        let mut words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        if line.ends_with(' ') {
            words.push(String::new());
        }
        analyse(&cmd, &words)
    }

    fn slot(line: &str) -> Option<(Slot, String, String)> {
        request(line).map(|r| (r.slot, r.keep, r.typed))
    }

    fn kv(mount: Option<&str>, typed: &str) -> Option<(Slot, String, String)> {
        let mount = mount.map(str::to_string);
        Some((Slot::Kv { mount }, String::new(), typed.to_string()))
    }

    #[test]
    fn kv_export_and_both_paths_of_kv_copy_are_completed_from_their_servers() {
        assert_eq!(slot("vaultctl kv export secret/"), kv(None, "secret/"));
        let src = request("vaultctl --profile a kv copy --from-profile prod --to-profile dev se")
            .expect("src");
        assert_eq!(src.typed, "se");
        assert_eq!(src.globals, ["--profile=prod"]);
        let dst = request("vaultctl kv copy --from-profile prod --to-profile dev secret/a sec")
            .expect("dst");
        assert_eq!(dst.globals, ["--profile=dev"]);
        assert_eq!(slot("vaultctl kv copy secret/a secret/b "), None);
        assert_eq!(slot("vaultctl kv import "), None, "a file, not a path");
    }

    #[test]
    fn kv_and_logical_paths_are_the_first_positional() {
        assert_eq!(slot("vaultctl kv get secret/my"), kv(None, "secret/my"));
        assert_eq!(slot("vaultctl kv get "), kv(None, ""));
        assert_eq!(
            slot("vaultctl -v kv get --field a --mount secret my"),
            kv(Some("secret"), "my")
        );
        assert_eq!(slot("vaultctl kv metadata put sec"), kv(None, "sec"));
        assert_eq!(slot("vaultctl kv rollback --version 2 s"), kv(None, "s"));
        let logical = Some((Slot::Logical, String::new(), "sys/".to_string()));
        assert_eq!(slot("vaultctl write sys/"), logical);
        assert_eq!(slot("vaultctl --address http://x:1 list sys/"), logical);
        // Not a path: a second positional, a flag, a flag's value, other commands.
        for line in [
            "vaultctl write secret/x a=",
            "vaultctl kv get --",
            "vaultctl kv get --field ",
            "vaultctl kv ",
            "vaultctl db creds ",
            "vaultctl exec -- cat ",
            "vaultctl ",
        ] {
            assert_eq!(slot(line), None, "{line}");
        }
    }

    #[test]
    fn secret_and_reference_values_keep_what_comes_before_the_path() {
        let reference =
            |keep: &str, typed: &str| Some((Slot::Reference, keep.to_string(), typed.to_string()));
        assert_eq!(slot("vaultctl exec --secret sec"), reference("", "sec"));
        assert_eq!(
            slot("vaultctl env --secret APP_=secret/a"),
            reference("APP_=", "secret/a")
        );
        assert_eq!(
            slot("vaultctl env --secret=sec"),
            reference("--secret=", "sec")
        );
        assert_eq!(
            slot("vaultctl exec --env PGUSER=vault:database/"),
            reference("PGUSER=vault:", "database/")
        );
        assert_eq!(
            slot("vaultctl check --file=/run/x=vault:secret/a"),
            reference("--file=/run/x=vault:", "secret/a")
        );
        assert_eq!(slot("vaultctl exec --env PGUSER=vault:secret/a#"), None);
        assert_eq!(slot("vaultctl exec --env PGUSER=literal"), None);
    }

    #[test]
    fn global_options_on_the_line_are_kept() {
        let r = request("vaultctl --address http://h:1 kv get --namespace=ns --tls-skip-verify s")
            .expect("a path");
        assert_eq!(
            r.globals,
            [
                "--address=http://h:1",
                "--namespace=ns",
                "--tls-skip-verify"
            ]
        );
    }
}
