//! Output others parse or source, read by its real readers with hostile values in it:
//! `env --format shell` evaluated by sh (dash), bash, zsh and fish, the `shell` filter
//! in a rendered script run by each, `dotenv` sourced by sh (`set -a; . ./.env`), and
//! `github` read as the runner reads the log and `GITHUB_ENV`. Every time: each value
//! comes back exactly, and nothing in a value ran (no marker file, no INJECTED).

use crate::kv::vc;
use crate::servers::{bao, unique};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Values that break a careless quoting, in the order their variables are printed
/// (`x\` right before `'; echo INJECTED #` is what broke fish's `'x\''`).
const HOSTILE: &[&str] = &[
    "x\\",
    "'; echo INJECTED #",
    "$(touch pwned)",
    "`touch pwned`",
    "two\nlines",
    "%0A%25 and %0D",
    "é 日本 🔑",
    "",
    "it's \"quoted\"",
    "it's `touch pwned` and $(touch pwned)",
    "\\'",
    "'\\''",
    "trailing newline\n",
    "\n",
    "a\\\\b\\n",
    "!! !$ $HOME ${HOME} ~ * ? [a] {a,b}",
    "cr\rlf\r\n",
    "\"; echo INJECTED; \"",
    "\t tab and -- dashes",
];

/// The variable of `HOSTILE[i]`: names sort in the same order.
fn name(i: usize) -> String {
    format!("V{i:02}")
}

/// A secret at `secret/NAME` holding the hostile values under keys `v00`, `v01`...
fn hostile_secret() -> String {
    let path = unique("quoting");
    let data: serde_json::Map<String, Value> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, v)| (name(i).to_lowercase(), json!(v)))
        .collect();
    bao()
        .client()
        .expect("client")
        .write::<Value>(&format!("secret/data/{path}"), &json!({ "data": data }))
        .expect("write");
    format!("secret/{path}")
}

/// A working directory for a shell, with `out/` for what it prints.
struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Dir {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("out")).expect("mkdir");
        Dir(dir)
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    }

    /// Runs `shell` (with its arguments) here; panics unless it exits 0. Returns what it
    /// printed.
    fn run(&self, shell: &[&str], script: &Path) -> String {
        let out = Command::new(shell[0])
            .args(&shell[1..])
            .arg(script)
            .current_dir(self.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .output()
            .expect("run the shell");
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{shell:?}: {printed}");
        printed
    }

    /// What the shell wrote to `out/NAME`.
    fn read(&self, name: &str) -> String {
        let path = self.path().join("out").join(name);
        String::from_utf8(std::fs::read(&path).expect("a value was written")).expect("UTF-8")
    }

    /// Asserts that nothing in a value ran: no marker file, no INJECTED printed.
    #[track_caller]
    fn nothing_ran(&self, shell: &str, printed: &str) {
        assert!(!self.path().join("pwned").exists(), "{shell} ran a value");
        assert!(
            !printed.contains("INJECTED"),
            "{shell} ran a value: {printed}"
        );
    }
}

/// The shells, as each runs a script file.
const SHELLS: &[(&str, &[&str])] = &[
    ("sh", &["dash"]),
    ("bash", &["bash", "--norc", "--noprofile"]),
    ("zsh", &["zsh", "-f"]),
    ("fish", &["fish", "--no-config"]),
];

/// Lines writing each variable to `out/NAME` (the same text in every shell).
fn print_each(names: impl Iterator<Item = String>) -> String {
    names
        .map(|n| format!("printf %s \"${n}\" > out/{n}\n"))
        .collect()
}

#[test]
fn env_shell_output_is_exact_and_runs_nothing_in_sh_bash_zsh_and_fish() {
    let path = hostile_secret();
    let env = vc().args(["env", "--secret", &path]).status(0).stdout;
    assert!(env.starts_with("export V00='x'\"\\\\\"\n"), "{env}");
    let names = || (0..HOSTILE.len()).map(name);
    for (shell, command) in SHELLS {
        let dir = Dir::new();
        dir.write("env.sh", &env);
        // As users read it: eval in sh, bash and zsh; `source` in fish.
        let load = match *shell {
            "fish" => "source ./env.sh\n",
            _ => "eval \"$(cat ./env.sh)\"\n",
        };
        let script = dir.write("script", &format!("{load}{}", print_each(names())));
        let printed = dir.run(command, &script);
        dir.nothing_ran(shell, &printed);
        for (i, value) in HOSTILE.iter().enumerate() {
            assert_eq!(dir.read(&name(i)), *value, "{shell} read {}", name(i));
        }
    }
}

#[test]
fn the_shell_filter_renders_words_every_shell_reads_back_exactly() {
    let path = hostile_secret();
    let template: String = (0..HOSTILE.len())
        .map(|i| {
            let n = name(i);
            format!(
                "printf %s {{{{ vault:{path}#{} | shell }}}} > out/{n}\n",
                n.to_lowercase()
            )
        })
        .collect();
    for (shell, command) in SHELLS {
        let dir = Dir::new();
        let source = dir.write("script.tpl", &template);
        let rendered = dir.path().join("script");
        // The child runs the rendered script in the directory.
        let out = vc()
            .args(["exec", "--template"])
            .arg_path(&PathBuf::from(format!(
                "{}={}",
                rendered.display(),
                source.display()
            )))
            .args(["--", "sh", "-c", "cd \"$0\" && exec \"$@\" script"])
            .arg_path(dir.path())
            .args(*command)
            .status(0);
        let printed = format!("{}{}", out.stdout, out.stderr);
        dir.nothing_ran(shell, &printed);
        for (i, value) in HOSTILE.iter().enumerate() {
            assert_eq!(dir.read(&name(i)), *value, "{shell} read {}", name(i));
        }
    }
}

#[test]
fn dotenv_sourced_by_sh_runs_nothing_and_gives_back_every_value() {
    let path = hostile_secret();
    let dotenv = vc()
        .args(["env", "--format", "dotenv", "--secret", &path])
        .status(0)
        .stdout;
    for (shell, command) in &SHELLS[..3] {
        let dir = Dir::new();
        dir.write(".env", &dotenv);
        let script = dir.write(
            "script",
            &format!(
                "set -a; . ./.env; set +a\n{}",
                print_each((0..HOSTILE.len()).map(name))
            ),
        );
        let printed = dir.run(command, &script);
        dir.nothing_ran(shell, &printed);
        for (i, value) in HOSTILE.iter().enumerate() {
            assert_eq!(dir.read(&name(i)), *value, "{shell} read {}", name(i));
        }
    }
}

/// How the GitHub runner un-escapes a workflow command's data: `%0D`, then `%0A`, then
/// `%25`, each replaced throughout.
fn runner_unescape(data: &str) -> String {
    data.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

/// How the runner reads `GITHUB_ENV`: lines cut at LF; `NAME<<DELIMITER` takes the lines
/// up to the first that is exactly DELIMITER, joined by LF; else `NAME=VALUE`.
fn runner_env_file(text: &str) -> Vec<(String, String)> {
    let mut lines = text.split('\n');
    let mut vars = Vec::new();
    while let Some(line) = lines.next() {
        if line.is_empty() {
            continue;
        }
        match line.find("<<").filter(|at| !line[..*at].contains('=')) {
            Some(at) => {
                let delimiter = &line[at + 2..];
                let value: Vec<&str> = lines.by_ref().take_while(|l| *l != delimiter).collect();
                vars.push((line[..at].to_string(), value.join("\n")));
            }
            None => {
                let (name, value) = line.split_once('=').expect("NAME=VALUE");
                vars.push((name.to_string(), value.to_string()));
            }
        }
    }
    vars
}

#[test]
fn github_masks_read_as_the_runner_reads_them_are_the_lines_of_the_values() {
    let path = hostile_secret();
    let t = crate::cmd::Test::new();
    let github_env = t.file("github_env", "EXISTING=1\n");
    let out = t
        .env("VAULT_ADDR", &bao().addr)
        .env("VAULT_TOKEN", &bao().root_token)
        .env("GITHUB_ENV", &github_env)
        .args(["env", "--format", "github", "--secret", &path])
        .status(0);
    // The log: one workflow command a line (a CR ends a line for the runner too).
    let masked: Vec<String> = out
        .stdout
        .split(['\n', '\r'])
        .filter(|l| !l.is_empty())
        .map(|l| runner_unescape(l.strip_prefix("::add-mask::").expect("only masks")))
        .collect();
    let mut expected: Vec<String> = HOSTILE
        .iter()
        .flat_map(|v| v.split(['\n', '\r']))
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let mut got = masked.clone();
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "{out}");
    // `%0A%25 and %0D` masks itself, not a line break or another string.
    assert!(masked.contains(&"%0A%25 and %0D".to_string()));
    let written = std::fs::read_to_string(&github_env).expect("GITHUB_ENV");
    let mut want = vec![("EXISTING".to_string(), "1".to_string())];
    want.extend(
        HOSTILE
            .iter()
            .enumerate()
            .map(|(i, v)| (name(i), v.to_string())),
    );
    assert_eq!(runner_env_file(&written), want, "{written}");
}

/// A fixed-seed generator (splitmix64) of strings made of hostile pieces and random
/// characters (no NUL), so that a failure repeats.
fn random_values(seed: u64, count: usize) -> Vec<String> {
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
        "$(touch pwned)",
        "`touch pwned`",
        "x\\",
        "'; echo INJECTED #",
        "é",
        "🔑",
        "\u{1}",
        "\u{1b}[31m",
        "-",
        "--",
        "a",
    ];
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    (0..count)
        .map(|_| {
            (0..next() % 10)
                .map(|_| match next() % 3 {
                    0 => char::from_u32((next() % 0x2ff) as u32 + 1)
                        .unwrap_or('?')
                        .to_string(),
                    _ => PIECES[(next() % PIECES.len() as u64) as usize].to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn random_values_quoted_for_shell_and_dotenv_come_back_exactly_from_real_shells() {
    use vaultctl::cli::envfmt::{dotenv_quote, shell_quote};
    let values = random_values(0x0071_7e57, 300);
    // shell: one word per value in every shell (the template filter is the same function).
    let shell_script: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("printf %s {} > out/{i}\n", shell_quote(v)))
        .collect();
    // dotenv: assignments sourced with `set -a`, then each printed.
    let dotenv: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("V{i}={}\n", dotenv_quote(v)))
        .collect();
    let dotenv_script = format!(
        "set -a; . ./.env; set +a\n{}",
        print_each((0..values.len()).map(|i| format!("V{i}")))
    );
    for (shell, command) in SHELLS {
        let dir = Dir::new();
        let script = dir.write("script", &shell_script);
        let printed = dir.run(command, &script);
        dir.nothing_ran(shell, &printed);
        for (i, value) in values.iter().enumerate() {
            assert_eq!(dir.read(&i.to_string()), *value, "{shell}: {value:?}");
        }
        if *shell == "fish" {
            continue;
        }
        let dir = Dir::new();
        dir.write(".env", &dotenv);
        let script = dir.write("script", &dotenv_script);
        let printed = dir.run(command, &script);
        dir.nothing_ran(shell, &printed);
        for (i, value) in values.iter().enumerate() {
            assert_eq!(
                dir.read(&format!("V{i}")),
                *value,
                "{shell} dotenv: {value:?}"
            );
        }
    }
}

#[test]
fn random_completion_candidates_quoted_by_bash_are_one_word_and_run_nothing() {
    // bash inserts a candidate as the script hands it over: `printf %q` of the candidate
    // vaultctl printed (control characters already dropped). Read back by bash, it is one
    // word, the candidate.
    let values: Vec<String> = random_values(0x00c0_3b1e, 300)
        .iter()
        .map(|v| vaultctl::cli::complete::candidate(v))
        .collect();
    let dir = Dir::new();
    let list: String = values.iter().map(|v| format!("{v}\n")).collect();
    dir.write("candidates", &list);
    let script = dir.write(
        "script",
        r#"i=0
while IFS= read -r c; do
    printf -v quoted '%q' "$c"
    eval "set -- $quoted"
    [ "$#" = 1 ] || echo "not one word: $quoted"
    printf %s "$1" > "out/$i"
    i=$((i + 1))
done < candidates
"#,
    );
    let printed = dir.run(&["bash", "--norc", "--noprofile"], &script);
    dir.nothing_ran("bash", &printed);
    assert!(!printed.contains("not one word"), "{printed}");
    for (i, value) in values.iter().enumerate() {
        assert!(!value.chars().any(char::is_control), "{value:?}");
        assert_eq!(dir.read(&i.to_string()), *value, "{value:?}");
    }
}
