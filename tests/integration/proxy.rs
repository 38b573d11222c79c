//! A fault-injecting HTTP proxy on loopback, for faults a real OpenBao cannot be made
//! to produce. Each request it receives takes the next planned [`Fault`] (else the
//! standing fault set with [`FaultProxy::always`], else forwarding to the real server)
//! and is recorded, so tests can count requests and look at the headers vaultctl sent.
//! It can also stop listening altogether ([`FaultProxy::refuse`]), so that connections
//! are refused. One request per connection.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// What the proxy does with one request.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Pass it to the real server and its answer back.
    Forward,
    /// Answer this instead.
    Respond {
        /// Status code.
        status: u16,
        /// Extra header lines, `Name: value`.
        headers: Vec<String>,
        /// The body.
        body: Vec<u8>,
    },
    /// Close the connection without answering.
    Close,
    /// Accept and say nothing for this long, then close.
    Hang(Duration),
    /// Forward, pass on the head and part of the body, then reset the connection (RST).
    ResetMidBody,
    /// Forward, pass on the head and part of the body, then close the connection
    /// normally: the body is shorter than the head announced.
    Truncated,
    /// Forward, but hold the answer back this long.
    Slow(Duration),
}

impl Fault {
    /// An answer with a JSON body.
    pub fn json(status: u16, body: &str) -> Fault {
        Fault::Respond {
            status,
            headers: vec!["Content-Type: application/json".into()],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// One request the proxy saw.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Method.
    pub method: String,
    /// Path with query.
    pub path: String,
    /// Header lines as received, lower-cased names.
    pub headers: Vec<(String, String)>,
    /// The status of the answer, once it was sent (forwarded or planned).
    pub status: Option<u16>,
}

impl Seen {
    /// The value of a header, by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the proxy does, shared with its threads.
#[derive(Default)]
struct Rules {
    plan: VecDeque<Fault>,
    /// A fault for every request whose path contains the text ("" for all).
    standing: Option<(String, Fault)>,
}

/// A running proxy.
pub struct FaultProxy {
    /// `http://127.0.0.1:PORT`.
    pub addr: String,
    rules: Arc<Mutex<Rules>>,
    seen: Arc<Mutex<Vec<Seen>>>,
    refusing: Arc<(Mutex<bool>, Condvar)>,
}

impl FaultProxy {
    /// Starts a proxy in front of `upstream` (`http://127.0.0.1:PORT`).
    pub fn start(upstream: &str) -> FaultProxy {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .parse()
            .expect("upstream is http://IP:PORT");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let local = listener.local_addr().expect("addr");
        let proxy = FaultProxy {
            addr: format!("http://{local}"),
            rules: Arc::default(),
            seen: Arc::default(),
            refusing: Arc::default(),
        };
        let (rules, seen, refusing) = (
            proxy.rules.clone(),
            proxy.seen.clone(),
            proxy.refusing.clone(),
        );
        std::thread::spawn(move || {
            let mut listener = listener;
            loop {
                let Ok((stream, _)) = listener.accept() else {
                    continue;
                };
                if refused(&refusing) {
                    // Close the port until told to listen again, then take it back.
                    drop((stream, listener));
                    wait_until_accepting(&refusing);
                    listener = rebind(local);
                    continue;
                }
                let (r, s) = (rules.clone(), seen.clone());
                std::thread::spawn(move || serve(stream, upstream, &r, &s));
            }
        });
        proxy
    }

    /// Queues faults for the next requests.
    pub fn plan(&self, faults: impl IntoIterator<Item = Fault>) {
        self.rules.lock().expect("rules").plan.extend(faults);
    }

    /// Answers every request with `fault` from now on (after the planned ones), until
    /// [`FaultProxy::heal`].
    pub fn always(&self, fault: Fault) {
        self.always_on("", fault);
    }

    /// As [`FaultProxy::always`], for requests whose path contains `path_part` only.
    pub fn always_on(&self, path_part: &str, fault: Fault) {
        self.rules.lock().expect("rules").standing = Some((path_part.to_string(), fault));
    }

    /// Ends every fault: forwards everything from now on, and listens again.
    pub fn heal(&self) {
        *self.rules.lock().expect("rules") = Rules::default();
        let (flag, wake) = &*self.refusing;
        let was_refusing = std::mem::replace(&mut *flag.lock().expect("refusing"), false);
        wake.notify_all();
        if was_refusing {
            let addr = self.addr.trim_start_matches("http://").to_string();
            crate::servers::wait_for("the proxy to listen again", Duration::from_secs(5), || {
                TcpStream::connect(&addr).is_ok()
            });
        }
    }

    /// Stops listening, so that connections are refused, until [`FaultProxy::heal`].
    pub fn refuse(&self) {
        *self.refusing.0.lock().expect("refusing") = true;
        // Wake the accept loop so that it closes the port now.
        let _ = TcpStream::connect(self.addr.trim_start_matches("http://"));
        let addr = self.addr.trim_start_matches("http://").to_string();
        crate::servers::wait_for(
            "the proxy to close its port",
            Duration::from_secs(5),
            || TcpStream::connect(&addr).is_err(),
        );
    }

    /// The requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("seen").clone()
    }

    /// How many requests were seen so far.
    pub fn count(&self) -> usize {
        self.seen.lock().expect("seen").len()
    }
}

fn refused(refusing: &(Mutex<bool>, Condvar)) -> bool {
    *refusing.0.lock().expect("refusing")
}

fn wait_until_accepting(refusing: &(Mutex<bool>, Condvar)) {
    let (flag, wake) = refusing;
    let mut refusing = flag.lock().expect("refusing");
    while *refusing {
        refusing = wake.wait(refusing).expect("refusing");
    }
}

/// Binds the port again (std sets `SO_REUSEADDR`, so recent connections do not hold it).
fn rebind(local: SocketAddr) -> TcpListener {
    for _ in 0..250 {
        if let Ok(l) = TcpListener::bind(local) {
            return l;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("cannot listen on {local} again");
}

/// The fault for a request to `path`: the next planned one, else the standing one.
fn next_fault(rules: &Mutex<Rules>, path: &str) -> Fault {
    let mut rules = rules.lock().expect("rules");
    if let Some(fault) = rules.plan.pop_front() {
        return fault;
    }
    match &rules.standing {
        Some((part, fault)) if path.contains(part.as_str()) => fault.clone(),
        _ => Fault::Forward,
    }
}

fn serve(
    mut client: TcpStream,
    upstream: SocketAddr,
    rules: &Mutex<Rules>,
    seen: &Mutex<Vec<Seen>>,
) {
    let Some((head, body)) = read_request(&mut client) else {
        return;
    };
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default().to_string();
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let index = {
        let mut seen = seen.lock().expect("seen");
        seen.push(Seen {
            method,
            path,
            headers: headers.clone(),
            status: None,
        });
        seen.len() - 1
    };
    let fault = next_fault(rules, &seen.lock().expect("seen")[index].path);
    if let Fault::Respond { status, .. } = &fault {
        seen.lock().expect("seen")[index].status = Some(*status);
    }
    let mut pass_on = |cut: Cut| {
        let status = forward(&mut client, upstream, &request_line, &headers, &body, cut);
        seen.lock().expect("seen")[index].status = status;
    };
    match fault {
        Fault::Forward => pass_on(Cut::Whole),
        Fault::ResetMidBody => pass_on(Cut::Reset),
        Fault::Truncated => pass_on(Cut::Close),
        Fault::Slow(d) => pass_on(Cut::Delay(d)),
        Fault::Respond {
            status,
            headers,
            body,
        } => {
            let mut out = format!(
                "HTTP/1.1 {status} Fault\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for h in headers {
                out.push_str(&h);
                out.push_str("\r\n");
            }
            out.push_str("\r\n");
            let _ = client.write_all(out.as_bytes());
            let _ = client.write_all(&body);
        }
        Fault::Close => {}
        Fault::Hang(d) => std::thread::sleep(d),
    }
}

/// Reads one HTTP request: its head and its body.
pub fn read_request(client: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = client.read(&mut chunk).ok().filter(|n| *n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let length = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[end + 4..].to_vec();
    while body.len() < length {
        let n = client.read(&mut chunk).ok().filter(|n| *n > 0)?;
        body.extend_from_slice(&chunk[..n]);
    }
    Some((head, body))
}

/// How much of the real answer reaches the client.
#[derive(Clone, Copy)]
enum Cut {
    /// All of it.
    Whole,
    /// All of it, late.
    Delay(Duration),
    /// The head and part of the body, then a reset.
    Reset,
    /// The head and part of the body, then an orderly close.
    Close,
}

/// Passes the request on and (some of) the answer back; returns the answer's status.
fn forward(
    client: &mut TcpStream,
    upstream: SocketAddr,
    request_line: &str,
    headers: &[(String, String)],
    body: &[u8],
    cut: Cut,
) -> Option<u16> {
    let mut server = TcpStream::connect(upstream).ok()?;
    let mut out = format!("{request_line}\r\n");
    for (name, value) in headers.iter().filter(|(n, _)| n != "connection") {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("Connection: close\r\n\r\n");
    server
        .write_all(out.as_bytes())
        .and_then(|_| server.write_all(body))
        .ok()?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).ok()?;
    let head = String::from_utf8_lossy(&answer[..answer.len().min(64)]).into_owned();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok());
    match cut {
        Cut::Whole => client.write_all(&answer).ok()?,
        Cut::Delay(d) => {
            std::thread::sleep(d);
            client.write_all(&answer).ok()?;
        }
        Cut::Reset | Cut::Close => {
            let body_at = answer
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map_or(0, |i| i + 4);
            let keep = body_at + (answer.len() - body_at) / 2;
            client.write_all(&answer[..keep]).ok()?;
            // Let the head arrive first, so the fault is in the middle of the answer.
            std::thread::sleep(Duration::from_millis(50));
            if matches!(cut, Cut::Reset) {
                reset(client);
            }
        }
    }
    status
}

/// Closes the connection with a RST instead of a FIN (`SO_LINGER` of zero).
fn reset(stream: &TcpStream) {
    use nix::sys::socket::{setsockopt, sockopt::Linger};
    let linger = nix::libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    setsockopt(stream, Linger, &linger).expect("SO_LINGER");
}
