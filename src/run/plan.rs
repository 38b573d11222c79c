//! One plan for `exec`, `env` and `check`, resolved once from the flags, the config file
//! and the environment (as ripgrep makes its high-level args from the low-level ones):
//! typed values, defaults written once, and every problem found before the first
//! request to Vault. When anything is wrong, the plan is not made: the caller gets every
//! problem at once, each naming the flag, variable or config key it came from, and
//! nothing is logged in, read, issued or written.

use super::config::ExecTable;
use super::session::Login;
use super::values::{Given, LogFormat, OnChange, SignalName, Value};
use crate::cli::args::{ExecArgs, SourceArgs};
use crate::cli::settings::Settings;
use crate::redacted::Secret;
use crate::secrets::sources::Origin;
use crate::secrets::{Kind, Problem, Sources};
use std::ffi::OsString;
use std::time::Duration;

/// Defaults, written once.
pub mod defaults {
    use std::time::Duration;
    /// `--retry-timeout`.
    pub const RETRY_TIMEOUT: Duration = Duration::from_secs(120);
    /// `--kill-timeout`.
    pub const KILL_TIMEOUT: Duration = Duration::from_secs(30);
    /// `--poll-interval`.
    pub const POLL_INTERVAL: Duration = Duration::from_secs(60);
    /// `--debounce`.
    pub const DEBOUNCE: Duration = Duration::from_secs(1);
    /// `--splay`.
    pub const SPLAY: Duration = Duration::ZERO;
    /// `--min-restart-interval`.
    pub const MIN_RESTART_INTERVAL: Duration = Duration::from_secs(10);
}

/// How vaultctl gets its token.
#[derive(Debug)]
pub enum Auth {
    /// `VAULT_TOKEN` or the stored token.
    Token(Secret),
    /// Log in with `--auth` (or `[auth]`), and again when the token runs out.
    Login(Login),
}

/// What `exec`, `env` and `check` do, resolved and checked.
#[derive(Debug)]
pub struct Plan {
    /// The sources, references parsed and rules compiled.
    pub sources: Sources,
    /// The token, or the login that gets one.
    pub auth: Auth,
    /// How long start-up retries an unreachable or sealed Vault.
    pub retry_timeout: Duration,
    /// The process environment as vaultctl got it, non-UTF-8 values included.
    pub inherited: Vec<(OsString, OsString)>,
    /// The child gets only the injected variables.
    pub pristine: bool,
    /// The child gets vaultctl's token as `VAULT_TOKEN`.
    pub pass_token: bool,
    /// Dynamic leases are revoked when the child they were given to is gone.
    pub revoke_on_exit: bool,
    /// The options of `exec` (defaults for `env` and `check`).
    pub exec: ExecPlan,
    /// The fallback cache of `exec`, when asked for.
    pub fallback: Option<super::fallback::Fallback>,
}

/// The options of `exec`.
#[derive(Debug, Clone)]
pub struct ExecPlan {
    /// The command and its arguments.
    pub command: Vec<OsString>,
    /// Replace vaultctl with the command.
    pub once: bool,
    /// Hide injected values in the child's output.
    pub mask: bool,
    /// Stops the child for a restart.
    pub kill_signal: SignalName,
    /// How long the child gets to stop.
    pub kill_timeout: Duration,
    /// What a change does.
    pub on_change: OnChange,
    /// Sent by `--on-change signal`.
    pub reload_signal: SignalName,
    /// KV checks.
    pub poll_interval: Duration,
    /// Random delay before a rotation restart, up to this.
    pub splay: Duration,
    /// At most one rotation restart this often.
    pub min_restart_interval: Duration,
    /// Changes this close together give one action.
    pub debounce: Duration,
    /// Log lines as text or JSON.
    pub log_format: LogFormat,
}

/// A value from a flag, else the config file, else the default; a bad one is a
/// problem naming where it came from.
pub(super) fn pick<T: Clone>(
    flag: (&Option<Given<T>>, &str),
    file: (&Option<Given<T>>, &str),
    default: T,
    problems: &mut Vec<Problem>,
) -> T {
    let (given, source) = match (flag.0, file.0) {
        (Some(g), _) => (g, flag.1.to_string()),
        (None, Some(g)) => (g, format!("config file {}", file.1)),
        (None, None) => return default,
    };
    match &given.parsed {
        Ok(v) => v.clone(),
        Err(e) => {
            problems.push(Problem::option(source, Kind::Syntax, e.to_string()));
            default
        }
    }
}

impl Plan {
    /// Resolves the plan for `env`/`check` (`exec` is `None`) or `exec`. `inherited` is the
    /// process environment; `stored_token` finds `VAULT_TOKEN` or the stored token, asked
    /// only when no login method is given. Every problem is returned at once.
    pub fn resolve(
        settings: &Settings,
        sources: &SourceArgs,
        exec: Option<&ExecArgs>,
        inherited: Vec<(OsString, OsString)>,
        stored_token: &dyn Fn() -> anyhow::Result<Option<Secret>>,
    ) -> Result<Plan, Vec<Problem>> {
        let file = &settings.file.exec;
        let mut problems = Vec::new();
        let env_refs = env_refs(sources, file);
        let gathered = gather(settings, sources, exec, &inherited, env_refs);
        problems.extend(gathered.problems.iter().cloned());
        let retry_timeout = pick(
            (&sources.retry_timeout, "--retry-timeout"),
            (&file.retry_timeout, "exec.retry_timeout"),
            defaults::RETRY_TIMEOUT,
            &mut problems,
        );
        let exec_plan = exec_plan(exec, file, &mut problems);
        let fallback = super::fallback::plan(settings, exec, file, &mut problems);
        let auth = match super::session::login_plan(settings, sources) {
            Ok(Some(login)) => Some(Auth::Login(login)),
            Ok(None) => match stored_token() {
                Ok(Some(token)) => Some(Auth::Token(token)),
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
            Err(e) => {
                problems.push(Problem::run(Kind::Invalid, format!("{e:#}")));
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
                .unwrap_or(true),
            exec: exec_plan,
            fallback,
        })
    }
}

/// The options of `exec`, with the defaults for `env` and `check`.
fn exec_plan(exec: Option<&ExecArgs>, file: &ExecTable, problems: &mut Vec<Problem>) -> ExecPlan {
    let none = ExecArgs::default();
    let args = exec.unwrap_or(&none);
    let signal = |s| SignalName::parse(s).expect("a default signal parses");
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
    ExecPlan {
        command: args.command.clone(),
        once,
        mask,
        kill_signal: pick(
            (&args.kill_signal, "--kill-signal"),
            (&file.kill_signal, "exec.kill_signal"),
            signal("SIGTERM"),
            problems,
        ),
        kill_timeout: pick(
            (&args.kill_timeout, "--kill-timeout"),
            (&file.kill_timeout, "exec.kill_timeout"),
            defaults::KILL_TIMEOUT,
            problems,
        ),
        on_change: pick(
            (&args.on_change, "--on-change"),
            (&file.on_change, "exec.on_change"),
            OnChange::Restart,
            problems,
        ),
        reload_signal: pick(
            (&args.reload_signal, "--reload-signal"),
            (&file.reload_signal, "exec.reload_signal"),
            signal("SIGHUP"),
            problems,
        ),
        poll_interval: pick(
            (&args.poll_interval, "--poll-interval"),
            (&file.poll_interval, "exec.poll_interval"),
            defaults::POLL_INTERVAL,
            problems,
        ),
        splay: pick(
            (&args.splay, "--splay"),
            (&file.splay, "exec.splay"),
            defaults::SPLAY,
            problems,
        ),
        min_restart_interval: pick(
            (&args.min_restart_interval, "--min-restart-interval"),
            (&file.min_restart_interval, "exec.min_restart_interval"),
            defaults::MIN_RESTART_INTERVAL,
            problems,
        ),
        debounce: pick(
            (&args.debounce, "--debounce"),
            (&file.debounce, "exec.debounce"),
            defaults::DEBOUNCE,
            problems,
        ),
        log_format: pick(
            (&args.log_format, "--log-format"),
            (&file.log_format, "exec.log_format"),
            LogFormat::Text,
            problems,
        ),
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
fn check_issue_files(sources: &mut Sources) {
    let mut problems = Vec::new();
    for r in sources.refs() {
        for (name, value) in r.issue.iter().flatten() {
            if let Some(path) = value.strip_prefix('@') {
                if let Err(e) = std::fs::File::open(path) {
                    problems.push(Problem::run(
                        Kind::Unreadable,
                        format!("{r}: cannot read {name}=@{path}: {e}"),
                    ));
                }
            }
        }
    }
    problems.dedup();
    sources.problems.extend(problems);
}

/// The sources from the config file, the flags and (unless `--no-env-refs`) the
/// inherited environment; syntax problems are collected in them.
fn gather(
    settings: &Settings,
    args: &SourceArgs,
    exec: Option<&ExecArgs>,
    inherited: &[(OsString, OsString)],
    env_refs: bool,
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
    for f in exec.map(|e| e.files.as_slice()).unwrap_or_default() {
        sources.add_file(f);
    }
    for (i, t) in file.template.iter().enumerate() {
        let what = format!("config file template[{i}]");
        let mode = match t.mode.as_deref().map(parse_mode) {
            None => 0o600,
            Some(Ok(mode)) => mode,
            Some(Err(e)) => {
                sources
                    .problems
                    .push(Problem::option(format!("{what}.mode"), Kind::Invalid, e));
                continue;
            }
        };
        let text = std::fs::read_to_string(&t.source);
        sources.add_template_file(&what, &t.destination, &t.source, text, mode);
    }
    for t in exec.map(|e| e.templates.as_slice()).unwrap_or_default() {
        let (dest, src) = t.split_once('=').unwrap_or((t, ""));
        let text = std::fs::read_to_string(src);
        sources.add_template_file("--template", dest, src, text, 0o600);
    }
    check_issue_files(&mut sources);
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
