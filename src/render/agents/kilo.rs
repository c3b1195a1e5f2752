//! Kilo Code reads AGENTS.md (its per-rule folder loads only when listed in its config,
//! which the repository owns); commands, subagents (`mode: subagent`) and skills under
//! `.kilo/`.

use super::front::{command_desc, mode_subagent};
use super::{AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".kilo/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".kilo/agents/{slug}.md", mode_subagent),
    skills: Skills::at(".kilo/skills"),
    ignore: Some(".kilocodeignore"),
    // User scope: ~/.config/kilo/ and ~/.kilo/skills.
    home: &[
        ("AGENTS.md", ".config/kilo/AGENTS.md"),
        (".kilo/commands/", ".config/kilo/commands/"),
        (".kilo/agents/", ".config/kilo/agents/"),
        (".kilo/skills/", ".kilo/skills/"),
    ],
    ..Layout::NONE
};
