//! systemd integration: `READY=1` once the listener answers, and a watchdog that is fed only
//! after a real HTTP request to our own listener succeeds, so a process that is alive but deaf
//! is restarted by systemd. Without `NOTIFY_SOCKET` all of this is a no-op.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

/// Sends a notification to systemd; false when not run by systemd or on failure.
pub fn notify(message: &str) -> bool {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else {
        return false;
    };
    let Ok(sock) = std::os::unix::net::UnixDatagram::unbound() else {
        return false;
    };
    let bytes = path.as_encoded_bytes();
    if let Some(name) = bytes.strip_prefix(b"@") {
        use std::os::linux::net::SocketAddrExt;
        match std::os::unix::net::SocketAddr::from_abstract_name(name) {
            Ok(addr) => sock.send_to_addr(message.as_bytes(), &addr).is_ok(),
            Err(_) => false,
        }
    } else {
        sock.send_to(message.as_bytes(), &path).is_ok()
    }
}

/// The address to probe: our own port on loopback when bound to a wildcard address.
pub fn probe_addr(bound: SocketAddr) -> SocketAddr {
    let ip = match bound.ip() {
        IpAddr::V4(v) if v.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v) if v.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        other => other,
    };
    SocketAddr::new(ip, bound.port())
}

/// Accepts exactly our own certificate (the probe talks to itself).
#[derive(Debug)]
struct Pinned {
    cert: Vec<u8>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if end_entity.as_ref() == self.cert.as_slice() {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::General("not our certificate".into()))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// One health request to ourselves; true on `200`.
pub fn probe(addr: SocketAddr, pinned_cert: Option<&[u8]>) -> bool {
    probe_path(addr, "/healthz", pinned_cert)
}

/// One request for `path` (`/healthz` or `/readyz`) to this server; true on `200`. Also what
/// `rulebook probe` runs inside a container image, which has no curl.
pub fn probe_path(addr: SocketAddr, path: &str, pinned_cert: Option<&[u8]>) -> bool {
    let Ok(mut tcp) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return false;
    };
    let _ = tcp.set_read_timeout(Some(Duration::from_secs(3)));
    let _ = tcp.set_write_timeout(Some(Duration::from_secs(3)));
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let request = request.as_bytes();
    let mut response = Vec::new();
    let ok = match pinned_cert {
        None => tcp.write_all(request).is_ok() && tcp.take(4096).read_to_end(&mut response).is_ok(),
        Some(cert) => {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let verifier = Arc::new(Pinned {
                cert: cert.to_vec(),
                provider: provider.clone(),
            });
            let Ok(builder) = rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
            else {
                return false;
            };
            let config = builder
                .dangerous()
                .with_custom_certificate_verifier(verifier)
                .with_no_client_auth();
            let Ok(name) = ServerName::try_from("localhost") else {
                return false;
            };
            let Ok(conn) = rustls::ClientConnection::new(Arc::new(config), name) else {
                return false;
            };
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            tls.write_all(request).is_ok() && {
                let _ = tls.take(4096).read_to_end(&mut response);
                !response.is_empty()
            }
        }
    };
    ok && response.starts_with(b"HTTP/1.1 200")
}

/// Starts the watchdog thread if systemd asked for one (`WATCHDOG_USEC`).
pub fn start(bound: SocketAddr, pinned_cert: Option<Vec<u8>>) {
    let Some(usec) = std::env::var("WATCHDOG_USEC")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    else {
        return;
    };
    if let Some(pid) = std::env::var("WATCHDOG_PID")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        && pid != std::process::id()
    {
        return;
    }
    let every = Duration::from_micros(usec / 2).max(Duration::from_millis(100));
    let addr = probe_addr(bound);
    let spawned = std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || {
            loop {
                if probe(addr, pinned_cert.as_deref()) {
                    notify("WATCHDOG=1");
                } else {
                    log::warn!(
                        "watchdog: the health request to {addr} failed; not feeding the watchdog"
                    );
                }
                std::thread::sleep(every);
            }
        });
    if let Err(e) = spawned {
        log::error!("cannot start the watchdog: {e}");
    }
}
