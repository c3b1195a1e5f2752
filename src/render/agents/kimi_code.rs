//! Moonshot Kimi Code reads `.kimi-code/AGENTS.md` (folded: no per-rule folder), custom
//! agents in `.kimi-code/agents/` (`description` required, `name` kebab-case: the slug) and
//! the shared `.agents/skills/`.

use super::front::described_agent;
use super::{COMMANDS_IN_SECTION, Commands, Layout, SHARED_SKILLS, Shared, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".kimi-code/AGENTS.md",
        prose_note: true,
    }),
    commands: Commands::None(Some(COMMANDS_IN_SECTION)),
    subagents: Subagents::markdown(".kimi-code/agents/{slug}.md", described_agent),
    skills: SHARED_SKILLS,
    // User scope: ~/.kimi-code/.
    home: &[
        (".kimi-code/", ".kimi-code/"),
        (".agents/skills/", ".kimi-code/skills/"),
    ],
    ..Layout::NONE
};
