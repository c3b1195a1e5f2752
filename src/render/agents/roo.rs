//! Roo Code loads every file of `.roo/rules/`: rules are always on, scope as prose. Its
//! subagents are custom modes in the shared `.roomodes` file, which Rulebook does not own.

use super::front::{command_desc, rule_bare};
use super::{ALWAYS_ON_RULES, Commands, Layout, Rules, Scope, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".roo/rules/rulebook-{slug}.md",
        scope: Scope::Prose,
        front: rule_bare,
        unscoped_note: Some(ALWAYS_ON_RULES),
    }),
    commands: Commands::markdown(".roo/commands/{slug}.md", command_desc),
    subagents: Subagents::None(Some(
        "subagents are custom modes in the shared .roomodes file, which Rulebook does not own; they stay in .rulebook/subagents/",
    )),
    skills: Skills::at(".roo/skills"),
    ignore: Some(".rooignore"),
    // User scope: ~/.roo/.
    home: &[(".roo/", ".roo/")],
    ..Layout::NONE
};
