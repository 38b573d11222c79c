//! A fault-injecting HTTP proxy on loopback, for faults a real OpenBao cannot be made
//! to produce. Each request it receives takes the next planned [`Fault`] (forwarding to
//! the real server when the plan is empty) and is recorded, so tests can count requests
//! and look at the headers vaultctl sent. One request per connection.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
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

/// A running proxy.
pub struct FaultProxy {
    /// `http://127.0.0.1:PORT`.
    pub addr: String,
    plan: Arc<Mutex<VecDeque<Fault>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl FaultProxy {
    /// Starts a proxy in front of `upstream` (`http://127.0.0.1:PORT`).
    pub fn start(upstream: &str) -> FaultProxy {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .parse()
            .expect("upstream is http://IP:PORT");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let addr = format!("http://{}", listener.local_addr().expect("addr"));
        let plan = Arc::new(Mutex::new(VecDeque::new()));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (p, s) = (plan.clone(), seen.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (p, s) = (p.clone(), s.clone());
                std::thread::spawn(move || serve(stream, upstream, &p, &s));
            }
        });
        FaultProxy { addr, plan, seen }
    }

    /// Queues faults for the next requests.
    pub fn plan(&self, faults: impl IntoIterator<Item = Fault>) {
        self.plan.lock().expect("plan").extend(faults);
    }

    /// The requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("seen").clone()
    }
}

fn serve(
    mut client: TcpStream,
    upstream: SocketAddr,
    plan: &Mutex<VecDeque<Fault>>,
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
    let fault = plan
        .lock()
        .expect("plan")
        .pop_front()
        .unwrap_or(Fault::Forward);
    if let Fault::Respond { status, .. } = &fault {
        seen.lock().expect("seen")[index].status = Some(*status);
    }
    match fault {
        Fault::Forward => {
            let status = forward(&mut client, upstream, &request_line, &headers, &body);
            seen.lock().expect("seen")[index].status = status;
        }
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

/// Passes the request on and the answer back; returns the answer's status.
fn forward(
    client: &mut TcpStream,
    upstream: SocketAddr,
    request_line: &str,
    headers: &[(String, String)],
    body: &[u8],
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
    client.write_all(&answer).ok()?;
    let head = String::from_utf8_lossy(&answer[..answer.len().min(64)]).into_owned();
    head.split(' ').nth(1).and_then(|s| s.parse().ok())
}
