//! Profiles against two real OpenBao dev servers with different root tokens: each
//! profile keeps its own token in the data dir and reaches its own server; no profile
//! still shares `~/.vault-token` with the bao CLI; `profile show` and `profile list`.

use crate::cmd::Test;
use crate::proxy::FaultProxy;
use crate::servers::{Bao, bao, bao_binary, unique};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

/// The two servers: (prod, dev).
fn servers() -> &'static (Bao, Bao) {
    static PAIR: OnceLock<(Bao, Bao)> = OnceLock::new();
    PAIR.get_or_init(|| {
        (
            Bao::start_with_root("prod-root-token"),
            Bao::start_with_root("dev-root-token"),
        )
    })
}

/// A HOME shared by several invocations, with a config file defining the profiles.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new(config: &str) -> Home {
        let dir = tempfile::tempdir().expect("temp HOME");
        let file = dir.path().join(".config/vaultctl/config.toml");
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, config).expect("config");
        Home { dir }
    }

    /// `[profile.prod]` and `[profile.dev]` pointing at the two servers.
    fn two_profiles() -> Home {
        let (prod, dev) = servers();
        Home::new(&format!(
            "[profile.prod]\naddress = \"{}\"\n\n[profile.dev]\naddress = \"{}\"\n",
            prod.addr, dev.addr
        ))
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn config(&self) -> PathBuf {
        self.path().join(".config/vaultctl/config.toml")
    }

    /// vaultctl running in this HOME.
    fn vaultctl(&self) -> Test {
        Test::new()
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join(".config"))
    }

    /// Where a profile's token lives (no `XDG_DATA_HOME` set: `~/.local/share`).
    fn token_file(&self, profile: &str) -> PathBuf {
        self.path()
            .join(".local/share/vaultctl/tokens")
            .join(profile)
    }

    /// The bao CLI in this HOME against `bao`, with no token in its environment.
    fn bao(&self, bao: &Bao, args: &[&str]) -> std::process::Output {
        Command::new(bao_binary())
            .env_clear()
            .env("HOME", self.path())
            .env("BAO_ADDR", &bao.addr)
            .args(args)
            .output()
            .expect("run bao")
    }

    /// `vaultctl --profile NAME login` with `token` on standard input.
    fn login(&self, profile: &str, token: &str) {
        self.vaultctl()
            .args(["--profile", profile, "login", "token=-"])
            .stdin(format!("{token}\n"))
            .status(0)
            .stderr_contains("the token is stored in")
            .never_shows(token);
    }
}

/// A KV v2 secret with `who=VALUE` on `bao`; returns its path.
fn secret(bao: &Bao, path: &str, who: &str) {
    bao.ok(&["kv", "put", path, &format!("who={who}")]);
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

#[test]
fn two_profiles_reach_two_servers_with_their_own_tokens() {
    let (prod, dev) = servers();
    let path = format!("secret/{}", unique("profiles"));
    secret(prod, &path, "prod");
    secret(dev, &path, "dev");
    let home = Home::two_profiles();
    home.login("prod", &prod.root_token);
    home.login("dev", &dev.root_token);

    for (profile, bao) in [("prod", prod), ("dev", dev)] {
        let file = home.token_file(profile);
        assert_eq!(
            std::fs::read_to_string(&file).expect("stored"),
            format!("token={}\naddress={}\n", bao.root_token, bao.addr),
            "the token and the address it is for"
        );
        assert_eq!(mode(&file), 0o600, "{profile} token file mode");
    }
    let tokens_dir = home.token_file("prod").with_file_name("");
    assert_eq!(mode(&tokens_dir), 0o700, "tokens dir mode");
    assert!(
        !home.path().join(".vault-token").exists(),
        "a profile login touched ~/.vault-token"
    );

    for profile in ["prod", "dev"] {
        let out = home
            .vaultctl()
            .args(["--profile", profile, "kv", "get", "--field", "who", &path])
            .status(0);
        assert_eq!(out.stdout, profile);
        // VAULTCTL_PROFILE selects the same way.
        let out = home
            .vaultctl()
            .env("VAULTCTL_PROFILE", profile)
            .args(["kv", "get", "--field", "who", &path])
            .status(0);
        assert_eq!(out.stdout, profile);
    }
    // exec and env read with the profile's address and token.
    let out = home
        .vaultctl()
        .args([
            "--profile",
            "dev",
            "exec",
            "--secret",
            &format!("APP_={path}"),
        ])
        .args(["--", "sh", "-c", "printf %s \"$APP_WHO\""])
        .status(0);
    assert_eq!(out.stdout, "dev");
    let out = home
        .vaultctl()
        .env("VAULTCTL_PROFILE", "prod")
        .args(["env", "--format", "json", "--secret", &path])
        .status(0);
    assert_eq!(out.json()["WHO"], "prod");
}

#[test]
fn kv_copy_reads_a_tree_through_one_profile_and_writes_it_through_another() {
    let (prod, dev) = servers();
    let name = unique("copy");
    for (relative, who) in [("a", "one"), ("b/c", "two"), ("b/d/e", "three")] {
        secret(prod, &format!("secret/{name}/{relative}"), who);
    }
    // Already on dev with other data: changed with check-and-set, not created.
    secret(dev, &format!("secret/{name}-copy/b/c"), "old");
    // Each profile reaches its server through a proxy that records the tokens it is sent.
    let (to_prod, to_dev) = (FaultProxy::start(&prod.addr), FaultProxy::start(&dev.addr));
    let home = Home::new(&format!(
        "[profile.prod]\naddress = \"{}\"\n\n[profile.dev]\naddress = \"{}\"\n",
        to_prod.addr, to_dev.addr
    ));
    home.login("prod", &prod.root_token);
    home.login("dev", &dev.root_token);
    let copy = |extra: &[&str]| {
        home.vaultctl()
            .args([
                "kv",
                "copy",
                "--from-profile",
                "prod",
                "--to-profile",
                "dev",
            ])
            .args(extra)
            .args([format!("secret/{name}"), format!("secret/{name}-copy")])
            .status(0)
    };

    let plan = copy(&["--dry-run"]).never_shows("three");
    assert_eq!(
        plan.stdout,
        format!(
            "secret/{name}-copy/a: add who\nsecret/{name}-copy/b/c: change who\n\
             secret/{name}-copy/b/d/e: add who\n"
        )
    );
    let out = copy(&[]);
    assert!(
        out.stdout
            .contains(&format!("secret/{name}-copy/b/c: written (version 2)")),
        "{out}"
    );
    for (relative, who) in [("a", "one"), ("b/c", "two"), ("b/d/e", "three")] {
        let got = dev.ok(&[
            "kv",
            "get",
            "-field=who",
            &format!("secret/{name}-copy/{relative}"),
        ]);
        assert_eq!(got.trim_end(), who, "{relative} on dev");
    }
    // One secret: copied to DST itself.
    home.vaultctl()
        .args(["--profile", "prod", "kv", "copy", "--to-profile", "dev"])
        .args([format!("secret/{name}/a"), format!("secret/{name}-one")])
        .status(0)
        .stdout_contains(&format!("secret/{name}-one: written (version 1)"));
    let got = dev.ok(&["kv", "get", "-field=who", &format!("secret/{name}-one")]);
    assert_eq!(got.trim_end(), "one");
    assert!(
        prod.cli(&["kv", "get", &format!("secret/{name}-copy/a")])
            .status
            .code()
            == Some(2),
        "nothing was written on prod"
    );
    // Each token went only to its own server.
    for (proxy, own, other) in [
        (&to_prod, &prod.root_token, &dev.root_token),
        (&to_dev, &dev.root_token, &prod.root_token),
    ] {
        let seen = proxy.seen();
        assert!(
            seen.iter()
                .any(|r| r.header("x-vault-token") == Some(own.as_str()))
        );
        assert!(
            !seen
                .iter()
                .any(|r| r.header("x-vault-token") == Some(other.as_str())),
            "a token reached the other server"
        );
    }
}

#[test]
fn logout_removes_only_that_profiles_token() {
    let (prod, dev) = servers();
    let home = Home::two_profiles();
    let token = |bao: &Bao| bao.ok(&["token", "create", "-policy=default", "-field=token"]);
    let (prod_token, dev_token) = (token(prod), token(dev));
    home.login("prod", &prod_token);
    home.login("dev", &dev_token);
    home.vaultctl()
        .args(["--profile", "dev", "logout"])
        .status(0);
    assert!(
        !home.token_file("dev").exists(),
        "logout left the dev token"
    );
    assert!(
        home.token_file("prod").exists(),
        "logout of dev removed the prod token"
    );
    // The dev token was revoked on the dev server; prod's still works there.
    let lookup = dev.cli(&["token", "lookup", &dev_token]);
    assert!(!lookup.status.success(), "the dev token was not revoked");
    home.vaultctl()
        .args(["--profile", "prod", "token", "lookup"])
        .status(0)
        .never_shows(&prod_token);
    home.vaultctl()
        .args(["--profile", "dev", "token", "lookup"])
        .status(1)
        .stderr_contains("no token");
}

#[test]
fn without_a_profile_the_token_file_is_shared_with_bao() {
    let (prod, dev) = servers();
    let path = format!("secret/{}", unique("profiles"));
    secret(prod, &path, "prod");
    secret(dev, &path, "dev");
    let home = Home::two_profiles();
    // bao login writes ~/.vault-token; a plain vaultctl reads it.
    let out = home.bao(prod, &["login", "-no-print", &prod.root_token]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = home
        .vaultctl()
        .env("VAULT_ADDR", &prod.addr)
        .args(["kv", "get", "--field", "who", &path])
        .status(0);
    assert_eq!(out.stdout, "prod");
    // A profile login leaves that file alone.
    home.login("dev", &dev.root_token);
    let shared = std::fs::read_to_string(home.path().join(".vault-token")).expect("token");
    assert_eq!(shared.trim(), prod.root_token);
    // A plain vaultctl login writes it; bao reads it.
    home.vaultctl()
        .env("VAULT_ADDR", &dev.addr)
        .args(["login", "token=-"])
        .stdin(dev.root_token.clone())
        .status(0);
    let out = home.bao(dev, &["kv", "get", "-field=who", &path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "dev");
}

#[test]
fn vault_token_wins_over_the_profiles_token() {
    let (prod, _) = servers();
    let home = Home::two_profiles();
    home.login("prod", &prod.root_token);
    let policies = |out: &crate::cmd::Outcome| out.json()["data"]["policies"].clone();
    let stored = home
        .vaultctl()
        .args(["--profile", "prod", "token", "lookup", "--format", "json"])
        .status(0);
    assert_eq!(policies(&stored), serde_json::json!(["root"]));
    let limited = prod.ok(&["token", "create", "-policy=default", "-field=token"]);
    let from_env = home
        .vaultctl()
        .env("VAULT_TOKEN", &limited)
        .args(["--profile", "prod", "token", "lookup", "--format", "json"])
        .status(0)
        .never_shows(&limited);
    assert_eq!(policies(&from_env), serde_json::json!(["default"]));
}

#[test]
fn profile_show_says_where_each_setting_came_from() {
    let (prod, _) = servers();
    let home = Home::new(&format!(
        "[vault]\nnamespace = \"team-a\"\naddress = \"http://127.0.0.1:1\"\n\n\
         [profile.prod]\naddress = \"{}\"\n",
        prod.addr
    ));
    let out = home
        .vaultctl()
        .env("VAULT_MAX_RETRIES", "4")
        .env("VAULT_ADDR", "http://127.0.0.1:2")
        .env("VAULT_TOKEN", "s.never-shown")
        .args([
            "--profile",
            "prod",
            "--timeout",
            "9s",
            "profile",
            "show",
            "--format",
            "json",
        ])
        .status(0)
        .never_shows("s.never-shown");
    let doc = out.json();
    let config = home.config().display().to_string();
    let s = &doc["settings"];
    assert_eq!(
        doc["profile"],
        serde_json::json!({"value": "prod", "source": "flag", "from": "--profile"})
    );
    assert_eq!(
        s["address"],
        serde_json::json!({"value": prod.addr, "source": "profile", "from": "prod"})
    );
    assert_eq!(
        s["max_retries"],
        serde_json::json!({"value": "4", "source": "environment", "from": "VAULT_MAX_RETRIES"})
    );
    assert_eq!(
        s["timeout"],
        serde_json::json!({"value": "9s", "source": "flag", "from": "--timeout"})
    );
    assert_eq!(
        s["namespace"],
        serde_json::json!({"value": "team-a", "source": "file", "from": config})
    );
    assert_eq!(
        s["tls_skip_verify"],
        serde_json::json!({"value": "false", "source": "default"})
    );
    assert_eq!(s["token"]["source"], "environment");
    assert_eq!(s["token"]["from"], "VAULT_TOKEN");
    assert_eq!(doc["config_file"], config);

    // The table, for the NAME argument, with the stored-token location.
    let out = home
        .vaultctl()
        .args(["profile", "show", "prod"])
        .status(0)
        .stdout_contains("profile prod")
        .stdout_contains(&format!("file {config}"));
    let token_line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("token "))
        .expect("token row");
    assert!(token_line.contains("none in "), "{token_line}");
    assert!(
        token_line.contains(".local/share/vaultctl/tokens/prod"),
        "{token_line}"
    );
    // XDG_DATA_HOME moves the profile tokens.
    let data = home.path().join("data");
    let out = home
        .vaultctl()
        .env("XDG_DATA_HOME", &data)
        .args(["--profile", "prod", "profile", "show", "--format", "json"])
        .status(0);
    let expected = format!("none in {}", data.join("vaultctl/tokens/prod").display());
    assert_eq!(out.json()["settings"]["token"]["value"], expected);
    // Without a profile the environment beats [vault].
    let out = home
        .vaultctl()
        .env("VAULT_ADDR", "http://127.0.0.1:2")
        .args(["profile", "show", "--format", "json"])
        .status(0);
    let doc = out.json();
    assert_eq!(
        doc["profile"],
        serde_json::json!({"value": null, "source": "default"})
    );
    assert_eq!(doc["settings"]["address"]["from"], "VAULT_ADDR");
}

#[test]
fn profile_list_tells_live_invalid_missing_and_unanswered_tokens_apart() {
    let (prod, dev) = servers();
    // A server that accepts connections and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let silent_addr = format!("http://{}", silent.local_addr().expect("addr"));
    let home = Home::new(&format!(
        "[profile.prod]\naddress = \"{}\"\n\n[profile.dev]\naddress = \"{}\"\n\n\
         [profile.empty]\naddress = \"{}\"\n\n[profile.silent]\naddress = \"{silent_addr}\"\n",
        prod.addr, dev.addr, prod.addr
    ));
    let hour = prod.ok(&[
        "token",
        "create",
        "-policy=default",
        "-ttl=1h",
        "-field=token",
    ]);
    home.login("prod", &hour);
    for (profile, token) in [("dev", "s.not-a-real-token"), ("silent", "s.unanswered")] {
        let file = home.token_file(profile);
        std::fs::write(&file, token).expect("token file");
    }
    let out = home
        .vaultctl()
        .env("VAULTCTL_PROFILE", "dev")
        .args(["profile", "list", "--format", "json"])
        .status(0)
        .never_shows(&hour)
        .never_shows("s.not-a-real-token");
    assert!(
        out.elapsed < Duration::from_secs(20),
        "list took {:?}",
        out.elapsed
    );
    let doc = out.json();
    let items = doc.as_array().expect("an array");
    let names: Vec<&str> = items
        .iter()
        .map(|i| i["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["dev", "empty", "prod", "silent"]);
    let by = |name: &str| {
        items
            .iter()
            .find(|i| i["name"] == name)
            .expect("item")
            .clone()
    };
    assert_eq!(by("prod")["token"], "live");
    let ttl = by("prod")["ttl"].as_u64().expect("a ttl");
    assert!((3000..=3600).contains(&ttl), "ttl {ttl}");
    assert_eq!(by("prod")["address"], prod.addr);
    assert_eq!(by("dev")["token"], "invalid");
    assert_eq!(by("dev")["selected"], true);
    assert_eq!(by("prod")["selected"], false);
    assert_eq!(by("empty")["token"], "none");
    assert_eq!(by("empty")["ttl"], serde_json::Value::Null);
    assert_eq!(by("silent")["token"], "unknown");
    // The table shows the same.
    let out = home.vaultctl().args(["profile", "list"]).status(0);
    let prod_line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("prod "))
        .expect("prod row");
    assert!(
        prod_line.contains(&prod.addr) && prod_line.contains("live"),
        "{prod_line}"
    );
    drop(silent);
}

#[test]
fn unknown_and_unsafe_profile_names_are_one_line_errors() {
    let home = Home::two_profiles();
    home.vaultctl()
        .args(["--profile", "staging", "kv", "get", "secret/x"])
        .status(1)
        .one_line_error()
        .stderr_contains("unknown --profile \"staging\": known profiles: dev, prod");
    home.vaultctl()
        .env("VAULTCTL_PROFILE", "qa")
        .args(["status"])
        .status(1)
        .one_line_error()
        .stderr_contains("unknown VAULTCTL_PROFILE \"qa\": known profiles: dev, prod");
    home.vaultctl()
        .args(["--profile", "../prod", "login", "token=x"])
        .status(1)
        .one_line_error()
        .stderr_contains("invalid --profile \"../prod\"");
    Test::new()
        .args(["--profile", "prod", "status"])
        .status(1)
        .one_line_error()
        .stderr_contains("unknown --profile \"prod\": there is no config file");
    // exec reports its settings errors with 125.
    home.vaultctl()
        .args(["--profile", "staging", "exec", "--", "true"])
        .status(125)
        .stderr_contains("unknown --profile \"staging\"");
}

#[test]
fn a_profiles_token_is_never_sent_to_an_address_given_over_it() {
    let (prod, dev) = servers();
    // `noaddr` takes its address from VAULT_ADDR.
    let home = Home::new(&format!(
        "[profile.prod]\naddress = \"{}\"\n\n[profile.dev]\naddress = \"{}\"\n\n\
         [profile.noaddr]\ntimeout = \"5s\"\n",
        prod.addr, dev.addr
    ));
    let token = |bao: &Bao| {
        let t = bao.ok(&["token", "create", "-policy=default", "-field=token"]);
        t.trim().to_string()
    };
    let (prod_token, dev_token, noaddr_token) = (token(prod), token(dev), token(dev));
    home.login("prod", &prod_token);
    home.login("dev", &dev_token);
    home.vaultctl()
        .env("VAULT_ADDR", &dev.addr)
        .args(["--profile", "noaddr", "login", "token=-"])
        .stdin(format!("{noaddr_token}\n"))
        .status(0);
    // Another server, as someone else's would be, behind a proxy that records headers.
    let proxy = FaultProxy::start(&bao().addr);
    let stored = [&prod_token, &dev_token, &noaddr_token];
    let carried = |proxy: &FaultProxy| -> Vec<String> {
        proxy
            .seen()
            .iter()
            .filter(|r| {
                r.header("x-vault-token")
                    .is_some_and(|t| stored.iter().any(|s| s.as_str() == t))
            })
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    };

    // `profile list` pointed elsewhere by --address, then by VAULT_ADDR.
    let out = home
        .vaultctl()
        .args([
            "--address",
            &proxy.addr,
            "profile",
            "list",
            "--format",
            "json",
        ])
        .status(0);
    assert_eq!(
        carried(&proxy),
        Vec::<String>::new(),
        "a stored token reached the proxy"
    );
    assert!(
        out.stderr.contains("not sent there, so not checked"),
        "{out}"
    );
    let doc = out.json();
    let items = doc.as_array().expect("an array");
    let names: Vec<&str> = items.iter().filter_map(|i| i["name"].as_str()).collect();
    assert_eq!(names, ["dev", "noaddr", "prod"], "{out}");
    for item in items {
        assert_eq!(item["token"], "unchecked", "{item}");
        assert_eq!(item["address"], proxy.addr.as_str(), "{item}");
    }
    home.vaultctl()
        .env("VAULT_ADDR", &proxy.addr)
        .args(["profile", "list"])
        .status(0)
        .stdout_contains("noaddr");
    assert_eq!(
        carried(&proxy),
        Vec::<String>::new(),
        "a stored token reached the proxy"
    );

    // Any command with a profile and an address over it: the request goes there, the
    // profile's token does not.
    let path = format!("secret/{}", unique("profiles"));
    for (profile, env) in [("prod", None), ("dev", None), ("noaddr", Some(&proxy.addr))] {
        let mut cmd = home.vaultctl();
        let mut args = vec!["--profile", profile];
        match env {
            Some(addr) => cmd = cmd.env("VAULT_ADDR", addr),
            None => args.extend(["--address", &proxy.addr]),
        }
        let before = proxy.count();
        let out = cmd
            .args(args)
            .args(["kv", "get", &path])
            .run()
            .stderr_contains(&format!("the token stored for profile {profile}"))
            .stderr_contains("it is not sent")
            .never_shows(stored[0])
            .never_shows(stored[1]);
        assert_ne!(out.code, Some(0), "{out}");
        assert!(
            proxy.count() > before,
            "{profile}: the command did not reach the proxy"
        );
    }
    assert_eq!(
        carried(&proxy),
        Vec::<String>::new(),
        "a stored token reached the proxy"
    );

    // `profile show` says so, without asking any server.
    let before = proxy.count();
    let out = home
        .vaultctl()
        .args(["--profile", "prod", "--address", &proxy.addr])
        .args(["profile", "show", "--format", "json"])
        .status(0);
    let shown = out.json()["settings"]["token"]["value"].clone();
    assert!(
        shown
            .as_str()
            .is_some_and(|v| v.starts_with("stored for another address in ")),
        "{out}"
    );
    assert_eq!(proxy.count(), before, "profile show asked a server");

    // At their own addresses the tokens still work; VAULT_TOKEN is the user's own choice.
    home.vaultctl()
        .args(["--profile", "prod", "token", "lookup"])
        .status(0);
    home.vaultctl()
        .env("VAULT_ADDR", &dev.addr)
        .args(["--profile", "noaddr", "token", "lookup"])
        .status(0);
    let own = bao().ok(&["token", "create", "-policy=default", "-field=token"]);
    let own = own.trim();
    home.vaultctl()
        .env("VAULT_TOKEN", own)
        .args([
            "--profile",
            "prod",
            "--address",
            &proxy.addr,
            "token",
            "lookup",
        ])
        .status(0);
    assert!(
        proxy
            .seen()
            .iter()
            .any(|r| r.header("x-vault-token") == Some(own)),
        "VAULT_TOKEN was not sent"
    );
}
