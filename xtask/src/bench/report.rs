//! The printed report: one section per part, then one summary table of medians and
//! ratios, vaultctl beside OpenBao's own client of the same job.

use super::fleet::Fleet;
use super::kvget::{self, Subject};
use super::requests::Requests;
use super::rotation::{self, Rotation};
use super::shell::{self, Shell};
use super::startup::{Mem, Startup};
use super::stats::{fmt_mib, fmt_ms, fmt_s, median, median_time, ms, quantile, ratio};
use super::templates::{self, Templates};
use std::time::Duration;

/// A summary row of memory: its label, the field, the target.
type MemRow = (&'static str, fn(&Mem) -> u64, &'static str);

/// What the parts measured; a part not run is `None`.
#[derive(Default)]
pub struct Results {
    /// Part 1.
    pub kv: Option<Vec<Subject>>,
    /// Part 2.
    pub startup: Option<Startup>,
    /// Part 3.
    pub rotation: Option<Rotation>,
    /// Part 4.
    pub requests: Option<Requests>,
    /// Part 5.
    pub fleet: Option<Fleet>,
    /// Part 6.
    pub cluster: Option<super::cluster::ReadAfterWrite>,
    /// Part 7.
    pub shell: Option<Shell>,
    /// Part 8.
    pub templates: Option<Templates>,
    /// Part 9.
    pub fallback: Option<super::fallback::FallbackStart>,
    /// Part 10.
    pub trees: Option<super::trees::Trees>,
    /// Part 11.
    pub sidecar: Option<super::sidecar::Sidecar>,
}

/// Prints every section that ran, then the summary.
pub fn print(r: &Results) {
    if let Some(kv) = &r.kv {
        kvget::report(kv);
    }
    if let Some(s) = &r.startup {
        startup(s);
    }
    if let Some(rot) = &r.rotation {
        rotation(rot);
    }
    if let Some(q) = &r.requests {
        requests(q);
    }
    if let Some(f) = &r.fleet {
        fleet(f);
    }
    if let Some(c) = &r.cluster {
        super::cluster::report(c);
    }
    if let Some(s) = &r.shell {
        shell::report(s);
    }
    if let Some(t) = &r.templates {
        templates::report(t);
    }
    if let Some(f) = &r.fallback {
        super::fallback::report(f);
    }
    if let Some(t) = &r.trees {
        super::trees::report(t);
    }
    if let Some(s) = &r.sidecar {
        super::sidecar::report(s);
    }
    summary(r);
}

fn startup(s: &Startup) {
    out!(
        "\n## 2. exec time-to-child: AppRole login, 50 variables from 10 paths (9 KV v2 + 1 database credential)\n"
    );
    out!(
        "{:<34} {:>5} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "client",
        "runs",
        "median",
        "min",
        "p90",
        "RSS",
        "private",
        "PSS"
    );
    let row = |name: &str, t: &[Duration], mem: &[Mem]| {
        let field = |f: fn(&Mem) -> u64| median(&mem.iter().map(f).collect::<Vec<_>>());
        out!(
            "{:<34} {:>5} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
            name,
            t.len(),
            fmt_ms(median(t)),
            fmt_ms(quantile(t, 0.0)),
            fmt_ms(quantile(t, 0.9)),
            fmt_mib(field(|m| m.rss)),
            fmt_mib(field(|m| m.anon)),
            fmt_mib(field(|m| m.pss))
        );
    };
    row("child script alone (floor)", &s.direct, &[]);
    row(
        "vaultctl exec (supervising)",
        &s.supervise,
        &s.supervise_mem,
    );
    row(
        "vaultctl exec --listen (+ a scrape)",
        &s.listen,
        &s.listen_mem,
    );
    if !s.baseline.is_empty() {
        row(
            "vaultctl exec, baseline build",
            &s.baseline,
            &s.baseline_mem,
        );
    }
    row("vaultctl exec --once", &s.once, &[]);
    row("bao agent (env_template + exec)", &s.agent, &s.agent_mem);
    out!();
    out!("memory: medians half a second after the child started. RSS = VmRSS; private = RssAnon");
    out!("(not file-backed); PSS = shared pages split among the processes that map them");
    out!("target: vaultctl under 50 ms; supervising RSS under 5 MiB");
    out!(
        "--once: the child had vaultctl's pid in {}/{} runs (vaultctl replaced itself; no supervisor left)",
        s.once_same_pid,
        s.once.len()
    );
    out!(
        "variables the child received with a value: vaultctl {}/50, agent {}/50",
        s.vars_seen.0,
        s.vars_seen.1
    );
}

fn rotation(r: &Rotation) {
    let half = r.poll.as_secs_f64() / 2.0;
    out!(
        "\n## 3. rotation latency: kv put -> child restarted with the new value (poll interval {} s; puts at evenly spread phases)\n",
        r.poll.as_secs()
    );
    out!(
        "{:<26} {:>5} {:>9} {:>9} {:>9} {:>9} {:>22}",
        "supervisor",
        "puts",
        "median",
        "mean",
        "min",
        "max",
        "median - interval/2"
    );
    for (name, t) in rotation::SUBJECTS.iter().zip(&r.latencies) {
        let m = median_time(t);
        let mean = (!t.is_empty()).then(|| t.iter().sum::<Duration>() / t.len() as u32);
        out!(
            "{:<26} {:>5} {:>9} {:>9} {:>9} {:>9} {:>22}",
            name,
            t.len(),
            fmt_s(m),
            fmt_s(mean),
            fmt_s(quantile(t, 0.0)),
            fmt_s(quantile(t, 1.0)),
            m.map_or("-".into(), |m| format!("{:+.2} s", m.as_secs_f64() - half))
        );
    }
    out!(
        "\ntarget: median within 0.3 s of {half:.1} s; vaultctl's default --debounce 1s adds 1 s by design"
    );
}

fn requests(q: &Requests) {
    let w = q.window.as_secs_f64();
    let per_hour = |n: u64| n as f64 * 3600.0 / w;
    out!(
        "\n## 4. steady-state requests: 1 KV v2 secret + 1 database credential (lease TTL 60 s), poll/render every {} s, token TTL 2 min; counted over {:.0} s of the audit log, scaled to 1 h\n",
        q.poll.as_secs(),
        w
    );
    out!(
        "{:<32} {:>10} {:>10} {:>12} {:>12}",
        "request",
        "vaultctl",
        "agent",
        "vaultctl/h",
        "agent/h"
    );
    let mut kinds: Vec<&String> = q.counts[0].keys().chain(q.counts[1].keys()).collect();
    kinds.sort();
    kinds.dedup();
    let get = |i: usize, k: &str| q.counts[i].get(k).copied().unwrap_or(0);
    for k in kinds {
        let (a, b) = (get(0, k), get(1, k));
        out!(
            "{:<32} {:>10} {:>10} {:>12.0} {:>12.0}",
            k,
            a,
            b,
            per_hour(a),
            per_hour(b)
        );
    }
    let (a, b): (u64, u64) = (q.counts[0].values().sum(), q.counts[1].values().sum());
    out!(
        "{:<32} {:>10} {:>10} {:>12.0} {:>12.0}",
        "total",
        a,
        b,
        per_hour(a),
        per_hour(b)
    );
    out!("\nresident memory over the window (VmRSS every 5 s): first / min / max / last");
    for (name, s) in ["vaultctl (supervising)", "bao agent"].iter().zip(&q.rss) {
        let at = |i: Option<usize>| i.and_then(|i| s.get(i).copied());
        out!(
            "  {:<24} {} / {} / {} / {}  ({} samples)",
            name,
            fmt_mib(at(Some(0))),
            fmt_mib(s.iter().min().copied()),
            fmt_mib(s.iter().max().copied()),
            fmt_mib(at(s.len().checked_sub(1))),
            s.len()
        );
    }
}

fn fleet(f: &Fleet) {
    out!(
        "\n## 5. fleet: {} supervising vaultctl on one OpenBao (--poll-interval {} s, --splay {} s)\n",
        f.wanted,
        f.poll.as_secs(),
        f.splay.as_secs()
    );
    let n = f.started.max(1) as u64;
    out!(
        "children running:       {}/{} (all up {:.1} s after the first spawn)",
        f.started,
        f.wanted,
        f.start_time.as_secs_f64()
    );
    out!(
        "vaultctl memory, total:  {} RSS, {} PSS ({} RSS, {} PSS each)",
        fmt_mib(Some(f.rss_kib)),
        fmt_mib(Some(f.pss_kib)),
        fmt_mib(Some(f.rss_kib / n)),
        fmt_mib(Some(f.pss_kib / n))
    );
    out!(
        "requests per minute:     {:.0} (over {} s; {:.2} per process)",
        f.per_minute,
        f.window.as_secs(),
        f.per_minute / n as f64
    );
    let t = &f.restarts;
    let d = &f.detections;
    out!(
        "change noticed (audit log): {}/{}; seconds after the put: min {} p50 {} max {}",
        d.len(),
        f.started,
        fmt_s(quantile(d, 0.0)),
        fmt_s(quantile(d, 0.5)),
        fmt_s(quantile(d, 1.0))
    );
    let spread = quantile(t, 1.0).zip(quantile(t, 0.0)).map(|(a, b)| a - b);
    out!(
        "restart spread:          {} from the first restart to the last",
        fmt_s(spread)
    );
    out!(
        "restarts after one put:  {}/{}; seconds after the put: min {} p10 {} p50 {} p90 {} max {}",
        t.len(),
        f.started,
        fmt_s(quantile(t, 0.0)),
        fmt_s(quantile(t, 0.1)),
        fmt_s(quantile(t, 0.5)),
        fmt_s(quantile(t, 0.9)),
        fmt_s(quantile(t, 1.0))
    );
    histogram(t, Duration::from_secs(5));
}

fn histogram(t: &[Duration], bucket: Duration) {
    let Some(max) = t.iter().max() else { return };
    let buckets = (max.as_secs_f64() / bucket.as_secs_f64()).floor() as usize + 1;
    let mut counts = vec![0usize; buckets];
    for d in t {
        counts[(d.as_secs_f64() / bucket.as_secs_f64()) as usize] += 1;
    }
    for (i, c) in counts.iter().enumerate() {
        let from = i as u64 * bucket.as_secs();
        out!(
            "  {:>3}-{:<3} s {:>4} {}",
            from,
            from + bucket.as_secs(),
            c,
            "#".repeat(*c)
        );
    }
}

fn summary(r: &Results) {
    out!("\n## Summary (medians; same run)\n");
    out!(
        "{:<40} {:>14} {:>16} {:>8}   target",
        "",
        "vaultctl",
        "OpenBao client",
        "ratio"
    );
    let line = |what: &str, ours: String, theirs: String, ratio: String, target: &str| {
        out!("{what:<40} {ours:>14} {theirs:>16} {ratio:>8}   {target}");
    };
    if let Some(kv) = &r.kv {
        let m = |i: usize| median(&kv[i].wall);
        let peak = |i: usize| kv[i].rss_kib.iter().max().copied();
        line(
            "kv get wall (bao kv get)",
            fmt_ms(m(0)),
            fmt_ms(m(1)),
            ratio(m(1).map(ms), m(0).map(ms)),
            ">= 25x",
        );
        line(
            "kv get wall (curl)",
            fmt_ms(m(0)),
            fmt_ms(m(2)),
            ratio(m(2).map(ms), m(0).map(ms)),
            ">= 1.67x (vaultctl <= 0.6x curl)",
        );
        line(
            "kv get peak RSS (bao kv get)",
            fmt_mib(peak(0)),
            fmt_mib(peak(1)),
            ratio(peak(1).map(|k| k as f64), peak(0).map(|k| k as f64)),
            "< 5 MiB",
        );
    }
    if let Some(s) = &r.startup {
        let (a, b) = (median(&s.supervise), median(&s.agent));
        line(
            "exec time-to-child (agent)",
            fmt_ms(a),
            fmt_ms(b),
            ratio(b.map(ms), a.map(ms)),
            "< 50 ms",
        );
        line(
            "exec --once time-to-child",
            fmt_ms(median(&s.once)),
            "-".into(),
            "-".into(),
            "< 50 ms",
        );
        let kib = |m: &[Mem], f: fn(&Mem) -> u64| median(&m.iter().map(f).collect::<Vec<_>>());
        let fields: [MemRow; 2] = [
            ("supervisor RSS after start (agent)", |m| m.rss, "< 5 MiB"),
            ("supervisor private memory (agent)", |m| m.anon, ""),
        ];
        for (what, f, target) in fields {
            let (a, b) = (kib(&s.supervise_mem, f), kib(&s.agent_mem, f));
            let r = ratio(b.map(|k| k as f64), a.map(|k| k as f64));
            line(what, fmt_mib(a), fmt_mib(b), r, target);
        }
    }
    if let Some(t) = &r.templates {
        templates_summary(t, &line);
    }
    if let Some(rot) = &r.rotation {
        let agent = median_time(&rot.latencies[2]);
        for (i, what) in [
            "rotation latency, debounce 1s (agent)",
            "rotation latency, debounce 0s (agent)",
        ]
        .iter()
        .enumerate()
        {
            let a = median_time(&rot.latencies[i]);
            line(
                what,
                fmt_s(a),
                fmt_s(agent),
                ratio(agent.map(ms), a.map(ms)),
                "2.5 s +- 0.3 s",
            );
        }
    }
    if let Some(q) = &r.requests {
        let per_hour =
            |i: usize| q.counts[i].values().sum::<u64>() as f64 * 3600.0 / q.window.as_secs_f64();
        let (a, b) = (per_hour(0), per_hour(1));
        line(
            "requests per hour, KV + DB cred (agent)",
            format!("{a:.0}"),
            format!("{b:.0}"),
            ratio(Some(b), Some(a)),
            "<= agent",
        );
        let max = |i: usize| q.rss[i].iter().max().copied();
        line(
            "supervisor RSS, max over window",
            fmt_mib(max(0)),
            fmt_mib(max(1)),
            ratio(max(1).map(|k| k as f64), max(0).map(|k| k as f64)),
            "< 5 MiB, flat",
        );
    }
    if let Some(f) = &r.fleet {
        line(
            &format!("fleet of {}: total PSS", f.started),
            fmt_mib(Some(f.pss_kib)),
            "-".into(),
            "-".into(),
            "",
        );
        line(
            &format!("fleet of {}: requests per minute", f.started),
            format!("{:.0}", f.per_minute),
            "-".into(),
            "-".into(),
            "",
        );
        let spread = match (quantile(&f.restarts, 0.1), quantile(&f.restarts, 0.9)) {
            (Some(a), Some(b)) => format!("{:.0}-{:.0} s", a.as_secs_f64(), b.as_secs_f64()),
            _ => "-".into(),
        };
        line(
            &format!("fleet restarts p10-p90 (--splay {}s)", f.splay.as_secs()),
            spread,
            "-".into(),
            "-".into(),
            "spread over the splay",
        );
    }
    if let Some(f) = &r.fallback {
        let timeout = super::fallback::RETRY_TIMEOUT;
        let beyond = median_time(&f.cached).map(|t| t.saturating_sub(timeout));
        line(
            "start from the cache, beyond --retry-timeout",
            fmt_ms(beyond),
            "-".into(),
            "-".into(),
            "< 100 ms",
        );
    }
    if let Some(t) = &r.trees {
        super::trees::summary(t, &line);
    }
    if let Some(s) = &r.sidecar {
        super::sidecar::summary(s, &line);
    }
}

/// The summary's rows of part 8.
fn templates_summary(t: &Templates, line: &dyn Fn(&str, String, String, String, &str)) {
    let (v, a, p) = (median(&t.templated), median(&t.agent), median(&t.plain));
    line(
        "exec with templates (agent)",
        fmt_ms(v),
        fmt_ms(a),
        ratio(a.map(ms), v.map(ms)),
        "< 50 ms",
    );
    let change = v.zip(p).map_or("-".into(), |(v, p)| {
        format!("{:+.1}%", (ms(v) / ms(p) - 1.0) * 100.0)
    });
    line(
        "exec with templates / plain variables",
        change,
        "-".into(),
        "-".into(),
        "< +10%",
    );
}
