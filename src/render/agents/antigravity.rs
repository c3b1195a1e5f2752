//! Google Antigravity: Windsurf's rule format (`trigger:`) under the shared `.agents/`
//! folder, workflows for commands, custom agents in `.agents/agents/` and the shared skills
//! folder (spec fields only). The CLI (`antigravity_cli.rs`) reads the same workflows, agents
//! and skills, so it reuses these pieces and both write identical bytes.

use super::front::{command_desc, trigger_front};
use super::{Commands, Layout, Rules, SHARED_SKILLS, Scope, Subagents};
use crate::model::artifact::Subagent;
use crate::render::markdown::{yaml, yaml_list};

/// `name`, `description` (required: Antigravity does not load an agent without one),
/// `tools`, `model`.
fn agent(slug: &str, s: &Subagent) -> String {
    let description = if s.description.trim().is_empty() {
        format!("{slug} subagent")
    } else {
        crate::render::markdown::first_line(&s.description)
    };
    let mut f = format!("name: {}\ndescription: {}\n", yaml(slug), yaml(&description));
    if !s.tools.is_empty() {
        f.push_str(&yaml_list("tools", &s.tools));
    }
    f + &super::front::model_line(s)
}

pub(super) const COMMANDS: Commands = Commands::markdown(".agents/workflows/{slug}.md", command_desc);

pub(super) const SUBAGENTS: Subagents = Subagents::markdown(".agents/agents/{slug}.md", agent);

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".agents/rules/rulebook-{slug}.md",
        scope: Scope::Csv("globs"),
        front: trigger_front,
        unscoped_note: None,
    }),
    commands: COMMANDS,
    subagents: SUBAGENTS,
    skills: SHARED_SKILLS,
    // User scope: global workflows, agents and skills under ~/.gemini/ (rules are project-only).
    home: &[
        (".agents/workflows/", ".gemini/antigravity/global_workflows/"),
        (".agents/agents/", ".gemini/config/agents/"),
        (".agents/skills/", ".gemini/config/skills/"),
    ],
    ..Layout::NONE
};
