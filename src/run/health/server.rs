//! The small HTTP/1.1 server of `--listen`: one thread, one connection at a time. A
//! request is read with a deadline ([`DEADLINE`]) and a size cap ([`MAX_REQUEST`]),
//! answered and the connection closed, so one slow or hostile client holds the others
//! up for [`DEADLINE`] at most. `/healthz`, `/readyz` and `/metrics`; a bad request is
//! 400, an unknown path 404, a method other than GET or HEAD 405. [`parse`] is the
//! untrusted input's parser (fuzzed).

use super::Health;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// The longest a request line and its headers may be.
pub const MAX_REQUEST: usize = 4096;

/// How long a client has to send its request (and to take the answer).
pub const DEADLINE: Duration = Duration::from_secs(2);

/// A request, as far as vaultctl cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request<'a> {
    /// The method (`GET`, `HEAD`, ...).
    pub method: &'a str,
    /// The path, without the query.
    pub path: &'a str,
}

/// Why a request is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bad {
    /// The headers have not ended yet: more bytes may complete them.
    Incomplete,
    /// Not an HTTP/1.x request line, or headers that are not.
    Malformed,
}

/// Parses the head of a request (`buf` up to and including the blank line that ends
/// the headers, or what came so far).
pub fn parse(buf: &[u8]) -> Result<Request<'_>, Bad> {
    let end = find(buf, b"\r\n\r\n")
        .map(|i| i + 2)
        .or_else(|| find(buf, b"\n\n").map(|i| i + 1))
        .ok_or(Bad::Incomplete)?;
    let head = std::str::from_utf8(&buf[..end]).map_err(|_| Bad::Malformed)?;
    let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let line = lines.next().ok_or(Bad::Malformed)?;
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Bad::Malformed);
    };
    let token = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase());
    if !token(method) || !matches!(version, "HTTP/1.0" | "HTTP/1.1") {
        return Err(Bad::Malformed);
    }
    if !target.starts_with('/') || target.bytes().any(|b| !b.is_ascii_graphic()) {
        return Err(Bad::Malformed);
    }
    for header in lines.filter(|l| !l.is_empty()) {
        match header.split_once(':') {
            Some((name, _)) if !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic()) => {}
            _ => return Err(Bad::Malformed),
        }
    }
    let path = target.split_once('?').map_or(target, |(p, _)| p);
    Ok(Request { method, path })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// An answer: status, content type, body.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The content type.
    pub content_type: &'static str,
    /// The body.
    pub body: String,
}

const TEXT: &str = "text/plain; charset=utf-8";
const METRICS: &str = "text/plain; version=0.0.4; charset=utf-8";

fn text(status: u16, body: impl Into<String>) -> Answer {
    let mut body = body.into();
    body.push('\n');
    Answer {
        status,
        content_type: TEXT,
        body,
    }
}

/// What `request` (as [`parse`] gave it) gets from `health`.
pub fn answer(request: Result<Request<'_>, Bad>, health: &Health) -> Answer {
    let Ok(request) = request else {
        return text(400, "bad request");
    };
    let known = matches!(request.path, "/healthz" | "/readyz" | "/metrics");
    if !known {
        return text(404, "not found: try /healthz, /readyz or /metrics");
    }
    if !matches!(request.method, "GET" | "HEAD") {
        return text(405, "method not allowed");
    }
    let now = Instant::now();
    match request.path {
        "/healthz" => match health.alive() {
            true => text(200, "ok"),
            false => text(503, "vaultctl is finishing"),
        },
        "/readyz" => {
            let (ready, why) = health.readiness(now);
            text(if ready { 200 } else { 503 }, why)
        }
        _ => Answer {
            status: 200,
            content_type: METRICS,
            body: health.render(now),
        },
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Accepts connections on `listener` and answers them, one at a time, for ever.
pub fn serve(listener: TcpListener, health: &Health) {
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                let _ = handle(stream, health);
            }
            // Out of file descriptors, say: do not spin.
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Reads one request from `stream` within [`DEADLINE`], answers, closes. (std writes to
/// a socket with `MSG_NOSIGNAL`: a client that hangs up early gives an error here, never
/// a SIGPIPE, which the signal thread would pass on to the command.)
fn handle(mut stream: TcpStream, health: &Health) -> std::io::Result<()> {
    let start = Instant::now();
    stream.set_write_timeout(Some(DEADLINE))?;
    let mut buf = [0u8; MAX_REQUEST];
    let mut len = 0;
    let parsed = loop {
        let left = DEADLINE.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Ok(());
        }
        stream.set_read_timeout(Some(left))?;
        let n = match stream.read(&mut buf[len..]) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // Timed out or reset: nothing to answer.
            Err(_) => return Ok(()),
        };
        len += n;
        match parse(&buf[..len]) {
            Err(Bad::Incomplete) if len < MAX_REQUEST => {}
            Err(Bad::Incomplete) => break Err(Bad::Malformed),
            other => break other,
        }
    };
    let head_only = matches!(parsed, Ok(Request { method: "HEAD", .. }));
    let a = answer(parsed, health);
    let head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        a.status,
        reason(a.status),
        a.content_type,
        a.body.len()
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(a.body.as_bytes())?;
    }
    stream.flush()?;
    let _ = stream.shutdown(std::net::Shutdown::Write);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::health::metrics::Phase;

    #[test]
    fn requests_parse_or_are_bad() {
        let ok = parse(
            b"GET /readyz?verbose=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: kube-probe/1.30\r\n\r\n",
        );
        assert_eq!(
            ok,
            Ok(Request {
                method: "GET",
                path: "/readyz"
            })
        );
        assert!(parse(b"GET /healthz HTTP/1.0\n\n").is_ok());
        assert_eq!(
            parse(b"GET /healthz HTTP/1.1\r\nHost"),
            Err(Bad::Incomplete)
        );
        for bad in [
            &b"GET /healthz\r\n\r\n"[..],
            b"GET  /healthz HTTP/1.1\r\n\r\n",
            b"get /healthz HTTP/1.1\r\n\r\n",
            b"GET healthz HTTP/1.1\r\n\r\n",
            b"GET /healthz HTTP/2\r\n\r\n",
            b"GET /healthz HTTP/1.1 x\r\n\r\n",
            b"GET /\xff HTTP/1.1\r\n\r\n",
            b"GET / HTTP/1.1\r\nno colon\r\n\r\n",
            b"\r\n\r\n",
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
        ] {
            assert_eq!(
                parse(bad),
                Err(Bad::Malformed),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn answers_by_path_and_method() {
        let health = Health::default();
        let get = |path| {
            answer(
                Ok(Request {
                    method: "GET",
                    path,
                }),
                &health,
            )
        };
        assert_eq!(get("/healthz").status, 200);
        assert_eq!(get("/readyz").status, 503);
        assert_eq!(get("/readyz").body, "starting: secrets not yet written\n");
        assert_eq!(get("/nope").status, 404);
        assert_eq!(get("/metrics").content_type, METRICS);
        let post = answer(
            Ok(Request {
                method: "POST",
                path: "/readyz",
            }),
            &health,
        );
        assert_eq!(post.status, 405);
        assert_eq!(answer(Err(Bad::Malformed), &health).status, 400);
        health.with(|m| m.set_phase(Phase::Running));
        assert_eq!(get("/readyz").status, 200);
        health.finished();
        assert_eq!(get("/healthz").status, 503);
    }

    /// A server on a free port of the loopback, with its health.
    fn server() -> (std::net::SocketAddr, std::sync::Arc<Health>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let health = std::sync::Arc::new(Health::default());
        let h = health.clone();
        std::thread::spawn(move || serve(listener, &h));
        (addr, health)
    }

    fn get(addr: std::net::SocketAddr, request: &[u8]) -> String {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let _ = s.write_all(request);
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    }

    #[test]
    fn huge_and_slow_requests_do_not_hold_the_server() {
        let (addr, _health) = server();
        let ok = get(addr, b"GET /healthz HTTP/1.1\r\n\r\n");
        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n"), "{ok}");
        assert!(ok.ends_with("\r\n\r\nok\n"), "{ok}");
        // A request line longer than the cap: 400, not a buffer that grows.
        let mut huge = b"GET /".to_vec();
        huge.extend(std::iter::repeat_n(b'a', 64 * 1024));
        // (The client may see a reset instead, its unread bytes refused.)
        let answer = get(addr, &huge);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 400 "),
            "{answer}"
        );
        // A client that never finishes its request is dropped after the deadline.
        let start = Instant::now();
        let mut slow = TcpStream::connect(addr).expect("connect");
        slow.write_all(b"GET /healthz HTTP/1.1\r\n").expect("write");
        let ok = get(addr, b"GET /healthz HTTP/1.1\r\n\r\n");
        assert!(ok.starts_with("HTTP/1.1 200 "), "{ok}");
        assert!(
            start.elapsed() < DEADLINE + Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
        let head = get(addr, b"HEAD /metrics HTTP/1.1\r\n\r\n");
        assert!(head.ends_with("\r\n\r\n"), "{head}");
        drop(slow);
    }
}
