//! The vaultctl binary: parse, run, and turn every outcome and error into an exit code —
//! here only ([`code`]).

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;
use vaultctl::cli::{self, args::Cli};
use vaultctl::outcome::{self, Outcome};

fn main() -> ExitCode {
    // Before any thread starts: the command vaultctl runs must not read its credentials.
    vaultctl::guard::at_start();
    // The signal thread ends vaultctl at once through this hook, with the code chosen here.
    outcome::set_exit(exit_now);
    ExitCode::from(code(run()))
}

/// The exit code of each way a command ends. As the vault CLI: 1 for a local error, 2
/// for a remote one (Vault answered an error or could not be reached, is sealed, had
/// nothing to list). As env(1) for `exec`: 125 when vaultctl failed before the command
/// ran (or lost track of it), 126 when the command cannot be executed, 127 when it was
/// not found; then the command's own code, or 128+N when signal N killed it or stopped
/// vaultctl before it ran.
fn code(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Success | Outcome::ClosedOutput => 0,
        Outcome::Usage | Outcome::LocalError => 1,
        Outcome::Problems { unreachable: false } => 1,
        Outcome::RemoteError | Outcome::Sealed | Outcome::NothingListed => 2,
        Outcome::Problems { unreachable: true } => 2,
        Outcome::ExecFailed | Outcome::SupervisorLost(_) => 125,
        Outcome::NotExecutable => 126,
        Outcome::CommandNotFound => 127,
        // Only the low 8 bits of a status reach a parent.
        Outcome::Exited(c) => (c & 0xff) as u8,
        Outcome::Killed(n) => (128 + n).clamp(0, 255) as u8,
        Outcome::Stopped(n) => u8::try_from(128 + n).unwrap_or(125),
    }
}

/// Ends the process at once with `outcome`'s code: the hook of [`outcome::exit`].
fn exit_now(outcome: Outcome) -> ! {
    std::process::exit(i32::from(code(outcome)))
}

/// Runs the command line; how it ended.
fn run() -> Outcome {
    // The completion scripts' hidden helper: answered before clap parses anything.
    let mut argv = std::env::args_os().skip(1);
    if argv.next().is_some_and(|a| a == cli::complete::COMMAND) {
        let words = argv
            .skip_while(|a| a != "--")
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        return cli::complete::main(words);
    }
    let parsed = match Cli::try_parse() {
        Ok(parsed) => parsed,
        Err(e) => return usage_error(&e),
    };
    match cli::run(parsed) {
        Ok(outcome) => outcome,
        Err(error) => {
            let outcome = failure(&error);
            if outcome != Outcome::ClosedOutput {
                let message = format!("{error:#}").replace('\n', " ");
                let _ = writeln!(std::io::stderr(), "vaultctl: {message}");
            }
            outcome
        }
    }
}

/// What an error means: a remote error when Vault answered one or could not be reached,
/// a closed stdout (nothing to say), else a local error.
fn failure(error: &anyhow::Error) -> Outcome {
    for cause in error.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return Outcome::ClosedOutput;
            }
        }
        if let Some(vault) = cause.downcast_ref::<vaultctl::vault::Error>() {
            return if vault.is_local() {
                Outcome::LocalError
            } else {
                Outcome::RemoteError
            };
        }
    }
    Outcome::LocalError
}

/// Help and version go to stdout and succeed; a usage error is one line on stderr and a
/// [`Outcome::Usage`] (exit 1, not clap's 2, which means a remote error to vault users),
/// or for `exec` a failure before the command ran, in the log format asked for.
fn usage_error(e: &clap::Error) -> Outcome {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(std::io::stdout(), "{}", e.render());
            Outcome::Success
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stderr(), "{}", e.render());
            Outcome::Usage
        }
        _ => {
            let exec = exec_invocation();
            // The message is the first paragraph: "...not provided:" is followed by
            // the indented names of what is missing.
            let rendered = e.render().to_string();
            let paragraph: Vec<&str> = rendered
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let message = paragraph.join(" ");
            let message = message.strip_prefix("error: ").unwrap_or(&message);
            let message = if message.is_empty() {
                "invalid usage"
            } else {
                message
            };
            match exec {
                Some(json) => {
                    vaultctl::log::init(0, false, json);
                    vaultctl::run::report::error(&format!("{message} (see --help)"));
                    Outcome::ExecFailed
                }
                None => {
                    let _ = writeln!(std::io::stderr(), "vaultctl: {message} (see --help)");
                    Outcome::Usage
                }
            }
        }
    }
}

/// When the command is `exec` (the subcommand clap would have run: the first word that
/// is neither a global option nor its value): whether it asks for JSON logs. A scan, not
/// a second clap parse with `ignore_errors`: that stops at the first error, so it would
/// miss `exec` after an unknown global option and `--log-format json` after an unknown
/// flag.
fn exec_invocation() -> Option<bool> {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    if subcommand(&args)? != "exec" {
        return None;
    }
    let json = args.iter().any(|a| a == "--log-format=json")
        || args
            .windows(2)
            .any(|w| w[0] == "--log-format" && w[1] == "json");
    Some(json)
}

/// The subcommand word of `args`, skipping the global options before it (and the value
/// of each that takes one).
fn subcommand(args: &[String]) -> Option<&str> {
    use clap::CommandFactory;
    let command = Cli::command();
    let takes_value = |arg: &str| {
        command.get_arguments().any(|a| {
            let named = match arg.strip_prefix("--") {
                Some(long) => a.get_long() == Some(long),
                None => arg.len() == 2 && a.get_short() == arg.chars().nth(1),
            };
            named && a.get_action().takes_values()
        })
    };
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if !word.starts_with('-') || word == "-" {
            return Some(word);
        }
        if !word.contains('=') && takes_value(word) {
            words.next();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_outcome_has_its_code() {
        let table = [
            (Outcome::Success, 0),
            (Outcome::ClosedOutput, 0),
            (Outcome::Usage, 1),
            (Outcome::LocalError, 1),
            (Outcome::Problems { unreachable: false }, 1),
            (Outcome::RemoteError, 2),
            (Outcome::Sealed, 2),
            (Outcome::NothingListed, 2),
            (Outcome::Problems { unreachable: true }, 2),
            (Outcome::ExecFailed, 125),
            (Outcome::SupervisorLost("event"), 125),
            (Outcome::NotExecutable, 126),
            (Outcome::CommandNotFound, 127),
            (Outcome::Exited(0), 0),
            (Outcome::Exited(3), 3),
            (Outcome::Exited(125), 125),
            (Outcome::Exited(255), 255),
            (Outcome::Killed(9), 137),
            (Outcome::Killed(15), 143),
            (Outcome::Stopped(2), 130),
            (Outcome::Stopped(15), 143),
        ];
        for (outcome, expected) in table {
            assert_eq!(code(outcome), expected, "{outcome:?}");
        }
    }

    #[test]
    fn the_childs_status_passes_through() {
        for c in 0..=255 {
            assert_eq!(i32::from(code(Outcome::Exited(c))), c);
        }
        // Only the low 8 bits reach a parent, as a shell would see them.
        assert_eq!(code(Outcome::Exited(256 + 7)), 7);
        for n in 1..=31 {
            assert_eq!(i32::from(code(Outcome::Killed(n))), 128 + n);
            assert_eq!(i32::from(code(Outcome::Stopped(n))), 128 + n);
        }
    }

    #[test]
    fn errors_are_local_unless_vault_answered_or_was_unreachable() {
        let local = anyhow::anyhow!("no such file");
        assert_eq!(failure(&local), Outcome::LocalError);
        let pipe = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing the answer");
        assert_eq!(failure(&pipe), Outcome::ClosedOutput);
        use vaultctl::vault::Error as Vault;
        let remote = anyhow::Error::new(Vault::not_found("secret/x")).context("reading");
        assert_eq!(failure(&remote), Outcome::RemoteError);
        let config = anyhow::Error::new(Vault::Config("bad address".into()));
        assert_eq!(failure(&config), Outcome::LocalError);
    }
}
