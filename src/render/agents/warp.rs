//! Warp reads AGENTS.md, unless a `WARP.md` beside it takes precedence (the render says so;
//! the importer reads a team's WARP.md).

use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, Commands, Layout, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    skills: Skills::at(".warp/skills"),
    also_reads: &["WARP.md"],
    notes: &["a WARP.md in the same folder takes precedence over AGENTS.md"],
    // User scope: ~/.agents/AGENTS.md and ~/.warp/skills.
    home: &[
        ("AGENTS.md", ".agents/AGENTS.md"),
        (".warp/skills/", ".warp/skills/"),
    ],
    ..Layout::NONE
};
