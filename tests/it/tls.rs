//! HTTPS with a self-signed certificate made by `rulebook tls self-signed`, and refusal of a
//! weak RSA key.

use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};

use crate::harness::*;

fn tls_get(server: &Server, cert: &std::path::Path, name: &str, path: &str) -> Resp {
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(cert).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let conn = rustls::ClientConnection::new(
        Arc::new(config),
        ServerName::try_from(name.to_string()).unwrap(),
    )
    .unwrap();
    let sock = TcpStream::connect(server.addr).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut tls = rustls::StreamOwned::new(conn, sock);
    tls.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .unwrap();
    read_response(&mut tls).unwrap()
}

#[test]
fn https_with_a_self_signed_certificate() {
    let inst = Instance::new("tls");
    inst.init();
    let dir = inst.tmp.path().join("tls");
    let out = inst.ok(&["tls", "self-signed", "--out", dir.to_str().unwrap()]);
    assert!(out.contains("sha256 fingerprint:"), "{out}");
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let server = inst.serve(&[
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    assert!(server.url.starts_with("https://"));
    for name in ["localhost", "127.0.0.1"] {
        let r = tls_get(&server, &cert, name, "/healthz");
        assert_eq!(r.status, 200, "{name}");
        assert!(
            r.header("strict-transport-security")
                .unwrap()
                .contains("max-age=")
        );
    }
    // Plain HTTP on the TLS port gets a one-line plain-text hint (not a TLS alert that curl
    // reports as "HTTP/0.9"), naming the address asked for, and TLS keeps working.
    let host = format!("localhost:{}", server.addr.port());
    let plain = request(
        server.addr,
        &format!("GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n"),
    )
    .expect("plain HTTP gets an HTTP answer");
    assert_eq!(plain.status, 400);
    assert_eq!(
        plain.text(),
        format!("This port speaks HTTPS: use https://{host}/ instead of http://.\n")
    );
    let curl = std::process::Command::new("curl")
        .args(["-sS", &format!("http://{host}/healthz")])
        .output()
        .expect("curl");
    assert!(
        String::from_utf8_lossy(&curl.stdout).contains("This port speaks HTTPS"),
        "curl printed {:?} {:?}",
        String::from_utf8_lossy(&curl.stdout),
        String::from_utf8_lossy(&curl.stderr)
    );
    assert_eq!(tls_get(&server, &cert, "localhost", "/").status, 200);
    // Running self-signed again never overwrites the key.
    let again = inst.run(&["tls", "self-signed", "--out", dir.to_str().unwrap()]);
    assert_ne!(code(&again), 0);
    server.stop();
    inst.verify();
}

#[test]
fn a_1024_bit_rsa_key_is_refused() {
    let inst = Instance::new("weakrsa");
    inst.init();
    let dir = inst.tmp.path();
    let key = dir.join("weak.key");
    let cert = dir.join("weak.crt");
    let ok = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:1024",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let out = inst
        .cmd(&[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 8, "{}", stderr(&out));
    assert!(stderr(&out).contains("RB-TLS-WEAK-KEY"), "{}", stderr(&out));
    inst.verify();
}

/// Reads a starting server's stderr up to the end of its setup-link block, then stops it.
fn setup_block(inst: &Instance, args: &[&str]) -> String {
    use std::io::BufRead;
    let mut child = inst
        .cmd(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = String::new();
        for line in std::io::BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if line.starts_with('{') || line.contains(" INFO ") || line.contains(" WARN ") {
                continue;
            }
            seen.push_str(&line);
            seen.push('\n');
            if line.contains("single use") {
                // With TLS the certificate lines follow at once.
                std::thread::sleep(Duration::from_millis(300));
            }
            let _ = tx.send(seen.clone());
        }
    });
    let mut last = String::new();
    while let Ok(s) = rx.recv_timeout(Duration::from_secs(2)) {
        last = s;
    }
    let _ = child.kill();
    let _ = child.wait();
    last
}

/// On every address (`0.0.0.0`) the setup link names addresses a browser can open, never
/// `0.0.0.0`, and says which names the TLS certificate covers; `--public-url` gives the one link.
#[test]
fn setup_links_name_reachable_addresses_and_the_certificates_names() {
    let inst = Instance::new("tls-links");
    inst.init();
    let dir = inst.tmp.path().join("tls");
    inst.ok(&["tls", "self-signed", "--out", dir.to_str().unwrap()]);
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    let tls = [
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ];
    let mut args = vec!["serve", "--listen", "0.0.0.0:0"];
    args.extend(tls);
    let out = setup_block(&inst, &args);
    assert!(out.contains("first-run setup: open https://"), "{out}");
    assert!(
        !out.lines()
            .any(|l| l.contains("/#/setup/") && l.contains("0.0.0.0")),
        "{out}"
    );
    assert!(out.contains("or open https://localhost:"), "{out}");
    assert!(
        out.contains("the TLS certificate's DNS names: localhost"),
        "{out}"
    );
    // Every non-loopback address gets a link, and a warning: the self-signed certificate
    // covers only localhost and 127.0.0.1.
    let links = out.matches("/#/setup/").count();
    let warnings = out
        .matches("warning: the certificate does not cover")
        .count();
    assert_eq!(warnings, links - 1, "{out}");

    let mut args = vec![
        "serve",
        "--listen",
        "0.0.0.0:0",
        "--public-url",
        "https://rb.example:8443",
    ];
    args.extend(tls);
    let out = setup_block(&inst, &args);
    assert!(
        out.contains("first-run setup: open https://rb.example:8443/#/setup/"),
        "{out}"
    );
    assert_eq!(out.matches("/#/setup/").count(), 1, "{out}");
    assert!(
        out.contains("warning: the certificate does not cover rb.example"),
        "{out}"
    );
    inst.verify();
}
