//! The two clients under test, configured alike: `vaultctl exec` with flags, and
//! OpenBao Agent in process-supervisor mode with a config file. Both log in with AppRole
//! (the agent's `auto_auth` reads the role and secret ids from files, vaultctl's
//! `--auth-param role_id=@FILE` too), inject the same variables from the same paths, and
//! run the same child. The agent's `env_template` + `exec` syntax is OpenBao 2.x's (the
//! same as Vault Agent 1.14+): one `env_template "NAME"` block a variable, whose
//! `contents` is a consul-template `{{ with secret "PATH" }}...{{ end }}`, and one
//! top-level `exec { command = [...] }`. Secrets are re-read every
//! `template_config.static_secret_render_interval`, the agent's counterpart of
//! `--poll-interval`.

use super::lab::Lab;
use super::setup::{Role, Var};
use std::time::Duration;

/// How a client is set up for one part of the benchmark.
pub struct Spec<'a> {
    /// The variables to inject.
    pub vars: &'a [Var],
    /// The AppRole to log in with.
    pub role: &'a Role,
    /// `--poll-interval`, and the agent's `static_secret_render_interval`.
    pub poll: Duration,
}

/// The role set up for `name` ("vaultctl" or "agent").
pub fn role<'a>(roles: &'a [Role], name: &str) -> Result<&'a Role, String> {
    roles
        .iter()
        .find(|r| r.name == name)
        .ok_or_else(|| format!("no AppRole set up for {name}"))
}

/// vaultctl's and the agent's specs for the same variables and poll interval.
pub fn pair<'a>(
    roles: &'a [Role],
    vars: &'a [Var],
    poll: Duration,
) -> Result<(Spec<'a>, Spec<'a>), String> {
    let spec = |name: &str| -> Result<Spec<'a>, String> {
        Ok(Spec {
            vars,
            role: role(roles, name)?,
            poll,
        })
    };
    Ok((spec("vaultctl")?, spec("agent")?))
}

/// `vaultctl exec --auth approle ... --env NAME=vault:PATH#KEY ... [extra] -- child`.
pub fn vaultctl(lab: &Lab, spec: &Spec<'_>, extra: &[&str], child: Vec<String>) -> Vec<String> {
    let mut argv = vec![lab.vaultctl.display().to_string(), "exec".into()];
    argv.extend(["--auth".into(), "approle".into()]);
    argv.extend([
        "--auth-param".into(),
        format!("role_id=@{}", spec.role.role_id.display()),
    ]);
    argv.extend([
        "--auth-param".into(),
        format!("secret_id=@{}", spec.role.secret_id.display()),
    ]);
    argv.extend([
        "--poll-interval".into(),
        format!("{}s", spec.poll.as_secs()),
    ]);
    for var in spec.vars {
        argv.push("--env".into());
        argv.push(format!("{}=vault:{}#{}", var.name, var.path, var.key));
    }
    argv.extend(extra.iter().map(|s| s.to_string()));
    argv.push("--".into());
    argv.extend(child);
    argv
}

/// The environment vaultctl runs with: the server's address and a HOME without a token.
pub fn vaultctl_env(lab: &Lab) -> Vec<(String, String)> {
    vec![
        ("VAULT_ADDR".into(), lab.addr.clone()),
        ("HOME".into(), lab.dir.display().to_string()),
    ]
}

/// `bao agent -config=FILE`, writing the config to `NAME.hcl` in the lab.
pub fn agent(
    lab: &Lab,
    name: &str,
    spec: &Spec<'_>,
    child: &[String],
) -> Result<Vec<String>, String> {
    agent_with(lab, name, &agent_config(lab, spec, child))
}

/// `bao agent -config=FILE` with the config `hcl`, written to `NAME.hcl` in the lab.
pub fn agent_with(lab: &Lab, name: &str, hcl: &str) -> Result<Vec<String>, String> {
    let config = lab.write(&format!("{name}.hcl"), hcl)?;
    Ok(vec![
        lab.bao.display().to_string(),
        "agent".into(),
        format!("-config={}", config.display()),
    ])
}

/// The agent's environment: a HOME of its own and nothing else of note.
pub fn agent_env(lab: &Lab) -> Vec<(String, String)> {
    vec![("HOME".into(), lab.dir.display().to_string())]
}

fn agent_config(lab: &Lab, spec: &Spec<'_>, child: &[String]) -> String {
    let mut hcl = agent_base(lab, spec);
    hcl.push_str(&format!(
        "exec {{\n  command = [{}]\n  restart_on_secret_changes = \"always\"\n  restart_stop_signal = \"SIGTERM\"\n}}\n",
        hcl_list(child)
    ));
    for var in spec.vars {
        hcl.push_str(&format!(
            "env_template {:?} {{\n  contents = {:?}\n  error_on_missing_key = true\n}}\n",
            var.name,
            expression(var, None)
        ));
    }
    hcl
}

/// The agent's `vault`, `auto_auth` and `template_config` stanzas: what every agent of
/// the benchmark shares, whatever it renders.
pub fn agent_base(lab: &Lab, spec: &Spec<'_>) -> String {
    format!(
        r#"vault {{
  address = "{addr}"
}}
auto_auth {{
  method "approle" {{
    mount_path = "auth/approle"
    config = {{
      role_id_file_path = "{role_id}"
      secret_id_file_path = "{secret_id}"
      remove_secret_id_file_after_reading = false
    }}
  }}
}}
template_config {{
  static_secret_render_interval = "{poll}s"
  exit_on_retry_failure = true
}}
"#,
        addr = lab.addr,
        role_id = spec.role.role_id.display(),
        secret_id = spec.role.secret_id.display(),
        poll = spec.poll.as_secs(),
    )
}

/// `"a", "b"`: an HCL list's items.
pub fn hcl_list(items: &[String]) -> String {
    items
        .iter()
        .map(|a| format!("{a:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `{{ with secret "secret/data/P" }}{{ .Data.data.KEY }}{{ end }}` for KV v2,
/// `{{ .Data.KEY }}` for anything else; with a `filter`, `{{ .Data.KEY | FILTER }}`.
pub fn expression(var: &Var, filter: Option<&str>) -> String {
    let filter = filter.map_or(String::new(), |f| format!(" | {f}"));
    match var.path.strip_prefix("secret/") {
        Some(rest) => format!(
            "{{{{ with secret \"secret/data/{rest}\" }}}}{{{{ .Data.data.{}{filter} }}}}{{{{ end }}}}",
            var.key
        ),
        None => format!(
            "{{{{ with secret \"{}\" }}}}{{{{ .Data.{}{filter} }}}}{{{{ end }}}}",
            var.path, var.key
        ),
    }
}
