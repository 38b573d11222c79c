//! `vaultctl exec`: resolve and validate, write `--file` outputs, then either replace
//! vaultctl with the command (`--once`) or supervise it; revoke the dynamic leases it was
//! given once it is gone. Failures before the command runs exit 125 (as env(1)).

use super::Context;
use super::args::{ExecArgs, LogFormat, OnChange};
use super::keepalive;
use super::rotate::{RotateOptions, Rotation};
use super::settings::{DurationValue, ExecTable};
use super::sources::{self, Prepared};
use crate::supervise::{self, End, Launch, Options, Supervisor, process::RealProcess, signals};
use anyhow::{Context as _, Result, anyhow};
use nix::sys::signal::Signal;
use std::process::ExitCode;
use std::str::FromStr;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Runs `vaultctl exec`.
pub fn run(ctx: &Context, args: &ExecArgs, verbose: u8, quiet: bool) -> Result<ExitCode> {
    let json_logs = args.log_format == Some(LogFormat::Json);
    // An entrypoint says what it fetched unless told to be quiet.
    crate::log::init(verbose.max(1), quiet, json_logs);
    let once = args.once || ctx.settings.file.exec.once.unwrap_or(false);
    if !once {
        // Before any thread starts, so that only the signal thread receives them.
        signals::block().context("cannot block signals")?;
    }
    match start(ctx, args, once) {
        Ok(code) => Ok(code),
        Err(e) => {
            crate::log::write(
                crate::log::Level::Error,
                format_args!("{}", format!("{e:#}").replace('\n', " ")),
            );
            Ok(ExitCode::from(125))
        }
    }
}

fn start(ctx: &Context, args: &ExecArgs, once: bool) -> Result<ExitCode> {
    let file = &ctx.settings.file.exec;
    let pristine = args.pristine || file.pristine.unwrap_or(false);
    let prepared = sources::prepare(ctx, &args.sources, &args.files, pristine)?;
    if !prepared.problems.is_empty() {
        sources::report(&prepared.problems, "the command was not started");
        return Ok(ExitCode::from(125));
    }
    for (dest, contents) in &prepared.injected.files {
        crate::fsutil::write_private(dest, contents.expose().as_bytes())
            .with_context(|| format!("cannot write --file {}", dest.display()))?;
        crate::info!("wrote {}", dest.display());
    }
    let mask = args.mask || file.mask.unwrap_or(false);
    let launch = Launch {
        env: sources::os_env(&prepared.env),
        mask: if mask {
            prepared.injected.mask_values()
        } else {
            Vec::new()
        },
    };
    let (program, rest) = args
        .command
        .split_first()
        .ok_or_else(|| anyhow!("no command given"))?;
    let process = RealProcess::new(program.clone(), rest.to_vec(), mask);
    if once {
        use std::os::unix::process::CommandExt;
        let error = process.command(&launch).exec();
        let e = process.spawn_error(error);
        crate::log::write(crate::log::Level::Error, format_args!("{e}"));
        return Ok(ExitCode::from(e.exit_code()));
    }
    let options = Options {
        kill_signal: signal(
            args.kill_signal
                .as_deref()
                .or(file.kill_signal.as_deref())
                .unwrap_or("SIGTERM"),
        )?,
        kill_timeout: match (args.kill_timeout, &file.kill_timeout) {
            (Some(d), _) => d,
            (None, Some(v)) => v.get("exec.kill_timeout")?,
            (None, None) => Duration::from_secs(30),
        },
    };
    let revoke = args.revoke_on_exit.or(file.revoke_on_exit).unwrap_or(true);
    let rotate = rotate_options(args, file, mask, revoke)?;
    let poll = duration_option(
        args.poll_interval,
        &file.poll_interval,
        "exec.poll_interval",
        60,
    )?;
    supervise_child(process, options, launch, prepared, rotate, poll)
}

fn duration_option(
    flag: Option<Duration>,
    file: &Option<DurationValue>,
    key: &str,
    default_secs: u64,
) -> Result<Duration> {
    match (flag, file) {
        (Some(d), _) => Ok(d),
        (None, Some(v)) => v.get(key),
        (None, None) => Ok(Duration::from_secs(default_secs)),
    }
}

fn rotate_options(
    args: &ExecArgs,
    file: &ExecTable,
    mask: bool,
    revoke: bool,
) -> Result<RotateOptions> {
    let on_change = match (args.on_change, file.on_change.as_deref()) {
        (Some(c), _) => c,
        (None, Some("restart")) | (None, None) => OnChange::Restart,
        (None, Some("signal")) => OnChange::Signal,
        (None, Some("none")) => OnChange::None,
        (None, Some(other)) => anyhow::bail!(
            "invalid config file exec.on_change {other:?}: expected restart, signal or none"
        ),
    };
    Ok(RotateOptions {
        on_change,
        reload_signal: signal(
            args.reload_signal
                .as_deref()
                .or(file.reload_signal.as_deref())
                .unwrap_or("SIGHUP"),
        )?,
        debounce: duration_option(args.debounce, &file.debounce, "exec.debounce", 1)?,
        splay: duration_option(args.splay, &file.splay, "exec.splay", 0)?,
        min_interval: duration_option(
            args.min_restart_interval,
            &file.min_restart_interval,
            "exec.min_restart_interval",
            10,
        )?,
        mask,
        revoke,
    })
}

fn supervise_child(
    process: RealProcess,
    options: Options,
    launch: Launch,
    mut prepared: Prepared,
    rotate: RotateOptions,
    poll: Duration,
) -> Result<ExitCode> {
    signals::become_subreaper();
    let (tx, rx) = mpsc::channel();
    signals::spawn(tx.clone()).context("cannot watch signals")?;
    let mut sup = Supervisor::new(process, options);
    let pid = match sup.start(&launch, Instant::now()) {
        Ok(pid) => pid,
        Err(e) => {
            crate::log::write(crate::log::Level::Error, format_args!("{e}"));
            return Ok(ExitCode::from(e.exit_code()));
        }
    };
    crate::info!(
        "started {} (pid {pid})",
        sup.process().program().to_string_lossy()
    );
    let revoke = rotate.revoke;
    let leases = std::sync::Arc::new(std::sync::Mutex::new(keepalive::leases(&prepared)));
    let rotation = Rotation {
        sources: std::mem::take(&mut prepared.sources),
        reads: prepared.reads.clone(),
        base: std::mem::take(&mut prepared.base),
        current: std::mem::take(&mut prepared.env),
        files: std::mem::take(&mut prepared.injected.files),
        options: rotate,
        client: prepared.client.clone(),
        leases: leases.clone(),
    };
    let (keep, hook) = keepalive::start(&mut prepared, rotation, poll, tx);
    sup.set_restart_hook(hook);
    let end = supervise::run(&mut sup, &rx);
    sup.process_mut().flush_output();
    if revoke {
        let leases = leases.lock().map(|l| l.clone()).unwrap_or_default();
        revoke_leases(&prepared.client, &leases);
    }
    drop(keep);
    match end {
        Ok(end) => {
            if let End::Signal(n) = end {
                crate::info!("the command was killed by signal {n}");
            }
            Ok(ExitCode::from(end.exit_code()))
        }
        Err(e) => {
            crate::log::write(crate::log::Level::Error, format_args!("{e}"));
            Ok(ExitCode::from(e.exit_code()))
        }
    }
}

/// Revokes the dynamic leases the child held.
fn revoke_leases(client: &crate::vault::Client, leases: &[String]) {
    for lease in leases {
        match crate::vault::sys::lease_revoke(client, lease) {
            Ok(()) => crate::info!("revoked lease {lease}"),
            Err(e) => crate::warn!("cannot revoke lease {lease}: {e}"),
        }
    }
}

/// `SIGTERM`, `TERM` or `15`.
pub fn signal(text: &str) -> Result<Signal> {
    if let Ok(n) = text.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| anyhow!("invalid signal {text:?}"));
    }
    let upper = text.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    Signal::from_str(&name)
        .map_err(|_| anyhow!("invalid signal {text:?} (use e.g. SIGTERM, INT, 15)"))
}
