//! The plan of `render`: the plan of `exec` (same sources, files, login, precedence of
//! flag over `[exec]` key over default) without a command, and the options only `render`
//! has ([`RenderPlan`]). Every problem is found before Vault is asked anything: no file
//! to write, `--on-change-command`, `--on-change-timeout` or `--listen` without `--watch`.

use super::{StoredToken, build, pick};
use crate::cli::args::{ExecArgs, RenderArgs};
use crate::cli::settings::Settings;
use crate::run::plan::{Plan, RenderPlan, defaults};
use crate::secrets::{Kind, Problem};
use std::ffi::OsString;

/// Builds the plan of `render`: every problem at once.
pub fn build_render(
    settings: &Settings,
    args: &RenderArgs,
    inherited: Vec<(OsString, OsString)>,
    stored_token: StoredToken<'_>,
) -> Result<(Plan, RenderPlan), Vec<Problem>> {
    // The options render shares with exec, read by the same code; the rest stay unset.
    let exec = ExecArgs {
        outputs: args.outputs.clone(),
        poll_interval: args.poll_interval.clone(),
        debounce: args.debounce.clone(),
        revoke_on_exit: args.revoke_on_exit,
        log_format: args.log_format.clone(),
        listen: args.listen.clone(),
        ..ExecArgs::default()
    };
    let mut problems = Vec::new();
    let file = &settings.file;
    if args.outputs.files.is_empty()
        && args.outputs.templates.is_empty()
        && file.exec.file.is_empty()
        && file.template.is_empty()
    {
        problems.push(Problem::run(
            Kind::Missing,
            "render writes files and none was given: pass --file DEST=REF or --template DEST=SRC \
             (or exec.file / [[template]] in the config file)",
        ));
    }
    if !args.watch {
        for (given, flag) in [
            (args.on_change_command.is_some(), "--on-change-command"),
            (args.on_change_timeout.is_some(), "--on-change-timeout"),
            (args.listen.is_some(), "--listen"),
        ] {
            if given {
                problems.push(Problem::option(
                    flag,
                    Kind::Conflict,
                    "is only for render --watch: without it nothing changes after the first write",
                ));
            }
        }
    }
    if args
        .on_change_command
        .as_deref()
        .is_some_and(|c| c.trim().is_empty())
    {
        problems.push(Problem::option(
            "--on-change-command",
            Kind::Invalid,
            "is empty",
        ));
    }
    if args.watch
        && args
            .on_change_command
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
        && !shell_on_path(&inherited)
    {
        problems.push(Problem::option(
            "--on-change-command",
            Kind::Unreadable,
            "runs through sh -c, and no sh is on PATH (an image without a shell cannot run it: leave it out)",
        ));
    }
    let on_change_timeout = pick(
        (&args.on_change_timeout, "--on-change-timeout"),
        (&None, ""),
        defaults::ON_CHANGE_TIMEOUT,
        &mut problems,
    );
    if on_change_timeout.is_zero() {
        problems.push(Problem::option(
            "--on-change-timeout",
            Kind::Invalid,
            "must be longer than 0s",
        ));
    }
    let plan = build(
        settings,
        &args.sources,
        Some(&exec),
        inherited,
        stored_token,
    );
    let mut plan = match plan {
        Ok(plan) if problems.is_empty() => plan,
        Ok(_) => return Err(problems),
        Err(mut more) => {
            problems.append(&mut more);
            return Err(problems);
        }
    };
    // No command: no token handed on, no cache to start it from.
    plan.pass_token = false;
    plan.fallback = None;
    // Without --watch render ends once the files are written: nothing to probe (the
    // config file's `exec.listen` is for the long-running modes).
    if !args.watch {
        plan.exec.listen = None;
    }
    let render = RenderPlan {
        watch: args.watch,
        on_change_command: args.on_change_command.clone(),
        on_change_timeout,
    };
    Ok((plan, render))
}

/// Whether an executable `sh` is in a folder of the inherited `PATH`.
fn shell_on_path(inherited: &[(OsString, OsString)]) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Some((_, path)) = inherited.iter().rev().find(|(k, _)| k == "PATH") else {
        return false;
    };
    std::env::split_paths(path).any(|dir| {
        std::fs::metadata(dir.join("sh"))
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}

/// The plan of `render` for this process: its environment, and the token of
/// `VAULT_TOKEN` or the token store.
pub fn render_from_process(
    settings: &Settings,
    args: &RenderArgs,
) -> Result<(Plan, RenderPlan), Vec<Problem>> {
    let inherited: Vec<_> = std::env::vars_os().collect();
    let stored = || crate::cli::tokens::current_token(settings);
    build_render(settings, args, inherited, &stored)
}
