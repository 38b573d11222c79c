//! `vaultctl profile list` and `profile show`: the profiles of the config file with the
//! state of their stored tokens, and each resolved setting with where it came from.
//! A token is never printed; `show` never contacts Vault; `list` sends a profile's stored
//! token only to the address it was stored for (with `--address` or `VAULT_ADDR` pointing
//! the profiles elsewhere, their tokens are shown as not checked).

use super::Context;
use super::args::{Format, GlobalArgs, ProfileCommand};
use super::settings::{self, Settings, Source};
use super::tokens::token_helper;
use crate::outcome::Outcome;
use crate::store::token::{Stored, TokenHelper};
use crate::vault::{Client, token};
use anyhow::Result;
use serde_json::{Map, Value, json};
use std::io::IsTerminal;
use std::time::Duration;

/// The longest `profile list` waits for one profile's server.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(3);

/// Runs `profile list` or `profile show`.
pub fn run(global: &GlobalArgs, command: &ProfileCommand) -> Result<Outcome> {
    match command {
        ProfileCommand::List => list(global),
        ProfileCommand::Show { name } => show(global, name.as_deref()),
    }
}

/// The settings with profile `name` selected (or as the command line selects).
fn profile_context(global: &GlobalArgs, name: Option<&str>) -> Result<Context> {
    let ttys = (
        std::io::stdout().is_terminal(),
        std::io::stderr().is_terminal(),
    );
    let settings = Settings::resolve_as(global, name, &settings::process_env, ttys)?;
    Ok(Context { settings })
}

/// What is known about the token stored for a profile.
#[derive(Debug)]
enum TokenState {
    /// Nothing stored.
    None,
    /// Vault accepted it; TTL in seconds, 0 for none.
    Live(u64),
    /// Vault refused it (expired or revoked).
    Invalid,
    /// Vault could not be asked (unreachable, sealed, a local problem).
    Unknown,
    /// Stored for another address than this run's: not sent, so not checked.
    Unchecked,
}

impl TokenState {
    fn word(&self) -> &'static str {
        match self {
            TokenState::None => "none",
            TokenState::Live(_) => "live",
            TokenState::Invalid => "invalid",
            TokenState::Unknown => "unknown",
            TokenState::Unchecked => "unchecked",
        }
    }
}

/// Reads the profile's stored token and asks its server about it.
fn token_state(ctx: &Context) -> TokenState {
    let Ok(helper) = token_helper(&ctx.settings) else {
        return TokenState::Unknown;
    };
    let stored = match helper.read() {
        Ok(Stored::Token(token)) => token,
        Ok(Stored::Nothing) => return TokenState::None,
        Ok(Stored::ForAnotherAddress(_)) => return TokenState::Unchecked,
        Err(_) => return TokenState::Unknown,
    };
    let mut config = ctx.settings.client.clone();
    config.timeout = config.timeout.min(LOOKUP_TIMEOUT);
    config.max_retries = 0;
    let Ok(client) = Client::new(config) else {
        return TokenState::Unknown;
    };
    match token::lookup_self(&client.with_token(Some(stored))) {
        Ok(info) => TokenState::Live(info.ttl()),
        Err(e) if e.status() == Some(403) => TokenState::Invalid,
        Err(_) => TokenState::Unknown,
    }
}

/// `profile list`: one line (or object) per `[profile.NAME]`, servers asked in parallel.
fn list(global: &GlobalArgs) -> Result<Outcome> {
    let base = profile_context(global, None)?;
    let selected = base.settings.profile.as_ref().map(|p| p.name.clone());
    let contexts = base
        .settings
        .file
        .profile
        .keys()
        .map(|name| Ok((name.clone(), profile_context(global, Some(name))?)))
        .collect::<Result<Vec<_>>>()?;
    let states: Vec<TokenState> = std::thread::scope(|scope| {
        let handles: Vec<_> = contexts
            .iter()
            .map(|(_, ctx)| scope.spawn(|| token_state(ctx)))
            .collect();
        let joined = handles.into_iter().map(|h| h.join());
        joined.map(|r| r.unwrap_or(TokenState::Unknown)).collect()
    });
    if states.iter().any(|s| matches!(s, TokenState::Unchecked)) {
        crate::warn!(
            "tokens stored for another address than {} were not sent there, so not checked",
            base.settings.client.address
        );
    }
    let is_selected = |name: &str| selected.as_deref() == Some(name);
    if base.settings.format == Format::Json {
        let items: Vec<Value> = contexts
            .iter()
            .zip(&states)
            .map(|((name, ctx), state)| {
                let ttl = match state {
                    TokenState::Live(ttl) => json!(ttl),
                    _ => Value::Null,
                };
                json!({
                    "name": name,
                    "selected": is_selected(name),
                    "address": ctx.settings.client.address,
                    "namespace": ctx.settings.client.namespace,
                    "token": state.word(),
                    "ttl": ttl,
                })
            })
            .collect();
        base.output().json(&items)?;
        return Ok(Outcome::Success);
    }
    let rows: Vec<Vec<String>> = contexts
        .iter()
        .zip(&states)
        .map(|((name, ctx), state)| {
            let mark = if is_selected(name) { "*" } else { "" };
            let ttl = match state {
                TokenState::Live(0) => "∞".to_string(),
                TokenState::Live(ttl) => crate::duration::human(*ttl),
                _ => "-".to_string(),
            };
            let client = &ctx.settings.client;
            let namespace = client.namespace.clone().unwrap_or_else(|| "-".into());
            let token = state.word().to_string();
            vec![
                format!("{name}{mark}"),
                client.address.clone(),
                namespace,
                token,
                ttl,
            ]
        })
        .collect();
    let mut page = base.output().page();
    page.columns(&["Name", "Address", "Namespace", "Token", "TTL"], &rows);
    page.print()?;
    Ok(Outcome::Success)
}

/// One row of `profile show`: key, value and source.
struct Row {
    key: &'static str,
    value: Option<String>,
    source: Source,
}

/// `profile show [NAME]`.
fn show(global: &GlobalArgs, name: Option<&str>) -> Result<Outcome> {
    let ctx = profile_context(global, name)?;
    let s = &ctx.settings;
    let mut rows = vec![match &s.profile {
        Some(p) => Row {
            key: "profile",
            value: Some(p.name.clone()),
            source: p.source.clone(),
        },
        None => Row {
            key: "profile",
            value: None,
            source: Source::Default,
        },
    }];
    rows.extend(s.origins.iter().map(|o| Row {
        key: o.key,
        value: (!o.value.is_empty()).then(|| o.value.clone()),
        source: o.source.clone(),
    }));
    if s.env_token.is_none() {
        rows.push(stored_token_row(s)?);
    }
    let file = s.config_file.as_ref().map(|p| p.display().to_string());
    if s.format == Format::Json {
        let mut settings = Map::new();
        for row in &rows[1..] {
            settings.insert(row.key.into(), json_row(row, file.as_deref()));
        }
        let doc = json!({
            "config_file": file,
            "profile": json_row(&rows[0], file.as_deref()),
            "settings": settings,
        });
        ctx.output().json(&doc)?;
        return Ok(Outcome::Success);
    }
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let value = r.value.clone().unwrap_or_else(|| "-".into());
            vec![
                r.key.to_string(),
                value,
                source_text(&r.source, file.as_deref()),
            ]
        })
        .collect();
    let mut page = ctx.output().page();
    page.columns(&["Key", "Value", "Source"], &lines);
    page.print()?;
    Ok(Outcome::Success)
}

/// Where the token of these settings is kept and whether one is there (never the token).
fn stored_token_row(s: &Settings) -> Result<Row> {
    let helper = token_helper(s)?;
    let (value, source) = match &helper {
        TokenHelper::File(path) => {
            let state = match helper.read() {
                Ok(Stored::ForAnotherAddress(Some(_))) => "stored for another address in",
                Ok(Stored::ForAnotherAddress(None)) => "stored with no address in",
                _ if path.is_file() => "stored in",
                _ => "none in",
            };
            let source = match (&s.profile, &s.token_path) {
                (Some(p), _) => Source::Profile(p.name.clone()),
                (None, Some(_)) => Source::Env("BAO_TOKEN_PATH".into()),
                (None, None) => Source::Default,
            };
            (format!("{state} {}", path.display()), source)
        }
        TokenHelper::External(program) => (
            format!("token helper {}", program.display()),
            Source::Default,
        ),
    };
    Ok(Row {
        key: "token",
        value: Some(value),
        source,
    })
}

fn source_text(source: &Source, file: Option<&str>) -> String {
    match (source, source.name()) {
        (Source::File, _) => format!("file {}", file.unwrap_or_default()),
        (_, Some(name)) => format!("{} {name}", source.kind()),
        (_, None) => source.kind().to_string(),
    }
}

fn json_row(row: &Row, file: Option<&str>) -> Value {
    let from = match &row.source {
        Source::File => file,
        other => other.name(),
    };
    let mut obj = json!({ "value": row.value, "source": row.source.kind() });
    if let (Some(from), Some(map)) = (from, obj.as_object_mut()) {
        map.insert("from".into(), json!(from));
    }
    obj
}
