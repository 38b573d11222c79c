//! Part 7: the shell. How long live path completion keeps the shell waiting, and the
//! admin verbs `write` and `list` beside the bao CLI.
//!
//! Completion is timed as the shell waits for it: `vaultctl __complete` run the way the
//! scripts run it, for a first-level path (`kv get se<TAB>`: the mounts) and a deep one
//! (`kv get secret/deep/a/b/c/d/<TAB>`: the mounts, then a LIST), p50 and p90. `write`
//! (a KEY=VALUE write to cubbyhole/) and `list` (a folder of 20 keys) run beside the
//! same `bao` calls, interleaved, through the launcher of [`super::kvget`], after a
//! check that each pair prints the same thing.

use super::kvget::launched;
use super::lab::Lab;
use super::stats::{fmt_mib, fmt_ms, median, ms, quantile, ratio};
use serde_json::json;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The deep folder completed and listed.
const DEEP: &str = "secret/deep/a/b/c/d";

/// One timed command.
pub struct Row {
    name: String,
    argv: Vec<String>,
    env: Vec<(&'static str, String)>,
    wall: Vec<Duration>,
    rss_kib: Vec<u64>,
}

/// What the part measured.
pub struct Shell {
    rows: Vec<Row>,
}

/// Runs every command `rounds` times (after 3 warm-up rounds), interleaved.
pub fn measure(lab: &Lab, rounds: usize) -> Result<Shell, String> {
    eprintln!("bench: shell (completion, write, list), {rounds} runs each");
    let client = lab.client()?;
    for i in 0..20 {
        client
            .write::<serde_json::Value>(
                &format!("secret/data/deep/a/b/c/d/leaf{i:02}"),
                &json!({"data": {"k": "v"}}),
            )
            .map_err(|e| format!("writing {DEEP}: {e}"))?;
    }
    let mut rows = rows(lab);
    check(lab, &rows)?;
    for round in 0..rounds + 3 {
        if round == 3 {
            for row in &mut rows {
                row.wall.clear();
                row.rss_kib.clear();
            }
        }
        for row in &mut rows {
            let (wall, rss) = launched(&row.argv, &row.env, &lab.dir)
                .map_err(|e| format!("{}: {e}", row.name))?;
            row.wall.push(wall);
            row.rss_kib.push(rss);
        }
    }
    Ok(Shell { rows })
}

fn rows(lab: &Lab) -> Vec<Row> {
    let vaultctl = lab.vaultctl.display().to_string();
    let bao = lab.bao.display().to_string();
    let vault_env = vec![
        ("VAULT_ADDR", lab.addr.clone()),
        ("VAULT_TOKEN", "root".to_string()),
    ];
    let bao_env = vec![("BAO_ADDR", lab.addr.clone()), ("BAO_TOKEN", "root".into())];
    let row = |name: &str, argv: &[&str], env: &Vec<(&'static str, String)>| Row {
        name: name.to_string(),
        argv: argv.iter().map(|s| s.to_string()).collect(),
        env: env.clone(),
        wall: Vec::new(),
        rss_kib: Vec::new(),
    };
    let deep = format!("{DEEP}/");
    let listed = "secret/metadata/deep/a/b/c/d";
    vec![
        row(
            "complete kv get se<TAB> (mounts)",
            &[&vaultctl, "__complete", "--", "vaultctl", "kv", "get", "se"],
            &vault_env,
        ),
        row(
            "complete kv get secret/deep/a/b/c/d/<TAB>",
            &[
                &vaultctl,
                "__complete",
                "--",
                "vaultctl",
                "kv",
                "get",
                &deep,
            ],
            &vault_env,
        ),
        row(
            "vaultctl write cubbyhole/w a=1 b=2",
            &[&vaultctl, "write", "cubbyhole/w", "a=1", "b=2"],
            &vault_env,
        ),
        row(
            "bao write cubbyhole/w a=1 b=2",
            &[&bao, "write", "cubbyhole/w", "a=1", "b=2"],
            &bao_env,
        ),
        row(
            "vaultctl list (20 keys)",
            &[&vaultctl, "list", listed],
            &vault_env,
        ),
        row("bao list (20 keys)", &[&bao, "list", listed], &bao_env),
    ]
}

/// The pairs print the same; completion offers the deep folder's 20 keys.
fn check(lab: &Lab, rows: &[Row]) -> Result<(), String> {
    let out: Vec<String> = rows
        .iter()
        .map(|row| {
            let out = Command::new(&row.argv[0])
                .args(&row.argv[1..])
                .env_clear()
                .env("HOME", &lab.dir)
                .envs(row.env.iter().map(|(k, v)| (k, v)))
                .stdin(Stdio::null())
                .output()
                .map_err(|e| format!("{}: {e}", row.name))?;
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        })
        .collect::<Result<_, String>>()?;
    if out[0] != "secret/\n" || out[1].lines().count() != 20 {
        return Err(format!("completion offered {:?} and {:?}", out[0], out[1]));
    }
    for pair in [(2, 3), (4, 5)] {
        if out[pair.0] != out[pair.1] {
            return Err(format!(
                "{} printed {:?}, {} {:?}",
                rows[pair.0].name, out[pair.0], rows[pair.1].name, out[pair.1]
            ));
        }
    }
    Ok(())
}

/// Prints the section: p50, p90 and peak RSS of each command, and the ratios.
pub fn report(shell: &Shell) {
    let rounds = shell.rows.first().map_or(0, |r| r.wall.len());
    out!("\n## 7. shell: path completion and admin verbs, {rounds} runs each, interleaved\n");
    out!(
        "{:<44} {:>10} {:>10} {:>10}",
        "command",
        "p50",
        "p90",
        "peak RSS"
    );
    for row in &shell.rows {
        out!(
            "{:<44} {:>10} {:>10} {:>10}",
            row.name,
            fmt_ms(median(&row.wall)),
            fmt_ms(quantile(&row.wall, 0.9)),
            fmt_mib(row.rss_kib.iter().max().copied())
        );
    }
    let med = |i: usize| median(&shell.rows[i].wall).map(ms);
    out!();
    out!(
        "completion p90, deep path:   {}  (target < 500 ms)",
        fmt_ms(quantile(&shell.rows[1].wall, 0.9))
    );
    out!("bao write / vaultctl write:  {}", ratio(med(3), med(2)));
    out!("bao list / vaultctl list:    {}", ratio(med(5), med(4)));
}
