//! Signing JSON Web Tokens with RS256 (RSASSA-PKCS1-v1_5 with SHA-256), for services that
//! authenticate an application by a JWT it signs with its private key (a GitHub App's
//! token to mint installation tokens). The key comes as PEM, PKCS#1 (`RSA PRIVATE KEY`,
//! what GitHub hands out) or PKCS#8 (`PRIVATE KEY`).

use base64::Engine;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};

/// Base64url without padding, as JWTs use.
pub fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The DER inside a PEM block, and whether it is PKCS#1.
fn pem_der(pem: &str) -> Result<(Vec<u8>, bool), String> {
    let pkcs1 = pem.contains("-----BEGIN RSA PRIVATE KEY-----");
    let pkcs8 = pem.contains("-----BEGIN PRIVATE KEY-----");
    if !pkcs1 && !pkcs8 {
        return Err("the key is not a PEM RSA private key (RSA PRIVATE KEY or PRIVATE KEY)".into());
    }
    let body: String = pem
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("-----") && !l.is_empty())
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|_| "the PEM key is not valid base64".to_string())?;
    Ok((der, pkcs1))
}

/// Signs `claims` (a JSON object) into a compact RS256 JWT.
pub fn sign_rs256(pem: &str, claims: &serde_json::Value) -> Result<String, String> {
    let (der, pkcs1) = pem_der(pem)?;
    let key = if pkcs1 {
        RsaKeyPair::from_der(&der)
    } else {
        RsaKeyPair::from_pkcs8(&der)
    }
    .map_err(|e| format!("the RSA key is unusable: {e}"))?;
    let header = b64url(br#"{"alg":"RS256","typ":"JWT"}"#);
    let payload = b64url(claims.to_string().as_bytes());
    let input = format!("{header}.{payload}");
    let mut sig = vec![0u8; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &crate::clock::rng(),
        input.as_bytes(),
        &mut sig,
    )
    .map_err(|_| "signing the token failed".to_string())?;
    Ok(format!("{input}.{}", b64url(&sig)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_an_rsa_pem_key() {
        assert!(sign_rs256("not a key", &serde_json::json!({})).is_err());
        let bad = "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n";
        assert!(
            sign_rs256(bad, &serde_json::json!({}))
                .unwrap_err()
                .contains("unusable")
        );
    }
}
