//! goose reads `.goosehints` (and AGENTS.md); the section goes to the file it reads first.
//! Recipes are not written, so commands are listed in the section.

use super::front::named_agent;
use super::{Commands, Layout, Shared, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".goosehints",
        prose_note: true,
    }),
    commands: Commands::None(Some(super::COMMANDS_IN_SECTION)),
    subagents: Subagents::markdown(".goose/agents/{slug}.md", named_agent),
    skills: Skills::at(".goose/skills"),
    // User scope: ~/.config/goose/ hints and agents (skills are project-only).
    home: &[
        (".goosehints", ".config/goose/.goosehints"),
        (".goose/agents/", ".config/goose/agents/"),
    ],
    ..Layout::NONE
};
