//! Tabnine: the agent's guidelines are plain Markdown, always read (scope as prose);
//! commands are Gemini-style TOML; agents and skills under `.tabnine/agent/`.

use super::front::{rule_bare, tools_agent};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".tabnine/guidelines/rulebook-{slug}.md",
        scope: Scope::Prose,
        front: rule_bare,
        unscoped_note: Some(
            "guidelines cannot be scoped by glob: scope is written as prose and the guidelines are always on",
        ),
    }),
    commands: Commands::Toml {
        path: ".tabnine/agent/commands/{slug}.toml",
    },
    subagents: Subagents::markdown(".tabnine/agent/agents/{slug}.md", tools_agent),
    skills: Skills::at(".tabnine/agent/skills"),
    ignore: Some(".tabnineignore"),
    // User scope: ~/.tabnine/.
    home: &[(".tabnine/", ".tabnine/")],
    ..Layout::NONE
};
