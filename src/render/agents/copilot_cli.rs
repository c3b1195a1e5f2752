//! GitHub Copilot CLI reads the IDE's `.github/` instructions, agents and skills, but has
//! no prompt files: commands stay in `.rulebook/commands/`.

use super::copilot::{RULES, SKILLS, SUBAGENTS};
use super::{Commands, Layout};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(RULES),
    commands: Commands::None(Some(
        "has no project commands; they stay in .rulebook/commands/",
    )),
    subagents: SUBAGENTS,
    skills: SKILLS,
    // The CLI reads `.github/hooks/` as the cloud agent does.
    policy: Some(&super::copilot::POLICY),
    // User scope: ~/.copilot/ instructions, agents and skills.
    home: &[
        (".github/instructions/", ".copilot/instructions/"),
        (".github/agents/", ".copilot/agents/"),
        (".github/skills/", ".copilot/skills/"),
    ],
    ..Layout::NONE
};
