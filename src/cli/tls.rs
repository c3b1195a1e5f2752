//! `rulebook tls self-signed`: a certificate and key for a first install.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

use crate::cli::{CliError, TlsCommand};
use crate::clock::Clock;
use crate::config::{Paths, ensure_private_dir};
use crate::crypto::selfsigned;

pub fn run(cmd: &TlsCommand, paths: &Paths, clock: &Clock) -> Result<(), CliError> {
    match cmd {
        TlsCommand::SelfSigned { out, names } => {
            let dir = out.clone().unwrap_or_else(|| paths.config_dir.join("tls"));
            ensure_private_dir(&dir)?;
            let made = selfsigned::generate(names, clock).map_err(|e| {
                CliError::Other("RB-TLS-GENERATE", format!("cannot make a certificate: {e}"))
            })?;
            let cert = dir.join("cert.pem");
            let key = dir.join("key.pem");
            write_new(&key, made.key_pem.as_bytes(), 0o600)?;
            write_new(&cert, made.cert_pem.as_bytes(), 0o644)?;
            println!("certificate: {}", cert.display());
            println!("private key: {}", key.display());
            println!("sha256 fingerprint: {}", made.fingerprint);
            println!(
                "valid for {} days for: {}",
                selfsigned::VALID_DAYS,
                names.join(", ")
            );
            println!(
                "serve with: rulebook serve --tls-cert {} --tls-key {}",
                cert.display(),
                key.display()
            );
            Ok(())
        }
    }
}

fn write_new(path: &std::path::Path, data: &[u8], mode: u32) -> Result<(), CliError> {
    let err = |e: std::io::Error| {
        CliError::Other(
            "RB-TLS-WRITE",
            format!("cannot write {}: {e}", path.display()),
        )
    };
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
        .map_err(err)?;
    f.write_all(data).and_then(|_| f.sync_all()).map_err(err)
}
