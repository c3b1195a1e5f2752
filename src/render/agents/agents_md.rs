//! AGENTS.md, the open format many agents read at the repository root. Rulebook owns a
//! marked section of it (the team's own text stays); it carries standards and commands, and
//! subagents and skills stay in `.rulebook/` for agents that have their own folders.

use super::{AGENTS_MD, Layout, Skills, Subagents};

const ONLY: &str = "AGENTS.md carries standards and commands only";

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    subagents: Subagents::None(Some(ONLY)),
    skills: Skills::None(Some(ONLY)),
    ..Layout::NONE
};
