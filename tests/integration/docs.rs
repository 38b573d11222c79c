//! The documents are checked like code: every command and every flag of `vaultctl`
//! appears in the guide, and every `console` example of the README and the guide that
//! needs no server is run, its output compared with what the document shows. An example
//! that needs a server is fenced as `console server` (shown the same, not run here: the
//! areas' own tests cover what it shows).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}

/// Every visible subcommand path (`kv get`) and its visible long flags.
fn commands(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, Vec<String>)>) {
    let flags = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .filter(|f| f != "--help" && f != "--version")
        .collect();
    out.push((prefix.trim().to_string(), flags));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        commands(sub, &format!("{prefix} {}", sub.get_name()), out);
    }
}

#[test]
fn the_guide_documents_every_command_and_flag() {
    let guide = read("docs/GUIDE.md");
    let mut all = Vec::new();
    commands(&vaultctl::cli::args::command(), "", &mut all);
    let mut missing = Vec::new();
    for (path, flags) in &all {
        if !path.is_empty() && !guide.contains(&format!("vaultctl {path}")) {
            missing.push(format!("the command `vaultctl {path}`"));
        }
        for flag in flags {
            if !guide.contains(flag.as_str()) {
                let of = if path.is_empty() { "vaultctl" } else { path };
                missing.push(format!("{flag} of `{of}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/GUIDE.md does not mention:\n  {}",
        missing.join("\n  ")
    );
}

/// One `$ command` of an example and the output the document shows for it.
struct Step {
    command: String,
    expected: String,
}

/// The `console` examples of `text` that need no server, each a list of steps.
fn examples(text: &str) -> Vec<(usize, Vec<Step>)> {
    let mut found = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        if line.trim() != "```console" {
            continue;
        }
        let mut steps: Vec<Step> = Vec::new();
        for (_, line) in lines.by_ref() {
            if line.trim_start().starts_with("```") {
                break;
            }
            match line.strip_prefix("$ ") {
                Some(command) => steps.push(Step {
                    command: command.to_string(),
                    expected: String::new(),
                }),
                None => {
                    if let Some(step) = steps.last_mut() {
                        step.expected.push_str(line);
                        step.expected.push('\n');
                    }
                }
            }
        }
        found.push((n + 1, steps));
    }
    found
}

/// Runs the steps in one shell, vaultctl first on PATH, with a hermetic environment and
/// no Vault (127.0.0.1:1 refuses); returns each step's output (stdout and stderr).
fn run(steps: &[Step], dir: &Path) -> Vec<String> {
    const MARK: &str = "\u{1e}step\u{1e}";
    // `$?` is the status of the step before, as in the shell the example shows.
    let script: String = steps
        .iter()
        .map(|s| {
            format!(
                "printf '%s\\n' '{MARK}'\n(exit $status)\n{} 2>&1\nstatus=$?\n",
                s.command
            )
        })
        .collect();
    let script = format!("status=0\n{script}");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_vaultctl"));
    let path = format!(
        "{}:{}",
        bin.parent()
            .map(Path::display)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .current_dir(dir)
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir)
        .env("VAULT_ADDR", "http://127.0.0.1:1")
        .env("VAULT_TOKEN", "doc-example-token")
        .env("VAULT_MAX_RETRIES", "2")
        .output()
        .expect("bash");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.split(&format!("{MARK}\n"))
        .skip(1)
        .map(String::from)
        .collect()
}

/// Retry delays are random: "retrying in 475 ms" is compared without its number.
fn normal(text: &str) -> String {
    let re = regex_lite::Regex::new(r"retrying in [0-9.]+ ?m?s").expect("regex");
    re.replace_all(text, "retrying in N").into_owned()
}

#[test]
fn console_examples_that_need_no_server_print_what_the_documents_show() {
    let mut wrong = Vec::new();
    let mut ran = 0;
    for doc in ["README.md", "docs/GUIDE.md"] {
        for (line, steps) in examples(&read(doc)) {
            let dir = tempfile::tempdir().expect("temp");
            let got = run(&steps, dir.path());
            for (step, output) in steps.iter().zip(&got) {
                ran += 1;
                if normal(output) != normal(&step.expected) {
                    wrong.push(format!(
                        "{doc}:{line}: $ {}\n--- the document shows:\n{}--- vaultctl prints:\n{}",
                        step.command, step.expected, output
                    ));
                }
            }
        }
    }
    assert!(ran > 0, "no example was run");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
