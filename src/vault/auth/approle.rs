//! The `approle` method: role id and secret id, the secret id optionally
//! response-wrapped (unwrapped through `sys/wrapping/unwrap` first).

use super::{AuthMethod, ParamError, Params, post_login};
use crate::redacted::Secret;
use crate::vault::response::Auth;
use crate::vault::{Client, Error};
use serde_json::{Value, json};

/// AppRole login.
#[derive(Debug)]
pub struct AppRole {
    mount: String,
    role_id: Secret,
    secret: SecretId,
}

#[derive(Debug)]
enum SecretId {
    Plain(Secret),
    Wrapped(Secret),
    None,
}

impl AppRole {
    pub(super) fn new(mount: String, params: &mut Params) -> Result<AppRole, ParamError> {
        let role_id = params.require("approle", "role_id", " (or set VAULT_ROLE_ID)")?;
        let secret = match (params.take("secret_id"), params.take("secret_id_wrapped")) {
            (_, Some(wrapped)) => SecretId::Wrapped(wrapped),
            (Some(plain), None) => SecretId::Plain(plain),
            (None, None) => SecretId::None,
        };
        Ok(AppRole {
            mount,
            role_id,
            secret,
        })
    }
}

impl AuthMethod for AppRole {
    fn name(&self) -> &'static str {
        "approle"
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        let mut body = json!({ "role_id": self.role_id.expose() });
        match &self.secret {
            SecretId::Plain(s) => body["secret_id"] = json!(s.expose()),
            SecretId::Wrapped(wrapping) => {
                let unwrapper = client.with_token(Some(wrapping.clone()));
                let response = unwrapper.write::<Value>("sys/wrapping/unwrap", &json!({}))?;
                let secret_id = response
                    .and_then(|r| r.data)
                    .and_then(|d| d.get("secret_id").and_then(Value::as_str).map(Secret::new))
                    .ok_or_else(|| {
                        Error::Config("the wrapped response holds no secret_id".into())
                    })?;
                body["secret_id"] = json!(secret_id.expose());
            }
            SecretId::None => {}
        }
        post_login(client, &format!("auth/{}/login", self.mount), body)
    }
}
