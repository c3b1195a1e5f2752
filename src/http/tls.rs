//! HTTPS through rustls 0.23 on ring (the same crypto stack as ureq). Certificates and keys
//! are PEM files; RSA keys under 2048 bits are refused with a clear message.

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::http::HttpError;

/// Builds the server TLS configuration from PEM files.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, HttpError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| HttpError::Tls(format!("cannot read certificate {}: {e}", cert.display())))?
        .collect::<Result<_, _>>()
        .map_err(|e| HttpError::Tls(format!("bad certificate PEM in {}: {e}", cert.display())))?;
    if certs.is_empty() {
        return Err(HttpError::Tls(format!(
            "no certificate in {}",
            cert.display()
        )));
    }
    let key_der = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| HttpError::Tls(format!("cannot read private key {}: {e}", key.display())))?;
    check_key_strength(&key_der)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| HttpError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key_der)
        .map_err(|e| HttpError::Tls(format!("certificate and key do not work together: {e}")))?;
    Ok(Arc::new(config))
}

/// Refuses RSA keys below 2048 bits (ring would refuse them with an opaque error).
fn check_key_strength(key: &PrivateKeyDer<'_>) -> Result<(), HttpError> {
    let rsa = match key {
        PrivateKeyDer::Pkcs1(k) => Some(ring::rsa::KeyPair::from_der(k.secret_pkcs1_der())),
        PrivateKeyDer::Pkcs8(k) => Some(ring::rsa::KeyPair::from_pkcs8(k.secret_pkcs8_der())),
        _ => None,
    };
    match rsa {
        Some(Err(e)) if e.to_string() == "TooSmall" => Err(HttpError::WeakKey(
            "RSA keys must have at least 2048 bits; make a new key (or use `rulebook tls self-signed`)".into(),
        )),
        _ => Ok(()),
    }
}

/// The first certificate of a PEM chain, DER-encoded (the watchdog and `rulebook probe` pin it).
pub fn first_certificate(path: &Path) -> Option<Vec<u8>> {
    CertificateDer::pem_file_iter(path)
        .ok()?
        .next()?
        .ok()
        .map(|c| c.as_ref().to_vec())
}

/// The DNS names a certificate (DER) lists in its subject alternative names, for the start-up
/// message that says which names a browser will accept.
pub fn certificate_dns_names(der: &[u8]) -> Vec<String> {
    let der = CertificateDer::from(der);
    match webpki::EndEntityCert::try_from(&der) {
        Ok(cert) => cert.valid_dns_names().map(str::to_string).collect(),
        Err(_) => Vec::new(),
    }
}

/// Whether a certificate (DER) is valid for `host` (a DNS name or an IP literal, bracketed or
/// not), as a browser checks it.
pub fn certificate_covers(der: &[u8], host: &str) -> bool {
    let der = CertificateDer::from(der);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let (Ok(cert), Ok(name)) = (
        webpki::EndEntityCert::try_from(&der),
        rustls::pki_types::ServerName::try_from(host),
    ) else {
        return false;
    };
    cert.verify_is_valid_for_subject_name(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_addresses_a_certificate_covers() {
        let params =
            rcgen::CertificateParams::new(vec!["rb.example".to_string(), "10.1.2.3".to_string()])
                .unwrap();
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let der = cert.der().to_vec();
        assert_eq!(certificate_dns_names(&der), vec!["rb.example".to_string()]);
        assert!(certificate_covers(&der, "rb.example"));
        assert!(certificate_covers(&der, "10.1.2.3"));
        assert!(!certificate_covers(&der, "10.1.2.4"));
        assert!(!certificate_covers(&der, "other.example"));
        assert!(certificate_dns_names(b"not a certificate").is_empty());
        assert!(!certificate_covers(b"not a certificate", "rb.example"));
    }
}
