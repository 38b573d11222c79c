//! Part 11: the sidecar. A pod's sidecar writes an application's secrets into files and
//! keeps them fresh, with no process to supervise: `vaultctl render --watch` beside
//! OpenBao Agent with `template` blocks and no `exec`. Both log in with AppRole (the
//! roles of part 2) and write the same three files into a folder of the pod's own: a
//! `db.env` holding `DATABASE_URL=` the URL template of part 8 (a database credential),
//! the 50-placeholder config file of part 8 (the 10 paths of part 2), and the KV v2
//! secret `secret/app/p0` whole, as JSON (`--file DEST=vault:secret/app/p0`; the agent's
//! `{{ .Data.data | toJSON }}`).
//!
//! Measured, interleaved: the time to the files, from the spawn until every file exists
//! with its full content (the benchmark polls them, reads them and holds them against
//! the values it wrote); and the memory of a pod once its files are written and it idles,
//! with K pods of each running at once, so that the per-pod figure is an average over K
//! processes (PSS splits the pages of the one binary among them, as on a node running
//! many such pods). A check of each client's first run: the files' modes, and a
//! DATABASE_URL that psql logs in with, from the same lease as the config file's.
//!
//! The vaultctl binary is the release build, or `VAULTCTL_BENCH_RENDER_BIN`; a build
//! without `vaultctl render` runs the agent's side alone.

use super::clients::{self, Spec};
use super::lab::Lab;
use super::procs::{self, Running};
use super::setup::{self, Role};
use super::startup::{Mem, stopped};
use super::stats::{fmt_mib, fmt_ms, fmt_s, median, ms, quantile, ratio};
use super::templates::{file_template, url_template};
use super::tplcheck;
use serde_json::Value;
use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The KV v2 secret written whole, as JSON (index into [`setup::app_value`]).
const KV_SECRET: usize = 0;
/// `--poll-interval` and the agent's `static_secret_render_interval`: both alike.
const POLL: Duration = Duration::from_secs(60);
/// How long the pods idle after the last file before their memory is read.
const SETTLE: Duration = Duration::from_secs(3);
/// How long one pod gets for its files, and a batch of pods for all of theirs.
const LIMIT: Duration = Duration::from_secs(60);
const BATCH_LIMIT: Duration = Duration::from_secs(180);

/// What the part measured. Index 0 is vaultctl, 1 the agent.
#[derive(Default)]
pub struct Sidecar {
    /// Whether the vaultctl build has `render` (its side was measured).
    pub has_render: bool,
    /// Time to the files, a run each.
    pub first_file: [Vec<Duration>; 2],
    /// Pods of each kept running at once for the memory.
    pub pods: usize,
    /// Memory of each of those pods, idle after its files.
    pub mem: [Vec<Mem>; 2],
    /// From the first spawn of the batch of pods to the last pod's files.
    pub all_files: [Option<Duration>; 2],
    /// The check of each client's first run.
    pub check: [Option<Check>; 2],
}

/// What the check of a client's first run found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Check {
    /// psql logged in with the DATABASE_URL as the URL's user.
    pub url_logs_in: bool,
    /// The URL's user and password are the config file's: one lease.
    pub one_lease: bool,
    /// Mode bits of `db.env`, the config file and the JSON file.
    pub modes: [u32; 3],
}

const NAMES: [&str; 2] = ["vaultctl render --watch", "bao agent (3 templates)"];

/// What both clients share: the lab, the template sources, the specs.
struct Pods<'a> {
    lab: &'a Lab,
    /// vaultctl's binary.
    bin: String,
    specs: [Spec<'a>; 2],
    /// vaultctl's template sources: the DATABASE_URL file, the config file.
    url_src: PathBuf,
    conf_src: PathBuf,
    /// Every pod's folder is in here.
    root: PathBuf,
}

/// Runs `runs` interleaved rounds (after a warm-up round that checks each client's
/// files), then `pods` pods of each at once for the memory.
pub fn measure(lab: &Lab, roles: &[Role], runs: usize, pods: usize) -> Result<Sidecar, String> {
    let vars = setup::app_vars();
    let spec = |name: &str| -> Result<Spec<'_>, String> {
        Ok(Spec {
            vars: &vars,
            role: clients::role(roles, name)?,
            poll: POLL,
        })
    };
    let root = lab.dir.join("sidecar");
    std::fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    let set = Pods {
        lab,
        bin: render_binary(lab),
        specs: [spec("vaultctl")?, spec("agent")?],
        url_src: lab.write(
            "sidecar-db.env.tpl",
            &format!("DATABASE_URL={}\n", url_template(lab, false)),
        )?,
        conf_src: lab.write("sidecar-config.yml.tpl", &file_template(&vars, false))?,
        root,
    };
    let mut out = Sidecar {
        has_render: has_render(&set.bin),
        pods,
        ..Sidecar::default()
    };
    let clients: Vec<usize> = if out.has_render {
        vec![0, 1]
    } else {
        eprintln!("sidecar: skipped (this build has no `vaultctl render`)");
        vec![1]
    };
    eprintln!("bench: sidecar, {runs} rounds, then {pods} pods of each at once");
    for round in 0..=runs {
        // Alternate which client goes first, so neither always follows the other.
        let order: Vec<usize> = if round % 2 == 0 {
            clients.clone()
        } else {
            clients.iter().rev().copied().collect()
        };
        for &c in &order {
            let mut pod = set.spawn(c, &format!("{}-{round}", tag(c)))?;
            let done = wait_files(std::slice::from_mut(&mut pod), LIMIT)?;
            if round == 0 {
                // Round 0 warms the caches up and checks, while the lease is alive.
                out.check[c] = Some(check(&pod.1)?);
            } else {
                out.first_file[c].push(done[0] - pod.0.started);
            }
            pod.0.stop(stop_grace(c));
            let _ = std::fs::remove_dir_all(&pod.1);
        }
    }
    for &c in &clients {
        let (all, mem) = set.batch(c, pods)?;
        out.all_files[c] = Some(all);
        out.mem[c] = mem;
    }
    Ok(out)
}

fn tag(client: usize) -> &'static str {
    ["vc", "agent"][client]
}

fn stop_grace(client: usize) -> Duration {
    Duration::from_secs([5, 10][client])
}

/// `VAULTCTL_BENCH_RENDER_BIN`, else the release build.
fn render_binary(lab: &Lab) -> String {
    std::env::var("VAULTCTL_BENCH_RENDER_BIN")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| lab.vaultctl.display().to_string())
}

/// Whether `vaultctl render --help` succeeds.
fn has_render(bin: &str) -> bool {
    Command::new(bin)
        .args(["render", "--help"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A pod's three files: `db.env`, the config file, the KV secret as JSON.
fn dests(dir: &Path) -> [PathBuf; 3] {
    [
        dir.join("db.env"),
        dir.join("config.yml"),
        dir.join("p0.json"),
    ]
}

impl Pods<'_> {
    /// Starts one pod's sidecar in a fresh folder named `tag`.
    fn spawn(&self, client: usize, tag: &str) -> Result<(Running, PathBuf), String> {
        let dir = self.root.join(tag);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let (argv, env) = if client == 0 {
            (self.vaultctl_argv(&dir), clients::vaultctl_env(self.lab))
        } else {
            (self.agent_argv(&dir, tag)?, clients::agent_env(self.lab))
        };
        let log = self.root.join(format!("{tag}.log"));
        Ok((procs::spawn(NAMES[client], &argv, &env, &log)?, dir))
    }

    /// `vaultctl render --watch --auth approle ... --template DEST=SRC ... --file DEST=REF`.
    fn vaultctl_argv(&self, dir: &Path) -> Vec<String> {
        let spec = &self.specs[0];
        let [url, conf, kv] = dests(dir);
        let mut argv = vec![self.bin.clone(), "render".into(), "--watch".into()];
        argv.extend(["--auth".into(), "approle".into()]);
        for (key, file) in [
            ("role_id", &spec.role.role_id),
            ("secret_id", &spec.role.secret_id),
        ] {
            argv.extend(["--auth-param".into(), format!("{key}=@{}", file.display())]);
        }
        argv.extend([
            "--poll-interval".into(),
            format!("{}s", spec.poll.as_secs()),
        ]);
        for (dest, src) in [(url, &self.url_src), (conf, &self.conf_src)] {
            argv.extend([
                "--template".into(),
                format!("{}={}", dest.display(), src.display()),
            ]);
        }
        argv.extend([
            "--file".into(),
            format!("{}=vault:secret/app/p{KV_SECRET}", kv.display()),
        ]);
        argv
    }

    /// `bao agent` with `auto_auth` and three `template` blocks, no `exec`.
    fn agent_argv(&self, dir: &Path, tag: &str) -> Result<Vec<String>, String> {
        let spec = &self.specs[1];
        let [url, conf, kv] = dests(dir);
        let mut hcl = clients::agent_base(self.lab, spec);
        let kv_json = format!(
            "{{{{ with secret \"secret/data/app/p{KV_SECRET}\" }}}}{{{{ .Data.data | toJSON }}}}{{{{ end }}}}"
        );
        for (dest, contents) in [
            (
                url,
                format!("DATABASE_URL={}\n", url_template(self.lab, true)),
            ),
            (conf, file_template(spec.vars, true)),
            (kv, kv_json),
        ] {
            hcl.push_str(&format!(
                "template {{\n  destination = {:?}\n  contents = {:?}\n  perms = \"0600\"\n  error_on_missing_key = true\n}}\n",
                dest.display().to_string(),
                contents
            ));
        }
        clients::agent_with(self.lab, &format!("sidecar-{tag}"), &hcl)
    }

    /// Starts `count` pods of `client` at once, waits for all their files, lets them
    /// idle, reads their memory and stops them: the time from the first spawn to the
    /// last pod's files, and each pod's memory.
    fn batch(&self, client: usize, count: usize) -> Result<(Duration, Vec<Mem>), String> {
        eprintln!("bench: sidecar, {count} pods of {} at once", NAMES[client]);
        let mut pods = Vec::with_capacity(count);
        for i in 0..count {
            pods.push(self.spawn(client, &format!("{}-pod-{i}", tag(client)))?);
        }
        let done = wait_files(&mut pods, BATCH_LIMIT)?;
        let first = pods.iter().map(|p| p.0.started).min();
        let last = done.iter().max().copied();
        let all = first.zip(last).map_or(Duration::ZERO, |(a, b)| b - a);
        std::thread::sleep(SETTLE);
        let mem = pods.iter().map(|(run, _)| memory(run.pid())).collect();
        for (run, _) in &pods {
            run.terminate();
        }
        for (run, dir) in &mut pods {
            run.stop(stop_grace(client));
            let _ = std::fs::remove_dir_all(dir);
        }
        Ok((all, mem))
    }
}

/// VmRSS, RssAnon and Pss of `pid`.
fn memory(pid: i32) -> Mem {
    Mem {
        rss: procs::status_kib(pid, "VmRSS").unwrap_or(0),
        anon: procs::status_kib(pid, "RssAnon").unwrap_or(0),
        pss: procs::pss_kib(pid).unwrap_or(0),
    }
}

/// Polls the pods' files until each pod's are complete; when each was. Stops them all
/// on failure (a pod that exited, or the time limit).
fn wait_files(pods: &mut [(Running, PathBuf)], limit: Duration) -> Result<Vec<Instant>, String> {
    let started = Instant::now();
    let mut done: Vec<Option<Instant>> = vec![None; pods.len()];
    while done.iter().any(Option::is_none) {
        for (i, (run, dir)) in pods.iter_mut().enumerate() {
            if done[i].is_some() {
                continue;
            }
            if complete(dir) {
                done[i] = Some(Instant::now());
            } else if run.exited() {
                return Err(fail(pods, i, "exited before writing its files"));
            }
        }
        if started.elapsed() > limit {
            let i = done.iter().position(Option::is_none).unwrap_or(0);
            return Err(fail(pods, i, &format!("no complete files after {limit:?}")));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    Ok(done.into_iter().flatten().collect())
}

/// Stops every pod; the error names pod `i` and ends with its log.
fn fail(pods: &mut [(Running, PathBuf)], i: usize, what: &str) -> String {
    for (j, (run, _)) in pods.iter_mut().enumerate() {
        if j != i {
            run.stop(Duration::from_secs(2));
        }
    }
    let (run, dir) = &mut pods[i];
    stopped(run, format!("{what} in {}", dir.display()))
}

/// Whether every file of the pod in `dir` exists with its full content.
fn complete(dir: &Path) -> bool {
    let [url, conf, kv] = dests(dir);
    if !(url.exists() && conf.exists() && kv.exists()) {
        return false;
    }
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    url_parts(&read(&url)).is_some() && conf_values(&read(&conf)) == 50 && kv_complete(&read(&kv))
}

/// The user and password of `DATABASE_URL=postgresql://USER:PASSWORD@HOST/postgres`.
fn url_parts(text: &str) -> Option<(&str, &str)> {
    let url = text.strip_prefix("DATABASE_URL=")?.trim_end();
    let (userinfo, host) = url.strip_prefix("postgresql://")?.rsplit_once('@')?;
    let (user, password) = userinfo.split_once(':')?;
    (!user.is_empty() && !password.is_empty() && host.ends_with("/postgres"))
        .then_some((user, password))
}

/// The config file's lines with the right value (KV) or a value (database).
fn conf_values(conf: &str) -> usize {
    let lines = conf_lines(conf);
    let mut values = 0;
    for i in 0..setup::APP_PATHS {
        for j in 0..setup::app_keys(i) {
            let name = format!("P{i}_K{j}");
            values += usize::from(lines.get(name.as_str()) == Some(&&*setup::app_value(i, j)));
        }
    }
    for name in ["DB_USER", "DB_PASSWORD"] {
        values += usize::from(lines.get(name).is_some_and(|v| !v.is_empty()));
    }
    values
}

fn conf_lines(conf: &str) -> HashMap<&str, &str> {
    conf.lines().filter_map(|l| l.split_once(": ")).collect()
}

/// Whether `text` is the KV secret, whole, as a JSON object.
fn kv_complete(text: &str) -> bool {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return false;
    };
    let keys = setup::app_keys(KV_SECRET);
    map.len() == keys
        && (0..keys).all(|j| {
            map.get(&format!("k{j}")).and_then(Value::as_str)
                == Some(&*setup::app_value(KV_SECRET, j))
        })
}

/// The check of a pod's files, while its sidecar runs (the lease alive).
fn check(dir: &Path) -> Result<Check, String> {
    let [url, conf, kv] = dests(dir);
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    let mode = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.permissions().mode() & 0o7777);
    let (url_text, conf_text) = (read(&url), read(&conf));
    let lines = conf_lines(&conf_text);
    let Some((user, password)) = url_parts(&url_text) else {
        return Err(format!("{}: no DATABASE_URL", url.display()));
    };
    let (user, password) = (
        tplcheck::percent_decode(user),
        tplcheck::percent_decode(password),
    );
    let url_text = url_text.trim_end().trim_start_matches("DATABASE_URL=");
    Ok(Check {
        url_logs_in: tplcheck::psql_user(url_text)?.is_some_and(|u| u == user),
        one_lease: lines.get("DB_USER") == Some(&user.as_str())
            && lines.get("DB_PASSWORD") == Some(&password.as_str()),
        modes: [mode(&url), mode(&conf), mode(&kv)],
    })
}

/// A field of [`Mem`].
type Field = fn(&Mem) -> u64;

/// The mean of a field of the pods' memory.
fn mean(mem: &[Mem], f: Field) -> Option<u64> {
    (!mem.is_empty()).then(|| mem.iter().map(f).sum::<u64>() / mem.len() as u64)
}

/// Prints the section.
pub fn report(s: &Sidecar) {
    out!(
        "\n## 11. sidecar: render files and keep them fresh, no child (DATABASE_URL file + the 50-placeholder config file of part 8 + one KV v2 secret as JSON)\n"
    );
    if !s.has_render {
        out!("sidecar: skipped (this build has no `vaultctl render`)\n");
    }
    out!(
        "{:<34} {:>5} {:>10} {:>10} {:>10}",
        "time to the files",
        "runs",
        "median",
        "min",
        "p90"
    );
    for (name, d) in NAMES.iter().zip(&s.first_file) {
        out!(
            "{:<34} {:>5} {:>10} {:>10} {:>10}",
            name,
            d.len(),
            fmt_ms(median(d)),
            fmt_ms(quantile(d, 0.0)),
            fmt_ms(quantile(d, 0.9))
        );
    }
    out!();
    out!(
        "{:<34} {:>5} {:>10} {:>10} {:>10} {:>14}",
        "memory per pod (mean)",
        "pods",
        "RSS",
        "private",
        "PSS",
        "all files"
    );
    for (c, name) in NAMES.iter().enumerate() {
        let m = &s.mem[c];
        out!(
            "{:<34} {:>5} {:>10} {:>10} {:>10} {:>14}",
            name,
            m.len(),
            fmt_mib(mean(m, |m| m.rss)),
            fmt_mib(mean(m, |m| m.anon)),
            fmt_mib(mean(m, |m| m.pss)),
            fmt_s(s.all_files[c])
        );
    }
    out!();
    out!(
        "time to the files: from the spawn until all three exist with their full content (polled every 1 ms)"
    );
    out!(
        "memory: {} pods of each running at once, read {} s after the last pod's files; RSS = VmRSS,",
        s.pods,
        SETTLE.as_secs()
    );
    out!("private = RssAnon, PSS = shared pages split among the processes that map them;");
    out!("all files = from the first spawn of the pods to the last pod's files");
    // Two decimals: the target is a fraction near 0.1.
    let ratio_of = |f: Field| match (mean(&s.mem[0], f), mean(&s.mem[1], f)) {
        (Some(v), Some(a)) if a > 0 => format!("{:.2}x", v as f64 / a as f64),
        _ => "-".into(),
    };
    out!(
        "vaultctl / agent memory per pod: RSS {}, private {}, PSS {}  (target: at most 0.1x)",
        ratio_of(|m| m.rss),
        ratio_of(|m| m.anon),
        ratio_of(|m| m.pss)
    );
    let yes = |b: bool| if b { "yes" } else { "NO" };
    for (name, c) in ["vaultctl", "agent"].iter().zip(&s.check) {
        if let Some(c) = c {
            out!(
                "{name:<9} files: modes {:04o} {:04o} {:04o}, DATABASE_URL logs in with psql: {}, same lease as the config file: {}",
                c.modes[0],
                c.modes[1],
                c.modes[2],
                yes(c.url_logs_in),
                yes(c.one_lease)
            );
        }
    }
}

/// The summary's rows of part 11.
pub fn summary(s: &Sidecar, line: &dyn Fn(&str, String, String, String, &str)) {
    let (v, a) = (median(&s.first_file[0]), median(&s.first_file[1]));
    line(
        "sidecar time to the files (agent)",
        fmt_ms(v),
        fmt_ms(a),
        ratio(a.map(ms), v.map(ms)),
        "",
    );
    let rows: [(&str, Field); 3] = [
        ("sidecar memory per pod, RSS (agent)", |m| m.rss),
        ("sidecar memory per pod, private (agent)", |m| m.anon),
        ("sidecar memory per pod, PSS (agent)", |m| m.pss),
    ];
    for (what, f) in rows {
        let (v, a) = (mean(&s.mem[0], f), mean(&s.mem[1], f));
        line(
            what,
            fmt_mib(v),
            fmt_mib(a),
            ratio(a.map(|k| k as f64), v.map(|k| k as f64)),
            ">= 10x (1/10 of the agent's)",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_counts_only_when_complete() {
        let url = "DATABASE_URL=postgresql://v-app-1:p%40ss@127.0.0.1:5432/postgres\n";
        assert_eq!(url_parts(url), Some(("v-app-1", "p%40ss")));
        assert_eq!(
            url_parts("DATABASE_URL=postgresql://:@127.0.0.1/postgres"),
            None
        );
        assert_eq!(url_parts("DATABASE_URL=postgresql://u:p@127.0.0.1:5"), None);
        let mut conf = String::new();
        for i in 0..setup::APP_PATHS {
            for j in 0..setup::app_keys(i) {
                conf.push_str(&format!("P{i}_K{j}: {}\n", setup::app_value(i, j)));
            }
        }
        assert_eq!(conf_values(&conf), 48);
        conf.push_str("DB_USER: u\nDB_PASSWORD: p\n");
        assert_eq!(conf_values(&conf), 50);
        let stale = conf.replacen(&setup::app_value(4, 2), "stale", 1);
        assert_eq!(conf_values(&stale), 49);
        let kv: serde_json::Map<String, Value> = (0..setup::app_keys(KV_SECRET))
            .map(|j| (format!("k{j}"), Value::from(setup::app_value(KV_SECRET, j))))
            .collect();
        let json = Value::Object(kv).to_string();
        assert!(kv_complete(&json));
        assert!(!kv_complete(&json[..json.len() - 1]));
        assert!(!kv_complete("{}"));
    }
}
