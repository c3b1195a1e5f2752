//! xAI Grok Build loads every file of `.grok/rules/` (flat, plain Markdown): rules are always
//! on with their scope as prose, and the standards go there rather than also into AGENTS.md.
//! Commands and skills live under `.grok/`; its subagent format is not documented well
//! enough to write.

use super::front::{command_desc, rule_bare};
use super::{ALWAYS_ON_RULES, Commands, Layout, Rules, Scope, Skills};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".grok/rules/rulebook-{slug}.md",
        scope: Scope::Prose,
        front: rule_bare,
        unscoped_note: Some(ALWAYS_ON_RULES),
    }),
    commands: Commands::markdown(".grok/commands/{slug}.md", command_desc),
    skills: Skills::at(".grok/skills"),
    // User scope: ~/.grok/.
    home: &[(".grok/", ".grok/")],
    ..Layout::NONE
};
