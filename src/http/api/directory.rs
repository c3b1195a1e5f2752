//! Signing in with the site's directory (LDAP, Active Directory) through the ordinary sign-in
//! form, and the instance admin's directory settings. The directory is asked for accounts it
//! may own: no account yet, one it made (no password), or, with `link_existing_by_username`,
//! a same-named local one. Instance administrators always sign in with their own password, so
//! the break-glass account works when the directory is down. The work is
//! `sso::directory`; the account and role changes are `store/sso.rs`, as for OpenID.

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::sealed;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::ldap::settings::{LdapSettings, SECRET_NAME, SETTING_KEY};
use crate::sso::directory::{DirectoryError, ISSUER};
use crate::store::StoreError;
use crate::store::accounts::UserRow;
use crate::store::sso::{DISABLED, NO_PASSWORD};

fn stored(call: &Call<'_>) -> Result<Option<LdapSettings>, HttpError> {
    let text = call.state.store.setting(SETTING_KEY)?;
    LdapSettings::from_setting(text.as_deref()).map_err(HttpError::Unavailable)
}

/// Whether the directory is switched on (a setting that cannot be read counts as off).
pub(crate) fn is_on(call: &Call<'_>) -> bool {
    matches!(stored(call), Ok(Some(s)) if s.enabled)
}

/// What the sign-in form does with a username and password the directory may own.
pub(crate) enum Verdict {
    /// Signed in: the session's reply.
    Signed(Reply),
    /// Not the directory's: check the local password as usual.
    Local,
}

/// Tries the directory for `name` when it is switched on and may own the account.
pub(crate) fn sign_in(
    call: &mut Call<'_>,
    name: &str,
    password: &str,
    user: Option<&UserRow>,
) -> Result<Verdict, HttpError> {
    let Some(settings) = stored(call)?.filter(|s| s.enabled) else {
        return Ok(Verdict::Local);
    };
    // An account the directory signed in before is the directory's for good while it is on:
    // a local password set later (a reset link) never gets round it.
    let linked = match user {
        Some(u) => call.state.store.has_identity(u.id, ISSUER)?,
        None => false,
    };
    let local_password = !linked && user.is_some_and(|u| u.password_hash != NO_PASSWORD);
    let mine = match user {
        None => true,
        Some(u) => {
            !u.instance_admin && (linked || !local_password || settings.link_existing_by_username)
        }
    };
    if !mine {
        return Ok(Verdict::Local);
    }
    let store = &call.state.store;
    let fail = |call: &Call<'_>, detail: String| -> Result<(), HttpError> {
        let mut event = call.event("auth.login", format!("user:{name}"), "failure");
        event.detail = detail;
        if call.state.store.login_failed(name, &event)? {
            call.state.store.audit(&call.event(
                "auth.lockout",
                format!("user:{name}"),
                "locked",
            ))?;
        }
        Ok(())
    };
    let Some(secret) = sealed::open(call, SECRET_NAME) else {
        fail(
            call,
            "directory: the service account's password is not set".into(),
        )?;
        return Err(HttpError::Unavailable(
            "the directory's service account has no password; ask an administrator".into(),
        ));
    };
    let now = call.state.clock.now_unix();
    let identity = match call.state.directory.authenticate(
        &call.state.egress,
        &settings,
        &secret,
        name,
        password,
        now,
    ) {
        Ok(id) => id,
        // A local account the directory does not know keeps its own password.
        Err(DirectoryError::NoSuchUser) if local_password => return Ok(Verdict::Local),
        Err(e @ (DirectoryError::NoSuchUser | DirectoryError::Refused(_))) => {
            // The same time as a local password check, so timing does not tell which names
            // have local accounts.
            dummy_hash(call, password);
            fail(call, format!("directory: {e}"))?;
            return Err(HttpError::BadCredentials);
        }
        Err(DirectoryError::Unavailable(m)) => {
            if local_password {
                return Ok(Verdict::Local);
            }
            let mut event = call.event("auth.ldap_login", format!("user:{name}"), "failure");
            event.detail = format!("directory unavailable: {m}");
            store.audit(&event)?;
            return Err(HttpError::Unavailable(
                "the directory cannot be reached; try again later, or ask an administrator".into(),
            ));
        }
    };
    let event = call.event("auth.ldap_login", String::new(), "success");
    let outcome = match store.sso_sign_in(
        ISSUER,
        &identity,
        &settings.groups,
        settings.link_existing_by_username,
        &event,
    ) {
        Ok(o) => o,
        Err(StoreError::Refused(m)) => {
            fail(call, format!("directory: {m}"))?;
            return Err(if m == DISABLED {
                HttpError::BadCredentials
            } else {
                HttpError::Conflict(m)
            });
        }
        Err(e) => return Err(e.into()),
    };
    store.login_succeeded(name)?;
    crate::http::api::session::end_replaced_session(call)?;
    let reply = crate::http::api::session::start(call, outcome.user_id, &outcome.username)?;
    Ok(Verdict::Signed(reply))
}

/// Spends a password hash's time (in the hash gate, like a real check).
fn dummy_hash(call: &Call<'_>, password: &str) {
    if let Some(_slot) = call
        .state
        .hash_gate
        .enter(std::time::Duration::from_secs(10))
    {
        let _ = crate::crypto::password::verify(password, crate::crypto::password::dummy_hash());
    }
}

fn settings_json(call: &Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &json!({ "settings": stored(call)?, "bind_password_set": sealed::is_sealed(call, SECRET_NAME) }),
    ))
}

/// `GET /api/v1/admin/sso/ldap` (instance admins): the settings and whether the service
/// account's password is sealed (never the password).
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    settings_json(call)
}

/// `PUT /api/v1/admin/sso/ldap`: the settings, and `bind_password` to seal (absent: the
/// sealed one stays). The directory must be on the egress allowlist.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut body: Value = call.json()?;
    let password = sealed::take(&mut body, "bind_password", 1024)?;
    let settings: LdapSettings =
        serde_json::from_value(body).map_err(|e| HttpError::Invalid(format!("settings: {e}")))?;
    settings.validate().map_err(HttpError::Invalid)?;
    let at = settings.endpoint().map_err(HttpError::Invalid)?;
    let host = if at.host.contains(':') {
        format!("[{}]", at.host)
    } else {
        at.host.clone()
    };
    let purpose = crate::egress::client::Purpose {
        feature: "directory",
        actor: "instance",
    };
    if let Err(e) = call
        .state
        .egress
        .check(&format!("https://{host}:{}/", at.port), purpose)
    {
        return Err(HttpError::Invalid(format!(
            "url: {e}; add {host}:{} to the egress allowlist (Admin › Network) first",
            at.port
        )));
    }
    let mut event = call.event("settings.sso_ldap", "setting:sso.ldap", "success");
    event.detail = format!(
        "enabled={} url={} bind_dn={} rules={}",
        settings.enabled,
        settings.url,
        settings.bind_dn,
        settings.groups.len()
    );
    sealed::save(
        call,
        sealed::Credential {
            name: SECRET_NAME,
            value: password.as_deref(),
            needed: (settings.enabled)
                .then_some("bind_password: needed to switch the directory on"),
        },
        SETTING_KEY,
        &settings,
        &event,
    )?;
    call.state.directory.forget();
    settings_json(call)
}

/// `DELETE /api/v1/admin/sso/ldap`: removes the settings and the sealed password. Accounts
/// the directory made keep their roles and can no longer sign in until it is back.
pub fn remove(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let event = call.event("settings.sso_ldap", "setting:sso.ldap", "success");
    call.state.store.set_setting(SETTING_KEY, None, &event)?;
    sealed::delete(call, SECRET_NAME)?;
    call.state.directory.forget();
    settings_json(call)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    #[serde(default)]
    username: Option<String>,
}

/// `POST /api/v1/admin/sso/ldap/test` `{"username": optional}`: binds the service account now
/// and, given a username, shows the entry it finds and its groups (no password is tried).
pub fn test(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: TestBody = call.json()?;
    let Some(settings) = stored(call)? else {
        return Err(HttpError::Invalid("no directory is configured".into()));
    };
    let Some(secret) = sealed::open(call, SECRET_NAME) else {
        return Err(HttpError::Invalid(
            "the service account's password is not set".into(),
        ));
    };
    let answer = match call.state.directory.probe(
        &call.state.egress,
        &settings,
        &secret,
        body.username.as_deref(),
    ) {
        Ok(p) => json!({ "ok": true, "dn": p.dn, "groups": p.groups }),
        Err(DirectoryError::NoSuchUser) => {
            json!({ "ok": true, "dn": null, "groups": [], "error": "no entry matches the user filter" })
        }
        Err(e) => json!({ "ok": false, "error": e.to_string() }),
    };
    Ok(Reply::json(200, &answer))
}
