//! Self-signed certificates for a first install (`rulebook tls self-signed`): ECDSA P-256,
//! valid from yesterday for 825 days, with the given DNS names and IP addresses.

use crate::clock::Clock;

/// A generated certificate and its private key, both PEM.
pub struct SelfSigned {
    pub cert_pem: String,
    pub key_pem: String,
    /// SHA-256 of the DER certificate, hex, for out-of-band comparison.
    pub fingerprint: String,
}

/// Validity in days (the CA/Browser Forum's former maximum, accepted by every client).
pub const VALID_DAYS: i64 = 825;

/// Generates a self-signed certificate for `names` (DNS names or IP addresses).
pub fn generate(names: &[String], clock: &Clock) -> Result<SelfSigned, String> {
    let mut params = rcgen::CertificateParams::new(names.to_vec()).map_err(|e| e.to_string())?;
    let now = clock.now_unix();
    let (y, m, d) = ymd(now - 86_400)?;
    params.not_before = rcgen::date_time_ymd(y, m, d);
    let (y, m, d) = ymd(now + VALID_DAYS * 86_400)?;
    params.not_after = rcgen::date_time_ymd(y, m, d);
    params.distinguished_name.push(
        rcgen::DnType::CommonName,
        names.first().cloned().unwrap_or_else(|| "rulebook".into()),
    );
    let key =
        rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(|e| e.to_string())?;
    let cert = params.self_signed(&key).map_err(|e| e.to_string())?;
    let digest = ring::digest::digest(&ring::digest::SHA256, cert.der());
    Ok(SelfSigned {
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
        fingerprint: crate::crypto::hex::encode(digest.as_ref()),
    })
}

fn ymd(unix: i64) -> Result<(i32, u8, u8), String> {
    let (y, m, d) = crate::clock::civil_date(unix);
    let bad = |_| "date out of range".to_string();
    Ok((
        i32::try_from(y).map_err(bad)?,
        u8::try_from(m).map_err(bad)?,
        u8::try_from(d).map_err(bad)?,
    ))
}
