//! `vaultctl render`: the plan of `exec` without a command (the files only), handed to
//! [`crate::run::render`]. Problems found before Vault is asked anything end it as
//! [`Outcome::Problems`] (exit 1), reported in the `--log-format` asked for.

use super::Context;
use super::args::RenderArgs;
use crate::outcome::Outcome;
use crate::run::values::LogFormat;
use crate::run::{self, report};

/// Runs `vaultctl render`. `ctx` is the resolved settings, or why they could not be.
pub fn run(ctx: anyhow::Result<Context>, args: &RenderArgs, verbose: u8, quiet: bool) -> Outcome {
    let flag = args.log_format.as_ref().and_then(|g| g.parsed.clone().ok());
    // Like exec, an init container or sidecar says what it wrote unless told to be quiet.
    crate::log::init(verbose.max(1), quiet, flag == Some(LogFormat::Json));
    let ctx = match ctx {
        Ok(ctx) => ctx,
        Err(e) => {
            report::error(&format!("{e:#}"));
            return Outcome::LocalError;
        }
    };
    let file = ctx.settings.file.exec.log_format.as_ref();
    let format = flag.or_else(|| file.and_then(|g| g.parsed.clone().ok()));
    crate::log::init(verbose.max(1), quiet, format == Some(LogFormat::Json));
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
