//! The OpenID Connect relying party: discovery, the authorization request (code flow with
//! PKCE S256, `state` and `nonce`), the code exchange, ID token validation with the
//! provider's JWKS (fetched again once when a token names a key the cached set lacks: the
//! provider rotated its keys), and UserInfo when the ID token lacks a mapped claim.
//!
//! Every request goes through the outbound client (`egress`), so the IdP must be on the
//! instance's allowlist and is reached with the site's CA bundle and proxy. Pending sign-ins
//! live in memory, keyed by the hash of a random value held in a browser cookie: a callback
//! without that cookie, or with another `state`, signs nobody in. A restart only asks the
//! user to start again.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::error::Coded;

use base64::Engine;
use serde_json::{Map, Value};

use super::claims::{self, Expect, Identity};
use super::settings::{OidcSettings, check_url};
use crate::crypto::jwk::{self, JwsError, KeySet};
use crate::crypto::token::{new_token, token_hash};
use crate::egress::client::{Call, Purpose};
use crate::egress::service::EgressService;
use crate::model::oauth::{encode, s256, with_query};

/// How long a user may take at the IdP.
pub const PENDING_SECS: i64 = 600;
/// Most sign-ins pending at once.
const MAX_PENDING: usize = 10_000;
/// How long a discovery document is trusted.
const DISCOVERY_SECS: i64 = 3600;
/// How old a discovery document may be when a sign-in starts.
const START_SECS: i64 = 60;
/// Least time between two JWKS fetches caused by an unknown `kid` (a token naming keys the
/// provider never had cannot make Rulebook fetch the set on every sign-in).
const REFETCH_SECS: i64 = 10;
/// Most bytes of an IdP answer.
const MAX_ANSWER: usize = 1024 * 1024;

const PURPOSE: Purpose<'static> = Purpose {
    feature: "sso",
    actor: "instance",
};

/// The provider's endpoints (OpenID Connect Discovery 1.0 §3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovery {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub jwks_uri: String,
    pub userinfo_endpoint: Option<String>,
    pub end_session_endpoint: Option<String>,
    pub algorithms: Vec<String>,
    /// The provider takes the client secret in the form, not by Basic authentication.
    pub secret_in_form: bool,
}

fn strings(doc: &Value, name: &str) -> Vec<String> {
    doc.get(name)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

impl Discovery {
    /// Reads a discovery document; its `issuer` must be exactly the configured one (§4.3).
    pub fn parse(bytes: &[u8], issuer: &str) -> Result<Discovery, String> {
        let doc: Value = serde_json::from_slice(bytes)
            .map_err(|_| "the discovery document is not JSON".to_string())?;
        let text = |name: &str| doc.get(name).and_then(Value::as_str).map(String::from);
        let need = |name: &str| {
            let url = text(name).ok_or_else(|| format!("the discovery document has no {name}"))?;
            check_url(name, &url)?;
            Ok::<_, String>(url)
        };
        let found = text("issuer").unwrap_or_default();
        if found != issuer {
            return Err(format!(
                "the discovery document names issuer {found:?}, not the configured {issuer:?}"
            ));
        }
        let optional = |name: &str| match text(name) {
            Some(url) => check_url(name, &url).map(|()| Some(url)),
            None => Ok(None),
        };
        let methods = strings(&doc, "code_challenge_methods_supported");
        if !methods.is_empty() && !methods.iter().any(|m| m == "S256") {
            return Err("the provider does not support PKCE with S256".into());
        }
        let auth = strings(&doc, "token_endpoint_auth_methods_supported");
        let secret_in_form = !auth.is_empty()
            && !auth.iter().any(|m| m == "client_secret_basic")
            && auth.iter().any(|m| m == "client_secret_post");
        let algorithms =
            jwk::usable_algorithms(&strings(&doc, "id_token_signing_alg_values_supported"));
        if algorithms.is_empty() {
            return Err("the provider signs ID tokens with no algorithm Rulebook accepts".into());
        }
        Ok(Discovery {
            issuer: found,
            authorization_endpoint: need("authorization_endpoint")?,
            token_endpoint: need("token_endpoint")?,
            jwks_uri: need("jwks_uri")?,
            userinfo_endpoint: optional("userinfo_endpoint")?,
            end_session_endpoint: optional("end_session_endpoint")?,
            algorithms,
            secret_in_form,
        })
    }
}

struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    redirect_uri: String,
    expires_at: i64,
}

#[derive(Default)]
struct Cache {
    discovery: Option<(i64, Discovery)>,
    keys: Option<KeySet>,
    /// When an unknown `kid` last caused a fetch.
    refetched_at: Option<i64>,
}

/// Pending sign-ins, the provider's cached documents, and why recent sign-ins failed.
#[derive(Default)]
pub struct OidcState {
    pending: Mutex<HashMap<Vec<u8>, Pending>>,
    cache: Mutex<Cache>,
    /// Failure messages by random id: the sign-in page is sent the id, never the text, so a
    /// crafted link cannot put words on it (`/#/login?sso_error=…`).
    failures: Mutex<HashMap<String, (String, i64)>>,
}

/// How long a failure message waits for the sign-in page to read it.
const FAILURE_SECS: i64 = 300;
/// Most failure messages kept (the oldest go first).
const MAX_FAILURES: usize = 10_000;

/// Why a sign-in failed: `Provider` when the IdP could not be reached or answered badly
/// (the user may retry), `Refused` when what came back may not sign anyone in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SsoError {
    Provider(String),
    Refused(String),
}

impl std::fmt::Display for SsoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SsoError::Provider(m) => write!(f, "the identity provider: {m}"),
            SsoError::Refused(m) => f.write_str(m),
        }
    }
}

fn refused(m: impl Into<String>) -> SsoError {
    SsoError::Refused(m.into())
}

/// Where the browser goes, and the value its cookie must carry back.
pub struct Started {
    pub url: String,
    pub binding: String,
}

/// What the callback brings.
pub struct Callback<'a> {
    pub binding: Option<&'a str>,
    pub state: &'a str,
    pub code: &'a str,
}

fn fetch(
    egress: &EgressService,
    method: &str,
    url: &str,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
) -> Result<(u16, Vec<u8>), SsoError> {
    let answer = egress
        .send(Call {
            method,
            url,
            headers,
            body,
            purpose: PURPOSE,
            identity: None,
            timeout: Some(Duration::from_secs(15)),
        })
        .map_err(|e| SsoError::Provider(format!("[{}] {e}", e.code())))?;
    if answer.body.len() > MAX_ANSWER {
        return Err(SsoError::Provider("the answer is too large".into()));
    }
    Ok((answer.status, answer.body))
}

fn get_json(egress: &EgressService, url: &str, what: &str) -> Result<Vec<u8>, SsoError> {
    let (status, body) = fetch(
        egress,
        "GET",
        url,
        vec![("Accept".into(), "application/json".into())],
        None,
    )?;
    if status != 200 {
        return Err(SsoError::Provider(format!("{what} answered HTTP {status}")));
    }
    Ok(body)
}

impl OidcState {
    /// The provider's discovery document, fetched again when the cached one (per issuer) is
    /// `max_age` seconds old.
    pub fn discovery(
        &self,
        egress: &EgressService,
        settings: &OidcSettings,
        now: i64,
        max_age: i64,
    ) -> Result<Discovery, SsoError> {
        if let Ok(cache) = self.cache.lock()
            && let Some((at, d)) = &cache.discovery
            && d.issuer == settings.issuer
            && now - at < max_age
        {
            return Ok(d.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            settings.issuer.trim_end_matches('/')
        );
        let body = get_json(egress, &url, "the discovery document")?;
        let d = Discovery::parse(&body, &settings.issuer).map_err(SsoError::Provider)?;
        if let Ok(mut cache) = self.cache.lock() {
            if cache.discovery.as_ref().map(|(_, old)| &old.jwks_uri) != Some(&d.jwks_uri) {
                cache.keys = None;
            }
            cache.discovery = Some((now, d.clone()));
        }
        Ok(d)
    }

    /// The discovery document if cached for `issuer` (never fetches).
    pub fn cached_discovery(&self, issuer: &str) -> Option<Discovery> {
        let cache = self.cache.lock().ok()?;
        cache
            .discovery
            .as_ref()
            .map(|(_, d)| d.clone())
            .filter(|d| d.issuer == issuer)
    }

    /// Fetches the discovery document and the key set now ("Test connection"): the number
    /// of usable keys.
    pub fn check(
        &self,
        egress: &EgressService,
        settings: &OidcSettings,
        now: i64,
    ) -> Result<(Discovery, usize), SsoError> {
        let d = self.discovery(egress, settings, now, 0)?;
        let keys = self.keys(egress, &d, now, false)?.unwrap_or_default();
        Ok((d, keys.len()))
    }

    /// Keeps `message` for the sign-in page; answers the id to send it, or `None` when no
    /// random id could be made (the page then shows a generic failure).
    pub fn failure(&self, message: &str, now: i64) -> Option<String> {
        let (id, _) = new_token().ok()?;
        let mut all = self.failures.lock().ok()?;
        all.retain(|_, (_, at)| now - *at < FAILURE_SECS);
        if all.len() >= MAX_FAILURES {
            let oldest = all
                .iter()
                .min_by_key(|(_, (_, at))| *at)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                all.remove(&k);
            }
        }
        all.insert(id.clone(), (message.chars().take(300).collect(), now));
        Some(id)
    }

    /// The message of failure `id`, once.
    pub fn failure_message(&self, id: &str, now: i64) -> Option<String> {
        let (m, at) = self.failures.lock().ok()?.remove(id)?;
        (now - at < FAILURE_SECS).then_some(m)
    }

    /// Forgets the cached documents (the settings changed).
    pub fn forget(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            *cache = Cache::default();
        }
    }

    fn keys(
        &self,
        egress: &EgressService,
        d: &Discovery,
        now: i64,
        again: bool,
    ) -> Result<Option<KeySet>, SsoError> {
        if let Ok(mut cache) = self.cache.lock() {
            match (&cache.keys, again) {
                (Some(keys), false) => return Ok(Some(keys.clone())),
                (Some(_), true) if cache.refetched_at.is_some_and(|at| now - at < REFETCH_SECS) => {
                    return Ok(None);
                }
                (Some(_), true) => cache.refetched_at = Some(now),
                (None, _) => {}
            }
        }
        let body = get_json(egress, &d.jwks_uri, "the key set")?;
        let keys = KeySet::parse(&body).map_err(SsoError::Provider)?;
        if let Ok(mut cache) = self.cache.lock() {
            cache.keys = Some(keys.clone());
        }
        Ok(Some(keys))
    }

    /// Starts a sign-in: the authorization URL and the browser-binding value. The discovery
    /// document is at most a minute old, so a provider that is down gets a clear message on
    /// the sign-in page (not a browser error at its door) and moved endpoints apply soon; the
    /// caller rate-limits starts per address, so anonymous requests cannot flood the IdP.
    pub fn start(
        &self,
        egress: &EgressService,
        settings: &OidcSettings,
        redirect_uri: &str,
        now: i64,
    ) -> Result<Started, SsoError> {
        let d = self.discovery(egress, settings, now, START_SECS)?;
        let random = || {
            new_token()
                .map(|(t, _)| t)
                .map_err(|_| SsoError::Provider("no randomness".into()))
        };
        let (binding, state, nonce, verifier) = (random()?, random()?, random()?, random()?);
        let scope = settings.scopes.join(" ");
        let url = with_query(
            &d.authorization_endpoint,
            &[
                ("response_type", "code"),
                ("client_id", &settings.client_id),
                ("redirect_uri", redirect_uri),
                ("scope", &scope),
                ("state", &state),
                ("nonce", &nonce),
                ("code_challenge", &s256(&verifier)),
                ("code_challenge_method", "S256"),
            ],
        );
        let mut pending = self
            .pending
            .lock()
            .map_err(|_| SsoError::Provider("state lock".into()))?;
        pending.retain(|_, p| p.expires_at > now);
        if pending.len() >= MAX_PENDING {
            return Err(SsoError::Provider(
                "too many sign-ins at once; retry".into(),
            ));
        }
        pending.insert(
            token_hash(&binding),
            Pending {
                state,
                nonce,
                verifier,
                redirect_uri: redirect_uri.to_string(),
                expires_at: now + PENDING_SECS,
            },
        );
        Ok(Started { url, binding })
    }

    /// Finishes a sign-in: checks the binding and `state`, exchanges the code, validates the
    /// ID token and reads the identity. The pending entry is used up whatever happens.
    pub fn finish(
        &self,
        egress: &EgressService,
        settings: &OidcSettings,
        secret: &str,
        cb: &Callback<'_>,
        now: i64,
    ) -> Result<Identity, SsoError> {
        let binding = cb
            .binding
            .ok_or_else(|| refused("this browser did not start the sign-in (no sign-in cookie)"))?;
        let p = self
            .pending
            .lock()
            .map_err(|_| SsoError::Provider("state lock".into()))?
            .remove(&token_hash(binding))
            .ok_or_else(|| refused("the sign-in is unknown or was already used; start again"))?;
        if p.expires_at <= now {
            return Err(refused("the sign-in took too long; start again"));
        }
        if !crate::crypto::token::same(&p.state, cb.state) {
            return Err(refused(
                "the sign-in's state does not match (a forged or crossed callback)",
            ));
        }
        let d = self.discovery(egress, settings, now, DISCOVERY_SECS)?;
        let mut form = format!(
            "grant_type=authorization_code&code={}&redirect_uri={}&code_verifier={}",
            encode(cb.code),
            encode(&p.redirect_uri),
            encode(&p.verifier)
        );
        let mut headers = vec![
            (
                "Content-Type".to_string(),
                "application/x-www-form-urlencoded".to_string(),
            ),
            ("Accept".to_string(), "application/json".to_string()),
        ];
        if d.secret_in_form {
            form.push_str(&format!(
                "&client_id={}&client_secret={}",
                encode(&settings.client_id),
                encode(secret)
            ));
        } else {
            let pair = format!("{}:{}", encode(&settings.client_id), encode(secret));
            let basic = base64::engine::general_purpose::STANDARD.encode(pair);
            headers.push(("Authorization".into(), format!("Basic {basic}")));
        }
        let (status, body) = fetch(
            egress,
            "POST",
            &d.token_endpoint,
            headers,
            Some(form.into_bytes()),
        )?;
        let answer: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        if status != 200 {
            let error = answer
                .get("error")
                .and_then(Value::as_str)
                .unwrap_or("no error code");
            let error: String = error
                .chars()
                .filter(|c| c.is_ascii_graphic())
                .take(64)
                .collect();
            return Err(if status == 400 {
                refused(format!("the provider refused the code ({error})"))
            } else {
                SsoError::Provider(format!(
                    "the token endpoint answered HTTP {status} ({error})"
                ))
            });
        }
        let id_token = answer
            .get("id_token")
            .and_then(Value::as_str)
            .ok_or_else(|| SsoError::Provider("the token answer has no id_token".into()))?;
        let mut claims = self.verify(egress, &d, id_token, now)?;
        let subject = claims::check_id_token(
            &claims,
            &Expect {
                issuer: &settings.issuer,
                client_id: &settings.client_id,
                nonce: &p.nonce,
                now,
                skew: i64::from(settings.clock_skew_secs),
            },
        )
        .map_err(refused)?;
        let map = &settings.claims;
        let lacking = !claims.contains_key(&map.username) || !claims.contains_key(&map.groups);
        if let (true, Some(url), Some(token)) = (
            lacking,
            &d.userinfo_endpoint,
            answer.get("access_token").and_then(Value::as_str),
        ) {
            merge_userinfo(egress, url, token, &subject, &mut claims)?;
        }
        claims::identity(subject, &claims, map).map_err(refused)
    }

    fn verify(
        &self,
        egress: &EgressService,
        d: &Discovery,
        token: &str,
        now: i64,
    ) -> Result<Map<String, Value>, SsoError> {
        let bad = |e: JwsError| refused(format!("the ID token is refused: {e}"));
        let keys = self.keys(egress, d, now, false)?.unwrap_or_default();
        match jwk::verify(token, &keys, &d.algorithms) {
            Err(JwsError::UnknownKey(kid)) => match self.keys(egress, d, now, true)? {
                Some(fresh) => jwk::verify(token, &fresh, &d.algorithms).map_err(bad),
                None => Err(bad(JwsError::UnknownKey(kid))),
            },
            other => other.map_err(bad),
        }
    }
}

/// Adds UserInfo claims the ID token lacks (OpenID Connect Core §5.3.2: its `sub` must be
/// the token's).
fn merge_userinfo(
    egress: &EgressService,
    url: &str,
    access_token: &str,
    subject: &str,
    claims: &mut Map<String, Value>,
) -> Result<(), SsoError> {
    let (status, body) = fetch(
        egress,
        "GET",
        url,
        vec![
            ("Authorization".into(), format!("Bearer {access_token}")),
            ("Accept".into(), "application/json".into()),
        ],
        None,
    )?;
    if status != 200 {
        return Err(SsoError::Provider(format!(
            "UserInfo answered HTTP {status}"
        )));
    }
    let Ok(Value::Object(info)) = serde_json::from_slice::<Value>(&body) else {
        return Err(SsoError::Provider(
            "UserInfo did not answer a JSON object (signed UserInfo is not supported)".into(),
        ));
    };
    if info.get("sub").and_then(Value::as_str) != Some(subject) {
        return Err(refused("UserInfo describes another subject"));
    }
    for (k, v) in info {
        claims.entry(k).or_insert(v);
    }
    Ok(())
}

/// Where the browser goes to end its session at the IdP too (RP-Initiated Logout 1.0).
pub fn logout_url(d: &Discovery, client_id: &str, back_to: &str) -> Option<String> {
    d.end_session_endpoint.as_ref().map(|end| {
        with_query(
            end,
            &[
                ("client_id", client_id),
                ("post_logout_redirect_uri", back_to),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_is_checked() {
        let doc = |issuer: &str, extra: &str| {
            format!(
                r#"{{"issuer":"{issuer}","authorization_endpoint":"https://idp/auth","token_endpoint":"https://idp/token","jwks_uri":"https://idp/jwks"{extra}}}"#
            )
        };
        let d = Discovery::parse(doc("https://idp", "").as_bytes(), "https://idp").unwrap();
        assert_eq!(d.algorithms, vec!["RS256".to_string()]);
        assert!(!d.secret_in_form);
        assert!(
            Discovery::parse(doc("https://evil", "").as_bytes(), "https://idp")
                .unwrap_err()
                .contains("issuer")
        );
        assert!(
            Discovery::parse(
                doc(
                    "https://idp",
                    r#","code_challenge_methods_supported":["plain"]"#
                )
                .as_bytes(),
                "https://idp"
            )
            .unwrap_err()
            .contains("S256")
        );
        assert!(
            Discovery::parse(
                doc(
                    "https://idp",
                    r#","id_token_signing_alg_values_supported":["HS256"]"#
                )
                .as_bytes(),
                "https://idp"
            )
            .unwrap_err()
            .contains("algorithm")
        );
        let post = Discovery::parse(
            doc(
                "https://idp",
                r#","token_endpoint_auth_methods_supported":["client_secret_post"]"#,
            )
            .as_bytes(),
            "https://idp",
        )
        .unwrap();
        assert!(post.secret_in_form);
        let http = doc("https://idp", "").replace("https://idp/token", "http://idp/token");
        assert!(
            Discovery::parse(http.as_bytes(), "https://idp")
                .unwrap_err()
                .contains("token_endpoint")
        );
        assert!(Discovery::parse(b"<html>", "https://idp").is_err());
        let end = Discovery::parse(
            doc(
                "https://idp",
                r#","end_session_endpoint":"https://idp/end""#,
            )
            .as_bytes(),
            "https://idp",
        )
        .unwrap();
        assert_eq!(
            logout_url(&end, "rb", "https://rb/").unwrap(),
            "https://idp/end?client_id=rb&post_logout_redirect_uri=https%3A%2F%2Frb%2F"
        );
    }
}
