//! The first requests of a run, shared by `exec`, `env` and `check`: log in (or use the
//! token), read every distinct path once with start-up retry, assemble the child's view
//! and validate it. Only a plan that passed its checks gets here.

use super::childenv::{ChildEnv, ChildView};
use super::ledger;
use super::plan::{Plan, TokenSource};
use super::session::{self, Login};
use crate::lifecycle::token::TokenLease;
use crate::secrets::assemble;
use crate::secrets::read::Reads;
use crate::secrets::{Injected, Problem, fetch};
use crate::vault::Client;
use std::time::Instant;

/// What the first requests gave.
#[derive(Debug)]
pub struct FirstReads {
    /// The client, with a working token.
    pub client: Client,
    /// The login method, when vaultctl logged in itself (to log in again later).
    pub login: Option<Login>,
    /// The TTL and renewability of the token vaultctl logged in for.
    pub token: Option<TokenLease>,
    /// What every read returned.
    pub reads: Reads,
    /// The variables and files.
    pub injected: Injected,
    /// Builds the child's view (at start and at every rotation).
    pub childenv: ChildEnv,
    /// What the child gets.
    pub view: ChildView,
    /// Reasons not to start; empty when all is well.
    pub problems: Vec<Problem>,
    /// True when a problem is that Vault stayed unreachable or sealed.
    pub unreachable: bool,
}

impl FirstReads {
    /// The dynamic leases the reads created.
    pub fn leases(&self) -> Vec<String> {
        ledger::leases_of(&self.reads)
    }
}

/// Why the run could not even read: the login failed. The rest is handed back, for a
/// start from the fallback cache.
#[derive(Debug)]
pub struct LoginFailed {
    /// What went wrong.
    pub error: crate::vault::Error,
    /// The plan.
    pub plan: Plan,
    /// The client, without a token.
    pub client: Client,
    /// The login that failed, to try again later.
    pub login: Login,
}

/// Logs in (or takes the token), reads, assembles and validates.
pub fn first_reads(plan: Plan, client: Client) -> Result<(FirstReads, Plan), Box<LoginFailed>> {
    let mut plan = plan;
    let deadline = Instant::now() + plan.retry_timeout;
    // The start's requests stop retrying at the deadline, not an attempt's backoff later.
    let start = client.until(deadline);
    let (login, token) =
        match std::mem::replace(&mut plan.auth, TokenSource::Token(Default::default())) {
            TokenSource::Token(token) => {
                client.replace_token(Some(token));
                (None, None)
            }
            TokenSource::Login(login) => match session::log_in(&start, &login, deadline) {
                Ok(auth) => (Some(login), Some(TokenLease::of(&auth))),
                Err(error) => {
                    let rest = LoginFailed {
                        error,
                        plan,
                        client,
                        login,
                    };
                    return Err(Box::new(rest));
                }
            },
        };
    let reads = fetch::read_all(&start, &plan.sources.reads(), deadline);
    let resolved = assembled(&plan, client, login, token, reads);
    Ok((resolved, plan))
}

/// Assembles and validates what `reads` give the child, from Vault or from the
/// fallback cache: the same code either way.
pub fn assembled(
    plan: &Plan,
    client: Client,
    login: Option<Login>,
    token: Option<TokenLease>,
    reads: Reads,
) -> FirstReads {
    let unreachable = reads
        .values()
        .any(|r| r.as_ref().is_err_and(|e| e.unreachable));
    let (injected, mut problems) = assemble::assemble(&plan.sources, &reads);
    let childenv = ChildEnv::new(&plan.inherited, plan.pristine, plan.pass_token);
    let view = childenv.view(&injected, client.token().as_ref());
    problems.extend(assemble::check_rules(&plan.sources, &view));
    FirstReads {
        client,
        login,
        token,
        reads,
        injected,
        childenv,
        view,
        problems,
        unreachable,
    }
}
