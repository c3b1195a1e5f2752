//! Inbound network controls: `--allow-clients` closes other peers before any HTTP is read
//! (and counts them); `--trusted-proxy` is the only source whose `X-Forwarded-For` is believed,
//! for the allowlist, rate limits and logs.

use std::io::{Read, Write};
use std::net::Ipv4Addr;
use std::time::Duration;

use crate::harness::{Instance, Server, connect_from, read_response};

fn get_from(src: Ipv4Addr, server: &Server, path: &str, extra: &str) -> Option<u16> {
    let mut s = connect_from(src, server.addr);
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {}\r\n{extra}Connection: close\r\n\r\n",
        server.addr
    );
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    if buf.is_empty() {
        return None; // closed without a byte
    }
    crate::harness::parse_response(&buf).ok().map(|r| r.status)
}

#[test]
fn allow_clients_closes_other_peers_before_http_and_counts_them() {
    let inst = Instance::new("allowclients");
    inst.init();
    let server = inst.serve(&["--allow-clients", "127.0.0.1/32,127.0.0.3"]);
    let local = Ipv4Addr::new(127, 0, 0, 1);
    assert_eq!(get_from(local, &server, "/healthz", ""), Some(200));
    assert_eq!(
        get_from(Ipv4Addr::new(127, 0, 0, 3), &server, "/healthz", ""),
        Some(200)
    );
    for _ in 0..3 {
        assert_eq!(
            get_from(Ipv4Addr::new(127, 0, 0, 2), &server, "/healthz", ""),
            None,
            "a peer outside --allow-clients got an answer"
        );
    }
    // Spoofing X-Forwarded-For from an untrusted peer changes nothing.
    assert_eq!(
        get_from(
            Ipv4Addr::new(127, 0, 0, 2),
            &server,
            "/healthz",
            "X-Forwarded-For: 127.0.0.1\r\n"
        ),
        None
    );
    let metrics = server.get("/metrics").text();
    assert!(
        metrics.contains("rulebook_clients_refused_total 4"),
        "{}",
        metrics
            .lines()
            .filter(|l| l.contains("refused"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    server.stop();
    inst.verify();
}

#[test]
fn only_trusted_proxies_are_believed_about_the_client() {
    let inst = Instance::new("trustedproxy");
    inst.init();
    // 127.0.0.5 is the proxy; only 10.9.0.0/16 clients may use the service through it.
    let server = inst.serve(&[
        "--allow-clients",
        "10.9.0.0/16,127.0.0.1",
        "--trusted-proxy",
        "127.0.0.5",
    ]);
    let proxy = Ipv4Addr::new(127, 0, 0, 5);
    assert_eq!(
        get_from(proxy, &server, "/healthz", "X-Forwarded-For: 10.9.1.2\r\n"),
        Some(200)
    );
    assert_eq!(
        get_from(
            proxy,
            &server,
            "/healthz",
            "X-Forwarded-For: 10.9.1.2, 203.0.113.7\r\n"
        ),
        Some(403),
        "the rightmost untrusted hop is the client"
    );
    assert_eq!(
        get_from(
            proxy,
            &server,
            "/healthz",
            "X-Forwarded-For: 203.0.113.7, 10.9.1.2\r\n"
        ),
        Some(200)
    );
    // A proxy that adds its own header line: the lines are read in order, so a forged first
    // line does not make the client.
    assert_eq!(
        get_from(
            proxy,
            &server,
            "/healthz",
            "X-Forwarded-For: 10.9.1.2\r\nX-Forwarded-For: 203.0.113.7\r\n"
        ),
        Some(403)
    );
    // Through the proxy without the header, the proxy itself is the client: not allowed.
    assert_eq!(get_from(proxy, &server, "/healthz", ""), Some(403));
    // The login limiter counts the forwarded client, not the proxy: another client through
    // the same proxy is not throttled by the first one's failures.
    let login = |xff: &str, user: &str| {
        let mut s = connect_from(proxy, server.addr);
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let body = format!(r#"{{"username":"{user}","password":"wrong-password-123"}}"#);
        let _ = write!(
            s,
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: {}\r\nOrigin: http://{}\r\nX-Forwarded-For: {xff}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            server.addr,
            server.addr,
            body.len()
        );
        read_response(&mut s).map(|r| r.status).unwrap_or(0)
    };
    // Distinct user names, so only the per-address limiter (30 a minute) can answer 429.
    let statuses: Vec<u16> = (0..40)
        .map(|i| login("10.9.0.1", &format!("u{i}")))
        .collect();
    assert!(
        statuses.contains(&429),
        "no rate limit for one client: {statuses:?}"
    );
    assert_ne!(
        login("10.9.0.2", "someone-else"),
        429,
        "another client behind the proxy was throttled"
    );
    server.stop();
    inst.verify();
}

#[test]
fn cookies_are_secure_behind_a_tls_terminating_proxy() {
    let inst = Instance::new("securecookie");
    inst.init();
    let login = |server: &Server, host: &str, origin: &str| {
        let body = format!(
            r#"{{"username":"admin","password":"{}"}}"#,
            crate::harness::ADMIN_PW
        );
        crate::harness::request(
            server.addr,
            &format!(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
        )
        .unwrap()
    };
    // Plain HTTP, no public URL: no Secure (the browser would drop the cookie).
    let server = inst.serve(&[]);
    server.setup_admin();
    let plain = format!("http://{}", server.addr);
    let r = login(&server, &server.addr.to_string(), &plain);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        !r.header("set-cookie")
            .unwrap_or_default()
            .contains("Secure")
    );
    server.stop();
    // Behind a TLS-terminating proxy: the public URL is https, so the cookie is Secure.
    let server = inst.serve(&["--public-url", "https://rules.example.internal"]);
    let r = login(
        &server,
        "rules.example.internal",
        "https://rules.example.internal",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let cookie = r.header("set-cookie").unwrap_or_default().to_string();
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    server.stop();
    inst.verify();
}
