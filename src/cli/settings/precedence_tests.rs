//! Unit tests of the precedence with profiles (flag, then the selected profile, then
//! `VAULT_*`/`BAO_*`, then `[vault]`, then the default), the source recorded for each
//! setting, and the errors for unknown or unsafe profile names.

use super::*;
use std::collections::HashMap;
use std::path::Path;

const CONFIG: &str = r#"
[vault]
address = "http://file:1"
namespace = "file-ns"
max_retries = 5

[profile.prod]
address = "http://prod:1"
timeout = "7s"
format = "json"

[profile.dev]
namespace = "dev-ns"
"#;

/// Resolves with `CONFIG` as the config file, the given flags and variables.
fn resolve_with(args: GlobalArgs, vars: &[(&str, &str)]) -> Result<Settings> {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, CONFIG).expect("config");
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    map.insert("VAULTCTL_CONFIG".into(), config.display().to_string());
    let env = move |k: &str| map.get(k).cloned();
    Settings::resolve(&args, &env, false, false)
}

fn with_profile(name: &str) -> GlobalArgs {
    GlobalArgs {
        profile: Some(name.into()),
        ..GlobalArgs::default()
    }
}

fn source_of(s: &Settings, key: &str) -> Source {
    s.origins
        .iter()
        .find(|o| o.key == key)
        .map(|o| o.source.clone())
        .unwrap_or_else(|| panic!("no origin for {key}"))
}

#[test]
fn profile_beats_environment_which_beats_the_vault_table() {
    let env = [("VAULT_ADDR", "http://env:1"), ("VAULT_MAX_RETRIES", "4")];
    let s = resolve_with(with_profile("prod"), &env).expect("resolves");
    assert_eq!(s.client.address, "http://prod:1");
    assert_eq!(source_of(&s, "address"), Source::Profile("prod".into()));
    assert_eq!(s.client.timeout, Duration::from_secs(7));
    assert_eq!(s.format, Format::Json);
    // Not in the profile: the environment, then [vault], then the default.
    assert_eq!(s.client.max_retries, 4);
    assert_eq!(
        source_of(&s, "max_retries"),
        Source::Env("VAULT_MAX_RETRIES".into())
    );
    assert_eq!(s.client.namespace.as_deref(), Some("file-ns"));
    assert_eq!(source_of(&s, "namespace"), Source::File);
    assert_eq!(source_of(&s, "tls_skip_verify"), Source::Default);

    // Without a profile the environment beats [vault].
    let s = resolve_with(GlobalArgs::default(), &env).expect("resolves");
    assert_eq!(s.client.address, "http://env:1");
    assert_eq!(source_of(&s, "address"), Source::Env("VAULT_ADDR".into()));
    assert!(s.profile.is_none());
}

#[test]
fn a_flag_beats_the_profile() {
    let args = GlobalArgs {
        address: Some("http://flag:1".into()),
        ..with_profile("prod")
    };
    let s = resolve_with(args, &[]).expect("resolves");
    assert_eq!(s.client.address, "http://flag:1");
    assert_eq!(source_of(&s, "address"), Source::Flag("--address"));
}

#[test]
fn the_variable_selects_a_profile_and_the_flag_beats_it() {
    let s = resolve_with(GlobalArgs::default(), &[("VAULTCTL_PROFILE", "dev")]).expect("dev");
    let profile = s.profile.expect("selected");
    assert_eq!(profile.name, "dev");
    assert_eq!(profile.source, Source::Env("VAULTCTL_PROFILE".into()));
    assert!(profile.token_file.ends_with("vaultctl/tokens/dev"));
    let s = resolve_with(with_profile("prod"), &[("VAULTCTL_PROFILE", "dev")]).expect("prod");
    assert_eq!(s.profile.expect("selected").name, "prod");
    assert_eq!(s.client.address, "http://prod:1");
}

#[test]
fn an_unknown_profile_names_its_source_and_the_known_ones() {
    let e = resolve_with(with_profile("staging"), &[]).expect_err("unknown");
    assert_eq!(
        e.to_string(),
        "unknown --profile \"staging\": known profiles: dev, prod"
    );
    let e =
        resolve_with(GlobalArgs::default(), &[("VAULTCTL_PROFILE", "qa")]).expect_err("unknown");
    assert!(
        e.to_string().starts_with("unknown VAULTCTL_PROFILE \"qa\""),
        "{e}"
    );
}

#[test]
fn an_unsafe_name_is_refused_before_the_config_file_is_read() {
    for name in ["../x", ".hidden", "a/b", ""] {
        let args = GlobalArgs {
            config: Some("/nonexistent/config.toml".into()),
            ..with_profile(name)
        };
        let env = |_: &str| None;
        let e = Settings::resolve(&args, &env, false, false).expect_err(name);
        assert!(e.to_string().starts_with("invalid --profile"), "{e}");
    }
}

#[test]
fn bad_values_in_a_profile_name_their_table() {
    let text = "[profile.prod]\ntimeout = \"soon\"\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("c.toml");
    std::fs::write(&config, text).expect("config");
    let args = GlobalArgs {
        config: Some(config),
        ..with_profile("prod")
    };
    let env = |_: &str| None;
    let e = Settings::resolve(&args, &env, false, false).expect_err("bad timeout");
    assert!(
        e.to_string().contains("config file profile.prod.timeout"),
        "{e}"
    );
}

#[test]
fn profile_tables_take_only_the_keys_of_vault() {
    let e = parse_config("[profile.prod]\naddres = \"http://x\"\n", "c.toml").expect_err("typo");
    assert!(e.to_string().contains("unknown field `addres`"), "{e}");
    let config = parse_config("[profile.\"a/b\"]\n", "c.toml").expect("parses");
    let e = profile::check_file(&config, Some(Path::new("c.toml"))).expect_err("unsafe");
    assert!(
        e.to_string().contains("invalid profile name \"a/b\""),
        "{e}"
    );
}
