//! Charm Crush reads `CRUSH.md` first (then AGENTS.md and CLAUDE.md), so the section goes
//! there; it has no project commands or subagents.

use super::{Commands, Layout, Shared, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: "CRUSH.md",
        prose_note: true,
    }),
    commands: Commands::None(Some(super::COMMANDS_IN_SECTION)),
    skills: Skills::at(".crush/skills"),
    ignore: Some(".crushignore"),
    // User scope: ~/.config/crush/.
    home: &[
        ("CRUSH.md", ".config/crush/CRUSH.md"),
        (".crush/skills/", ".config/crush/skills/"),
    ],
    ..Layout::NONE
};
