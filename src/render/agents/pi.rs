//! The Pi coding agent reads AGENTS.md (an `AGENTS.override.md` beside it wins); prompts in
//! `.pi/prompts/` are its commands, skills live in `.pi/skills/`.

use super::front::command_desc;
use super::{AGENTS_MD, Commands, Layout, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::markdown(".pi/prompts/{slug}.md", command_desc),
    skills: Skills::at(".pi/skills"),
    notes: &["an AGENTS.override.md in the same folder takes precedence over AGENTS.md"],
    // User scope: ~/.pi/agent/.
    home: &[
        ("AGENTS.md", ".pi/agent/AGENTS.md"),
        (".pi/", ".pi/agent/"),
    ],
    ..Layout::NONE
};
