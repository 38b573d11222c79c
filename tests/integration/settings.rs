//! Settings precedence as a user sees it: a flag beats `VAULT_*`, which beats the config
//! file, which beats the default.

use crate::cmd::Test;
use crate::servers::{bao, free_port};

fn dead() -> String {
    format!("http://127.0.0.1:{}", free_port())
}

#[test]
fn flag_beats_env_beats_file() {
    let good = &bao().addr;
    let (env_addr, file_addr) = (dead(), dead());

    // File only: the file's address is used.
    let t = Test::new();
    let config = t.file("vaultctl.toml", &format!("[vault]\naddress = \"{good}\"\n"));
    t.args(["status", "--config"]).arg_path(&config).status(0);

    // Env over file: the env address (dead) is used and named.
    let t = Test::new();
    let config = t.file("vaultctl.toml", &format!("[vault]\naddress = \"{good}\"\n"));
    t.args(["status", "--max-retries", "0", "--config"])
        .arg_path(&config)
        .env("VAULT_ADDR", &env_addr)
        .status(2)
        .stderr_contains(&env_addr);

    // Flag over env and file.
    let t = Test::new();
    let config = t.file(
        "vaultctl.toml",
        &format!("[vault]\naddress = \"{file_addr}\"\n"),
    );
    t.args(["status", "--address", good, "--config"])
        .arg_path(&config)
        .env("VAULT_ADDR", &env_addr)
        .status(0);

    // VAULTCTL_CONFIG and the user's config dir are read too.
    let t = Test::new();
    let config = t.file(
        "elsewhere.toml",
        &format!("[vault]\naddress = \"{good}\"\n"),
    );
    t.args(["status"]).env("VAULTCTL_CONFIG", &config).status(0);
    let t = Test::new();
    t.file(
        ".config/vaultctl/config.toml",
        &format!("[vault]\naddress = \"{good}\"\nformat = \"json\"\n"),
    );
    let out = t.args(["status"]).status(0);
    assert_eq!(out.json()["sealed"], false, "format from the file");
}

#[test]
fn bao_variables_are_accepted() {
    Test::new()
        .args(["status"])
        .env("BAO_ADDR", &bao().addr)
        .status(0);
    Test::new()
        .args(["status"])
        .env("BAO_ADDR", dead())
        .env("VAULT_ADDR", &bao().addr)
        .status(0);
}

#[test]
fn bad_values_are_one_line_errors_naming_their_source() {
    let addr = &bao().addr;
    let cases: [(&str, &str, &str); 4] = [
        (
            "VAULT_CLIENT_TIMEOUT",
            "soon",
            "VAULT_CLIENT_TIMEOUT: invalid duration \"soon\"",
        ),
        (
            "VAULT_MAX_RETRIES",
            "-1",
            "invalid VAULT_MAX_RETRIES \"-1\"",
        ),
        (
            "VAULT_SKIP_VERIFY",
            "maybe",
            "invalid VAULT_SKIP_VERIFY \"maybe\"",
        ),
        ("VAULT_FORMAT", "yaml", "invalid VAULT_FORMAT \"yaml\""),
    ];
    for (name, value, message) in cases {
        Test::new()
            .args(["status", "--address", addr])
            .env(name, value)
            .status(1)
            .one_line_error()
            .stderr_contains(message);
    }
    Test::new()
        .args(["status", "--timeout", "1x"])
        .status(1)
        .one_line_error()
        .stderr_contains("'--timeout <DURATION>'");
    Test::new()
        .args(["status", "--address", "127.0.0.1:8200"])
        .status(1)
        .one_line_error()
        .stderr_contains("invalid Vault address \"127.0.0.1:8200\"");
}

#[test]
fn a_broken_config_file_names_file_and_line() {
    let t = Test::new();
    let config = t.file(
        "bad.toml",
        "[vault]\naddress = \"http://x\"\ntimeout = \"soon\"\n",
    );
    t.args(["status", "--config"])
        .arg_path(&config)
        .status(1)
        .one_line_error()
        .stderr_contains("config file vault.timeout: invalid duration \"soon\"");
    let t = Test::new();
    let config = t.file("bad.toml", "[vault]\naddres = \"http://x\"\n");
    t.args(["status", "--config"])
        .arg_path(&config)
        .status(1)
        .one_line_error()
        .stderr_contains("bad.toml line 2: unknown field `addres`");
    let t = Test::new();
    let config = t.file("bad.toml", "[vault\n");
    t.args(["status", "--config"])
        .arg_path(&config)
        .status(1)
        .one_line_error();
    Test::new()
        .args(["status", "--config", "/nonexistent/vaultctl.toml"])
        .status(1)
        .stderr_contains("cannot read config file /nonexistent/vaultctl.toml");
}

#[test]
fn durations_in_the_file_take_seconds_or_text() {
    for timeout in ["5", "\"1m30s\""] {
        let t = Test::new();
        let config = t.file(
            "c.toml",
            &format!(
                "[vault]\naddress = \"{}\"\ntimeout = {timeout}\n",
                bao().addr
            ),
        );
        t.args(["status", "--config"]).arg_path(&config).status(0);
    }
}
