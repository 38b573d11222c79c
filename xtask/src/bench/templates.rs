//! Part 8: exec time-to-child with templates. vaultctl renders a `DATABASE_URL`
//! template (`postgresql://{{ vault:database/creds/app#username | urlencode }}:{{ ...
//! #password | urlencode }}@127.0.0.1:PORT/postgres`) into the child's environment and a
//! config file of 50 placeholders (`--template DEST=SRC`) drawing on the 10 paths of
//! part 2 ([`super::startup`]). Beside it, interleaved: vaultctl's plain start with the
//! same secrets as 50 variables (part 2's command), and OpenBao Agent rendering the same
//! two templates in consul-template syntax.
//!
//! The agent cannot render file templates in process-supervisor mode: its top-level
//! `exec` needs `env_template` blocks, and `template` blocks are refused beside them
//! (OpenBao 2.7 says "'template' cannot be specified with 'env_template' entries", and
//! without them "must specify at least one 'env_template' element with a top-level
//! 'exec' element"). So it renders DATABASE_URL into a file too, and the config file's
//! `template` block starts the child with its own `exec { command = [...] }`: run once
//! that file is rendered, after the DATABASE_URL file, which comes first and needs only
//! the database credential, which the config file needs too. A check run first makes
//! sure each child sees a DATABASE_URL that psql logs in with, from the same lease as
//! the file's username and password, and the file's 50 values.

use super::clients::{self, Spec};
use super::lab::Lab;
use super::probe::Probe;
use super::setup::{self, Role, Var};
use super::startup::{AGENT, Mem, VAULTCTL, check_vars, measured, supervised};
use super::stats::{fmt_mib, fmt_ms, median, ms, quantile, ratio};
use super::tplcheck::{self, Seen, check};
use std::path::PathBuf;
use std::time::Duration;

/// What the part measured.
#[derive(Default)]
pub struct Templates {
    /// vaultctl with the DATABASE_URL template and the config-file template.
    pub templated: Vec<Duration>,
    /// Its memory.
    pub templated_mem: Vec<Mem>,
    /// vaultctl with the same secrets as 50 variables.
    pub plain: Vec<Duration>,
    /// Its memory.
    pub plain_mem: Vec<Mem>,
    /// The agent rendering the two templates.
    pub agent: Vec<Duration>,
    /// Its memory.
    pub agent_mem: Vec<Mem>,
    /// What the children of vaultctl and of the agent saw.
    pub seen: [Seen; 2],
    /// Variables with a value in the plain start's child.
    pub plain_vars: usize,
}

/// Where the templates and their renders live.
pub(super) struct Files {
    /// vaultctl's template file (SRC).
    pub(super) source: PathBuf,
    /// vaultctl's rendered file (DEST).
    pub(super) vaultctl_conf: PathBuf,
    /// The agent's rendered config file.
    pub(super) agent_conf: PathBuf,
    /// The agent's rendered DATABASE_URL.
    pub(super) agent_url: PathBuf,
    /// The check run's child script.
    pub(super) check_script: PathBuf,
}

/// Runs `runs` rounds (`agent_runs` of them with the agent) after a check of each.
pub fn measure(
    lab: &Lab,
    probe: &Probe,
    roles: &[Role],
    runs: usize,
    agent_runs: usize,
) -> Result<Templates, String> {
    let vars = setup::app_vars();
    let vc = Spec {
        vars: &vars,
        role: clients::role(roles, "vaultctl")?,
        poll: Duration::from_secs(60),
    };
    let ag = Spec {
        vars: &vars,
        role: clients::role(roles, "agent")?,
        poll: Duration::from_secs(300),
    };
    let files = Files::new(lab, &vars)?;
    let mut out = Templates {
        seen: [
            check(lab, probe, &vc, &files, false)?,
            check(lab, probe, &ag, &files, true)?,
        ],
        plain_vars: check_vars(lab, probe, &vc, false)?,
        ..Templates::default()
    };
    eprintln!("bench: exec with templates, {runs} rounds ({agent_runs} with the agent)");
    for round in 0..=runs {
        let keep = round > 0; // round 0 warms the caches up
        // Alternate which vaultctl goes first, so neither always follows the other.
        let (t, t_mem, p, p_mem) = if round % 2 == 0 {
            let (t, tm) = templated(lab, probe, &vc, &files, round)?;
            let (p, pm) = plain(lab, probe, &vc, round)?;
            (t, tm, p, pm)
        } else {
            let (p, pm) = plain(lab, probe, &vc, round)?;
            let (t, tm) = templated(lab, probe, &vc, &files, round)?;
            (t, tm, p, pm)
        };
        if keep {
            out.templated.push(t);
            out.templated_mem.push(t_mem);
            out.plain.push(p);
            out.plain_mem.push(p_mem);
        }
        if round <= agent_runs {
            let (a, a_mem) = agent(lab, probe, &ag, &files, round)?;
            if keep {
                out.agent.push(a);
                out.agent_mem.push(a_mem);
            }
        }
    }
    Ok(out)
}

impl Files {
    /// Writes vaultctl's template and the check script into the lab.
    fn new(lab: &Lab, vars: &[Var]) -> Result<Files, String> {
        Ok(Files {
            source: lab.write("tpl-config.yml.tpl", &file_template(vars, false))?,
            vaultctl_conf: lab.dir.join("tpl-vaultctl.yml"),
            agent_conf: lab.dir.join("tpl-agent.yml"),
            agent_url: lab.dir.join("tpl-agent.url"),
            check_script: lab.write("tpl-check.sh", tplcheck::CHECK_CHILD)?,
        })
    }
}

/// The config file: one `NAME: VALUE` line a variable; vaultctl's placeholders or the
/// agent's consul-template expressions.
pub(super) fn file_template(vars: &[Var], agent: bool) -> String {
    vars.iter()
        .map(|v| {
            let value = if agent {
                clients::expression(v, None)
            } else {
                format!("{{{{ vault:{}#{} }}}}", v.path, v.key)
            };
            format!("{}: {value}\n", v.name)
        })
        .collect()
}

/// The DATABASE_URL template, vaultctl's or the agent's.
pub(super) fn url_template(lab: &Lab, agent: bool) -> String {
    let creds = format!("database/creds/{}", setup::DB_ROLE);
    let userinfo = if agent {
        format!(
            "{{{{ with secret \"{creds}\" }}}}{{{{ .Data.username | urlquery }}}}:{{{{ .Data.password | urlquery }}}}{{{{ end }}}}"
        )
    } else {
        format!(
            "{{{{ vault:{creds}#username | urlencode }}}}:{{{{ vault:{creds}#password | urlencode }}}}"
        )
    };
    format!("postgresql://{userinfo}@127.0.0.1:{}/postgres", lab.pg_port)
}

/// `vaultctl exec` with `--env DATABASE_URL=TEMPLATE --template DEST=SRC`.
pub(super) fn vaultctl_argv(
    lab: &Lab,
    spec: &Spec<'_>,
    files: &Files,
    child: Vec<String>,
) -> Vec<String> {
    let extra = [
        "--env".to_string(),
        format!("DATABASE_URL={}", url_template(lab, false)),
        "--template".into(),
        format!(
            "{}={}",
            files.vaultctl_conf.display(),
            files.source.display()
        ),
    ];
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    let no_vars = Spec {
        vars: &[],
        role: spec.role,
        poll: spec.poll,
    };
    clients::vaultctl(lab, &no_vars, &extra, child)
}

/// `bao agent` with two `template` blocks: the DATABASE_URL file, then the config file,
/// whose `exec` starts the child.
pub(super) fn agent_argv(
    lab: &Lab,
    name: &str,
    spec: &Spec<'_>,
    files: &Files,
    child: &[String],
) -> Result<Vec<String>, String> {
    let mut hcl = clients::agent_base(lab, spec);
    hcl.push_str(&format!(
        "template {{\n  destination = {:?}\n  contents = {:?}\n  perms = \"0600\"\n  error_on_missing_key = true\n}}\n",
        files.agent_url.display().to_string(),
        url_template(lab, true)
    ));
    hcl.push_str(&format!(
        "template {{\n  destination = {:?}\n  contents = {:?}\n  perms = \"0600\"\n  error_on_missing_key = true\n  exec {{\n    command = [{}]\n    timeout = \"300s\"\n  }}\n}}\n",
        files.agent_conf.display().to_string(),
        file_template(spec.vars, true),
        clients::hcl_list(child)
    ));
    clients::agent_with(lab, name, &hcl)
}

fn templated(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    files: &Files,
    round: usize,
) -> Result<(Duration, Mem), String> {
    let tag = format!("tpl-vc-{round}");
    let argv = vaultctl_argv(lab, spec, files, probe.child(&tag));
    let env = clients::vaultctl_env(lab);
    measured(
        lab,
        probe,
        "vaultctl exec templates",
        &argv,
        &env,
        &tag,
        VAULTCTL,
    )
}

/// vaultctl's plain start, as part 2 times it.
fn plain(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    round: usize,
) -> Result<(Duration, Mem), String> {
    supervised(lab, probe, spec, &format!("tpl-plain-{round}"))
}

fn agent(
    lab: &Lab,
    probe: &Probe,
    spec: &Spec<'_>,
    files: &Files,
    round: usize,
) -> Result<(Duration, Mem), String> {
    let tag = format!("tpl-agent-{round}");
    let argv = agent_argv(lab, "templates-agent", spec, files, &probe.child(&tag))?;
    let env = clients::agent_env(lab);
    measured(lab, probe, "bao agent templates", &argv, &env, &tag, AGENT)
}

/// Prints the section.
pub fn report(t: &Templates) {
    out!(
        "\n## 8. exec time-to-child with templates: DATABASE_URL template + a 50-placeholder config file from the 10 paths of part 2\n"
    );
    out!(
        "{:<40} {:>5} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "client",
        "runs",
        "median",
        "min",
        "p90",
        "RSS",
        "private"
    );
    let row = |name: &str, d: &[Duration], mem: &[Mem]| {
        let field = |f: fn(&Mem) -> u64| median(&mem.iter().map(f).collect::<Vec<_>>());
        out!(
            "{:<40} {:>5} {:>10} {:>10} {:>10} {:>10} {:>10}",
            name,
            d.len(),
            fmt_ms(median(d)),
            fmt_ms(quantile(d, 0.0)),
            fmt_ms(quantile(d, 0.9)),
            fmt_mib(field(|m| m.rss)),
            fmt_mib(field(|m| m.anon))
        );
    };
    row("vaultctl exec, templates", &t.templated, &t.templated_mem);
    row("vaultctl exec, 50 plain variables", &t.plain, &t.plain_mem);
    row(
        "bao agent (2 file templates + exec)",
        &t.agent,
        &t.agent_mem,
    );
    out!();
    let change = |q: f64| {
        let (a, b) = (quantile(&t.templated, q), quantile(&t.plain, q));
        a.zip(b).map_or("-".into(), |(a, b)| {
            format!("{:+.1}%", (ms(a) / ms(b) - 1.0) * 100.0)
        })
    };
    // Each round's pair ran back to back: their ratio is less at the mercy of the
    // machine's load drifting over the run than the ratio of the medians.
    let pairs: Vec<f64> = t
        .templated
        .iter()
        .zip(&t.plain)
        .map(|(a, b)| ms(*a) / ms(*b))
        .collect();
    let paired = median(&pairs).map_or("-".into(), |r| format!("{:+.1}%", (r - 1.0) * 100.0));
    out!(
        "templates / plain:        median {}, p90 {}, median of the rounds' pairs {}  (target: under +10%)",
        change(0.5),
        change(0.9),
        paired
    );
    let (a, v) = (median(&t.agent), median(&t.templated));
    out!(
        "agent / vaultctl:         {} (medians, both rendering the templates)",
        ratio(a.map(ms), v.map(ms))
    );
    checks(t);
}

/// What the check runs found, and how each client hands the URL over.
fn checks(t: &Templates) {
    let yes = |b: bool| if b { "yes" } else { "NO" };
    for (name, s) in ["vaultctl", "agent"].iter().zip(&t.seen) {
        out!(
            "{name:<9} child saw: file values {}/50 (mode {:04o}), DATABASE_URL logs in with psql: {}, same lease as the file: {}",
            s.values,
            s.mode,
            yes(s.url_logs_in),
            yes(s.one_lease)
        );
    }
    out!(
        "plain child saw:          {}/50 variables with a value",
        t.plain_vars
    );
    out!("vaultctl: DATABASE_URL in the child's environment; the file written atomically");
    out!("agent: its top-level exec refuses file templates, so DATABASE_URL is a file too");
    out!("(perms 0600), and the config file's template block starts the child with its own");
    out!("exec (a command run after the render: not supervised, no restart on changes)");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_file_templates_have_a_line_a_variable() {
        let vars = setup::app_vars();
        for agent in [false, true] {
            assert_eq!(file_template(&vars, agent).lines().count(), 50);
        }
    }
}
