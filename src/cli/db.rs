//! `vaultctl db creds|static-creds ROLE`: database credentials as a table (the password
//! shown: it is what the command is for), as Vault's JSON answer, or through
//! `--template` as a connection string.

use super::Context;
use super::args::{DbCommand, Format};
use super::template::{CredsTemplate, Values};
use crate::duration::human;
use crate::outcome::Outcome;
use crate::vault::database::{self, Credentials, Kind};
use anyhow::{Context as _, Result};

/// Runs a database command.
pub fn run(ctx: &Context, command: DbCommand) -> Result<Outcome> {
    let (args, kind) = match command {
        DbCommand::Creds(args) => (args, Kind::Dynamic),
        DbCommand::StaticCreds(args) => (args, Kind::Static),
    };
    let template = args
        .template
        .as_deref()
        .map(CredsTemplate::parse)
        .transpose()?;
    let client = ctx.client(true)?;
    let creds = database::credentials(&client, &args.mount, kind, &args.role)
        .with_context(|| format!("cannot get credentials for the role {:?}", args.role))?;
    if let Some(template) = template {
        let values = Values {
            username: &creds.username,
            password: &creds.password,
            lease_id: &creds.response.lease_id,
            ttl: creds
                .rotation
                .as_ref()
                .map_or(creds.response.lease_duration, |r| r.ttl),
        };
        ctx.output().raw(template.render(&values).expose())?;
    } else if ctx.settings.format == Format::Json {
        ctx.output().json(&creds.response)?;
    } else {
        ctx.output().key_values(&rows(&creds))?;
    }
    Ok(Outcome::Success)
}

fn rows(creds: &Credentials) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        ("username", creds.username.clone()),
        ("password", creds.password.expose().to_string()),
    ];
    match &creds.rotation {
        Some(rotation) => rows.extend([
            ("last_vault_rotation", rotation.last_vault_rotation.clone()),
            ("rotation_period", human(rotation.rotation_period)),
            ("ttl", human(rotation.ttl)),
        ]),
        None => rows.extend([
            ("lease_id", creds.response.lease_id.clone()),
            ("lease_duration", human(creds.response.lease_duration)),
            ("lease_renewable", creds.response.renewable.to_string()),
        ]),
    }
    rows
}
