//! Replit Agent reads one root file, `replit.md`, and the shared `.agents/skills/`.

use super::{COMMANDS_IN_SECTION, Commands, Layout, SHARED_SKILLS, Shared};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: "replit.md",
        prose_note: true,
    }),
    commands: Commands::None(Some(COMMANDS_IN_SECTION)),
    skills: SHARED_SKILLS,
    ..Layout::NONE
};
