//! Z.ai ZCode reads AGENTS.md (no nesting), commands in `.zcode/commands/` and skills in
//! `.zcode/skills/`; its subagents are user-level only.

use super::front::command_desc;
use super::{AGENTS_MD, Commands, Layout, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".zcode/commands/{slug}.md", command_desc),
    skills: Skills::at(".zcode/skills"),
    ..Layout::NONE
};
