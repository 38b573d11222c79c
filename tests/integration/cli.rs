//! The command line itself: help, usage errors, exit codes, completions, pipes.

use crate::cmd::Test;
use crate::servers::bao;

#[test]
fn help_lists_commands_and_the_variables() {
    let out = Test::new().args(["--help"]).status(0);
    for text in [
        "status",
        "completions",
        "--address",
        "[env: VAULT_ADDR]",
        "Exit codes",
    ] {
        assert!(out.stdout.contains(text), "help lacks {text}\n{out}");
    }
    Test::new()
        .args(["status", "--help"])
        .status(0)
        .stdout_contains("Exits 0 when Vault is unsealed, 2 when it is sealed");
    // Each command's help opens with what it does (not a note for developers).
    for (command, opening) in [
        (
            "exec",
            "Run a command with secrets from Vault in its environment",
        ),
        ("env", "Print secrets as environment variables"),
        ("check", "Resolve and validate the sources"),
    ] {
        let out = Test::new().args([command, "--help"]).status(0);
        assert!(out.stdout.starts_with(opening), "{command} --help:\n{out}");
    }
    Test::new()
        .args(["--version"])
        .status(0)
        .stdout_contains("vaultctl 0.");
}

#[test]
fn usage_errors_exit_1_in_one_line() {
    Test::new()
        .args(["status", "--no-such-flag"])
        .status(1)
        .one_line_error()
        .stderr_contains("unexpected argument '--no-such-flag'");
    Test::new().args(["frobnicate"]).status(1).one_line_error();
    Test::new()
        .args(["status", "--format", "yaml"])
        .status(1)
        .one_line_error();
    Test::new()
        .args(["status", "-v", "-q"])
        .status(1)
        .one_line_error();
    // No command at all shows the help on stderr.
    Test::new().status(1).stderr_contains("Usage: vaultctl");
}

#[test]
fn completions_are_printed_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef vaultctl"),
        ("fish", "complete -c vaultctl"),
        ("elvish", "edit:completion"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        Test::new()
            .args(["completions", shell])
            .status(0)
            .stdout_contains(marker);
    }
}

#[test]
fn a_closed_stdout_exits_0_quietly() {
    let addr = &bao().addr;
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' status --address {addr} --format json | head -c 1 >/dev/null; echo \"${{PIPESTATUS:-}}\"",
            env!("CARGO_BIN_EXE_vaultctl")
        ))
        .output()
        .expect("sh");
    assert!(out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("vaultctl:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // bash's PIPESTATUS tells vaultctl's own exit code.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' completions bash | head -n 1 >/dev/null; echo ${{PIPESTATUS[0]}}",
            env!("CARGO_BIN_EXE_vaultctl")
        ))
        .output()
        .expect("bash");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
