//! The listener under hostile clients: huge header lines, header floods, oversize bodies,
//! slowloris under a low file-descriptor limit, path traversal. Memory must stay bounded and
//! the server must answer a fresh request soon after each attack stops.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::harness::*;

/// RSS may grow by at most this much during an attack (KiB).
const RSS_BUDGET_KIB: u64 = 40 * 1024;

fn healthy_within(server: &Server, limit: Duration) -> Duration {
    wait_until(limit, || {
        request(
            server.addr,
            "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .is_ok_and(|r| r.status == 200)
    })
    .unwrap_or_else(|| {
        panic!(
            "no healthy answer within {limit:?}\n{}",
            server.log.lock().unwrap()
        )
    })
}

#[test]
fn a_200_mib_header_line_is_refused_with_431_and_memory_stays_flat() {
    let inst = Instance::new("hdrline");
    inst.init();
    let server = inst.serve(&[]);
    assert_eq!(server.get("/healthz").status, 200);
    let base = server.rss_kib();
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nX-Flood: ").unwrap();
    let chunk = vec![b'a'; 1 << 20];
    let mut sent = 0usize;
    for _ in 0..200 {
        match s.write_all(&chunk) {
            Ok(()) => sent += chunk.len(),
            Err(_) => break, // the server closed the connection: that is the point
        }
    }
    let resp = read_response(&mut s);
    assert!(
        sent < 200 << 20,
        "the server read all 200 MiB of one header line"
    );
    if let Ok(r) = resp {
        assert_eq!(r.status, 431);
    }
    let peak = server.rss_kib();
    assert!(
        peak < base + RSS_BUDGET_KIB,
        "RSS grew from {base} to {peak} KiB"
    );
    healthy_within(&server, Duration::from_secs(5));
    server.stop();
    inst.verify();
}

#[test]
fn twenty_thousand_headers_are_refused_with_431() {
    let inst = Instance::new("hdrcount");
    inst.init();
    let server = inst.serve(&[]);
    let mut raw = String::from("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    for i in 0..20_000 {
        raw.push_str(&format!("X-H{i}: v\r\n"));
    }
    raw.push_str("\r\n");
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(raw.as_bytes());
    let r = read_response(&mut s).unwrap();
    assert_eq!(r.status, 431);
    // 100 headers is the documented limit; 90 pass.
    let mut ok = String::from("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    for i in 0..90 {
        ok.push_str(&format!("X-H{i}: v\r\n"));
    }
    ok.push_str("\r\n");
    assert_eq!(request(server.addr, &ok).unwrap().status, 200);
    server.stop();
    inst.verify();
}

#[test]
fn an_oversize_body_is_refused_with_413_before_it_is_read() {
    let inst = Instance::new("body");
    inst.init();
    let server = inst.serve(&["--max-body", "65536"]);
    let base = server.rss_kib();
    let start = Instant::now();
    // Declares 10 GiB and sends none of it: the answer must come at once.
    let r = request(
        server.addr,
        "POST /api/v1/anything HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n",
    )
    .unwrap();
    assert_eq!(r.status, 413);
    assert_eq!(r.json()["error"]["code"], "RB-HTTP-TOO-LARGE");
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "413 took {:?}",
        start.elapsed()
    );

    // Declares 1 MiB and sends it: still refused, memory flat, server fine.
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"POST /api/v1/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n")
        .unwrap();
    let _ = s.write_all(&vec![b'{'; 1 << 20]);
    let r = read_response(&mut s).unwrap();
    assert_eq!(r.status, 413);
    assert!(server.rss_kib() < base + RSS_BUDGET_KIB);
    healthy_within(&server, Duration::from_secs(5));
    server.stop();
    inst.verify();
}

#[test]
fn slowloris_under_a_low_fd_limit_does_not_make_the_server_deaf() {
    let inst = Instance::new("slowloris");
    inst.init();
    let server = Server::start(&inst, &["--workers", "4"], Some(64));
    assert_eq!(server.get("/healthz").status, 200);
    let base_rss = server.rss_kib();

    // 100 connections that each send part of a head, then dribble.
    let mut attackers = Vec::new();
    for _ in 0..100 {
        if let Ok(mut s) = TcpStream::connect(server.addr) {
            let _ = s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n");
            attackers.push(s);
        }
    }
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(500));
        for s in attackers.iter_mut() {
            let _ = s.write_all(b"X-a: b\r\n");
        }
    }
    let threads = server.threads();
    assert!(
        threads < 64,
        "{threads} threads: connections are not capped"
    );
    assert!(server.rss_kib() < base_rss + RSS_BUDGET_KIB);

    // The attack stops: the client goes away.
    drop(attackers);
    let took = healthy_within(&server, Duration::from_secs(5));
    eprintln!("healthy {took:?} after the slowloris attack stopped");

    // An attacker that just goes quiet is cut off by the head deadline (10 s + read timeout).
    let mut quiet = TcpStream::connect(server.addr).unwrap();
    quiet.write_all(b"GET /healthz HTTP/1.1\r\n").unwrap();
    quiet
        .set_read_timeout(Some(Duration::from_secs(25)))
        .unwrap();
    let mut buf = Vec::new();
    let start = Instant::now();
    let _ = quiet.read_to_end(&mut buf);
    assert!(
        start.elapsed() < Duration::from_secs(22),
        "idle partial connection held for {:?}",
        start.elapsed()
    );
    server.stop();
    inst.verify();
}

#[test]
fn path_traversal_attempts_get_404() {
    let inst = Instance::new("traversal");
    inst.init();
    let server = inst.serve(&[]);
    for p in [
        "/../../../../etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cetc%5cpasswd",
        "/%252e%252e%252fetc%252fpasswd",
        "/app.js/../../Cargo.toml",
        "/.%2e/.%2e/etc/passwd",
        "/..\\..\\Cargo.toml",
        "//etc/passwd",
    ] {
        let r = server.get(p);
        assert_eq!(r.status, 404, "{p}");
        assert!(!r.text().contains("root:"), "{p}");
    }
    server.stop();
    inst.verify();
}
