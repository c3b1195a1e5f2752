//! An organization's rendering settings: the agents its repositories render for by default,
//! and the cap on how many bytes an always-on file (AGENTS.md, GEMINI.md, ...) may hold.
//! The CLI reads them on install; `rulebook.json` and flags override them per repository.
//! The answer also carries `agent_catalog` (`render::catalog`): every agent with its product
//! name and where it writes, so the settings form can say what each checkbox means.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::render::Agent;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsIn {
    #[serde(default)]
    always_on_cap: Option<usize>,
    #[serde(default)]
    agents: Vec<String>,
}

fn key(org_id: i64, name: &str) -> String {
    format!("org.{org_id}.render.{name}")
}

fn current(call: &Call<'_>) -> Result<Value, HttpError> {
    let org = call.org()?.id;
    let store = &call.state.store;
    let cap: Option<usize> = store
        .setting(&key(org, "always_on_cap"))?
        .and_then(|v| v.parse().ok());
    let agents: Vec<String> = store
        .setting(&key(org, "agents"))?
        .map(|v| {
            v.split(',')
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(
        json!({ "always_on_cap": cap, "agents": agents, "agent_catalog": crate::render::catalog::catalog() }),
    )
}

/// `GET /api/v1/orgs/{org}/settings/render`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &current(call)?))
}

/// `PUT /api/v1/orgs/{org}/settings/render` (org admins).
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: SettingsIn = call.json()?;
    if body
        .always_on_cap
        .is_some_and(|c| !(256..=10_000_000).contains(&c))
    {
        return Err(HttpError::Invalid(
            "always_on_cap must be between 256 and 10000000 bytes".into(),
        ));
    }
    let mut agents = Vec::new();
    for a in &body.agents {
        let agent =
            Agent::parse(a).ok_or_else(|| HttpError::Invalid(format!("unknown agent {a:?}")))?;
        agents.push(agent.id().to_string());
    }
    agents.sort();
    agents.dedup();
    let org = call.org()?.id;
    let store = &call.state.store;
    let cap = body.always_on_cap.map(|c| c.to_string());
    let list = (!agents.is_empty()).then(|| agents.join(","));
    let event = call.event(
        "settings.render",
        format!("org:{}", call.org()?.slug),
        "success",
    );
    store.set_setting(&key(org, "always_on_cap"), cap.as_deref(), &event)?;
    store.set_setting(&key(org, "agents"), list.as_deref(), &event)?;
    Ok(Reply::json(200, &current(call)?))
}
