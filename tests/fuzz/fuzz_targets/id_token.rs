#![no_main]
//! What the site's OpenID provider sends: its discovery document, its key set and the ID
//! token (first line the key set, second the token, the rest a discovery document). Whatever
//! they hold, reading, verifying and checking them answers a value or an error, never a panic.
use libfuzzer_sys::fuzz_target;
use rulebook::crypto::jwk::{self, KeySet};
use rulebook::sso::claims::{self, Expect};
use rulebook::sso::oidc::Discovery;
use rulebook::sso::settings::ClaimMap;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let (keys, token, discovery) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let _ = Discovery::parse(discovery.as_bytes(), "https://idp.example");
    let keys = KeySet::parse(keys.as_bytes()).unwrap_or_default();
    let algs = jwk::usable_algorithms(&[
        "RS256".into(),
        "ES256".into(),
        "EdDSA".into(),
        "PS256".into(),
    ]);
    // A token that verifies only by accident; the claims checks run on its payload anyway,
    // through the same code, by checking the unverified middle part as claims.
    let _ = jwk::verify(token, &keys, &algs);
    if let Ok(serde_json::Value::Object(c)) = serde_json::from_str::<serde_json::Value>(token) {
        let e = Expect {
            issuer: "https://idp.example",
            client_id: "rulebook",
            nonce: "n",
            now: 1_800_000_000,
            skew: 120,
        };
        if let Ok(sub) = claims::check_id_token(&c, &e) {
            let _ = claims::identity(sub, &c, &ClaimMap::default());
        }
        let _ = claims::identity(
            "s".into(),
            &c,
            &ClaimMap {
                strip_domain: true,
                ..ClaimMap::default()
            },
        );
    }
});
