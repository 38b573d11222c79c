//! Starting, watching and stopping the programs being measured.
//!
//! Each runs in a process group of its own with `PR_SET_PDEATHSIG` = SIGTERM, so that it
//! (and through it its child) stops when the benchmark dies, however it dies. Stopping
//! sends SIGTERM, waits, then SIGKILLs the whole group, which catches a child left
//! behind. Memory is read from `/proc/PID/status` (VmRSS, VmHWM) and
//! `/proc/PID/smaps_rollup` (Pss: shared pages split among the processes sharing them).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A program being measured.
pub struct Running {
    /// What it is, for messages.
    pub name: String,
    /// When it was spawned (taken just before `fork`).
    pub started: Instant,
    /// Where its output goes.
    pub log: PathBuf,
    child: Child,
    done: bool,
}

impl Running {
    /// Its pid (and process group id).
    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// Whether it has exited (it is reaped then).
    pub fn exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    /// Sends SIGTERM without waiting.
    pub fn terminate(&self) {
        if !self.done {
            signal(self.pid(), libc::SIGTERM);
        }
    }

    /// SIGTERM, up to `grace` for it to exit, then SIGKILL to its whole group.
    pub fn stop(&mut self, grace: Duration) {
        if self.done {
            return;
        }
        self.terminate();
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline && !self.exited() {
            std::thread::sleep(Duration::from_millis(5));
        }
        signal(-self.pid(), libc::SIGKILL);
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.done = true;
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop(Duration::from_secs(3));
    }
}

/// Starts `argv` with only `env` (plus PATH), stdin closed, stdout and stderr appended
/// to `log`.
pub fn spawn(
    name: &str,
    argv: &[String],
    env: &[(String, String)],
    log: &Path,
) -> Result<Running, String> {
    let mut cmd = command(argv, env, log)?;
    let started = Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| format!("{name}: {}: {e}", argv[0]))?;
    Ok(Running {
        name: name.to_string(),
        started,
        log: log.to_path_buf(),
        child,
        done: false,
    })
}

#[allow(unsafe_code)]
fn command(argv: &[String], env: &[(String, String)], log: &Path) -> Result<Command, String> {
    use std::os::unix::process::CommandExt;
    let out = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .map_err(|e| format!("{}: {e}", log.display()))?;
    let err = out.try_clone().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .process_group(0);
    // SAFETY: prctl is async-signal-safe; the closure allocates nothing.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    Ok(cmd)
}

/// `kill(pid, sig)`; a negative pid names a process group.
#[allow(unsafe_code)]
pub fn signal(pid: i32, sig: i32) {
    if pid != 0 && pid != -1 {
        // SAFETY: kill has no memory-safety preconditions.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

/// A `kB` field of `/proc/PID/status` (VmRSS, VmHWM), in KiB.
pub fn status_kib(pid: i32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    kib_field(&text, field)
}

/// The proportional set size of a process, in KiB.
pub fn pss_kib(pid: i32) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    kib_field(&text, "Pss")
}

fn kib_field(text: &str, field: &str) -> Option<u64> {
    text.lines()
        .find(|l| l.split(':').next() == Some(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Samples the VmRSS of some processes every so often on a thread of its own.
pub struct Sampler {
    stop: Arc<AtomicBool>,
    samples: Arc<Mutex<Vec<Vec<u64>>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sampler {
    /// Starts sampling `pids` every `every`.
    pub fn start(pids: Vec<i32>, every: Duration) -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let samples = Arc::new(Mutex::new(vec![Vec::new(); pids.len()]));
        let (flag, out) = (stop.clone(), samples.clone());
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                if let Ok(mut out) = out.lock() {
                    for (i, pid) in pids.iter().enumerate() {
                        out[i].extend(status_kib(*pid, "VmRSS"));
                    }
                }
                let next = Instant::now() + every;
                while Instant::now() < next && !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        });
        Sampler {
            stop,
            samples,
            thread: Some(thread),
        }
    }

    /// Stops; the samples (KiB) of each pid, in order.
    pub fn finish(mut self) -> Vec<Vec<u64>> {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.samples.lock().map(|s| s.clone()).unwrap_or_default()
    }
}
