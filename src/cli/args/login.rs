//! Flags of `login`, `logout` and `token`.

use clap::{Args, Subcommand};
use std::time::Duration;

pub(super) const LOGIN_EXAMPLES: &str = "Examples:
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
        #[arg(long, value_name = "DURATION", value_parser = super::parse_duration)]
        increment: Option<Duration>,
    },
    /// Revoke the current token and its children.
    Revoke,
}
