//! The plan builder of `exec`, `env` and `check`: the flags ([`SourceArgs`],
//! [`ExecArgs`]), the resolved [`Settings`] (config file, profile, `VAULT_*` variables)
//! and the inherited environment become one [`Plan`] of typed values (as ripgrep turns
//! its low-level args into high-level ones), before the first request to Vault. When
//! anything is wrong the plan is not made: the caller gets every problem at once, each
//! naming the flag, variable or config key it came from, and nothing is logged in,
//! read, issued or written.
//!
//! Precedence: an option of `exec` is its flag, else its `[exec]` key, else the default
//! ([`defaults`]); the fallback key is `--fallback-key-file`, else
//! `VAULTCTL_FALLBACK_KEY`, else `exec.fallback_key_file`; the login is `--auth` (its
//! parameters over `[auth]`'s), else `[auth]`, else the token (`VAULT_TOKEN`, else the
//! stored one). Connection settings (flag > profile > `VAULT_*` > `[vault]`) are
//! resolved before, in [`Settings`].

mod fallback;
pub mod login;
mod render;
#[cfg(test)]
mod tests;

use super::args::{ExecArgs, Given, SourceArgs};
use super::settings::{ExecTable, Settings};
use crate::redacted::Secret;
use crate::run::plan::{ExecPlan, Plan, TokenSource, defaults};
use crate::secrets::sources::Origin;
use crate::secrets::{Kind, Problem, Sources};
pub use render::{build_render, render_from_process};
use std::ffi::OsString;

/// A way to find `VAULT_TOKEN` or the stored token.
pub type StoredToken<'a> = &'a dyn Fn() -> anyhow::Result<Option<Secret>>;

/// Builds the plan of `env`/`check` (`exec` is `None`) or `exec`. `inherited` is the
/// process environment; `stored_token` finds `VAULT_TOKEN` or the stored token, asked
/// only when no login method is given. Every problem is returned at once.
pub fn build(
    settings: &Settings,
    sources: &SourceArgs,
    exec: Option<&ExecArgs>,
    inherited: Vec<(OsString, OsString)>,
    stored_token: StoredToken<'_>,
) -> Result<Plan, Vec<Problem>> {
    let file = &settings.file.exec;
    let mut problems = Vec::new();
    let mut local = Vec::new();
    let env_refs = env_refs(sources, file);
    let gathered = gather(settings, sources, exec, &inherited, env_refs, &mut local);
    problems.extend(gathered.problems.iter().cloned());
    problems.append(&mut local);
    let retry_timeout = pick(
        (&sources.retry_timeout, "--retry-timeout"),
        (&file.retry_timeout, "exec.retry_timeout"),
        defaults::RETRY_TIMEOUT,
        &mut problems,
    );
    let exec_plan = exec_plan(exec, file, &mut problems);
    let fallback = fallback::plan(settings, exec, file, &mut problems);
    let auth = match login::plan(settings, sources) {
        Ok(Some(login)) => Some(TokenSource::Login(login)),
        Ok(None) => match stored_token() {
            Ok(Some(token)) => Some(TokenSource::Token(token)),
            Ok(None) => {
                problems.push(Problem::run(
                    Kind::Missing,
                    "no token: set VAULT_TOKEN, log in with `vaultctl login`, or pass --auth METHOD",
                ));
                None
            }
            Err(e) => {
                problems.push(Problem::run(Kind::Invalid, format!("{e:#}")));
                None
            }
        },
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let (Some(auth), true) = (auth, problems.is_empty()) else {
        return Err(problems);
    };
    let flag = |f: fn(&ExecArgs) -> bool| exec.is_some_and(f);
    Ok(Plan {
        sources: gathered,
        auth,
        retry_timeout,
        inherited,
        pristine: flag(|e| e.pristine) || file.pristine.unwrap_or(false),
        pass_token: flag(|e| e.pass_token) || file.pass_token.unwrap_or(false),
        revoke_on_exit: exec
            .and_then(|e| e.revoke_on_exit)
            .or(file.revoke_on_exit)
            .unwrap_or(defaults::REVOKE_ON_EXIT),
        exec: exec_plan,
        fallback,
    })
}

/// The plan of `exec`, `env` or `check` for this process: its environment, and the token
/// of `VAULT_TOKEN` or the token store.
pub fn from_process(
    settings: &Settings,
    sources: &SourceArgs,
    exec: Option<&ExecArgs>,
) -> Result<Plan, Vec<Problem>> {
    let inherited: Vec<_> = std::env::vars_os().collect();
    let stored = || super::tokens::current_token(settings);
    build(settings, sources, exec, inherited, &stored)
}

/// A value from a flag, else the config file, else the default; a bad one is a
/// problem naming where it came from (`--kill-timeout`, `config file exec.kill_timeout`).
fn pick<T: Clone>(
    flag: (&Option<Given<T>>, &str),
    file: (&Option<Given<T>>, &str),
    default: T,
    problems: &mut Vec<Problem>,
) -> T {
    pick_some(flag, file, problems).unwrap_or(default)
}

/// As [`pick`], for an option without a default: `None` when not given (or bad).
fn pick_some<T: Clone>(
    flag: (&Option<Given<T>>, &str),
    file: (&Option<Given<T>>, &str),
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let (given, source) = match (flag.0, file.0) {
        (Some(g), _) => (g, flag.1.to_string()),
        (None, Some(g)) => (g, format!("config file {}", file.1)),
        (None, None) => return None,
    };
    match &given.parsed {
        Ok(v) => Some(v.clone()),
        Err(e) => {
            problems.push(Problem::option(source, Kind::Syntax, e.to_string()));
            None
        }
    }
}

/// The options of `exec`, with the defaults for `env` and `check`.
fn exec_plan(exec: Option<&ExecArgs>, file: &ExecTable, problems: &mut Vec<Problem>) -> ExecPlan {
    let none = ExecArgs::default();
    let args = exec.unwrap_or(&none);
    let once = args.once || file.once.unwrap_or(false);
    let mask = args.mask || file.mask.unwrap_or(false);
    if exec.is_some() && once && mask {
        let named = |flag: bool, key: &str, text: &str| {
            if flag {
                text.to_string()
            } else {
                format!("{key} in the config file")
            }
        };
        problems.push(Problem::run(Kind::Conflict, format!(
            "{} cannot be used with {}: with --once vaultctl replaces itself, so nothing is left to hide values in the command's output",
            named(args.mask, "exec.mask", "--mask"),
            named(args.once, "exec.once", "--once"),
        )));
    }
    let listen = pick_some(
        (&args.listen, "--listen"),
        (&file.listen, "exec.listen"),
        problems,
    );
    if exec.is_some() && once && listen.is_some() {
        let listen_named = if args.listen.is_some() {
            "--listen"
        } else {
            "exec.listen in the config file"
        };
        let once_named = if args.once {
            "--once"
        } else {
            "exec.once in the config file"
        };
        problems.push(Problem::run(Kind::Conflict, format!(
            "{listen_named} cannot be used with {once_named}: with --once vaultctl replaces itself, so nothing is left to answer probes"
        )));
    }
    // An `[exec]` option: its flag is the key with dashes (`kill_timeout`,
    // `--kill-timeout`, `exec.kill_timeout`).
    macro_rules! option {
        ($key:ident, $default:ident) => {
            pick(
                (
                    &args.$key,
                    &format!("--{}", stringify!($key).replace('_', "-")),
                ),
                (&file.$key, concat!("exec.", stringify!($key))),
                defaults::$default,
                problems,
            )
        };
    }
    ExecPlan {
        command: args.command.clone(),
        once,
        mask,
        kill_signal: option!(kill_signal, KILL_SIGNAL),
        kill_timeout: option!(kill_timeout, KILL_TIMEOUT),
        on_change: option!(on_change, ON_CHANGE),
        reload_signal: option!(reload_signal, RELOAD_SIGNAL),
        poll_interval: option!(poll_interval, POLL_INTERVAL),
        splay: option!(splay, SPLAY),
        min_restart_interval: option!(min_restart_interval, MIN_RESTART_INTERVAL),
        debounce: option!(debounce, DEBOUNCE),
        log_format: option!(log_format, LOG_FORMAT),
        listen,
    }
}

/// Whether references in the inherited environment are resolved: only when asked, by
/// `--env-refs` or `env_refs = true` (a flag beats the file; `--no-env-refs` and
/// `no_env_refs = true` say no).
fn env_refs(sources: &SourceArgs, file: &ExecTable) -> bool {
    if sources.env_refs || sources.no_env_refs {
        return sources.env_refs;
    }
    file.env_refs.unwrap_or(false) && !file.no_env_refs.unwrap_or(false)
}

/// An octal file mode such as "0640". A file made from secrets is never writable by
/// group or others, nor executable: such a mode is refused.
fn parse_mode(text: &str) -> Result<u32, String> {
    let mode = u32::from_str_radix(text.trim(), 8)
        .ok()
        .filter(|m| *m <= 0o777)
        .ok_or_else(|| format!("invalid mode {text:?}: expected octal, such as \"0640\""))?;
    if mode & 0o133 != 0 {
        return Err(format!(
            "mode {text:?} is refused: a file of secrets may not be writable by group or others, nor executable (such as 0600 or 0640)"
        ));
    }
    Ok(mode)
}

/// Every `@FILE` parameter of an issued reference must be readable before Vault is asked.
fn check_issue_files(sources: &Sources, problems: &mut Vec<Problem>) {
    let mut found: Vec<String> = Vec::new();
    for r in sources.refs() {
        for (name, value) in r.issue.iter().flatten() {
            if let Some(path) = value.strip_prefix('@') {
                if let Err(e) = std::fs::File::open(path) {
                    found.push(format!("{r}: cannot read {name}=@{path}: {e}"));
                }
            }
        }
    }
    found.dedup();
    problems.extend(found.into_iter().map(|p| Problem::run(Kind::Unreadable, p)));
}

/// The sources from the config file, the flags and (when `env_refs`) the inherited
/// environment. Syntax problems are collected in them; the problems of the config file's
/// template modes and of issue parameters' files go to `problems`.
fn gather(
    settings: &Settings,
    args: &SourceArgs,
    exec: Option<&ExecArgs>,
    inherited: &[(OsString, OsString)],
    env_refs: bool,
    problems: &mut Vec<Problem>,
) -> Sources {
    let file = &settings.file;
    let mut sources = Sources::default();
    for s in &file.secret {
        sources.add_secret(&format!("{}={}", s.prefix, s.path));
    }
    for s in &args.secrets {
        sources.add_secret(s);
    }
    if env_refs {
        // A reference is text; a variable that is not UTF-8 is passed on as it is.
        let utf8 = inherited
            .iter()
            .filter_map(|(k, v)| Some((k.to_str()?, v.to_str()?)));
        sources.add_inherited(utf8);
    }
    for (name, reference) in &file.env {
        sources.add_env_pair(name, reference, Origin::Explicit);
    }
    for e in &args.env {
        sources.add_env(e, Origin::Explicit);
    }
    for (dest, reference) in &file.exec.file {
        sources.add_file(&format!("{dest}={reference}"));
    }
    for f in exec.map(|e| e.outputs.files.as_slice()).unwrap_or_default() {
        sources.add_file(f);
    }
    for (i, t) in file.template.iter().enumerate() {
        let what = format!("config file template[{i}]");
        let mode = match t.mode.as_deref().map(parse_mode) {
            None => defaults::TEMPLATE_MODE,
            Some(Ok(mode)) => mode,
            Some(Err(e)) => {
                problems.push(Problem::option(format!("{what}.mode"), Kind::Invalid, e));
                continue;
            }
        };
        let text = std::fs::read_to_string(&t.source);
        sources.add_template_file(&what, &t.destination, &t.source, text, mode);
    }
    for t in exec
        .map(|e| e.outputs.templates.as_slice())
        .unwrap_or_default()
    {
        let (dest, src) = t.split_once('=').unwrap_or((t, ""));
        let text = std::fs::read_to_string(src);
        sources.add_template_file("--template", dest, src, text, defaults::TEMPLATE_MODE);
    }
    check_issue_files(&sources, problems);
    sources.require = file
        .exec
        .require
        .iter()
        .chain(&args.require)
        .cloned()
        .collect();
    for (name, rule) in &file.exec.validate {
        sources.add_validate(&format!("{name}={rule}"));
    }
    for v in &args.validate {
        sources.add_validate(v);
    }
    sources
}
