//! For instance administrators: the audit log (list with filters, verify the chain) and the
//! state of scheduled backups.

use serde_json::json;

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::store::audit::ChainStatus;

/// `GET /api/v1/audit?action=&before=&limit=`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let action = call.query_param("action").filter(|a| !a.is_empty());
    let before = call.query_param("before").and_then(|b| b.parse().ok());
    let limit = call
        .query_param("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(100i64)
        .clamp(1, 500);
    let rows = call
        .state
        .store
        .audit_recent(action.as_deref(), before, limit)?;
    Ok(Reply::json(200, &json!({ "events": rows })))
}

/// `POST /api/v1/audit/verify`: checks the whole chain (and records that it was checked).
pub fn verify(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let status = call.state.store.audit_verify()?;
    let body = match &status {
        ChainStatus::Intact { rows } => json!({ "status": "intact", "rows": rows }),
        ChainStatus::Broken { seq, reason } => {
            json!({ "status": "broken", "first_bad_seq": seq, "reason": reason })
        }
    };
    let outcome = if matches!(status, ChainStatus::Intact { .. }) {
        "intact"
    } else {
        "broken"
    };
    call.state
        .store
        .audit(&call.event("audit.verified", "audit_log", outcome))?;
    Ok(Reply::json(200, &body))
}

/// `GET /api/v1/admin/backups`: what the backup scheduler last did.
pub fn backups(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let status = call
        .state
        .backups
        .lock()
        .map(|s| s.clone())
        .map_err(|_| HttpError::Internal)?;
    let value = serde_json::to_value(&status).map_err(|_| HttpError::Internal)?;
    Ok(Reply::json(200, &value))
}
