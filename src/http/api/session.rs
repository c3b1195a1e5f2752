//! Sign-in, sign-out, the current user, and the user's own sessions.

use serde::Deserialize;
use serde_json::json;

use crate::clock::rfc3339;
use crate::crypto::password::{self, Verified};
use crate::http::HttpError;
use crate::http::api::time_opt;
use crate::http::auth::{check_origin, clear_cookie, session_cookie};
use crate::http::call::{Call, new_token};
use crate::http::reply::Reply;
use crate::model::access::Via;
use crate::store::auth::Throttle;

/// `POST /api/v1/auth/login` body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoginBody {
    username: String,
    password: String,
}

/// Creates a session for `user_id`, sets the cookie, and answers with the CSRF token.
pub(crate) fn start(call: &mut Call<'_>, user_id: i64, username: &str) -> Result<Reply, HttpError> {
    let csrf = open(call, user_id, username)?;
    Ok(Reply::json(
        200,
        &json!({ "username": username, "csrf_token": csrf }),
    ))
}

/// Creates a session for `user_id` and sets its cookie; answers the CSRF token.
pub(crate) fn open(call: &mut Call<'_>, user_id: i64, username: &str) -> Result<String, HttpError> {
    let (token, hash) = new_token()?;
    let (csrf, _) = new_token()?;
    let ua: String = call
        .header("User-Agent")
        .unwrap_or("")
        .chars()
        .take(200)
        .collect();
    let event = call.event(
        "auth.session_created",
        format!("user:{username}"),
        "success",
    );
    call.state
        .store
        .create_session(user_id, &hash, &csrf, &call.ip.to_string(), &ua, &event)?;
    call.set_cookie = Some(session_cookie(
        &token,
        call.state.secure_cookies(),
        call.state.sessions.max_secs,
    ));
    Ok(csrf)
}

/// `POST /api/v1/auth/login`. Unknown and known usernames get the same answer and cost the
/// same time (the hash is computed either way; a name the directory refuses too); failures are
/// throttled per username and per client address, and audited. The site's directory, when
/// on, is asked first for the accounts it may own (`directory.rs`).
pub fn login(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    check_origin(call)?;
    let now = call.state.clock.now_unix();
    if !call.state.login_limiter.allow(call.ip, now) {
        let event = call.event("auth.rate_limited", format!("ip:{}", call.ip), "denied");
        call.state.store.audit(&event)?;
        return Err(HttpError::TooMany(60));
    }
    let body: LoginBody = call.json()?;
    let name = body.username.trim();
    if name.is_empty() || name.len() > 64 || body.password.chars().count() > password::MAX_CHARS {
        return Err(HttpError::BadCredentials);
    }
    let store = &call.state.store;
    // Counted before the hash, so parallel guesses cannot all pass one check.
    match store.reserve_attempt(name)? {
        Throttle::Allowed => {}
        Throttle::Wait(secs) => return Err(HttpError::TooMany(secs)),
        Throttle::Locked(until) => return Err(HttpError::Locked((until - now).max(1))),
    }
    let user = store.user_by_name(name)?;
    // The site's directory first, for the accounts it may own.
    if let crate::http::api::directory::Verdict::Signed(reply) =
        crate::http::api::directory::sign_in(call, name, &body.password, user.as_ref())?
    {
        return Ok(reply);
    }
    let store = &call.state.store;
    // Before the hash: a password that may not be used is not worth guessing, so the answer
    // must not tell a right one from a wrong one.
    if let Some(u) = user.as_ref().filter(|u| !u.disabled) {
        sso_gate(call, u)?;
    }
    // An account made by single sign-on has no password: it costs the same time as any.
    let stored = user
        .as_ref()
        .map(|u| u.password_hash.as_str())
        .filter(|h| *h != crate::store::sso::NO_PASSWORD)
        .unwrap_or_else(|| password::dummy_hash());
    let verdict = {
        let _slot = call
            .state
            .hash_gate
            .enter(std::time::Duration::from_secs(10))
            .ok_or_else(|| HttpError::Unavailable("too many sign-ins at once; retry".into()))?;
        match password::verify(&body.password, stored) {
            _ if user
                .as_ref()
                .is_none_or(|u| u.password_hash == crate::store::sso::NO_PASSWORD) =>
            {
                Verified::No
            }
            v => v,
        }
    };
    match (user, verdict) {
        (Some(u), Verified::Yes | Verified::YesRehash) if !u.disabled => {
            store.login_succeeded(name)?;
            break_glass(call, &u)?;
            if verdict == Verified::YesRehash {
                let fresh = password::hash(&body.password).map_err(|_| HttpError::Internal)?;
                store.set_password_hash(u.id, &fresh)?;
            }
            end_replaced_session(call)?;
            let reply = start(call, u.id, &u.username)?;
            Ok(reply)
        }
        (user, _) => {
            let mut event = call.event("auth.login", format!("user:{name}"), "failure");
            event.detail = match user {
                Some(u) if u.disabled => "account disabled".into(),
                Some(_) => "wrong password".into(),
                None => "unknown user".into(),
            };
            if store.login_failed(name, &event)? {
                store.audit(&call.event("auth.lockout", format!("user:{name}"), "locked"))?;
            }
            Err(HttpError::BadCredentials)
        }
    }
}

/// An instance administrator's password sign-in while single sign-on is required anywhere is
/// audited as break-glass use.
fn break_glass(call: &Call<'_>, u: &crate::store::accounts::UserRow) -> Result<(), HttpError> {
    let store = &call.state.store;
    if u.instance_admin && store.sso_required_anywhere()? {
        let mut event = call.event(
            "auth.break_glass",
            format!("user:{}", u.username),
            "success",
        );
        event.detail =
            "password sign-in of an instance administrator while single sign-on is required".into();
        store.audit(&event)?;
    }
    Ok(())
}

/// A password sign-in that must go through the IdP instead, refused and audited: a member of
/// an organization that requires single sign-on, or an account linked to an IdP identity
/// while single sign-on is on (a password set later by a reset link must not get round the
/// IdP, where a leaver is disabled). Instance administrators are never refused (break-glass).
fn sso_gate(call: &Call<'_>, u: &crate::store::accounts::UserRow) -> Result<(), HttpError> {
    let store = &call.state.store;
    if u.instance_admin {
        return Ok(());
    }
    let orgs = store.sso_only_orgs_of(u.id)?;
    let why = if !orgs.is_empty() {
        orgs.join(", ")
    } else if crate::http::api::sso::is_on(call) && store.has_sso_identity(u.id)? {
        "this account".to_string()
    } else {
        return Ok(());
    };
    let mut event = call.event("auth.login", format!("user:{}", u.username), "denied");
    event.detail = format!("single sign-on required by {why}");
    store.audit(&event)?;
    Err(HttpError::SsoRequired(why))
}

/// A sign-in from a browser that still holds a session ends that session (the cookie is
/// replaced anyway): login is pre-session, so the old cookie needed no CSRF token, and the
/// Origin check alone guards it.
pub(crate) fn end_replaced_session(call: &Call<'_>) -> Result<(), HttpError> {
    let Some(old) = crate::http::auth::session_token(call) else {
        return Ok(());
    };
    let settings = call.state.sessions;
    let store = &call.state.store;
    if let Some(s) = store.session(
        &crate::http::call::token_hash(&old),
        settings.idle_secs,
        settings.max_secs,
    )? {
        let event = call.event(
            "auth.session_replaced",
            format!("session:{}", s.id),
            "success",
        );
        store.end_session(s.user_id, s.id, &event)?;
    }
    Ok(())
}

/// `POST /api/v1/auth/logout`: ends this session on the server and clears the cookie.
pub fn logout(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    if let Via::Session { session_id } = p.via {
        let event = call.event("auth.logout", format!("session:{session_id}"), "success");
        call.state
            .store
            .end_session(p.user_id, session_id, &event)?;
    }
    call.set_cookie = Some(clear_cookie(call.state.secure_cookies()));
    let sso = crate::http::api::sso::logout_target(call, p.user_id);
    Ok(Reply::json(
        200,
        &json!({ "signed_out": true, "sso_logout_url": sso }),
    ))
}

/// `GET /api/v1/auth/me`: the user, their organizations, and (for a session) the CSRF token.
pub fn me(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let store = &call.state.store;
    let user = store
        .user_by_id(p.user_id)?
        .ok_or(HttpError::Unauthenticated)?;
    let orgs: Vec<_> = store
        .user_orgs(p.user_id)?
        .into_iter()
        .map(|(o, role)| json!({ "slug": o.slug, "name": o.name, "role": role.as_str() }))
        .collect();
    let csrf = match p.via {
        Via::Session { session_id } => store
            .sessions_of(p.user_id)?
            .into_iter()
            .find(|s| s.id == session_id)
            .map(|s| s.csrf_token),
        Via::ApiKey { .. } => None,
    };
    // For a key: its name, scope, organization, spaces and expiry (what `whoami` shows).
    let key = match &p.via {
        Via::ApiKey { key_id, .. } => store
            .api_keys_of(p.user_id)?
            .into_iter()
            .find(|k| k.id == *key_id)
            .map(|k| {
                let org = store.org_by_id(k.org_id).ok().flatten().map(|o| o.slug);
                json!({ "name": k.name, "prefix": k.prefix, "scope": k.scope.as_str(), "org": org,
                        "spaces": k.spaces.as_deref().and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok()),
                        "expires_at": k.expires_at.map(crate::clock::rfc3339) })
            }),
        Via::Session { .. } => None,
    };
    Ok(Reply::json(
        200,
        &json!({
            "user": { "id": user.id, "username": user.username, "display_name": user.display_name,
                      "instance_admin": user.instance_admin },
            "orgs": orgs,
            "key": key,
            "csrf_token": csrf,
            "can_create_orgs": crate::http::api::orgs::may_create_orgs(call, &p)?,
            "via": match p.via { Via::Session { .. } => "session", Via::ApiKey { .. } => "api_key" },
        }),
    ))
}

/// `GET /api/v1/sessions`: the user's own sessions.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let current = match p.via {
        Via::Session { session_id } => Some(session_id),
        Via::ApiKey { .. } => None,
    };
    let rows: Vec<_> = call
        .state
        .store
        .sessions_of(p.user_id)?
        .into_iter()
        .map(|s| {
            json!({ "id": s.id, "created_at": rfc3339(s.created_at), "last_seen": time_opt(Some(s.last_seen)),
                    "ip": s.ip, "user_agent": s.user_agent, "current": Some(s.id) == current })
        })
        .collect();
    Ok(Reply::json(200, &json!({ "sessions": rows })))
}

/// `DELETE /api/v1/sessions/{id}`: ends one of the user's sessions.
pub fn revoke(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let id = call.id_param("id")?;
    let event = call.event("auth.session_revoked", format!("session:{id}"), "success");
    if call.state.store.end_session(p.user_id, id, &event)? {
        Ok(Reply::json(200, &json!({ "revoked": id })))
    } else {
        Err(HttpError::NotFound)
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordChange {
    current_password: String,
    new_password: String,
}

/// `POST /api/v1/auth/password` (a browser session): the user's own password change. The
/// current password is checked under the login throttle; other sessions end.
pub fn change_password(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let Via::Session { session_id } = p.via else {
        return Err(HttpError::Forbidden);
    };
    let body: PasswordChange = call.json()?;
    let store = &call.state.store;
    let user = store
        .user_by_id(p.user_id)?
        .ok_or(HttpError::Unauthenticated)?;
    match store.reserve_attempt(&user.username)? {
        Throttle::Allowed => {}
        Throttle::Wait(secs) => return Err(HttpError::TooMany(secs)),
        Throttle::Locked(until) => {
            let left = until - call.state.clock.now_unix();
            return Err(HttpError::Locked(left.max(1)));
        }
    }
    let verdict = {
        let _slot = call
            .state
            .hash_gate
            .enter(std::time::Duration::from_secs(10))
            .ok_or_else(|| {
                HttpError::Unavailable("too many password checks at once; retry".into())
            })?;
        password::verify(&body.current_password, &user.password_hash)
    };
    if !matches!(verdict, Verified::Yes | Verified::YesRehash) {
        let event = call.event(
            "user.password_change",
            format!("user:{}", user.username),
            "failure",
        );
        store.login_failed(&user.username, &event)?;
        return Err(HttpError::BadCredentials);
    }
    // The right password: the reserved attempt is not a failure.
    store.login_succeeded(&user.username)?;
    crate::http::api::check_password(&body.new_password)?;
    let hash = crate::http::api::hash_password(call, &body.new_password)?;
    let event = call.event(
        "user.password_change",
        format!("user:{}", user.username),
        "success",
    );
    store.change_password(user.id, &hash, session_id, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "password_changed": true, "other_sessions_ended": true }),
    ))
}
