//! Claude Code: per-rule files under `.claude/rules/` scoped by a `paths:` list (a rule
//! without one is always loaded), commands, subagents and skills under `.claude/`. A team's
//! own `CLAUDE.md` is left alone (the importer reads it).

use super::front::{claude_agent, command_desc, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".claude/rules/rulebook/{slug}.md",
        scope: Scope::List("paths"),
        front: paths_front,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".claude/commands/{slug}.md", command_desc),
    subagents: Subagents::markdown(".claude/agents/{slug}.md", claude_agent),
    skills: Skills::at(".claude/skills"),
    also_reads: &["CLAUDE.md"],
    ..Layout::NONE
};
