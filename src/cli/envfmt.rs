//! `vaultctl env` output: `shell` (`export NAME=value` for sh, bash, zsh and fish),
//! `dotenv` (for sh's `set -a; . ./.env` and dotenv readers), `json`, and `github`
//! (`::add-mask::` for every line of every value, escaped as the runner un-escapes it,
//! then `NAME<<DELIMITER` blocks appended to the file named by `GITHUB_ENV`).
//!
//! Every value is quoted for its reader: read back by it, it is the value exactly, and
//! nothing in it runs or expands.

use crate::secrets::Var;
use std::io::{self, Write};

/// A value as one word for sh, bash, zsh and fish: see [`shell_word`], which the
/// template filter `shell` uses too.
///
/// [`shell_word`]: crate::secrets::template::shell_word
pub fn shell_quote(value: &str) -> String {
    crate::secrets::template::shell_word(value)
}

/// Writes `export NAME=value` lines, each value quoted by [`shell_quote`]. The same text
/// works with `eval` in sh, bash and zsh and with `source` in fish (whose `export`
/// function sets the variable).
pub fn shell(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    for v in vars {
        writeln!(out, "export {}={}", v.name, shell_quote(v.value.expose()))?;
    }
    Ok(())
}

/// A dotenv value that sh reads back exactly and that runs nothing when the file is
/// sourced (`set -a; . ./.env`): in single quotes (literal, newlines included) unless the
/// value holds a single quote; then in double quotes with `\\`, `\"`, `\$` and `` \` ``
/// escaped, the only characters sh treats specially there. Newlines are written as they
/// are, inside the quotes.
pub fn dotenv_quote(value: &str) -> String {
    if !value.contains('\'') {
        return format!("'{value}'");
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if matches!(c, '\\' | '"' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Writes `NAME=value` lines.
pub fn dotenv(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    for v in vars {
        writeln!(out, "{}={}", v.name, dotenv_quote(v.value.expose()))?;
    }
    Ok(())
}

/// Writes one JSON object.
pub fn json(vars: &[Var], out: &mut dyn Write) -> io::Result<()> {
    let map: serde_json::Map<String, serde_json::Value> = vars
        .iter()
        .map(|v| (v.name.clone(), v.value.expose().into()))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &map).map_err(io::Error::from)?;
    writeln!(out)
}

/// The data of a workflow command (`::add-mask::DATA`) escaped as the GitHub runner
/// un-escapes it: `%` as `%25`, CR as `%0D`, LF as `%0A`. Without it a value holding
/// `%0A` would mask another string than itself, and a CR would end the command early.
pub fn github_escape(data: &str) -> String {
    let mut out = String::with_capacity(data.len());
    for c in data.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// The parts of a value the runner's log can show on a line of their own: the value cut
/// at every LF and CR (the runner reads the step's output a line at a time and a CR ends
/// a line too), blank parts left out (masking blanks would hide every space).
pub fn mask_lines(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(['\n', '\r'])
        .filter(|line| !line.trim().is_empty())
}

/// Masks every line of every value in the log (`out`, the step's stdout), then appends
/// the variables to `env_file` (`GITHUB_ENV`) as `NAME<<DELIMITER` blocks, each with a
/// random delimiter that its value does not contain.
pub fn github(vars: &[Var], out: &mut dyn Write, env_file: &mut dyn Write) -> io::Result<()> {
    github_with(vars, out, env_file, &mut random_delimiter)
}

/// [`github`] with the delimiters drawn from `delimiter` (a test gives its own).
pub fn github_with(
    vars: &[Var],
    out: &mut dyn Write,
    env_file: &mut dyn Write,
    delimiter: &mut dyn FnMut() -> io::Result<String>,
) -> io::Result<()> {
    for v in vars {
        for line in mask_lines(v.value.expose()) {
            writeln!(out, "::add-mask::{}", github_escape(line))?;
        }
    }
    for v in vars {
        let value = v.value.expose();
        let delimiter = loop {
            let d = delimiter()?;
            // Not in the value at all, so never one of its lines, whether the runner
            // cuts lines at LF or at CR LF.
            if !d.is_empty() && !d.contains(['\n', '\r']) && !value.contains(&d) {
                break d;
            }
        };
        write!(env_file, "{}<<{delimiter}\n{value}\n{delimiter}\n", v.name)?;
    }
    env_file.flush()
}

/// `ghadelimiter_` and 128 random bits in hex, from the operating system's source.
fn random_delimiter() -> io::Result<String> {
    use ring::rand::{SecureRandom, SystemRandom};
    let mut bytes = [0u8; 16];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| io::Error::other("no random bytes for the GITHUB_ENV delimiter"))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("ghadelimiter_{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redacted::Secret;

    /// Hostile pieces the generator strings together, beside random characters.
    const PIECES: &[&str] = &[
        "'",
        "\"",
        "$",
        "`",
        "\\",
        "\n",
        "\r",
        "\t",
        " ",
        "!",
        "*",
        "?",
        "[",
        "]",
        "{",
        "}",
        "(",
        ")",
        ";",
        "&",
        "|",
        "<",
        ">",
        "#",
        "~",
        "=",
        "%",
        "%0A",
        "%0D",
        "%25",
        "%%",
        "$(touch pwned)",
        "`touch pwned`",
        "${HOME}",
        "'\\''",
        "x\\",
        "'; echo INJECTED #",
        "::",
        "é",
        "日本",
        "🔑",
        "\u{1}",
        "\u{1b}[31m",
        "\u{7f}",
        "\u{85}",
        "\u{202e}",
        "a",
        "Z",
        "0",
        "-",
        "--",
        "\\n",
        "ghadelimiter_",
        "EOF",
        "\r\n",
    ];

    /// A fixed-seed generator (splitmix64), so that a failure repeats.
    struct Strings(u64);

    impl Strings {
        fn new(seed: u64) -> Strings {
            Strings(seed)
        }

        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        /// A string of up to 12 parts, each a hostile piece or a random character (no
        /// NUL, which no value can hold).
        fn string(&mut self) -> String {
            let parts = self.next() % 13;
            (0..parts)
                .map(|_| match self.next() % 3 {
                    0 => {
                        let c = (self.next() % 0x2ff) as u32 + 1;
                        char::from_u32(c).unwrap_or('?').to_string()
                    }
                    _ => PIECES[(self.next() % PIECES.len() as u64) as usize].to_string(),
                })
                .collect()
        }
    }

    /// The values every property runs over: the hostile pieces alone, then random ones.
    fn values() -> Vec<String> {
        let mut strings = Strings::new(0x005e_ed0f_ba5e);
        let mut values: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
        values.push(String::new());
        values.extend((0..2000).map(|_| strings.string()));
        values
    }

    /// A model of how sh (and bash, zsh) read one word that must expand nothing: quotes
    /// removed, backslashes as POSIX says; an error for anything that would expand, split
    /// or end the word (`$`, a backquote, a blank, `;`, a glob character...).
    fn posix_read(word: &str) -> Result<String, String> {
        let mut out = String::new();
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\'' => loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => out.push(c),
                        None => return Err("unclosed '".into()),
                    }
                },
                '"' => loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('$' | '`' | '"' | '\\')) => out.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                out.push('\\');
                                out.push(c);
                            }
                            None => return Err("unclosed \"".into()),
                        },
                        Some(c @ ('$' | '`')) => return Err(format!("{c} expands in \"\"")),
                        Some(c) => out.push(c),
                        None => return Err("unclosed \"".into()),
                    }
                },
                '\\' => match chars.next() {
                    Some('\n') => {}
                    Some(c) => out.push(c),
                    None => return Err("a lone \\ at the end".into()),
                },
                c if c.is_ascii_alphanumeric() || "_-./,:=@%+".contains(c) => out.push(c),
                c => return Err(format!("{c:?} unquoted")),
            }
        }
        Ok(out)
    }

    /// A model of how fish reads one word that must expand nothing: in single quotes `\\`
    /// and `\'` are escapes; in double quotes `\\`, `\"`, `\$` and a backslash-newline
    /// are, and `$` expands; anything special unquoted is an error.
    fn fish_read(word: &str) -> Result<String, String> {
        let mut out = String::new();
        let mut chars = word.chars();
        while let Some(c) = chars.next() {
            match c {
                '\'' => loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('\\' | '\'')) => out.push(c),
                            Some(c) => {
                                out.push('\\');
                                out.push(c);
                            }
                            None => return Err("unclosed '".into()),
                        },
                        Some(c) => out.push(c),
                        None => return Err("unclosed '".into()),
                    }
                },
                '"' => loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('\\' | '"' | '$')) => out.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                out.push('\\');
                                out.push(c);
                            }
                            None => return Err("unclosed \"".into()),
                        },
                        Some('$') => return Err("$ expands in \"\"".into()),
                        Some(c) => out.push(c),
                        None => return Err("unclosed \"".into()),
                    }
                },
                c if c.is_ascii_alphanumeric() || "_-./,:=@%+".contains(c) => out.push(c),
                c => return Err(format!("{c:?} unquoted")),
            }
        }
        Ok(out)
    }

    /// How the GitHub runner un-escapes a workflow command's data: `%0D`, then `%0A`,
    /// then `%25`, each replaced throughout.
    fn runner_unescape(data: &str) -> String {
        data.replace("%0D", "\r")
            .replace("%0A", "\n")
            .replace("%25", "%")
    }

    /// How the runner reads `GITHUB_ENV`: lines cut at LF; `NAME<<DELIMITER` takes the
    /// lines up to the first that is exactly DELIMITER, joined by LF; `NAME=VALUE`
    /// otherwise.
    fn runner_env_file(text: &str) -> Result<Vec<(String, String)>, String> {
        let mut lines = text.split('\n');
        let mut vars = Vec::new();
        while let Some(line) = lines.next() {
            if line.is_empty() {
                continue;
            }
            let heredoc = line.find("<<").filter(|at| !line[..*at].contains('='));
            match heredoc {
                Some(at) => {
                    let (name, delimiter) = (&line[..at], &line[at + 2..]);
                    let mut value: Vec<&str> = Vec::new();
                    loop {
                        match lines.next() {
                            Some(l) if l == delimiter => break,
                            Some(l) => value.push(l),
                            None => return Err(format!("no delimiter ending {name}")),
                        }
                    }
                    vars.push((name.to_string(), value.join("\n")));
                }
                None => {
                    let (name, value) = line.split_once('=').ok_or("not NAME=VALUE")?;
                    vars.push((name.to_string(), value.to_string()));
                }
            }
        }
        Ok(vars)
    }

    fn var(name: &str, value: &str) -> Var {
        Var {
            name: name.to_string(),
            value: Secret::new(value.to_string()),
            source: String::new(),
            reads: Vec::new(),
        }
    }

    #[test]
    fn the_models_refuse_what_the_shells_would_expand() {
        // The models must be able to fail, or the properties below prove nothing.
        assert_eq!(posix_read("'a'\\''b'"), Ok("a'b".into()));
        assert!(posix_read("'a'$(id)").is_err());
        assert!(posix_read("\"`id`\"").is_err());
        assert!(posix_read("'a' b").is_err());
        assert_eq!(fish_read("'a\\'b'"), Ok("a'b".into()));
        // The usual POSIX form is not what fish reads: `'x\'` (the value `x\`) leaves the
        // quote open, and `'a\\b'` is `a\b`.
        assert!(fish_read("'x\\'").is_err());
        assert_ne!(fish_read("'a\\\\b'"), Ok("a\\\\b".into()));
        assert!(fish_read("\"$HOME\"").is_err());
        assert_eq!(runner_unescape("a%250A%0Ab"), "a%0A\nb");
    }

    #[test]
    fn shell_quoting_is_read_back_exactly_by_the_sh_and_fish_models() {
        assert_eq!(shell_quote(""), "''");
        assert_eq!(shell_quote("x\\"), "'x'\"\\\\\"");
        assert_eq!(shell_quote("it's"), "'it'\"'\"'s'");
        assert_eq!(shell_quote("''\\"), "\"''\\\\\"");
        for value in values() {
            let word = shell_quote(&value);
            assert_eq!(posix_read(&word), Ok(value.clone()), "sh: {word:?}");
            assert_eq!(fish_read(&word), Ok(value.clone()), "fish: {word:?}");
        }
    }

    #[test]
    fn dotenv_quoting_is_read_back_exactly_by_the_sh_model() {
        assert_eq!(dotenv_quote("a b$c\n`d`"), "'a b$c\n`d`'");
        assert_eq!(dotenv_quote("it's `id`"), "\"it's \\`id\\`\"");
        assert_eq!(dotenv_quote("it's $x\n\"y\""), "\"it's \\$x\n\\\"y\\\"\"");
        for value in values() {
            let word = dotenv_quote(&value);
            assert_eq!(posix_read(&word), Ok(value.clone()), "{word:?}");
        }
    }

    #[test]
    fn github_escaping_is_undone_exactly_by_the_runner() {
        assert_eq!(github_escape("a%0Ab\r\n%"), "a%250Ab%0D%0A%25");
        for value in values() {
            let data = github_escape(&value);
            assert!(!data.contains(['\n', '\r']), "{data:?}");
            assert_eq!(runner_unescape(&data), value, "{data:?}");
        }
    }

    #[test]
    fn github_masks_each_line_and_the_env_file_gives_back_every_value() {
        let all = values();
        let vars: Vec<Var> = all
            .iter()
            .enumerate()
            .map(|(i, v)| var(&format!("V{i}"), v))
            .collect();
        let (mut out, mut file) = (Vec::new(), Vec::new());
        github(&vars, &mut out, &mut file).expect("github");
        let log = String::from_utf8(out).expect("UTF-8");
        let masked: std::collections::HashSet<String> = log
            .lines()
            .map(|l| runner_unescape(l.strip_prefix("::add-mask::").expect("a mask")))
            .collect();
        for value in &all {
            for line in value.split(['\n', '\r']).filter(|l| !l.trim().is_empty()) {
                assert!(masked.contains(line), "{line:?} is not masked");
            }
        }
        let file = String::from_utf8(file).expect("UTF-8");
        let read = runner_env_file(&file).expect("the runner reads it");
        let expected: Vec<(String, String)> = vars
            .iter()
            .map(|v| (v.name.clone(), v.value.expose().to_string()))
            .collect();
        assert_eq!(read, expected);
    }

    #[test]
    fn a_delimiter_found_in_the_value_is_never_used() {
        let value = "first\nEOF\nlast";
        let mut offered = vec!["ghadelimiter_2".to_string(), "EOF".to_string()];
        let mut next = || Ok(offered.pop().expect("another delimiter"));
        let mut file = Vec::new();
        github_with(&[var("A", value)], &mut Vec::new(), &mut file, &mut next).expect("github");
        let file = String::from_utf8(file).expect("UTF-8");
        assert_eq!(
            file,
            "A<<ghadelimiter_2\nfirst\nEOF\nlast\nghadelimiter_2\n"
        );
        assert_eq!(
            runner_env_file(&file),
            Ok(vec![("A".to_string(), value.to_string())])
        );
        let d = random_delimiter().expect("random");
        assert!(d.starts_with("ghadelimiter_") && d.len() == 13 + 32, "{d}");
        assert_ne!(d, random_delimiter().expect("random"));
    }
}
