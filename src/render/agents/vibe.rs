//! Mistral Vibe reads AGENTS.md, skills in `.vibe/skills/` and `.vibeignore`. Its subagents
//! are a TOML file plus a prompt file each, referenced by id; they stay in
//! `.rulebook/subagents/`.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: Skills::at(".vibe/skills"),
    ignore: Some(".vibeignore"),
    // User scope: ~/.vibe/.
    home: &[
        ("AGENTS.md", ".vibe/AGENTS.md"),
        (".vibe/skills/", ".vibe/skills/"),
    ],
    ..Layout::NONE
};
