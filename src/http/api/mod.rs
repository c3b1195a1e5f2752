//! API handlers, one file per resource. Each takes a [`Call`] that the router has already
//! authenticated and authorized, converts wire types by hand, calls the store, and replies.

pub mod audit;
pub mod keys;
pub mod orgs;
pub mod session;
pub mod setup;
pub mod spaces;

use serde_json::json;

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;

/// `GET /healthz`: alive.
pub fn health(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &json!({ "status": "ok" })))
}

/// `GET /readyz`: the database answers and can take its write lock.
pub fn ready(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    match call.state.store.ready() {
        Ok(()) => Ok(Reply::json(200, &json!({ "status": "ready" }))),
        Err(e) => {
            log::error!("readiness check failed: {e}");
            Err(HttpError::Unavailable(
                "the database is not writable".into(),
            ))
        }
    }
}

/// `GET /api/v1`.
pub fn root(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &json!({ "name": "rulebook", "api": "v1" }),
    ))
}

/// Optional Unix time as RFC 3339 (or null).
pub(crate) fn time_opt(t: Option<i64>) -> serde_json::Value {
    t.map(|t| serde_json::Value::String(rfc3339(t)))
        .unwrap_or(serde_json::Value::Null)
}

/// Hashes a password within the concurrency gate (a login storm waits, then gets 503).
pub(crate) fn hash_password(call: &Call<'_>, password: &str) -> Result<String, HttpError> {
    let _slot = call
        .state
        .hash_gate
        .enter(std::time::Duration::from_secs(10))
        .ok_or_else(|| {
            HttpError::Unavailable("too many password operations at once; retry".into())
        })?;
    crate::crypto::password::hash(password).map_err(|_| HttpError::Internal)
}

/// Checks the password policy, answering 422 with the reason.
pub(crate) fn check_password(password: &str) -> Result<(), HttpError> {
    crate::crypto::password::check_policy(password).map_err(|e| HttpError::Invalid(e.to_string()))
}
