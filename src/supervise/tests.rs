//! The state machine against a fake child that records what it was sent.

use super::*;

#[derive(Debug, Default)]
struct FakeProcess {
    next_pid: i32,
    spawned: Vec<Vec<(OsString, Zeroizing<Vec<u8>>)>>,
    signals: Vec<(Pid, Signal)>,
    fail_spawn: bool,
    stopped: u32,
}

impl Process for FakeProcess {
    fn spawn(&mut self, launch: &Launch) -> Result<Pid, SpawnError> {
        if self.fail_spawn {
            return Err(SpawnError::NotFound("app".into()));
        }
        self.next_pid += 1;
        self.spawned.push(launch.env.clone());
        Ok(Pid::from_raw(100 + self.next_pid))
    }
    fn signal(&mut self, pid: Pid, signal: Signal) {
        self.signals.push((pid, signal));
    }
    fn stop_self(&mut self) {
        self.stopped += 1;
    }
}

fn launch(value: &str) -> Launch {
    Launch {
        env: vec![("SECRET".into(), Zeroizing::new(value.as_bytes().to_vec()))],
        mask: vec![],
    }
}

fn supervisor() -> (Supervisor<FakeProcess>, Pid, Instant) {
    let options = Supervision {
        kill_signal: Signal::SIGTERM,
        kill_timeout: Duration::from_secs(30),
    };
    let mut sup = Supervisor::new(FakeProcess::default(), options);
    let now = Instant::now();
    let pid = sup.start(&launch("v1"), now).expect("starts");
    (sup, pid, now)
}

#[test]
fn the_childs_exit_ends_supervision_with_its_status() {
    let (mut sup, pid, now) = supervisor();
    let end = sup
        .handle(
            Event::Reaped {
                pid,
                end: End::Code(7),
            },
            now,
        )
        .expect("ok");
    assert_eq!(end, Some(End::Code(7)));
    assert_eq!(Outcome::from(End::Code(7)), Outcome::Exited(7));
    assert_eq!(Outcome::from(End::Signal(15)), Outcome::Killed(15));
}

#[test]
fn signals_are_forwarded_except_those_from_the_terminal() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(
        Event::Signal {
            signal: Signal::SIGUSR1,
            from_terminal: false,
        },
        now,
    )
    .expect("ok");
    sup.handle(
        Event::Signal {
            signal: Signal::SIGINT,
            from_terminal: true,
        },
        now,
    )
    .expect("ok");
    sup.handle(
        Event::Signal {
            signal: Signal::SIGTERM,
            from_terminal: false,
        },
        now,
    )
    .expect("ok");
    assert_eq!(
        sup.process().signals,
        [(pid, Signal::SIGUSR1), (pid, Signal::SIGTERM)]
    );
}

#[test]
fn orphans_are_reaped_without_ending_supervision() {
    let (mut sup, _, now) = supervisor();
    let orphan = Pid::from_raw(4242);
    let end = sup
        .handle(
            Event::Reaped {
                pid: orphan,
                end: End::Code(0),
            },
            now,
        )
        .expect("ok");
    assert_eq!(end, None);
    assert!(matches!(sup.state(), ChildState::Running { .. }));
}

#[test]
fn restart_stops_the_child_then_starts_it_with_the_new_environment() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(Event::Restart(Box::new(launch("v2"))), now)
        .expect("ok");
    assert_eq!(sup.process().signals, [(pid, Signal::SIGTERM)]);
    assert!(matches!(sup.state(), ChildState::Stopping { .. }));
    // A second change while stopping: the newest environment wins, no second signal.
    sup.handle(Event::Restart(Box::new(launch("v3"))), now)
        .expect("ok");
    assert_eq!(sup.process().signals.len(), 1);
    // The stop the supervisor asked for is not the end, nor reported as a crash.
    let end = sup
        .handle(
            Event::Reaped {
                pid,
                end: End::Signal(15),
            },
            now,
        )
        .expect("ok");
    assert_eq!(end, None);
    let spawned = &sup.process().spawned;
    assert_eq!(spawned.len(), 2);
    assert_eq!(
        spawned[1],
        [(OsString::from("SECRET"), Zeroizing::new(b"v3".to_vec()))]
    );
    assert!(matches!(sup.state(), ChildState::Running { pid: p, .. } if *p != pid));
}

#[test]
fn a_child_that_ignores_the_kill_signal_gets_sigkill_at_the_deadline() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(Event::Restart(Box::new(launch("v2"))), now)
        .expect("ok");
    let deadline = sup.deadline().expect("a deadline while stopping");
    assert_eq!(deadline, now + Duration::from_secs(30));
    sup.timeout(now + Duration::from_secs(10));
    assert_eq!(
        sup.process().signals,
        [(pid, Signal::SIGTERM)],
        "not before the deadline"
    );
    sup.timeout(deadline);
    assert_eq!(
        sup.process().signals,
        [(pid, Signal::SIGTERM), (pid, Signal::SIGKILL)]
    );
    assert_eq!(sup.deadline(), None);
    sup.handle(
        Event::Reaped {
            pid,
            end: End::Signal(9),
        },
        now,
    )
    .expect("ok");
    assert_eq!(sup.process().spawned.len(), 2);
}

#[test]
fn a_stop_request_during_a_restart_ends_instead_of_restarting() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(Event::Restart(Box::new(launch("v2"))), now)
        .expect("ok");
    sup.handle(
        Event::Signal {
            signal: Signal::SIGTERM,
            from_terminal: false,
        },
        now,
    )
    .expect("ok");
    let end = sup
        .handle(
            Event::Reaped {
                pid,
                end: End::Signal(15),
            },
            now,
        )
        .expect("ok");
    assert_eq!(end, Some(End::Signal(15)));
    assert_eq!(sup.process().spawned.len(), 1);
    // And no restart is accepted after it.
    sup.handle(Event::Restart(Box::new(launch("v3"))), now)
        .expect("ok");
    assert_eq!(sup.process().spawned.len(), 1);
}

#[test]
fn notify_sends_the_reload_signal_to_a_running_child() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(Event::Notify(Signal::SIGHUP), now).expect("ok");
    assert_eq!(sup.process().signals, [(pid, Signal::SIGHUP)]);
}

#[test]
fn a_failed_restart_spawn_is_an_error() {
    let (mut sup, pid, now) = supervisor();
    sup.handle(Event::Restart(Box::new(launch("v2"))), now)
        .expect("ok");
    sup.process.fail_spawn = true;
    let err = sup
        .handle(
            Event::Reaped {
                pid,
                end: End::Signal(15),
            },
            now,
        )
        .expect_err("spawn fails");
    assert_eq!(err.outcome(), Outcome::CommandNotFound);
}

#[test]
fn launch_debug_shows_names_only() {
    let shown = format!("{:?}", launch("hunter2"));
    assert!(
        shown.contains("SECRET") && !shown.contains("hunter2"),
        "{shown}"
    );
}

#[test]
fn the_loop_applies_the_kill_deadline() {
    let options = Supervision {
        kill_signal: Signal::SIGTERM,
        kill_timeout: Duration::from_millis(50),
    };
    let mut sup = Supervisor::new(FakeProcess::default(), options);
    let pid = sup.start(&launch("v1"), Instant::now()).expect("starts");
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Event::Restart(Box::new(launch("v2"))))
        .expect("send");
    let handle = std::thread::spawn(move || {
        // The child "dies" only after the loop had to send SIGKILL.
        std::thread::sleep(Duration::from_millis(300));
        tx.send(Event::Reaped {
            pid,
            end: End::Signal(9),
        })
        .expect("send");
        std::thread::sleep(Duration::from_millis(50));
        tx.send(Event::Reaped {
            pid: Pid::from_raw(102),
            end: End::Code(3),
        })
        .expect("send");
    });
    let end = run(&mut sup, &rx).expect("runs");
    handle.join().expect("thread");
    assert_eq!(end, End::Code(3));
    assert_eq!(
        sup.process().signals,
        [(pid, Signal::SIGTERM), (pid, Signal::SIGKILL)]
    );
}

#[test]
fn job_control_signals_are_passed_on_then_vaultctl_stops_itself() {
    let (mut sup, pid, now) = supervisor();
    for signal in [Signal::SIGTSTP, Signal::SIGTTIN, Signal::SIGTTOU] {
        let event = Event::Signal {
            signal,
            from_terminal: false,
        };
        assert_eq!(sup.handle(event, now).expect("ok"), None);
    }
    // Ctrl-Z: the terminal stopped the child already; vaultctl only stops itself.
    let ctrl_z = Event::Signal {
        signal: Signal::SIGTSTP,
        from_terminal: true,
    };
    sup.handle(ctrl_z, now).expect("ok");
    let cont = Event::Signal {
        signal: Signal::SIGCONT,
        from_terminal: false,
    };
    sup.handle(cont, now).expect("ok");
    let sent: Vec<Signal> = sup.process().signals.iter().map(|(_, s)| *s).collect();
    assert_eq!(
        sent,
        [
            Signal::SIGTSTP,
            Signal::SIGTTIN,
            Signal::SIGTTOU,
            Signal::SIGCONT
        ]
    );
    assert!(sup.process().signals.iter().all(|(p, _)| *p == pid));
    assert_eq!(sup.process().stopped, 4);
    assert!(matches!(sup.state(), ChildState::Running { .. }));
}

#[test]
fn a_lost_channel_is_said_and_not_taken_for_the_childs_125() {
    // Waiting for an event: every sender is gone.
    let (mut sup, pid, _) = supervisor();
    let (tx, rx) = std::sync::mpsc::channel::<Event>();
    drop(tx);
    let lost = run(&mut sup, &rx).expect_err("the channel is lost");
    assert!(matches!(lost, Failure::Lost), "{lost:?}");
    assert_eq!(lost.outcome(), Outcome::SupervisorLost("event"));
    assert!(
        lost.to_string().starts_with("lost its event channel"),
        "{lost}"
    );
    // The child does not go on unsupervised with credentials about to be revoked.
    assert_eq!(sup.process().signals, [(pid, Signal::SIGKILL)]);
    // Waiting for a child to stop before its kill deadline: the same.
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Event::Restart(Box::new(launch("v2"))))
        .expect("send");
    drop(tx);
    let (mut sup, _, _) = supervisor();
    let lost = run(&mut sup, &rx).expect_err("the channel is lost");
    assert_eq!(lost.outcome(), Outcome::SupervisorLost("event"));
    // A child that exits 125 is the child's 125.
    let (tx, rx) = std::sync::mpsc::channel();
    let (mut sup, _, _) = supervisor();
    tx.send(Event::Reaped {
        pid,
        end: End::Code(125),
    })
    .expect("send");
    let end = run(&mut sup, &rx).expect("runs");
    assert_eq!(Outcome::from(end), Outcome::Exited(125));
}
