//! Verifying a compact JSON Web Signature (RFC 7515) against a JSON Web Key Set (RFC 7517,
//! algorithms of RFC 7518 and RFC 8037), for the ID tokens the site's OpenID provider signs.
//!
//! Only asymmetric algorithms are accepted (RS*, PS*, ES256, ES384, EdDSA): `none` and the
//! HMAC family are refused whatever the token says, so a token cannot choose to be checked
//! with a shared secret or not at all. A token's `alg` must also be one the key allows (a
//! key's own `alg` when it names one, else its type's family), and a header with `crit` is
//! refused (we understand no extension). A `kid` the set does not hold is its own error, so
//! the caller can fetch the set again once (the provider rotated its keys).

use base64::Engine;
use ring::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use serde_json::{Map, Value};

/// Why a token did not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwsError {
    /// Not three base64url parts of JSON, or a header we refuse.
    Malformed(String),
    /// The algorithm is not one we accept (or not the key's).
    Algorithm(String),
    /// No key in the set has this `kid` (fetch the set again).
    UnknownKey(String),
    /// The signature does not verify with any matching key.
    BadSignature,
}

impl std::fmt::Display for JwsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JwsError::Malformed(why) => write!(f, "the token is malformed: {why}"),
            JwsError::Algorithm(alg) => write!(f, "the token's algorithm {alg:?} is not accepted"),
            JwsError::UnknownKey(kid) => write!(f, "no key in the provider's set has kid {kid:?}"),
            JwsError::BadSignature => write!(f, "the token's signature does not verify"),
        }
    }
}

/// One public key, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Jwk {
    kid: Option<String>,
    kty: String,
    alg: Option<String>,
    /// `n`/`e` for RSA; the uncompressed point (or Ed25519 `x`) for EC and OKP.
    material: Material,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Material {
    Rsa { n: Vec<u8>, e: Vec<u8> },
    Ec { crv: String, point: Vec<u8> },
    Ed25519(Vec<u8>),
}

/// A provider's signing keys (the `jwks_uri` document). Keys of kinds we cannot use, and
/// keys marked for encryption only, are skipped rather than refused: a set may mix them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeySet {
    keys: Vec<Jwk>,
}

fn b64(text: &str) -> Result<Vec<u8>, String> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .map_err(|_| "not base64url".to_string())
}

fn field<'v>(key: &'v Map<String, Value>, name: &str) -> Option<&'v str> {
    key.get(name).and_then(Value::as_str)
}

fn parse_key(key: &Map<String, Value>) -> Option<Jwk> {
    if field(key, "use").is_some_and(|u| u != "sig") {
        return None;
    }
    let bytes = |name: &str| field(key, name).and_then(|t| b64(t).ok());
    let kty = field(key, "kty")?.to_string();
    let material = match kty.as_str() {
        "RSA" => Material::Rsa {
            n: bytes("n")?,
            e: bytes("e")?,
        },
        "EC" => {
            let crv = field(key, "crv")?.to_string();
            let (x, y) = (bytes("x")?, bytes("y")?);
            let len = match crv.as_str() {
                "P-256" => 32,
                "P-384" => 48,
                _ => return None,
            };
            if x.len() != len || y.len() != len {
                return None;
            }
            let mut point = vec![4u8];
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            Material::Ec { crv, point }
        }
        "OKP" if field(key, "crv") == Some("Ed25519") => Material::Ed25519(bytes("x")?),
        _ => return None,
    };
    Some(Jwk {
        kid: field(key, "kid").map(str::to_string),
        kty,
        alg: field(key, "alg").map(str::to_string),
        material,
    })
}

impl KeySet {
    /// Reads a JWKS document (`{"keys": [...]}`).
    pub fn parse(bytes: &[u8]) -> Result<KeySet, String> {
        let doc: Value =
            serde_json::from_slice(bytes).map_err(|_| "the key set is not JSON".to_string())?;
        let keys = doc
            .get("keys")
            .and_then(Value::as_array)
            .ok_or_else(|| "the key set has no \"keys\" array".to_string())?;
        let keys: Vec<Jwk> = keys
            .iter()
            .filter_map(Value::as_object)
            .filter_map(parse_key)
            .collect();
        if keys.is_empty() {
            return Err("the key set holds no signing key Rulebook can use".into());
        }
        Ok(KeySet { keys })
    }

    /// How many usable keys the set holds.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the set holds no usable key.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The key type an algorithm needs, or `None` for one we refuse.
fn family(alg: &str) -> Option<&'static str> {
    match alg {
        "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => Some("RSA"),
        "ES256" | "ES384" => Some("EC"),
        "EdDSA" => Some("OKP"),
        _ => None,
    }
}

fn check(key: &Jwk, alg: &str, input: &[u8], sig: &[u8]) -> bool {
    let rsa = |params: &'static signature::RsaParameters, n: &[u8], e: &[u8]| {
        RsaPublicKeyComponents { n, e }
            .verify(params, input, sig)
            .is_ok()
    };
    match (&key.material, alg) {
        (Material::Rsa { n, e }, "RS256") => rsa(&signature::RSA_PKCS1_2048_8192_SHA256, n, e),
        (Material::Rsa { n, e }, "RS384") => rsa(&signature::RSA_PKCS1_2048_8192_SHA384, n, e),
        (Material::Rsa { n, e }, "RS512") => rsa(&signature::RSA_PKCS1_2048_8192_SHA512, n, e),
        (Material::Rsa { n, e }, "PS256") => rsa(&signature::RSA_PSS_2048_8192_SHA256, n, e),
        (Material::Rsa { n, e }, "PS384") => rsa(&signature::RSA_PSS_2048_8192_SHA384, n, e),
        (Material::Rsa { n, e }, "PS512") => rsa(&signature::RSA_PSS_2048_8192_SHA512, n, e),
        (Material::Ec { crv, point }, "ES256") if crv == "P-256" => {
            UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
                .verify(input, sig)
                .is_ok()
        }
        (Material::Ec { crv, point }, "ES384") if crv == "P-384" => {
            UnparsedPublicKey::new(&signature::ECDSA_P384_SHA384_FIXED, point)
                .verify(input, sig)
                .is_ok()
        }
        (Material::Ed25519(x), "EdDSA") => UnparsedPublicKey::new(&signature::ED25519, x)
            .verify(input, sig)
            .is_ok(),
        _ => false,
    }
}

fn json_part(part: &str, what: &str) -> Result<Map<String, Value>, JwsError> {
    let bytes = b64(part).map_err(|e| JwsError::Malformed(format!("{what}: {e}")))?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(JwsError::Malformed(format!("{what} is not a JSON object"))),
    }
}

/// Verifies `token` with `keys` and returns its claims. `allowed` lists the algorithms the
/// caller accepts (the provider's advertised ones, filtered by [`family`]).
pub fn verify(
    token: &str,
    keys: &KeySet,
    allowed: &[String],
) -> Result<Map<String, Value>, JwsError> {
    let mut parts = token.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwsError::Malformed("not three dot-separated parts".into()));
    };
    let header = json_part(h, "the header")?;
    let alg = field(&header, "alg").unwrap_or_default().to_string();
    let Some(kty) = family(&alg) else {
        return Err(JwsError::Algorithm(alg));
    };
    if !allowed.contains(&alg) {
        return Err(JwsError::Algorithm(alg));
    }
    if header.contains_key("crit") {
        return Err(JwsError::Malformed("the header has crit extensions".into()));
    }
    let sig = b64(s).map_err(|e| JwsError::Malformed(format!("the signature: {e}")))?;
    let kid = field(&header, "kid");
    let candidates: Vec<&Jwk> = keys
        .keys
        .iter()
        .filter(|k| k.kty == kty && k.alg.as_deref().is_none_or(|a| a == alg))
        .filter(|k| kid.is_none() || k.kid.as_deref() == kid)
        .collect();
    if candidates.is_empty() {
        return Err(match kid {
            Some(kid) => JwsError::UnknownKey(kid.to_string()),
            None => JwsError::BadSignature,
        });
    }
    let input = &token.as_bytes()[..h.len() + 1 + p.len()];
    if !candidates.iter().any(|k| check(k, &alg, input, &sig)) {
        return Err(JwsError::BadSignature);
    }
    json_part(p, "the payload")
}

/// The algorithms among `advertised` that [`verify`] accepts (RS256 when none is advertised,
/// as OpenID Connect Discovery makes it the default).
pub fn usable_algorithms(advertised: &[String]) -> Vec<String> {
    if advertised.is_empty() {
        return vec!["RS256".into()];
    }
    advertised
        .iter()
        .filter(|a| family(a).is_some())
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::jwt::b64url;
    use ring::signature::{EcdsaKeyPair, Ed25519KeyPair, KeyPair};

    fn es256() -> (EcdsaKeyPair, Value) {
        let rng = crate::clock::rng();
        let alg = &signature::ECDSA_P256_SHA256_FIXED_SIGNING;
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(alg, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(alg, pkcs8.as_ref(), &rng).unwrap();
        let point = pair.public_key().as_ref().to_vec();
        let jwk = serde_json::json!({"kty": "EC", "crv": "P-256", "kid": "k1", "use": "sig",
            "x": b64url(&point[1..33]), "y": b64url(&point[33..])});
        (pair, jwk)
    }

    fn sign(pair: &EcdsaKeyPair, header: &Value, claims: &Value) -> String {
        let input = format!(
            "{}.{}",
            b64url(header.to_string().as_bytes()),
            b64url(claims.to_string().as_bytes())
        );
        let sig = pair.sign(&crate::clock::rng(), input.as_bytes()).unwrap();
        format!("{input}.{}", b64url(sig.as_ref()))
    }

    fn set(keys: &[Value]) -> KeySet {
        KeySet::parse(serde_json::json!({ "keys": keys }).to_string().as_bytes()).unwrap()
    }

    fn algs() -> Vec<String> {
        vec!["ES256".into(), "RS256".into(), "EdDSA".into()]
    }

    #[test]
    fn a_signed_token_verifies_and_a_changed_one_does_not() {
        let (pair, jwk) = es256();
        let keys = set(&[jwk]);
        let h = serde_json::json!({"alg": "ES256", "kid": "k1"});
        let token = sign(&pair, &h, &serde_json::json!({"sub": "alice"}));
        let claims = verify(&token, &keys, &algs()).unwrap();
        assert_eq!(claims["sub"], "alice");
        // Another payload under the same signature.
        let parts: Vec<&str> = token.split('.').collect();
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            b64url(br#"{"sub":"admin"}"#),
            parts[2]
        );
        assert_eq!(verify(&forged, &keys, &algs()), Err(JwsError::BadSignature));
        // A key the set does not hold.
        let (other, _) = es256();
        let by_other = sign(&other, &h, &serde_json::json!({"sub": "alice"}));
        assert_eq!(
            verify(&by_other, &keys, &algs()),
            Err(JwsError::BadSignature)
        );
        let unknown = sign(
            &pair,
            &serde_json::json!({"alg": "ES256", "kid": "k9"}),
            &serde_json::json!({}),
        );
        assert_eq!(
            verify(&unknown, &keys, &algs()),
            Err(JwsError::UnknownKey("k9".into()))
        );
    }

    #[test]
    fn none_hmac_crit_and_unadvertised_algorithms_are_refused() {
        let (pair, jwk) = es256();
        let keys = set(&[jwk]);
        let claims = serde_json::json!({"sub": "alice"});
        let none = format!(
            "{}.{}.",
            b64url(br#"{"alg":"none"}"#),
            b64url(claims.to_string().as_bytes())
        );
        assert!(matches!(
            verify(&none, &keys, &algs()),
            Err(JwsError::Algorithm(_))
        ));
        let hs = sign(
            &pair,
            &serde_json::json!({"alg": "HS256", "kid": "k1"}),
            &claims,
        );
        assert!(matches!(
            verify(&hs, &keys, &algs()),
            Err(JwsError::Algorithm(_))
        ));
        let crit = sign(
            &pair,
            &serde_json::json!({"alg": "ES256", "kid": "k1", "crit": ["exp"]}),
            &claims,
        );
        assert!(matches!(
            verify(&crit, &keys, &algs()),
            Err(JwsError::Malformed(_))
        ));
        let es = sign(
            &pair,
            &serde_json::json!({"alg": "ES256", "kid": "k1"}),
            &claims,
        );
        assert!(matches!(
            verify(&es, &keys, &["RS256".to_string()]),
            Err(JwsError::Algorithm(_))
        ));
        for bad in ["", "a.b", "a.b.c.d", "!!.!!.!!", "e30.e30.e30"] {
            assert!(verify(bad, &keys, &algs()).is_err(), "{bad}");
        }
    }

    #[test]
    fn rs256_from_a_pem_key_verifies_without_a_kid() {
        let pem = include_str!("testdata/rsa-test-key.pem");
        let token =
            crate::crypto::jwt::sign_rs256(pem, &serde_json::json!({"sub": "carol"})).unwrap();
        let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        let pair = ring::signature::RsaKeyPair::from_der(&der).unwrap();
        let public = signature::RsaPublicKeyComponents::<Vec<u8>>::from(pair.public());
        let jwk = serde_json::json!({"kty": "RSA", "alg": "RS256", "n": b64url(&public.n), "e": b64url(&public.e)});
        let keys = set(&[jwk]);
        assert_eq!(verify(&token, &keys, &algs()).unwrap()["sub"], "carol");
        // The same key may not be used under another algorithm than the one it names.
        let parts: Vec<&str> = token.split('.').collect();
        let ps = format!(
            "{}.{}.{}",
            b64url(br#"{"alg":"PS256"}"#),
            parts[1],
            parts[2]
        );
        assert!(verify(&ps, &keys, &["PS256".to_string()]).is_err());
    }

    #[test]
    fn ed25519_keys_verify_and_encryption_keys_are_skipped() {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&crate::clock::rng()).unwrap();
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
        let jwk = serde_json::json!({"kty": "OKP", "crv": "Ed25519", "kid": "e1",
            "x": b64url(pair.public_key().as_ref())});
        let enc = serde_json::json!({"kty": "RSA", "use": "enc", "n": "AQAB", "e": "AQAB"});
        let keys = set(&[enc, jwk]);
        assert_eq!(keys.len(), 1);
        let input = format!(
            "{}.{}",
            b64url(br#"{"alg":"EdDSA","kid":"e1"}"#),
            b64url(br#"{"sub":"bob"}"#)
        );
        let sig = pair.sign(input.as_bytes());
        let token = format!("{input}.{}", b64url(sig.as_ref()));
        assert_eq!(verify(&token, &keys, &algs()).unwrap()["sub"], "bob");
        assert!(KeySet::parse(br#"{"keys":[]}"#).is_err());
        assert!(KeySet::parse(b"[]").is_err());
        assert_eq!(usable_algorithms(&[]), vec!["RS256".to_string()]);
        assert_eq!(
            usable_algorithms(&["HS256".into(), "ES256".into(), "none".into()]),
            vec!["ES256".to_string()]
        );
    }
}
