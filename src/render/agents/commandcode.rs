//! Command Code reads AGENTS.md; its commands are sent as written, frontmatter included, so
//! they are body only; subagents (Claude's shape) and skills live under `.commandcode/`.

use super::front::{claude_agent, command_bare};
use super::{AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".commandcode/commands/{slug}.md", command_bare),
    subagents: Subagents::markdown(".commandcode/agents/{slug}.md", claude_agent),
    skills: Skills::at(".commandcode/skills"),
    // User scope: ~/.commandcode/.
    home: &[
        ("AGENTS.md", ".commandcode/AGENTS.md"),
        (".commandcode/", ".commandcode/"),
    ],
    ..Layout::NONE
};
