//! A space's trash for its Trash page: every trashed artifact of every kind, with when and by
//! whom it was trashed, in one call (restoring and purging stay on the artifact's routes:
//! `POST .../{kind}/{slug}/untrash`, `DELETE .../{kind}/{slug}/purge`).

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::artifacts::space;
use crate::http::call::Call;
use crate::http::reply::Reply;

/// `GET /api/v1/orgs/{org}/spaces/{space}/trash`: newest first.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?.clone();
    let items: Vec<Value> = call
        .state
        .store
        .trashed(s.id, &s.slug)?
        .into_iter()
        .map(|t| {
            json!({ "kind": t.kind, "slug": t.slug, "name": t.name, "version": t.version,
                    "deleted_at": rfc3339(t.deleted_at), "deleted_by": t.deleted_by })
        })
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "space": s.slug, "items": items }),
    ))
}
