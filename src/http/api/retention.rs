//! Retention policies over HTTP (instance admins): read them with what applying them would
//! delete now, and set or clear a class's period. Nothing is deleted here: deletion is
//! `rulebook retention apply` (or the schedule an admin sets up), so a click cannot lose data.

use serde_json::{Map, Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::privacy::{CLASSES, VERSIONS_KEEP};

fn state(call: &Call<'_>) -> Result<Value, HttpError> {
    let store = &call.state.store;
    let plan = store.retention_plan()?;
    let keep = store.retention_keep()?;
    let mut rows = Vec::new();
    for (class, what) in CLASSES {
        let days = store.retention_days(class)?;
        let item = plan.item(class);
        let mut row = json!({ "class": class, "what": what, "days": days,
            "due_rows": item.map(|i| i.rows).unwrap_or(0),
            "held_rows": item.map(|i| i.held).unwrap_or(0) });
        if *class == "versions" {
            row["keep"] = json!(keep);
        }
        rows.push(row);
    }
    Ok(json!({ "classes": rows, "legal_hold": plan.held }))
}

/// `GET /api/v1/admin/retention`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &state(call)?))
}

/// `PUT /api/v1/admin/retention` with `{"class": days | null}` (null = keep forever) and
/// `"versions.keep": N | null` (the newest versions of each artifact always kept).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: Map<String, Value> = call.json()?;
    let mut changes = Vec::new();
    for (name, v) in &body {
        let (setting, max) = if name == "versions.keep" {
            (VERSIONS_KEEP.to_string(), 1_000_000)
        } else if CLASSES.iter().any(|(c, _)| c == name) {
            (format!("retention.{name}.days"), 36_500)
        } else {
            return Err(HttpError::Invalid(format!(
                "unknown retention class {name:?}"
            )));
        };
        let value = match v {
            Value::Null => None,
            Value::Number(n) => match n.as_u64() {
                Some(d) if (1..=max).contains(&d) => Some(d.to_string()),
                _ => return Err(HttpError::Invalid(format!("{name}: must be 1-{max}"))),
            },
            _ => {
                return Err(HttpError::Invalid(format!("{name}: a number or null")));
            }
        };
        changes.push((setting, value));
    }
    for (setting, value) in changes {
        let mut event = call.event("setting.changed", setting.clone(), "success");
        event.detail = value.clone().unwrap_or_else(|| "forever".into());
        call.state
            .store
            .set_setting(&setting, value.as_deref(), &event)?;
    }
    Ok(Reply::json(200, &state(call)?))
}
