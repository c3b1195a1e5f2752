//! An organization's rendering settings: the agents its repositories render for by default,
//! and the cap on how many bytes an always-on file (AGENTS.md, GEMINI.md, ...) may hold.
//! The CLI reads them on install; `rulebook.json` and flags override them per repository.
//! The answer also carries `agent_catalog`: every agent with its product name and where it
//! writes, so the settings form can say what each checkbox means. The locations come from
//! running the renderers on a sample playbook, so they cannot drift from what is rendered.

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Command, Rule, Skill, Standard, Subagent};
use crate::render::{Agent, FileOp, Options, Playbook, render};

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
    Ok(json!({ "always_on_cap": cap, "agents": agents, "agent_catalog": catalog() }))
}

/// The slug of every sample artifact; a path component holding it is where an item starts.
const SAMPLE: &str = "zz-sample";

/// One artifact of each kind, a scoped and an always-on standard.
fn sample() -> Playbook {
    let standard = |scope: Vec<String>| Standard {
        name: "Sample".into(),
        description: "A sample.".into(),
        scope,
        rules: vec![Rule {
            text: "Do it.".into(),
            severity: None,
            examples: vec![],
        }],
    };
    Playbook {
        standards: vec![
            (SAMPLE.into(), standard(vec!["src/**".into()])),
            (format!("{SAMPLE}-all"), standard(vec![])),
        ],
        commands: vec![(
            SAMPLE.into(),
            Command {
                name: "Sample".into(),
                description: "A sample.".into(),
                body: "Do it.".into(),
            },
        )],
        subagents: vec![(
            SAMPLE.into(),
            Subagent {
                name: "Sample".into(),
                description: "A sample.".into(),
                tools: vec![],
                model: None,
                body: "Do it.".into(),
            },
        )],
        skills: vec![(
            SAMPLE.into(),
            Skill {
                name: SAMPLE.into(),
                description: "A sample.".into(),
                compatibility: None,
                extra: Default::default(),
                body: "Do it.".into(),
                files: vec![],
            },
        )],
    }
}

/// Where an operation writes, in words a reader recognizes: a shared file by its name, a
/// file per item by its folder (`.claude/commands/`).
fn location(op: &FileOp) -> String {
    let path = op.path();
    if matches!(op, FileOp::Section { .. }) || !path.contains(SAMPLE) {
        return path.to_string();
    }
    let parts: Vec<&str> = path.split('/').collect();
    let at = parts
        .iter()
        .position(|p| p.contains(SAMPLE))
        .unwrap_or(parts.len());
    format!("{}/", parts[..at].join("/"))
}

/// Every agent: id, product name and the files or folders it writes (besides `.rulebook/`).
fn catalog() -> &'static Value {
    static CATALOG: OnceLock<Value> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let playbook = sample();
        let agents: Vec<Value> = Agent::ALL
            .iter()
            .map(|&a| {
                let options = Options {
                    agents: vec![a],
                    always_on_cap: None,
                };
                let mut writes: Vec<String> = Vec::new();
                for op in render(&playbook, &options)
                    .map(|o| o.ops)
                    .unwrap_or_default()
                {
                    let place = location(&op);
                    if !place.starts_with(".rulebook/") && !writes.contains(&place) {
                        writes.push(place);
                    }
                }
                json!({ "id": a.id(), "product": a.product(), "writes": writes })
            })
            .collect();
        Value::Array(agents)
    })
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

#[cfg(test)]
mod tests {
    use super::catalog;

    fn writes(id: &str) -> Vec<String> {
        let entry = catalog()
            .as_array()
            .and_then(|a| a.iter().find(|e| e["id"] == id))
            .expect("agent in the catalog");
        serde_json::from_value(entry["writes"].clone()).expect("a list")
    }

    #[test]
    fn the_catalog_names_products_and_where_each_agent_writes() {
        let all = catalog().as_array().expect("a list");
        assert_eq!(all.len(), crate::render::Agent::ALL.len());
        let claude = all.iter().find(|e| e["id"] == "claude").expect("claude");
        assert_eq!(claude["product"], "Claude Code");
        let w = writes("claude");
        for dir in [
            ".claude/rules/rulebook/",
            ".claude/commands/",
            ".claude/agents/",
            ".claude/skills/",
        ] {
            assert!(w.contains(&dir.to_string()), "{w:?}");
        }
        assert_eq!(writes("agentsmd"), vec!["AGENTS.md".to_string()]);
        assert!(writes("copilot").contains(&".github/instructions/".to_string()));
        assert!(
            all.iter()
                .all(|e| !e["writes"].as_array().expect("writes").is_empty()),
            "{all:?}"
        );
    }
}
