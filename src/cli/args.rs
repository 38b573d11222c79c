//! The clap definitions: raw flags only. No I/O and no environment here; the
//! [`super::settings`] module resolves flags, `VAULT_*` variables and the config file.

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

/// A fast client for HashiCorp Vault and OpenBao: run apps with their secrets, look
/// secrets up from a shell, and feed them to CI steps.
#[derive(Debug, Parser)]
#[command(
    name = "vaultctl",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Environment variables VAULT_* (or BAO_*) set what a flag does not; \
                  a flag always wins. Exit codes: 0 success, 1 local or usage error, \
                  2 Vault answered an error or could not be reached."
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show whether Vault is reachable, initialized and unsealed, its version and HA mode.
    ///
    /// Exits 0 when Vault is unsealed, 2 when it is sealed or cannot be reached.
    Status,
    /// Log in to Vault and store the token where the vault and bao CLIs look for it.
    ///
    /// Methods: token (default), approle, userpass, ldap, kubernetes, jwt, cert.
    /// Parameters are KEY=VALUE; a VALUE of @FILE reads the file and - reads standard
    /// input, so secrets stay out of `ps`. The token itself is never shown unless
    /// --token-only asks for it.
    #[command(after_long_help = LOGIN_EXAMPLES)]
    Login(LoginArgs),
    /// Revoke the stored token and remove it from the token file.
    Logout,
    /// Look up, renew or revoke the current token.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Print a shell completion script to stdout.
    ///
    /// For example: vaultctl completions bash > /etc/bash_completion.d/vaultctl
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
}

const LOGIN_EXAMPLES: &str = "Examples:
  vaultctl login                                     # prompts for a token
  vaultctl login -m approle role_id=@role-id secret_id=@secret-id
  vaultctl login -m userpass username=alice          # prompts for the password
  vaultctl login -m jwt role=ci jwt=@\"$CI_JOB_JWT_FILE\"
  vaultctl login -m kubernetes role=myapp            # reads the service-account token
  export VAULT_TOKEN=$(vaultctl login -m approle --no-store --token-only role_id=... secret_id=-)";

/// `vaultctl login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Login method: token, approle, userpass, ldap, kubernetes, jwt, cert
    #[arg(long, short = 'm', default_value = "token", value_name = "METHOD")]
    pub method: String,
    /// Mount path of the auth method, when not the method's name
    #[arg(long, value_name = "MOUNT")]
    pub path: Option<String>,
    /// Do not store the token in the token file (or token helper)
    #[arg(long)]
    pub no_store: bool,
    /// Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)
    #[arg(long, conflicts_with = "no_print")]
    pub token_only: bool,
    /// Print nothing on success
    #[arg(long)]
    pub no_print: bool,
    /// Method parameters: role_id=, secret_id=, secret_id_wrapped=, username=, password=,
    /// role=, jwt=, audience=, name=, token= (VALUE of @FILE reads a file, - reads stdin)
    #[arg(value_name = "KEY=VALUE")]
    pub params: Vec<String>,
}

/// `vaultctl token ...`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Show the current token's policies, TTL and accessor (never the token itself).
    Lookup,
    /// Renew the current token.
    Renew {
        /// TTL to ask for, e.g. 1h (Vault may give less)
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        increment: Option<Duration>,
    },
    /// Revoke the current token and its children.
    Revoke,
}

/// Shells that completions are generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
    /// Elvish.
    Elvish,
    /// PowerShell.
    Powershell,
}

/// Output format of commands that print data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON (two-space indent) for programs.
    Json,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Only on a terminal, and not when NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options shared by every command; each reads its `VAULT_*` variable when not given.
#[derive(Debug, Args, Default)]
pub struct GlobalArgs {
    /// Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]
    #[arg(long, global = true, value_name = "URL", help_heading = "Connection")]
    pub address: Option<String>,

    /// Namespace for every request [env: VAULT_NAMESPACE]
    #[arg(long, global = true, value_name = "NS", help_heading = "Connection")]
    pub namespace: Option<String>,

    /// PEM file of the CA certificates to trust [env: VAULT_CACERT]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub ca_cert: Option<PathBuf>,

    /// Directory of PEM CA certificates to trust [env: VAULT_CAPATH]
    #[arg(long, global = true, value_name = "DIR", help_heading = "TLS")]
    pub ca_path: Option<PathBuf>,

    /// PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub client_cert: Option<PathBuf>,

    /// PEM private key of the client certificate [env: VAULT_CLIENT_KEY]
    #[arg(long, global = true, value_name = "FILE", help_heading = "TLS")]
    pub client_key: Option<PathBuf>,

    /// Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]
    #[arg(long, global = true, value_name = "NAME", help_heading = "TLS")]
    pub tls_server_name: Option<String>,

    /// Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]
    #[arg(long, global = true, help_heading = "TLS")]
    pub tls_skip_verify: bool,

    /// Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration, help_heading = "Connection")]
    pub timeout: Option<Duration>,

    /// How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]
    #[arg(long, global = true, value_name = "N", help_heading = "Connection")]
    pub max_retries: Option<u32>,

    /// Output format [env: VAULT_FORMAT] [default: table]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<Format>,

    /// When to use colour [default: auto; NO_COLOR turns it off]
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        help_heading = "Output"
    )]
    pub color: Option<Color>,

    /// Log more: -v what happens (retries), -vv every request, -vvv everything
    #[arg(long, short = 'v', global = true, action = ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// Log only errors
    #[arg(
        long,
        short = 'q',
        global = true,
        conflicts_with = "verbose",
        help_heading = "Output"
    )]
    pub quiet: bool,

    /// TOML config file [env: VAULTCTL_CONFIG] [default: the user's config dir, vaultctl/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    crate::duration::parse(text).map_err(|e| e.to_string())
}

/// The clap command, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_definitions_are_consistent() {
        super::command().debug_assert();
    }
}
