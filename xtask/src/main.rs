//! Project chores: `cargo xtask gen` writes shell completions to `completions/` and man
//! pages to `man/` from the clap definitions; `cargo xtask gen --check` fails when the
//! committed files differ from what would be generated. `cargo xtask bench` prints the
//! benchmark report (see `bench/mod.rs`). `cargo xtask layers` prints the import arrows
//! between the layers of `src/` and fails on one that goes up or closes a cycle (see
//! `layers.rs`). `cargo xtask dist` builds the statically linked x86_64 Linux binary and
//! its checksum under `target/dist/` (see `dist.rs`).

mod bench;
mod dist;
mod layers;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    match args.first().map(String::as_str) {
        Some("gen") => match generate(check) {
            Ok(stale) if stale.is_empty() => ExitCode::SUCCESS,
            Ok(stale) => {
                eprintln!("xtask: stale generated files (run `cargo xtask gen` and commit):");
                for path in stale {
                    eprintln!("  {}", path.display());
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("xtask: {e}");
                ExitCode::FAILURE
            }
        },
        Some("layers") => {
            let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
            match layers::scan_dir(&src) {
                Ok(report) => {
                    print!("{}", report.text());
                    if report.is_clean() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    }
                }
                Err(e) => {
                    eprintln!("xtask: cannot read {}: {e}", src.display());
                    ExitCode::FAILURE
                }
            }
        }
        Some("dist") => {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let root = root.canonicalize().unwrap_or(root);
            let plan = match dist::plan(&args[1..]) {
                Ok(plan) => plan,
                Err(e) => {
                    eprintln!("xtask: {e}\n{}", dist::USAGE);
                    return ExitCode::FAILURE;
                }
            };
            match dist::run(&root, &plan) {
                Ok(built) => {
                    println!("{}", built.path.display());
                    println!(
                        "  size    {} bytes ({:.1} MiB), static, {:?} libc",
                        built.size,
                        built.size as f64 / (1024.0 * 1024.0),
                        built.libc
                    );
                    println!("  sha256  {}", built.sha256);
                    println!(
                        "  check   cd {} && sha256sum -c {}.sha256",
                        built.path.parent().unwrap_or(Path::new(".")).display(),
                        built.path.file_name().unwrap_or_default().to_string_lossy()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        // Internal: how the benchmark runs a command to measure it (see bench/kvget.rs).
        Some(bench::LAUNCH) => match bench::launch(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask: {e}");
                ExitCode::FAILURE
            }
        },
        Some("bench") => match bench_plan(&args[1..]) {
            Ok(plan) => {
                let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
                match bench::run(&root, &plan) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("xtask: {e}");
                        ExitCode::FAILURE
                    }
                }
            }
            Err(e) => {
                eprintln!("xtask: {e}\n{BENCH_USAGE}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!(
                "usage: cargo xtask gen [--check]\n       cargo xtask layers\n{}\n{BENCH_USAGE}",
                dist::USAGE
            );
            ExitCode::FAILURE
        }
    }
}

const BENCH_USAGE: &str = "usage: cargo xtask bench [--quick] [--runs N] [--fleet N] [--window SECS] [--write FILE] [--only kv,exec,rotation,requests,fleet,cluster,shell,templates,fallback,trees,sidecar] [RUNS]";

/// The benchmark's plan from its arguments.
fn bench_plan(args: &[String]) -> Result<bench::Plan, String> {
    let mut plan = bench::Plan::new(args.iter().any(|a| a == "--quick"));
    let mut it = args.iter().filter(|a| *a != "--quick");
    let number = |v: Option<&String>, what: &str| -> Result<usize, String> {
        v.and_then(|v| v.parse::<usize>().ok())
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("{what} needs a positive number"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => plan.runs = number(it.next(), "--runs")?,
            "--write" => {
                let file = it.next().ok_or("--write needs a file")?;
                plan.write = Some(PathBuf::from(file));
            }
            "--fleet" => plan.fleet = number(it.next(), "--fleet")?,
            "--window" => {
                plan.window = std::time::Duration::from_secs(number(it.next(), "--window")? as u64)
            }
            "--only" => {
                let parts = it.next().ok_or("--only needs a list of parts")?;
                plan.parts = parts.split(',').map(str::to_string).collect();
                if let Some(bad) = plan
                    .parts
                    .iter()
                    .find(|p| !bench::PARTS.contains(&p.as_str()))
                {
                    return Err(format!("unknown part {bad:?}"));
                }
            }
            n => plan.runs = number(Some(&n.to_string()), "RUNS")?,
        }
    }
    Ok(plan)
}

/// Every generated file: its path below the workspace and its contents.
fn files() -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    let shells = [
        (vaultctl::cli::args::Shell::Bash, "vaultctl.bash"),
        (vaultctl::cli::args::Shell::Zsh, "_vaultctl"),
        (vaultctl::cli::args::Shell::Fish, "vaultctl.fish"),
        (vaultctl::cli::args::Shell::Elvish, "vaultctl.elv"),
        (vaultctl::cli::args::Shell::Powershell, "_vaultctl.ps1"),
    ];
    for (shell, name) in shells {
        let mut out = Vec::new();
        vaultctl::cli::completions(shell, &mut out)?;
        files.push((Path::new("completions").join(name), out));
    }
    let mut cmd = vaultctl::cli::args::command();
    cmd.build();
    man_pages(&cmd, "vaultctl", &mut files)?;
    Ok(files)
}

/// One page for the command and one for each subcommand, `vaultctl-kv-get.1` style.
fn man_pages(
    cmd: &clap::Command,
    name: &str,
    files: &mut Vec<(PathBuf, Vec<u8>)>,
) -> std::io::Result<()> {
    // clap wants a &'static str for a name; this process is short-lived.
    let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let page = cmd
        .clone()
        .name(static_name)
        .bin_name(name.replace('-', " "));
    let mut out = Vec::new();
    clap_mangen::Man::new(page).render(&mut out)?;
    files.push((Path::new("man").join(format!("{name}.1")), out));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
}

/// Writes the files (or, with `check`, compares them); returns the stale ones.
fn generate(check: bool) -> std::io::Result<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let wanted = files()?;
    let mut stale = Vec::new();
    for (path, contents) in &wanted {
        let full = root.join(path);
        if std::fs::read(&full).ok().as_deref() == Some(contents.as_slice()) {
            continue;
        }
        stale.push(path.clone());
        if !check {
            std::fs::create_dir_all(full.parent().expect("generated files live in a folder"))?;
            std::fs::write(&full, contents)?;
        }
    }
    // A page or script for a command that no longer exists is stale too.
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir))?.flatten() {
            let path = Path::new(dir).join(entry.file_name());
            if !wanted.iter().any(|(p, _)| *p == path) {
                stale.push(path.clone());
                if !check {
                    std::fs::remove_file(root.join(&path))?;
                }
            }
        }
    }
    if !check {
        stale.clear();
    }
    Ok(stale)
}
