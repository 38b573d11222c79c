//! How a command ends: every way, as data. Handlers, the runtime and the supervisor say
//! *what* happened ([`Outcome`]); `main.rs` alone turns an outcome into an exit code.
//!
//! A few ends cannot return through `main`'s stack: the signal thread ends vaultctl at
//! once when a stop signal arrives a second time during start-up, or when a stopped start
//! takes too long. They call [`exit`], which hands the outcome to the hook `main.rs`
//! installed with [`set_exit`]; so the number is still chosen there.

use std::sync::OnceLock;

/// Every way a vaultctl command ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The command did what it was asked.
    Success,
    /// Standard output was closed under vaultctl (`| head`): it ends quietly, as a
    /// success.
    ClosedOutput,
    /// The command line was wrong (a usage error, not `exec`'s).
    Usage,
    /// A local error: bad input, a file that cannot be read, a TLS or config problem.
    LocalError,
    /// Vault answered with an error, or could not be reached.
    RemoteError,
    /// `status`: Vault is sealed.
    Sealed,
    /// `list --format json`: nothing to list (`{}` was printed).
    NothingListed,
    /// `env` or `check` found problems; `unreachable` when Vault stayed unreachable.
    Problems {
        /// Vault could not be reached.
        unreachable: bool,
    },
    /// `exec` failed before the command ran (its own usage errors included).
    ExecFailed,
    /// `exec`: the command was found but cannot be executed.
    NotExecutable,
    /// `exec`: the command was not found.
    CommandNotFound,
    /// `exec`: the supervisor lost the channel that tells it about signals and the
    /// child's end (named here); it cannot pass on the child's status.
    SupervisorLost(&'static str),
    /// `exec`: a signal (its number) asked vaultctl to stop before the command was
    /// started; what was leased has been revoked, or the stop could not wait for that.
    Stopped(i32),
    /// `exec`: the command exited with this code.
    Exited(i32),
    /// `exec`: the command was killed by this signal number.
    Killed(i32),
}

/// The hook that ends the process with an outcome; installed once by `main.rs`.
static EXIT: OnceLock<fn(Outcome) -> !> = OnceLock::new();

/// Installs the function that ends the process for [`exit`]; the first one installed
/// stays.
pub fn set_exit(hook: fn(Outcome) -> !) {
    let _ = EXIT.set(hook);
}

/// Ends the process at once with `outcome`, from any thread, through the hook `main.rs`
/// installed. Without a hook (vaultctl used as a library that installed none) the
/// process aborts.
pub fn exit(outcome: Outcome) -> ! {
    match EXIT.get() {
        Some(hook) => hook(outcome),
        None => std::process::abort(),
    }
}
