//! The shared Agent Skills folder (`.agents/skills/`) that several clients read. Only the
//! specification's fields are written there: other clients' validators refuse the rest.

use super::{SHARED_SKILLS, Layout, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    subagents: Subagents::None(None),
    skills: SHARED_SKILLS,
    // User scope: the user skills folder.
    home: &[(".agents/skills/", ".agents/skills/")],
    ..Layout::NONE
};
