//! Kiro CLI (Amazon Q Developer CLI's successor): the IDE's steering files, prompts, skills
//! and `.kiroignore`, but its agents are JSON agent configurations
//! (`.kiro/agents/<name>.json`: `name`, `description`, `prompt`, `tools`, `model`).

use super::kiro::{COMMANDS, RULES, SKILLS};
use super::{Layout, Subagents};
use crate::model::artifact::Subagent;
use crate::render::markdown::first_line;

fn agent(slug: &str, s: &Subagent) -> String {
    let mut json = serde_json::Map::new();
    json.insert("name".into(), slug.into());
    if !s.description.trim().is_empty() {
        json.insert("description".into(), first_line(&s.description).into());
    }
    json.insert("prompt".into(), s.body.clone().into());
    if !s.tools.is_empty() {
        json.insert("tools".into(), s.tools.clone().into());
    }
    if let Some(m) = &s.model {
        json.insert("model".into(), m.clone().into());
    }
    let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
    out.push('\n');
    out
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(RULES),
    commands: COMMANDS,
    subagents: Subagents::File {
        path: ".kiro/agents/{slug}.json",
        file: agent,
    },
    skills: SKILLS,
    ignore: Some(".kiroignore"),
    // User scope: ~/.kiro/.
    home: &[(".kiro/", ".kiro/")],
    ..Layout::NONE
};
