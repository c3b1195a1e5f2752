//! The SCIM 2.0 endpoint (`/scim/v2/...`, RFC 7644) the site's IdP provisions through:
//! Users and Groups (create, get, filter, replace, patch, delete) and the discovery documents.
//!
//! It answers its own authentication, like `/mcp`: the routes are public in the route table,
//! and every handler first checks the SCIM bearer token (one per instance, minted by an
//! instance administrator, stored as its SHA-256 only) and answers SCIM-shaped errors. Failed
//! tokens count against the sign-in rate limit of the caller's address and are audited.
//! Writes are audited with the actor `scim`; a change of groups applies the single sign-on
//! group rules at once (`store/scim.rs`).

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::crypto::hex;
use crate::crypto::token::{new_token, same, token_hash};
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::sso::scim::{
    self, GROUP_SCHEMA, GroupChange, GroupIn, MemberOp, ScimError, USER_SCHEMA, UserChange, UserIn,
};
use crate::sso::settings::{GroupRule, OidcSettings, SETTING_KEY};
use crate::store::StoreError;
use crate::store::audit::AuditEvent;
use crate::store::scim::{ScimGroup, ScimUser};

/// Where the token's hash is kept.
const TOKEN_KEY: &str = "scim.token_sha256";
/// Prefix of a SCIM token, so a leaked one is recognised.
pub const TOKEN_PREFIX: &str = "rbscim_";
const CONTENT_TYPE: &str = "application/scim+json";

fn reply(status: u16, v: &Value) -> Reply {
    let mut r = Reply::json(status, v);
    r.content_type = CONTENT_TYPE;
    r
}

fn error(e: &ScimError) -> Reply {
    let mut r = reply(e.status, &e.json());
    if e.status == 401 {
        r.headers
            .push(("WWW-Authenticate", "Bearer realm=\"scim\"".into()));
    }
    r
}

fn from_store(e: StoreError) -> ScimError {
    match e {
        StoreError::NotFound(what) => ScimError::new(404, None, format!("no such {what}")),
        StoreError::Conflict(m) => ScimError::new(409, Some("uniqueness"), m),
        StoreError::Invalid(m) => ScimError::invalid(m),
        StoreError::Refused(m) => ScimError::new(400, Some("mutability"), m),
        StoreError::Busy => ScimError::new(503, None, "the database is busy; retry"),
        other => {
            log::error!("scim: {other}");
            ScimError::new(500, None, "internal error; the server log has details")
        }
    }
}

/// The token check; `Err` is the answer to send.
fn authenticate(call: &Call<'_>) -> Result<(), Reply> {
    // A store that cannot answer (busy, damaged) is not a wrong token: say so (503 when
    // busy), and count nothing against the caller's address.
    let stored = call
        .state
        .store
        .setting(TOKEN_KEY)
        .map_err(|e| error(&from_store(e)))?;
    let sent = call
        .header("Authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    let ok = match (&stored, sent) {
        (Some(hash), Some(token)) => same(&hex::encode(&token_hash(token)), hash),
        _ => false,
    };
    if ok {
        return Ok(());
    }
    let now = call.state.clock.now_unix();
    if !call.state.login_limiter.allow(call.ip, now) {
        return Err(error(&ScimError::new(
            429,
            None,
            "too many attempts; retry in a minute",
        )));
    }
    let mut event = call.event("scim.auth_failed", format!("ip:{}", call.ip), "denied");
    event.actor = "scim".into();
    event.detail = if stored.is_none() {
        "no SCIM token is set"
    } else {
        "wrong or missing token"
    }
    .into();
    let _ = call.state.store.audit(&event);
    Err(error(&ScimError::new(
        401,
        None,
        "a valid SCIM bearer token is required",
    )))
}

fn event(call: &Call<'_>, action: &str) -> AuditEvent {
    let mut e = call.event(action, String::new(), "success");
    e.actor = "scim".into();
    e
}

/// The group rules and username handling of the single sign-on settings.
fn rules(call: &Call<'_>) -> Result<(Vec<GroupRule>, bool), ScimError> {
    let text = call.state.store.setting(SETTING_KEY).map_err(from_store)?;
    let s =
        OidcSettings::from_setting(text.as_deref()).map_err(|e| ScimError::new(500, None, e))?;
    Ok(s.map(|s| (s.groups, s.claims.strip_domain))
        .unwrap_or_default())
}

fn base(call: &Call<'_>) -> String {
    format!("{}/scim/v2", call.own_origin().unwrap_or_default())
}

fn meta(kind: &str, location: String, created: i64, updated: i64, version: i64) -> Value {
    json!({ "resourceType": kind, "created": rfc3339(created), "lastModified": rfc3339(updated),
            "location": location, "version": format!("W/\"{version}\"") })
}

fn user_json(call: &Call<'_>, u: &ScimUser) -> Value {
    let b = base(call);
    let mut v = json!({
        "schemas": [USER_SCHEMA], "id": u.id.to_string(), "userName": u.username,
        "displayName": u.display_name, "name": { "formatted": u.display_name }, "active": u.active,
        "groups": u.groups.iter().map(|(id, name)| json!({ "value": id.to_string(), "display": name,
            "$ref": format!("{b}/Groups/{id}") })).collect::<Vec<_>>(),
        "meta": meta("User", format!("{b}/Users/{}", u.id), u.created_at, u.updated_at, u.version),
    });
    if let Some(x) = &u.external_id {
        v["externalId"] = json!(x);
    }
    if let Some(m) = &u.email {
        v["emails"] = json!([{ "value": m, "primary": true, "type": "work" }]);
    }
    v
}

fn group_json(call: &Call<'_>, g: &ScimGroup, members: bool) -> Value {
    let b = base(call);
    let mut v = json!({
        "schemas": [GROUP_SCHEMA], "id": g.id.to_string(), "displayName": g.display_name,
        "meta": meta("Group", format!("{b}/Groups/{}", g.id), g.created_at, g.updated_at, g.version),
    });
    if members {
        v["members"] = json!(
            g.members
                .iter()
                .map(
                    |(id, name)| json!({ "value": id.to_string(), "display": name,
            "$ref": format!("{b}/Users/{id}") })
                )
                .collect::<Vec<_>>()
        );
    }
    if let Some(x) = &g.external_id {
        v["externalId"] = json!(x);
    }
    v
}

fn body(call: &Call<'_>) -> Result<Value, ScimError> {
    if call.body.len() > 4 * 1024 * 1024 {
        return Err(ScimError::new(413, None, "the body is larger than 4 MiB"));
    }
    serde_json::from_slice(call.body)
        .map_err(|e| ScimError::new(400, Some("invalidSyntax"), format!("invalid JSON: {e}")))
}

fn id(call: &Call<'_>) -> Result<i64, ScimError> {
    call.param("id")
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| ScimError::new(404, None, "no such resource"))
}

/// Runs a SCIM handler: authentication first, SCIM errors out.
fn serve(
    call: &mut Call<'_>,
    f: fn(&mut Call<'_>) -> Result<Reply, ScimError>,
) -> Result<Reply, HttpError> {
    if let Err(r) = authenticate(call) {
        return Ok(r);
    }
    Ok(f(call).unwrap_or_else(|e| error(&e)))
}

macro_rules! scim_route {
    ($name:ident, $inner:ident) => {
        pub fn $name(call: &mut Call<'_>) -> Result<Reply, HttpError> {
            serve(call, $inner)
        }
    };
}

scim_route!(service_provider_config, service_provider_config_in);
scim_route!(resource_types, resource_types_in);
scim_route!(schemas, schemas_in);
scim_route!(list_users, list_users_in);
scim_route!(create_user, create_user_in);
scim_route!(get_user, get_user_in);
scim_route!(replace_user, replace_user_in);
scim_route!(patch_user, patch_user_in);
scim_route!(delete_user, delete_user_in);
scim_route!(list_groups, list_groups_in);
scim_route!(create_group, create_group_in);
scim_route!(get_group, get_group_in);
scim_route!(replace_group, replace_group_in);
scim_route!(patch_group, patch_group_in);
scim_route!(delete_group, delete_group_in);

fn service_provider_config_in(_call: &mut Call<'_>) -> Result<Reply, ScimError> {
    Ok(reply(
        200,
        &json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "documentationUri": "docs/OPERATIONS.md#provisioning-with-scim",
            "patch": { "supported": true }, "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
            "filter": { "supported": true, "maxResults": scim::MAX_PAGE }, "changePassword": { "supported": false },
            "sort": { "supported": false }, "etag": { "supported": false },
            "authenticationSchemes": [{ "type": "oauthbearertoken", "name": "Bearer token",
                "description": "The SCIM token an instance administrator minted", "primary": true }],
        }),
    ))
}

fn resource_types_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let b = base(call);
    let kinds = [
        ("User", "/Users", USER_SCHEMA),
        ("Group", "/Groups", GROUP_SCHEMA),
    ];
    let all: Vec<Value> = kinds
        .iter()
        .map(|(name, ep, schema)| json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": name, "name": name, "endpoint": ep, "schema": schema,
            "meta": { "resourceType": "ResourceType", "location": format!("{b}/ResourceTypes/{name}") } }))
        .collect();
    Ok(reply(200, &scim::list(all.len(), 1, all)))
}

fn schemas_in(_call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let attr = |name: &str, ty: &str, required: bool, uniqueness: &str| {
        json!({ "name": name, "type": ty, "multiValued": false, "required": required, "caseExact": false,
                "mutability": "readWrite", "returned": "default", "uniqueness": uniqueness })
    };
    let all = vec![
        json!({ "id": USER_SCHEMA, "name": "User", "attributes": [
            attr("userName", "string", true, "server"), attr("displayName", "string", false, "none"),
            attr("active", "boolean", false, "none"), attr("externalId", "string", false, "none")] }),
        json!({ "id": GROUP_SCHEMA, "name": "Group", "attributes": [
            attr("displayName", "string", true, "server"), attr("externalId", "string", false, "none")] }),
    ];
    Ok(reply(200, &scim::list(all.len(), 1, all)))
}

fn page_of(call: &Call<'_>) -> (usize, usize) {
    scim::page(
        call.query_param("startIndex").as_deref(),
        call.query_param("count").as_deref(),
    )
}

fn list_users_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let filter = match call.query_param("filter") {
        Some(f) if !f.trim().is_empty() => {
            Some(scim::filter(&f, &["username", "externalid", "id"])?)
        }
        _ => None,
    };
    let (start, count) = page_of(call);
    let f = filter
        .as_ref()
        .map(|f| (f.attribute.as_str(), f.value.as_str()));
    // The username a `userName` value maps to, as a create would map it.
    let (_, strip) = rules(call)?;
    let mapped = f.and_then(|(_, v)| scim::username(v, strip).ok());
    let (total, users) = call
        .state
        .store
        .scim_users(f, mapped.as_deref(), start, count)
        .map_err(from_store)?;
    let found: Vec<Value> = users.iter().map(|u| user_json(call, u)).collect();
    Ok(reply(200, &scim::list(total, start, found)))
}

fn created(call: &Call<'_>, v: Value) -> Reply {
    let location = v["meta"]["location"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut r = reply(201, &v);
    r.headers.push(("Location", location));
    let _ = call;
    r
}

fn create_user_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let (rules, strip) = rules(call)?;
    let u = UserIn::parse(&body(call)?, strip)?;
    let user = call
        .state
        .store
        .scim_create_user(&u, &rules, &event(call, "scim.user_created"))
        .map_err(from_store)?;
    Ok(created(call, user_json(call, &user)))
}

fn get_user_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let user = call
        .state
        .store
        .scim_user(id)
        .map_err(from_store)?
        .ok_or_else(|| ScimError::new(404, None, "no such user"))?;
    Ok(reply(200, &user_json(call, &user)))
}

fn replace_user_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let (rules, strip) = rules(call)?;
    let u = UserIn::parse(&body(call)?, strip)?;
    let change = UserChange {
        user_name: Some((u.user_name, u.raw_user_name)),
        display_name: u.display_name,
        email: Some(u.email),
        active: Some(u.active.unwrap_or(true)),
        external_id: Some(u.external_id),
    };
    let user = call
        .state
        .store
        .scim_change_user(id, &change, &rules, &event(call, "scim.user_replaced"))
        .map_err(from_store)?;
    Ok(reply(200, &user_json(call, &user)))
}

fn patch_user_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let (rules, strip) = rules(call)?;
    let change = scim::user_change(&scim::patch_ops(&body(call)?)?, strip)?;
    let action = if change.active == Some(false) {
        "scim.user_deactivated"
    } else {
        "scim.user_patched"
    };
    let user = call
        .state
        .store
        .scim_change_user(id, &change, &rules, &event(call, action))
        .map_err(from_store)?;
    Ok(reply(200, &user_json(call, &user)))
}

fn delete_user_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    call.state
        .store
        .scim_delete_user(id, &event(call, "scim.user_deleted"))
        .map_err(from_store)?;
    Ok(Reply::empty(204))
}

fn with_members(call: &Call<'_>) -> bool {
    !call.query_param("excludedAttributes").is_some_and(|a| {
        a.split(',')
            .any(|x| x.trim().eq_ignore_ascii_case("members"))
    })
}

fn list_groups_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let filter = match call.query_param("filter") {
        Some(f) if !f.trim().is_empty() => {
            Some(scim::filter(&f, &["displayname", "externalid", "id"])?)
        }
        _ => None,
    };
    let (start, count) = page_of(call);
    let f = filter
        .as_ref()
        .map(|f| (f.attribute.as_str(), f.value.as_str()));
    let (total, groups) = call
        .state
        .store
        .scim_groups(f, start, count)
        .map_err(from_store)?;
    let members = with_members(call);
    let found: Vec<Value> = groups
        .iter()
        .map(|g| group_json(call, g, members))
        .collect();
    Ok(reply(200, &scim::list(total, start, found)))
}

fn create_group_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let (rules, _) = rules(call)?;
    let g = GroupIn::parse(&body(call)?)?;
    let group = call
        .state
        .store
        .scim_create_group(&g, &rules, &event(call, "scim.group_created"))
        .map_err(from_store)?;
    Ok(created(call, group_json(call, &group, true)))
}

fn get_group_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let group = call
        .state
        .store
        .scim_group(id)
        .map_err(from_store)?
        .ok_or_else(|| ScimError::new(404, None, "no such group"))?;
    Ok(reply(200, &group_json(call, &group, with_members(call))))
}

fn replace_group_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let (rules, _) = rules(call)?;
    let g = GroupIn::parse(&body(call)?)?;
    let change = GroupChange {
        display_name: Some(g.display_name),
        external_id: Some(g.external_id),
        members: vec![MemberOp::Set(g.members)],
    };
    let group = call
        .state
        .store
        .scim_change_group(id, &change, &rules, &event(call, "scim.group_replaced"))
        .map_err(from_store)?;
    Ok(reply(200, &group_json(call, &group, true)))
}

fn patch_group_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let (rules, _) = rules(call)?;
    let change = scim::group_change(&scim::patch_ops(&body(call)?)?)?;
    let group = call
        .state
        .store
        .scim_change_group(id, &change, &rules, &event(call, "scim.group_patched"))
        .map_err(from_store)?;
    Ok(reply(200, &group_json(call, &group, true)))
}

fn delete_group_in(call: &mut Call<'_>) -> Result<Reply, ScimError> {
    let id = id(call)?;
    let (rules, _) = rules(call)?;
    call.state
        .store
        .scim_delete_group(id, &rules, &event(call, "scim.group_deleted"))
        .map_err(from_store)?;
    Ok(Reply::empty(204))
}

/// `GET /api/v1/admin/scim` (instance admins): whether a SCIM token is set, and the base URL.
pub fn status(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let set = call.state.store.setting(TOKEN_KEY)?.is_some();
    Ok(Reply::json(
        200,
        &json!({ "token_set": set, "base_url": base(call) }),
    ))
}

/// `POST /api/v1/admin/scim/token` (instance admins, browser session): mints a new token,
/// shown once; the previous one stops working.
pub fn mint(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (raw, _) = new_token().map_err(|_| HttpError::Internal)?;
    let token = format!("{TOKEN_PREFIX}{raw}");
    let hash = hex::encode(&token_hash(&token));
    let event = call.event("scim.token_created", "setting:scim.token", "success");
    call.state
        .store
        .set_setting(TOKEN_KEY, Some(&hash), &event)?;
    Ok(Reply::json(
        201,
        &json!({ "token": token, "base_url": base(call) }),
    ))
}

/// `DELETE /api/v1/admin/scim/token`: SCIM stops answering.
pub fn revoke(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let event = call.event("scim.token_revoked", "setting:scim.token", "success");
    call.state.store.set_setting(TOKEN_KEY, None, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "token_set": false, "base_url": base(call) }),
    ))
}
