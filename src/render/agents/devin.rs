//! Devin: Windsurf's rule format under `.devin/rules/`; Devin Desktop runs commands as
//! skills, and keeps each subagent in its own folder as `AGENT.md` with a space-separated
//! `allowed-tools`.

use super::front::{named_agent, trigger_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Subagent;
use crate::render::markdown::yaml;

fn agent(slug: &str, s: &Subagent) -> String {
    let mut f = named_agent(slug, s);
    if !s.tools.is_empty() {
        f.push_str(&format!("allowed-tools: {}\n", yaml(&s.tools.join(" "))));
    }
    f
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".devin/rules/rulebook-{slug}.md",
        scope: Scope::Csv("globs"),
        front: trigger_front,
        unscoped_note: None,
    }),
    commands: Commands::AsSkills,
    subagents: Subagents::markdown(".devin/agents/{slug}/AGENT.md", agent),
    skills: Skills::at(".devin/skills"),
    ignore: Some(".devinignore"),
    // User scope: ~/.devin/rules and ~/.config/devin/ agents and skills.
    home: &[
        (".devin/rules/", ".devin/rules/"),
        (".devin/agents/", ".config/devin/agents/"),
        (".devin/skills/", ".config/devin/skills/"),
    ],
    ..Layout::NONE
};
