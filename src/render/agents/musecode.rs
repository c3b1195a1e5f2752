//! Meta Muse Code prefers AGENTS.md and reads the shared `.agents/skills/`.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, SHARED_SKILLS};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: SHARED_SKILLS,
    ..Layout::NONE
};
