//! Snowflake Cortex Code documents only the root AGENTS.md for instructions; subagents live
//! in `.cortex/agents/` (`name`, `description`, `tools`, `model`) and skills in
//! `.cortex/skills/`.

use super::front::tools_agent;
use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    subagents: Subagents::markdown(".cortex/agents/{slug}.md", tools_agent),
    skills: Skills::at(".cortex/skills"),
    // User scope: ~/.snowflake/cortex/ agents and skills (rules are project-only).
    home: &[
        (".cortex/agents/", ".snowflake/cortex/agents/"),
        (".cortex/skills/", ".snowflake/cortex/skills/"),
    ],
    ..Layout::NONE
};
