//! Routing: `(method, path)` to a handler. Every route is listed here, in one table.

use std::sync::Arc;

use crate::http::HttpError;
use crate::http::assets;
use crate::http::reply::Reply;
use crate::store::Store;

/// What a handler sees of a request.
pub struct Ctx<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub if_none_match: Option<&'a str>,
    pub store: &'a Arc<Store>,
}

/// Dispatches a request.
pub fn route(ctx: &Ctx<'_>) -> Result<Reply, HttpError> {
    let get = ctx.method == "GET" || ctx.method == "HEAD";
    match ctx.path {
        "/healthz" => only(get, || {
            Ok(Reply::json(200, &serde_json::json!({ "status": "ok" })))
        }),
        "/readyz" => only(get, || ready(ctx)),
        "/api/v1" | "/api/v1/" => only(get, || {
            Ok(Reply::json(
                200,
                &serde_json::json!({ "name": "rulebook", "api": "v1" }),
            ))
        }),
        p if p.starts_with("/api/") => Err(HttpError::NotFound),
        p => {
            if !get {
                return Err(HttpError::MethodNotAllowed);
            }
            assets::get(p, ctx.if_none_match).ok_or(HttpError::NotFound)
        }
    }
}

fn only(allowed: bool, f: impl FnOnce() -> Result<Reply, HttpError>) -> Result<Reply, HttpError> {
    if allowed {
        f()
    } else {
        Err(HttpError::MethodNotAllowed)
    }
}

fn ready(ctx: &Ctx<'_>) -> Result<Reply, HttpError> {
    match ctx.store.ready() {
        Ok(()) => Ok(Reply::json(200, &serde_json::json!({ "status": "ready" }))),
        Err(e) => {
            log::error!("readiness check failed: {e}");
            Err(HttpError::Unavailable(
                "the database is not writable".into(),
            ))
        }
    }
}
