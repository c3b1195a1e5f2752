//! Augment Code: rules have no glob key, so a scoped standard becomes an agent-requested
//! rule whose description names the globs (the agent picks it by that description).

use super::front::{claude_agent, command_desc};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Standard;
use crate::render::markdown::{first_line, yaml};

fn front(s: &Standard) -> String {
    if s.scope.is_empty() {
        "type: always_apply\n".into()
    } else {
        let why = format!(
            "{} Apply when working on files matching {}.",
            first_line(&s.description),
            s.scope.join(", ")
        );
        format!("type: agent_requested\ndescription: {}\n", yaml(why.trim()))
    }
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".augment/rules/rulebook-{slug}.md",
        scope: Scope::Description,
        front,
        unscoped_note: Some(
            "no glob scoping: scoped standards become agent-requested rules whose description names the globs",
        ),
    }),
    commands: Commands::markdown(".augment/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".augment/agents/{slug}.md", claude_agent),
    skills: Skills::at(".augment/skills"),
    ignore: Some(".augmentignore"),
    // User scope: ~/.augment/ (user rules are always applied there).
    home: &[(".augment/", ".augment/")],
    ..Layout::NONE
};
