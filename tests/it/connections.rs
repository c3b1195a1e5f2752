//! Connection handling under hostile or heavy clients: bodies always read on the connection
//! thread under the total deadline (Expect: 100-continue, chunked, Connection: upgrade),
//! strict body framing (no request smuggling), fair service across keep-alive connections,
//! and what the access log writes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use crate::harness::{Instance, Server, parse_response, read_response, request};

fn host(server: &Server) -> String {
    server.addr.to_string()
}

fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

/// Reads exactly one response (head plus a Content-Length body) from a keep-alive stream.
fn read_one(r: &mut BufReader<TcpStream>) -> std::io::Result<(u16, Vec<u8>)> {
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "closed",
            ));
        }
        head.extend_from_slice(line.as_bytes());
        if line == "\r\n" {
            break;
        }
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let len = text
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    r.read_exact(&mut body)?;
    Ok((status, body))
}

fn healthz_time(server: &Server) -> Duration {
    let start = Instant::now();
    let r = request(
        server.addr,
        &format!(
            "GET /healthz HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            host(server)
        ),
    );
    assert_eq!(r.map(|r| r.status).ok(), Some(200), "healthz failed");
    start.elapsed()
}

#[test]
fn slow_bodies_with_expect_chunked_or_upgrade_never_hold_a_worker() {
    let inst = Instance::new("slowexpect");
    inst.init();
    // Two workers: before the fix, two slow clients were enough to stop the server.
    let server = inst.serve(&["--workers", "2"]);
    let h = host(&server);
    let heads = [
        format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n"
        ),
        format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n"
        ),
        format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nConnection: upgrade\r\nUpgrade: websocket\r\nContent-Length: 1000\r\n\r\n"
        ),
    ];
    let mut slow = Vec::new();
    for i in 0..12 {
        let mut s = connect(server.addr);
        s.write_all(heads[i % 3].as_bytes()).unwrap();
        slow.push(s);
    }
    // Trickle one byte per connection each 400 ms for 4 s while probing health.
    let mut worst = Duration::ZERO;
    for round in 0..10 {
        for s in &mut slow {
            let _ = s.write_all(if round == 0 { b"4" } else { b" " });
        }
        worst = worst.max(healthz_time(&server));
        std::thread::sleep(Duration::from_millis(400));
    }
    assert!(
        worst < Duration::from_secs(2),
        "/healthz waited {worst:?} behind slow bodies"
    );
    drop(slow);

    // 100-continue is still honoured: the interim answer comes before the body is sent.
    let mut s = connect(server.addr);
    s.write_all(
        format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    let mut interim = [0u8; 25];
    s.read_exact(&mut interim).unwrap();
    assert_eq!(&interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    s.write_all(b"{}").unwrap();
    let r = read_response(&mut s).unwrap();
    assert!(
        (400..500).contains(&r.status),
        "login with {{}}: {}",
        r.status
    );
    server.stop();
    inst.verify();
}

#[test]
fn ambiguous_body_framing_is_refused_and_the_connection_closed() {
    let inst = Instance::new("smuggle");
    inst.init();
    let server = inst.serve(&[]);
    let h = host(&server);
    let smuggled = format!("GET /healthz HTTP/1.1\r\nHost: {h}\r\n\r\n");
    let cases: [(&str, u16); 9] = [
        ("Transfer-Encoding: identity\r\nContent-Length: 5\r\n", 400),
        ("Transfer-Encoding: xchunked\r\nContent-Length: 5\r\n", 400),
        (
            "Transfer-Encoding: chunked, identity\r\nContent-Length: 5\r\n",
            400,
        ),
        (
            "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n",
            400,
        ),
        ("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", 400),
        ("Transfer-Encoding: gzip, chunked\r\n", 501),
        ("Transfer-Encoding: identity\r\n", 400),
        ("Content-Length: 5\r\nContent-Length: 6\r\n", 400),
        ("Content-Length: +5\r\n", 400),
    ];
    for (headers, want) in cases {
        let raw = format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\n{headers}\r\n0\r\n\r\n{smuggled}"
        );
        let mut s = connect(server.addr);
        s.write_all(raw.as_bytes()).unwrap();
        let mut all = Vec::new();
        let _ = s.read_to_end(&mut all);
        let text = String::from_utf8_lossy(&all).into_owned();
        let first = parse_response(&all).unwrap();
        assert_eq!(first.status, want, "{headers:?}: {text}");
        assert_eq!(
            text.matches("HTTP/1.1 ").count(),
            1,
            "{headers:?}: the pipelined request was answered: {text}"
        );
    }
    // Malformed chunk framing: a signed size, a bare LF, an endless size line (cut off at
    // 1 KiB instead of growing), a body cut short by the client.
    for (chunks, label) in [
        ("+5\r\nhello\r\n0\r\n\r\n".to_string(), "signed size"),
        ("5\nhello\r\n0\r\n\r\n".to_string(), "bare LF"),
        ("f".repeat(200_000), "endless size line"),
    ] {
        let mut s = connect(server.addr);
        let _ = s.write_all(
            format!("POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{chunks}{smuggled}").as_bytes(),
        );
        let mut all = Vec::new();
        let _ = s.read_to_end(&mut all);
        let text = String::from_utf8_lossy(&all).into_owned();
        assert!(text.starts_with("HTTP/1.1 400"), "{label}: {text}");
        assert_eq!(text.matches("HTTP/1.1 ").count(), 1, "{label}: {text}");
    }
    let mut s = connect(server.addr);
    s.write_all(
        format!("POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{{\"a\"").as_bytes(),
    )
    .unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    assert!(
        all.is_empty() || !String::from_utf8_lossy(&all).contains(" 200 "),
        "a cut body was handled"
    );
    // A header folded onto the previous line (obs-fold) is refused, not read as a new header.
    let r = request(
        server.addr,
        &format!("POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nX-A: a\r\n Content-Length: 5\r\nConnection: close\r\n\r\nhello"),
    )
    .unwrap();
    assert_eq!(r.status, 400);
    // Chunked in HTTP/1.0 is faulty framing too.
    let r = request(
        server.addr,
        &format!("POST /api/v1/auth/login HTTP/1.0\r\nHost: {h}\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    )
    .unwrap();
    assert_eq!(r.status, 400);
    // A bare LF inside a header line does not split it into two headers.
    let r = request(
        server.addr,
        &format!("GET /healthz HTTP/1.1\r\nHost: {h}\r\nX-A: a\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"),
    )
    .unwrap();
    assert_eq!(r.status, 400);

    // Well-framed requests still work, and keep-alive carries on after them.
    let mut s = connect(server.addr);
    s.write_all(
        format!(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{{}}\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: {h}\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    let mut r = BufReader::new(s);
    let (first, _) = read_one(&mut r).unwrap();
    assert!((400..500).contains(&first), "chunked login: {first}");
    let (second, body) = read_one(&mut r).unwrap();
    assert_eq!(second, 200, "{}", String::from_utf8_lossy(&body));
    server.stop();
    inst.verify();
}

#[test]
fn thirty_two_keep_alive_connections_are_all_served_fairly() {
    let inst = Instance::new("fair");
    inst.init();
    let server = inst.serve(&[]);
    let addr = server.addr;
    let h = host(&server);
    let n = 32;
    let barrier = Arc::new(Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let barrier = barrier.clone();
            let h = h.clone();
            std::thread::spawn(move || {
                let s = connect(addr);
                let mut w = s.try_clone().unwrap();
                let mut r = BufReader::new(s);
                barrier.wait();
                let start = Instant::now();
                let mut worst = Duration::ZERO;
                let mut answered = 0u32;
                // Every connection keeps asking for 2 s; none may wait long for any answer.
                while start.elapsed() < Duration::from_secs(2) {
                    let t = Instant::now();
                    w.write_all(format!("GET /api/v1 HTTP/1.1\r\nHost: {h}\r\n\r\n").as_bytes())
                        .unwrap();
                    let (status, _) = read_one(&mut r).unwrap();
                    assert_eq!(status, 200);
                    worst = worst.max(t.elapsed());
                    answered += 1;
                }
                (answered, worst)
            })
        })
        .collect();
    let results: Vec<(u32, Duration)> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let worst = results.iter().map(|r| r.1).max().unwrap();
    let fewest = results.iter().map(|r| r.0).min().unwrap();
    assert!(
        worst < Duration::from_millis(1500),
        "a keep-alive connection waited {worst:?} for an answer: {results:?}"
    );
    assert!(fewest >= 5, "a connection got only {fewest} answers in 2 s");
    server.stop();
    inst.verify();
}

#[test]
fn the_log_escapes_control_characters_from_the_request() {
    let inst = Instance::new("logesc");
    inst.init();
    let server = inst.serve(&[]);
    let h = host(&server);
    // In the request line a control character is refused outright (400), never logged raw.
    let mut s = connect(server.addr);
    s.write_all(
        format!("GET /\x1b[31mFAKE HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .unwrap();
    let r = read_response(&mut s).unwrap();
    assert_eq!(r.status, 400);
    // Text that reaches a log line from a JSON body (a host in an egress test) is escaped.
    let admin = server.setup_admin();
    let r = admin.post(
        "/api/v1/admin/egress/test",
        &serde_json::json!({ "url": "http://evil\u{1b}[31m\u{202e}.example/\nFAKE LINE" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    std::thread::sleep(Duration::from_millis(300));
    let log = server.log.lock().unwrap().clone();
    assert!(!log.contains('\x1b'), "raw ESC in the log: {log:?}");
    assert!(
        !log.contains('\u{202e}'),
        "raw bidi override in the log: {log:?}"
    );
    assert!(log.contains("evil\\x1b[31m\\u{202e}.example"), "{log}");
    assert!(!log.lines().any(|l| l.starts_with("FAKE LINE")), "{log}");
    server.stop();
    inst.verify();
}

fn logged(server: &Server, path: &str) -> bool {
    server
        .log
        .lock()
        .unwrap()
        .lines()
        .any(|l| l.contains(" INFO ") && l.contains(path))
}

#[test]
fn the_access_log_keeps_writes_errors_and_slow_requests_by_default() {
    let inst = Instance::new("accesslog");
    inst.init();
    let probe = |server: &Server| {
        let h = host(server);
        for raw in [
            format!("GET /healthz HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n"),
            format!("GET /api/v1 HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n"),
            format!("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n"),
            format!(
                "POST /api/v1/auth/logout HTTP/1.1\r\nHost: {h}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
        ] {
            request(server.addr, &raw).unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
    };

    let server = inst.serve(&[]);
    probe(&server);
    assert!(!logged(&server, "GET /healthz "));
    assert!(!logged(&server, "GET /api/v1 200"));
    assert!(logged(&server, "GET /api/v1/no-such-thing 404"));
    assert!(logged(&server, "POST /api/v1/auth/logout"));
    server.stop();

    let server = inst.serve(&["--access-log", "all"]);
    probe(&server);
    assert!(!logged(&server, "GET /healthz "), "probes stay at debug");
    assert!(logged(&server, "GET /api/v1 200"));
    server.stop();

    let server = inst.serve(&["--access-log", "errors"]);
    probe(&server);
    assert!(logged(&server, "GET /api/v1/no-such-thing 404"));
    assert!(!logged(&server, "GET /api/v1 200"));
    server.stop();

    let server = inst.serve(&["--access-log", "off"]);
    probe(&server);
    assert!(!logged(&server, "/no-such-thing"));
    server.stop();
    inst.verify();
}
