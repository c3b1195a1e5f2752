//! JetBrains Junie: a section of `.junie/guidelines.md`, commands, Claude-style subagents
//! and skills under `.junie/`; `.aiignore` is read by every JetBrains AI tool.

use super::front::{claude_agent, command_desc};
use super::{Commands, Layout, Shared, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".junie/guidelines.md",
        prose_note: false,
    }),
    commands: Commands::markdown(".junie/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".junie/agents/{slug}.md", claude_agent),
    skills: Skills::at(".junie/skills"),
    ignore: Some(".aiignore"),
    // User scope: ~/.junie/ (the always-on file is AGENTS.md there).
    home: &[
        (".junie/guidelines.md", ".junie/AGENTS.md"),
        (".junie/", ".junie/"),
    ],
    ..Layout::NONE
};
