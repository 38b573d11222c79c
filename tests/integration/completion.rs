//! Live completion of Vault paths, driven through real shells: bash (the completion
//! function called as bash's completion calls it), fish (`complete -C`) and zsh (an
//! interactive zsh on a pseudo-terminal, TAB pressed), each with the script
//! `vaultctl completions SHELL` prints. Against the shared OpenBao dev server with a
//! token that may list part of the tree only, and through the fault proxy for a
//! server that never answers or answers with keys OpenBao itself refuses.
//!
//! Hostile key names are played as an attack: interactive bash, zsh and fish on a
//! pseudo-terminal complete a path with TAB, Enter runs the line, and the test checks
//! what the command received and that nothing else ran.

use crate::proxy::{Fault, FaultProxy};
use crate::servers::{bao, free_port, unique};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Drives bash: COMP_* set as bash sets them for the line, then the function that
/// `complete -F` registered for vaultctl.
const BASH_DRIVER: &str = r#"
source "$1"
line="$2"; shift 2
COMP_LINE="$line"; COMP_POINT=${#line}; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
COMPREPLY=()
completer=$(complete -p vaultctl | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
"$completer" vaultctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;

/// Drives an interactive zsh on a pseudo-terminal: types the line and TAB, and prints
/// every candidate the completion system is given.
const ZSH_DRIVER: &str = r#"
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1=''"
zpty -w z "fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "compadd () { if [[ \${@[1]} == -O || \${@[1]} == -A || \${@[1]} == -D ]]; then builtin compadd \"\$@\"; return \$?; fi; typeset -a __hits; builtin compadd -A __hits \"\$@\"; print -r -l -- '<hi''t>'\${^__hits}'</hi''t>' >&2; builtin compadd \"\$@\" }"
zpty -n -w z "$2"$'\t'
zpty -w z $'\C-a\C-k'"print -r -- '<do''ne>' >&2"
local out line
while true; do
  zpty -r -t z line && out+="$line" || sleep 0.02
  [[ "$out" == *$'<done>\r'* ]] && break
  (( SECONDS > 20 )) && break
done
print -r -- "$out" | grep -ao '<hit>[^<]*</hit>' | sed 's/<hit>//; s/<\/hit>//'
zpty -d z
"#;

/// Drives an interactive shell on a pseudo-terminal (zsh's zpty): `$1` starts it, `$2`
/// is a set-up line, `$3` is typed and TAB pressed, then Enter runs it, and a last line
/// prints a marker the driver waits for.
const ACCEPT_DRIVER: &str = r#"
zmodload zsh/zpty
zpty s "$1"
zpty -w s "$2"
zpty -n -w s "$3"$'\t'
zpty -n -w s $'\n'
zpty -w s "printf '<%s>\n' done"
local out line
while true; do
  zpty -r -t s line && out+="$line" || sleep 0.02
  [[ "$out" == *'<done>'* ]] && break
  (( SECONDS > 20 )) && break
done
print -r -- "$out"
zpty -d s
"#;

/// What a shell offered.
#[derive(Debug)]
struct Offered {
    candidates: Vec<String>,
    stderr: String,
    elapsed: Duration,
}

/// A shell session's surroundings: its HOME, a working directory with one file in it
/// (what the static completion offers for a path), the scripts, address and token.
struct Shells {
    home: tempfile::TempDir,
    addr: String,
    token: Option<String>,
}

impl Shells {
    fn new(addr: &str, token: Option<&str>) -> Shells {
        let home = tempfile::tempdir().expect("temp HOME");
        std::fs::create_dir_all(home.path().join("work")).expect("mkdir");
        std::fs::write(home.path().join("work/local-file.txt"), "").expect("file");
        std::fs::create_dir_all(home.path().join("zsh")).expect("mkdir");
        let shells = Shells {
            home,
            addr: addr.to_string(),
            token: token.map(str::to_string),
        };
        for (shell, name) in [
            ("bash", "vaultctl.bash"),
            ("fish", "vaultctl.fish"),
            ("zsh", "zsh/_vaultctl"),
        ] {
            let out = shells
                .command(Path::new(env!("CARGO_BIN_EXE_vaultctl")))
                .args(["completions", shell])
                .output()
                .expect("vaultctl completions");
            assert!(out.status.success());
            std::fs::write(shells.home.path().join(name), out.stdout).expect("script");
        }
        shells
    }

    fn command(&self, program: &Path) -> Command {
        let bin = Path::new(env!("CARGO_BIN_EXE_vaultctl"))
            .parent()
            .expect("bin dir");
        let path = std::env::var("PATH").unwrap_or_default();
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", format!("{}:{path}", bin.display()))
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("XDG_DATA_HOME", self.home.path().join(".local/share"))
            .env("TERM", "dumb")
            .env("VAULT_ADDR", &self.addr)
            .current_dir(self.home.path().join("work"))
            .stdin(Stdio::null());
        if let Some(token) = &self.token {
            cmd.env("VAULT_TOKEN", token);
        }
        cmd
    }

    fn run(&self, mut cmd: Command) -> Offered {
        let started = Instant::now();
        let out = cmd.output().expect("run the shell");
        let elapsed = started.elapsed();
        let stdout = String::from_utf8_lossy(&out.stdout);
        Offered {
            candidates: stdout
                .lines()
                .map(|l| l.split('\t').next().unwrap_or("").to_string())
                .filter(|l| !l.is_empty())
                .collect(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            elapsed,
        }
    }

    /// bash completing `line` at its end.
    fn bash(&self, line: &str) -> Offered {
        let mut cmd = self.command(&shell("bash"));
        cmd.args(["--norc", "--noprofile", "-c", BASH_DRIVER, "bash"])
            .arg(self.home.path().join("vaultctl.bash"))
            .arg(line)
            .args(bash_words(line));
        self.run(cmd)
    }

    /// fish completing `line` at its end.
    fn fish(&self, line: &str) -> Offered {
        let script = self.home.path().join("vaultctl.fish");
        let mut cmd = self.command(&shell("fish"));
        cmd.args(["--no-config", "-c"]).arg(format!(
            "source {}; complete -C {}",
            script.display(),
            fish_quote(line)
        ));
        self.run(cmd)
    }

    /// An interactive `shell` on a terminal: `line` typed, TAB, Enter. `vaultctl` is a
    /// function there that passes `__complete` on to vaultctl and otherwise records the
    /// words it was given; returns those words (`None` if the line never ran it) and the
    /// names of the files in the working directory afterwards.
    fn accept(&self, which: &str, line: &str) -> (Option<Vec<String>>, Vec<String>) {
        let work = self.home.path().join("work");
        let _ = std::fs::remove_file(work.join("argv.bin"));
        let home = self.home.path().display();
        let (start, setup) = match which {
            "bash" => (
                "bash --norc --noprofile -i",
                format!(
                    "PS1='$ '; source '{home}/vaultctl.bash'; vaultctl() {{ if [ \"$1\" = __complete ]; \
                     then command vaultctl \"$@\"; else printf '%s\\0' \"$@\" > argv.bin; fi; }}"
                ),
            ),
            "zsh" => (
                "zsh -f -i",
                format!(
                    "PS1='$ '; fpath=('{home}/zsh' $fpath); autoload -U compinit; compinit -u -D; \
                     vaultctl() {{ if [[ $1 == __complete ]]; then command vaultctl \"$@\"; \
                     else print -rN -- \"$@\" > argv.bin; fi }}"
                ),
            ),
            _ => (
                "fish --no-config -i",
                format!(
                    "function fish_prompt; echo '$ '; end; source '{home}/vaultctl.fish'; \
                     function vaultctl; if test \"$argv[1]\" = __complete; command vaultctl $argv; \
                     else; printf '%s\\0' $argv > argv.bin; end; end"
                ),
            ),
        };
        let mut cmd = self.command(&shell("zsh"));
        cmd.args(["-f", "-c", ACCEPT_DRIVER, "zsh", start, &setup, line]);
        let out = cmd.output().expect("run the shell");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("<done>"),
            "{which} never finished: {out:?}"
        );
        let argv = std::fs::read(work.join("argv.bin")).ok().map(|bytes| {
            let text = String::from_utf8(bytes).expect("UTF-8");
            let mut words: Vec<String> = text.split('\0').map(str::to_string).collect();
            words.pop(); // after the last NUL
            words
        });
        let mut files: Vec<String> = std::fs::read_dir(&work)
            .expect("work dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n != "argv.bin")
            .collect();
        files.sort();
        (argv, files)
    }

    /// zsh completing `line` at its end.
    fn zsh(&self, line: &str) -> Offered {
        let mut cmd = self.command(&shell("zsh"));
        cmd.args(["-f", "-c", ZSH_DRIVER, "zsh"])
            .arg(self.home.path().join("zsh"))
            .arg(line);
        self.run(cmd)
    }
}

/// A shell's binary; the test command installs bash, fish and zsh (scripts/lib.sh).
fn shell(name: &str) -> PathBuf {
    for dir in std::env::var("PATH").unwrap_or_default().split(':') {
        let path = Path::new(dir).join(name);
        if path.is_file() {
            return path;
        }
    }
    panic!("{name} is not installed: run the tests with scripts/test, which installs it");
}

/// The words bash makes of a line: split at blanks, and at `=` and `:` (which are in
/// COMP_WORDBREAKS) into words of their own; an empty word after a trailing blank.
fn bash_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    for blank in line.split_whitespace() {
        let mut word = String::new();
        for c in blank.chars() {
            if c == '=' || c == ':' {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                words.push(c.to_string());
            } else {
                word.push(c);
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    if line.ends_with(' ') {
        words.push(String::new());
    }
    words
}

fn fish_quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Secrets below `secret/NAME/` and a token whose policy may list only below it.
fn limited_tree() -> (String, String) {
    let name = unique("compl");
    let client = bao().client().expect("client");
    for (path, value) in [("app", "1"), ("db/main", "2"), ("db/replica", "3")] {
        client
            .write::<Value>(
                &format!("secret/data/{name}/{path}"),
                &json!({"data": {"k": value}}),
            )
            .expect("write");
    }
    let policy = format!(
        "path \"secret/metadata/{name}\" {{ capabilities = [\"list\"] }}\n\
         path \"secret/metadata/{name}/*\" {{ capabilities = [\"list\"] }}"
    );
    client
        .write::<Value>(
            &format!("sys/policies/acl/{name}"),
            &json!({ "policy": policy }),
        )
        .expect("policy");
    let answer = client
        .write::<Value>("auth/token/create", &json!({ "policies": [name] }))
        .expect("token")
        .expect("an answer");
    let token = answer.auth.expect("auth").client_token.expose().to_string();
    (name, token)
}

#[track_caller]
fn offers(offered: &Offered, expected: &[String]) {
    assert_eq!(offered.candidates, expected, "{offered:?}");
    assert_eq!(offered.stderr, "", "nothing on stderr");
}

#[test]
fn bash_and_fish_complete_mounts_then_keys_with_a_limited_token() {
    let (name, token) = limited_tree();
    let shells = Shells::new(&bao().addr, Some(&token));
    let keys = |prefix: &str, keys: &[&str]| -> Vec<String> {
        keys.iter().map(|k| format!("{prefix}{k}")).collect()
    };
    let folder = format!("secret/{name}/");
    // The token sees the KV mount secret/ only, and may list below its own folder.
    for offered in [
        shells.bash("vaultctl kv get se"),
        shells.fish("vaultctl kv get se"),
    ] {
        offers(&offered, &keys("", &["secret/"]));
    }
    let below = keys(&folder, &["app", "db/"]);
    for line in [
        format!("vaultctl kv get {folder}"),
        format!("vaultctl kv metadata get {folder}"),
        format!("vaultctl -q kv get --field k {folder}"),
    ] {
        offers(&shells.bash(&line), &below);
        offers(&shells.fish(&line), &below);
    }
    offers(
        &shells.bash(&format!("vaultctl kv get --mount secret {name}/db/")),
        &keys(&format!("{name}/db/"), &["main", "replica"]),
    );
    let api = format!("secret/metadata/{name}/");
    offers(
        &shells.fish(&format!("vaultctl list {api}")),
        &keys(&api, &["app", "db/"]),
    );
    offers(
        &shells.fish(&format!("vaultctl read {api}d")),
        &keys(&api, &["db/"]),
    );
    // Values of --secret and vault: references, with what stands before the path kept
    // (bash replaces only the part after the last ':' or '=').
    let reference = format!("PGUSER=vault:{folder}d");
    offers(
        &shells.fish(&format!("vaultctl exec --env {reference}")),
        &keys(&format!("PGUSER=vault:{folder}"), &["db/"]),
    );
    offers(
        &shells.bash(&format!("vaultctl exec --env {reference}")),
        &keys(&folder, &["db/"]),
    );
    offers(
        &shells.fish(&format!("vaultctl env --secret APP_={folder}")),
        &keys(&format!("APP_={folder}"), &["app", "db/"]),
    );
    // Listing the mount's top is not allowed: nothing from the server, and no error.
    let top = shells.fish("vaultctl kv get secret/");
    assert!(
        !top.candidates.iter().any(|c| c.starts_with("secret/")),
        "{top:?}"
    );
    assert_eq!(top.stderr, "");
}

#[test]
fn zsh_completes_paths_through_its_completion_system_on_a_terminal() {
    let (name, token) = limited_tree();
    let shells = Shells::new(&bao().addr, Some(&token));
    let folder = format!("secret/{name}/");
    let zsh = shells.zsh(&format!("vaultctl kv get {folder}"));
    let mut got = zsh.candidates.clone();
    got.sort();
    assert_eq!(
        got,
        [format!("{folder}app"), format!("{folder}db/")],
        "{zsh:?}"
    );
    let zsh = shells.zsh(&format!("vaultctl exec --env PGUSER=vault:{folder}d"));
    assert_eq!(
        zsh.candidates,
        [format!("PGUSER=vault:{folder}db/")],
        "{zsh:?}"
    );
    // Not a path: the static completion answers.
    let zsh = shells.zsh("vaultctl kv rollb");
    assert_eq!(zsh.candidates, ["rollback"], "{zsh:?}");
}

#[test]
fn no_token_or_no_server_means_no_paths_and_no_error() {
    let (name, _) = limited_tree();
    let line = format!("vaultctl kv get secret/{name}/");
    let no_token = Shells::new(&bao().addr, None);
    let no_server = Shells::new(&format!("http://127.0.0.1:{}", free_port()), Some("t"));
    for shells in [&no_token, &no_server] {
        for offered in [shells.bash(&line), shells.fish(&line)] {
            assert!(
                !offered.candidates.iter().any(|c| c.contains(&name)),
                "{offered:?}"
            );
            assert_eq!(offered.stderr, "", "{offered:?}");
        }
    }
    // The static completion still answers for commands and flags.
    offers(&no_token.bash("vaultctl kv ro"), &["rollback".to_string()]);
}

#[test]
fn a_server_that_never_answers_leaves_the_static_completion_in_time() {
    let proxy = FaultProxy::start(&bao().addr);
    proxy.always(Fault::Hang(Duration::from_secs(60)));
    let shells = Shells::new(&proxy.addr, Some(&bao().root_token));
    let bash = shells.bash("vaultctl kv get ");
    assert!(bash.candidates.contains(&"--mount".to_string()), "{bash:?}");
    let fish = shells.fish("vaultctl kv get ");
    assert!(
        fish.candidates.contains(&"local-file.txt".to_string()),
        "{fish:?}"
    );
    // vaultctl gives the server 450 ms; the shell's own start-up comes on top, and on a
    // busy machine that alone can take a second. The bound proves the hanging server is
    // given up on (it would hold the answer for a minute); the latency itself is
    // measured by the benchmark (part 7).
    for offered in [&bash, &fish] {
        assert!(offered.elapsed < Duration::from_secs(10), "{offered:?}");
        assert_eq!(offered.stderr, "", "{offered:?}");
    }
    assert!(proxy.count() > 0, "the completion did ask the server");
}

/// Key names that run a command or split the word when inserted as they are. OpenBao
/// stores each (it refuses control characters in paths: those come through the proxy).
const HOSTILE_KEYS: &[&str] = &[
    "x;touch pwned #",
    "$(touch pwned)",
    "`touch pwned`",
    "a b&touch pwned",
    "it's \"q\" \\",
    "x\\",
    "*",
];

#[test]
fn accepting_a_hostile_key_gives_the_command_that_key_and_runs_nothing() {
    let name = unique("hostile");
    let client = bao().client().expect("client");
    for (i, key) in HOSTILE_KEYS.iter().enumerate() {
        client
            .write::<Value>(
                &format!("secret/data/{name}/k{i}/{key}"),
                &json!({"data": {"k": "v"}}),
            )
            .expect("write");
    }
    let shells = Shells::new(&bao().addr, Some(&bao().root_token));
    for shell in ["bash", "zsh", "fish"] {
        for (i, key) in HOSTILE_KEYS.iter().enumerate() {
            let folder = format!("secret/{name}/k{i}/");
            let (argv, files) = shells.accept(shell, &format!("vaultctl kv get {folder}"));
            assert_eq!(files, ["local-file.txt"], "{shell} ran part of {key:?}");
            assert_eq!(
                argv,
                Some(vec!["kv".into(), "get".into(), format!("{folder}{key}")]),
                "{shell} completing {key:?}"
            );
        }
    }
}

#[test]
fn completing_inside_a_folder_inserted_with_quotes_goes_on_from_the_server() {
    let name = unique("quoted");
    let client = bao().client().expect("client");
    for key in ["my dir;x/leaf-1", "other"] {
        client
            .write::<Value>(
                &format!("secret/data/{name}/{key}"),
                &json!({"data": {"k": "v"}}),
            )
            .expect("write");
    }
    let shells = Shells::new(&bao().addr, Some(&bao().root_token));
    // The folder as each shell inserted it on the first TAB, then the start of the leaf.
    for (shell, typed) in [
        (
            "bash",
            format!("vaultctl kv get secret/{name}/my\\ dir\\;x/le"),
        ),
        (
            "zsh",
            format!("vaultctl kv get secret/{name}/my\\ dir\\;x/le"),
        ),
        (
            "fish",
            format!("vaultctl kv get secret/{name}/my\\ dir\\;x/le"),
        ),
    ] {
        let (argv, files) = shells.accept(shell, &typed);
        assert_eq!(files, ["local-file.txt"], "{shell} ran part of the folder");
        assert_eq!(
            argv,
            Some(vec![
                "kv".into(),
                "get".into(),
                format!("secret/{name}/my dir;x/leaf-1")
            ]),
            "{shell} completing {typed:?}"
        );
    }
}

#[test]
fn control_characters_from_the_server_never_reach_the_shell() {
    let name = unique("ctl");
    let proxy = FaultProxy::start(&bao().addr);
    // A server (or something in between) answering keys OpenBao would refuse to store:
    // an escape sequence, a bell, a line break, a tab, a C1 control, a bidi override.
    let keys = json!({"data": {"keys": [
        "e\u{1b}]0;title\u{7}$(touch pwned)\nz",
        "t\tab;touch pwned",
        "c\u{9b}31m\u{202e}x",
    ]}});
    proxy.always_on(
        &format!("metadata/{name}/"),
        Fault::json(200, &keys.to_string()),
    );
    let shells = Shells::new(&proxy.addr, Some(&bao().root_token));
    let folder = format!("secret/{name}/");
    let expected = [
        format!("{folder}c31mx"),
        format!("{folder}e]0;title$(touch pwned)z"),
        format!("{folder}tab;touch pwned"),
    ];
    let direct = shells
        .command(Path::new(env!("CARGO_BIN_EXE_vaultctl")))
        .args(["__complete", "--", "vaultctl", "kv", "get", &folder])
        .output()
        .expect("__complete");
    assert_eq!(
        String::from_utf8_lossy(&direct.stdout),
        expected
            .iter()
            .map(|c| format!("{c}\n"))
            .collect::<String>(),
        "one line a candidate, no control character"
    );
    offers(
        &shells.fish(&format!("vaultctl kv get {folder}")),
        &expected,
    );
    for shell in ["bash", "zsh", "fish"] {
        let (argv, files) = shells.accept(shell, &format!("vaultctl kv get {folder}e"));
        assert_eq!(files, ["local-file.txt"], "{shell} ran part of a key");
        assert_eq!(
            argv,
            Some(vec!["kv".into(), "get".into(), expected[1].clone()]),
            "{shell}"
        );
    }
}
