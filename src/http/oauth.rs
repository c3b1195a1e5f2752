//! OAuth 2.1 sign-in for MCP clients (the MCP authorization specification): Rulebook is both
//! the protected resource (`/mcp`) and its authorization server.
//!
//! The flow: a client registers (RFC 7591, public client, no secret), sends the user's browser
//! to `/oauth/authorize`, which checks the client and redirect URI and hands over to the UI's
//! consent page (`#/authorize`); the signed-in user picks the organization and allows or
//! denies (`POST /api/v1/oauth/authorize`, a session with its CSRF token); the browser returns
//! to the client with a one-time code; the client trades it with its PKCE verifier at
//! `/oauth/token` for an access token, which is an ordinary API key with an `mcp:*` scope:
//! listed under the user's keys, 90 days, revocable. A code works once, for one minute; a
//! replayed code revokes the key it produced (OAuth 2.1 §4.1.3).

use std::collections::HashMap;
use std::sync::Mutex;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::crypto::token::{new_api_key, new_token, token_hash};
use crate::http::HttpError;
use crate::http::call::{Call, decode_query};
use crate::http::reply::Reply;
use crate::model::access::Scope;
use crate::model::oauth::{check_redirect_uri, s256, valid_challenge, valid_verifier, with_query};
use crate::store::auth::NewApiKey;

/// How long a code may wait to be exchanged.
const CODE_SECS: i64 = 60;
/// How long an issued token (API key) lives.
const TOKEN_DAYS: i64 = 90;
/// Most codes outstanding at once.
const MAX_CODES: usize = 10_000;

struct Code {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    user_id: i64,
    org_id: i64,
    scope: Scope,
    expires_at: i64,
    /// Set once exchanged: the key it produced (a replay revokes it).
    issued: Option<i64>,
}

/// Authorization codes waiting to be exchanged (in memory: a restart only asks the user to
/// sign in again).
#[derive(Default)]
pub struct OAuthState {
    codes: Mutex<HashMap<Vec<u8>, Code>>,
}

fn origin(call: &Call<'_>) -> String {
    call.own_origin().unwrap_or_default()
}

/// An OAuth error answer (RFC 6749 §5.2).
fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::json(
        status,
        &json!({ "error": error, "error_description": description }),
    )
}

/// `GET /.well-known/oauth-authorization-server` (RFC 8414).
pub fn metadata(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let o = origin(call);
    Ok(Reply::json(
        200,
        &json!({
            "issuer": o,
            "authorization_endpoint": format!("{o}/oauth/authorize"),
            "token_endpoint": format!("{o}/oauth/token"),
            "registration_endpoint": format!("{o}/oauth/register"),
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "scopes_supported": ["mcp:read", "mcp:write"],
            "authorization_response_iss_parameter_supported": true,
        }),
    ))
}

#[derive(Deserialize)]
struct RegisterIn {
    redirect_uris: Vec<String>,
    #[serde(default)]
    client_name: Option<String>,
    #[serde(default)]
    token_endpoint_auth_method: Option<String>,
    #[serde(default)]
    grant_types: Option<Vec<String>>,
    #[serde(default)]
    response_types: Option<Vec<String>>,
}

/// `POST /oauth/register` (RFC 7591): public clients only, redirect URIs https or loopback.
pub fn register(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let now = call.state.clock.now_unix();
    if !call.state.login_limiter.allow(call.ip, now) {
        return Err(HttpError::TooMany(60));
    }
    let body: RegisterIn = match serde_json::from_slice(call.body) {
        Ok(b) => b,
        Err(e) => {
            return Ok(oauth_error(400, "invalid_client_metadata", &format!("{e}")));
        }
    };
    if body.redirect_uris.is_empty() || body.redirect_uris.len() > 10 {
        return Ok(oauth_error(
            400,
            "invalid_redirect_uri",
            "give 1 to 10 redirect_uris",
        ));
    }
    for u in &body.redirect_uris {
        if let Err(e) = check_redirect_uri(u) {
            return Ok(oauth_error(400, "invalid_redirect_uri", &e));
        }
    }
    if body
        .token_endpoint_auth_method
        .as_deref()
        .is_some_and(|m| m != "none")
    {
        return Ok(oauth_error(
            400,
            "invalid_client_metadata",
            "only public clients (token_endpoint_auth_method none, with PKCE) are supported",
        ));
    }
    if body.grant_types.as_ref().is_some_and(|g| {
        g.iter()
            .any(|t| t != "authorization_code" && t != "refresh_token")
    }) || body
        .response_types
        .as_ref()
        .is_some_and(|r| r.iter().any(|t| t != "code"))
    {
        return Ok(oauth_error(
            400,
            "invalid_client_metadata",
            "only the authorization code grant is supported",
        ));
    }
    let name: String = body
        .client_name
        .unwrap_or_else(|| "MCP client".into())
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect();
    let (raw, _) = new_token().map_err(|_| HttpError::Internal)?;
    let client_id = format!("rbc_{}", &raw[..32]);
    let issued = call
        .state
        .store
        .register_oauth_client(&client_id, &name, &body.redirect_uris, &call.ip.to_string())
        // The cap on clients is a refusal that conflicts with state: 409, not 410 Gone.
        .map_err(|e| match e {
            crate::store::StoreError::Refused(m) => HttpError::Conflict(m),
            other => other.into(),
        })?;
    Ok(Reply::json(
        201,
        &json!({
            "client_id": client_id, "client_id_issued_at": issued, "client_name": name,
            "redirect_uris": body.redirect_uris, "token_endpoint_auth_method": "none",
            "grant_types": ["authorization_code"], "response_types": ["code"],
        }),
    ))
}

/// The client and a redirect URI it registered, or why not (never redirected to).
fn client_and_redirect(
    call: &Call<'_>,
    client_id: &str,
    redirect_uri: &str,
) -> Result<crate::store::oauth::OAuthClient, String> {
    let client = call
        .state
        .store
        .oauth_client(client_id)
        .map_err(|_| "the client registry cannot be read".to_string())?
        .ok_or_else(|| "unknown client_id: register the client first".to_string())?;
    if !client.redirect_uris.iter().any(|u| u == redirect_uri) {
        return Err("redirect_uri is not one the client registered".into());
    }
    Ok(client)
}

/// `GET /oauth/authorize`: checks the client and redirect URI, then sends the browser to the
/// consent page with the request's parameters.
pub fn authorize(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let q = |k: &str| call.query_param(k).unwrap_or_default();
    let (client_id, redirect_uri) = (q("client_id"), q("redirect_uri"));
    if let Err(why) = client_and_redirect(call, &client_id, &redirect_uri) {
        // An unverified redirect URI is never followed: the user sees why instead.
        return Ok(oauth_error(400, "invalid_request", &why));
    }
    let state = q("state");
    let back = |error: &str, description: &str| {
        let mut r = Reply::empty(302);
        r.headers.push((
            "Location",
            with_query(
                &redirect_uri,
                &[
                    ("error", error),
                    ("error_description", description),
                    ("state", &state),
                    ("iss", &origin(call)),
                ],
            ),
        ));
        r
    };
    if q("response_type") != "code" {
        return Ok(back(
            "unsupported_response_type",
            "response_type must be code",
        ));
    }
    if q("code_challenge_method") != "S256" || !valid_challenge(&q("code_challenge")) {
        return Ok(back(
            "invalid_request",
            "PKCE with code_challenge_method S256 is required",
        ));
    }
    let resource = q("resource");
    if !resource.is_empty() && resource.trim_end_matches('/') != format!("{}/mcp", origin(call)) {
        return Ok(back(
            "invalid_target",
            "resource must be this server's /mcp",
        ));
    }
    let mut r = Reply::empty(302);
    r.headers
        .push(("Location", format!("/#/authorize?{}", call.query)));
    Ok(r)
}

/// `GET /api/v1/oauth/clients/{client}`: what the consent page shows about a client.
pub fn client(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let id = call.param("client")?.to_string();
    let c = call
        .state
        .store
        .oauth_client(&id)?
        .ok_or(HttpError::NotFound)?;
    Ok(Reply::json(
        200,
        &json!({ "client_id": c.client_id, "client_name": c.name, "redirect_uris": c.redirect_uris }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentIn {
    client_id: String,
    redirect_uri: String,
    code_challenge: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    scope: String,
    org: String,
    approve: bool,
}

/// `POST /api/v1/oauth/authorize` (a signed-in session): the user's answer; returns where the
/// browser goes next (the client's redirect URI with a code, or with `access_denied`).
pub fn consent(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let body: ConsentIn = call.json()?;
    client_and_redirect(call, &body.client_id, &body.redirect_uri).map_err(HttpError::Invalid)?;
    let iss = origin(call);
    let redirect = |params: &[(&str, &str)]| {
        let mut all = params.to_vec();
        if !body.state.is_empty() {
            all.push(("state", &body.state));
        }
        all.push(("iss", &iss));
        Reply::json(
            200,
            &json!({ "redirect": with_query(&body.redirect_uri, &all) }),
        )
    };
    if !body.approve {
        return Ok(redirect(&[("error", "access_denied")]));
    }
    if !valid_challenge(&body.code_challenge) {
        return Err(HttpError::Invalid(
            "code_challenge must be an S256 challenge".into(),
        ));
    }
    let scope = match body
        .scope
        .split_whitespace()
        .find(|s| s.starts_with("mcp:"))
    {
        None | Some("mcp:read") => Scope::McpRead,
        Some("mcp:write") => Scope::McpWrite,
        Some(other) => return Err(HttpError::Invalid(format!("unknown scope {other:?}"))),
    };
    let store = &call.state.store;
    let org = store.org_by_slug(&body.org)?.ok_or(HttpError::NotFound)?;
    let role = store
        .org_role(org.id, p.user_id)?
        .ok_or(HttpError::NotFound)?;
    if scope.ceiling() > role {
        return Err(HttpError::Invalid(format!(
            "a {} may not grant {}",
            role.as_str(),
            scope.as_str()
        )));
    }
    let (code, _) = new_token().map_err(|_| HttpError::Internal)?;
    let now = call.state.clock.now_unix();
    let mut codes = call
        .state
        .oauth
        .codes
        .lock()
        .map_err(|_| HttpError::Internal)?;
    codes.retain(|_, c| c.expires_at > now - CODE_SECS);
    if codes.len() >= MAX_CODES {
        return Err(HttpError::TooMany(CODE_SECS));
    }
    codes.insert(
        token_hash(&code),
        Code {
            client_id: body.client_id.clone(),
            redirect_uri: body.redirect_uri.clone(),
            challenge: body.code_challenge.clone(),
            user_id: p.user_id,
            org_id: org.id,
            scope,
            expires_at: now + CODE_SECS,
            issued: None,
        },
    );
    drop(codes);
    Ok(redirect(&[("code", &code)]))
}

/// The form fields of a token request.
fn form(body: &[u8]) -> HashMap<String, String> {
    String::from_utf8_lossy(body)
        .split('&')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((decode_query(k), decode_query(v)))
        })
        .collect()
}

/// `POST /oauth/token`: a code and its PKCE verifier for an access token (an API key).
pub fn token(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let f = form(call.body);
    let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
    if get("grant_type") != "authorization_code" {
        return Ok(oauth_error(
            400,
            "unsupported_grant_type",
            "only authorization_code",
        ));
    }
    let verifier = get("code_verifier");
    if !valid_verifier(verifier) {
        return Ok(oauth_error(
            400,
            "invalid_request",
            "code_verifier is missing or malformed",
        ));
    }
    let now = call.state.clock.now_unix();
    let hash = token_hash(get("code"));
    let mut codes = call
        .state
        .oauth
        .codes
        .lock()
        .map_err(|_| HttpError::Internal)?;
    let Some(code) = codes.get_mut(&hash) else {
        return Ok(oauth_error(400, "invalid_grant", "unknown or expired code"));
    };
    if let Some(key_id) = code.issued {
        // A replayed code: revoke what it produced.
        let user_id = code.user_id;
        drop(codes);
        let event = call.event(
            "apikey.revoked",
            format!("apikey:{key_id} via:oauth code replayed"),
            "success",
        );
        let _ = call.state.store.revoke_api_key(user_id, key_id, &event);
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the code was already used; its token is revoked",
        ));
    }
    if code.expires_at <= now
        || code.client_id != get("client_id")
        || code.redirect_uri != get("redirect_uri")
        || s256(verifier) != code.challenge
    {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the code, client_id, redirect_uri or code_verifier do not match",
        ));
    }
    let (user_id, org_id, scope, client_id) = (
        code.user_id,
        code.org_id,
        code.scope,
        code.client_id.clone(),
    );
    let (key, prefix, key_hash) = new_api_key().map_err(|_| HttpError::Internal)?;
    let name = match call.state.store.oauth_client(&client_id)? {
        Some(c) => format!("MCP: {}", c.name),
        None => "MCP client".into(),
    };
    let mut event = call.event(
        "apikey.created",
        format!("apikey:{prefix} scope:{} via:oauth", scope.as_str()),
        "success",
    );
    event.actor = call
        .state
        .store
        .user_by_id(user_id)?
        .map(|u| u.username)
        .unwrap_or_default();
    event.detail = format!("client {client_id}");
    let key_id = call.state.store.create_api_key(
        &NewApiKey {
            key_hash: &key_hash,
            prefix: &prefix,
            user_id,
            org_id,
            name: &name,
            scope,
            spaces: None,
            expires_at: Some(now + TOKEN_DAYS * 86_400),
        },
        &event,
    )?;
    code.issued = Some(key_id);
    drop(codes);
    let mut r = Reply::json(
        200,
        &json!({
            "access_token": key, "token_type": "Bearer", "expires_in": TOKEN_DAYS * 86_400,
            "scope": scope.as_str(),
        }),
    );
    r.headers.push(("Pragma", "no-cache".into()));
    Ok(r)
}

/// The document `/mcp`'s 401 points to (RFC 9728), naming this server as its authorization
/// server.
pub fn resource_metadata(call: &Call<'_>) -> Value {
    let o = origin(call);
    json!({
        "resource": format!("{o}/mcp"),
        "authorization_servers": [o],
        "bearer_methods_supported": ["header"],
        "scopes_supported": ["mcp:read", "mcp:write"],
        "resource_name": "Rulebook",
    })
}
