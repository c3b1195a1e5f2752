//! Amp reads AGENTS.md and the shared Agent Skills folder; it has no project commands or
//! subagents Rulebook could write.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, SHARED_SKILLS, Commands, Layout};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: SHARED_SKILLS,
    // User scope: ~/.config/amp/AGENTS.md and the user skills folder (per-rule files are project-only).
    home: &[
        ("AGENTS.md", ".config/amp/AGENTS.md"),
        (".agents/skills/", ".config/agents/skills/"),
    ],
    ..Layout::NONE
};
