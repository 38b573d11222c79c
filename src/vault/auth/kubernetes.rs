//! The `kubernetes` method: a role and the pod's service-account token, read from its
//! file at every login because Kubernetes rotates it.

use super::{AuthMethod, JwtSource, ParamError, Params, post_login};
use crate::vault::response::Auth;
use crate::vault::{Client, Error};
use serde_json::json;

/// Where a pod finds its service-account token.
pub const SERVICE_ACCOUNT_TOKEN: &str = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/// Kubernetes login.
#[derive(Debug)]
pub struct Kubernetes {
    mount: String,
    role: String,
    jwt: JwtSource,
}

impl Kubernetes {
    pub(super) fn new(mount: String, params: &mut Params) -> Result<Kubernetes, ParamError> {
        let role = params
            .require("kubernetes", "role", "")?
            .expose()
            .to_string();
        let jwt = match params.take("jwt") {
            Some(value) => JwtSource::Value(value),
            None => JwtSource::File(SERVICE_ACCOUNT_TOKEN.into()),
        };
        Ok(Kubernetes { mount, role, jwt })
    }
}

impl AuthMethod for Kubernetes {
    fn name(&self) -> &'static str {
        "kubernetes"
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        let jwt = self.jwt.read()?;
        let body = json!({ "role": self.role, "jwt": jwt.expose() });
        post_login(client, &format!("auth/{}/login", self.mount), body)
    }
}
