//! What vaultctl keeps on the user's disk between runs: the token of a profile or the
//! one shared with the vault and bao CLIs ([`token`]), and the index of the last write
//! for reading it back in the next process ([`index`]). Below `cli` and `run`, above
//! `vault`: it takes plain values (an address, a profile's name, a path), never the
//! command line's settings.
//!
//! Every directory of vaultctl's own comes from one lookup, [`dirs`]: the config dir
//! (the config file), the data dir (profile tokens), the state dir (write indexes).

pub mod index;
pub mod token;

use directories::ProjectDirs;
use std::path::PathBuf;

/// vaultctl's directories for this user, as `directories` finds them (from `HOME` and
/// the `XDG_*` variables on Linux); `None` when there is no home directory.
pub fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "vaultctl")
}

/// The config dir: `$XDG_CONFIG_HOME/vaultctl` or `~/.config/vaultctl` on Linux.
pub fn config_dir() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().to_path_buf())
}

/// The data dir: `$XDG_DATA_HOME/vaultctl` or `~/.local/share/vaultctl` on Linux.
pub fn data_dir() -> Option<PathBuf> {
    dirs().map(|d| d.data_dir().to_path_buf())
}

/// The state dir (`$XDG_STATE_HOME/vaultctl` or `~/.local/state/vaultctl` on Linux),
/// else the cache dir where a platform has no state dir.
pub fn state_dir() -> Option<PathBuf> {
    dirs().map(|d| d.state_dir().unwrap_or_else(|| d.cache_dir()).to_path_buf())
}
