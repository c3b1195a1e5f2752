//! Mail through the site's relay: the instance admin's settings (the password sealed), a test
//! message, and [`deliver`], which the features that mail (invitations) call. Every message
//! sent or failed is audited (`mail.sent`, `mail.failed`) with what it was for, never its
//! body (an invitation's link is a credential).

use serde_json::{Value, json};

use crate::egress::client::Purpose;
use crate::egress::smtp::{Envelope, Relay};
use crate::error::Coded;
use crate::http::HttpError;
use crate::http::api::sealed;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::mail::message::{Mailbox, Message, check_address, date};
use crate::mail::settings::{MailSettings, SECRET_NAME, SETTING_KEY};

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
    let settings = stored(call)
        .map_err(|e| e.to_string())?
        .filter(|s| s.enabled)
        .ok_or("no mail relay is set up")?;
    let password = match &settings.username {
        Some(_) => Some(
            call.state
                .vault
                .open(SECRET_NAME)
                .map_err(|_| "the relay's password is not set".to_string())?
                .expose_str()
                .ok_or("the relay's password is not text")?
                .to_string(),
        ),
        None => None,
    };
    let host = call
        .own_origin()
        .and_then(|o| {
            o.split("://")
                .nth(1)
                .map(|h| h.split(':').next().unwrap_or(h).to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "rulebook.invalid".into());
    let id = crate::crypto::token::new_token()
        .map_err(|_| "no randomness".to_string())?
        .0;
    let message = Message {
        from: Mailbox {
            name: settings.from_name.clone(),
            address: settings.from_address.clone(),
        },
        to: to.clone(),
        subject: subject.into(),
        body: body.into(),
    };
    let data = message.render(
        &date(call.state.clock.now_unix()),
        &format!("{}@{host}", &id[..24]),
    )?;
    let relay = Relay {
        host: &settings.host,
        port: settings.port,
        security: settings.security,
        username: settings.username.as_deref(),
        password: password.as_deref(),
        helo: &host,
    };
    let sent = call.state.egress.smtp(
        &relay,
        &Envelope {
            from: &settings.from_address,
            to: &to.address,
            data: &data,
        },
        Purpose {
            feature: "mail",
            actor: "instance",
        },
    );
    let (outcome, action) = if sent.is_ok() {
        ("success", "mail.sent")
    } else {
        ("failure", "mail.failed")
    };
    let mut event = call.event(action, format!("mail:{purpose}"), outcome);
    event.detail = match &sent {
        Ok(()) => format!("to={}", to.address),
        Err(e) => format!("to={} [{}] {e}", to.address, e.code()),
    };
    let _ = call.state.store.audit(&event);
    sent.map_err(|e| format!("[{}] {e}", e.code()))
}

fn settings_json(call: &Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &json!({ "settings": stored(call)?, "password_set": password_sealed(call) }),
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
