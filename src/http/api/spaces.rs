//! Space administration: members with space roles, and deletion (never of the default space).

use serde::Deserialize;
use serde_json::json;

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::accounts::SpaceRow;

fn space(call: &Call<'_>) -> Result<SpaceRow, HttpError> {
    let org_id = call.org()?.id;
    let slug = call.param("space")?;
    call.state
        .store
        .space_by_slug(org_id, slug)?
        .ok_or(HttpError::NotFound)
}

/// `DELETE /api/v1/orgs/{org}/spaces/{space}`.
pub fn delete(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let event = call.event("space.deleted", format!("space:{}", s.slug), "success");
    call.state.store.delete_space(&s, &event)?;
    Ok(Reply::json(200, &json!({ "deleted": s.slug })))
}

/// `GET .../members`.
pub fn members(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let rows: Vec<_> = call
        .state
        .store
        .space_members(s.id)?
        .into_iter()
        .map(|(id, username, role)| json!({ "id": id, "username": username, "role": role }))
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "space": s.slug, "members": rows }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberBody {
    role: String,
}

/// `PUT .../members/{id}`: adds the org member to the space or changes their space role.
pub fn set_member(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let org_id = call.org()?.id;
    let id = call.id_param("id")?;
    let body: MemberBody = call.json()?;
    if !matches!(body.role.as_str(), "admin" | "member") {
        return Err(HttpError::Invalid("a space role is admin or member".into()));
    }
    let event = call.event(
        "space.member_set",
        format!("space:{} user:{id} role:{}", s.slug, body.role),
        "success",
    );
    call.state
        .store
        .set_space_member(org_id, s.id, id, &body.role, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "space": s.slug, "id": id, "role": body.role }),
    ))
}

/// `DELETE .../members/{id}`.
pub fn remove_member(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?;
    let id = call.id_param("id")?;
    let event = call.event(
        "space.member_removed",
        format!("space:{} user:{id}", s.slug),
        "success",
    );
    if call.state.store.remove_space_member(s.id, id, &event)? {
        Ok(Reply::json(200, &json!({ "removed": id })))
    } else {
        Err(HttpError::NotFound)
    }
}
