//! API keys for the CLI, CI and agents: 256 bits behind an `rbk_` prefix, shown once, stored
//! as SHA-256, scoped, optionally expiring, revocable at once. Only a browser session can
//! manage keys, so a leaked key cannot mint more.

use serde::Deserialize;
use serde_json::json;

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::time_opt;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::access::Scope;
use crate::store::auth::NewApiKey;

/// `POST /api/v1/orgs/{org}/apikeys` body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewKeyBody {
    name: String,
    scope: String,
    #[serde(default)]
    expires_in_days: Option<u32>,
    /// Limit the key to these spaces (slugs); omitted = every space the owner can reach.
    #[serde(default)]
    spaces: Option<Vec<String>>,
}

/// `GET`: the caller's keys in this organization (never the keys themselves).
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let org_id = call.org()?.id;
    let rows: Vec<_> = call
        .state
        .store
        .api_keys_of(p.user_id)?
        .into_iter()
        .filter(|k| k.org_id == org_id)
        .map(|k| {
            json!({ "id": k.id, "name": k.name, "prefix": k.prefix, "scope": k.scope.as_str(),
                    "created_at": rfc3339(k.created_at), "expires_at": time_opt(k.expires_at),
                    "last_used_at": time_opt(k.last_used_at), "revoked": k.revoked_at.is_some(),
                    "spaces": k.spaces.as_deref().and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok()) })
        })
        .collect();
    Ok(Reply::json(200, &json!({ "keys": rows })))
}

/// `POST`: makes a key and shows it once. The scope may not exceed the caller's role.
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let org_id = call.org()?.id;
    let body: NewKeyBody = call.json()?;
    let name = crate::model::names::display_name(&body.name)
        .map_err(|e| HttpError::Invalid(e.to_string()))?
        .to_string();
    let scope = Scope::parse(&body.scope).ok_or_else(|| {
        HttpError::Invalid("scope must be read, write, admin, mcp:read or mcp:write".into())
    })?;
    let role = call.role.ok_or(HttpError::Forbidden)?;
    if scope.ceiling() > role {
        return Err(HttpError::Invalid(format!(
            "a {} may not create {} keys",
            role.as_str(),
            scope.as_str()
        )));
    }
    let expires_at = match body.expires_in_days {
        Some(0) | None => None,
        Some(d) if d > 3650 => {
            return Err(HttpError::Invalid("expires_in_days is at most 3650".into()));
        }
        Some(d) => Some(call.state.clock.now_unix() + i64::from(d) * 86_400),
    };
    let spaces = match &body.spaces {
        None => None,
        Some(list) => {
            let visible = call.state.store.visible_spaces(
                org_id,
                p.user_id,
                role == crate::model::access::OrgRole::Admin,
            )?;
            for slug in list {
                if !visible.iter().any(|s| &s.slug == slug) {
                    return Err(HttpError::Invalid(format!(
                        "no space {slug:?} you can reach"
                    )));
                }
            }
            Some(serde_json::to_string(list).map_err(|_| HttpError::Internal)?)
        }
    };
    let (key, prefix, hash) =
        crate::crypto::token::new_api_key().map_err(|_| HttpError::Internal)?;
    let event = call.event(
        "apikey.created",
        format!("apikey:{prefix} scope:{}", scope.as_str()),
        "success",
    );
    let id = call.state.store.create_api_key(
        &NewApiKey {
            key_hash: &hash,
            prefix: &prefix,
            user_id: p.user_id,
            org_id,
            name: &name,
            scope,
            spaces: spaces.as_deref(),
            expires_at,
        },
        &event,
    )?;
    Ok(Reply::json(
        201,
        &json!({ "id": id, "key": key, "prefix": prefix, "scope": scope.as_str(), "expires_at": time_opt(expires_at),
                 "note": "this is the only time the key is shown" }),
    ))
}

/// `DELETE /{id}`: revokes one of the caller's keys; it stops working at once.
pub fn revoke(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = call.who()?.clone();
    let id = call.id_param("id")?;
    let event = call.event("apikey.revoked", format!("apikey:{id}"), "success");
    if call.state.store.revoke_api_key(p.user_id, id, &event)? {
        Ok(Reply::json(200, &json!({ "revoked": id })))
    } else {
        Err(HttpError::NotFound)
    }
}
