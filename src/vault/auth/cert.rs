//! The `cert` method: the TLS client certificate (`--client-cert`/`--client-key`) is the
//! credential; `name=` picks the certificate role.

use super::{AuthMethod, ParamError, Params, post_login};
use crate::vault::response::Auth;
use crate::vault::{Client, Error};
use serde_json::json;

/// TLS certificate login.
#[derive(Debug)]
pub struct Cert {
    mount: String,
    name: Option<String>,
}

impl Cert {
    pub(super) fn new(mount: String, params: &mut Params) -> Result<Cert, ParamError> {
        let name = params.take("name").map(|n| n.expose().to_string());
        Ok(Cert { mount, name })
    }
}

impl AuthMethod for Cert {
    fn name(&self) -> &'static str {
        "cert"
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        if client.config().tls.client_cert.is_none() {
            return Err(Error::Config(
                "cert login needs a client certificate: pass --client-cert and --client-key".into(),
            ));
        }
        let body = match &self.name {
            Some(name) => json!({ "name": name }),
            None => json!({}),
        };
        post_login(client, &format!("auth/{}/login", self.mount), body)
    }
}
