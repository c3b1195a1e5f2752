//! Raw TCP connections of the outbound client for protocols other than HTTP (SMTP, LDAP):
//! the allowlist before DNS, the address guard on every resolved address, timeouts, and TLS
//! that trusts only the site's CA bundle. Each protocol's conversation is its own file.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use super::client::{Egress, EgressError, Purpose};
use super::policy::guarded;

/// A connection, plain or under TLS.
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ClientConnection, TcpStream>>),
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf),
            Stream::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.write(buf),
            Stream::Tls(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::Plain(s) => s.flush(),
            Stream::Tls(s) => s.flush(),
        }
    }
}

pub fn tls_config(roots_der: &[Vec<u8>]) -> Result<Arc<rustls::ClientConfig>, EgressError> {
    let mut roots = rustls::RootCertStore::empty();
    for der in roots_der {
        let _ = roots.add(rustls_pki_types::CertificateDer::from(der.clone()));
    }
    if roots.is_empty() {
        return Err(EgressError::Config(
            "no CA is configured: set ca_file (or --egress-ca-file) to the site's CA bundle".into(),
        ));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| EgressError::Config(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(cfg))
}

pub fn wrap(
    tcp: TcpStream,
    host: &str,
    roots: &[Vec<u8>],
    who: &str,
) -> Result<Stream, EgressError> {
    let name = rustls_pki_types::ServerName::try_from(host.to_string())
        .map_err(|e| EgressError::Tls(format!("{host}: {e}")))?;
    let mut conn = rustls::ClientConnection::new(tls_config(roots)?, name)
        .map_err(|e| EgressError::Tls(e.to_string()))?;
    let mut tcp = tcp;
    while conn.is_handshaking() {
        conn.complete_io(&mut tcp)
            .map_err(|e| EgressError::Tls(format!("handshake with {who} failed: {e}")))?;
    }
    Ok(Stream::Tls(Box::new(rustls::StreamOwned::new(conn, tcp))))
}

/// Connects to `host:port` after the allowlist and the address guard, with the configured
/// connect timeout and read/write timeouts of at most `wait`.
pub fn connect(
    egress: &Egress,
    host: &str,
    port: u16,
    purpose: Purpose<'_>,
    wait: Duration,
) -> Result<TcpStream, EgressError> {
    let config = egress.config();
    if config.allow.allows(host, port).is_none() {
        let e = EgressError::Denied {
            host: host.to_string(),
        };
        egress.report_refused(host, purpose, &e);
        return Err(e);
    }
    let addrs: Vec<_> = (host, port)
        .to_socket_addrs()
        .map_err(|e| EgressError::Dns(format!("{host}: {e}")))?
        .collect();
    let mut reason = "";
    let mut last = None;
    for addr in &addrs {
        if let Some(r) = guarded(addr.ip())
            && !config.allow.names_ip(addr.ip(), port)
        {
            reason = r;
            continue;
        }
        match TcpStream::connect_timeout(addr, config.connect_timeout) {
            Ok(s) => {
                let wait = Some(config.read_timeout.min(wait));
                let _ = s.set_read_timeout(wait);
                let _ = s.set_write_timeout(wait);
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    match last {
        Some(e) => Err(EgressError::Connect(format!("{host}: {e}"))),
        None => {
            let e = EgressError::Guarded {
                host: host.to_string(),
                reason: reason.to_string(),
            };
            egress.report_refused(host, purpose, &e);
            Err(e)
        }
    }
}
