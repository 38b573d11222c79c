//! `vaultctl login`, `logout` and `token lookup|renew|revoke`.

use super::Context;
use super::args::{Format, LoginArgs, TokenCommand};
use super::params::{self, Trim};
use super::tokens::{current_token, token_helper};
use crate::outcome::Outcome;
use crate::store::token::TokenHelper;
use crate::vault::auth::{self, Params};
use crate::vault::response::Auth;
use crate::vault::token;
use anyhow::{Result, bail};
use std::io::Write;

/// Logs in, stores the token unless told not to, and shows what was obtained.
pub fn login(ctx: &Context, args: &LoginArgs) -> Result<Outcome> {
    let method_name = args.method.as_str();
    let mut given = Params::new(params::parse(&args.params, Trim::TrailingNewline)?);
    let audience = given.remove("audience");
    super::plan::login::fill_in(&ctx.settings.login_env, method_name, &mut given, audience)?;
    let method = auth::method(method_name, args.path.as_deref(), given)?;
    let client = ctx.client(false)?;
    let auth = method.login(&client).map_err(|e| ctx.name_address(e))?;
    let stored = if args.no_store {
        None
    } else {
        let helper = token_helper(&ctx.settings)?;
        helper.store(&auth.client_token)?;
        if ctx.settings.env_token.is_some() {
            crate::warn!("VAULT_TOKEN is set: it takes precedence over the token just stored");
        }
        Some(helper)
    };
    if args.token_only {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", auth.client_token.expose())?;
        return Ok(Outcome::Success);
    }
    if args.no_print {
        return Ok(Outcome::Success);
    }
    let message = match &stored {
        Some(TokenHelper::File(path)) => format!("the token is stored in {}", path.display()),
        Some(TokenHelper::External(program)) => {
            format!("the token is stored by {}", program.display())
        }
        None => "the token was not stored (--no-store)".to_string(),
    };
    eprintln_unless_quiet(&format!("Success! You are now authenticated; {message}."));
    show_auth(ctx, &auth)?;
    Ok(Outcome::Success)
}

fn show_auth(ctx: &Context, auth: &Auth) -> Result<()> {
    if ctx.settings.format == Format::Json {
        let mut doc = serde_json::to_value(auth)?;
        if let Some(obj) = doc.as_object_mut() {
            obj.remove("client_token");
        }
        ctx.output().json(&serde_json::json!({ "auth": doc }))?;
        return Ok(());
    }
    let rows = vec![
        ("token_accessor", auth.accessor.clone()),
        ("token_duration", ttl_text(auth.lease_duration)),
        ("token_renewable", auth.renewable.to_string()),
        ("token_policies", format!("{:?}", auth.token_policies)),
        ("policies", format!("{:?}", auth.policies)),
    ];
    ctx.output().key_values(&rows)?;
    Ok(())
}

fn eprintln_unless_quiet(line: &str) {
    if crate::log::enabled(crate::log::Level::Warn) {
        let _ = writeln!(std::io::stderr(), "{line}");
    }
}

fn ttl_text(secs: u64) -> String {
    if secs == 0 {
        "∞".into()
    } else {
        crate::duration::human(secs)
    }
}

/// Revokes the current token and removes it from the token helper.
pub fn logout(ctx: &Context) -> Result<Outcome> {
    let helper = token_helper(&ctx.settings)?;
    let Some(token) = current_token(&ctx.settings)? else {
        bail!("not logged in: no VAULT_TOKEN and no stored token");
    };
    let client = ctx.client(false)?.with_token(Some(token));
    let revoked = token::revoke_self(&client);
    helper.erase()?;
    match revoked {
        Ok(()) => {}
        Err(e) if e.status() == Some(403) => {
            crate::warn!("the token was no longer valid; removed it")
        }
        Err(e) => {
            return Err(ctx
                .name_address(e)
                .context("removed the stored token, but could not revoke it"));
        }
    }
    if ctx.settings.env_token.is_some() {
        crate::warn!("VAULT_TOKEN is still set in this shell; unset it too");
    }
    Ok(Outcome::Success)
}

/// `token lookup`, `token renew`, `token revoke`.
pub fn token_command(ctx: &Context, command: &TokenCommand) -> Result<Outcome> {
    let client = ctx.client(true)?;
    if client.token().is_none() {
        bail!("no token: log in with `vaultctl login` or set VAULT_TOKEN");
    }
    match command {
        TokenCommand::Lookup => {
            let info = token::lookup_self(&client).map_err(|e| ctx.name_address(e))?;
            if ctx.settings.format == Format::Json {
                ctx.output()
                    .json(&serde_json::json!({ "data": info.fields }))?;
            } else {
                let rows: Vec<(&str, String)> = info
                    .fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), plain(v)))
                    .collect();
                ctx.output().key_values(&rows)?;
            }
        }
        TokenCommand::Renew { increment } => {
            let auth = token::renew_self(&client, *increment).map_err(|e| ctx.name_address(e))?;
            show_auth(ctx, &auth)?;
        }
        TokenCommand::Revoke => {
            token::revoke_self(&client).map_err(|e| ctx.name_address(e))?;
            eprintln_unless_quiet("Success! The token was revoked.");
        }
    }
    Ok(Outcome::Success)
}

fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}
