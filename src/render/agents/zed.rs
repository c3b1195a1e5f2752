//! Zed reads AGENTS.md unless an existing `.rules` or `.cursorrules` shadows it (the render
//! says so), and the shared skills folder.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, SHARED_SKILLS, Commands, Layout};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: SHARED_SKILLS,
    also_reads: &[".rules"],
    notes: &["an existing .rules or .cursorrules file shadows AGENTS.md for Zed"],
    // User scope: ~/.config/zed/AGENTS.md and the user skills folder.
    home: &[
        ("AGENTS.md", ".config/zed/AGENTS.md"),
        (".agents/skills/", ".agents/skills/"),
    ],
    ..Layout::NONE
};
