//! Authentication and CSRF: who is calling (API key or session cookie), and whether a
//! cookie-authenticated state change really comes from our own pages.

use crate::http::HttpError;
use crate::http::call::{Call, token_hash};
use crate::model::access::{Principal, Via};

/// Name of the session cookie.
pub const COOKIE: &str = "rb_session";
/// Prefix of every API key.
pub use crate::crypto::token::API_KEY_PREFIX as KEY_PREFIX;

fn cookie_value<'c>(header: &'c str, name: &str) -> Option<&'c str> {
    header.split(';').find_map(|kv| {
        let (k, v) = kv.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

pub use crate::crypto::token::same;

/// The session token the request's cookie carries, if any.
pub fn session_token(call: &Call<'_>) -> Option<String> {
    call.header("Cookie")
        .and_then(|c| cookie_value(c, COOKIE))
        .map(str::to_string)
}

/// Sets `call.principal` from an API key or a session cookie. A presented but unusable API
/// key is an error (401); an unusable cookie just means "not signed in".
///
/// Public routes (login, setup, invitations, reset links, device codes) are pre-session: a
/// cookie is not read there at all, so a stale or foreign session never blocks a sign-in for
/// want of its CSRF token. Those that a browser posts check `Origin` themselves.
pub fn authenticate(call: &mut Call<'_>, public: bool) -> Result<(), HttpError> {
    let store = &call.state.store;
    if let Some(auth) = call.header("Authorization") {
        let key = auth
            .strip_prefix("Bearer ")
            .map(str::trim)
            .ok_or(HttpError::Unauthenticated)?;
        if !key.starts_with(KEY_PREFIX) {
            // Not an API key (the metrics token, say): no principal; routes decide.
            return Ok(());
        }
        let k = store
            .api_key(&token_hash(key))?
            .ok_or(HttpError::Unauthenticated)?;
        let user = store
            .user_by_id(k.user_id)?
            .ok_or(HttpError::Unauthenticated)?;
        if user.disabled {
            return Err(HttpError::Unauthenticated);
        }
        call.principal = Some(Principal {
            user_id: user.id,
            username: user.username,
            instance_admin: user.instance_admin,
            via: Via::ApiKey {
                key_id: k.id,
                scope: k.scope,
                org_id: k.org_id,
                spaces: k
                    .spaces
                    .as_deref()
                    .and_then(|j| serde_json::from_str::<Vec<String>>(j).ok()),
            },
        });
        return Ok(());
    }
    if public {
        return Ok(());
    }
    let Some(token) = session_token(call) else {
        return Ok(());
    };
    let settings = call.state.sessions;
    let Some(session) =
        store.session(&token_hash(&token), settings.idle_secs, settings.max_secs)?
    else {
        return Ok(());
    };
    let Some(user) = store.user_by_id(session.user_id)?.filter(|u| !u.disabled) else {
        return Ok(());
    };
    if is_state_changing(call.method) {
        check_origin(call)?;
        let sent = call.header("X-CSRF-Token").unwrap_or("");
        if !same(sent, &session.csrf_token) {
            return Err(HttpError::Csrf);
        }
    }
    call.principal = Some(Principal {
        user_id: user.id,
        username: user.username,
        instance_admin: user.instance_admin,
        via: Via::Session {
            session_id: session.id,
        },
    });
    Ok(())
}

/// True for methods that change state.
pub fn is_state_changing(method: &str) -> bool {
    !matches!(method, "GET" | "HEAD" | "OPTIONS")
}

/// A request that names an Origin must name one of ours: the public URL or a listen name
/// (`http::hosts`), never one derived from the request's own `Host`, which an attacker's
/// re-pointed DNS name controls. Browsers always send Origin on POST.
pub fn check_origin(call: &Call<'_>) -> Result<(), HttpError> {
    match call.header("Origin") {
        None => Ok(()),
        Some(origin) if call.state.hosts.origin_allowed(origin) => Ok(()),
        Some(_) => Err(HttpError::Origin),
    }
}

/// The `Set-Cookie` value for a new session.
pub fn session_cookie(token: &str, tls: bool, max_age: i64) -> String {
    format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{}",
        if tls { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(tls: bool) -> String {
    format!(
        "{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{}",
        if tls { "; Secure" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(
            cookie_value("a=1; rb_session=abc; b=2", COOKIE),
            Some("abc")
        );
        assert_eq!(cookie_value("xrb_session=abc", COOKIE), None);
        assert!(session_cookie("t", true, 10).contains("; Secure"));
        assert!(!session_cookie("t", false, 10).contains("Secure"));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}
