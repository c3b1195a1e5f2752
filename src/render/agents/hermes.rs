//! Nous Research Hermes Agent reads only `.hermes.md` in a project; everything else it
//! loads is user-level or a generated plugin, so the section carries the standards and the
//! commands as links.

use super::{COMMANDS_IN_SECTION, Commands, Layout, Shared, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".hermes.md",
        prose_note: true,
    }),
    commands: Commands::None(Some(COMMANDS_IN_SECTION)),
    skills: Skills::None(Some("reads skills only from the home folder; they stay on the server")),
    ..Layout::NONE
};
