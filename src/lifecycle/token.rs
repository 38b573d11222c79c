//! The token lifecycle, as the Go client's LifetimeWatcher: renew a renewable token at
//! 70–73% of its TTL (see [`renew_after`](super::renew_after)), notice when renewals stop extending it (max TTL
//! reached) or it was revoked, and then log in again with the same method when there is
//! one — before the token expires, within a grace of 10–20% of its TTL. Renewal and
//! login errors back off as the shared [`Retry`] says, renewals never past the expiry. A nudge (another part saw
//! Vault refuse the token) makes it look the token up at once, so that a token revoked
//! from outside is replaced without waiting for the next renewal.
//!
//! [`TokenWatch`] decides (pure, testable with any clock); [`run`] carries it out through
//! [`TokenOps`] and reports [`TokenEvent`]s.

use super::{Clock, Retry, Wake};
use crate::vault::auth::AuthMethod;
use crate::vault::response::Auth;
use crate::vault::token::TokenInfo;
use crate::vault::{self, Client};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// What the lifecycle tells its owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenEvent {
    /// The token was renewed and now lives this long.
    Renewed(Duration),
    /// A new token was obtained by logging in again; it lives this long.
    LoggedIn(Duration),
    /// Renewing failed; the next try is in this long.
    RenewFailed(String, Duration),
    /// Logging in failed; the next try is in this long.
    LoginFailed(String, Duration),
    /// The token can no longer be extended and there is no way to log in again.
    Expiring(Duration),
    /// The token has expired and could not be replaced; the loop ends.
    Expired,
    /// Vault refused the token (revoked from outside, say). With a login method, a
    /// login follows; without one, the loop ends.
    Refused {
        /// What Vault said.
        error: String,
        /// Whether vaultctl will log in again.
        can_login: bool,
    },
}

/// What vaultctl knows of a token: how long it lives and whether renewals extend it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenLease {
    /// How long the token lives, at most [`MAX_LIFETIME`](super::MAX_LIFETIME).
    pub ttl: Duration,
    /// Whether renewals extend it.
    pub renewable: bool,
}

impl TokenLease {
    /// The token a login gave.
    pub fn of(auth: &Auth) -> TokenLease {
        TokenLease {
            ttl: super::lifetime(auth.lease_duration),
            renewable: auth.renewable,
        }
    }

    /// The token as a look-up describes it.
    pub fn looked_up(info: &TokenInfo) -> TokenLease {
        TokenLease {
            ttl: super::lifetime(info.ttl()),
            renewable: info.renewable(),
        }
    }
}

/// What the lifecycle does to Vault: renew the current token, or log in again.
pub trait TokenOps {
    /// Renews the current token by `increment`.
    fn renew(&mut self, increment: Duration) -> Result<Auth, vault::Error>;
    /// Looks the current token up (to see whether Vault still accepts it).
    fn lookup(&mut self) -> Result<(), vault::Error>;
    /// Whether a login method is known.
    fn can_login(&self) -> bool;
    /// Logs in again and makes the new token current.
    fn login(&mut self) -> Result<Auth, vault::Error>;
}

/// The next thing to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Renew the token.
    Renew,
    /// Log in again.
    Login,
    /// Tell that the token cannot be extended (once).
    WarnExpiring,
    /// The token expired for good.
    Expire,
    /// Nothing, ever (a token without TTL, such as root).
    Idle,
}

/// The state of one token and the decisions about it.
#[derive(Debug, Clone)]
pub struct TokenWatch {
    expires: Instant,
    full_ttl: Duration,
    renewable: bool,
    grace: Duration,
    next_renew: Instant,
    exhausted: bool,
    warned: bool,
    refused: bool,
    retry: Retry,
    retry_at: Option<Instant>,
}

impl TokenWatch {
    /// Starts watching a token that, at `now`, has `ttl` left (at most
    /// [`MAX_LIFETIME`](super::MAX_LIFETIME) is planned with); `fraction` (random, in
    /// `[0, 1)`) places its grace within 10–20% of the TTL.
    pub fn new(now: Instant, ttl: Duration, renewable: bool, fraction: f64) -> TokenWatch {
        let ttl = ttl.min(super::MAX_LIFETIME);
        let grace = ttl.mul_f64(0.1 + 0.1 * fraction.clamp(0.0, 1.0));
        TokenWatch {
            expires: super::after(now, ttl),
            full_ttl: ttl,
            renewable,
            grace,
            next_renew: next_renewal(now, ttl, grace),
            exhausted: false,
            warned: false,
            refused: false,
            retry: Retry::default(),
            retry_at: None,
        }
    }

    /// Starts watching the token described by `lease` at `now`; `fraction` as for
    /// [`TokenWatch::new`].
    pub fn of(now: Instant, lease: TokenLease, fraction: f64) -> TokenWatch {
        TokenWatch::new(now, lease.ttl, lease.renewable, fraction)
    }

    /// A watch with no token yet, at `now`: the login at start could not reach Vault (a
    /// run that started from the fallback cache), so it logs in first, with backoff.
    pub fn logged_out(now: Instant, fraction: f64) -> TokenWatch {
        let mut watch = TokenWatch::new(now, Duration::ZERO, false, fraction);
        watch.invalidated(now);
        watch
    }

    /// When the token expires.
    pub fn expires(&self) -> Instant {
        self.expires
    }

    /// What to do next and when.
    pub fn next(&self, now: Instant, can_login: bool) -> (Instant, Step) {
        if self.full_ttl.is_zero() && !self.refused {
            return (now, Step::Idle);
        }
        let expired = now >= self.expires;
        let extendable = self.renewable && !self.exhausted && !expired;
        if extendable {
            return (self.retry_at.unwrap_or(self.next_renew), Step::Renew);
        }
        if can_login {
            let planned = self.expires.checked_sub(self.grace).unwrap_or(now);
            let at = self.retry_at.unwrap_or(planned).max(now);
            // Before expiry a retry comes no later than the expiry; after it, failed
            // logins back off (Vault may be down for long).
            let at = if expired { at } else { at.min(self.expires) };
            return (at, Step::Login);
        }
        if !self.warned && !expired {
            return (now, Step::WarnExpiring);
        }
        (self.expires, Step::Expire)
    }

    /// A renewal at `now` gave the token `ttl`.
    pub fn renewed(&mut self, now: Instant, ttl: Duration) {
        let ttl = ttl.min(super::MAX_LIFETIME);
        self.retry.succeeded();
        self.retry_at = None;
        self.expires = super::after(now, ttl);
        // Vault gives less than asked once the max TTL is near: renewing again is futile.
        if ttl < self.full_ttl || ttl <= self.grace {
            self.exhausted = true;
        }
        self.next_renew = next_renewal(now, ttl, self.grace);
    }

    /// A new token from a login at `now`.
    pub fn logged_in(&mut self, now: Instant, ttl: Duration, renewable: bool, fraction: f64) {
        *self = TokenWatch::new(now, ttl, renewable, fraction);
    }

    /// The token was refused (revoked from outside, say): treat it as expired.
    pub fn invalidated(&mut self, now: Instant) {
        self.expires = now;
        self.retry_at = None;
        self.refused = true;
    }

    /// Whether Vault refused the token (until a login replaces it).
    pub fn refused(&self) -> bool {
        self.refused
    }

    /// The warning about expiry was given.
    pub fn warned(&mut self) {
        self.warned = true;
    }

    /// An attempt failed at `now`; returns how long until the next one (`fraction`:
    /// random, in `[0, 1)`, for the jitter).
    pub fn failed(&mut self, now: Instant, fraction: f64) -> Duration {
        let delay = self.retry.failed_with(fraction);
        // Renewal retries stop at the expiry, where a login (or the end) takes over.
        let at = super::after(now, delay).min(self.expires.max(now));
        self.retry_at = Some(at);
        at - now
    }
}

/// When to renew a token that has `ttl` left at `now`: as
/// [`renew_after`](super::renew_after) says, but not sooner than
/// [`MIN_STEP`](super::MIN_STEP) (a TTL of a second or two must not make renewals spin).
fn next_renewal(now: Instant, ttl: Duration, grace: Duration) -> Instant {
    super::after(now, super::renew_after(ttl, grace).max(super::MIN_STEP))
}

/// Runs the lifecycle until `wake` closes or the token expires for good; a message on
/// `wake` makes it check the token at once.
pub fn run(
    watch: &mut TokenWatch,
    ops: &mut dyn TokenOps,
    clock: &dyn Clock,
    wake: &Receiver<()>,
    emit: &mut dyn FnMut(TokenEvent),
) {
    loop {
        let (at, step) = watch.next(clock.now(), ops.can_login());
        let wait_until = if step == Step::Idle {
            super::after(clock.now(), Duration::from_secs(86_400 * 365))
        } else {
            at
        };
        if step != Step::WarnExpiring {
            match clock.wait_until(wait_until, wake) {
                Wake::Stop => return,
                Wake::Nudged => {
                    check(watch, ops, clock.now(), emit);
                    continue;
                }
                Wake::Deadline => {}
            }
        }
        let now = clock.now();
        match step {
            Step::Idle => {}
            Step::Renew => match ops.renew(watch.full_ttl) {
                Ok(auth) => {
                    let ttl = super::lifetime(auth.lease_duration);
                    watch.renewed(now, ttl);
                    emit(TokenEvent::Renewed(ttl));
                }
                Err(e) if e.status() == Some(403) => refused(watch, ops, now, e, emit),
                Err(e) => {
                    let retry = watch.failed(now, clock.fraction());
                    emit(TokenEvent::RenewFailed(e.to_string(), retry));
                }
            },
            Step::Login => login(watch, ops, now, clock.fraction(), emit),
            Step::WarnExpiring => {
                watch.warned();
                emit(TokenEvent::Expiring(
                    watch.expires.saturating_duration_since(now),
                ));
            }
            Step::Expire => {
                // A refused token was reported already, as what it is.
                if !watch.refused {
                    emit(TokenEvent::Expired);
                }
                return;
            }
        }
    }
}

/// After a nudge: does Vault still accept the token? Only a 403 says no; other errors
/// are left to the next renewal.
fn check(
    watch: &mut TokenWatch,
    ops: &mut dyn TokenOps,
    now: Instant,
    emit: &mut dyn FnMut(TokenEvent),
) {
    if watch.refused {
        return;
    }
    if let Err(e) = ops.lookup() {
        if e.status() == Some(403) {
            refused(watch, ops, now, e, emit);
        }
    }
}

fn refused(
    watch: &mut TokenWatch,
    ops: &mut dyn TokenOps,
    now: Instant,
    e: vault::Error,
    emit: &mut dyn FnMut(TokenEvent),
) {
    watch.invalidated(now);
    emit(TokenEvent::Refused {
        error: e.to_string(),
        can_login: ops.can_login(),
    });
}

fn login(
    watch: &mut TokenWatch,
    ops: &mut dyn TokenOps,
    now: Instant,
    fraction: f64,
    emit: &mut dyn FnMut(TokenEvent),
) {
    match ops.login() {
        Ok(auth) => {
            let lease = TokenLease::of(&auth);
            watch.logged_in(now, lease.ttl, lease.renewable, fraction);
            emit(TokenEvent::LoggedIn(lease.ttl));
        }
        Err(e) => {
            let retry = watch.retry.failed_with(fraction);
            watch.retry_at = Some(super::after(now, retry));
            emit(TokenEvent::LoginFailed(e.to_string(), retry));
        }
    }
}

/// [`TokenOps`] against a real Vault: renew-self on `client` (whose token every clone
/// shares), and a login with `method` that makes the new token current.
#[derive(Debug)]
pub struct VaultTokenOps {
    client: Client,
    method: Option<Box<dyn AuthMethod>>,
}

impl VaultTokenOps {
    /// Renews `client`'s token; logs in with `method` when it must.
    pub fn new(client: Client, method: Option<Box<dyn AuthMethod>>) -> VaultTokenOps {
        VaultTokenOps { client, method }
    }
}

impl TokenOps for VaultTokenOps {
    fn renew(&mut self, increment: Duration) -> Result<Auth, vault::Error> {
        // Vault's warnings on renewals ("TTL exceeded the effective max_ttl") repeat at
        // each one; the lifecycle logs what they mean.
        vault::token::renew_self(&self.client.with_warnings_at_debug(), Some(increment))
    }

    fn lookup(&mut self) -> Result<(), vault::Error> {
        vault::token::lookup_self(&self.client).map(|_| ())
    }

    fn can_login(&self) -> bool {
        self.method.is_some()
    }

    fn login(&mut self) -> Result<Auth, vault::Error> {
        let method = self
            .method
            .as_ref()
            .ok_or_else(|| vault::Error::Config("no login method".into()))?;
        let auth = method.login(&self.client.with_token(None))?;
        self.client.replace_token(Some(auth.client_token.clone()));
        Ok(auth)
    }
}

#[cfg(test)]
mod tests;
