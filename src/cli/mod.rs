//! The command line: clap definitions, resolved settings, output, and one thin handler
//! per command. Each handler ends with an [`Outcome`] or an `anyhow` error with context;
//! `main.rs` turns both into exit codes.

pub mod args;
pub mod check;
pub mod complete;
pub mod db;
pub mod env;
pub mod envfmt;
pub mod exec;
pub mod kv;
pub mod kv_admin;
mod kv_tree;
pub mod lease;
pub mod login;
pub mod output;
pub mod params;
pub mod plan;
pub mod profile;
pub mod read;
pub mod render;
pub mod settings;
pub mod status;
pub mod template;
pub mod tokens;
pub mod write;

use crate::outcome::Outcome;
use anyhow::Result;
use args::{Cli, Command};
use settings::Settings;
use std::io::{IsTerminal, Write};

/// What every handler gets: the resolved settings.
#[derive(Debug)]
pub struct Context {
    /// The resolved settings.
    pub settings: Settings,
}

impl Context {
    /// A Vault client for these settings, with the token when `with_token` is set.
    pub fn client(&self, with_token: bool) -> Result<crate::vault::Client> {
        if self.settings.client.tls.skip_verify {
            crate::warn!(
                "TLS certificate verification is disabled: anyone on the network path can read \
                 the secrets and tokens sent to Vault"
            );
        }
        let mut config = self.settings.client.clone();
        config.index_store = crate::store::index::for_client(&config);
        let mut client = crate::vault::Client::new(config)?;
        if with_token {
            client.set_token(tokens::current_token(&self.settings)?);
        }
        Ok(client)
    }

    /// How output looks.
    pub fn output(&self) -> output::Output {
        output::Output {
            format: self.settings.format,
            color: self.settings.color_stdout,
        }
    }

    /// Adds the Vault address to an error that does not name it already.
    pub fn name_address(&self, e: crate::vault::Error) -> anyhow::Error {
        use crate::vault::Error as E;
        match e {
            E::Unreachable { .. } | E::Tls { .. } | E::Config(_) => e.into(),
            other => anyhow::Error::new(other)
                .context(format!("Vault at {}", self.settings.client.address)),
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    crate::log::init(cli.global.verbose, cli.global.quiet, false);
    use args::FormatArg;
    let export = matches!(
        &cli.command,
        Command::Kv {
            command: args::KvCommand::Export(_)
        }
    );
    if let (Some(f @ (FormatArg::Shell | FormatArg::Dotenv | FormatArg::Github)), false) =
        (cli.global.format, matches!(cli.command, Command::Env(_)))
    {
        let name = format!("{f:?}").to_lowercase();
        if export && f != FormatArg::Dotenv {
            anyhow::bail!("--format {name}: `vaultctl kv export` writes json or dotenv");
        }
        if !export {
            anyhow::bail!(
                "--format {name} is only for `vaultctl env` (and dotenv for `kv export`); \
                 other commands take table or json"
            );
        }
    }
    match cli.command {
        Command::Completions { shell } => {
            // clap_complete panics when a write fails (`| head`): generate in memory.
            let mut script = Vec::new();
            completions(shell, &mut script)?;
            let mut out = std::io::stdout().lock();
            out.write_all(&script)?;
            out.flush()?;
            Ok(Outcome::Success)
        }
        Command::Status => status::run(&context(&cli.global)?),
        Command::Login(args) => login::login(&context(&cli.global)?, &args),
        Command::Logout => login::logout(&context(&cli.global)?),
        Command::Token(command) => login::token_command(&context(&cli.global)?, &command),
        Command::Kv {
            command: args::KvCommand::Copy(args),
        } => kv_tree::copy(&cli.global, &args),
        Command::Kv { command } => kv::run(&context(&cli.global)?, command),
        Command::Db { command } => db::run(&context(&cli.global)?, command),
        Command::Lease { command } => lease::run(&context(&cli.global)?, command),
        Command::Read(args) => read::run(&context(&cli.global)?, &args),
        Command::Write(args) => write::write(&context(&cli.global)?, &args),
        Command::List(args) => write::list(&context(&cli.global)?, &args),
        Command::Delete(args) => write::delete(&context(&cli.global)?, &args),
        // exec reports its own failures, settings included.
        Command::Exec(args) => Ok(exec::run(
            context(&cli.global),
            &args,
            cli.global.verbose,
            cli.global.quiet,
        )),
        // render reports its own failures, settings included.
        Command::Render(args) => Ok(render::run(
            context(&cli.global),
            &args,
            cli.global.verbose,
            cli.global.quiet,
        )),
        Command::Env(args) => env::env(&context(&cli.global)?, &args),
        Command::Check(args) => check::check(&context(&cli.global)?, &args),
        Command::Profile { command } => profile::run(&cli.global, &command),
    }
}

fn context(global: &args::GlobalArgs) -> Result<Context> {
    let settings = Settings::resolve(
        global,
        &settings::process_env,
        std::io::stdout().is_terminal(),
        std::io::stderr().is_terminal(),
    )?;
    Ok(Context { settings })
}

/// Writes the completion script for `shell`.
pub fn completions(shell: args::Shell, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use clap_complete::Shell as S;
    let shell = match shell {
        args::Shell::Bash => S::Bash,
        args::Shell::Zsh => S::Zsh,
        args::Shell::Fish => S::Fish,
        args::Shell::Elvish => S::Elvish,
        args::Shell::Powershell => S::PowerShell,
    };
    // clap_complete panics on a write error; generate into memory so that a closed
    // stdout (`| head`) is an ordinary error that exits quietly.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut args::command(), "vaultctl", &mut script);
    out.write_all(&complete::scripts::augment(shell, script))?;
    out.flush()
}
