//! The `userpass` and `ldap` methods: the same request shape, a username in the path
//! and the password in the body.

use super::{AuthMethod, ParamError, Params, post_login};
use crate::redacted::Secret;
use crate::vault::response::Auth;
use crate::vault::{Client, Error};
use serde_json::json;

/// Username and password login (`userpass` or `ldap`).
#[derive(Debug)]
pub struct UserPass {
    method: &'static str,
    mount: String,
    username: String,
    password: Secret,
}

impl UserPass {
    pub(super) fn new(
        method: &'static str,
        mount: String,
        params: &mut Params,
    ) -> Result<UserPass, ParamError> {
        let username = params.require(method, "username", "")?.expose().to_string();
        let password = params.require(
            method,
            "password",
            " (password=@FILE, password=-, or the prompt)",
        )?;
        Ok(UserPass {
            method,
            mount,
            username,
            password,
        })
    }
}

impl AuthMethod for UserPass {
    fn name(&self) -> &'static str {
        self.method
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        let path = format!("auth/{}/login/{}", self.mount, self.username);
        post_login(client, &path, json!({ "password": self.password.expose() }))
    }
}
