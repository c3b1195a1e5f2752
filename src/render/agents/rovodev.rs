//! Atlassian Rovo Dev CLI: its project memory is AGENTS.md; subagents and skills live under
//! `.rovodev/`. Saved prompts are not written yet, so commands are listed in the section.

use super::front::tools_agent;
use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    subagents: Subagents::markdown(".rovodev/subagents/{slug}.md", tools_agent),
    skills: Skills::at(".rovodev/skills"),
    // User scope: ~/.rovodev/.
    home: &[
        ("AGENTS.md", ".rovodev/AGENTS.md"),
        (".rovodev/", ".rovodev/"),
    ],
    ..Layout::NONE
};
