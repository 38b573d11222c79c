//! How the benchmark sees a child start: the child is a two-line shell script that writes
//! `TAG PID VALUE` into a FIFO and then execs `sleep`. The benchmark holds the FIFO open
//! for reading and writing (so neither side ever blocks on open), and a thread stamps
//! each line with `Instant::now()` the moment it arrives. A line is shorter than
//! PIPE_BUF, so lines of many children never interleave.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// The script every measured command runs: `child.sh FIFO TAG [ENVFILE]`. `BENCH_VALUE`
/// is the secret the rotation parts change; with ENVFILE it also dumps its environment
/// (a check run, not timed).
pub const CHILD: &str = r#"#!/bin/sh
if [ -n "$3" ]; then env >"$3"; fi
printf '%s %s %s\n' "$2" "$$" "${BENCH_VALUE:-}" >"$1"
exec sleep 86400
"#;

/// One line from a child.
#[derive(Debug, Clone)]
pub struct Report {
    /// When the line arrived.
    pub at: Instant,
    /// The tag the child was given.
    pub tag: String,
    /// The child's pid.
    pub pid: i32,
    /// `BENCH_VALUE` as the child saw it.
    pub value: String,
}

/// The FIFO and the thread reading it.
pub struct Probe {
    /// The FIFO's path, for the child's command line.
    pub fifo: PathBuf,
    /// The child script's path.
    pub script: PathBuf,
    rx: Receiver<Report>,
}

impl Probe {
    /// Creates the FIFO and the script in `dir` and starts reading.
    pub fn new(dir: &Path) -> Result<Probe, String> {
        let fifo = dir.join("probe.fifo");
        mkfifo(&fifo)?;
        let script = dir.join("child.sh");
        std::fs::write(&script, CHILD).map_err(|e| e.to_string())?;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&fifo)
            .map_err(|e| format!("{}: {e}", fifo.display()))?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(file).lines() {
                let at = Instant::now();
                let Ok(line) = line else { return };
                let mut parts = line.splitn(3, ' ');
                let report = Report {
                    at,
                    tag: parts.next().unwrap_or_default().to_string(),
                    pid: parts.next().and_then(|p| p.parse().ok()).unwrap_or(0),
                    value: parts.next().unwrap_or_default().to_string(),
                };
                if tx.send(report).is_err() {
                    return;
                }
            }
        });
        Ok(Probe { fifo, script, rx })
    }

    /// The command line of a child tagged `tag`.
    pub fn child(&self, tag: &str) -> Vec<String> {
        vec![
            "/bin/sh".into(),
            self.script.display().to_string(),
            self.fifo.display().to_string(),
            tag.into(),
        ]
    }

    /// The next report whose tag satisfies `wanted`, waiting until `deadline`; others
    /// are dropped.
    pub fn wait(
        &self,
        deadline: Instant,
        wanted: impl Fn(&Report) -> bool,
    ) -> Result<Report, String> {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(r) if wanted(&r) => return Ok(r),
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => return Err("no child reported in time".into()),
                Err(RecvTimeoutError::Disconnected) => return Err("the probe stopped".into()),
            }
        }
    }

    /// The next report of any child, waiting until `deadline`.
    pub fn next(&self, deadline: Instant) -> Result<Report, String> {
        self.wait(deadline, |_| true)
    }

    /// The next report from the child tagged `tag`, within `limit`.
    pub fn wait_tag(&self, tag: &str, limit: Duration) -> Result<Report, String> {
        self.wait(Instant::now() + limit, |r| r.tag == tag)
            .map_err(|e| format!("{tag}: {e}"))
    }

    /// Drops what has arrived so far.
    pub fn drain(&self) {
        while self.rx.try_recv().is_ok() {}
    }
}

#[allow(unsafe_code)]
fn mkfifo(path: &Path) -> Result<(), String> {
    use std::os::unix::ffi::OsStrExt;
    let _ = std::fs::remove_file(path);
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).map_err(|e| e.to_string())?;
    // SAFETY: c is a valid NUL-terminated path.
    if unsafe { libc::mkfifo(c.as_ptr(), 0o666) } != 0 {
        return Err(format!(
            "mkfifo {}: {}",
            path.display(),
            std::io::Error::last_os_error()
        ));
    }
    Ok(())
}
