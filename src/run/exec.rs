//! `exec` from a checked plan to the child's end: resolve and validate, write the files,
//! then either replace vaultctl with the command (`--once`) or supervise it while the
//! token, the leases and the secrets are kept fresh; the leases it was given are revoked
//! once it is gone. It ends with an [`Outcome`]: a failure before the command runs is
//! [`Outcome::ExecFailed`] (as env(1)), then the command's own end.

use super::fallback::Keeper;
use super::first::FirstReads;
use super::health::{self, metrics::Phase};
use super::keepalive::{self, Start};
use super::ledger::Ledger;
use super::plan::Plan;
use super::report;
use super::rotation::{self, Rotation, Schedule};
use super::startup;
use crate::outcome::Outcome;
use crate::supervise::{
    self, End, Launch, RestartHook, Supervision, Supervisor, process::RealProcess, signals,
};
use crate::vault::Client;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// Runs the command of `plan`; how it ended.
pub fn run(plan: Plan, client: Client) -> Outcome {
    let once = plan.exec.once;
    let (tx, rx) = mpsc::channel();
    // Before any thread starts, so that only the signal thread receives them; until the
    // command runs, a signal that asks vaultctl to end stops the start, and what it
    // leased is revoked (with --once too: the command inherits an empty mask).
    if let Err(e) = signals::block().and_then(|()| signals::spawn(tx.clone())) {
        report::error(&format!("cannot watch signals: {e}"));
        return Outcome::ExecFailed;
    }
    // Before the first request, so that a port in use fails the run before anything is
    // leased, and probes get 503 (not a refused connection) during the start.
    if let Some(addr) = plan.exec.listen {
        match health::listen(addr) {
            Ok(bound) => crate::info!("serving /healthz, /readyz and /metrics on http://{bound}"),
            Err(e) => {
                report::error(&e);
                return Outcome::ExecFailed;
            }
        }
    }
    let Ok(startup::Started {
        resolved,
        plan,
        cache,
    }) = startup::start(plan, client)
    else {
        return crate::stop::requested().map_or(Outcome::ExecFailed, stopped);
    };
    let mut ledger = Ledger::new(resolved.leases(), plan.revoke_on_exit);
    if let Some(n) = crate::stop::requested() {
        crate::stop::finishing();
        ledger.finish(&resolved.client);
        return stopped(n);
    }
    if !resolved.problems.is_empty() {
        report::problems(&resolved.problems, "the command was not started");
        ledger.finish(&resolved.client);
        return Outcome::ExecFailed;
    }
    if let Err(e) = super::childenv::write_files(&resolved.view) {
        report::error(&format!("{e:#}"));
        ledger.finish(&resolved.client);
        return Outcome::ExecFailed;
    }
    super::events::sources(&resolved.reads);
    let Some((program, args)) = plan.exec.command.split_first() else {
        report::error(&"no command given");
        return Outcome::ExecFailed;
    };
    let mask = plan.exec.mask;
    let process = RealProcess::new(program.clone(), args.to_vec(), mask);
    let launch = Launch {
        env: resolved.view.env.clone(),
        mask: if mask {
            rotation::mask_values(&resolved.injected, &resolved.view)
        } else {
            Vec::new()
        },
    };
    if once {
        use std::os::unix::process::CommandExt;
        if let Some(cache) = &cache {
            cache.started(&resolved.reads);
        }
        // Last before the exec, so that the window in which a signal would be taken for
        // a command that does not run yet is as short as it can be.
        if let Err(n) = crate::stop::command_started() {
            crate::stop::finishing();
            ledger.finish(&resolved.client);
            return stopped(n);
        }
        let e = process.spawn_error(process.command(&launch).exec());
        report::error(&e);
        return e.outcome();
    }
    let child = Child {
        process,
        launch,
        ledger,
    };
    supervise_child(plan, resolved, cache, child, tx, rx)
}

/// The command, ready to start, and the leases it is given.
struct Child {
    process: RealProcess,
    launch: Launch,
    ledger: Ledger,
}

fn supervise_child(
    plan: Plan,
    resolved: FirstReads,
    cache: Option<Keeper>,
    child: Child,
    tx: mpsc::Sender<supervise::Event>,
    rx: mpsc::Receiver<supervise::Event>,
) -> Outcome {
    let Child {
        process,
        launch,
        ledger,
    } = child;
    signals::become_subreaper();
    let options = Supervision {
        kill_signal: plan.exec.kill_signal.0,
        kill_timeout: plan.exec.kill_timeout,
    };
    let mut sup = Supervisor::new(process, options);
    let client = resolved.client.clone();
    let ledger = Arc::new(Mutex::new(ledger));
    if let Err(n) = crate::stop::command_started() {
        crate::stop::finishing();
        finish(&ledger, &client);
        return stopped(n);
    }
    let pid = match sup.start(&launch, Instant::now()) {
        Ok(pid) => pid,
        Err(e) => {
            report::error(&e);
            finish(&ledger, &client);
            return e.outcome();
        }
    };
    crate::info!(
        "started {} (pid {pid})",
        sup.process().program().to_string_lossy()
    );
    health::record(|m| {
        m.child_started();
        m.set_phase(Phase::Running);
    });
    // After the start, so that writing the cache never delays the command.
    if let Some(cache) = &cache {
        cache.started(&resolved.reads);
    }
    let x = &plan.exec;
    let schedule = Schedule::new(x.debounce, x.splay, x.min_restart_interval);
    // New credentials must reach the child before the old expire: debounce, splay and
    // a restart take this long at most.
    let lead = x.debounce + x.splay + Duration::from_secs(2);
    let start = Start {
        client: client.clone(),
        login: resolved.login,
        token: resolved.token,
        poll: x.poll_interval,
        pass_token: plan.pass_token,
        from_cache: cache.as_ref().is_some_and(|c| c.started_from().is_some()),
        cache: cache.clone(),
    };
    let rotation = Rotation {
        sources: plan.sources,
        reads: resolved.reads,
        childenv: resolved.childenv,
        current: resolved.view,
        options: rotation::ChangeHandling {
            on_change: x.on_change,
            reload_signal: x.reload_signal.0,
            mask: sup.process().mask_list().cloned(),
            files_only: None,
        },
        client: client.clone(),
        ledger: ledger.clone(),
        cache,
    };
    let (keep, hook) = match keepalive::start(start, rotation, schedule, lead, tx) {
        Ok(started) => started,
        // Without the thread the token or the leases would never be renewed: the command
        // is ended as a SIGTERM to vaultctl would end it, the leases revoked, and
        // vaultctl ends as failed.
        Err(e) => {
            report::error(&e);
            let stop = supervise::Event::Signal {
                signal: nix::sys::signal::Signal::SIGTERM,
                from_terminal: false,
            };
            let _ = sup.handle(stop, Instant::now());
            let _ = supervise::run(&mut sup, &rx);
            sup.process_mut().flush_output();
            finish(&ledger, &client);
            return Outcome::ExecFailed;
        }
    };
    let RestartHook(mut rotated) = hook;
    sup.set_restart_hook(RestartHook(Box::new(move |pid, ended| {
        health::record(|m| m.child_restarted(exit_status(ended)));
        rotated(pid, ended);
    })));
    crate::supervise::process::release_free_memory();
    let end = supervise::run(&mut sup, &rx);
    if let Ok(ended) = &end {
        health::record(|m| m.child_exited(exit_status(*ended)));
    }
    health::finished();
    sup.process_mut().flush_output();
    finish(&ledger, &client);
    drop(keep);
    match end {
        Ok(end) => {
            if let End::Signal(n) = end {
                crate::info!("the command was killed by signal {n}");
            }
            Outcome::from(end)
        }
        Err(e) => {
            report::error(&e);
            e.outcome()
        }
    }
}

/// A child's end as `/metrics` shows it: its exit code, or 128 + the signal.
fn exit_status(end: End) -> i32 {
    match end {
        End::Code(n) => n,
        End::Signal(n) => 128 + n,
    }
}

/// Signal `n` stopped vaultctl before the command started; said once what was leased has
/// been revoked.
fn stopped(n: i32) -> Outcome {
    crate::info!("stopped by signal {n} before the command was started");
    Outcome::Stopped(n)
}

fn finish(ledger: &Mutex<Ledger>, client: &Client) {
    if let Ok(mut ledger) = ledger.lock() {
        ledger.finish(client);
    }
}
