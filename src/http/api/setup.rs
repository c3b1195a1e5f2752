//! First-run setup: the one-time token printed at start creates the first organization and
//! its admin. No default credentials exist, ever.

use serde::Deserialize;
use serde_json::json;

use crate::http::HttpError;
use crate::http::api::{new_account, session};
use crate::http::auth::check_origin;
use crate::http::call::{Call, token_hash};
use crate::http::reply::Reply;
use crate::model::names;

/// `POST /api/v1/setup` body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetupBody {
    token: String,
    org_name: String,
    #[serde(default)]
    org_slug: Option<String>,
    username: String,
    #[serde(default)]
    display_name: Option<String>,
    password: String,
}

/// `GET /api/v1/setup`: whether setup is still needed.
pub fn status(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &json!({ "needed": call.state.store.setup_needed()? }),
    ))
}

/// `POST /api/v1/setup`: creates the organization and first admin, and signs them in.
pub fn complete(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    check_origin(call)?;
    let body: SetupBody = call.json()?;
    let org_name = names::display_name(&body.org_name)
        .map_err(|e| HttpError::Invalid(e.to_string()))?
        .to_string();
    let org_slug = match &body.org_slug {
        Some(s) => names::slug(s)
            .map_err(|e| HttpError::Invalid(e.to_string()))?
            .to_string(),
        None => names::slugify(&org_name),
    };
    let account = new_account(
        call,
        &body.username,
        body.display_name.as_deref(),
        &body.password,
    )?;
    let username = account.username.as_str();
    let user = account.new_user(true);
    let event = call.event(
        "setup.complete",
        format!("org:{org_slug} user:{username}"),
        "success",
    );
    let (_, user_id) = call.state.store.create_org_with_admin(
        Some(&token_hash(&body.token)),
        &org_slug,
        &org_name,
        &user,
        &event,
    )?;
    let mut reply = session::start(call, user_id, username)?;
    reply.status = 201;
    Ok(reply)
}
