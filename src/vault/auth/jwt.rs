//! The `jwt` method: a role and a JWT, or, inside GitHub Actions, an OIDC id token that
//! vaultctl asks the runner for.

use super::{AuthMethod, JwtSource, ParamError, Params, post_login};
use crate::redacted::Secret;
use crate::vault::response::Auth;
use crate::vault::{Client, Error};
use serde_json::json;

/// JWT login.
#[derive(Debug)]
pub struct Jwt {
    mount: String,
    role: Option<String>,
    jwt: JwtSource,
}

impl Jwt {
    pub(super) fn new(mount: String, params: &mut Params) -> Result<Jwt, ParamError> {
        let role = params.take("role").map(|r| r.expose().to_string());
        let jwt = JwtSource::Value(params.require(
            "jwt",
            "jwt",
            " (jwt=@FILE or jwt=-; in GitHub Actions it is fetched)",
        )?);
        Ok(Jwt { mount, role, jwt })
    }
}

impl AuthMethod for Jwt {
    fn name(&self) -> &'static str {
        "jwt"
    }

    fn login(&self, client: &Client) -> Result<Auth, Error> {
        let jwt = self.jwt.read()?;
        let mut body = json!({ "jwt": jwt.expose() });
        if let Some(role) = &self.role {
            body["role"] = json!(role);
        }
        post_login(client, &format!("auth/{}/login", self.mount), body)
    }
}

/// Asks the GitHub Actions runner for an OIDC id token (`ACTIONS_ID_TOKEN_REQUEST_URL`
/// with `ACTIONS_ID_TOKEN_REQUEST_TOKEN` as bearer), for `audience` if given.
pub fn github_id_token(
    request_url: &str,
    request_token: &Secret,
    audience: Option<&str>,
) -> Result<Secret, Error> {
    let mut url = request_url.to_string();
    if let Some(aud) = audience {
        let sep = if url.contains('?') { '&' } else { '?' };
        let encoded: String = aud
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect();
        url = format!("{url}{sep}audience={encoded}");
    }
    let failed = |reason: String| {
        Error::Config(format!(
            "cannot get an OIDC token from GitHub Actions: {reason}"
        ))
    };
    let mut response = ureq::get(&url)
        .header(
            "Authorization",
            &format!("Bearer {}", request_token.expose()),
        )
        .header("Accept", "application/json")
        .call()
        .map_err(|e| failed(e.to_string()))?;
    let body: serde_json::Value = response
        .body_mut()
        .with_config()
        .limit(1 << 20)
        .read_json()
        .map_err(|e| failed(e.to_string()))?;
    body.get("value")
        .and_then(|v| v.as_str())
        .map(Secret::new)
        .ok_or_else(|| failed("the answer has no value".into()))
}
