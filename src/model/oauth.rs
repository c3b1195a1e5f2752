//! OAuth 2.1 rules for MCP clients that sign in with a browser: which redirect URIs a client
//! may register, PKCE (S256 only), and how an authorization answer is put on a redirect URI.
//!
//! Pure: the HTTP layer (`http::oauth`) feeds it strings. Tokens issued are ordinary API keys
//! with an `mcp:*` scope, so they are listed, expire and are revoked like any other key.

use base64::Engine as _;

/// Longest redirect URI accepted.
const MAX_URI: usize = 2000;

/// Whether `uri` may be registered as a redirect URI: `https://` anywhere, or `http://` to a
/// loopback host (native clients listen there, OAuth 2.1 §8.4.2); no fragment, no userinfo,
/// no control characters or spaces.
pub fn check_redirect_uri(uri: &str) -> Result<(), String> {
    if uri.len() > MAX_URI || uri.chars().any(|c| c.is_control() || c == ' ') {
        return Err("a redirect URI must be at most 2000 characters, without spaces".into());
    }
    if uri.contains('#') {
        return Err("a redirect URI must not have a fragment".into());
    }
    let (scheme, rest) = uri
        .split_once("://")
        .ok_or_else(|| format!("{uri:?} is not an absolute URI"))?;
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if authority.is_empty() || authority.contains('@') {
        return Err(format!("{uri:?} has no host, or carries credentials"));
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    match scheme {
        "https" => Ok(()),
        "http" if matches!(host, "127.0.0.1" | "localhost" | "::1") => Ok(()),
        _ => Err(format!(
            "{uri:?}: redirect URIs are https, or http to 127.0.0.1, [::1] or localhost"
        )),
    }
}

/// Whether `verifier` is a valid PKCE code verifier (RFC 7636 §4.1).
pub fn valid_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Whether `challenge` looks like an S256 code challenge (43 base64url characters).
pub fn valid_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
}

/// The S256 challenge of `verifier`: base64url(SHA-256(verifier)) without padding.
pub fn s256(verifier: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
pub fn encode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `uri` with `params` added to its query.
pub fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
    let mut out = uri.to_string();
    let mut sep = if uri.contains('?') { '&' } else { '?' };
    for (k, v) in params {
        out.push(sep);
        out.push_str(k);
        out.push('=');
        out.push_str(&encode(v));
        sep = '&';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uris_are_https_or_loopback() {
        for ok in [
            "https://client.example/cb",
            "http://127.0.0.1:33418/callback",
            "http://localhost/cb?x=1",
            "http://[::1]:8080/cb",
        ] {
            assert!(check_redirect_uri(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://client.example/cb",
            "http://127.0.0.1.evil.example/cb",
            "https://u:p@client.example/cb",
            "https://client.example/cb#frag",
            "javascript:alert(1)",
            "cursor://callback",
            "https:///cb",
            "https://a b/cb",
        ] {
            assert!(check_redirect_uri(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn pkce_matches_rfc_7636_appendix_b() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(valid_verifier(verifier));
        assert_eq!(
            s256(verifier),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        assert!(valid_challenge(&s256(verifier)));
        assert!(!valid_verifier("short"));
        assert!(!valid_challenge(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM"
        ));
    }

    #[test]
    fn answers_go_on_the_query() {
        assert_eq!(
            with_query(
                "http://127.0.0.1:9/cb?a=1",
                &[("code", "x y"), ("state", "s&t")]
            ),
            "http://127.0.0.1:9/cb?a=1&code=x%20y&state=s%26t"
        );
    }
}
