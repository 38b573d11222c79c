//! `vaultctl exec`: resolve the plan from the flags, the environment and the config file,
//! hand it to the runtime ([`crate::run`]) and end as it says. Every failure before the
//! command runs is [`Outcome::ExecFailed`] (as env(1)), reported in the `--log-format`
//! the user asked for.

use super::Context;
use super::args::{ExecArgs, Given};
use crate::outcome::Outcome;
use crate::run::values::LogFormat;
use crate::run::{self, report};

/// Runs `vaultctl exec`. `ctx` is the resolved settings, or why they could not be.
pub fn run(ctx: anyhow::Result<Context>, args: &ExecArgs, verbose: u8, quiet: bool) -> Outcome {
    let Some(ctx) = log_as_asked(ctx, args.log_format.as_ref(), verbose, quiet) else {
        return Outcome::ExecFailed;
    };
    let plan = match super::plan::from_process(&ctx.settings, &args.sources, Some(args)) {
        Ok(plan) => plan,
        Err(problems) => {
            report::problems(&problems, "the command was not started");
            return Outcome::ExecFailed;
        }
    };
    match ctx.client(false) {
        Ok(client) => run::exec::run(plan, client),
        Err(e) => {
            report::error(&format!("{e:#}"));
            Outcome::ExecFailed
        }
    }
}

/// Sets up the log of a long-running command (`exec`, `render`): it says what it does
/// unless `-q`, in the `--log-format` of the flag, else of `[exec]`. The settings, or
/// `None` once why they could not be resolved was reported (in the flag's format).
pub(super) fn log_as_asked(
    ctx: anyhow::Result<Context>,
    flag: Option<&Given<LogFormat>>,
    verbose: u8,
    quiet: bool,
) -> Option<Context> {
    let flag = flag.and_then(|g| g.parsed.clone().ok());
    crate::log::init(verbose.max(1), quiet, flag == Some(LogFormat::Json));
    let ctx = match ctx {
        Ok(ctx) => ctx,
        Err(e) => {
            report::error(&format!("{e:#}"));
            return None;
        }
    };
    let file = ctx.settings.file.exec.log_format.as_ref();
    let format = flag.or_else(|| file.and_then(|g| g.parsed.clone().ok()));
    crate::log::init(verbose.max(1), quiet, format == Some(LogFormat::Json));
    Some(ctx)
}
