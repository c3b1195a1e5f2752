//! MCP servers an organization defines for its developers' agents (`mcp::config::org`):
//! `rulebook install --mcp` writes them next to Rulebook's own entry in each agent's MCP file.
//! Every member may read them (the CLI needs them); org admins replace them, audited. A
//! definition that carries a credential is refused here, so none reaches a file.

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::mcp::config::org::{self, OrgServers};

fn answer(s: &OrgServers) -> Value {
    json!({ "servers": s.servers })
}

/// `GET /api/v1/orgs/{org}/settings/mcp-servers`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let org = call.org()?.id;
    let stored = call.state.store.setting(&org::setting_key(org))?;
    let servers = org::from_setting(stored.as_deref()).map_err(HttpError::Unavailable)?;
    Ok(Reply::json(200, &answer(&servers)))
}

/// `PUT /api/v1/orgs/{org}/settings/mcp-servers` (org admins): replaces the list; an empty
/// list removes every server (the next `install --mcp` removes their entries).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let mut servers: OrgServers = call.json()?;
    servers.validate().map_err(HttpError::Invalid)?;
    servers.servers.sort_by(|a, b| a.name.cmp(&b.name));
    let org = call.org()?;
    let stored =
        (!servers.servers.is_empty()).then(|| serde_json::to_string(&servers).unwrap_or_default());
    let event = call.event(
        "settings.mcp_servers",
        format!("org:{}", org.slug),
        "success",
    );
    call.state
        .store
        .set_setting(&org::setting_key(org.id), stored.as_deref(), &event)?;
    Ok(Reply::json(200, &answer(&servers)))
}
