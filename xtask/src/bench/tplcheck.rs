//! Part 8's check: runs each templated client once with a child that copies what it
//! sees (its environment, the config file and, for the agent, the DATABASE_URL file),
//! and holds that against the values the benchmark wrote: every line of the file, a
//! DATABASE_URL that psql logs in with, and the URL's user and password the file's (one
//! lease for both).

use super::clients::{self, Spec};
use super::lab::Lab;
use super::probe::Probe;
use super::procs;
use super::setup;
use super::startup::stopped;
use super::templates::{Files, agent_argv, vaultctl_argv};
use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

/// What a templated child saw.
#[derive(Debug, Default, Clone, Copy)]
pub struct Seen {
    /// Lines of the config file with the right value (KV) or a value (database).
    pub values: usize,
    /// psql logged in with the DATABASE_URL as the URL's user.
    pub url_logs_in: bool,
    /// The URL's user and password are the file's: one lease.
    pub one_lease: bool,
    /// The rendered config file's mode bits.
    pub mode: u32,
}

/// The check run's child: copies what it sees (its environment, the config file and,
/// for the agent, the DATABASE_URL file), then reports like the timed child.
pub const CHECK_CHILD: &str = r#"#!/bin/sh
env >"$3.env"
cat "$4" >"$3.conf"
if [ -n "$5" ]; then cat "$5" >"$3.url"; fi
printf '%s %s\n' "$2" "$$" >"$1"
exec sleep 86400
"#;

/// Runs the client once with the check child; reads back what that child saw.
pub fn check(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    files: &Files,
    is_agent: bool,
) -> Result<Seen, String> {
    let tag = if is_agent {
        "tpl-check-agent"
    } else {
        "tpl-check-vaultctl"
    };
    let dump = lab.dir.join(tag);
    let conf = if is_agent {
        &files.agent_conf
    } else {
        &files.vaultctl_conf
    };
    // A file left by an earlier run must not pass for this one's.
    for stale in [conf, &files.agent_url] {
        let _ = std::fs::remove_file(stale);
    }
    let mut child = vec![
        "/bin/sh".to_string(),
        files.check_script.display().to_string(),
        probe.fifo.display().to_string(),
        tag.to_string(),
        dump.display().to_string(),
        conf.display().to_string(),
    ];
    let (name, argv, env) = if is_agent {
        child.push(files.agent_url.display().to_string());
        let argv = agent_argv(lab, "templates-check-agent", spec, files, &child)?;
        ("bao agent templates", argv, clients::agent_env(lab))
    } else {
        let argv = vaultctl_argv(lab, spec, files, child);
        ("vaultctl exec templates", argv, clients::vaultctl_env(lab))
    };
    let log = lab.dir.join(format!("{}.log", name.replace(' ', "-")));
    let mut run = procs::spawn(name, &argv, &env, &log)?;
    probe
        .wait_tag(tag, Duration::from_secs(60))
        .map_err(|e| stopped(&mut run, e))?;
    // Checked while the client runs: vaultctl revokes the lease when it stops.
    let read = |ext: &str| std::fs::read_to_string(dump.with_extension(ext)).unwrap_or_default();
    let url = if is_agent {
        read("url").trim_end().to_string()
    } else {
        let env = read("env");
        let url = env.lines().find_map(|l| l.strip_prefix("DATABASE_URL="));
        url.unwrap_or_default().to_string()
    };
    let mode = std::fs::metadata(conf).map_or(0, |m| m.permissions().mode() & 0o7777);
    let seen = seen(&read("conf"), &url).map(|s| Seen { mode, ..s });
    run.stop(Duration::from_secs(10));
    seen
}

/// Checks the config file's lines and the DATABASE_URL against each other and the
/// values written by [`setup::configure`]; psql logs in with the URL.
fn seen(conf: &str, url: &str) -> Result<Seen, String> {
    let lines: HashMap<&str, &str> = conf.lines().filter_map(|l| l.split_once(": ")).collect();
    let mut values = 0;
    for i in 0..setup::APP_PATHS {
        for j in 0..setup::app_keys(i) {
            let name = format!("P{i}_K{j}");
            values += usize::from(lines.get(name.as_str()) == Some(&&*setup::app_value(i, j)));
        }
    }
    let (user, password) = (lines.get("DB_USER"), lines.get("DB_PASSWORD"));
    values += usize::from(user.is_some_and(|u| !u.is_empty()));
    values += usize::from(password.is_some_and(|p| !p.is_empty()));
    let userinfo = url
        .strip_prefix("postgresql://")
        .and_then(|rest| rest.rsplit_once('@'))
        .and_then(|(userinfo, _)| userinfo.split_once(':'));
    let Some((url_user, url_password)) = userinfo else {
        return Ok(Seen {
            values,
            ..Seen::default()
        });
    };
    let (url_user, url_password) = (percent_decode(url_user), percent_decode(url_password));
    Ok(Seen {
        values,
        one_lease: user == Some(&url_user.as_str()) && password == Some(&url_password.as_str()),
        url_logs_in: psql_user(url)?.is_some_and(|u| u == url_user),
        mode: 0,
    })
}

/// The user psql logs in as with `url`, or `None` when it cannot log in.
pub(super) fn psql_user(url: &str) -> Result<Option<String>, String> {
    let psql = super::lab::pg_bin()?.join("psql");
    let out = std::process::Command::new(&psql)
        .args([url, "-XAtc", "SELECT current_user"])
        .env_clear()
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("{}: {e}", psql.display()))?;
    let user = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(out.status.success().then_some(user))
}

/// `%XX` sequences decoded (what `urlencode` and `urlquery` wrote).
pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_undoes_urlencode_and_urlquery() {
        assert_eq!(percent_decode("a%40b%3Ac%2F%25"), "a@b:c/%");
        assert_eq!(percent_decode("a+b%2"), "a b%2");
    }

    #[test]
    fn the_file_is_held_against_the_written_values() {
        let mut conf = String::new();
        for i in 0..setup::APP_PATHS {
            for j in 0..setup::app_keys(i) {
                conf.push_str(&format!("P{i}_K{j}: {}\n", setup::app_value(i, j)));
            }
        }
        conf = conf.replacen(&setup::app_value(4, 2), "stale", 1);
        conf.push_str("DB_USER: u\nDB_PASSWORD: p\n");
        let seen = seen(&conf, "not a url").expect("no psql without a URL");
        assert_eq!(
            (seen.values, seen.one_lease, seen.url_logs_in),
            (49, false, false)
        );
    }
}
