//! Retention policies over HTTP (instance admins): read them with what applying them would
//! delete now, and set or clear a class's period. Nothing is deleted here: deletion is
//! `rulebook retention apply` (or the schedule an admin sets up), so a click cannot lose data.

use serde_json::{Map, Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::privacy::CLASSES;

fn state(call: &Call<'_>) -> Result<Value, HttpError> {
    let store = &call.state.store;
    let plan = store.retention_plan()?;
    let mut rows = Vec::new();
    for (class, what) in CLASSES {
        let days = store.retention_days(class)?;
        let due = plan
            .items
            .iter()
            .find(|(c, _, _)| c == class)
            .map(|(_, _, n)| *n)
            .unwrap_or(0);
        rows.push(json!({ "class": class, "what": what, "days": days, "due_rows": due }));
    }
    Ok(json!({ "classes": rows, "legal_hold": plan.held }))
}

/// `GET /api/v1/admin/retention`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &state(call)?))
}

/// `PUT /api/v1/admin/retention` with `{"class": days | null}` (null = keep forever).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: Map<String, Value> = call.json()?;
    let mut changes = Vec::new();
    for (class, v) in &body {
        if !CLASSES.iter().any(|(c, _)| c == class) {
            return Err(HttpError::Invalid(format!(
                "unknown retention class {class:?}"
            )));
        }
        let days = match v {
            Value::Null => None,
            Value::Number(n) => match n.as_u64() {
                Some(d @ 1..=36_500) => Some(d.to_string()),
                _ => return Err(HttpError::Invalid(format!("{class}: days must be 1-36500"))),
            },
            _ => {
                return Err(HttpError::Invalid(format!(
                    "{class}: a number of days or null"
                )));
            }
        };
        changes.push((class.clone(), days));
    }
    for (class, days) in changes {
        let mut event = call.event(
            "setting.changed",
            format!("retention.{class}.days"),
            "success",
        );
        event.detail = days.clone().unwrap_or_else(|| "forever".into());
        call.state.store.set_setting(
            &format!("retention.{class}.days"),
            days.as_deref(),
            &event,
        )?;
    }
    Ok(Reply::json(200, &state(call)?))
}
