//! DeepSeek Reasonix reads `REASONIX.md`; commands and skills live under `.reasonix/`.

use super::front::command_desc;
use super::{Commands, Layout, Shared, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: "REASONIX.md",
        prose_note: true,
    }),
    commands: Commands::markdown(".reasonix/commands/{slug}.md", command_desc),
    skills: Skills::at(".reasonix/skills"),
    ..Layout::NONE
};
