//! "Test connection": one URL checked stage by stage (policy, DNS, TCP, proxy, TLS, HTTP), so
//! an admin can tell a firewall from a proxy, a certificate or an application problem. Every
//! stage applies the same policy as real requests: the allowlist before DNS, the address guard
//! after it.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use crate::egress::client::{Call, Config, Egress, Purpose};
use crate::egress::policy::guarded;
use crate::error::Coded;

/// One stage's result.
#[derive(Debug, Clone, Serialize)]
pub struct Stage {
    pub stage: &'static str,
    pub ok: bool,
    pub detail: String,
    pub ms: u64,
}

/// The whole report; `ok` only if every stage passed.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub url: String,
    pub ok: bool,
    pub stages: Vec<Stage>,
}

struct Run {
    stages: Vec<Stage>,
    t: Instant,
}

impl Run {
    fn push(&mut self, stage: &'static str, ok: bool, detail: String) -> bool {
        self.stages.push(Stage {
            stage,
            ok,
            detail,
            ms: u64::try_from(self.t.elapsed().as_millis()).unwrap_or(u64::MAX),
        });
        self.t = Instant::now();
        ok
    }
}

/// The URL without its query or fragment (reports never echo a token).
fn shown(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or_default().to_string()
}

/// Runs every stage that can run; stops at the first failure.
pub fn probe(egress: &Egress, url: &str, purpose: Purpose<'_>) -> Report {
    let mut run = Run {
        stages: Vec::new(),
        t: Instant::now(),
    };
    let config = egress.config();
    stages(egress, &config, url, purpose, &mut run);
    Report {
        url: shown(url),
        ok: run.stages.iter().all(|s| s.ok),
        stages: run.stages,
    }
}

fn stages(egress: &Egress, config: &Config, url: &str, purpose: Purpose<'_>, run: &mut Run) {
    let t = match egress.check(url, purpose) {
        Ok(t) => t,
        Err(e) => {
            run.push("policy", false, format!("[{}] {e}", e.code()));
            return;
        }
    };
    let entry = config
        .allow
        .allows(&t.host, t.port)
        .map(ToString::to_string)
        .unwrap_or_default();
    run.push("policy", true, format!("allowed by entry {entry}"));
    let host = t.host.trim_matches(['[', ']']).to_string();
    let direct = config.proxy.as_ref().is_none_or(|p| {
        p.no_proxy
            .iter()
            .any(|n| crate::egress::policy::Entry::parse(n).is_ok_and(|e| e.matches(&host, t.port)))
    });
    let timeout = config.connect_timeout;
    let stream = if direct {
        let addrs: Vec<SocketAddr> = match (host.as_str(), t.port).to_socket_addrs() {
            Ok(a) => a.collect(),
            Err(e) => {
                run.push("dns", false, format!("{host}: {e}"));
                return;
            }
        };
        let usable: Vec<SocketAddr> = addrs
            .iter()
            .copied()
            .filter(|a| guarded(a.ip()).is_none() || config.allow.names_ip(a.ip(), a.port()))
            .collect();
        let list = addrs
            .iter()
            .map(|a| match guarded(a.ip()) {
                Some(r) if !config.allow.names_ip(a.ip(), a.port()) => {
                    format!("{} (refused: {r})", a.ip())
                }
                _ => a.ip().to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        if !run.push("dns", !usable.is_empty(), format!("{host} → {list}")) {
            if !addrs.is_empty() {
                let reason = addrs
                    .iter()
                    .find_map(|a| guarded(a.ip()))
                    .unwrap_or("guarded")
                    .to_string();
                let e = crate::egress::client::EgressError::Guarded {
                    host: host.clone(),
                    reason,
                };
                egress.report_refused(&host, purpose, &e);
            }
            return;
        }
        let mut last = String::new();
        let mut stream = None;
        for a in &usable {
            match TcpStream::connect_timeout(a, timeout) {
                Ok(s) => {
                    stream = Some((s, *a));
                    break;
                }
                Err(e) => last = format!("{a}: {e}"),
            }
        }
        let Some((s, a)) = stream else {
            run.push(
                "tcp",
                false,
                format!("{last} (a firewall, or nothing listening)"),
            );
            return;
        };
        run.push("tcp", true, format!("connected to {a}"));
        s
    } else {
        let Some(p) = &config.proxy else { return };
        let addr = match (p.host.as_str(), p.port)
            .to_socket_addrs()
            .map(|mut a| a.next())
        {
            Ok(Some(a)) => a,
            Ok(None) | Err(_) => {
                run.push("dns", false, format!("proxy {} does not resolve", p.host));
                return;
            }
        };
        run.push("dns", true, format!("proxy {} → {}", p.host, addr.ip()));
        let mut s = match TcpStream::connect_timeout(&addr, timeout) {
            Ok(s) => s,
            Err(e) => {
                run.push("tcp", false, format!("proxy {addr}: {e}"));
                return;
            }
        };
        run.push("tcp", true, format!("connected to proxy {addr}"));
        let _ = s.set_read_timeout(Some(timeout));
        let authority = if host.contains(':') {
            format!("[{host}]:{}", t.port)
        } else {
            format!("{host}:{}", t.port)
        };
        let mut rq = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n");
        if let Some(u) = &p.username {
            use base64::Engine;
            let cred = format!("{u}:{}", p.password.as_deref().unwrap_or_default());
            rq.push_str(&format!(
                "Proxy-Authorization: Basic {}\r\n",
                base64::engine::general_purpose::STANDARD.encode(cred)
            ));
        }
        rq.push_str("\r\n");
        let mut line = String::new();
        let status = s
            .write_all(rq.as_bytes())
            .and_then(|()| {
                let mut r = BufReader::new(&s);
                r.read_line(&mut line)?;
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h)? == 0 || h == "\r\n" {
                        break;
                    }
                }
                Ok(())
            })
            .map(|()| line.split(' ').nth(1).unwrap_or_default().to_string());
        match status {
            Ok(code) if code == "200" => {
                run.push("proxy", true, format!("CONNECT {host}:{} accepted", t.port));
            }
            Ok(code) => {
                let why = if code == "407" {
                    " (the proxy wants credentials: set proxy_username and the secret egress.proxy-password)"
                } else {
                    ""
                };
                run.push(
                    "proxy",
                    false,
                    format!("CONNECT answered {}{why}", line.trim()),
                );
                return;
            }
            Err(e) => {
                run.push("proxy", false, format!("no answer to CONNECT: {e}"));
                return;
            }
        }
        s
    };
    if t.https && !tls_stage(config, &host, stream, run) {
        return;
    }
    let answer = egress.send(Call {
        method: "GET",
        url,
        headers: Vec::new(),
        body: None,
        purpose,
        identity: None,
        timeout: None,
    });
    match answer {
        Ok(a) => {
            let ok = a.status < 500;
            run.push(
                "http",
                ok,
                format!("HTTP {} from {}", a.status, a.final_host),
            );
        }
        Err(e) => {
            run.push("http", false, format!("[{}] {e}", e.code()));
        }
    }
}

fn tls_stage(config: &Config, host: &str, mut stream: TcpStream, run: &mut Run) -> bool {
    let mut roots = rustls::RootCertStore::empty();
    for der in &config.roots {
        let _ = roots.add(rustls_pki_types::CertificateDer::from(der.clone()));
    }
    if roots.is_empty() {
        return run.push(
            "tls",
            false,
            "no CA is configured: set ca_file (or --egress-ca-file) to the site's CA bundle".into(),
        );
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = match rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
    {
        Ok(b) => b.with_root_certificates(roots).with_no_client_auth(),
        Err(e) => return run.push("tls", false, e.to_string()),
    };
    let name = match rustls_pki_types::ServerName::try_from(host.to_string()) {
        Ok(n) => n,
        Err(e) => return run.push("tls", false, format!("{host}: {e}")),
    };
    let mut conn = match rustls::ClientConnection::new(Arc::new(cfg), name) {
        Ok(c) => c,
        Err(e) => return run.push("tls", false, e.to_string()),
    };
    let _ = stream.set_read_timeout(Some(config.connect_timeout));
    let _ = stream.set_write_timeout(Some(config.connect_timeout));
    while conn.is_handshaking() {
        if let Err(e) = conn.complete_io(&mut stream) {
            let text = e.to_string();
            let hint = if text.contains("UnknownIssuer") || text.contains("BadSignature") {
                " (the server's certificate is not signed by a CA in ca_file)"
            } else {
                ""
            };
            return run.push("tls", false, format!("handshake failed: {text}{hint}"));
        }
    }
    let version = conn
        .protocol_version()
        .map(|v| format!("{v:?}"))
        .unwrap_or_default();
    let cert = conn
        .peer_certificates()
        .and_then(|c| c.first())
        .map(|c| describe_cert(c.as_ref()))
        .unwrap_or_else(|| "no certificate".into());
    run.push("tls", true, format!("{version}; {cert}"))
}

/// Issuer and expiry of a DER certificate, for the report.
pub fn describe_cert(der: &[u8]) -> String {
    match cert_fields(der) {
        Some((issuer, not_after)) => format!("issuer {issuer}, valid until {not_after}"),
        None => "certificate not parsed".into(),
    }
}

/// One DER element: (tag, content, rest).
fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = b.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |a, &x| (a << 8) | usize::from(x));
        (len, &rest[n..])
    };
    if rest.len() < len {
        return None;
    }
    Some((tag, &rest[..len], &rest[len..]))
}

/// The issuer's CN (or O) and notAfter of a certificate.
fn cert_fields(der: &[u8]) -> Option<(String, String)> {
    let (_, cert, _) = tlv(der)?;
    let (_, tbs, _) = tlv(cert)?;
    let mut rest = tbs;
    let (tag, _, r) = tlv(rest)?;
    if tag == 0xa0 {
        rest = r; // explicit version
        let (_, _, r) = tlv(rest)?; // serial
        rest = r;
    } else {
        rest = r; // that was the serial
    }
    let (_, _, r) = tlv(rest)?; // signature algorithm
    let (_, issuer, r) = tlv(r)?;
    let (_, validity, _) = tlv(r)?;
    let (_, _, v) = tlv(validity)?;
    let (ttag, not_after, _) = tlv(v)?;
    if !not_after.iter().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let not_after = String::from_utf8_lossy(not_after).into_owned();
    let not_after = match (ttag, not_after.len()) {
        (0x17, 13) => {
            let yy: u32 = not_after[..2].parse().ok()?;
            let century = if yy >= 50 { "19" } else { "20" };
            format!(
                "{century}{}-{}-{}T{}:{}:{}Z",
                &not_after[..2],
                &not_after[2..4],
                &not_after[4..6],
                &not_after[6..8],
                &not_after[8..10],
                &not_after[10..12]
            )
        }
        (0x18, 15) => format!(
            "{}-{}-{}T{}:{}:{}Z",
            &not_after[..4],
            &not_after[4..6],
            &not_after[6..8],
            &not_after[8..10],
            &not_after[10..12],
            &not_after[12..14]
        ),
        _ => not_after,
    };
    let mut cn = None;
    let mut org = None;
    let mut sets = issuer;
    while let Some((_, set, r)) = tlv(sets) {
        sets = r;
        if let Some((_, atv, _)) = tlv(set)
            && let Some((_, oid, r)) = tlv(atv)
            && let Some((_, value, _)) = tlv(r)
        {
            let v = String::from_utf8_lossy(value).into_owned();
            match oid {
                [0x55, 0x04, 0x03] => cn = Some(v),
                [0x55, 0x04, 0x0a] => org = Some(v),
                _ => {}
            }
        }
    }
    Some((cn.or(org).unwrap_or_else(|| "(unnamed)".into()), not_after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_issuer_and_expiry_of_a_generated_certificate() {
        let mut params =
            rcgen::CertificateParams::new(vec!["git.example.internal".into()]).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Site Root CA");
        params.not_after = rcgen::date_time_ymd(2031, 4, 5);
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let text = describe_cert(cert.der());
        assert!(text.contains("issuer Site Root CA"), "{text}");
        assert!(text.contains("2031-04-05T"), "{text}");
        assert_eq!(describe_cert(b"\x30\x03junk"), "certificate not parsed");
        assert_eq!(describe_cert(b""), "certificate not parsed");
    }
}
