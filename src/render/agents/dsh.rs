//! DeepSeek Harness (`dsh`) reads AGENTS.md (and CLAUDE.md) from the repository root down,
//! and skills in `.dsh/skills/`.

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: Skills::at(".dsh/skills"),
    ..Layout::NONE
};
