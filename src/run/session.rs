//! The session: how vaultctl gets its token for `exec`, `env` and `check`. A [`Login`] is
//! built and checked with the plan (`cli::plan`), so a bad one stops everything before
//! Vault is asked; [`log_in`] uses it when the run starts and again when the token runs
//! out.

use crate::secrets::fetch;
use crate::vault::auth::AuthMethod;
use crate::vault::{Client, response::Auth};
use std::time::Instant;

/// A login method, built and checked, not yet used.
#[derive(Debug)]
pub struct Login {
    /// The method's name, as given.
    pub name: String,
    /// The method.
    pub method: Box<dyn AuthMethod>,
}

/// Logs in with `login` through `client`, retrying an unreachable Vault until `deadline`;
/// the client then holds the new token.
pub fn log_in(
    client: &Client,
    login: &Login,
    deadline: Instant,
) -> Result<Auth, crate::vault::Error> {
    let auth = fetch::with_retry(deadline, &format!("{} login", login.name), || {
        login.method.login(client)
    })?;
    client.replace_token(Some(auth.client_token.clone()));
    crate::info!(
        "logged in with {} (token ttl {})",
        login.name,
        crate::duration::human(auth.lease_duration)
    );
    Ok(auth)
}
