//! What every settings page with a credential does the same way (the mail relay, the OpenID
//! client secret, the directory's service account): take the secret out of the request body
//! so it never reaches the settings row, tell whether one is sealed (never what it is), seal
//! a new one, and delete it with the settings. Each step is audited by the vault.

use serde_json::Value;

use crate::http::HttpError;
use crate::http::call::Call;

/// Removes `field` from `body`: `None` when absent or null (keep the sealed one), the text
/// when it is 1-`max` printable characters, else 400.
pub fn take(body: &mut Value, field: &str, max: usize) -> Result<Option<String>, HttpError> {
    match body.as_object_mut().and_then(|o| o.remove(field)) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s))
            if !s.is_empty() && s.len() <= max && !s.chars().any(char::is_control) =>
        {
            Ok(Some(s))
        }
        Some(_) => Err(HttpError::Invalid(format!(
            "{field}: 1-{max} printable characters"
        ))),
    }
}

/// Whether a secret named `name` is sealed.
pub fn is_sealed(call: &Call<'_>, name: &str) -> bool {
    call.state
        .vault
        .list(name)
        .map(|l| l.iter().any(|s| s.meta.name == name))
        .unwrap_or(false)
}

/// Seals `value` as `name` (audited as `secret.set`).
pub fn seal(call: &Call<'_>, name: &str, value: &str) -> Result<(), HttpError> {
    let event = call.event("secret.set", format!("secret:{name}"), "success");
    call.state
        .vault
        .set(name, value, &event)
        .map(|_| ())
        .map_err(crate::http::api::egress::vault_error)
}

/// Deletes the secret `name` if there is one (audited as `secret.deleted`).
pub fn delete(call: &Call<'_>, name: &str) -> Result<(), HttpError> {
    let event = call.event("secret.deleted", format!("secret:{name}"), "success");
    match call.state.vault.delete(name, &event) {
        Ok(()) | Err(crate::secrets::vault::VaultError::NotFound(_)) => Ok(()),
        Err(e) => Err(crate::http::api::egress::vault_error(e)),
    }
}

/// The sealed secret `name` as text, for the one request that sends it.
pub fn open(call: &Call<'_>, name: &str) -> Option<String> {
    call.state
        .vault
        .open(name)
        .ok()?
        .expose_str()
        .map(str::to_string)
}

/// The credential of a settings page: its name, a new value if the request carried one, and
/// the 400 message when none is given and none is sealed but one is needed.
pub struct Credential<'a> {
    pub name: &'a str,
    pub value: Option<&'a str>,
    pub needed: Option<&'a str>,
}

/// Saves settings with their credential: seals a new value, or requires a sealed one when
/// needed, then writes `value` under `key`, audited as `event`.
pub fn save<T: serde::Serialize>(
    call: &Call<'_>,
    credential: Credential<'_>,
    key: &str,
    value: &T,
    event: &crate::store::audit::AuditEvent,
) -> Result<(), HttpError> {
    if let Some(v) = credential.value {
        seal(call, credential.name, v)?;
    } else if let Some(needed) = credential.needed
        && !is_sealed(call, credential.name)
    {
        return Err(HttpError::Invalid(needed.into()));
    }
    let text = serde_json::to_string(value).map_err(|_| HttpError::Internal)?;
    call.state.store.set_setting(key, Some(&text), event)?;
    Ok(())
}
