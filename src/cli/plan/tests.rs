//! Unit tests of plan building, without Vault: the flags are parsed by clap as a user
//! types them, the settings are resolved from a config file and variables given here,
//! and the stored token is a function. Precedence (flag > config file > default for the
//! options of `exec`; `--fallback-key-file` > `VAULTCTL_FALLBACK_KEY` >
//! `exec.fallback_key_file`; `--auth` > `[auth]`), every problem at once, each naming its
//! flag, variable or config key, and `--help` saying the defaults the plan uses.

use super::*;
use crate::cli::args::{Cli, Command};
use crate::run::values::{LogFormat, OnChange, SignalName, Value};
use crate::secrets::Subject;
use clap::Parser;
use nix::sys::signal::Signal;
use std::collections::HashMap;
use std::time::Duration;
use tempfile::TempDir;

/// A key that parses: 64 hex digits.
const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/// One run of the builder: a config file, variables and a stored token.
struct Case {
    dir: TempDir,
    config: String,
    vars: Vec<(String, String)>,
    stored: Option<&'static str>,
}

impl Case {
    fn new(config: &str) -> Case {
        Case {
            dir: tempfile::tempdir().expect("temp dir"),
            config: config.to_string(),
            vars: Vec::new(),
            stored: Some("s.stored"),
        }
    }

    fn var(mut self, name: &str, value: &str) -> Case {
        self.vars.push((name.to_string(), value.to_string()));
        self
    }

    fn no_stored_token(mut self) -> Case {
        self.stored = None;
        self
    }

    /// A file in the case's directory, written with `text`; its path.
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    }

    /// Builds the plan of `vaultctl ARGS`: `exec ... -- true`, `env ...` or `check ...`.
    fn build(&self, args: &[&str]) -> Result<Plan, Vec<Problem>> {
        let config = self.file("config.toml", &self.config);
        let mut map: HashMap<String, String> = self.vars.iter().cloned().collect();
        map.insert("VAULTCTL_CONFIG".into(), config);
        let env = move |k: &str| map.get(k).cloned();
        let cli = Cli::try_parse_from(std::iter::once("vaultctl").chain(args.iter().copied()))
            .expect("the flags parse");
        let settings = Settings::resolve(&cli.global, &env, false, false).expect("settings");
        let inherited = self
            .vars
            .iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        let stored = || Ok(self.stored.map(Secret::new));
        match &cli.command {
            Command::Exec(exec) => build(&settings, &exec.sources, Some(exec), inherited, &stored),
            Command::Env(env) => build(&settings, &env.sources, None, inherited, &stored),
            Command::Check(check) => build(&settings, &check.sources, None, inherited, &stored),
            _ => panic!("not exec, env or check"),
        }
    }

    fn exec(&self, flags: &[&str]) -> Result<Plan, Vec<Problem>> {
        let args: Vec<&str> = ["exec"]
            .iter()
            .chain(flags)
            .chain(&["--", "true"])
            .copied()
            .collect();
        self.build(&args)
    }
}

fn planned(result: Result<Plan, Vec<Problem>>) -> Plan {
    result.unwrap_or_else(|problems| panic!("{}", lines(&problems)))
}

fn refused(result: Result<Plan, Vec<Problem>>) -> Vec<Problem> {
    match result {
        Ok(_) => panic!("the plan was made"),
        Err(problems) => problems,
    }
}

fn lines(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}

/// The one problem whose subject is the option `source`.
fn about<'a>(problems: &'a [Problem], source: &str) -> &'a Problem {
    let subject = Subject::Option(source.to_string());
    let found: Vec<_> = problems.iter().filter(|p| p.subject == subject).collect();
    match found.as_slice() {
        [one] => one,
        _ => panic!("not one problem about {source}:\n{}", lines(problems)),
    }
}

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn with_nothing_given_every_option_is_its_default() {
    let plan = planned(Case::new("").exec(&[]));
    let e = &plan.exec;
    assert_eq!(e.command, ["true"]);
    assert!(!e.once && !e.mask);
    assert_eq!(e.kill_signal, SignalName(Signal::SIGTERM));
    assert_eq!(e.kill_timeout, secs(30));
    assert_eq!(e.on_change, OnChange::Restart);
    assert_eq!(e.reload_signal, SignalName(Signal::SIGHUP));
    assert_eq!(e.poll_interval, secs(60));
    assert_eq!(e.splay, Duration::ZERO);
    assert_eq!(e.min_restart_interval, secs(10));
    assert_eq!(e.debounce, secs(1));
    assert_eq!(e.log_format, LogFormat::Text);
    assert_eq!(plan.retry_timeout, secs(120));
    assert!(plan.revoke_on_exit && !plan.pristine && !plan.pass_token);
    assert!(plan.fallback.is_none());
    assert!(matches!(&plan.auth, TokenSource::Token(t) if t.expose() == "s.stored"));
}

#[test]
fn a_flag_beats_the_config_file_which_beats_the_default() {
    let case = Case::new(
        r#"
[exec]
kill_timeout = 5
splay = "3s"
retry_timeout = "1m"
on_change = "signal"
reload_signal = "USR1"
log_format = "json"
revoke_on_exit = false
pristine = true
"#,
    );
    let plan = planned(case.exec(&["--kill-timeout", "7s", "--reload-signal", "2"]));
    let e = &plan.exec;
    assert_eq!(e.kill_timeout, secs(7), "the flag");
    assert_eq!(e.reload_signal, SignalName(Signal::SIGINT), "the flag");
    assert_eq!(e.splay, secs(3), "the file");
    assert_eq!(plan.retry_timeout, secs(60), "the file");
    assert_eq!(e.on_change, OnChange::Signal, "the file");
    assert_eq!(e.log_format, LogFormat::Json, "the file");
    assert_eq!(e.debounce, secs(1), "the default");
    assert!(!plan.revoke_on_exit, "the file");
    assert!(plan.pristine, "the file");
    let plan = planned(case.exec(&["--revoke-on-exit"]));
    assert!(plan.revoke_on_exit, "the flag beats revoke_on_exit = false");
}

#[test]
fn env_and_check_take_the_files_options_but_never_the_cache() {
    let case = Case::new("[exec]\nretry_timeout = 9\nfallback_cache = \"cache\"\n");
    for command in ["env", "check"] {
        let plan = planned(case.build(&[command]));
        assert_eq!(plan.retry_timeout, secs(9), "{command}");
        assert!(plan.fallback.is_none(), "{command}");
        assert!(plan.exec.command.is_empty(), "{command}");
    }
}

#[test]
fn every_bad_value_is_reported_at_once_each_naming_where_it_came_from() {
    let case = Case::new(
        r#"
[exec]
poll_interval = "often"
on_change = "reboot"
kill_signal = "SIGTERM"
"#,
    )
    .no_stored_token();
    let problems = refused(case.exec(&[
        "--kill-signal",
        "TERN",
        "--splay",
        "soon",
        "--retry-timeout=-1s",
    ]));
    assert_eq!(
        about(&problems, "--kill-signal").to_string(),
        "--kill-signal: invalid signal \"TERN\" (use e.g. SIGTERM, INT, 15)",
        "the flag is named, not the file's good value"
    );
    assert!(
        about(&problems, "--splay")
            .to_string()
            .starts_with("--splay: ")
    );
    assert!(
        about(&problems, "--retry-timeout").detail.contains("-1s"),
        "{}",
        lines(&problems)
    );
    assert_eq!(
        about(&problems, "config file exec.on_change").to_string(),
        "config file exec.on_change: invalid action \"reboot\": expected restart, signal or none"
    );
    let poll = about(&problems, "config file exec.poll_interval");
    assert_eq!(poll.kind, Kind::Syntax);
    assert!(
        problems
            .iter()
            .any(|p| p.kind == Kind::Missing && p.to_string().starts_with("no token:")),
        "the missing token too:\n{}",
        lines(&problems)
    );
    assert_eq!(problems.len(), 6, "{}", lines(&problems));
}

#[test]
fn problems_of_the_sources_come_with_those_of_the_options() {
    let case = Case::new("[[template]]\nsource = \"t\"\ndestination = \"out\"\nmode = \"0777\"\n");
    let problems = refused(case.exec(&["--env", "X=vault:", "--debounce", "never"]));
    let mode = about(&problems, "config file template[0].mode");
    assert_eq!(mode.kind, Kind::Invalid);
    assert!(
        mode.detail.starts_with("mode \"0777\" is refused"),
        "{mode}"
    );
    about(&problems, "--debounce");
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().starts_with("X: invalid reference \"vault:\"")),
        "the bad reference:\n{}",
        lines(&problems)
    );
}

#[test]
fn mask_and_once_say_where_each_was_asked() {
    let case = Case::new("[exec]\nonce = true\n");
    let problems = refused(case.exec(&["--mask"]));
    assert_eq!(problems.len(), 1, "{}", lines(&problems));
    assert_eq!(problems[0].kind, Kind::Conflict);
    assert!(
        problems[0]
            .to_string()
            .starts_with("--mask cannot be used with exec.once in the config file: "),
        "{}",
        problems[0]
    );
}

#[test]
fn the_fallback_key_is_the_flag_then_the_variable_then_the_file() {
    let case = Case::new("");
    let good = case.file("good.key", KEY);
    let bad = case.file("bad.key", "not hex");
    let config = format!("[exec]\nfallback_cache = \"cache\"\nfallback_key_file = \"{bad}\"\n");
    let case = Case { config, ..case }.var("VAULTCTL_FALLBACK_KEY", "short");
    let plan = planned(case.exec(&["--fallback-key-file", &good]));
    let fallback = plan.fallback.expect("the cache");
    assert_eq!(fallback.max_age, secs(24 * 3600));
    assert!(fallback.dir.ends_with("cache"));

    let problems = refused(case.exec(&[]));
    let variable = about(&problems, "VAULTCTL_FALLBACK_KEY");
    assert_eq!(variable.kind, Kind::Invalid);
    assert_eq!(
        problems.len(),
        1,
        "the variable beats the file:\n{}",
        lines(&problems)
    );

    let case = Case {
        vars: Vec::new(),
        ..case
    };
    let problems = refused(case.exec(&["--fallback-max-age", "1h"]));
    about(
        &problems,
        &format!("config file exec.fallback_key_file {bad}"),
    );
    assert_eq!(problems.len(), 1, "{}", lines(&problems));

    let case = Case::new("");
    let problems = refused(case.exec(&["--fallback-cache", "cache"]));
    let missing = about(&problems, "--fallback-cache");
    assert_eq!(missing.kind, Kind::Missing);
    assert!(missing.detail.contains("needs a key"), "{missing}");
}

#[test]
fn a_missing_key_file_is_named_with_its_flag() {
    let case = Case::new("");
    let path = case.dir.path().join("absent.key").display().to_string();
    let problems = refused(case.exec(&["--fallback-cache", "c", "--fallback-key-file", &path]));
    let p = about(&problems, &format!("--fallback-key-file {path}"));
    assert_eq!(p.kind, Kind::Unreadable);
    assert!(p.detail.starts_with("cannot read it: "), "{p}");
}

/// The cache's scope is the server of the settings: flag > profile > `VAULT_ADDR` >
/// `[vault]`.
#[test]
fn the_cache_is_scoped_to_the_server_the_settings_chose() {
    let case = Case::new("");
    let key = case.file("k", KEY);
    let config = "[vault]\naddress = \"http://file:1\"\n\
                  [profile.prod]\naddress = \"http://prod:1\"\nnamespace = \"ns\"\n";
    let case = Case {
        config: config.into(),
        ..case
    };
    let cache = ["--fallback-cache", "c", "--fallback-key-file", &key];
    let scope = |case: &Case, flags: &[&str]| {
        let flags = [flags, &cache].concat();
        planned(case.exec(&flags))
            .fallback
            .expect("the cache")
            .scope
    };
    assert_eq!(scope(&case, &[]), "http://file:1 ");
    let case = case.var("VAULT_ADDR", "http://env:1");
    assert_eq!(scope(&case, &[]), "http://env:1 ");
    assert_eq!(scope(&case, &["--profile", "prod"]), "http://prod:1 ns");
    let flags = ["--address", "http://flag:1", "--profile", "prod"];
    assert_eq!(scope(&case, &flags), "http://flag:1 ns");
}

#[test]
fn cache_options_without_the_cache_are_each_named() {
    let case = Case::new("[exec]\nfallback_key_file = \"k\"\nfallback_max_age = \"2h\"\n");
    let problems = refused(case.exec(&["--fallback-max-age", "1h"]));
    for source in [
        "--fallback-max-age",
        "config file exec.fallback_key_file",
        "config file exec.fallback_max_age",
    ] {
        assert_eq!(about(&problems, source).kind, Kind::Conflict);
    }
    assert_eq!(problems.len(), 3, "{}", lines(&problems));
}

#[test]
fn the_auth_flag_beats_the_auth_table() {
    let case = Case::new("[auth]\nmethod = \"approle\"\nrole_id = \"r\"\n").no_stored_token();
    let token = case.file("token", "s.given\n");
    let plan = planned(case.exec(&[
        "--auth",
        "token",
        "--auth-param",
        &format!("token=@{token}"),
    ]));
    assert!(matches!(&plan.auth, TokenSource::Login(l) if l.name == "token"));
    let plan = planned(case.exec(&[]));
    assert!(matches!(&plan.auth, TokenSource::Login(l) if l.name == "approle"));
}

#[test]
fn vault_role_id_fills_in_role_id() {
    let case = Case::new("").no_stored_token();
    let problems = refused(case.exec(&["--auth", "approle"]));
    let p = about(&problems, "--auth approle");
    assert!(p.detail.starts_with("approle login needs role_id="), "{p}");
    let plan = planned(
        case.var("VAULT_ROLE_ID", "role")
            .exec(&["--auth", "approle"]),
    );
    assert!(matches!(&plan.auth, TokenSource::Login(l) if l.name == "approle"));
}

#[test]
fn inherited_references_are_resolved_only_when_asked() {
    let case = Case::new("[exec]\nenv_refs = true\n").var("DB", "vault:secret/db#password");
    let names =
        |plan: Plan| -> Vec<String> { plan.sources.env.iter().map(|e| e.name.clone()).collect() };
    assert_eq!(names(planned(case.exec(&[]))), ["DB"], "the file asks");
    assert!(
        names(planned(case.exec(&["--no-env-refs"]))).is_empty(),
        "the flag says no"
    );
    let case = Case::new("").var("DB", "vault:secret/db#password");
    assert!(names(planned(case.exec(&[]))).is_empty(), "off by default");
    assert_eq!(names(planned(case.exec(&["--env-refs"]))), ["DB"]);
}

#[test]
fn the_stored_token_is_not_asked_for_when_logging_in() {
    let case = Case::new("[auth]\nmethod = \"approle\"\nrole_id = \"r\"\n");
    let plan = planned(case.exec(&[]));
    assert!(matches!(plan.auth, TokenSource::Login(_)));
}

/// `vaultctl exec --help` says the defaults the plan uses: every `[default: …]` parses
/// to its constant, and every option with a default says it.
#[test]
fn the_help_says_the_defaults_the_plan_uses() {
    fn same<T: Value + PartialEq + std::fmt::Debug>(text: &str, constant: T) -> bool {
        T::parse(text).as_ref() == Ok(&constant)
    }
    /// Whether the help's text is the constant.
    type Check<'a> = &'a dyn Fn(&str) -> bool;
    let expected: [(&str, Check); 12] = [
        ("retry-timeout", &|t| same(t, defaults::RETRY_TIMEOUT)),
        ("kill-signal", &|t| same(t, defaults::KILL_SIGNAL)),
        ("kill-timeout", &|t| same(t, defaults::KILL_TIMEOUT)),
        ("revoke-on-exit", &|t| same(t, defaults::REVOKE_ON_EXIT)),
        ("log-format", &|t| same(t, defaults::LOG_FORMAT)),
        ("on-change", &|t| same(t, defaults::ON_CHANGE)),
        ("reload-signal", &|t| same(t, defaults::RELOAD_SIGNAL)),
        ("poll-interval", &|t| same(t, defaults::POLL_INTERVAL)),
        ("splay", &|t| same(t, defaults::SPLAY)),
        ("min-restart-interval", &|t| {
            same(t, defaults::MIN_RESTART_INTERVAL)
        }),
        ("debounce", &|t| same(t, defaults::DEBOUNCE)),
        ("fallback-max-age", &|t| same(t, defaults::FALLBACK_MAX_AGE)),
    ];
    let mut cmd = crate::cli::args::command();
    cmd.build();
    let exec = cmd.find_subcommand("exec").expect("exec");
    let mut said = Vec::new();
    for arg in exec.get_arguments() {
        let Some(long) = arg.get_long().filter(|_| !arg.is_global_set()) else {
            continue;
        };
        let help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(|h| h.to_string());
        let help = help
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let Some((_, rest)) = help.split_once("[default: ") else {
            continue;
        };
        let text = rest.split_once(']').expect("a closing ]").0;
        let (_, matches) = expected
            .iter()
            .find(|(name, _)| *name == long)
            .unwrap_or_else(|| panic!("--{long} says [default: {text}]: add its constant here"));
        assert!(
            matches(text),
            "--{long} says [default: {text}], the plan's default differs"
        );
        said.push(long.to_string());
    }
    for (name, _) in &expected {
        assert!(
            said.iter().any(|s| s == name),
            "--{name} does not say its default"
        );
    }
    let rendered = exec.clone().render_long_help().to_string();
    assert!(rendered.contains("[default: 2m]"), "{rendered}");
}

#[test]
fn listen_takes_host_and_port_from_the_flag_or_the_file_and_not_with_once() {
    let addr = |text: &str| text.parse::<std::net::SocketAddr>().expect("addr");
    let none = Case::new("");
    assert_eq!(planned(none.exec(&[])).exec.listen, None);
    let file = Case::new("[exec]\nlisten = \"0.0.0.0:9102\"\n");
    assert_eq!(
        planned(file.exec(&[])).exec.listen,
        Some(addr("0.0.0.0:9102"))
    );
    let flag = planned(file.exec(&["--listen", "[::1]:9103"]));
    assert_eq!(flag.exec.listen, Some(addr("[::1]:9103")));
    // Bad values name the flag or the key.
    let problems = refused(none.exec(&["--listen", "localhost:9102"]));
    assert!(
        about(&problems, "--listen")
            .to_string()
            .contains("HOST:PORT"),
        "{}",
        lines(&problems)
    );
    let bad_file = Case::new("[exec]\nlisten = \"9102\"\n");
    let problems = refused(bad_file.exec(&[]));
    about(&problems, "config file exec.listen");
    // With --once nothing is left to answer.
    let problems = refused(none.exec(&["--once", "--listen", "127.0.0.1:9102"]));
    assert_eq!(problems.len(), 1, "{}", lines(&problems));
    assert_eq!(problems[0].kind, Kind::Conflict);
    assert!(
        problems[0]
            .to_string()
            .starts_with("--listen cannot be used with --once: "),
        "{}",
        problems[0]
    );
}

impl Case {
    /// Builds the plan of `vaultctl render FLAGS`.
    fn render(&self, flags: &[&str]) -> Result<(Plan, crate::run::plan::RenderPlan), Vec<Problem>> {
        self.render_in(flags, Vec::new())
    }

    /// Builds the plan of `vaultctl render FLAGS` in the environment `inherited`.
    fn render_in(
        &self,
        flags: &[&str],
        inherited: Vec<(OsString, OsString)>,
    ) -> Result<(Plan, crate::run::plan::RenderPlan), Vec<Problem>> {
        let config = self.file("config.toml", &self.config);
        let env = move |k: &str| (k == "VAULTCTL_CONFIG").then(|| config.clone());
        let args = ["vaultctl", "render"].iter().chain(flags).copied();
        let cli = Cli::try_parse_from(args).expect("the flags parse");
        let settings = Settings::resolve(&cli.global, &env, false, false).expect("settings");
        let stored = || Ok(self.stored.map(Secret::new));
        match &cli.command {
            Command::Render(render) => build_render(&settings, render, inherited, &stored),
            _ => panic!("not render"),
        }
    }
}

#[test]
fn render_needs_a_file_and_watch_for_its_on_change_options() {
    let case = Case::new("");
    let problems = refused_render(case.render(&["--secret", "secret/a"]));
    assert_eq!(problems.len(), 1, "{}", lines(&problems));
    assert!(
        problems[0]
            .to_string()
            .contains("--file DEST=REF or --template DEST=SRC"),
        "{}",
        lines(&problems)
    );
    let problems = refused_render(case.render(&[
        "--file",
        "/tmp/a=vault:secret/a#k",
        "--on-change-command",
        "true",
        "--on-change-timeout",
        "5s",
    ]));
    assert_eq!(problems.len(), 2, "{}", lines(&problems));
    about(&problems, "--on-change-command");
    about(&problems, "--on-change-timeout");
    // A file from the config file is enough; the options of exec apply (flag > [exec]
    // > default), render's own default too; no token is handed on, no cache.
    let case = Case::new(
        "[exec]\npass_token = true\npoll_interval = \"5s\"\n[exec.file]\n\"/tmp/a\" = \"vault:secret/a#k\"\n",
    );
    let (plan, render) = planned_render(case.render(&["--watch", "--debounce", "3s"]));
    assert!(render.watch);
    assert_eq!(render.on_change_timeout, defaults::ON_CHANGE_TIMEOUT);
    assert_eq!(render.on_change_command, None);
    assert_eq!(plan.exec.poll_interval, Duration::from_secs(5));
    assert_eq!(plan.exec.debounce, Duration::from_secs(3));
    assert!(!plan.pass_token);
    assert_eq!(plan.sources.files.len(), 1);
}

#[test]
fn render_refuses_an_on_change_command_where_no_shell_could_run_it() {
    let case = Case::new("");
    let flags = [
        "--watch",
        "--file",
        "/tmp/a=vault:secret/a#k",
        "--on-change-command",
        "true",
    ];
    // A folder with no sh (an image built FROM scratch): refused before Vault is asked.
    let empty = case.dir.path().join("bin");
    std::fs::create_dir_all(&empty).expect("bin");
    let path = |dir: &std::path::Path| vec![(OsString::from("PATH"), dir.as_os_str().to_owned())];
    let problems = refused_render(case.render_in(&flags, path(&empty)));
    assert_eq!(problems.len(), 1, "{}", lines(&problems));
    about(&problems, "--on-change-command");
    assert!(
        problems[0].to_string().contains("no sh is on PATH"),
        "{}",
        lines(&problems)
    );
    // With a shell on PATH it is planned.
    let shell = case.dir.path().join("shell");
    std::fs::create_dir_all(&shell).expect("shell");
    std::fs::copy("/bin/sh", shell.join("sh")).expect("a copy of sh");
    let (_, render) = planned_render(case.render_in(&flags, path(&shell)));
    assert_eq!(render.on_change_command.as_deref(), Some("true"));
}

fn planned_render(
    result: Result<(Plan, crate::run::plan::RenderPlan), Vec<Problem>>,
) -> (Plan, crate::run::plan::RenderPlan) {
    result.unwrap_or_else(|problems| panic!("{}", lines(&problems)))
}

fn refused_render(
    result: Result<(Plan, crate::run::plan::RenderPlan), Vec<Problem>>,
) -> Vec<Problem> {
    match result {
        Ok(_) => panic!("the plan was made"),
        Err(problems) => problems,
    }
}
