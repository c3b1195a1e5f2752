//! Claude Code: per-rule files under `.claude/rules/` scoped by a `paths:` list (a rule
//! without one is always loaded), commands, subagents and skills under `.claude/`. A team's
//! own `CLAUDE.md` is left alone (the importer reads it).

use super::front::{claude_agent, command_desc, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::render::settings_list::ListSpec;

/// A never_read pattern as a `Read(...)` deny rule. Claude reads these rules as gitignore
/// patterns, `path` relative to where it runs (the repository root) and `/path` relative to
/// the settings file's folder, so a root-anchored pattern is written `./path`; a folder
/// pattern (`build/`) is written as everything under it.
fn read_rule(pattern: &str) -> String {
    let p = match pattern.strip_prefix('/') {
        Some(rest) => format!("./{rest}"),
        None => pattern.to_string(),
    };
    let p = match p.strip_suffix('/') {
        Some(dir) => format!("{dir}/**"),
        None => p,
    };
    format!("Read({p})")
}

const DENY: ListSpec = ListSpec {
    path: ".claude/settings.json",
    container: &["permissions"],
    key: "deny",
    who: "Claude Code",
    entry: read_rule,
};

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
    read_denies: Some(&DENY),
    also_reads: &["CLAUDE.md"],
    // ~/.claude/rules, commands, agents and skills apply to every project.
    home: &[(".claude/", ".claude/")],
    ..Layout::NONE
};
