//! Single sign-on through the site's OpenID provider: the browser's round trip
//! (`/auth/oidc/start` → the IdP → `/auth/oidc/callback`), the instance admin's settings,
//! and an organization's "SSO only" switch. The relying party itself is `sso::oidc`; the
//! account and role changes are `store/sso.rs`.
//!
//! The browser is bound to its sign-in by a random value in an `HttpOnly` cookie
//! (`SameSite=Lax`, as the IdP sends the browser back with a cross-site navigation); its hash
//! keys the pending sign-in. Over TLS the cookie is `__Host-rb_sso` (`Secure`, `Path=/`, no
//! domain), which a neighbouring host or a plain-HTTP page cannot set; a callback that
//! carries the cookie twice (one tossed in beside ours) is refused. Failures go back to the
//! sign-in page with a fixed message per cause (never the IdP's text, never a username) and
//! are audited with the details.

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::sealed;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::oauth::encode;
use crate::sso::oidc::{Callback, SsoError, logout_url};
use crate::sso::settings::{OidcSettings, SECRET_NAME, SETTING_KEY};
use crate::store::StoreError;
use crate::store::sso::sso_only_key;

/// The cookie that binds a browser to its pending sign-in: over TLS, with the `__Host-`
/// prefix; without TLS (loopback trials) scoped to `/auth/oidc`.
const BINDING: &str = "rb_sso";
const BINDING_TLS: &str = "__Host-rb_sso";
/// Where the IdP sends the browser back.
pub const CALLBACK_PATH: &str = "/auth/oidc/callback";

fn stored(call: &Call<'_>) -> Result<Option<OidcSettings>, HttpError> {
    let text = call.state.store.setting(SETTING_KEY)?;
    OidcSettings::from_setting(text.as_deref()).map_err(HttpError::Unavailable)
}

/// The settings when single sign-on is switched on.
fn enabled(call: &Call<'_>) -> Result<Option<OidcSettings>, HttpError> {
    Ok(stored(call)?.filter(|s| s.enabled))
}

/// Whether single sign-on is switched on (a setting that cannot be read counts as off).
pub(crate) fn is_on(call: &Call<'_>) -> bool {
    matches!(enabled(call), Ok(Some(_)))
}

fn origin(call: &Call<'_>) -> Result<String, HttpError> {
    call.own_origin().ok_or_else(|| {
        HttpError::Unavailable("this server's own URL is unknown; set --public-url".into())
    })
}

fn binding_cookie(call: &Call<'_>, value: &str, max_age: i64) -> String {
    if call.state.secure_cookies() {
        format!("{BINDING_TLS}={value}; HttpOnly; SameSite=Lax; Path=/; Max-Age={max_age}; Secure")
    } else {
        format!("{BINDING}={value}; HttpOnly; SameSite=Lax; Path=/auth/oidc; Max-Age={max_age}")
    }
}

fn redirect(to: String) -> Reply {
    let mut r = Reply::empty(302);
    r.headers.push(("Location", to));
    r.headers.push(("Cache-Control", "no-store".into()));
    r
}

/// Back to the sign-in page with `message` (shown there), audited as a failed SSO sign-in.
fn failed(call: &Call<'_>, target: &str, message: &str) -> Result<Reply, HttpError> {
    let mut event = call.event("auth.sso_login", target.to_string(), "failure");
    event.detail = message.chars().take(500).collect();
    call.state.store.audit(&event)?;
    let now = call.state.clock.now_unix();
    let id = call.state.sso.failure(message, now).unwrap_or_default();
    let mut r = redirect(format!("/#/login?sso_error={}", encode(&id)));
    r.headers.push(("Set-Cookie", binding_cookie(call, "", 0)));
    Ok(r)
}

/// `GET /api/v1/auth/sso[?error=ID]`: whether the sign-in page offers single sign-on, its
/// label, and the message of a failed sign-in the page was sent back with (read once).
pub fn offered(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = enabled(call)?;
    let error = call
        .query_param("error")
        .filter(|id| id.len() <= 64)
        .and_then(|id| {
            let now = call.state.clock.now_unix();
            call.state.sso.failure_message(&id, now)
        });
    Ok(Reply::json(
        200,
        &json!({ "oidc": s.map(|s| json!({ "label": s.button_label, "start": "/auth/oidc/start" })),
                 "error": error }),
    ))
}

/// `GET /auth/oidc/start`: sends the browser to the IdP.
pub fn start(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let Some(settings) = enabled(call)? else {
        return Err(HttpError::NotFound);
    };
    let back = format!("{}{CALLBACK_PATH}", origin(call)?);
    let now = call.state.clock.now_unix();
    // Each start may reach the IdP: anonymous callers share the sign-in rate limit.
    if !call.state.login_limiter.allow(call.ip, now) {
        return failed(
            call,
            "sso:start",
            "too many sign-ins from this address; retry in a minute",
        );
    }
    match call
        .state
        .sso
        .start(&call.state.egress, &settings, &back, now)
    {
        Ok(started) => {
            let mut r = redirect(started.url);
            let cookie = binding_cookie(call, &started.binding, crate::sso::oidc::PENDING_SECS);
            r.headers.push(("Set-Cookie", cookie));
            Ok(r)
        }
        Err(e) => failed(call, "sso:start", &e.to_string()),
    }
}

/// The binding cookie's value; `Err` when the browser sent it more than once.
fn binding(call: &Call<'_>) -> Result<Option<String>, ()> {
    let name = if call.state.secure_cookies() {
        BINDING_TLS
    } else {
        BINDING
    };
    let header = call.header("Cookie").unwrap_or("");
    let values: Vec<&str> = header
        .split(';')
        .filter_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name).then_some(v)
        })
        .collect();
    match values.as_slice() {
        [] => Ok(None),
        [v] => Ok((!v.is_empty()).then(|| v.to_string())),
        _ => Err(()),
    }
}

/// `GET /auth/oidc/callback`: finishes the sign-in and starts a session.
pub fn callback(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let Some(settings) = enabled(call)? else {
        return Err(HttpError::NotFound);
    };
    // Anonymous, and each failure is audited: callbacks share a per-address rate.
    if !call
        .state
        .callback_limiter
        .allow(call.ip, call.state.clock.now_unix())
    {
        return Err(HttpError::TooMany(60));
    }
    if let Some(error) = call.query_param("error") {
        let code: String = error
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(64)
            .collect();
        return failed(
            call,
            "sso:callback",
            &format!("the identity provider refused the sign-in ({code})"),
        );
    }
    let (state, code) = (
        call.query_param("state").unwrap_or_default(),
        call.query_param("code").unwrap_or_default(),
    );
    if state.is_empty() || code.is_empty() || state.len() > 512 || code.len() > 4096 {
        return failed(
            call,
            "sso:callback",
            "the callback carries no usable state and code",
        );
    }
    let secret = match call.state.vault.open(SECRET_NAME) {
        Ok(s) => s,
        Err(_) => {
            return failed(
                call,
                "sso:callback",
                "single sign-on has no client secret; ask an administrator",
            );
        }
    };
    let Some(secret) = secret.expose_str().map(str::to_string) else {
        return failed(
            call,
            "sso:callback",
            "the client secret is not text; ask an administrator",
        );
    };
    let now = call.state.clock.now_unix();
    let Ok(binding) = binding(call) else {
        return failed(
            call,
            "sso:callback",
            "the browser sent two sign-in cookies; close the browser and sign in again",
        );
    };
    let cb = Callback {
        binding: binding.as_deref(),
        state: &state,
        code: &code,
    };
    let identity = match call
        .state
        .sso
        .finish(&call.state.egress, &settings, &secret, &cb, now)
    {
        Ok(id) => id,
        Err(e @ (SsoError::Provider(_) | SsoError::Refused(_))) => {
            return failed(call, "sso:callback", &e.to_string());
        }
    };
    let event = call.event("auth.sso_login", String::new(), "success");
    let outcome = match call.state.store.sso_sign_in(
        &settings.issuer,
        &identity,
        &settings.groups,
        settings.link_existing_by_username,
        &event,
    ) {
        Ok(o) => o,
        Err(StoreError::Refused(m)) => {
            return failed(call, &format!("user:{}", identity.username), &m);
        }
        Err(e) => return Err(e.into()),
    };
    crate::http::api::session::end_replaced_session(call)?;
    crate::http::api::session::open(call, outcome.user_id, &outcome.username)?;
    let mut r = redirect("/#/".into());
    r.headers.push(("Set-Cookie", binding_cookie(call, "", 0)));
    Ok(r)
}

/// Where a user who signed in through the IdP goes to end the IdP session too; `None` when
/// the provider has no end-session endpoint (or its document is not cached: signing out
/// never waits for the IdP).
pub fn logout_target(call: &Call<'_>, user_id: i64) -> Option<String> {
    let settings = enabled(call).ok().flatten()?;
    if !call.state.store.has_sso_identity(user_id).ok()? {
        return None;
    }
    let d = call.state.sso.cached_discovery(&settings.issuer)?;
    logout_url(&d, &settings.client_id, &format!("{}/", call.own_origin()?))
}

fn settings_json(call: &Call<'_>) -> Result<Reply, HttpError> {
    let settings = stored(call)?;
    let secret = sealed::is_sealed(call, SECRET_NAME);
    let origin = call.own_origin().unwrap_or_default();
    Ok(Reply::json(
        200,
        &json!({
            "settings": settings,
            "client_secret_set": secret,
            "redirect_uri": format!("{origin}{CALLBACK_PATH}"),
            "post_logout_redirect_uri": format!("{origin}/"),
        }),
    ))
}

/// `GET /api/v1/admin/sso/oidc` (instance admins): the settings, whether a client secret is
/// sealed (never the secret), and the URIs to register at the IdP.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    settings_json(call)
}

/// `PUT /api/v1/admin/sso/oidc` (instance admins): the settings, and `client_secret` to seal
/// a new secret (absent: the sealed one stays). The issuer must be on the egress allowlist.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut body: Value = call.json()?;
    let secret = sealed::take(&mut body, "client_secret", 4096)?;
    let settings: OidcSettings =
        serde_json::from_value(body).map_err(|e| HttpError::Invalid(format!("settings: {e}")))?;
    settings.validate().map_err(HttpError::Invalid)?;
    if !settings.enabled && call.state.store.sso_required_anywhere()? {
        return Err(HttpError::Conflict(
            "an organization requires single sign-on; switch that off before switching single sign-on off".into(),
        ));
    }
    let purpose = crate::egress::client::Purpose {
        feature: "sso",
        actor: "instance",
    };
    if let Err(e) = call.state.egress.check(&settings.issuer, purpose) {
        return Err(HttpError::Invalid(format!(
            "issuer: {e}; add its host to the egress allowlist (Admin › Network) first"
        )));
    }
    let mut event = call.event("settings.sso_oidc", "setting:sso.oidc", "success");
    event.detail = format!(
        "enabled={} issuer={} client_id={} rules={}",
        settings.enabled,
        settings.issuer,
        settings.client_id,
        settings.groups.len()
    );
    sealed::save(
        call,
        sealed::Credential {
            name: SECRET_NAME,
            value: secret.as_deref(),
            needed: (settings.enabled)
                .then_some("client_secret: needed to switch single sign-on on"),
        },
        SETTING_KEY,
        &settings,
        &event,
    )?;
    call.state.sso.forget();
    settings_json(call)
}

/// `DELETE /api/v1/admin/sso/oidc`: removes the settings and the sealed secret; refused
/// while an organization requires single sign-on (its members could not sign in).
pub fn remove(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    if call.state.store.sso_required_anywhere()? {
        return Err(HttpError::Conflict(
            "an organization requires single sign-on; switch that off first".into(),
        ));
    }
    let event = call.event("settings.sso_oidc", "setting:sso.oidc", "success");
    call.state.store.set_setting(SETTING_KEY, None, &event)?;
    sealed::delete(call, SECRET_NAME)?;
    call.state.sso.forget();
    settings_json(call)
}

/// `POST /api/v1/admin/sso/oidc/test`: fetches the discovery document and the key set now.
pub fn test(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let Some(settings) = stored(call)? else {
        return Err(HttpError::Invalid(
            "single sign-on is not configured".into(),
        ));
    };
    call.state.sso.forget();
    let now = call.state.clock.now_unix();
    let answer = match call.state.sso.check(&call.state.egress, &settings, now) {
        Ok((d, keys)) => json!({
            "ok": true,
            "authorization_endpoint": d.authorization_endpoint,
            "token_endpoint": d.token_endpoint,
            "end_session_endpoint": d.end_session_endpoint,
            "algorithms": d.algorithms,
            "keys": keys,
        }),
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    };
    Ok(Reply::json(200, &answer))
}

fn sign_in_json(call: &Call<'_>, org_id: i64) -> Result<Reply, HttpError> {
    let on = call.state.store.setting(&sso_only_key(org_id))?.as_deref() == Some("true");
    Ok(Reply::json(
        200,
        &json!({ "sso_only": on, "oidc_enabled": enabled(call)?.is_some() }),
    ))
}

/// `GET /api/v1/orgs/{org}/settings/sign-in`.
pub fn org_show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    sign_in_json(call, call.org()?.id)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SignInBody {
    sso_only: bool,
}

/// `PUT /api/v1/orgs/{org}/settings/sign-in` (org admins): `{"sso_only": true}` refuses
/// password sign-in to the organization's members (instance admins excepted, audited as
/// break-glass); only while single sign-on is on.
pub fn org_update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: SignInBody = call.json()?;
    if body.sso_only && enabled(call)?.is_none() {
        return Err(HttpError::Invalid(
            "single sign-on is not switched on for this instance".into(),
        ));
    }
    let org = call.org()?.clone();
    let mut event = call.event("settings.sso_only", format!("org:{}", org.slug), "success");
    event.detail = format!("sso_only={}", body.sso_only);
    call.state.store.set_setting(
        &sso_only_key(org.id),
        body.sso_only.then_some("true"),
        &event,
    )?;
    sign_in_json(call, org.id)
}
