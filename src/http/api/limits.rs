//! The instance's content size limits (instance admins): read them, and change or reset them
//! at run time. Every change is audited; the CLI (`rulebook limits`) edits the same settings.

use serde_json::{Map, Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::Limits;

fn limits_json(l: &Limits) -> Value {
    let defaults = Limits::default();
    let rows: Vec<Value> = l
        .entries()
        .iter()
        .zip(defaults.entries())
        .map(|((name, v), (_, d))| json!({ "name": name, "value": v, "default": d }))
        .collect();
    json!({ "limits": rows })
}

/// `GET /api/v1/admin/limits`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &limits_json(&call.state.store.limits()?)))
}

/// `PUT /api/v1/admin/limits` with `{"name": value | null, ...}` (null = back to default).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: Map<String, Value> = call.json()?;
    let mut check = call.state.store.limits()?;
    let mut changes = Vec::new();
    for (name, v) in &body {
        let value = match v {
            Value::Null => None,
            Value::Number(n) => Some(
                n.as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| {
                        HttpError::Invalid(format!("{name} must be a positive integer"))
                    })?,
            ),
            _ => {
                return Err(HttpError::Invalid(format!(
                    "{name} must be a number or null"
                )));
            }
        };
        // Validate every entry before writing any.
        check
            .set(name, value.unwrap_or(1))
            .map_err(HttpError::Invalid)?;
        changes.push((name.clone(), value));
    }
    let mut current = call.state.store.limits()?;
    for (name, value) in changes {
        let event = call.event("limits.changed", format!("limit:{name}"), "success");
        current = call.state.store.set_limit(&name, value, &event)?;
    }
    Ok(Reply::json(200, &limits_json(&current)))
}
