//! `--listen ADDR`: health, readiness and metrics over HTTP for probes and Prometheus.
//! [`listen`] binds (before the command starts; a port in use fails the run) and serves
//! from one small thread ([`server`]); the state ([`metrics::Metrics`]) is recorded by
//! [`record`] from the watchers' events (`run::events`) and the run's steps (`run::exec`),
//! and does nothing when vaultctl does not listen. A run mode other than `exec` calls
//! [`listen`], then [`record`] with [`Phase::Running`](metrics::Phase) once its files are
//! written. Paths and names only: never a value or a token.

pub mod metrics;
pub mod server;

use crate::run::values::Value;
use metrics::Metrics;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

/// The listener thread's stack: the server keeps a 4 KiB buffer and little else.
const STACK: usize = 64 * 1024;

/// What `/healthz`, `/readyz` and `/metrics` report, shared by the threads.
#[derive(Debug, Default)]
pub struct Health {
    metrics: Mutex<Metrics>,
    finishing: AtomicBool,
}

impl Health {
    /// Changes the state with `f`.
    pub fn with(&self, f: impl FnOnce(&mut Metrics)) {
        if let Ok(mut m) = self.metrics.lock() {
            f(&mut m);
        }
    }

    /// Whether vaultctl still supervises (the main loop has not ended).
    pub fn alive(&self) -> bool {
        !self.finishing.load(Ordering::SeqCst)
    }

    /// The main loop ended: vaultctl is finishing.
    pub fn finished(&self) {
        self.finishing.store(true, Ordering::SeqCst);
    }

    /// Ready or not, and why, in one short line.
    pub fn readiness(&self, now: Instant) -> (bool, String) {
        match self.metrics.lock() {
            Ok(m) => m.readiness(now),
            Err(_) => (false, "vaultctl is failing".into()),
        }
    }

    /// The Prometheus text.
    pub fn render(&self, now: Instant) -> String {
        self.metrics
            .lock()
            .map(|m| m.render(now))
            .unwrap_or_default()
    }
}

static CURRENT: OnceLock<Arc<Health>> = OnceLock::new();

/// Records into the state `/readyz` and `/metrics` report, when vaultctl listens.
pub fn record(f: impl FnOnce(&mut Metrics)) {
    if let Some(h) = CURRENT.get() {
        h.with(f);
    }
}

/// Says `/healthz` should fail from now on: the main loop ended.
pub fn finished() {
    if let Some(h) = CURRENT.get() {
        h.finished();
    }
}

/// `--listen` could not be served.
#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    /// The address cannot be bound (in use, not local, not allowed).
    #[error("--listen {addr}: cannot listen there: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The listener thread could not be started.
    #[error("--listen {addr}: cannot start the listener thread: {source}")]
    Thread {
        /// The address.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// Binds `addr` and serves `/healthz`, `/readyz` and `/metrics` from a thread of its
/// own, for the rest of the process; [`record`] feeds it from then on. Returns the
/// address bound (the port chosen, for port 0).
pub fn listen(addr: SocketAddr) -> Result<SocketAddr, ListenError> {
    let listener = TcpListener::bind(addr).map_err(|source| ListenError::Bind { addr, source })?;
    let bound = listener.local_addr().unwrap_or(addr);
    let health = CURRENT.get_or_init(Arc::default).clone();
    start(listener, health).map_err(|source| ListenError::Thread { addr, source })?;
    Ok(bound)
}

/// Serves `listener` with `health` from a new thread with a small stack.
fn start(listener: TcpListener, health: Arc<Health>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("listen".into())
        .stack_size(STACK)
        .spawn(move || server::serve(listener, &health))
        .map(drop)
}

/// `HOST:PORT`: `127.0.0.1:9102`, `0.0.0.0:9102`, `[::1]:9102`.
impl Value for SocketAddr {
    fn parse(text: &str) -> Result<Self, String> {
        text.trim().parse().map_err(|_| {
            format!(
                "invalid address {text:?}: expected HOST:PORT with an IP address, such as 127.0.0.1:9102, 0.0.0.0:9102 or [::1]:9102"
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    #[test]
    fn addresses_parse_or_say_what_is_expected() {
        for text in ["127.0.0.1:9102", "0.0.0.0:9102", "[::1]:9102", " [::]:0 "] {
            assert!(SocketAddr::parse(text).is_ok(), "{text}");
        }
        for text in ["9102", "localhost:9102", "127.0.0.1", "127.0.0.1:99999", ""] {
            let e = SocketAddr::parse(text).expect_err(text);
            assert!(e.contains("HOST:PORT") && !e.contains('\n'), "{e}");
        }
    }

    #[test]
    fn the_listener_thread_serves_with_its_small_stack() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let health = Arc::new(Health::default());
        health.with(|m| {
            m.source("kv/app", None, Instant::now());
            m.set_phase(metrics::Phase::Running);
        });
        start(listener, health).expect("starts");
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        s.write_all(b"GET /metrics HTTP/1.1\r\n\r\n")
            .expect("write");
        let mut out = String::new();
        s.read_to_string(&mut out).expect("read");
        assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
        assert!(out.contains("vaultctl_ready 1\n"), "{out}");
        // A port in use is an error naming --listen.
        let e = listen(addr).expect_err("in use");
        let text = e.to_string();
        assert!(text.starts_with(&format!("--listen {addr}: ")), "{text}");
    }
}
