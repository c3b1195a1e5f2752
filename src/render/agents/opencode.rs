//! OpenCode reads AGENTS.md; commands, subagents (`mode: subagent`) and skills live under
//! `.opencode/`.

use super::front::{command_desc, mode_subagent};
use super::{AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".opencode/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".opencode/agents/{slug}.md", mode_subagent),
    skills: Skills::at(".opencode/skills"),
    // User scope: ~/.config/opencode/.
    home: &[
        ("AGENTS.md", ".config/opencode/AGENTS.md"),
        (".opencode/", ".config/opencode/"),
    ],
    ..Layout::NONE
};
