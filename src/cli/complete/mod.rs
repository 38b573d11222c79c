//! Live completion of Vault paths in bash, zsh and fish: `vaultctl __complete -- WORDS`
//! prints the paths that complete the last word, one a line, from the server with the
//! address and token the command itself would use.
//!
//! Why a hidden command behind the generated scripts, not clap_complete's dynamic
//! completion (`unstable-dynamic`): that feature is outside clap_complete's stability
//! promise, and it answers *every* TAB by running vaultctl, commands and flags too.
//! Here the scripts in `completions/` stay clap_complete's static ones, which work
//! with no server and cost no process; a small wrapper added to each (see
//! [`scripts`]) asks `vaultctl __complete` first and falls back to the static
//! completion whenever it prints nothing. vaultctl decides from the words whether the
//! word is a path at all, so the scripts stay a few lines.
//!
//! It never hurts the shell: requests time out after 400 ms with no retries, the whole
//! answer is given up after 450 ms, stderr is sent to /dev/null, and without a token
//! nothing is asked.
//!
//! Candidates are the server's text, so they are hostile until shown otherwise: each
//! loses its control characters here ([`candidate`]: one a line stays one a line, and
//! no escape sequence reaches the terminal), and each script quotes what it inserts
//! with its shell's own quoting (bash `printf %q`, zsh `compadd` without `-Q`, fish's
//! escaping of completions), so that accepting one never runs anything.

pub mod line;
mod paths;
pub mod scripts;

use super::args::{self, Cli};
use super::settings::{self, Settings};
use crate::outcome::Outcome;
use crate::vault::Client;
use clap::Parser;
use std::io::Write;
use std::sync::mpsc;
use std::time::Duration;

/// The name of the hidden command the scripts call.
pub const COMMAND: &str = "__complete";
/// How long the shell waits at most for an answer (then it gets the static completion).
const BUDGET: Duration = Duration::from_millis(450);
/// The timeout of each request to the server.
const REQUEST_TIMEOUT: Duration = Duration::from_millis(400);

/// Runs `vaultctl __complete -- WORDS`: `words` are the command line's words up to the
/// cursor, the command first and the word being completed last. Always a success.
pub fn main(words: Vec<String>) -> Outcome {
    // Nothing may reach the terminal from a completion, whatever happens below.
    if let Ok(null) = std::fs::File::options().write(true).open("/dev/null") {
        let _ = nix::unistd::dup2_stderr(null);
    }
    crate::log::init(0, true, false);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(answer(&words));
    });
    let found = rx.recv_timeout(BUDGET).unwrap_or_default();
    let mut text = found.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    // Returning ends the process, and with it a request still waiting for the server.
    Outcome::Success
}

/// The candidates for the last of `words`, each the whole word.
fn answer(words: &[String]) -> Vec<String> {
    let mut cmd = args::command();
    cmd.build();
    let Some(request) = line::analyse(&cmd, words) else {
        return Vec::new();
    };
    let Some(client) = client(&request.globals) else {
        return Vec::new();
    };
    let mut found: Vec<String> = paths::candidates(&client, &request.slot, &request.typed)
        .into_iter()
        .map(|path| candidate(&format!("{}{path}", request.keep)))
        .filter(|c| !c.is_empty())
        .collect();
    found.dedup();
    found
}

/// A candidate as it may reach the shell: without control characters (C0, DEL, C1,
/// so no line break, tab or escape sequence) and without the bidirectional formatting
/// characters that make text show in another order than it is read.
pub fn candidate(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// A client for the settings the command would use (the global options on the line,
/// then the environment and the config file), with a token; `None` without one.
fn client(globals: &[String]) -> Option<Client> {
    let argv = std::iter::once("vaultctl")
        .chain(globals.iter().map(String::as_str))
        .chain(std::iter::once("status"));
    let cli = Cli::try_parse_from(argv).ok()?;
    let settings = Settings::resolve(&cli.global, &settings::process_env, false, false).ok()?;
    let token = super::tokens::current_token(&settings).ok()??;
    let mut config = settings.client.clone();
    config.timeout = REQUEST_TIMEOUT;
    config.max_retries = 0;
    let mut client = Client::new(config).ok()?;
    client.set_token(Some(token));
    Some(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_lose_control_characters_and_keep_everything_else() {
        assert_eq!(
            candidate("secret/a\u{1b}]0;title\u{7}\nb\tc\r\u{9b}31m\u{202e}d"),
            "secret/a]0;titlebc31md"
        );
        assert_eq!(candidate("x;touch f #"), "x;touch f #");
        // A property over every character below U+3000 and a few beyond: it stays
        // unless it is a control or a bidirectional formatting character.
        let all: String = (1..0x3000)
            .chain([0x1f511, 0xfeff, 0x10ffff])
            .filter_map(char::from_u32)
            .collect();
        let kept = candidate(&all);
        assert!(!kept.contains(|c: char| c.is_control()));
        assert!(!kept.contains(['\u{202e}', '\u{2066}', '\n', '\r', '\t', '\u{1b}']));
        let expected: String = all
            .chars()
            .filter(|c| {
                !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            })
            .collect();
        assert_eq!(kept, expected);
        assert_eq!(candidate(&kept), kept, "idempotent");
    }
}
