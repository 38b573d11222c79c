//! The child's environment and files, built by one piece of code at start and at every
//! rotation.
//!
//! The inherited environment is kept byte for byte (a value that is not UTF-8 is passed
//! on as it is), less vaultctl's own credentials: `VAULT_TOKEN`/`BAO_TOKEN` and the
//! login parameters it reads from the environment, unless `--pass-token` hands the token
//! on. Values are held in zeroizing buffers up to the point where std copies them into
//! the new process.

use crate::redacted::Secret;
use crate::secrets::Injected;
use crate::secrets::assemble::OutFile;
use std::borrow::Cow;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use zeroize::Zeroizing;

pub use crate::guard::CREDENTIALS;

/// One variable of the child's environment; the value is zeroed when dropped.
pub type EnvVar = (OsString, Zeroizing<Vec<u8>>);

/// What the child is given: its environment and the files written for it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct ChildView {
    /// The whole environment, in order.
    pub env: Vec<EnvVar>,
    /// The files.
    pub files: Vec<OutFile>,
}

impl std::fmt::Debug for ChildView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.env.iter().map(|(k, _)| k).collect();
        let files: Vec<_> = self.files.iter().map(|f| &f.dest).collect();
        f.debug_struct("ChildView")
            .field("env", &names)
            .field("files", &files)
            .finish()
    }
}

impl crate::secrets::assemble::Lookup for ChildView {
    fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        self.env
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| String::from_utf8_lossy(v))
    }
}

/// Builds the child's environment from the inherited one and what was injected.
#[derive(Debug, Clone)]
pub struct ChildEnv {
    base: Vec<(OsString, OsString)>,
    token_names: Vec<&'static str>,
}

impl ChildEnv {
    /// The base environment: `inherited` (none when `pristine`) less vaultctl's
    /// credentials. With `pass_token` the token is handed on as `VAULT_TOKEN` (and as
    /// `BAO_TOKEN` too when that was set).
    pub fn new(inherited: &[(OsString, OsString)], pristine: bool, pass_token: bool) -> Self {
        let has = |name: &str| inherited.iter().any(|(k, _)| k == name);
        let token_names = match pass_token {
            false => Vec::new(),
            true if has("BAO_TOKEN") => vec!["VAULT_TOKEN", "BAO_TOKEN"],
            true => vec!["VAULT_TOKEN"],
        };
        let base = if pristine {
            Vec::new()
        } else {
            inherited
                .iter()
                .filter(|(k, _)| !CREDENTIALS.iter().any(|c| k == OsStr::new(c)))
                .cloned()
                .collect()
        };
        ChildEnv { base, token_names }
    }

    /// What the child gets: the base, the injected variables over it, and the token
    /// when it is handed on.
    pub fn view(&self, injected: &Injected, token: Option<&Secret>) -> ChildView {
        let mut env: Vec<EnvVar> = self
            .base
            .iter()
            .map(|(k, v)| (k.clone(), Zeroizing::new(v.as_bytes().to_vec())))
            .collect();
        let mut set = |name: &OsStr, value: &[u8]| {
            env.retain(|(k, _)| k != name);
            env.push((name.to_os_string(), Zeroizing::new(value.to_vec())));
        };
        for var in &injected.vars {
            set(OsStr::new(&var.name), var.value.expose().as_bytes());
        }
        if let Some(token) = token {
            for name in &self.token_names {
                set(OsStr::new(name), token.expose().as_bytes());
            }
        }
        ChildView {
            env,
            files: injected.files.clone(),
        }
    }
}

/// Writes the files of `view` (atomically, each with its mode, 0600 unless a template
/// says otherwise); the first failure is returned.
pub fn write_files(view: &ChildView) -> anyhow::Result<()> {
    use anyhow::Context as _;
    for f in &view.files {
        crate::fsutil::write_atomic(&f.dest, f.contents.expose().as_bytes(), f.mode, false)
            .with_context(|| format!("cannot write {}", f.dest.display()))?;
        crate::info!("wrote {}", f.dest.display());
    }
    Ok(())
}

/// Writes the files of `view` whose bytes or mode differ from what is on disk (or that
/// are missing), atomically, each with its mode; a file that is the same is not touched.
/// Returns the destinations written; a failure is a warning, and the file is tried again
/// at the next change.
pub fn write_changed(view: &ChildView) -> Vec<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let mut written = Vec::new();
    for f in &view.files {
        let contents = f.contents.expose().as_bytes();
        let same = std::fs::metadata(&f.dest).is_ok_and(|m| {
            m.is_file()
                && m.permissions().mode() & 0o777 == f.mode
                && m.len() == contents.len() as u64
        }) && std::fs::read(&f.dest)
            .is_ok_and(|old| Zeroizing::new(old).as_slice() == contents);
        if same {
            continue;
        }
        match crate::fsutil::write_atomic(&f.dest, contents, f.mode, false) {
            Ok(()) => {
                crate::info!("wrote {}", f.dest.display());
                written.push(f.dest.clone());
            }
            Err(e) => crate::warn!("cannot write {}: {e}", f.dest.display()),
        }
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::assemble::Lookup;
    use crate::secrets::{Var, read::ReadKey};
    use std::os::unix::ffi::OsStringExt;

    fn os(s: &str) -> OsString {
        OsString::from(s)
    }

    fn injected(pairs: &[(&str, &str)]) -> Injected {
        let vars = pairs
            .iter()
            .map(|(k, v)| Var {
                name: k.to_string(),
                value: Secret::new(*v),
                source: "secret/a".into(),
                reads: vec![ReadKey::path("secret/a")],
            })
            .collect();
        Injected {
            vars,
            ..Injected::default()
        }
    }

    #[test]
    fn keeps_bytes_drops_credentials_and_injects_over_the_base() {
        let raw = OsString::from_vec(vec![0xff, 0xfe]);
        let inherited = vec![
            (os("X"), raw.clone()),
            (os("VAULT_TOKEN"), os("s.root")),
            (os("VAULT_SECRET_ID"), os("sid")),
            (os("VAULT_ADDR"), os("http://v")),
            (os("DB"), os("old")),
        ];
        let view = ChildEnv::new(&inherited, false, false)
            .view(&injected(&[("DB", "new")]), Some(&Secret::new("t")));
        let names: Vec<_> = view.env.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(names, [os("X"), os("VAULT_ADDR"), os("DB")]);
        assert_eq!(view.env[0].1.as_slice(), raw.as_bytes());
        assert_eq!(view.get("DB").as_deref(), Some("new"));
    }

    #[test]
    fn pass_token_hands_on_the_current_token_only() {
        let inherited = vec![(os("BAO_TOKEN"), os("old")), (os("VAULT_ROLE_ID"), os("r"))];
        let view = ChildEnv::new(&inherited, false, true)
            .view(&injected(&[]), Some(&Secret::new("current")));
        assert_eq!(view.get("VAULT_TOKEN").as_deref(), Some("current"));
        assert_eq!(view.get("BAO_TOKEN").as_deref(), Some("current"));
        assert_eq!(view.get("VAULT_ROLE_ID"), None);
    }

    #[test]
    fn only_files_whose_bytes_or_mode_changed_are_written_again() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().expect("temp");
        let file = |name: &str, text: &str, mode: u32| OutFile {
            dest: dir.path().join(name),
            contents: Secret::new(text),
            mode,
            source: "secret/a".into(),
            reads: vec![ReadKey::path("secret/a")],
        };
        let view = |files| ChildView {
            env: Vec::new(),
            files,
        };
        let first = view(vec![file("a", "one", 0o600), file("b", "two", 0o600)]);
        assert_eq!(write_changed(&first).len(), 2, "missing files are written");
        let inode = |name: &str| {
            std::fs::metadata(dir.path().join(name))
                .expect("stat")
                .ino()
        };
        let (a, b) = (inode("a"), inode("b"));
        assert!(write_changed(&first).is_empty(), "nothing changed");
        assert_eq!((inode("a"), inode("b")), (a, b));
        let next = view(vec![file("a", "one", 0o640), file("b", "three", 0o600)]);
        let written = write_changed(&next);
        assert_eq!(written, [dir.path().join("a"), dir.path().join("b")]);
        let meta = std::fs::metadata(dir.path().join("a")).expect("stat");
        assert_eq!(meta.permissions().mode() & 0o777, 0o640);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("b")).expect("read"),
            "three"
        );
        // A file changed on disk under vaultctl is put back.
        std::fs::write(dir.path().join("b"), "edited").expect("write");
        assert_eq!(write_changed(&next), [dir.path().join("b")]);
    }

    #[test]
    fn pristine_gives_only_what_was_injected() {
        let inherited = vec![(os("HOME"), os("/root"))];
        let view = ChildEnv::new(&inherited, true, false).view(&injected(&[("A", "1")]), None);
        assert_eq!(view.env.len(), 1);
        assert!(!format!("{view:?}").contains('1'), "Debug shows names only");
    }
}
