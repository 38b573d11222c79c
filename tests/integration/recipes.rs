//! The recipes of docs/recipes/ are checked like code: every YAML file parses (PyYAML,
//! which `scripts/test` installs), the manifests have the structure their README
//! promises, the Dockerfile holds only instructions Docker knows, every `vaultctl`
//! command line in them uses flags the binary has, and the recipes that can run here run
//! against a real OpenBao and PostgreSQL. There is no Docker engine and no Kubernetes
//! cluster on the test machine: the image is not built and the manifests are not applied.

use crate::servers::{bao, free_port, unique, wait_for};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn recipes() -> PathBuf {
    root().join("docs/recipes")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The YAML files of the recipes: the manifests and the Prometheus config.
fn yaml_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(recipes().join("k8s"))
        .expect("docs/recipes/k8s")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files.push(recipes().join("prometheus.yml"));
    files
}

/// Every document of a YAML file, as JSON, read by PyYAML's `safe_load_all`.
fn yaml(path: &Path) -> Vec<Value> {
    const SCRIPT: &str = "import json, sys, yaml\njson.dump(list(yaml.safe_load_all(open(sys.argv[1]))), sys.stdout)";
    let mut python_path = root().join(".tools/python").into_os_string();
    if let Some(more) = std::env::var_os("PYTHONPATH") {
        python_path.push(":");
        python_path.push(more);
    }
    let out = Command::new("python3")
        .env("PYTHONPATH", python_path)
        .args(["-c", SCRIPT])
        .arg(path)
        .output()
        .expect("python3 runs (scripts/test needs it for OpenBao too)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'yaml'"),
        "PyYAML is missing: scripts/test installs it (pip install --target .tools/python pyyaml)"
    );
    assert!(
        out.status.success(),
        "{} is not valid YAML: {stderr}",
        path.display()
    );
    serde_json::from_slice(&out.stdout).expect("PyYAML's documents as JSON")
}

fn manifest(name: &str) -> Vec<Value> {
    yaml(&recipes().join("k8s").join(name))
}

fn kind<'a>(docs: &'a [Value], kind: &str) -> Vec<&'a Value> {
    docs.iter().filter(|d| d["kind"] == kind).collect()
}

/// The pod template of the manifest's one Deployment.
fn pod(docs: &[Value]) -> &Value {
    let deployments = kind(docs, "Deployment");
    assert_eq!(deployments.len(), 1, "one Deployment");
    &deployments[0]["spec"]["template"]["spec"]
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().expect("a string").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A container's command line: `command` then `args`.
fn command_line(container: &Value) -> Vec<String> {
    let mut line = strings(&container["command"]);
    line.extend(strings(&container["args"]));
    line
}

/// Every value given to `flag` in a command line (before `--`).
fn values_of(line: &[String], flag: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut words = line.iter().take_while(|w| *w != "--");
    while let Some(word) = words.next() {
        if word == flag {
            found.push(words.next().cloned().unwrap_or_default());
        } else if let Some(value) = word.strip_prefix(&format!("{flag}=")) {
            found.push(value.to_string());
        }
    }
    found
}

fn has_flag(line: &[String], flag: &str) -> bool {
    line.iter().take_while(|w| *w != "--").any(|w| w == flag)
}

fn named<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no entry named {name} in {list}"))
}

/// The port a probe's `httpGet` hits, a named port resolved through the container's ports.
fn probe_port(container: &Value, probe: &str) -> u64 {
    let port = &container[probe]["httpGet"]["port"];
    if let Some(n) = port.as_u64() {
        return n;
    }
    let name = port
        .as_str()
        .unwrap_or_else(|| panic!("{probe} has no httpGet port"));
    named(&container["ports"], name)["containerPort"]
        .as_u64()
        .expect("containerPort")
}

fn listen_port(line: &[String]) -> u64 {
    let listen = values_of(line, "--listen");
    assert_eq!(listen.len(), 1, "one --listen in {line:?}");
    listen[0]
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("--listen HOST:PORT")
}

/// Mebibytes of a Kubernetes memory quantity such as `8Mi` or `64Mi`.
fn mebibytes(quantity: &Value) -> u64 {
    let text = quantity.as_str().expect("a memory quantity");
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: u64 = number.parse().expect("a number");
    match unit {
        "Mi" => n,
        "Gi" => n * 1024,
        "Ki" => n.div_ceil(1024),
        _ => panic!("unexpected memory unit in {text}"),
    }
}

/// Every container and init container runs non-root, read-only, without privilege
/// escalation, with every capability dropped and a memory request.
fn assert_hardened(pod: &Value) {
    assert_eq!(
        pod["securityContext"]["runAsNonRoot"], true,
        "pod runAsNonRoot"
    );
    let uid = pod["securityContext"]["runAsUser"]
        .as_u64()
        .expect("runAsUser");
    assert_ne!(uid, 0, "runAsUser is not root");
    let all = pod["containers"]
        .as_array()
        .into_iter()
        .chain(pod["initContainers"].as_array())
        .flatten();
    for c in all {
        let name = &c["name"];
        let sc = &c["securityContext"];
        assert_eq!(
            sc["allowPrivilegeEscalation"], false,
            "{name}: allowPrivilegeEscalation"
        );
        assert_eq!(
            sc["readOnlyRootFilesystem"], true,
            "{name}: readOnlyRootFilesystem"
        );
        assert!(
            strings(&sc["capabilities"]["drop"]).contains(&"ALL".to_string()),
            "{name}: capabilities.drop ALL"
        );
        assert!(
            !c["resources"]["requests"]["memory"].is_null(),
            "{name}: a memory request"
        );
        if command_line(c)
            .first()
            .is_some_and(|w| w.ends_with("vaultctl"))
            && c["name"] != "app"
        {
            let request = mebibytes(&c["resources"]["requests"]["memory"]);
            let limit = mebibytes(&c["resources"]["limits"]["memory"]);
            assert!(
                request <= 16 && limit <= 64,
                "{name}: vaultctl asks for {request}Mi, limit {limit}Mi"
            );
        }
    }
}

/// The name and mount path of the pod's in-memory `emptyDir`.
fn memory_volume(pod: &Value) -> String {
    let volumes = pod["volumes"].as_array().expect("volumes");
    let memory: Vec<&Value> = volumes
        .iter()
        .filter(|v| v["emptyDir"]["medium"] == "Memory")
        .collect();
    assert_eq!(memory.len(), 1, "one emptyDir of medium Memory");
    memory[0]["name"].as_str().expect("name").to_string()
}

/// Where `container` mounts `volume` (and whether read-only).
fn mount_of(container: &Value, volume: &str) -> Option<(String, bool)> {
    container["volumeMounts"].as_array()?.iter().find_map(|m| {
        (m["name"] == volume).then(|| {
            (
                m["mountPath"].as_str().expect("mountPath").to_string(),
                m["readOnly"] == true,
            )
        })
    })
}

/// The DEST of every `--file DEST=REF` and `--template DEST=SRC`.
fn destinations(line: &[String]) -> Vec<String> {
    let mut out: Vec<String> = values_of(line, "--file");
    out.extend(values_of(line, "--template"));
    out.iter()
        .map(|v| v.split_once('=').expect("DEST=...").0.to_string())
        .collect()
}

#[test]
fn every_yaml_file_of_the_recipes_parses() {
    let files = yaml_files();
    assert!(files.len() >= 3, "{files:?}");
    for file in &files {
        let docs = yaml(file);
        assert!(!docs.is_empty(), "{} holds no document", file.display());
        if file.ends_with("prometheus.yml") {
            let jobs = docs[0]["scrape_configs"]
                .as_array()
                .expect("scrape_configs");
            assert!(jobs.iter().all(|j| j["job_name"].is_string()), "{jobs:?}");
            continue;
        }
        for doc in &docs {
            for field in ["apiVersion", "kind"] {
                assert!(
                    doc[field].is_string(),
                    "{}: a document without {field}",
                    file.display()
                );
            }
            assert!(
                doc["metadata"]["name"].is_string(),
                "{}: a nameless {}",
                file.display(),
                doc["kind"]
            );
        }
    }
}

#[test]
fn the_entrypoint_manifest_runs_the_app_under_vaultctl_exec() {
    let docs = manifest("entrypoint.yaml");
    let pod = pod(&docs);
    let app = named(&pod["containers"], "app");
    let line = command_line(app);
    assert_eq!(line[..2], ["/vaultctl", "exec"], "{line:?}");
    assert_eq!(values_of(&line, "--auth"), ["kubernetes"]);
    assert!(
        values_of(&line, "--auth-param")
            .iter()
            .any(|p| p.starts_with("role=")),
        "{line:?}"
    );
    let dash = line
        .iter()
        .position(|w| w == "--")
        .expect("-- before the app");
    assert_eq!(line[dash + 1], "/app", "the app runs after --");
    // The kubernetes login needs the pod's service account, defined beside it.
    let account = pod["serviceAccountName"]
        .as_str()
        .expect("serviceAccountName");
    assert!(
        kind(&docs, "ServiceAccount")
            .iter()
            .any(|s| s["metadata"]["name"] == account)
    );
    // Probes on the --listen port.
    let port = listen_port(&line);
    assert_eq!(probe_port(app, "readinessProbe"), port);
    assert_eq!(probe_port(app, "livenessProbe"), port);
    assert_eq!(app["readinessProbe"]["httpGet"]["path"], "/readyz");
    assert_eq!(app["livenessProbe"]["httpGet"]["path"], "/healthz");
    // The app gets its SIGTERM and --kill-timeout before the kubelet's SIGKILL.
    let kill: u64 = values_of(&line, "--kill-timeout")[0]
        .trim_end_matches('s')
        .parse()
        .expect("--kill-timeout in seconds");
    let grace = pod["terminationGracePeriodSeconds"]
        .as_u64()
        .expect("grace period");
    assert!(grace > kill, "grace {grace}s <= --kill-timeout {kill}s");
    // --file outputs land in memory.
    let volume = memory_volume(pod);
    let (mount, _) = mount_of(app, &volume).expect("the app mounts the memory volume");
    for dest in destinations(&line) {
        assert!(
            dest.starts_with(&format!("{mount}/")),
            "{dest} is outside {mount}"
        );
    }
    assert_hardened(pod);
}

#[test]
fn the_sidecar_manifest_has_an_init_container_a_native_sidecar_and_a_shared_memory_volume() {
    let docs = manifest("sidecar.yaml");
    let pod = pod(&docs);
    let inits = pod["initContainers"].as_array().expect("initContainers");
    // The one-shot render runs first (Agent's agent-init-first) and is a plain init
    // container; the sidecar is an init container that Kubernetes keeps running.
    let init = &inits[0];
    let init_line = command_line(init);
    assert_eq!(init_line[..2], ["/vaultctl", "render"], "{init_line:?}");
    assert!(!has_flag(&init_line, "--watch"), "the init render exits");
    assert!(
        init["restartPolicy"].is_null(),
        "the init container is not a sidecar"
    );
    let sidecars: Vec<&Value> = inits
        .iter()
        .filter(|c| c["restartPolicy"] == "Always")
        .collect();
    assert_eq!(sidecars.len(), 1, "one native sidecar");
    let sidecar = sidecars[0];
    let line = command_line(sidecar);
    assert_eq!(line[..2], ["/vaultctl", "render"], "{line:?}");
    assert!(has_flag(&line, "--watch"), "{line:?}");
    // Its probes hit --listen: start-up and readiness on /readyz, liveness on /healthz.
    let port = listen_port(&line);
    for (probe, path) in [
        ("startupProbe", "/readyz"),
        ("readinessProbe", "/readyz"),
        ("livenessProbe", "/healthz"),
    ] {
        assert_eq!(probe_port(sidecar, probe), port, "{probe}");
        assert_eq!(sidecar[probe]["httpGet"]["path"], path, "{probe}");
    }
    let startup = &sidecar["startupProbe"];
    let patience = startup["periodSeconds"].as_u64().unwrap_or(10)
        * startup["failureThreshold"].as_u64().unwrap_or(3);
    assert!(
        patience >= 120,
        "the startupProbe waits {patience}s, less than --retry-timeout's 2m"
    );
    // Both render the same files, into the memory volume every container mounts.
    assert_eq!(destinations(&init_line), destinations(&line));
    let volume = memory_volume(pod);
    let apps = pod["containers"].as_array().expect("containers");
    for c in [init, sidecar].into_iter().chain(apps) {
        assert!(
            mount_of(c, &volume).is_some(),
            "{} does not mount {volume}",
            c["name"]
        );
    }
    let (dir, _) = mount_of(sidecar, &volume).expect("mount");
    for dest in destinations(&line) {
        assert!(
            dest.starts_with(&format!("{dir}/")),
            "{dest} is outside {dir}"
        );
    }
    for app in apps {
        let (at, read_only) = mount_of(app, &volume).expect("mount");
        assert_eq!(
            at, dir,
            "{} sees the files where vaultctl writes them",
            app["name"]
        );
        assert!(read_only, "{} mounts the secrets read-only", app["name"]);
    }
    // Every template source is a key of the ConfigMap mounted where it is read.
    let maps = kind(&docs, "ConfigMap");
    for source in values_of(&line, "--template")
        .iter()
        .map(|v| v.split_once('=').expect("=").1)
    {
        let (folder, file) = source.rsplit_once('/').expect("a path");
        let mount = sidecar["volumeMounts"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["mountPath"] == folder))
            .unwrap_or_else(|| panic!("nothing is mounted at {folder}"));
        let config_map =
            &named(&pod["volumes"], mount["name"].as_str().expect("name"))["configMap"]["name"];
        let map = maps
            .iter()
            .find(|m| &m["metadata"]["name"] == config_map)
            .expect("the ConfigMap");
        assert!(map["data"][file].is_string(), "{config_map} has no {file}");
    }
    // The annotations Prometheus reads name the same port.
    let annotations = &docs
        .iter()
        .find(|d| d["kind"] == "Deployment")
        .expect("Deployment")["spec"]["template"]["metadata"]["annotations"];
    assert_eq!(annotations["prometheus.io/port"], port.to_string());
    assert_eq!(annotations["prometheus.io/path"], "/metrics");
    let account = pod["serviceAccountName"]
        .as_str()
        .expect("serviceAccountName");
    assert!(
        kind(&docs, "ServiceAccount")
            .iter()
            .any(|s| s["metadata"]["name"] == account)
    );
    assert_hardened(pod);
}

/// One instruction of a Dockerfile: its keyword and the rest of its (joined) lines.
fn dockerfile(text: &str) -> Vec<Instruction> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if pending.is_empty() && (trimmed.is_empty() || trimmed.starts_with('#')) {
            continue;
        }
        match trimmed.strip_suffix('\\') {
            Some(head) => {
                pending.push_str(head);
                pending.push(' ');
            }
            None => {
                pending.push_str(trimmed);
                let (keyword, rest) = pending
                    .split_once(char::is_whitespace)
                    .unwrap_or((&pending, ""));
                out.push((keyword.to_string(), rest.trim().to_string()));
                pending.clear();
            }
        }
    }
    assert!(
        pending.is_empty(),
        "the Dockerfile ends inside a continued line"
    );
    out
}

const DOCKER_INSTRUCTIONS: &[&str] = &[
    "FROM",
    "RUN",
    "CMD",
    "LABEL",
    "EXPOSE",
    "ENV",
    "ADD",
    "COPY",
    "ENTRYPOINT",
    "VOLUME",
    "USER",
    "WORKDIR",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
];

/// One instruction: its keyword and the rest.
type Instruction = (String, String);

/// One stage of a Dockerfile.
struct Stage {
    /// Its `AS` name, or its index.
    name: String,
    /// The image of its `FROM`.
    base: String,
    body: Vec<Instruction>,
}

/// The stages of a Dockerfile.
fn stages(instructions: &[Instruction]) -> Vec<Stage> {
    let mut stages: Vec<Stage> = Vec::new();
    for (keyword, rest) in instructions {
        if keyword == "FROM" {
            let words: Vec<&str> = rest
                .split_whitespace()
                .filter(|w| !w.starts_with("--"))
                .collect();
            let name = match words.as_slice() {
                [_, as_, name] if as_.eq_ignore_ascii_case("as") => name.to_string(),
                [_] => stages.len().to_string(),
                _ => panic!("FROM {rest}: expected IMAGE [AS NAME]"),
            };
            stages.push(Stage {
                name,
                base: words[0].to_string(),
                body: Vec::new(),
            });
        } else if let Some(stage) = stages.last_mut() {
            stage.body.push((keyword.clone(), rest.clone()));
        } else {
            assert_eq!(keyword, "ARG", "only ARG may come before the first FROM");
        }
    }
    stages
}

fn exec_form(rest: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(rest)
        .unwrap_or_else(|e| panic!("{rest} is not in exec form (a JSON array): {e}"));
    strings(&value)
}

#[test]
fn the_dockerfile_has_only_instructions_docker_knows_and_a_scratch_image_under_vaultctl() {
    let text = read(&recipes().join("Dockerfile.scratch"));
    assert!(
        text.starts_with("# syntax=docker/dockerfile:1"),
        "the parser directive comes first"
    );
    let instructions = dockerfile(&text);
    for (keyword, rest) in &instructions {
        assert!(
            DOCKER_INSTRUCTIONS.contains(&keyword.as_str()),
            "{keyword} {rest}: not a Dockerfile instruction (or not upper-case)"
        );
    }
    let stages = stages(&instructions);
    let mut seen: Vec<&str> = Vec::new();
    for Stage { name, body, .. } in &stages {
        for (keyword, rest) in body {
            if keyword != "COPY" {
                continue;
            }
            if let Some(from) = rest
                .split_whitespace()
                .find_map(|w| w.strip_prefix("--from="))
            {
                assert!(
                    seen.contains(&from),
                    "COPY --from={from} in stage {name}: no earlier stage"
                );
            }
        }
        seen.push(name);
    }
    let build = stages.iter().find(|s| {
        s.body
            .iter()
            .any(|(k, r)| k == "RUN" && r.contains("cargo xtask dist"))
    });
    assert!(build.is_some(), "a stage runs cargo xtask dist");
    let Stage { base, body, .. } = stages.last().expect("a stage");
    assert_eq!(base, "scratch", "the final image is FROM scratch");
    let find = |body: &[Instruction], keyword: &str| {
        body.iter()
            .rev()
            .find(|(k, _)| k == keyword)
            .map(|(_, r)| r.clone())
    };
    assert!(
        body.iter()
            .any(|(k, r)| k == "COPY" && r.ends_with(" /vaultctl")),
        "the final image holds /vaultctl"
    );
    assert!(
        body.iter()
            .any(|(k, r)| k == "COPY" && r.contains("ca-certificates.crt")),
        "the final image holds CA certificates"
    );
    let user = find(body, "USER").expect("USER in the final stage");
    assert!(
        !user.starts_with('0') && !user.starts_with("root"),
        "USER {user} is not root"
    );
    let entrypoint = exec_form(&find(body, "ENTRYPOINT").expect("ENTRYPOINT"));
    assert_eq!(entrypoint[..2], ["/vaultctl", "exec"], "{entrypoint:?}");
    assert_eq!(
        entrypoint.last().map(String::as_str),
        Some("--"),
        "the app comes after --"
    );
    assert!(!exec_form(&find(body, "CMD").expect("CMD")).is_empty());
    // The stage of vaultctl alone, for sidecars and COPY --from.
    let alone = stages
        .iter()
        .find(|s| s.name == "vaultctl")
        .expect("a stage named vaultctl");
    assert_eq!(alone.base, "scratch");
    assert_eq!(
        exec_form(&find(&alone.body, "ENTRYPOINT").expect("ENTRYPOINT")),
        ["/vaultctl"]
    );
}

/// Shell words of a command line: single and double quotes, backslash escapes.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                word.extend(chars.by_ref().take_while(|&c| c != '\''));
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => word.extend(chars.next()),
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                word.extend(chars.next());
            }
            '#' if !in_word => break,
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// A vaultctl command line found in a recipe, and where.
struct Found {
    place: String,
    words: Vec<String>,
}

/// The words from `vaultctl` (or `/path/vaultctl`) on, if the line runs vaultctl.
fn from_vaultctl(words: &[String]) -> Option<Vec<String>> {
    let at = words
        .iter()
        .position(|w| w == "vaultctl" || w.ends_with("/vaultctl"))?;
    Some(words[at..].to_vec())
}

/// Every vaultctl command line and every lone flag (`--watch` in a table) of a Markdown
/// file: fenced shell lines (continued with `\`), Dockerfile exec forms, inline code.
fn markdown_commands(name: &str, text: &str, lines: &mut Vec<Found>, flags: &mut Vec<Found>) {
    let mut fence: Option<String> = None;
    let mut pending = String::new();
    for (n, line) in text.lines().enumerate() {
        let place = format!("{name}:{}", n + 1);
        if let Some(lang) = line.trim_start().strip_prefix("```") {
            fence = match fence {
                Some(_) => None,
                None => Some(lang.trim().to_string()),
            };
            continue;
        }
        match fence.as_deref() {
            Some("sh" | "console" | "shell" | "") => {
                let line = line.trim().strip_prefix("$ ").unwrap_or(line.trim());
                if let Some(head) = line.strip_suffix('\\') {
                    pending.push_str(head);
                    pending.push(' ');
                    continue;
                }
                pending.push_str(line);
                if let Some(words) = from_vaultctl(&shell_words(&pending)) {
                    lines.push(Found { place, words });
                }
                pending.clear();
            }
            Some("dockerfile") => {
                if let Some(rest) = line.trim().strip_prefix("ENTRYPOINT ") {
                    if let Some(words) = from_vaultctl(&exec_form(rest)) {
                        lines.push(Found { place, words });
                    }
                }
            }
            Some(_) => {}
            None => {
                for (i, span) in line.split('`').enumerate() {
                    if i % 2 == 0 {
                        continue;
                    }
                    let words = shell_words(span);
                    let Some(first) = words.first() else { continue };
                    if let Some(words) = from_vaultctl(&words) {
                        lines.push(Found {
                            place: place.clone(),
                            words,
                        });
                    } else if first == "exec" || first == "render" {
                        let mut words = words.clone();
                        words.insert(0, "vaultctl".into());
                        lines.push(Found {
                            place: place.clone(),
                            words,
                        });
                    } else if first.starts_with('-') && first != "--" {
                        let words = words.into_iter().filter(|w| w.starts_with('-')).collect();
                        flags.push(Found {
                            place: place.clone(),
                            words,
                        });
                    }
                }
            }
        }
    }
}

/// Every vaultctl command line of the recipes, and the lone flags of their Markdown.
fn recipe_commands() -> (Vec<Found>, Vec<Found>) {
    let mut lines = Vec::new();
    let mut flags = Vec::new();
    for file in yaml_files() {
        let docs = yaml(&file);
        for doc in &docs {
            let pod = &doc["spec"]["template"]["spec"];
            let containers = pod["containers"]
                .as_array()
                .into_iter()
                .chain(pod["initContainers"].as_array());
            for c in containers.flatten() {
                if let Some(words) = from_vaultctl(&command_line(c)) {
                    let name = file.file_name().expect("name").to_string_lossy();
                    lines.push(Found {
                        place: format!("{name}: container {}", c["name"]),
                        words,
                    });
                }
            }
        }
    }
    let docker = dockerfile(&read(&recipes().join("Dockerfile.scratch")));
    for (keyword, rest) in docker.iter().filter(|(k, _)| k == "ENTRYPOINT") {
        if let Some(words) = from_vaultctl(&exec_form(rest)) {
            lines.push(Found {
                place: format!("Dockerfile.scratch: {keyword} {rest}"),
                words,
            });
        }
    }
    let mut markdown: Vec<PathBuf> = std::fs::read_dir(recipes())
        .expect("docs/recipes")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    markdown.sort();
    for file in markdown {
        let name = file
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        markdown_commands(&name, &read(&file), &mut lines, &mut flags);
    }
    (lines, flags)
}

/// What `vaultctl SUBCOMMAND --help` lists: its options (long and short) and whether it
/// has subcommands of its own. `None` when there is no such subcommand.
fn help(
    path: &[String],
    cache: &mut HashMap<Vec<String>, Option<(BTreeSet<String>, bool)>>,
) -> Option<(BTreeSet<String>, bool)> {
    cache
        .entry(path.to_vec())
        .or_insert_with(|| {
            let out = Command::new(env!("CARGO_BIN_EXE_vaultctl"))
                .args(path)
                .arg("--help")
                .env_clear()
                .output()
                .expect("run vaultctl --help");
            if !out.status.success() {
                return None;
            }
            let text = String::from_utf8_lossy(&out.stdout);
            let mut options = BTreeSet::new();
            for line in text
                .lines()
                .map(str::trim_start)
                .filter(|l| l.starts_with('-'))
            {
                for word in line
                    .split([' ', ','])
                    .filter(|w| !w.is_empty())
                    .take_while(|w| w.starts_with('-'))
                {
                    let flag = word.split(['=', '<', '[']).next().unwrap_or(word);
                    options.insert(flag.trim_end_matches("...").to_string());
                }
            }
            Some((options, text.lines().any(|l| l.trim() == "Commands:")))
        })
        .clone()
}

/// `-vv` is `-v` twice.
fn canonical(flag: &str) -> String {
    let flag = flag.split('=').next().unwrap_or(flag);
    let short: Vec<char> = flag.chars().skip(1).collect();
    if !flag.starts_with("--") && short.len() > 1 && short.iter().all(|&c| c == short[0]) {
        return format!("-{}", short[0]);
    }
    flag.to_string()
}

#[test]
fn every_vaultctl_command_line_in_the_recipes_uses_flags_the_binary_has() {
    let (lines, flags) = recipe_commands();
    let mut cache = HashMap::new();
    let mut problems = Vec::new();
    let mut subcommands = BTreeSet::new();
    for found in &lines {
        // The subcommand path: words after vaultctl while the command has subcommands.
        let mut path: Vec<String> = Vec::new();
        let mut rest = found.words[1..].iter();
        let options = loop {
            let Some(word) = rest.next() else {
                break help(&path, &mut cache).map(|h| h.0);
            };
            path.push(word.clone());
            match help(&path, &mut cache) {
                None => {
                    problems.push(format!(
                        "{}: `vaultctl {}` is no command",
                        found.place,
                        path.join(" ")
                    ));
                    break None;
                }
                Some((options, false)) => break Some(options),
                Some((_, true)) => {}
            }
        };
        let Some(options) = options else { continue };
        subcommands.insert(path.join(" "));
        for word in rest
            .take_while(|w| *w != "--")
            .filter(|w| w.starts_with('-'))
        {
            if !options.contains(&canonical(word)) {
                problems.push(format!(
                    "{}: {} is not an option of `vaultctl {}`",
                    found.place,
                    canonical(word),
                    path.join(" ")
                ));
            }
        }
    }
    // A flag named alone (in a table) is one of `exec` or `render`.
    let mut either = BTreeSet::new();
    for sub in ["exec", "render"] {
        if let Some((options, _)) = help(&[sub.to_string()], &mut cache) {
            either.extend(options);
        }
    }
    for found in &flags {
        for word in &found.words {
            if !either.contains(&canonical(word)) {
                problems.push(format!(
                    "{}: {} is an option of neither `vaultctl exec` nor `vaultctl render`",
                    found.place,
                    canonical(word)
                ));
            }
        }
    }
    // The extraction found what the recipes hold.
    for expected in ["exec", "render"] {
        assert!(
            subcommands.contains(expected)
                || problems
                    .iter()
                    .any(|p| p.contains(&format!("`vaultctl {expected}`"))),
            "no `vaultctl {expected}` line found"
        );
    }
    assert!(
        lines.len() >= 8 && flags.len() >= 20,
        "found {} command lines and {} lone flags",
        lines.len(),
        flags.len()
    );
    assert!(
        problems.is_empty(),
        "the recipes use options vaultctl does not have:\n  {}",
        problems.join("\n  ")
    );
}

/// A plain HTTP GET: the status code and the body, or `None` when nothing answers.
fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut text = String::new();
    stream.read_to_string(&mut text).ok()?;
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// OpenBao's kubernetes auth at a mount of its own, checking tokens with a stand-in
/// TokenReview endpoint, with the recipe's role bound to its service account; and a
/// signed token of that service account in a file, as a pod has it.
struct KubernetesLogin {
    mount: String,
    jwt: String,
    token_file: PathBuf,
    review: crate::k8s::TokenReviewServer,
    _dir: tempfile::TempDir,
}

fn kubernetes_login(namespace: &str, account: &str, role: &str) -> KubernetesLogin {
    let bao = bao();
    let review = crate::k8s::TokenReviewServer::start(namespace, account);
    let mount = crate::k8s::kubernetes_mount(&review);
    let dir = tempfile::tempdir().expect("temp");
    // What the recipes read: KV under secret/, database credentials, and their leases.
    let policy = unique("recipes");
    let rules = format!(
        "path \"secret/*\" {{ capabilities = [\"read\", \"list\"] }}\n\
         path \"{db}/creds/*\" {{ capabilities = [\"read\"] }}\n\
         path \"sys/internal/ui/mounts/*\" {{ capabilities = [\"read\"] }}\n\
         path \"sys/leases/*\" {{ capabilities = [\"update\"] }}\n",
        db = crate::db::db().mount
    );
    let rules_file = dir.path().join("policy.hcl");
    std::fs::write(&rules_file, rules).expect("policy file");
    bao.ok(&["policy", "write", &policy, &rules_file.to_string_lossy()]);
    bao.ok(&[
        "write",
        &format!("auth/{mount}/role/{role}"),
        &format!("bound_service_account_names={account}"),
        &format!("bound_service_account_namespaces={namespace}"),
        &format!("token_policies={policy}"),
    ]);
    let (key, _) = crate::pki::rsa_pair(dir.path());
    let jwt = crate::pki::sign_jwt(
        &key,
        &crate::k8s::service_account_claims(namespace, account),
    );
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, &jwt).expect("token file");
    KubernetesLogin {
        mount,
        jwt,
        token_file,
        review,
        _dir: dir,
    }
}

/// The manifest's service account, namespace and the role of `--auth-param role=`.
fn identity(docs: &[Value], line: &[String]) -> (String, String, String) {
    let deployment = kind(docs, "Deployment")[0];
    let namespace = deployment["metadata"]["namespace"]
        .as_str()
        .expect("namespace");
    let account = deployment["spec"]["template"]["spec"]["serviceAccountName"]
        .as_str()
        .expect("serviceAccountName");
    let role = values_of(line, "--auth-param")
        .iter()
        .find_map(|p| p.strip_prefix("role=").map(str::to_string))
        .expect("--auth-param role=");
    (namespace.to_string(), account.to_string(), role)
}

/// The recipe's command line (from its subcommand up to `--`) made to run here: every
/// `(from, to)` replaced, `--listen` dropped unless kept, and the login pointed at the
/// test's mount and service-account token.
fn localize(
    line: &[String],
    replace: &[(&str, String)],
    keep_listen: bool,
    login: &KubernetesLogin,
) -> Vec<String> {
    let end = line.iter().position(|w| w == "--").unwrap_or(line.len());
    let mut args = Vec::new();
    let mut words = line[1..end].iter();
    while let Some(word) = words.next() {
        if word == "--listen" && !keep_listen {
            words.next();
            continue;
        }
        let mut word = word.clone();
        for (from, to) in replace {
            word = word.replace(from, to);
        }
        args.push(word);
    }
    args.extend([
        "--auth-path".to_string(),
        login.mount.clone(),
        "--auth-param".to_string(),
        format!("jwt=@{}", login.token_file.display()),
    ]);
    args
}

/// vaultctl run with the container's environment (its `env:` values, VAULT_ADDR pointed
/// at the test's OpenBao) and little else. In a scratch image the runtime sets HOME to `/`
/// (Docker and containerd do for a user without a passwd entry), a folder vaultctl may
/// not write to: here a HOME that does not exist.
fn container_command(container: &Value, args: &[String], out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vaultctl"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", out.join("no-such-home"));
    let env = container["env"].as_array().expect("env");
    for var in env {
        let name = var["name"].as_str().expect("name");
        match name {
            "VAULT_ADDR" => cmd.env(name, &bao().addr),
            // The test's OpenBao speaks plain http.
            "VAULT_CACERT" => &mut cmd,
            _ => cmd.env(name, var["value"].as_str().expect("value")),
        };
    }
    assert!(
        env.iter().any(|v| v["name"] == "VAULT_ADDR"),
        "the container sets VAULT_ADDR"
    );
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(out.join("stdout")).expect("stdout"))
        .stderr(std::fs::File::create(out.join("stderr")).expect("stderr"));
    cmd
}

fn stop(child: &mut std::process::Child) -> std::process::ExitStatus {
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
    for _ in 0..300 {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("vaultctl did not stop within 30s of SIGTERM");
}

/// `/readyz` turns 200, `/healthz` is 200, and `/metrics` is Prometheus text of
/// `vaultctl_` metrics holding none of `secrets`.
fn check_listener(addr: &str, secrets: &[&str]) {
    wait_for("/readyz to answer 200", Duration::from_secs(30), || {
        http_get(addr, "/readyz").is_some_and(|(s, _)| s == 200)
    });
    assert_eq!(http_get(addr, "/healthz").map(|r| r.0), Some(200));
    let (status, body) = http_get(addr, "/metrics").expect("/metrics answers");
    assert_eq!(status, 200);
    let samples: Vec<&str> = body
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(!samples.is_empty(), "{body}");
    for sample in samples {
        assert!(sample.starts_with("vaultctl_"), "{sample}");
    }
    for secret in secrets {
        assert!(!body.contains(secret), "/metrics shows a secret value");
    }
}

fn run_the_entrypoint_recipe(keep_listen: bool) {
    let docs = manifest("entrypoint.yaml");
    let app = named(&pod(&docs)["containers"], "app").clone();
    let line = command_line(&app);
    let (namespace, account, role) = identity(&docs, &line);
    let login = kubernetes_login(&namespace, &account, &role);
    let db = crate::db::db();
    let kv = crate::exec::secret(&["api_key=k-recipe-4711"]);
    let out = tempfile::tempdir().expect("temp");
    // The mounted emptyDir: vaultctl writes into it, it does not create it.
    let files = out.path().join("files");
    std::fs::create_dir_all(&files).expect("files");
    let listen = format!("127.0.0.1:{}", free_port());
    let replace = [
        ("secret/myapp", kv),
        (
            "database/creds/app",
            format!("{}/creds/{}", db.mount, crate::db::ROLE),
        ),
        ("/run/secrets/app", files.display().to_string()),
        ("0.0.0.0:9102", listen.clone()),
    ];
    let mut args = localize(&line, &replace, keep_listen, &login);
    // The app: reports what it was given, then runs until stopped.
    let report = format!(
        "printf '%s\\n' \"key=$APP_API_KEY\" \"user=$PGUSER\" \"pass=$PGPASSWORD\" \"file=$(cat {}/api-key)\"; exec sleep 300",
        files.display()
    );
    args.extend(["--".into(), "sh".into(), "-c".into(), report]);
    let mut child = container_command(&app, &args, out.path())
        .spawn()
        .expect("spawn vaultctl");
    let stdout = || std::fs::read_to_string(out.path().join("stdout")).unwrap_or_default();
    let stderr = || std::fs::read_to_string(out.path().join("stderr")).unwrap_or_default();
    for _ in 0..600 {
        if stdout().contains("file=") {
            break;
        }
        if let Some(status) = child.try_wait().expect("wait") {
            panic!(
                "vaultctl exited {status} before the app reported: {}",
                stderr()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        stdout().contains("file="),
        "no report from the app within 60s: {}",
        stderr()
    );
    let got: HashMap<String, String> = stdout()
        .lines()
        .filter_map(|l| {
            l.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect();
    assert_eq!(got["key"], "k-recipe-4711", "{}", stderr());
    assert_eq!(got["file"], "k-recipe-4711");
    crate::db::login(&got["user"], &got["pass"]).expect("the database credentials log in");
    assert!(
        login.review.reviewed(&login.jwt),
        "vaultctl logged in with the service-account token"
    );
    if keep_listen {
        check_listener(&listen, &["k-recipe-4711", &got["pass"], &login.jwt]);
    }
    let status = stop(&mut child);
    assert_eq!(
        status.code(),
        Some(128 + 15),
        "vaultctl exits as the app did: {}",
        stderr()
    );
    assert!(
        crate::db::login(&got["user"], &got["pass"]).is_err(),
        "the database lease is revoked once the app is gone"
    );
    for secret in ["k-recipe-4711", got["pass"].as_str(), login.jwt.as_str()] {
        assert!(!stderr().contains(secret), "vaultctl's log shows a secret");
    }
}

#[test]
fn the_entrypoint_recipe_logs_in_as_the_service_account_and_runs_the_app_with_its_secrets() {
    run_the_entrypoint_recipe(false);
}

#[test]
fn the_entrypoint_recipe_serves_readyz_healthz_and_metrics_on_its_listen_address() {
    run_the_entrypoint_recipe(true);
}

/// The sidecar recipe made to run here: its ConfigMap's templates written to a folder,
/// its paths, mounts and login pointed at the test's OpenBao and PostgreSQL.
struct SidecarRun {
    docs: Vec<Value>,
    login: KubernetesLogin,
    out: tempfile::TempDir,
    files: PathBuf,
    listen: String,
    replace: Vec<(&'static str, String)>,
}

const SIDECAR_KEY: &str = "k-sidecar-0815";

impl SidecarRun {
    fn new() -> SidecarRun {
        let docs = manifest("sidecar.yaml");
        let init = pod(&docs)["initContainers"][0].clone();
        let (namespace, account, role) = identity(&docs, &command_line(&init));
        let login = kubernetes_login(&namespace, &account, &role);
        let db = crate::db::db();
        let kv = crate::exec::secret(&[&format!("api_key={SIDECAR_KEY}")]);
        let creds = format!("{}/creds/{}", db.mount, crate::db::ROLE);
        let out = tempfile::tempdir().expect("temp");
        let (files, templates) = (out.path().join("files"), out.path().join("templates"));
        std::fs::create_dir_all(&files).expect("files");
        std::fs::create_dir_all(&templates).expect("templates");
        let map = kind(&docs, "ConfigMap")[0];
        for (name, text) in map["data"].as_object().expect("data") {
            let text = text
                .as_str()
                .expect("text")
                .replace("secret/myapp", &kv)
                .replace("database/creds/app", &creds)
                .replace(
                    "db.myapp.svc:5432/app",
                    &format!("127.0.0.1:{}/postgres", db.pg.port),
                );
            std::fs::write(templates.join(name), text).expect("template");
        }
        let listen = format!("127.0.0.1:{}", free_port());
        let replace = vec![
            ("secret/myapp", kv),
            ("database/creds/app", creds),
            ("/vault/secrets", files.display().to_string()),
            ("/etc/vaultctl/templates", templates.display().to_string()),
            ("0.0.0.0:9102", listen.clone()),
        ];
        SidecarRun {
            docs,
            login,
            out,
            files,
            listen,
            replace,
        }
    }

    fn container(&self, name: &str) -> Value {
        named(&pod(&self.docs)["initContainers"], name).clone()
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.out.path().join("stderr")).unwrap_or_default()
    }

    /// The files the app reads: the API key, and a config whose database URL connects.
    fn check_files(&self) {
        use std::os::unix::fs::PermissionsExt;
        let read = |name: &str| std::fs::read_to_string(self.files.join(name));
        assert_eq!(
            read("api-key").expect("api-key"),
            SIDECAR_KEY,
            "{}",
            self.stderr()
        );
        let config = read("config.yml").expect("config.yml");
        for file in ["api-key", "config.yml"] {
            let meta = std::fs::metadata(self.files.join(file)).expect("file");
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{file}");
        }
        assert!(
            config.contains(&format!("api_key: \"{SIDECAR_KEY}\"")),
            "{config}"
        );
        let url = config
            .lines()
            .find_map(|l| l.trim().strip_prefix("url: "))
            .expect("the template's url line");
        let connected = crate::db::db().pg.psql_url(url, "SELECT 1");
        assert!(
            connected.status.success(),
            "the rendered URL connects: {connected:?}"
        );
    }
}

#[test]
fn the_sidecar_recipes_template_and_files_render_and_the_database_url_connects() {
    // Until `render` exists, `exec` renders the same sources (`--file`, `--template`) with
    // the init container's command line, and runs `true`; its leases outlive it, as an
    // init container's must.
    let run = SidecarRun::new();
    let init = run.container("vaultctl-init");
    let mut args = localize(&command_line(&init), &run.replace, false, &run.login);
    assert_eq!(args[0], "render");
    args[0] = "exec".into();
    args.extend(["--revoke-on-exit", "false", "--", "true"].map(String::from));
    let status = container_command(&init, &args, run.out.path())
        .status()
        .expect("run vaultctl");
    assert!(status.success(), "exec exited {status}: {}", run.stderr());
    run.check_files();
    assert!(run.login.review.reviewed(&run.login.jwt));
}

#[test]
fn the_sidecar_recipe_writes_the_files_once_then_keeps_them_and_answers_its_probes() {
    let run = SidecarRun::new();
    // The init container: writes every file once and exits 0.
    let init = run.container("vaultctl-init");
    let args = localize(&command_line(&init), &run.replace, false, &run.login);
    let status = container_command(&init, &args, run.out.path())
        .status()
        .expect("run render");
    assert!(status.success(), "render exited {status}: {}", run.stderr());
    run.check_files();
    // The native sidecar: writes them again, answers its probes, stops cleanly on SIGTERM.
    for file in ["api-key", "config.yml"] {
        std::fs::remove_file(run.files.join(file)).expect("remove");
    }
    let sidecar = run.container("vaultctl");
    let args = localize(&command_line(&sidecar), &run.replace, true, &run.login);
    let mut child = container_command(&sidecar, &args, run.out.path())
        .spawn()
        .expect("spawn render --watch");
    check_listener(&run.listen, &[SIDECAR_KEY, &run.login.jwt]);
    run.check_files();
    let status = stop(&mut child);
    assert_eq!(
        status.code(),
        Some(0),
        "render --watch stops cleanly: {}",
        run.stderr()
    );
    assert!(!run.stderr().contains(SIDECAR_KEY) && !run.stderr().contains(&run.login.jwt));
}

#[test]
fn the_extraction_finds_the_command_lines_and_flags_a_reader_sees() {
    let text = "Run `vaultctl exec --once -- ./x` or `render --watch`; set `--auth-path k8s` and `-vv`.\n\
                ```sh\n\
                $ vaultctl render --template 'a b=c' \\\n  --file \"d=vault:e#f\" # a comment --not-a-flag\n\
                echo no\n\
                ```\n\
                ```dockerfile\n\
                ENTRYPOINT [\"/vaultctl\", \"exec\", \"--config\", \"/c.toml\", \"--\"]\n\
                ```\n\
                ```yaml\n\
                command: [\"vaultctl\", \"exec\", \"--ignored\"]\n\
                ```\n";
    let (mut lines, mut flags) = (Vec::new(), Vec::new());
    markdown_commands("t.md", text, &mut lines, &mut flags);
    let lines: Vec<Vec<String>> = lines.into_iter().map(|f| f.words).collect();
    let flags: Vec<Vec<String>> = flags.into_iter().map(|f| f.words).collect();
    let words = |s: &[&str]| s.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    assert_eq!(
        lines,
        [
            words(&["vaultctl", "exec", "--once", "--", "./x"]),
            words(&["vaultctl", "render", "--watch"]),
            words(&[
                "vaultctl",
                "render",
                "--template",
                "a b=c",
                "--file",
                "d=vault:e#f"
            ]),
            words(&["/vaultctl", "exec", "--config", "/c.toml", "--"]),
        ]
    );
    assert_eq!(flags, [words(&["--auth-path"]), words(&["-vv"])]);
    assert_eq!(canonical("-vv"), "-v");
    assert_eq!(canonical("--file=x=y"), "--file");
}
