//! One-time tokens, session tokens and API keys: 256 random bits as hex, stored only as
//! their SHA-256.

use crate::clock::{self, RandomError};
use crate::crypto::hex;

/// Prefix of every API key, so leaked keys are easy to recognise and scan for.
pub const API_KEY_PREFIX: &str = "rbk_";

/// A fresh 256-bit token (hex) and its SHA-256 (what is stored).
pub fn new_token() -> Result<(String, Vec<u8>), RandomError> {
    let raw: [u8; 32] = clock::random_bytes()?;
    let token = hex::encode(&raw);
    let hash = token_hash(&token);
    Ok((token, hash))
}

/// A fresh API key (`rbk_` + 64 hex), its display prefix and its SHA-256.
pub fn new_api_key() -> Result<(String, String, Vec<u8>), RandomError> {
    let (secret, _) = new_token()?;
    let key = format!("{API_KEY_PREFIX}{secret}");
    let prefix: String = key.chars().take(12).collect();
    let hash = token_hash(&key);
    Ok((key, prefix, hash))
}

/// SHA-256 of a token as stored.
pub fn token_hash(token: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, token.as_bytes())
        .as_ref()
        .to_vec()
}

/// Constant-time string comparison.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_have_prefix_and_hash() {
        let (key, prefix, hash) = new_api_key().unwrap();
        assert!(key.starts_with("rbk_") && key.len() == 68);
        assert_eq!(prefix, &key[..12]);
        assert_eq!(hash, token_hash(&key));
        assert_ne!(new_token().unwrap().0, new_token().unwrap().0);
    }
}
