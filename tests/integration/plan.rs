//! The plan of `exec`, `env` and `check`: every bad option or config value is found
//! before the first request to Vault (counted through the fault proxy), reported all at
//! once with the flag or config key it came from, and exits 125 (`exec`) or 1 (`env`,
//! `check`); with `--log-format json` every line of it is JSON.

use crate::cmd::Test;
use crate::proxy::FaultProxy;
use crate::servers::{bao, unique};

/// vaultctl pointed at a proxy in front of the dev server, so requests can be counted.
fn through(proxy: &FaultProxy) -> Test {
    Test::new()
        .env("VAULT_ADDR", &proxy.addr)
        .env("VAULT_TOKEN", &bao().root_token)
}

/// A database credential reference: a read that would create a lease.
fn creds() -> String {
    format!(
        "vault:{}/creds/{}#username",
        crate::db::db().mount,
        crate::db::ROLE
    )
}

#[test]
fn a_bad_flag_value_stops_exec_before_any_request() {
    let reference = format!("U={}", creds());
    let proxy = FaultProxy::start(&bao().addr);
    for bad in [
        ["--kill-signal", "TERN"],
        ["--poll-interval", "soon"],
        ["--on-change", "reboot"],
        ["--validate", "U=positive"],
        ["--reload-signal", "SIGNOPE"],
        ["--debounce", "1x"],
    ] {
        let out = through(&proxy)
            .args(["exec", "--env", &reference])
            .args(bad)
            .args(["--", "true"])
            .status(125)
            .stderr_contains("the command was not started");
        let flag = bad[0].split('=').next().unwrap_or_default();
        assert!(out.stderr.contains(flag), "{flag} not named: {out}");
        assert_eq!(proxy.count(), 0, "{bad:?}: a request reached Vault");
    }
    for command in ["env", "check"] {
        through(&proxy)
            .args([command, "--env", &reference, "--validate", "U=positive"])
            .status(1)
            .stderr_contains("--validate U");
        through(&proxy)
            .args([command, "--env", &reference, "--retry-timeout", "later"])
            .status(1)
            .stderr_contains("--retry-timeout");
    }
    assert_eq!(proxy.count(), 0, "a request reached Vault");
}

#[test]
fn every_problem_is_reported_at_once_with_its_source() {
    let proxy = FaultProxy::start(&bao().addr);
    let t = through(&proxy);
    let config = t.file(
        "vaultctl.toml",
        "[exec]\nkill_timeout = \"forever\"\non_change = \"sometimes\"\n\
         [env]\nBROKEN = \"vault:secret/x\"\n",
    );
    let out = t
        .args(["--config"])
        .arg_path(&config)
        .args([
            "exec",
            "--kill-signal",
            "TERN",
            "--env",
            "NOREF",
            "--",
            "true",
        ])
        .status(125);
    for expected in [
        "5 problems; the command was not started",
        "--kill-signal: invalid signal \"TERN\"",
        "config file exec.kill_timeout: invalid duration \"forever\"",
        "config file exec.on_change: invalid action \"sometimes\"",
        "BROKEN: invalid reference",
        "--env \"NOREF\"",
    ] {
        assert!(out.stderr.contains(expected), "missing {expected:?}: {out}");
    }
    assert_eq!(proxy.count(), 0, "a request reached Vault");
}

#[test]
fn a_bad_login_method_stops_exec_before_any_request() {
    let proxy = FaultProxy::start(&bao().addr);
    through(&proxy)
        .args(["exec", "--auth", "approle", "--auth-param", "role=x"])
        .args(["--env", &creds(), "--", "true"])
        .status(125)
        .stderr_contains("--auth approle");
    through(&proxy)
        .args(["exec", "--auth", "kerberos", "--", "true"])
        .status(125)
        .stderr_contains("kerberos");
    assert_eq!(proxy.count(), 0, "a request reached Vault");
}

#[test]
fn a_failed_start_revokes_the_leases_it_created() {
    let db = crate::db::db();
    let creds = format!("{}/creds/{}", db.mount, crate::db::ROLE);
    let out = crate::kv::vc()
        .args(["exec", "-v", "--env", &format!("U=vault:{creds}#username")])
        .args(["--validate", "U=int", "--", "true"])
        .status(125)
        .stderr_contains("U: fails the rule int");
    let revoked = out.stderr.matches("revoked lease").count();
    assert_eq!(revoked, 1, "the lease of the failed start was kept: {out}");
}

#[test]
fn with_json_logs_every_line_of_a_failed_start_is_json() {
    let proxy = FaultProxy::start(&bao().addr);
    let path = format!("secret/{}", unique("plan"));
    for args in [
        vec![
            "exec",
            "--log-format",
            "json",
            "--kill-signal",
            "TERN",
            "--env",
            "A=vault:secret/x",
        ],
        vec!["exec", "--log-format=json", "--no-such-flag"],
        vec![
            "exec",
            "--log-format",
            "json",
            "--env",
            &format!("A=vault:{path}#k"),
        ],
    ] {
        let out = through(&proxy).args(&args).args(["--", "true"]).status(125);
        assert!(!out.stderr.trim().is_empty(), "{args:?}: nothing said");
        for line in out.stderr.lines() {
            let parsed: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {line}"));
            assert!(parsed["msg"].is_string(), "{line}");
        }
    }
}

#[test]
fn a_usage_error_of_exec_is_exit_125() {
    crate::kv::vc()
        .args(["exec", "--no-such-flag", "--", "true"])
        .status(125)
        .one_line_error();
    // Other commands keep exit 1 for usage errors.
    crate::kv::vc()
        .args(["kv", "get", "--no-such-flag", "x"])
        .status(1);
}
