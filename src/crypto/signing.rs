//! Ed25519 signatures for what leaves one Rulebook for another (portable archives): why a
//! reader can tell who produced a playbook, not only that it arrived intact.
//!
//! Everything here is pure: keys come in as bytes, randomness is the caller's (from
//! `clock::random_bytes`, the one source the code uses). What is signed is always a
//! *canonical* JSON text (object keys sorted, no insignificant whitespace), so the same
//! manifest signs to the same bytes whatever tool wrote or re-indented it.
//!
//! A key is stored as its 32-byte Ed25519 seed (hex); the public key is derived from it. A key
//! id is the first 16 hex digits of SHA-256 of the raw 32-byte public key; a fingerprint is
//! the whole SHA-256, grouped by four for reading aloud.

use base64::Engine as _;
use ring::signature::{self, Ed25519KeyPair, KeyPair as _};
use serde::{Deserialize, Serialize};

use crate::crypto::hex;

/// A signing key in memory (never printed; the seed is zeroed on drop).
pub struct SigningKey {
    seed: [u8; 32],
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({}, <redacted>)", self.key_id())
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.seed.fill(0);
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

impl SigningKey {
    /// The key of a 32-byte seed.
    pub fn from_seed(seed: [u8; 32]) -> Result<SigningKey, String> {
        let pair = Ed25519KeyPair::from_seed_unchecked(&seed)
            .map_err(|_| "not an Ed25519 seed".to_string())?;
        Ok(SigningKey { seed, pair })
    }

    /// Parses the stored form: 64 hex characters.
    pub fn parse(text: &str) -> Result<SigningKey, String> {
        let bytes = hex::decode(text.trim()).ok_or("the signing key is not hex")?;
        let seed: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "the signing key is not 32 bytes".to_string())?;
        SigningKey::from_seed(seed)
    }

    /// The stored form (64 hex characters): only for sealing it.
    pub fn seed_hex(&self) -> String {
        hex::encode(&self.seed)
    }

    /// The raw 32-byte public key.
    pub fn public_key(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(self.pair.public_key().as_ref());
        out
    }

    pub fn key_id(&self) -> String {
        key_id(&self.public_key())
    }

    /// Signs `message`, returning the detached signature document.
    pub fn sign(&self, message: &[u8]) -> SignatureDoc {
        let public = self.public_key();
        SignatureDoc {
            key_id: key_id(&public),
            public_key: b64(&public),
            signature: b64(self.pair.sign(message).as_ref()),
        }
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// First 16 hex digits of SHA-256 of the raw public key.
pub fn key_id(public: &[u8; 32]) -> String {
    hex::sha256(public)[..16].to_string()
}

/// SHA-256 of the raw public key in groups of four hex digits.
pub fn fingerprint(public: &[u8; 32]) -> String {
    let h = hex::sha256(public);
    h.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses a public key given as base64 (44 characters) or hex (64 characters).
pub fn parse_public_key(text: &str) -> Result<[u8; 32], String> {
    let t = text.trim();
    let bytes = if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        hex::decode(t)
    } else {
        base64::engine::general_purpose::STANDARD.decode(t).ok()
    }
    .ok_or_else(|| "not a public key: expected 44 base64 or 64 hex characters".to_string())?;
    bytes
        .try_into()
        .map_err(|_| "not an Ed25519 public key: it must be 32 bytes".to_string())
}

/// A detached signature: who signed (key id and public key, both base64) and the signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureDoc {
    pub key_id: String,
    pub public_key: String,
    pub signature: String,
}

/// Why a signature does not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadSignature {
    /// The document is not a signature document (or its key is not a key).
    Malformed(String),
    /// `key_id` does not belong to `public_key`.
    KeyIdMismatch { claimed: String, actual: String },
    /// The signature does not match the signed bytes.
    Invalid { key_id: String },
}

impl std::fmt::Display for BadSignature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BadSignature::Malformed(m) => write!(f, "the signature is malformed: {m}"),
            BadSignature::KeyIdMismatch { claimed, actual } => write!(
                f,
                "the signature names key {claimed} but carries the public key of {actual}"
            ),
            BadSignature::Invalid { key_id } => write!(
                f,
                "the signature of key {key_id} does not match the signed content (altered after signing, or not signed by that key)"
            ),
        }
    }
}

impl SignatureDoc {
    /// Parses the JSON of a signature document.
    pub fn parse(bytes: &[u8]) -> Result<SignatureDoc, BadSignature> {
        serde_json::from_slice(bytes).map_err(|e| BadSignature::Malformed(e.to_string()))
    }

    /// Its public key, raw.
    pub fn public(&self) -> Result<[u8; 32], BadSignature> {
        parse_public_key(&self.public_key).map_err(BadSignature::Malformed)
    }

    /// Checks the signature over `message`; on success the signer's raw public key.
    pub fn verify(&self, message: &[u8]) -> Result<[u8; 32], BadSignature> {
        let public = self.public()?;
        let actual = key_id(&public);
        if actual != self.key_id {
            return Err(BadSignature::KeyIdMismatch {
                claimed: self.key_id.clone(),
                actual,
            });
        }
        let sig = base64::engine::general_purpose::STANDARD
            .decode(self.signature.trim())
            .map_err(|_| BadSignature::Malformed("the signature is not base64".into()))?;
        signature::UnparsedPublicKey::new(&signature::ED25519, &public)
            .verify(message, &sig)
            .map_err(|_| BadSignature::Invalid { key_id: actual })?;
        Ok(public)
    }

    /// The JSON written next to what it signs.
    pub fn to_json(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }
}

/// The canonical text of a JSON value: object keys sorted by their UTF-8 bytes, no whitespace,
/// strings and numbers as serde_json writes them.
pub fn canonical_json(v: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The canonical bytes of a JSON text (for signing or checking what a file holds).
pub fn canonical_bytes(json: &[u8]) -> Result<Vec<u8>, String> {
    let v: serde_json::Value =
        serde_json::from_slice(json).map_err(|e| format!("not JSON: {e}"))?;
    Ok(canonical_json(&v).into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> SigningKey {
        SigningKey::from_seed([n; 32]).unwrap()
    }

    #[test]
    fn canonical_form_is_stable_across_key_order_and_whitespace() {
        let a = br#"{"b": 1, "a": {"y": [1, 2, {"k": "v"}], "x": "\u00e9\n"}}"#;
        let b =
            b"{\n  \"a\": {\"x\": \"\xc3\xa9\\n\",\n \"y\": [1,2,{\"k\":\"v\"}]},\n  \"b\": 1\n}";
        let want = r#"{"a":{"x":"é\n","y":[1,2,{"k":"v"}]},"b":1}"#;
        assert_eq!(canonical_bytes(a).unwrap(), want.as_bytes());
        assert_eq!(canonical_bytes(b).unwrap(), want.as_bytes());
        // A change of a value changes the canonical text.
        let c = br#"{"b": 2, "a": {"y": [1, 2, {"k": "v"}], "x": "\u00e9\n"}}"#;
        assert_ne!(canonical_bytes(c).unwrap(), want.as_bytes());
        assert!(canonical_bytes(b"{not json").is_err());
    }

    #[test]
    fn sign_and_verify_and_every_refusal() {
        let k = key(7);
        let doc = k.sign(b"message");
        assert_eq!(doc.key_id, k.key_id());
        assert_eq!(doc.key_id.len(), 16);
        assert_eq!(doc.verify(b"message").unwrap(), k.public_key());
        assert!(matches!(
            doc.verify(b"messagE"),
            Err(BadSignature::Invalid { .. })
        ));
        // Another key's public key under this key's id.
        let mut swapped = doc.clone();
        swapped.public_key = key(8).sign(b"x").public_key;
        assert!(matches!(
            swapped.verify(b"message"),
            Err(BadSignature::KeyIdMismatch { .. })
        ));
        // Another key's signature and identity: valid, but for the other key.
        let other = key(8).sign(b"message");
        assert_eq!(other.verify(b"message").unwrap(), key(8).public_key());
        assert_ne!(other.key_id, doc.key_id);
        // Garbage.
        let mut bad = doc.clone();
        bad.signature = "!!".into();
        assert!(matches!(
            bad.verify(b"message"),
            Err(BadSignature::Malformed(_))
        ));
        assert!(SignatureDoc::parse(b"{}").is_err());
        assert_eq!(SignatureDoc::parse(&doc.to_json()).unwrap(), doc);
    }

    #[test]
    fn keys_round_trip_and_never_print() {
        let k = key(9);
        let again = SigningKey::parse(&k.seed_hex()).unwrap();
        assert_eq!(again.public_key(), k.public_key());
        assert!(!format!("{k:?}").contains(&k.seed_hex()));
        let pk = k.public_key();
        assert_eq!(parse_public_key(&hex::encode(&pk)).unwrap(), pk);
        assert_eq!(parse_public_key(&b64(&pk)).unwrap(), pk);
        assert!(parse_public_key("abcd").is_err());
        assert!(SigningKey::parse("zz").is_err());
        assert_eq!(fingerprint(&pk).len(), 64 + 15);
    }
}
