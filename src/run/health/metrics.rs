//! What `--listen` reports, as state: per source its expiry, renewals, rotations and
//! failures; the child's starts, restarts and last exit status; the token's expiry;
//! Vault errors by kind; whether vaultctl is ready. Recorded from the watchers' events
//! (`run::events`) and from `run::exec`; rendered as Prometheus text (version 0.0.4) and
//! as a readiness verdict. Pure: times are passed in. Paths and names only: a label is a
//! source as the user configured it (path, parameter names, version), never a value or
//! a token.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Where the run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Reading secrets, writing files: not ready yet.
    Starting,
    /// Every file written and the child started (or, for a run without a child, every
    /// file written).
    Running,
    /// The child exited; vaultctl is finishing.
    Exited,
}

/// A kind of Vault error, for the `kind` label: a fixed set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorKind {
    /// Vault could not be reached, was sealed or answered 5xx.
    Unreachable,
    /// A read, issue or renewal was answered with another error.
    Request,
    /// Vault would not renew a lease further.
    LeaseNotRenewable,
    /// Renewing the token failed.
    TokenRenewal,
    /// Logging in again failed.
    Login,
    /// Vault refused the token.
    TokenRefused,
}

impl ErrorKind {
    fn label(self) -> &'static str {
        match self {
            ErrorKind::Unreachable => "unreachable",
            ErrorKind::Request => "request",
            ErrorKind::LeaseNotRenewable => "lease_not_renewable",
            ErrorKind::TokenRenewal => "token_renewal",
            ErrorKind::Login => "login",
            ErrorKind::TokenRefused => "token_refused",
        }
    }
}

/// What is known of one source.
#[derive(Debug, Clone, Default)]
struct Source {
    expires: Option<Instant>,
    last_renewal: Option<SystemTime>,
    last_rotation: Option<SystemTime>,
    renewals: u64,
    failures: u64,
}

/// A family of one sample a source: name, type, help, the value (if any).
type PerSource = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Source) -> Option<u64>,
);

/// The state behind `/readyz` and `/metrics`.
#[derive(Debug)]
pub struct Metrics {
    phase: Phase,
    sources: BTreeMap<String, Source>,
    token_expires: Option<Instant>,
    token_expired: bool,
    starts: u64,
    restarts: u64,
    last_exit: Option<i32>,
    errors: BTreeMap<ErrorKind, u64>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            phase: Phase::Starting,
            sources: BTreeMap::new(),
            token_expires: None,
            token_expired: false,
            starts: 0,
            restarts: 0,
            last_exit: None,
            errors: BTreeMap::new(),
        }
    }
}

impl Metrics {
    /// Sets the phase.
    pub fn set_phase(&mut self, phase: Phase) {
        self.phase = phase;
    }

    /// A source read at start; `ttl` is its lease's (`None`: it does not expire).
    pub fn source(&mut self, name: &str, ttl: Option<Duration>, now: Instant) {
        let s = self.sources.entry(name.to_string()).or_default();
        s.expires = ttl.map(|t| after(now, t));
    }

    /// A lease of `name` was renewed for `ttl`.
    pub fn renewed(&mut self, name: &str, ttl: Duration, now: Instant, wall: SystemTime) {
        let s = self.sources.entry(name.to_string()).or_default();
        s.renewals += 1;
        s.last_renewal = Some(wall);
        s.expires = Some(after(now, ttl));
    }

    /// `name` has new data (new credentials, a new version): a rotation; `ttl` as in
    /// [`Metrics::source`].
    pub fn rotated(&mut self, name: &str, ttl: Option<Duration>, now: Instant, wall: SystemTime) {
        let s = self.sources.entry(name.to_string()).or_default();
        s.last_rotation = Some(wall);
        s.expires = ttl.map(|t| after(now, t));
    }

    /// Vault confirmed `name` unchanged; its lease (if any) runs `ttl` from now.
    pub fn confirmed(&mut self, name: &str, ttl: Option<Duration>, now: Instant) {
        if let Some(t) = ttl {
            self.sources.entry(name.to_string()).or_default().expires = Some(after(now, t));
        }
    }

    /// A request about `name` (or about the token, `None`) failed.
    pub fn failed(&mut self, name: Option<&str>, kind: ErrorKind) {
        if let Some(name) = name {
            self.sources.entry(name.to_string()).or_default().failures += 1;
        }
        *self.errors.entry(kind).or_default() += 1;
    }

    /// The token lives `ttl` from `now` (`None`: it does not expire).
    pub fn token(&mut self, ttl: Option<Duration>, now: Instant) {
        self.token_expires = ttl.map(|t| after(now, t));
        self.token_expired = false;
    }

    /// The token expired and could not be replaced.
    pub fn token_expired(&mut self) {
        self.token_expired = true;
    }

    /// The child was started (the first time or again).
    pub fn child_started(&mut self) {
        if self.starts > 0 {
            self.restarts += 1;
        }
        self.starts += 1;
    }

    /// The child was restarted: the old one ended with `status` (its exit code, or 128 +
    /// the signal), the new one runs.
    pub fn child_restarted(&mut self, status: i32) {
        self.last_exit = Some(status);
        self.child_started();
    }

    /// The child ended with `status` (its exit code, or 128 + the signal).
    pub fn child_exited(&mut self, status: i32) {
        self.last_exit = Some(status);
        self.phase = Phase::Exited;
    }

    /// Ready or not at `now`, and one short line saying why.
    pub fn readiness(&self, now: Instant) -> (bool, String) {
        match self.phase {
            Phase::Starting => return (false, "starting: secrets not yet written".into()),
            Phase::Exited => return (false, "the command exited".into()),
            Phase::Running => {}
        }
        if self.token_expired || self.token_expires.is_some_and(|t| t <= now) {
            return (false, "the token expired".into());
        }
        if let Some((name, _)) = self
            .sources
            .iter()
            .find(|(_, s)| s.expires.is_some_and(|t| t <= now))
        {
            return (false, format!("{} expired", one_line(name)));
        }
        (true, "ready".into())
    }

    /// The Prometheus text exposition (version 0.0.4) at `now`.
    pub fn render(&self, now: Instant) -> String {
        let mut out = String::with_capacity(1024);
        let ttl = |e: Option<Instant>| e.map(|t| t.saturating_duration_since(now).as_secs());
        family(
            &mut out,
            "vaultctl_ready",
            "gauge",
            "1 when every file is written, the command runs and no credential is past its expiry",
        );
        sample(
            &mut out,
            "vaultctl_ready",
            &[],
            u64::from(self.readiness(now).0),
        );
        family(
            &mut out,
            "vaultctl_source_ttl_seconds",
            "gauge",
            "Seconds until the lease of a source expires",
        );
        for (name, s) in &self.sources {
            if let Some(left) = ttl(s.expires) {
                sample(
                    &mut out,
                    "vaultctl_source_ttl_seconds",
                    &[("source", name)],
                    left,
                );
            }
        }
        let per_source: [PerSource; 4] = [
            (
                "vaultctl_source_last_renewal_timestamp_seconds",
                "gauge",
                "When the lease of a source was last renewed (unix seconds)",
                |s| s.last_renewal.map(unix),
            ),
            (
                "vaultctl_source_last_rotation_timestamp_seconds",
                "gauge",
                "When a source last changed: new credentials or a new version (unix seconds)",
                |s| s.last_rotation.map(unix),
            ),
            (
                "vaultctl_source_renewals_total",
                "counter",
                "Lease renewals of a source",
                |s| Some(s.renewals),
            ),
            (
                "vaultctl_source_failures_total",
                "counter",
                "Failed requests about a source (reads, issues, renewals)",
                |s| Some(s.failures),
            ),
        ];
        for (metric, kind, help, value) in per_source {
            family(&mut out, metric, kind, help);
            for (name, s) in &self.sources {
                if let Some(v) = value(s) {
                    sample(&mut out, metric, &[("source", name)], v);
                }
            }
        }
        family(
            &mut out,
            "vaultctl_child_starts_total",
            "counter",
            "Starts of the command",
        );
        sample(&mut out, "vaultctl_child_starts_total", &[], self.starts);
        family(
            &mut out,
            "vaultctl_child_restarts_total",
            "counter",
            "Restarts of the command (starts after the first)",
        );
        sample(
            &mut out,
            "vaultctl_child_restarts_total",
            &[],
            self.restarts,
        );
        family(
            &mut out,
            "vaultctl_child_last_exit_status",
            "gauge",
            "How the command last ended: its exit code, or 128 + the signal",
        );
        if let Some(status) = self.last_exit {
            let _ = writeln!(out, "vaultctl_child_last_exit_status {status}");
        }
        family(
            &mut out,
            "vaultctl_token_ttl_seconds",
            "gauge",
            "Seconds until the token expires",
        );
        if let Some(left) = ttl(self.token_expires) {
            let left = if self.token_expired { 0 } else { left };
            sample(&mut out, "vaultctl_token_ttl_seconds", &[], left);
        }
        family(
            &mut out,
            "vaultctl_vault_errors_total",
            "counter",
            "Errors from Vault, by kind",
        );
        for (kind, n) in &self.errors {
            sample(
                &mut out,
                "vaultctl_vault_errors_total",
                &[("kind", kind.label())],
                *n,
            );
        }
        out
    }
}

use crate::lifecycle::after;

fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn sample(out: &mut String, name: &str, labels: &[(&str, &str)], value: u64) {
    out.push_str(name);
    if !labels.is_empty() {
        out.push('{');
        for (i, (k, v)) in labels.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(k);
            out.push_str("=\"");
            escape(out, v);
            out.push('"');
        }
        out.push('}');
    }
    let _ = writeln!(out, " {value}");
}

/// A label value as the text format wants it: `\`, `"` and line feeds escaped.
pub fn escape(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(v: &str) -> String {
        let mut s = String::new();
        escape(&mut s, v);
        s
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escaped(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escaped("x\ny"), "x\\ny");
        assert_eq!(escaped("kv/app"), "kv/app");
        let mut m = Metrics::default();
        let now = Instant::now();
        m.source("kv/we\"ird\\\npath", Some(Duration::from_secs(60)), now);
        let text = m.render(now);
        assert!(
            text.contains(r#"vaultctl_source_ttl_seconds{source="kv/we\"ird\\\npath"} 60"#),
            "{text}"
        );
        // Every line is a comment or one sample: no raw line feed from a label.
        for line in text.lines() {
            assert!(
                line.starts_with("# ") || line.starts_with("vaultctl_"),
                "{line}"
            );
        }
    }

    #[test]
    fn every_family_has_help_and_type_and_every_sample_a_family() {
        let mut m = Metrics::default();
        let now = Instant::now();
        let wall = SystemTime::now();
        m.set_phase(Phase::Running);
        m.source("database/creds/app", Some(Duration::from_secs(300)), now);
        m.source("kv/app", None, now);
        m.renewed("database/creds/app", Duration::from_secs(600), now, wall);
        m.rotated("kv/app", None, now, wall);
        m.failed(Some("kv/app"), ErrorKind::Unreachable);
        m.failed(None, ErrorKind::TokenRenewal);
        m.token(Some(Duration::from_secs(3600)), now);
        m.child_started();
        m.child_started();
        let text = m.render(now);
        let mut helped = Vec::new();
        let mut typed = Vec::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# HELP ") {
                helped.push(rest.split(' ').next().expect("name").to_string());
            } else if let Some(rest) = line.strip_prefix("# TYPE ") {
                let mut parts = rest.split(' ');
                let name = parts.next().expect("name").to_string();
                let kind = parts.next().expect("kind");
                assert!(kind == "gauge" || kind == "counter", "{line}");
                assert!(name.starts_with("vaultctl_"), "{line}");
                assert_eq!(name.ends_with("_total"), kind == "counter", "{line}");
                typed.push(name);
            } else {
                let name = line.split(['{', ' ']).next().expect("name");
                assert!(
                    typed.iter().any(|t| t == name),
                    "sample without TYPE: {line}"
                );
                let value = line.rsplit(' ').next().expect("value");
                value.parse::<i64>().expect("a number");
            }
        }
        assert_eq!(helped, typed);
        for expected in [
            "vaultctl_source_ttl_seconds{source=\"database/creds/app\"} 600",
            "vaultctl_source_renewals_total{source=\"database/creds/app\"} 1",
            "vaultctl_source_failures_total{source=\"kv/app\"} 1",
            "vaultctl_child_starts_total 2",
            "vaultctl_child_restarts_total 1",
            "vaultctl_token_ttl_seconds 3600",
            "vaultctl_vault_errors_total{kind=\"unreachable\"} 1",
            "vaultctl_vault_errors_total{kind=\"token_renewal\"} 1",
            "vaultctl_ready 1",
        ] {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        assert!(!text.contains("ttl_seconds{source=\"kv/app\"}"), "{text}");
    }

    #[test]
    fn readiness_follows_the_phase_and_the_expiries() {
        let mut m = Metrics::default();
        let now = Instant::now();
        assert!(!m.readiness(now).0);
        m.source("database/creds/app", Some(Duration::from_secs(5)), now);
        m.token(None, now);
        m.set_phase(Phase::Running);
        assert_eq!(m.readiness(now), (true, "ready".into()));
        let later = now + Duration::from_secs(6);
        assert_eq!(
            m.readiness(later),
            (false, "database/creds/app expired".into())
        );
        m.renewed(
            "database/creds/app",
            Duration::from_secs(60),
            later,
            SystemTime::now(),
        );
        assert!(m.readiness(later).0);
        m.token_expired();
        assert_eq!(m.readiness(later), (false, "the token expired".into()));
        m.token(Some(Duration::from_secs(60)), later);
        assert!(m.readiness(later).0);
        m.child_exited(3);
        assert_eq!(m.readiness(later), (false, "the command exited".into()));
        assert!(
            m.render(later)
                .contains("vaultctl_child_last_exit_status 3\n")
        );
    }
}
