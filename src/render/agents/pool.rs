//! Poolside (Pool) reads project and nested AGENTS.md and skills in `.poolside/skills/`; its
//! subagents sit in the shared `.poolside/settings.yaml`, which Rulebook does not own.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    subagents: Subagents::None(Some(
        "subagents are entries of the shared .poolside/settings.yaml, which Rulebook does not own; they stay in .rulebook/subagents/",
    )),
    skills: Skills::at(".poolside/skills"),
    ..Layout::NONE
};
