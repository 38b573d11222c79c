//! The clap definitions of `vaultctl profile list|show`.

use clap::Subcommand;

/// `profile list` and `profile show`.
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles of the config file: address, namespace, and whether a live token
    /// is stored for each, with its TTL (one lookup-self per profile, a few seconds at most).
    ///
    /// A token is never shown. With --format json, prints an array of objects.
    List,
    /// Show each resolved setting and where it came from: a flag, the environment
    /// (naming the variable), the profile, the config file's `[vault]` table, or the default.
    ///
    /// NAME selects the profile to show, as --profile does; without it, the settings of
    /// this command line are shown. Never contacts Vault; a token is never shown.
    Show {
        /// The profile to show.
        name: Option<String>,
    },
}
