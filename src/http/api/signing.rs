//! `GET /api/v1/signing-keys`: this instance's archive signing public keys (current and
//! retired; the first is created on first need), so a CLI or another instance can decide to
//! trust them. No secret material: the private keys are sealed secrets and never leave
//! `secrets::signing_keys`.

use serde_json::json;

use crate::crypto::signing::SigningKey;
use crate::http::HttpError;
use crate::http::api::egress::vault_error;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::secrets::signing_keys;

/// `GET /api/v1/signing-keys`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut keys = signing_keys::list(&call.state.store).map_err(vault_error)?;
    if keys.is_empty() {
        // Created on first need: a client about to trust this server needs a key to see.
        current(call)?;
        keys = signing_keys::list(&call.state.store).map_err(vault_error)?;
    }
    let keys: Vec<_> = keys
        .iter()
        .map(|k| {
            json!({
                "key_id": k.key_id,
                "public_key": k.public_key,
                "fingerprint": k.fingerprint(),
                "created_at": k.created_at,
                "retired_at": k.retired_at,
                "status": if k.current() { "current" } else { "retired" },
            })
        })
        .collect();
    Ok(Reply::json(200, &json!({ "keys": keys })))
}

/// The current signing key for an export by this request (created on first need).
pub(crate) fn current(call: &Call<'_>) -> Result<SigningKey, HttpError> {
    let event = call.event("signing.key_created", "signing-key", "success");
    signing_keys::current(
        &call.state.store,
        &call.state.vault,
        &call.state.clock.now_rfc3339(),
        &event,
    )
    .map_err(vault_error)
}
