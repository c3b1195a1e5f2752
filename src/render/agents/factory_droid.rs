//! Factory Droid reads AGENTS.md; commands and droids (its subagents) live under
//! `.factory/`.

use super::front::{command_desc, tools_agent};
use super::{AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".factory/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".factory/droids/{slug}.md", tools_agent),
    skills: Skills::at(".factory/skills"),
    // User scope: ~/.factory/.
    home: &[
        ("AGENTS.md", ".factory/AGENTS.md"),
        (".factory/", ".factory/"),
    ],
    ..Layout::NONE
};
