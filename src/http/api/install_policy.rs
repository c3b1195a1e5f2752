//! An organization's install-time policy (issue 20): which agents and packages its repositories
//! may install, the most bytes an always-on file may hold, and which content-finding severity
//! is refused. The CLI reads it on `install`, `update` and `status` and refuses what it does not
//! allow before writing anything; a repository's `rulebook.json` may add its own, tighter layer
//! (see `install::policy`). Every member may read it (the CLI needs it); org admins change it,
//! audited.

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::install::policy::{self, InstallPolicy};

/// The stored policy (empty when none was set); one that no longer parses is refused.
pub fn load(call: &Call<'_>) -> Result<InstallPolicy, HttpError> {
    let org = call.org()?.id;
    let stored = call.state.store.setting(&policy::setting_key(org))?;
    policy::from_setting(stored.as_deref()).map_err(HttpError::Unavailable)
}

fn answer(p: &InstallPolicy) -> Value {
    json!({ "policy": p })
}

/// `GET /api/v1/orgs/{org}/settings/install-policy`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &answer(&load(call)?)))
}

/// `PUT /api/v1/orgs/{org}/settings/install-policy` (org admins): replaces the policy; an empty
/// object removes every limit.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut policy: InstallPolicy = call.json()?;
    policy.validate().map_err(HttpError::Invalid)?;
    if let Some(agents) = policy.allowed_agents.as_mut() {
        agents.sort();
        agents.dedup();
    }
    if let Some(packages) = policy.allowed_packages.as_mut() {
        packages.sort();
        packages.dedup();
    }
    let org = call.org()?;
    let stored = (!policy.is_empty()).then(|| serde_json::to_string(&policy).unwrap_or_default());
    let event = call.event(
        "settings.install_policy",
        format!("org:{}", org.slug),
        "success",
    );
    call.state
        .store
        .set_setting(&policy::setting_key(org.id), stored.as_deref(), &event)?;
    Ok(Reply::json(200, &answer(&policy)))
}
