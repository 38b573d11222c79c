//! Part 10: whole trees. `vaultctl kv list -r`, `vaultctl kv export` and `vaultctl kv
//! import` on a KV v2 tree of 2,000 secrets, beside the loop people script today with
//! the bao CLI: a recursive `bao kv list` walk and one `bao kv get -format=json` per
//! secret.
//!
//! The tree (`secret/tree/aNN/bN/cN`, 20 × 10 × 10 secrets of three keys) is written
//! once with `vaultctl kv import` of a generated document; a second, empty KV v2 mount
//! (`copy/`) takes the timed imports. The three vaultctl commands run through the
//! launcher of [`super::kvget`] (wall time of one run, peak RSS of a second from
//! `wait4`). The import starts as `sh -c 'exec vaultctl kv import --to copy/rPID ...'`,
//! so that each of the launcher's two runs writes all 2,000 secrets to a folder of its
//! own (the shell's few hundred microseconds are in its time). The bao loop is a
//! generated shell script run by `/bin/sh` with the `bao` binary itself (not pip's
//! Python launcher), its output saved to a file; it is timed directly (a round takes
//! minutes, so it runs in at most [`BAO_ROUNDS`] of the rounds, spread over them). Its
//! memory is the peak RSS of its largest process: `wait4` on the shell reports the
//! largest of the shell and the children it waited for. After the rounds, one check: the loop read the 2,000
//! secrets written, and vaultctl's export holds the same paths and values.

use super::kvget::{force_fork, launched, wait4};
use super::lab::Lab;
use super::stats::{fmt_mib, fmt_ms, fmt_s, median_time, ms, quantile, ratio};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The tree's folder.
const TREE: &str = "secret/tree";
/// The KV v2 mount the timed imports write to.
const COPY: &str = "copy";
/// Folders at the first and second level, secrets in each second-level folder.
const SHAPE: (usize, usize, usize) = (20, 10, 10);
/// Rounds of the bao loop at most (each takes minutes).
pub const BAO_ROUNDS: usize = 2;

/// The bao loop: list each folder, read each secret, print `=== PATH` before each.
const BAO_LOOP: &str = r#"# The loop scripted with the bao CLI: walk the tree with `bao kv list`,
# read each secret with `bao kv get -format=json`.
walk() {
  for key in $("$BAO" kv list "$1" | tail -n +3); do
    case "$key" in
      */) walk "$1/${key%/}" ;;
      *) echo "=== $1/$key"; "$BAO" kv get -format=json "$1/$key" || exit 1 ;;
    esac
  done
}
walk "$ROOT" > "$OUT"
"#;

/// One timed command.
struct Row {
    name: &'static str,
    argv: Vec<String>,
    wall: Vec<Duration>,
    rss_kib: Vec<u64>,
}

/// What the part measured.
pub struct Trees {
    /// `kv list -r`, `kv export`, `kv import`, the bao loop.
    rows: Vec<Row>,
    /// The secrets in the tree.
    secrets: usize,
    /// The check's line.
    check: String,
}

/// Writes the tree, then runs the commands interleaved: `rounds` rounds after one
/// warm-up round of vaultctl's commands, the bao loop in at most [`BAO_ROUNDS`].
pub fn measure(lab: &Lab, rounds: usize) -> Result<Trees, String> {
    let document = document();
    let secrets = document.len();
    eprintln!("bench: whole trees ({secrets} secrets), {rounds} runs each");
    let source = lab.write("tree.json", &Value::Object(document.clone()).to_string())?;
    let started = Instant::now();
    let source_arg = source.display().to_string();
    vaultctl(lab, &["kv", "import", "--to", TREE, &source_arg])?;
    eprintln!(
        "bench: tree written with kv import in {}",
        fmt_s(Some(started.elapsed()))
    );
    lab.client()?
        .write::<Value>(
            &format!("sys/mounts/{COPY}"),
            &json!({"type": "kv", "options": {"version": "2"}}),
        )
        .map_err(|e| format!("enabling {COPY}/: {e}"))?;
    let listed = vaultctl(lab, &["kv", "list", "-r", TREE])?;
    let exported = lab.dir.join("export.json");
    let script = lab.write("bao-loop.sh", BAO_LOOP)?;
    let bao_out = lab.dir.join("bao-loop.out");
    let mut rows = rows(lab, &source, &exported);
    let bao_rounds = BAO_ROUNDS.min(rounds);
    let mut bao = Row {
        name: "bao loop: kv list walk + kv get each",
        argv: Vec::new(),
        wall: Vec::new(),
        rss_kib: Vec::new(),
    };
    for round in 0..=rounds {
        for row in &mut rows {
            let (wall, rss) = launched(&row.argv, &env(lab), &lab.dir)
                .map_err(|e| format!("{}: {e}", row.name))?;
            if round > 0 {
                row.wall.push(wall);
                row.rss_kib.push(rss);
            }
        }
        // Spread the loop's rounds: round r (from 0) when r * bao_rounds mod rounds is
        // below bao_rounds.
        if round > 0 && ((round - 1) * bao_rounds) % rounds < bao_rounds {
            eprintln!("bench: the bao loop, round {round} of {rounds}");
            let (wall, rss_kib) = bao_loop(lab, &script, &bao_out)?;
            bao.wall.push(wall);
            bao.rss_kib.push(rss_kib);
        }
    }
    rows.push(bao);
    let check = check(lab, &document, &listed, &exported, &bao_out)?;
    Ok(Trees {
        rows,
        secrets,
        check,
    })
}

/// The generated tree: `aNN/bN/cN` to three keys.
fn document() -> Map<String, Value> {
    let mut document = Map::new();
    for a in 0..SHAPE.0 {
        for b in 0..SHAPE.1 {
            for c in 0..SHAPE.2 {
                let path = format!("a{a:02}/b{b}/c{c}");
                let secret = json!({
                    "username": format!("svc-{a:02}-{b}-{c}"),
                    "password": format!("pw-{:016x}", (a * 100 + b * 10 + c + 1) * 0x9e37_79b9),
                    "url": format!("https://db{a:02}.internal:5432/app{b}{c}"),
                });
                document.insert(path, secret);
            }
        }
    }
    document
}

/// `VAULT_ADDR` and `VAULT_TOKEN` for vaultctl.
fn env(lab: &Lab) -> Vec<(&'static str, String)> {
    vec![
        ("VAULT_ADDR", lab.addr.clone()),
        ("VAULT_TOKEN", "root".to_string()),
    ]
}

/// The timed vaultctl commands.
fn rows(lab: &Lab, source: &Path, exported: &Path) -> Vec<Row> {
    let vaultctl = lab.vaultctl.display().to_string();
    let row = |name, argv: &[&str]| Row {
        name,
        argv: argv.iter().map(|s| s.to_string()).collect(),
        wall: Vec::new(),
        rss_kib: Vec::new(),
    };
    let exported = exported.display().to_string();
    let source = source.display().to_string();
    vec![
        row(
            "vaultctl kv list -r secret/tree",
            &[&vaultctl, "kv", "list", "-r", TREE],
        ),
        row(
            "vaultctl kv export -o FILE secret/tree",
            &[
                &vaultctl, "kv", "export", "--format", "json", "-o", &exported, TREE,
            ],
        ),
        row(
            "vaultctl kv import --to copy/rN FILE",
            &[
                "/bin/sh",
                "-c",
                &format!("exec \"$0\" kv import --to \"{COPY}/r$$\" \"$1\""),
                &vaultctl,
                &source,
            ],
        ),
    ]
}

/// Runs vaultctl once, untimed; its standard output.
fn vaultctl(lab: &Lab, args: &[&str]) -> Result<String, String> {
    let out = Command::new(&lab.vaultctl)
        .args(args)
        .env_clear()
        .env("HOME", &lab.dir)
        .envs(env(lab))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("vaultctl {}: {e}", args.join(" ")))?;
    if !out.status.success() {
        return Err(format!(
            "vaultctl {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// One run of the bao loop: its wall time, and the peak RSS (KiB) of its largest
/// process (`wait4` on the shell reports the largest of it and the children it waited
/// for).
fn bao_loop(lab: &Lab, script: &Path, out: &Path) -> Result<(Duration, u64), String> {
    let mut cmd = Command::new("/bin/sh");
    cmd.arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &lab.dir)
        .env("BAO", &lab.bao)
        .env("BAO_ADDR", &lab.addr)
        .env("BAO_TOKEN", "root")
        .env("ROOT", TREE)
        .env("OUT", out)
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    force_fork(&mut cmd);
    let started = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("the bao loop: {e}"))?;
    let (status, rss_kib) = wait4(&child)?;
    let wall = started.elapsed();
    if status != 0 {
        return Err(format!("the bao loop failed (wait status {status})"));
    }
    Ok((wall, rss_kib))
}

/// The bao loop's output: full path to the secret's data.
fn bao_read(text: &str) -> Result<BTreeMap<String, Value>, String> {
    let mut read = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    let mut finish = |entry: Option<(String, String)>| -> Result<(), String> {
        if let Some((path, body)) = entry {
            let answer: Value =
                serde_json::from_str(&body).map_err(|e| format!("bao kv get {path}: {e}"))?;
            read.insert(path, answer["data"]["data"].clone());
        }
        Ok(())
    };
    for line in text.lines() {
        if let Some(path) = line.strip_prefix("=== ") {
            finish(current.take())?;
            current = Some((path.to_string(), String::new()));
        } else if let Some((_, body)) = &mut current {
            body.push_str(line);
            body.push('\n');
        }
    }
    finish(current)?;
    Ok(read)
}

/// The bao loop read every secret written, vaultctl's export holds the same paths and
/// values, `kv list -r` listed them all, and each import wrote the whole tree.
fn check(
    lab: &Lab,
    document: &Map<String, Value>,
    listed: &str,
    exported: &Path,
    bao_out: &Path,
) -> Result<String, String> {
    let text = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let bao = bao_read(&text(bao_out)?)?;
    let prefix = format!("{TREE}/");
    let bao: Map<String, Value> = bao
        .into_iter()
        .filter_map(|(path, data)| Some((path.strip_prefix(&prefix)?.to_string(), data)))
        .collect();
    if &bao != document {
        return Err(format!(
            "the bao loop read {} secrets, not the {} written (or other values)",
            bao.len(),
            document.len()
        ));
    }
    let export: Value = serde_json::from_str(&text(exported)?)
        .map_err(|e| format!("vaultctl kv export wrote no JSON: {e}"))?;
    if export.as_object() != Some(&bao) {
        return Err(format!(
            "vaultctl kv export holds {} secrets, not the {} the bao loop read (or other values)",
            export.as_object().map_or(0, Map::len),
            bao.len()
        ));
    }
    let listed: Vec<&str> = listed.lines().collect();
    let expected: Vec<String> = document.keys().map(|k| format!("{prefix}{k}")).collect();
    if listed != expected {
        return Err(format!(
            "vaultctl kv list -r printed {} paths, not the {} written",
            listed.len(),
            expected.len()
        ));
    }
    let copies = vaultctl(lab, &["kv", "list", "-r", COPY])?;
    let mut per_run: BTreeMap<&str, usize> = BTreeMap::new();
    for line in copies.lines() {
        let run = line.split('/').nth(1).unwrap_or_default();
        *per_run.entry(run).or_default() += 1;
    }
    if per_run.values().any(|n| *n != document.len()) {
        return Err(format!(
            "the imports wrote {:?} secrets each, not {}",
            per_run.values().collect::<Vec<_>>(),
            document.len()
        ));
    }
    Ok(format!(
        "check: the bao loop read the {} secrets written; vaultctl kv export holds the same \
         paths and values; kv list -r listed all {}; each of {} imports wrote all {}",
        bao.len(),
        listed.len(),
        per_run.len(),
        document.len()
    ))
}

/// Prints the section: runs, median, min, p90 and peak RSS of each command, the ratio
/// of the bao loop to the export, and the issue's targets. The median of an even count
/// (the bao loop's two runs) is the mean of the two middle runs.
pub fn report(t: &Trees) {
    let (a, b, c) = SHAPE;
    out!(
        "\n## 10. whole trees: {} KV v2 secrets ({a} x {b} x {c} folders, 3 keys each), interleaved (wall time; peak RSS from wait4)\n",
        t.secrets
    );
    out!(
        "{:<42} {:>5} {:>12} {:>12} {:>12} {:>10}",
        "command",
        "runs",
        "median",
        "min",
        "p90",
        "peak RSS"
    );
    for row in &t.rows {
        out!(
            "{:<42} {:>5} {:>12} {:>12} {:>12} {:>10}",
            row.name,
            row.wall.len(),
            fmt_ms(median_time(&row.wall)),
            fmt_ms(quantile(&row.wall, 0.0)),
            fmt_ms(quantile(&row.wall, 0.9)),
            fmt_mib(row.rss_kib.iter().max().copied())
        );
    }
    let med = |i: usize| median_time(&t.rows[i].wall).map(ms);
    let per_secret = |i: usize| {
        med(i).map_or("-".into(), |m| {
            format!("{:.3} ms", m / t.secrets.max(1) as f64)
        })
    };
    out!();
    out!("bao loop: one process per LIST and per secret; its peak RSS is its largest process");
    out!(
        "per secret: export {}, import {}, bao loop {}",
        per_secret(1),
        per_secret(2),
        per_secret(3)
    );
    out!(
        "bao loop / vaultctl kv export:  {}  (target >= 50x)",
        ratio(med(3), med(1))
    );
    out!(
        "vaultctl kv export peak RSS:    {}  (target <= 20 MiB)",
        fmt_mib(t.rows[1].rss_kib.iter().max().copied())
    );
    out!("{}", t.check);
}

/// The summary's rows: export beside the bao loop, wall time and peak memory.
pub fn summary(t: &Trees, line: &dyn Fn(&str, String, String, String, &str)) {
    let m = |i: usize| median_time(&t.rows[i].wall);
    let peak = |i: usize| t.rows[i].rss_kib.iter().max().copied();
    line(
        &format!("tree export wall, {} secrets (bao loop)", t.secrets),
        fmt_ms(m(1)),
        fmt_ms(m(3)),
        ratio(m(3).map(ms), m(1).map(ms)),
        ">= 50x",
    );
    line(
        "tree export peak RSS (largest bao)",
        fmt_mib(peak(1)),
        fmt_mib(peak(3)),
        ratio(peak(3).map(|k| k as f64), peak(1).map(|k| k as f64)),
        "<= 20 MiB",
    );
}
