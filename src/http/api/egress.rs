//! Outbound policy and sealed credentials over HTTP (instance admins): the egress settings,
//! "Test connection", and write-only secrets. No route returns a secret's value: a secret is
//! shown as `{set, hint, updated_at, updated_by, usable}`.

use serde_json::{Value, json};

use crate::egress::client::Purpose;
use crate::egress::settings::Settings;
use crate::error::Coded;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::secrets::vault::VaultError;

/// A vault failure as the API answers it (shared by every handler that seals secrets).
pub(crate) fn vault_error(e: VaultError) -> HttpError {
    match e {
        VaultError::Store(s) => s.into(),
        VaultError::NotFound(_) => HttpError::NotFound,
        VaultError::Invalid(m) => HttpError::Invalid(m),
        VaultError::Secret(s) => HttpError::Invalid(format!("[{}] {s}", s.code())),
    }
}

fn settings_json(call: &Call<'_>, s: &Settings) -> Value {
    let counters = &call.state.egress.counters;
    let requests: Vec<Value> = counters
        .rows()
        .into_iter()
        .map(|(host, outcome, n)| json!({"host": host, "outcome": outcome, "count": n}))
        .collect();
    let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.insert(
            "counters".into(),
            json!({
                "denied": counters.denied.load(std::sync::atomic::Ordering::Relaxed),
                "requests": requests,
            }),
        );
    }
    v
}

/// `GET /api/v1/admin/egress`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = call
        .state
        .egress
        .settings()
        .map_err(|e| HttpError::Invalid(e.to_string()))?;
    Ok(Reply::json(200, &settings_json(call, &s)))
}

/// `PUT /api/v1/admin/egress` with the whole settings object.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut body: Value = call.json()?;
    if let Some(o) = body.as_object_mut() {
        o.remove("counters");
    }
    let s: Settings = serde_json::from_value(body)
        .map_err(|e| HttpError::Invalid(format!("egress settings: {e}")))?;
    s.validate().map_err(HttpError::Invalid)?;
    let event = call.event("egress.changed", "egress", "success");
    call.state
        .egress
        .update(&s, &event)
        .map_err(|e| HttpError::Invalid(e.to_string()))?;
    Ok(Reply::json(200, &settings_json(call, &s)))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    url: String,
}

/// `POST /api/v1/admin/egress/test` with `{"url"}`: the stage-by-stage report.
pub fn test(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: TestBody = call.json()?;
    if body.url.len() > 2048 {
        return Err(HttpError::Invalid("url: at most 2048 characters".into()));
    }
    let actor = call.who()?.username.clone();
    let report = call.state.egress.probe(
        &body.url,
        Purpose {
            feature: "egress.test",
            actor: &actor,
        },
    );
    Ok(Reply::json(
        200,
        &serde_json::to_value(&report).unwrap_or(Value::Null),
    ))
}

/// `GET /api/v1/admin/secrets`.
pub fn list_secrets(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let list = call.state.vault.list("").map_err(vault_error)?;
    Ok(Reply::json(
        200,
        &json!({ "secrets": serde_json::to_value(&list).unwrap_or(Value::Null) }),
    ))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretBody {
    value: String,
}

/// `PUT /api/v1/admin/secrets/{name}` with `{"value"}`: write-only.
pub fn put_secret(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let name = call.param("name")?.to_string();
    let body: SecretBody = call.json()?;
    let event = call.event("secret.set", format!("secret:{name}"), "success");
    let meta = call
        .state
        .vault
        .set(&name, &body.value, &event)
        .map_err(vault_error)?;
    Ok(Reply::json(
        200,
        &serde_json::to_value(&meta).unwrap_or(Value::Null),
    ))
}

/// `DELETE /api/v1/admin/secrets/{name}`.
pub fn delete_secret(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let name = call.param("name")?.to_string();
    let event = call.event("secret.deleted", format!("secret:{name}"), "success");
    call.state
        .vault
        .delete(&name, &event)
        .map_err(vault_error)?;
    Ok(Reply::empty(204))
}
