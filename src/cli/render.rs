//! `vaultctl render`: the plan of `exec` without a command (the files only), handed to
//! [`crate::run::render`]. Problems found before Vault is asked anything end it as
//! [`Outcome::Problems`] (exit 1), reported in the `--log-format` asked for.

use super::Context;
use super::args::RenderArgs;
use crate::outcome::Outcome;
use crate::run::{self, report};

/// Runs `vaultctl render`. `ctx` is the resolved settings, or why they could not be.
pub fn run(ctx: anyhow::Result<Context>, args: &RenderArgs, verbose: u8, quiet: bool) -> Outcome {
    let Some(ctx) = super::exec::log_as_asked(ctx, args.log_format.as_ref(), verbose, quiet) else {
        return Outcome::LocalError;
    };
    let (plan, render) = match super::plan::render_from_process(&ctx.settings, args) {
        Ok(plans) => plans,
        Err(problems) => {
            report::problems(&problems, "no file was written");
            return Outcome::Problems { unreachable: false };
        }
    };
    match ctx.client(false) {
        Ok(client) => run::render::run(plan, &render, client),
        Err(e) => {
            report::error(&format!("{e:#}"));
            Outcome::LocalError
        }
    }
}
