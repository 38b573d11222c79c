//! The vaultctl binary: parse, run, and turn every error into an exit code — here only.

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;
use vaultctl::cli::{self, args::Cli};

fn main() -> ExitCode {
    // Before any thread starts: the command vaultctl runs must not read its credentials.
    vaultctl::guard::at_start();
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
        Err(e) => return usage_error(e),
    };
    match cli::run(parsed) {
        Ok(code) => code,
        Err(error) => match cli::exit_code(&error) {
            None => ExitCode::SUCCESS,
            Some(code) => {
                let message = format!("{error:#}").replace('\n', " ");
                let _ = writeln!(std::io::stderr(), "vaultctl: {message}");
                ExitCode::from(code)
            }
        },
    }
}

/// Help and version go to stdout with exit 0; a usage error is one line on stderr with
/// exit 1 (not clap's 2, which means a remote error to vault users).
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(std::io::stdout(), "{}", e.render());
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stderr(), "{}", e.render());
            ExitCode::from(1)
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
                // exec's own failures are 125 (as env(1)), in the log format asked for.
                Some(json) => {
                    vaultctl::log::init(0, false, json);
                    vaultctl::run::report::error(&format!("{message} (see --help)"));
                    ExitCode::from(vaultctl::run::exec::FAILED)
                }
                None => {
                    let _ = writeln!(std::io::stderr(), "vaultctl: {message} (see --help)");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// When the command is `exec` (the subcommand clap would have run: the first word that
/// is neither a global option nor its value): whether it asks for JSON logs.
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
