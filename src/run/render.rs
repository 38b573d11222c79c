//! `render`: the files of a plan, with no child. Without `--watch` it logs in, reads,
//! writes every file once and ends (an init container): the dynamic leases of the files
//! are left alive, since the application uses them; on any problem nothing is written
//! and what was leased is revoked. With `--watch` the token and the secrets are kept
//! fresh by the threads `exec` uses ([`keepalive`]), a change rewrites the files whose
//! bytes changed and runs the on-change command ([`FilesOnly`]), and a stop
//! signal (SIGTERM, SIGINT, SIGHUP, SIGQUIT) ends it with its leases revoked
//! (`--revoke-on-exit`). A stop during start-up is handled as `exec`'s ([`crate::stop`]).

use super::first;
use super::health::{self, metrics::Phase};
use super::keepalive::{self, Start};
use super::ledger::Ledger;
use super::plan::{Plan, RenderPlan};
use super::report;
use super::rotation::{ChangeHandling, FilesOnly, Rotation, Schedule};
use super::values::OnChange;
use crate::outcome::Outcome;
use crate::stop::{self, Stop};
use crate::supervise::signals;
use crate::vault::Client;
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

/// Writes the files of `plan` as `render` says; how it ended.
pub fn run(plan: Plan, render: &RenderPlan, client: Client) -> Outcome {
    let (tx, rx) = mpsc::channel();
    // Before any thread starts, so that only the signal thread receives them.
    if let Err(e) = signals::block().and_then(|()| watch_signals(tx)) {
        report::error(&format!("cannot watch signals: {e}"));
        return Outcome::LocalError;
    }
    // Before the first request, so that a port in use fails the run before anything is
    // leased, and probes get 503 (not a refused connection) until the files are written.
    if let Some(addr) = plan.exec.listen {
        match health::listen(addr) {
            Ok(bound) => crate::info!("serving /healthz, /readyz and /metrics on http://{bound}"),
            Err(e) => {
                report::error(&e);
                return Outcome::LocalError;
            }
        }
    }
    let outcome = write_and_watch(plan, render, client, &rx);
    health::finished();
    outcome
}

/// The first requests, the files, and with `--watch` keeping them fresh until a stop.
fn write_and_watch(
    plan: Plan,
    render: &RenderPlan,
    client: Client,
    rx: &mpsc::Receiver<Signal>,
) -> Outcome {
    let (resolved, plan) = match first::first_reads(plan, client) {
        Ok(done) => done,
        Err(failed) => {
            if let Some(n) = stop::requested() {
                return stopped(n);
            }
            report::error(&failed.error);
            return Outcome::RemoteError;
        }
    };
    // Until the files are written nothing was handed out: a failure revokes every lease.
    let mut ledger = Ledger::new(resolved.leases(), true);
    if let Some(n) = stop::requested() {
        stop::finishing();
        ledger.finish(&resolved.client);
        return stopped(n);
    }
    if !resolved.problems.is_empty() {
        report::problems(&resolved.problems, "no file was written");
        ledger.finish(&resolved.client);
        return Outcome::Problems {
            unreachable: resolved.unreachable,
        };
    }
    if let Err(e) = super::childenv::write_files(&resolved.view) {
        report::error(&format!("{e:#}"));
        ledger.finish(&resolved.client);
        return Outcome::LocalError;
    }
    let leases = resolved.leases();
    super::events::sources(&resolved.reads);
    health::record(|m| m.set_phase(Phase::Running));
    if !render.watch {
        if !leases.is_empty() {
            crate::info!(
                "{} lease(s) left alive for the application (render without --watch does not revoke them)",
                leases.len()
            );
        }
        return Outcome::Success;
    }
    // From here a stop signal ends the watch (through `rx`), not the start.
    if let Err(n) = stop::command_started() {
        stop::finishing();
        ledger.finish(&resolved.client);
        return stopped(n);
    }
    // What an on-change command leaves running comes to render when the command exits,
    // as it would to PID 1 in a container: render reaps it (`rotation::FilesOnly`).
    signals::become_subreaper();
    let client = resolved.client.clone();
    let ledger = Arc::new(Mutex::new(Ledger::new(leases, plan.revoke_on_exit)));
    let x = &plan.exec;
    // No child to restart: no splay, no minimum interval; the debounce gathers changes.
    let schedule = Schedule::new(x.debounce, Duration::ZERO, Duration::ZERO);
    // New credentials must be in the files before the old expire.
    let lead = x.debounce + Duration::from_secs(2);
    let start = Start {
        client: client.clone(),
        login: resolved.login,
        token: resolved.token,
        poll: x.poll_interval,
        pass_token: false,
        from_cache: false,
        cache: None,
    };
    let rotation = Rotation {
        sources: plan.sources,
        reads: resolved.reads,
        childenv: resolved.childenv,
        current: resolved.view,
        options: ChangeHandling {
            on_change: OnChange::None,
            reload_signal: Signal::SIGHUP,
            mask: None,
            files_only: Some(FilesOnly {
                command: render.on_change_command.clone(),
                timeout: render.on_change_timeout,
            }),
        },
        client: client.clone(),
        ledger: ledger.clone(),
        cache: None,
    };
    // The rotation sends nothing to a supervisor in this mode; the channel only has to be.
    let (events, _no_supervisor) = mpsc::channel();
    let keep = match keepalive::start(start, rotation, schedule, lead, events) {
        Ok((keep, _hook)) => keep,
        Err(e) => {
            report::error(&e);
            finish(&ledger, &client);
            return Outcome::LocalError;
        }
    };
    crate::supervise::process::release_free_memory();
    crate::info!("watching; stop with SIGTERM or SIGINT");
    let outcome = match rx.recv() {
        Ok(signal) => {
            crate::info!("{signal}: stopping");
            // Revoking talks to Vault: bounded, as a stopped start is.
            stop::finishing();
            signals::watchdog(signal, "revoking the leases");
            Outcome::Success
        }
        Err(_) => {
            report::error(&"the signal thread ended; stopping");
            Outcome::LocalError
        }
    };
    drop(keep);
    finish(&ledger, &client);
    outcome
}

/// Starts the thread that reads the stop signals (blocked by [`signals::block`]): during
/// start-up they stop the start ([`stop::request`]); once the files are watched, they are
/// sent on `tx`. Other signals stay blocked and are ignored.
fn watch_signals(tx: mpsc::Sender<Signal>) -> nix::Result<()> {
    let mut set = SigSet::empty();
    for s in signals::ENDING {
        set.add(s);
    }
    let fd = SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC)?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            while let Ok(Some(info)) = fd.read_signal() {
                let Ok(signal) = Signal::try_from(info.ssi_signo as i32) else {
                    continue;
                };
                match stop::request(signal as i32) {
                    Stop::Recorded => {
                        crate::log::write(
                            crate::log::Level::Error,
                            format_args!(
                                "{signal} before the files were written; stopping once what was leased is revoked (send it again to stop at once)"
                            ),
                        );
                        signals::watchdog(signal, "the start");
                    }
                    Stop::Again => {
                        crate::log::write(
                            crate::log::Level::Error,
                            format_args!("{signal} again; stopping now"),
                        );
                        crate::outcome::exit(Outcome::Stopped(signal as i32));
                    }
                    Stop::CommandRuns => {
                        // A second signal while stopping is not waited for.
                        let _ = tx.send(signal);
                    }
                }
            }
        })
        .map_err(|_| nix::Error::EAGAIN)?;
    Ok(())
}

/// Signal `n` stopped vaultctl before the files were written; said once what was leased
/// has been revoked.
fn stopped(n: i32) -> Outcome {
    crate::info!("stopped by signal {n} before the files were written");
    Outcome::Stopped(n)
}

fn finish(ledger: &Mutex<Ledger>, client: &Client) {
    if let Ok(mut ledger) = ledger.lock() {
        ledger.finish(client);
    }
}
