//! GitLab Duo: a section of `.gitlab/duo/chat-rules.md`, and skills (spec fields only). It
//! has no commands; the section lists them with links.

use super::{Commands, Layout, Shared, Skills};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".gitlab/duo/chat-rules.md",
        prose_note: false,
    }),
    commands: Commands::None(Some(
        "has no commands; chat-rules.md lists them with links",
    )),
    skills: Skills::Dir {
        dir: ".gitlab/duo/skills",
        spec_only: true,
    },
    ..Layout::NONE
};
