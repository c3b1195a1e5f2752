//! Small loopback servers that stand for the outside world in egress tests: an HTTP server
//! that answers through a closure and records every connection and request it saw, and a
//! CONNECT proxy with Basic authentication that tunnels to 127.0.0.x targets only.
//!
//! Every fake binds `127.0.0.x:0`, answers one request per connection (`Connection: close`),
//! polls a stop flag, and gives up on any connection after `LIFETIME`; dropping a fake stops
//! its threads.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The longest any fake connection lives.
const LIFETIME: Duration = Duration::from_secs(60);
/// Largest request head a fake reads.
const MAX_HEAD: usize = 64 * 1024;

/// One request as a fake received it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// The request target as sent (`/path?query`, or `host:port` for CONNECT).
    pub target: String,
    pub headers: Vec<(String, String)>,
    /// The body, as far as `Content-Length` announced it (read by `FakeHttp` only).
    pub body: Vec<u8>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How a fake answers.
pub enum Answer {
    /// A whole response with `Content-Length`.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// `Transfer-Encoding: chunked`, no `Content-Length`, in 64 KiB chunks.
    Chunked { status: u16, body: Vec<u8> },
    /// Accepts the request and never answers.
    Hang,
    /// Sends the head (announcing `content_length` bytes) and `sent`, then stalls.
    Stall {
        content_length: usize,
        sent: Vec<u8>,
    },
    /// Waits, then answers 200 with `body`.
    Delay { wait: Duration, body: Vec<u8> },
}

impl Answer {
    pub fn ok(body: &str) -> Answer {
        Answer::Full {
            status: 200,
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: body.as_bytes().to_vec(),
        }
    }
    pub fn redirect(status: u16, location: &str) -> Answer {
        Answer::Full {
            status,
            headers: vec![("Location".into(), location.to_string())],
            body: Vec::new(),
        }
    }
}

type Handler = dyn Fn(&Seen) -> Answer + Send + Sync;

/// Shared state of one fake.
#[derive(Default)]
struct Common {
    stop: AtomicBool,
    accepted: AtomicUsize,
    seen: Mutex<Vec<Seen>>,
    /// Requests being answered now, and the most ever at once.
    inflight: AtomicUsize,
    max_inflight: AtomicUsize,
}

impl Common {
    fn stopped(&self, since: Instant) -> bool {
        self.stop.load(Ordering::Relaxed) || since.elapsed() > LIFETIME
    }
}

/// Binds `ip:0` and runs `serve` for each accepted connection on its own thread.
fn listen(
    ip: &str,
    common: Arc<Common>,
    serve: impl Fn(TcpStream, Arc<Common>) + Send + Sync + 'static,
) -> (SocketAddr, JoinHandle<()>) {
    let ip: Ipv4Addr = ip.parse().unwrap();
    assert!(ip.octets()[0] == 127, "fakes live on loopback only");
    let listener = TcpListener::bind((ip, 0)).unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    let serve = Arc::new(serve);
    let thread = std::thread::spawn(move || {
        let start = Instant::now();
        while !common.stopped(start) {
            match listener.accept() {
                Ok((s, _)) => {
                    common.accepted.fetch_add(1, Ordering::SeqCst);
                    let _ = s.set_nonblocking(false);
                    let c = common.clone();
                    let serve = serve.clone();
                    std::thread::spawn(move || serve(s, c));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    (addr, thread)
}

/// Reads a request head; returns it and whatever followed it, or `None` if the peer closed
/// (or stalled) first.
fn read_head(s: &mut TcpStream, common: &Common) -> Option<(Seen, Vec<u8>)> {
    let start = Instant::now();
    let _ = s.set_read_timeout(Some(Duration::from_millis(100)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if common.stopped(start) || buf.len() > MAX_HEAD {
            return None;
        }
        match s.read(&mut chunk) {
            Ok(0) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return None,
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().unwrap_or_default().to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some((
        Seen {
            method,
            target,
            headers,
            body: Vec::new(),
        },
        buf[end + 4..].to_vec(),
    ))
}

/// Holds a connection open without answering until the fake stops.
fn hold(common: &Common) {
    let start = Instant::now();
    while !common.stopped(start) {
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        407 => "Proxy Authentication Required",
        _ => "Whatever",
    }
}

/// An HTTP/1.1 server on `127.0.0.x` answering with a closure.
pub struct FakeHttp {
    pub addr: SocketAddr,
    common: Arc<Common>,
    thread: Option<JoinHandle<()>>,
}

impl FakeHttp {
    pub fn start(ip: &str, handler: impl Fn(&Seen) -> Answer + Send + Sync + 'static) -> FakeHttp {
        let common = Arc::new(Common::default());
        let handler: Arc<Handler> = Arc::new(handler);
        let (addr, thread) = listen(ip, common.clone(), move |mut s, c| {
            let Some((mut seen, rest)) = read_head(&mut s, &c) else {
                return;
            };
            let want: usize = seen
                .header("content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            seen.body = rest;
            let mut chunk = [0u8; 4096];
            let began = Instant::now();
            while seen.body.len() < want.min(1 << 20) && began.elapsed() < Duration::from_secs(5) {
                match s.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => seen.body.extend_from_slice(&chunk[..n]),
                    Err(e)
                        if matches!(
                            e.kind(),
                            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                        ) => {}
                    Err(_) => break,
                }
            }
            c.seen.lock().unwrap().push(seen.clone());
            let now = c.inflight.fetch_add(1, Ordering::SeqCst) + 1;
            c.max_inflight.fetch_max(now, Ordering::SeqCst);
            let answer = handler(&seen);
            let _ = s.set_write_timeout(Some(Duration::from_secs(10)));
            let _ = match answer {
                Answer::Full {
                    status,
                    headers,
                    body,
                } => {
                    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                    for (k, v) in headers {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    head.push_str(&format!(
                        "Content-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    ));
                    s.write_all(head.as_bytes())
                        .and_then(|()| s.write_all(&body))
                }
                Answer::Chunked { status, body } => {
                    let head = format!(
                        "HTTP/1.1 {status} {}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                        reason(status)
                    );
                    let mut r = s.write_all(head.as_bytes());
                    for part in body.chunks(64 * 1024) {
                        if r.is_err() {
                            break;
                        }
                        r = s
                            .write_all(format!("{:x}\r\n", part.len()).as_bytes())
                            .and_then(|()| s.write_all(part))
                            .and_then(|()| s.write_all(b"\r\n"));
                    }
                    r.and_then(|()| s.write_all(b"0\r\n\r\n"))
                }
                Answer::Hang => {
                    hold(&c);
                    Ok(())
                }
                Answer::Delay { wait, body } => {
                    std::thread::sleep(wait);
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    s.write_all(head.as_bytes())
                        .and_then(|()| s.write_all(&body))
                }
                Answer::Stall {
                    content_length,
                    sent,
                } => {
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {content_length}\r\nConnection: close\r\n\r\n"
                    );
                    let r = s
                        .write_all(head.as_bytes())
                        .and_then(|()| s.write_all(&sent));
                    hold(&c);
                    r
                }
            };
            c.inflight.fetch_sub(1, Ordering::SeqCst);
            let _ = s.shutdown(Shutdown::Write);
            // Let the client read everything before the socket closes.
            let mut sink = [0u8; 1024];
            let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
            let _ = s.read(&mut sink);
        });
        FakeHttp {
            addr,
            common,
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// TCP connections accepted so far (a probe's TCP stage counts as one).
    pub fn connections(&self) -> usize {
        self.common.accepted.load(Ordering::SeqCst)
    }

    /// Requests received so far.
    pub fn requests(&self) -> Vec<Seen> {
        self.common.seen.lock().unwrap().clone()
    }

    /// The most requests this fake was answering at one time.
    pub fn max_inflight(&self) -> usize {
        self.common.max_inflight.load(Ordering::SeqCst)
    }
}

impl Drop for FakeHttp {
    fn drop(&mut self) {
        self.common.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A CONNECT proxy on `127.0.0.1` that wants `Proxy-Authorization: Basic base64(user:pw)`
/// (407 otherwise) and tunnels only to `127.0.0.x` targets.
pub struct FakeProxy {
    pub addr: SocketAddr,
    common: Arc<Common>,
    thread: Option<JoinHandle<()>>,
}

impl FakeProxy {
    pub fn start(user: &str, password: &str) -> FakeProxy {
        use base64::Engine;
        let expected = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        );
        let common = Arc::new(Common::default());
        let (addr, thread) = listen("127.0.0.1", common.clone(), move |mut s, c| {
            let Some((seen, rest)) = read_head(&mut s, &c) else {
                return;
            };
            c.seen.lock().unwrap().push(seen.clone());
            let refuse = |s: &mut TcpStream, status: u16, extra: &str| {
                let _ = s.write_all(
                    format!(
                        "HTTP/1.1 {status} {}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n",
                        reason(status)
                    )
                    .as_bytes(),
                );
            };
            if seen.method != "CONNECT" {
                refuse(&mut s, 405, "");
                return;
            }
            if seen.header("Proxy-Authorization") != Some(expected.as_str()) {
                refuse(&mut s, 407, "Proxy-Authenticate: Basic realm=\"fake\"\r\n");
                return;
            }
            let target: Option<SocketAddr> = seen.target.parse().ok();
            let Some(target) = target
                .filter(|t| matches!(t.ip(), std::net::IpAddr::V4(v4) if v4.octets()[0] == 127))
            else {
                refuse(&mut s, 403, "");
                return;
            };
            let Ok(mut up) = TcpStream::connect_timeout(&target, Duration::from_secs(2)) else {
                refuse(&mut s, 502, "");
                return;
            };
            if s.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                .and_then(|()| up.write_all(&rest))
                .is_err()
            {
                return;
            }
            let (Ok(s2), Ok(up2)) = (s.try_clone(), up.try_clone()) else {
                return;
            };
            let c2 = c.clone();
            let back = std::thread::spawn(move || pump(up2, s2, &c2));
            pump(s, up, &c);
            let _ = back.join();
        });
        FakeProxy {
            addr,
            common,
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn connections(&self) -> usize {
        self.common.accepted.load(Ordering::SeqCst)
    }

    /// Every request head received (CONNECT lines with their headers).
    pub fn requests(&self) -> Vec<Seen> {
        self.common.seen.lock().unwrap().clone()
    }
}

impl Drop for FakeProxy {
    fn drop(&mut self) {
        self.common.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Copies `from` to `to` until either side closes or the fake stops.
fn pump(mut from: TcpStream, mut to: TcpStream, common: &Common) {
    let start = Instant::now();
    let _ = from.set_read_timeout(Some(Duration::from_millis(100)));
    let mut buf = [0u8; 16 * 1024];
    while !common.stopped(start) {
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break,
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}
