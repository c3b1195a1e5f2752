//! Mutual TLS through `Egress::send`, against a real rustls server on 127.0.0.1 that demands
//! a client certificate signed by a site CA (as some Git servers and AI gateways do). The
//! certificates are generated here with rcgen; nothing leaves the loopback interface.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rustls::RootCertStore;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::WebPkiClientVerifier;

use crate::egress::client::{Call, ClientIdentity, Config, Egress, Purpose, Quiet};
use crate::egress::policy::Allowlist;
use crate::error::Coded;
use crate::secrets::Secret;

/// A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA.
struct Pki {
    ca_der: Vec<u8>,
    server_der: Vec<u8>,
    server_key_der: Vec<u8>,
    client_pem: String,
    client_key_pem: String,
}

fn pki() -> Pki {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
        KeyPair, KeyUsagePurpose,
    };
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.distinguished_name
        .push(DnType::CommonName, "Rulebook test CA");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);

    let mut server = CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
    server.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server_key = KeyPair::generate().unwrap();
    let server_cert = server.signed_by(&server_key, &issuer).unwrap();

    let mut client = CertificateParams::new(Vec::<String>::new()).unwrap();
    client
        .distinguished_name
        .push(DnType::CommonName, "rulebook egress client");
    client.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let client_key = KeyPair::generate().unwrap();
    let client_cert = client.signed_by(&client_key, &issuer).unwrap();

    Pki {
        ca_der: ca_cert.der().to_vec(),
        server_der: server_cert.der().to_vec(),
        server_key_der: server_key.serialize_der(),
        client_pem: client_cert.pem(),
        client_key_pem: client_key.serialize_pem(),
    }
}

/// What the server saw on its one connection.
#[derive(Debug)]
struct Seen {
    /// The client presented a certificate that the verifier accepted.
    client_cert: bool,
    /// The handshake failed on the server's side (the message).
    handshake_error: Option<String>,
}

/// Starts a TLS server on 127.0.0.1:0 that requires a client certificate signed by the CA,
/// takes one connection (waiting at most 20 s for it), answers one HTTP/1.1 request with 200
/// and reports what it saw.
fn serve_once(pki: &Pki) -> (u16, JoinHandle<Option<Seen>>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    roots.add(CertificateDer::from(pki.ca_der.clone())).unwrap();
    let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(
            vec![CertificateDer::from(pki.server_der.clone())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pki.server_key_der.clone())),
        )
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(20);
        let tcp = loop {
            match listener.accept() {
                Ok((tcp, _)) => break tcp,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if Instant::now() > deadline {
                        return None;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(_) => return None,
            }
        };
        Some(answer(config, tcp))
    });
    (port, handle)
}

fn answer(config: Arc<rustls::ServerConfig>, mut tcp: TcpStream) -> Seen {
    tcp.set_nonblocking(false).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    tcp.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut conn = rustls::ServerConnection::new(config).unwrap();
    while conn.is_handshaking() {
        if let Err(e) = conn.complete_io(&mut tcp) {
            return Seen {
                client_cert: conn.peer_certificates().is_some(),
                handshake_error: Some(e.to_string()),
            };
        }
    }
    let client_cert = conn.peer_certificates().is_some_and(|c| !c.is_empty());
    let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match tls.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let _ = tls.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    let _ = tls.flush();
    conn.send_close_notify();
    let _ = conn.complete_io(&mut tcp);
    Seen {
        client_cert,
        handshake_error: None,
    }
}

fn egress_for(pki: &Pki, port: u16) -> Egress {
    let config = Config {
        allow: Allowlist::parse([format!("127.0.0.1:{port}").as_str()]).unwrap(),
        roots: vec![pki.ca_der.clone()],
        connect_timeout: Duration::from_secs(5),
        read_timeout: Duration::from_secs(5),
        ..Config::default()
    };
    Egress::new(config, Box::new(Quiet))
}

fn get<'a>(url: &'a str, identity: Option<&'a ClientIdentity>) -> Call<'a> {
    Call {
        method: "GET",
        url,
        headers: vec![],
        body: None,
        purpose: Purpose {
            feature: "test",
            actor: "t",
        },
        identity,
        timeout: None,
    }
}

#[test]
fn without_a_client_certificate_the_handshake_fails_as_tls() {
    let pki = pki();
    let (port, server) = serve_once(&pki);
    let egress = egress_for(&pki, port);
    let url = format!("https://127.0.0.1:{port}/ping?token=s3cret");
    let err = egress.send(get(&url, None)).unwrap_err();
    assert_eq!(err.code(), "RB-EGRESS-TLS", "{err:?}");
    assert!(!err.to_string().contains("s3cret"), "{err}");
    let seen = server
        .join()
        .unwrap()
        .expect("the server saw no connection");
    assert!(!seen.client_cert, "{seen:?}");
    assert!(seen.handshake_error.is_some(), "{seen:?}");
}

#[test]
fn with_a_client_certificate_signed_by_the_ca_the_request_succeeds() {
    let pki = pki();
    let (port, server) = serve_once(&pki);
    let egress = egress_for(&pki, port);
    let identity = ClientIdentity {
        chain_pem: pki.client_pem.clone().into_bytes(),
        key: Secret::new(pki.client_key_pem.clone().into_bytes()),
    };
    let url = format!("https://127.0.0.1:{port}/ping");
    let answer = egress.send(get(&url, Some(&identity))).unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body, b"ok");
    let seen = server
        .join()
        .unwrap()
        .expect("the server saw no connection");
    assert!(seen.client_cert, "{seen:?}");
    assert_eq!(seen.handshake_error, None);
}

#[test]
fn a_client_key_that_is_not_pem_is_a_config_error() {
    let pki = pki();
    // Nothing listens here: the identity is refused before any connection.
    let egress = egress_for(&pki, 9);
    for key in [
        b"not a key at all".to_vec(),
        pki.client_key_pem
            .replace("PRIVATE KEY", "CERTIFICATE")
            .into_bytes(),
    ] {
        let identity = ClientIdentity {
            chain_pem: pki.client_pem.clone().into_bytes(),
            key: Secret::new(key),
        };
        let err = egress
            .send(get("https://127.0.0.1:9/", Some(&identity)))
            .unwrap_err();
        assert_eq!(err.code(), "RB-EGRESS-CONFIG", "{err:?}");
    }
    let identity = ClientIdentity {
        chain_pem: b"no certificate here".to_vec(),
        key: Secret::new(pki.client_key_pem.clone().into_bytes()),
    };
    let err = egress
        .send(get("https://127.0.0.1:9/", Some(&identity)))
        .unwrap_err();
    assert_eq!(err.code(), "RB-EGRESS-CONFIG", "{err:?}");
}
