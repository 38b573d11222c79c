//! Login methods, one file each behind the [`AuthMethod`] trait: token, approle,
//! userpass and ldap, kubernetes, jwt, cert.
//!
//! A method is built from `KEY=VALUE` parameters that the command line has already
//! read (files, stdin, prompts); here they are checked and sent. Parameter values are
//! [`Secret`]s and never appear in errors.

mod approle;
mod cert;
mod jwt;
mod kubernetes;
mod token;
mod userpass;

pub use jwt::github_id_token;

use super::response::Auth;
use super::{Client, Error};
use crate::redacted::Secret;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A way to log in to Vault.
pub trait AuthMethod: Send + Sync + std::fmt::Debug {
    /// The method's name: `approle`, `userpass`, ...
    fn name(&self) -> &'static str;
    /// Logs in (no token is needed on `client`) and returns the new token's `auth` block.
    fn login(&self, client: &Client) -> Result<Auth, Error>;
}

/// The method names vaultctl knows.
pub const METHODS: [&str; 8] = [
    "token",
    "approle",
    "userpass",
    "ldap",
    "kubernetes",
    "jwt",
    "oidc",
    "cert",
];

/// Why the parameters do not make a login.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParamError {
    /// A required parameter is missing.
    #[error("{method} login needs {key}=...{hint}")]
    Missing {
        /// The method.
        method: &'static str,
        /// The parameter.
        key: &'static str,
        /// How else to give it.
        hint: &'static str,
    },
    /// A parameter the method does not take.
    #[error("{method} login does not take {key}= (it takes {known})")]
    Unknown {
        /// The method.
        method: &'static str,
        /// The parameter.
        key: String,
        /// What it takes.
        known: &'static str,
    },
    /// No such method.
    #[error(
        "unknown login method {0:?} (use one of token, approle, userpass, ldap, kubernetes, jwt, cert)"
    )]
    Method(String),
}

/// `KEY=VALUE` login parameters, taken one by one by a method's constructor.
#[derive(Debug, Default)]
pub struct Params {
    values: BTreeMap<String, Secret>,
}

impl Params {
    /// Parameters from pairs.
    pub fn new(pairs: impl IntoIterator<Item = (String, Secret)>) -> Params {
        Params {
            values: pairs.into_iter().collect(),
        }
    }

    /// True when `key` was given.
    pub fn has(&self, key: &str) -> bool {
        self.values.contains_key(key)
    }

    /// Sets `key` unless it was given.
    pub fn default(&mut self, key: &str, value: Secret) {
        self.values.entry(key.to_string()).or_insert(value);
    }

    /// Takes `key` out, if given.
    pub fn remove(&mut self, key: &str) -> Option<Secret> {
        self.values.remove(key)
    }

    fn take(&mut self, key: &str) -> Option<Secret> {
        self.values.remove(key)
    }

    fn require(
        &mut self,
        method: &'static str,
        key: &'static str,
        hint: &'static str,
    ) -> Result<Secret, ParamError> {
        self.take(key)
            .ok_or(ParamError::Missing { method, key, hint })
    }

    fn finish(self, method: &'static str, known: &'static str) -> Result<(), ParamError> {
        match self.values.into_keys().next() {
            Some(key) => Err(ParamError::Unknown { method, key, known }),
            None => Ok(()),
        }
    }
}

/// Builds the login method `name` mounted at `mount` (default: the method's name).
pub fn method(
    name: &str,
    mount: Option<&str>,
    mut params: Params,
) -> Result<Box<dyn AuthMethod>, ParamError> {
    let mount = |default: &str| mount.unwrap_or(default).trim_matches('/').to_string();
    let built: Box<dyn AuthMethod> = match name {
        "token" => Box::new(token::Token::new(&mut params)?),
        "approle" => Box::new(approle::AppRole::new(mount("approle"), &mut params)?),
        "userpass" => Box::new(userpass::UserPass::new(
            "userpass",
            mount("userpass"),
            &mut params,
        )?),
        "ldap" => Box::new(userpass::UserPass::new("ldap", mount("ldap"), &mut params)?),
        "kubernetes" => Box::new(kubernetes::Kubernetes::new(
            mount("kubernetes"),
            &mut params,
        )?),
        "jwt" | "oidc" => Box::new(jwt::Jwt::new(mount(name), &mut params)?),
        "cert" => Box::new(cert::Cert::new(mount("cert"), &mut params)?),
        other => return Err(ParamError::Method(other.to_string())),
    };
    params.finish(built.name(), known(built.name()))?;
    Ok(built)
}

fn known(method: &str) -> &'static str {
    match method {
        "token" => "token",
        "approle" => "role_id, secret_id, secret_id_wrapped",
        "userpass" | "ldap" => "username, password",
        "kubernetes" => "role, jwt",
        "jwt" => "role, jwt",
        "cert" => "name",
        _ => "nothing",
    }
}

/// A value given directly or read from a file at each login (service-account tokens
/// are rotated on disk, so a re-login must read the file again).
#[derive(Debug, Clone)]
pub enum JwtSource {
    /// The value itself.
    Value(Secret),
    /// A file to read at each login.
    File(PathBuf),
}

impl JwtSource {
    fn read(&self) -> Result<Secret, Error> {
        match self {
            JwtSource::Value(v) => Ok(v.clone()),
            JwtSource::File(path) => std::fs::read_to_string(path)
                .map(|t| Secret::new(t.trim_end_matches(['\n', '\r'])))
                .map_err(|e| {
                    Error::Config(format!("cannot read the JWT from {}: {e}", path.display()))
                }),
        }
    }
}

/// POSTs a login body and returns its `auth` block.
fn post_login(client: &Client, path: &str, body: serde_json::Value) -> Result<Auth, Error> {
    super::token::auth_of(client.write(path, &body)?, path)
}
