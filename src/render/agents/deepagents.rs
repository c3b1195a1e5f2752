//! LangChain deepagents (`dcode`) reads `.deepagents/AGENTS.md`; a subagent is a folder
//! holding `AGENTS.md` (`name`, `description`, `model`; flat files there are skipped by its
//! loader), and skills live in `.deepagents/skills/`.

use super::front::named_agent;
use super::{COMMANDS_IN_SECTION, Commands, Layout, Shared, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: ".deepagents/AGENTS.md",
        prose_note: true,
    }),
    commands: Commands::None(Some(COMMANDS_IN_SECTION)),
    subagents: Subagents::markdown(".deepagents/agents/{slug}/AGENTS.md", named_agent),
    skills: Skills::at(".deepagents/skills"),
    // User scope: ~/.deepagents/agent/.
    home: &[(".deepagents/", ".deepagents/agent/")],
    ..Layout::NONE
};
