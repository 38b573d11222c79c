//! The `token` method: a token the user already has, verified with lookup-self.

use super::{AuthMethod, ParamError, Params};
use crate::redacted::Secret;
use crate::vault::response::Auth;
use crate::vault::{Client, Error};

/// Log in with an existing token.
#[derive(Debug)]
pub struct Token {
    token: Secret,
}

impl Token {
    pub(super) fn new(params: &mut Params) -> Result<Token, ParamError> {
        let token = params.require("token", "token", " (or enter it at the prompt)")?;
        Ok(Token { token })
    }
}

impl AuthMethod for Token {
    fn name(&self) -> &'static str {
        "token"
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        let probe = client.with_token(Some(self.token.clone()));
        let info = crate::vault::token::lookup_self(&probe)?;
        Ok(info.into_auth(self.token.clone()))
    }
}
