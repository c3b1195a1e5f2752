//! Amazon Q Developer: every file of `.amazonq/rules/` is read on every request, so rules
//! are always on with their scope as prose. It has no project commands or skills.

use super::front::rule_bare;
use super::{ALWAYS_ON_RULES, Commands, Layout, Rules, Scope, Skills};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".amazonq/rules/rulebook-{slug}.md",
        scope: Scope::Prose,
        front: rule_bare,
        unscoped_note: Some(ALWAYS_ON_RULES),
    }),
    commands: Commands::None(Some("has no commands; they stay in .rulebook/commands/")),
    skills: Skills::None(Some("has no skills")),
    ..Layout::NONE
};
