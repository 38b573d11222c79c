//! The token of these settings: where [`crate::store::token`] looks for it, from what the
//! command line resolved (the selected profile and whether it set the address, `HOME`,
//! `BAO_TOKEN_PATH`, `VAULT_CONFIG_PATH`).

use super::settings::{Settings, Source};
use crate::redacted::Secret;
use crate::store::token::{self, Lookup, ProfileToken, TokenFile, TokenHelper};
use anyhow::Result;

/// Where the settings say the token helper is.
fn lookup(settings: &Settings) -> Lookup<'_> {
    let profile = settings.profile.as_ref().map(|profile| {
        let own_address = settings
            .origins
            .iter()
            .any(|o| o.key == "address" && o.source == Source::Profile(profile.name.clone()));
        TokenFile {
            path: profile.token_file.clone(),
            profile: Some(ProfileToken {
                name: profile.name.clone(),
                address: settings.client.address.clone(),
                own_address,
            }),
        }
    });
    Lookup {
        profile,
        home: settings.home.as_deref(),
        token_path: settings.token_path.as_deref(),
        cli_config_path: settings.cli_config_path.as_deref(),
    }
}

/// The helper the settings point at: a profile's own file, else what the vault CLI uses.
pub fn token_helper(settings: &Settings) -> Result<TokenHelper> {
    TokenHelper::find(&lookup(settings))
}

/// `VAULT_TOKEN` (or `BAO_TOKEN`), else what the token helper has; a profile's token
/// stored for another address is not used (and the log says why).
pub fn current_token(settings: &Settings) -> Result<Option<Secret>> {
    token::current_token(settings.env_token.as_ref(), &lookup(settings))
}
