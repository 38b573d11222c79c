//! A small fluent builder for running the vaultctl binary as a user would, in a
//! hermetic environment: its own HOME, no inherited `VAULT_*`/`BAO_*` variables.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One vaultctl invocation being prepared.
pub struct Test {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    home: tempfile::TempDir,
}

/// What a finished invocation showed.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Wall time.
    pub elapsed: Duration,
    /// The HOME it ran in, kept until the outcome is dropped.
    pub _home: tempfile::TempDir,
}

impl Test {
    /// `vaultctl` with an empty HOME of its own.
    pub fn new() -> Test {
        let home = tempfile::tempdir().expect("temp HOME");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vaultctl"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join(".config"));
        Test {
            cmd,
            stdin: None,
            home,
        }
    }

    /// Adds arguments.
    pub fn args<I, S>(mut self, args: I) -> Test
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Adds a path argument.
    pub fn arg_path(mut self, path: &Path) -> Test {
        self.cmd.arg(path);
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Test {
        self.cmd.env(key, value);
        self
    }

    /// Feeds standard input.
    #[allow(dead_code)]
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Test {
        self.stdin = Some(bytes.into());
        self
    }

    /// The HOME of this invocation.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Writes a file below HOME and returns its path.
    pub fn file(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.home.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// Runs it (killing it after two minutes).
    #[track_caller]
    pub fn run(mut self) -> Outcome {
        let started = Instant::now();
        self.cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn vaultctl");
        let mut stdin = child.stdin.take().expect("stdin");
        let input = self.stdin.take().unwrap_or_default();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = reader(child.stdout.take().expect("stdout"));
        let err = reader(child.stderr.take().expect("stderr"));
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > Duration::from_secs(120) {
                let _ = child.kill();
                panic!("vaultctl ran for more than two minutes");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        Outcome {
            code: status.code(),
            stdout: out.join().expect("stdout reader"),
            stderr: err.join().expect("stderr reader"),
            elapsed: started.elapsed(),
            _home: self.home,
        }
    }

    /// Runs it and checks the exit code.
    #[track_caller]
    pub fn status(self, code: i32) -> Outcome {
        let outcome = self.run();
        assert_eq!(outcome.code, Some(code), "unexpected exit code\n{outcome}");
        outcome
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

impl Outcome {
    /// Checks that stdout contains `text`.
    #[track_caller]
    pub fn stdout_contains(self, text: &str) -> Outcome {
        assert!(self.stdout.contains(text), "stdout lacks {text:?}\n{self}");
        self
    }

    /// Checks that stderr contains `text`.
    #[track_caller]
    pub fn stderr_contains(self, text: &str) -> Outcome {
        assert!(self.stderr.contains(text), "stderr lacks {text:?}\n{self}");
        self
    }

    /// Checks that neither stream contains `text`.
    #[track_caller]
    #[allow(dead_code)]
    pub fn never_shows(self, text: &str) -> Outcome {
        assert!(
            !self.stdout.contains(text) && !self.stderr.contains(text),
            "output shows {text:?}\n{self}"
        );
        self
    }

    /// Checks that stderr is exactly one line.
    #[track_caller]
    pub fn one_line_error(self) -> Outcome {
        assert_eq!(
            self.stderr.lines().count(),
            1,
            "expected a one-line error\n{self}"
        );
        assert!(self.stderr.starts_with("vaultctl: "), "{self}");
        self
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{self}"))
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit: {:?} after {:?}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.code, self.elapsed, self.stdout, self.stderr
        )
    }
}
