//! Mail through the site's relay: the instance admin's settings (the password sealed), a test
//! message, and [`deliver`], which the features that mail (invitations) call. Every message
//! sent or failed is audited (`mail.sent`, `mail.failed`) with what it was for, never its
//! body (an invitation's link is a credential).

use serde_json::{Value, json};

use crate::egress::client::Purpose;
use crate::http::HttpError;
use crate::http::api::sealed;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::mail::message::{Mailbox, check_address};
use crate::mail::settings::{MailSettings, SECRET_NAME, SETTING_KEY};
use crate::ops::mailer::Mailer;

fn stored(call: &Call<'_>) -> Result<Option<MailSettings>, HttpError> {
    let text = call.state.store.setting(SETTING_KEY)?;
    MailSettings::from_setting(text.as_deref()).map_err(HttpError::Unavailable)
}

fn password_sealed(call: &Call<'_>) -> bool {
    sealed::is_sealed(call, SECRET_NAME)
}

/// Whether mail can be sent (a relay is set and switched on).
pub fn enabled(call: &Call<'_>) -> bool {
    stored(call).ok().flatten().is_some_and(|s| s.enabled)
}

/// Sends `subject`/`body` to `to`, audited as `mail.sent` or `mail.failed` with `purpose`.
/// The error is fit to show the admin who asked (relay reply codes, never the password).
pub fn deliver(
    call: &Call<'_>,
    to: &Mailbox,
    subject: &str,
    body: &str,
    purpose: &str,
) -> Result<(), String> {
    let sent = mailer(call).send_now(to, subject, body);
    let (outcome, action) = if sent.is_ok() {
        ("success", "mail.sent")
    } else {
        ("failure", "mail.failed")
    };
    let mut event = call.event(action, format!("mail:{purpose}"), outcome);
    event.detail = match &sent {
        Ok(()) => format!("to={}", to.address),
        Err(e) => format!("to={} {e}", to.address),
    };
    let _ = call.state.store.audit(&event);
    sent
}

/// What sending needs, from the server's state; the host (for EHLO and Message-IDs) is this
/// server's own.
pub fn mailer(call: &Call<'_>) -> Mailer {
    let host = call
        .own_origin()
        .and_then(|o| {
            o.split("://")
                .nth(1)
                .map(|h| h.split(':').next().unwrap_or(h).to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "rulebook.invalid".into());
    Mailer {
        store: call.state.store.clone(),
        vault: call.state.vault.clone(),
        egress: call.state.egress.clone(),
        clock: call.state.clock.clone(),
        host,
        origin: call.own_origin(),
    }
}

fn settings_json(call: &Call<'_>) -> Result<Reply, HttpError> {
    let (queued, sent, failed) = call.state.store.outbox_counts()?;
    let last_error = call.state.store.outbox_last_error()?;
    Ok(Reply::json(
        200,
        &json!({ "settings": stored(call)?, "password_set": password_sealed(call),
                 "outbox": { "queued": queued, "sent": sent, "failed": failed, "last_error": last_error } }),
    ))
}

/// `GET /api/v1/admin/mail` (instance admins).
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    settings_json(call)
}

/// `PUT /api/v1/admin/mail`: the relay, and `password` to seal (absent: the sealed one stays).
/// The relay must be on the egress allowlist.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut body: Value = call.json()?;
    let password = sealed::take(&mut body, "password", 1024)?;
    let settings: MailSettings =
        serde_json::from_value(body).map_err(|e| HttpError::Invalid(format!("settings: {e}")))?;
    settings.validate().map_err(HttpError::Invalid)?;
    if call
        .state
        .egress
        .check(
            &format!("https://{}:{}/", settings.host, settings.port),
            Purpose {
                feature: "mail",
                actor: "instance",
            },
        )
        .is_err()
    {
        return Err(HttpError::Invalid(format!(
            "host: {}:{} is not on the egress allowlist; add it there (Admin › Network) first",
            settings.host, settings.port
        )));
    }
    let mut event = call.event("settings.mail", "setting:mail.smtp", "success");
    event.detail = format!(
        "enabled={} relay={}:{} security={:?}",
        settings.enabled, settings.host, settings.port, settings.security
    );
    sealed::save(
        call,
        sealed::Credential {
            name: SECRET_NAME,
            value: password.as_deref(),
            needed: settings
                .username
                .is_some()
                .then_some("password: needed with a username"),
        },
        SETTING_KEY,
        &settings,
        &event,
    )?;
    settings_json(call)
}

/// `DELETE /api/v1/admin/mail`: no more mail; the sealed password goes too.
pub fn remove(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let event = call.event("settings.mail", "setting:mail.smtp", "success");
    call.state.store.set_setting(SETTING_KEY, None, &event)?;
    sealed::delete(call, SECRET_NAME)?;
    settings_json(call)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    to: String,
}

/// `POST /api/v1/admin/mail/test` `{"to": ...}`: sends a test message now.
pub fn test(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: TestBody = call.json()?;
    check_address(body.to.trim()).map_err(HttpError::Invalid)?;
    let to = Mailbox {
        name: String::new(),
        address: body.to.trim().to_string(),
    };
    let text = "This is a test message from Rulebook: the mail relay works.\n";
    Ok(Reply::json(
        200,
        &match deliver(call, &to, "Rulebook test message", text, "test") {
            Ok(()) => json!({ "sent": true }),
            Err(e) => json!({ "sent": false, "error": e }),
        },
    ))
}

/// `GET /api/v1/account/mail`: the caller's address, whether they get notifications, and
/// whether this server sends mail at all.
pub fn prefs(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let me = call.who()?.user_id;
    let (email, opt_out) = call.state.store.mail_prefs(me)?;
    Ok(Reply::json(
        200,
        &json!({ "email": email, "notifications": !opt_out, "relay": enabled(call) }),
    ))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PrefsBody {
    email: Option<String>,
    notifications: bool,
}

/// `PUT /api/v1/account/mail` `{"email": "…" | null, "notifications": bool}` (browser
/// session): the caller's own address and opt-out, audited. An identity system that sends an
/// address (OpenID claim, directory, SCIM) sets it again at the next sign-in or change.
pub fn set_prefs(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: PrefsBody = call.json()?;
    let email = body
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    if let Some(e) = email {
        check_address(e).map_err(|m| HttpError::Invalid(format!("email: {m}")))?;
    }
    let p = call.who()?.clone();
    let mut event = call.event("user.mail_prefs", format!("user:{}", p.username), "success");
    event.detail = format!(
        "email={} notifications={}",
        email.is_some(),
        body.notifications
    );
    call.state
        .store
        .set_mail_prefs(p.user_id, email, !body.notifications, &event)?;
    prefs(call)
}
