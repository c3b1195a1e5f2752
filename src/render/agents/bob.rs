//! IBM Bob loads every file of `.bob/rules/` (alphabetically): rules are always on with
//! their scope as prose. It reads AGENTS.md too; the standards go to one place, not both.

use super::front::{command_desc, rule_bare};
use super::{ALWAYS_ON_RULES, Commands, Layout, Rules, Scope, Skills};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".bob/rules/rulebook-{slug}.md",
        scope: Scope::Prose,
        front: rule_bare,
        unscoped_note: Some(ALWAYS_ON_RULES),
    }),
    commands: Commands::markdown(".bob/commands/{slug}.md", command_desc),
    skills: Skills::at(".bob/skills"),
    ignore: Some(".bobignore"),
    ..Layout::NONE
};
