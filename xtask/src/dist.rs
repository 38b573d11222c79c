//! `cargo xtask dist`: a statically linked x86_64 Linux binary of vaultctl, for images
//! with nothing else in them (`FROM scratch`, distroless, Alpine).
//!
//! With the musl target installed (`rustup target add x86_64-unknown-linux-musl`) it
//! builds for musl, whose binaries are static by default; otherwise it links glibc
//! statically (`-C target-feature=+crt-static` for `x86_64-unknown-linux-gnu`). Either
//! way the build has a target dir of its own (`target/dist-build`), so it does not throw
//! away the cache of the normal builds, and uses the release profile (stripped).
//!
//! The result is `target/dist/vaultctl-VERSION-x86_64-linux` beside
//! `vaultctl-VERSION-x86_64-linux.sha256` (`sha256sum -c` reads it). Before writing it,
//! the binary is checked: no program interpreter and no shared library needed (a
//! static-PIE binary keeps a dynamic section for relocating itself, with no `NEEDED`
//! entry), and it runs (`--version`, which also gives the version in the name).
//!
//! Static glibc and name lookups: since glibc 2.34 the `files` and `dns` NSS services
//! are part of libc itself, so a static binary resolves names through `/etc/hosts` and
//! `/etc/resolv.conf` without the shared `libnss_*` libraries (the linker's warning
//! about `getaddrinfo` in static programs concerns the other services, such as LDAP or
//! mDNS, named in `/etc/nsswitch.conf`). The integration test `dist::` runs the binary in
//! an empty root to hold this.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

const GNU: &str = "x86_64-unknown-linux-gnu";
const MUSL: &str = "x86_64-unknown-linux-musl";

/// Which C library the binary links in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Libc {
    /// glibc, linked statically.
    Gnu,
    /// musl (static by default).
    Musl,
}

impl Libc {
    fn target(self) -> &'static str {
        match self {
            Libc::Gnu => GNU,
            Libc::Musl => MUSL,
        }
    }
}

/// What `cargo xtask dist` was asked for.
#[derive(Debug, Default)]
pub struct Plan {
    /// The C library (`--libc gnu|musl`); `None`: musl where its target is installed.
    pub libc: Option<Libc>,
}

/// The usage line.
pub const USAGE: &str = "usage: cargo xtask dist [--libc gnu|musl]";

/// The plan from the arguments after `dist`.
pub fn plan(args: &[String]) -> Result<Plan, String> {
    let mut plan = Plan::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--libc" => {
                plan.libc = Some(match it.next().map(String::as_str) {
                    Some("gnu") => Libc::Gnu,
                    Some("musl") => Libc::Musl,
                    _ => return Err("--libc needs gnu or musl".into()),
                })
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(plan)
}

/// What was built.
#[derive(Debug)]
pub struct Built {
    /// `target/dist/vaultctl-VERSION-x86_64-linux`.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, lowercase hex.
    pub sha256: String,
    /// The C library it links.
    pub libc: Libc,
}

/// Builds, checks and writes the static binary and its checksum.
pub fn run(root: &Path, plan: &Plan) -> Result<Built, String> {
    if !(cfg!(target_os = "linux") && cfg!(target_arch = "x86_64")) {
        return Err("dist builds an x86_64 Linux binary, on an x86_64 Linux machine".into());
    }
    let libc = match plan.libc {
        Some(libc) => libc,
        None if installed_targets().iter().any(|t| t == MUSL) => Libc::Musl,
        None => Libc::Gnu,
    };
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let build_dir = target_dir.join("dist-build");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    for (key, _) in std::env::vars_os() {
        if is_crate_variable(&key.to_string_lossy()) {
            cmd.env_remove(key);
        }
    }
    cmd.current_dir(root)
        .args(["build", "--release", "--locked", "--bin", "vaultctl"])
        .args(["--target", libc.target()])
        .arg("--target-dir")
        .arg(&build_dir);
    if libc == Libc::Gnu {
        // With --target, RUSTFLAGS reaches only the target's crates, not build scripts or
        // proc macros (which must stay dynamic).
        let mut flags = std::env::var_os("RUSTFLAGS").unwrap_or_default();
        if !flags.is_empty() {
            flags.push(" ");
        }
        flags.push("-C target-feature=+crt-static");
        cmd.env("RUSTFLAGS", flags);
    }
    eprintln!(
        "dist: cargo build --release --target {} --target-dir {}{}",
        libc.target(),
        build_dir.display(),
        if libc == Libc::Gnu {
            " (RUSTFLAGS=-C target-feature=+crt-static)"
        } else {
            ""
        }
    );
    let status = cmd.status().map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build for {} failed", libc.target()));
    }
    let built = build_dir
        .join(libc.target())
        .join("release")
        .join("vaultctl");
    let bytes = std::fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let linking = linking(&bytes)?;
    if linking != Linking::Static {
        return Err(format!(
            "{} is not static: {linking:?}; a static build needs the C library's static \
             archives (Debian: libc6-dev)",
            built.display()
        ));
    }
    let version = version(&built)?;
    let dist = target_dir.join("dist");
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let name = format!("vaultctl-{version}-x86_64-linux");
    let path = dist.join(&name);
    // Written beside and renamed: a reader never sees half a binary.
    let partial = dist.join(format!(".{name}.partial"));
    std::fs::copy(&built, &partial).map_err(|e| format!("{}: {e}", partial.display()))?;
    std::fs::rename(&partial, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sha256 = sha256_hex(&bytes);
    let sum = dist.join(format!("{name}.sha256"));
    std::fs::write(&sum, sha256_line(&sha256, &name))
        .map_err(|e| format!("{}: {e}", sum.display()))?;
    Ok(Built {
        path,
        size: bytes.len() as u64,
        sha256,
        libc,
    })
}

/// A variable that cargo sets for the crate it runs (`cargo xtask` runs this one with
/// `CARGO_MANIFEST_DIR=.../xtask`): left in, some build scripts (ring's) see it change
/// between a build from the shell and this one, and build again.
pub fn is_crate_variable(key: &str) -> bool {
    const SET_BY_CARGO: [&str; 9] = [
        "CARGO_MANIFEST_",
        "CARGO_PKG_",
        "CARGO_CRATE_NAME",
        "CARGO_BIN_NAME",
        "CARGO_BIN_EXE_",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_TARGET_TMPDIR",
        "CARGO_RUSTC_CURRENT_DIR",
        "CARGO_CFG_",
    ];
    SET_BY_CARGO.iter().any(|p| key.starts_with(p))
}

/// The targets `rustup` has installed; none when there is no rustup.
fn installed_targets() -> Vec<String> {
    let rustup = std::env::var_os("RUSTUP").unwrap_or_else(|| OsString::from("rustup"));
    match Command::new(rustup)
        .args(["target", "list", "--installed"])
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.trim().to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// The version the binary reports (`vaultctl 0.1.0` → `0.1.0`); running it is also the
/// proof that it starts.
fn version(binary: &Path) -> Result<String, String> {
    let out = Command::new(binary)
        .arg("--version")
        .env_clear()
        .output()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    match text.trim().strip_prefix("vaultctl ") {
        Some(v) if out.status.success() && !v.is_empty() && !v.contains(char::is_whitespace) => {
            Ok(v.to_string())
        }
        _ => Err(format!(
            "{} --version printed {:?}, not `vaultctl VERSION`",
            binary.display(),
            text.trim()
        )),
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// The line `sha256sum` prints and `sha256sum -c` reads: hex, two spaces, the name.
pub fn sha256_line(hex: &str, name: &str) -> String {
    format!("{hex}  {name}\n")
}

/// How an ELF executable is linked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linking {
    /// No program interpreter and no shared library needed.
    Static,
    /// It asks for a program interpreter (`PT_INTERP`), the dynamic loader.
    Interpreter,
    /// Its dynamic section names shared libraries (`DT_NEEDED`), this many.
    Needs(usize),
}

const PT_INTERP: u32 = 3;
const PT_DYNAMIC: u32 = 2;
const DT_NULL: u64 = 0;
const DT_NEEDED: u64 = 1;

/// How the 64-bit little-endian ELF file `bytes` is linked.
pub fn linking(bytes: &[u8]) -> Result<Linking, String> {
    let bad = |what: &str| format!("not a 64-bit little-endian ELF file: {what}");
    if bytes.get(..4) != Some(b"\x7fELF".as_slice()) {
        return Err(bad("no ELF magic"));
    }
    if bytes.get(4) != Some(&2) || bytes.get(5) != Some(&1) {
        return Err(bad("not ELFCLASS64/ELFDATA2LSB"));
    }
    let phoff = u64_at(bytes, 0x20).ok_or_else(|| bad("short header"))?;
    let phentsize = u16_at(bytes, 0x36).ok_or_else(|| bad("short header"))? as u64;
    let phnum = u16_at(bytes, 0x38).ok_or_else(|| bad("short header"))? as u64;
    if phentsize < 56 {
        return Err(bad("program header entries too small"));
    }
    let mut needed = 0;
    for i in 0..phnum {
        let at = i
            .checked_mul(phentsize)
            .and_then(|o| o.checked_add(phoff))
            .and_then(|o| usize::try_from(o).ok())
            .ok_or_else(|| bad("program header out of range"))?;
        let kind = u32_at(bytes, at).ok_or_else(|| bad("program header out of range"))?;
        if kind == PT_INTERP {
            return Ok(Linking::Interpreter);
        }
        if kind != PT_DYNAMIC {
            continue;
        }
        let offset = u64_at(bytes, at.saturating_add(8))
            .ok_or_else(|| bad("program header out of range"))?;
        let size = u64_at(bytes, at.saturating_add(32))
            .ok_or_else(|| bad("program header out of range"))?;
        let start = usize::try_from(offset).map_err(|_| bad("dynamic section out of range"))?;
        let size = usize::try_from(size).map_err(|_| bad("dynamic section out of range"))?;
        let section = start
            .checked_add(size)
            .and_then(|end| bytes.get(start..end))
            .ok_or_else(|| bad("dynamic section out of range"))?;
        for entry in section.chunks_exact(16) {
            match u64_at(entry, 0) {
                Some(DT_NULL) => break,
                Some(DT_NEEDED) => needed += 1,
                _ => {}
            }
        }
    }
    Ok(if needed == 0 {
        Linking::Static
    } else {
        Linking::Needs(needed)
    })
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        bytes.get(at..at.checked_add(8)?)?.try_into().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal ELF64 file: a header, program headers of the given kinds, and for
    /// PT_DYNAMIC a dynamic section with `needed` DT_NEEDED entries.
    fn elf(kinds: &[u32], needed: usize) -> Vec<u8> {
        let phoff = 64usize;
        let dynamic_at = phoff + 56 * kinds.len();
        let mut out = vec![0u8; dynamic_at];
        out[..4].copy_from_slice(b"\x7fELF");
        out[4] = 2;
        out[5] = 1;
        out[0x20..0x28].copy_from_slice(&(phoff as u64).to_le_bytes());
        out[0x36..0x38].copy_from_slice(&56u16.to_le_bytes());
        out[0x38..0x3a].copy_from_slice(&(kinds.len() as u16).to_le_bytes());
        let mut dynamic = Vec::new();
        for _ in 0..needed {
            dynamic.extend_from_slice(&DT_NEEDED.to_le_bytes());
            dynamic.extend_from_slice(&0u64.to_le_bytes());
        }
        // A relocation entry, as a static-PIE binary has, then the end.
        dynamic.extend_from_slice(&7u64.to_le_bytes());
        dynamic.extend_from_slice(&0x328u64.to_le_bytes());
        dynamic.extend_from_slice(&[0u8; 16]);
        for (i, kind) in kinds.iter().enumerate() {
            let at = phoff + 56 * i;
            out[at..at + 4].copy_from_slice(&kind.to_le_bytes());
            out[at + 8..at + 16].copy_from_slice(&(dynamic_at as u64).to_le_bytes());
            out[at + 32..at + 40].copy_from_slice(&(dynamic.len() as u64).to_le_bytes());
        }
        out.extend_from_slice(&dynamic);
        out
    }

    #[test]
    fn static_pie_with_a_dynamic_section_but_no_library_is_static() {
        assert_eq!(linking(&elf(&[1, PT_DYNAMIC], 0)), Ok(Linking::Static));
        assert_eq!(linking(&elf(&[1], 0)), Ok(Linking::Static));
    }

    #[test]
    fn an_interpreter_or_a_needed_library_is_not_static() {
        assert_eq!(
            linking(&elf(&[PT_INTERP, PT_DYNAMIC], 1)),
            Ok(Linking::Interpreter)
        );
        assert_eq!(linking(&elf(&[1, PT_DYNAMIC], 2)), Ok(Linking::Needs(2)));
    }

    #[test]
    fn this_dynamically_linked_program_is_seen_as_such() {
        let exe = std::env::current_exe().expect("current exe");
        let bytes = std::fs::read(exe).expect("read it");
        assert_ne!(linking(&bytes), Ok(Linking::Static));
    }

    #[test]
    fn truncated_or_foreign_files_are_errors_not_panics() {
        let whole = elf(&[1, PT_DYNAMIC], 1);
        for cut in 0..whole.len() {
            let _ = linking(&whole[..cut]);
        }
        assert!(linking(b"#!/bin/sh\n").is_err());
        let mut huge = elf(&[PT_DYNAMIC], 0);
        huge[64 + 32..64 + 40].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(linking(&huge).is_err());
    }

    #[test]
    fn checksum_line_is_what_sha256sum_prints() {
        assert_eq!(
            sha256_line(&sha256_hex(b"abc"), "vaultctl-0.1.0-x86_64-linux"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  \
             vaultctl-0.1.0-x86_64-linux\n"
        );
    }

    #[test]
    fn libc_is_gnu_or_musl() {
        assert_eq!(plan(&[]).expect("plan").libc, None);
        let musl = plan(&["--libc".into(), "musl".into()]).expect("plan");
        assert_eq!(musl.libc, Some(Libc::Musl));
        assert!(plan(&["--libc".into(), "bionic".into()]).is_err());
        assert!(plan(&["--strip".into()]).is_err());
    }
}
