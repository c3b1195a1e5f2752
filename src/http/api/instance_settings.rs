//! Instance-wide switches that are not limits, retention or egress (instance admins): today
//! whether every signed-in user may create organizations. Every change is audited.

use serde::Deserialize;
use serde_json::json;

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;

fn settings_json(call: &Call<'_>) -> Result<Reply, HttpError> {
    let on = call.state.store.users_can_create_orgs()?;
    Ok(Reply::json(200, &json!({ "users_can_create_orgs": on })))
}

/// `GET /api/v1/admin/settings`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    settings_json(call)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsBody {
    #[serde(default)]
    users_can_create_orgs: Option<bool>,
}

/// `PUT /api/v1/admin/settings` with the switches to change (absent ones keep their value).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: SettingsBody = call.json()?;
    if let Some(on) = body.users_can_create_orgs {
        let event = call.event(
            "settings.changed",
            format!("setting:users_can_create_orgs={on}"),
            "success",
        );
        call.state.store.set_users_can_create_orgs(on, &event)?;
    }
    settings_json(call)
}
