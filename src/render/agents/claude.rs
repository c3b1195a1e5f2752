//! Claude Code: per-rule files under `.claude/rules/` scoped by a `paths:` list (a rule
//! without one is always loaded), commands, subagents and skills under `.claude/`. A team's
//! own `CLAUDE.md` is left alone (the importer reads it).

use super::front::{claude_agent, command_desc, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::policy::Tool;
use crate::render::policy::{Merged, Out, Target, claude_event, matcher_group};
use crate::render::settings_list::{DenyList, ListSpec};
use serde_json::json;

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

/// An agent policy in Claude Code's settings: `permissions.allow`/`ask`/`deny` rules and
/// `hooks.<Event>` matcher groups. Claude evaluates deny, then ask, then allow, the neutral
/// semantics as they are. A shell prefix becomes two rules, the command alone and with
/// arguments (`Bash(git push)`, `Bash(git push *)`: the space keeps `git pushx` out).
fn policy(m: &Merged, out: &mut Out) {
    for (effect, tool, pattern) in &m.rules {
        let rules = match tool {
            Tool::Shell => vec![format!("Bash({pattern})"), format!("Bash({pattern} *)")],
            Tool::Read => vec![read_rule(pattern)],
            Tool::Edit => vec![format!("Edit{}", &read_rule(pattern)["Read".len()..])],
            Tool::Web => vec![format!("WebFetch(domain:{pattern})")],
            Tool::Mcp => vec![match pattern.split_once('/') {
                Some((server, "*")) => format!("mcp__{server}"),
                Some((server, tool)) => format!("mcp__{server}__{tool}"),
                None => continue,
            }],
        };
        for r in rules {
            out.entry(&SETTINGS, &format!("permissions.{}", effect.as_str()), json!(r));
        }
    }
    for h in &m.hooks {
        let (event, matcher) = claude_event(h.event);
        let group = matcher_group("\"$CLAUDE_PROJECT_DIR\"", matcher, h, 1);
        out.entry(&SETTINGS, &format!("hooks.{event}"), group);
    }
}

const POLICY: Target = Target {
    compile: policy,
    shared: &[&SETTINGS],
    files: &[],
};

const SETTINGS: ListSpec = ListSpec {
    path: ".claude/settings.json",
    who: "Claude Code",
    deny: Some(DenyList {
        slot: "permissions.deny",
        entry: read_rule,
    }),
    made_with: &[],
    jsonc: false,
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
    read_denies: Some(&SETTINGS),
    policy: Some(&POLICY),
    also_reads: &["CLAUDE.md"],
    // ~/.claude/rules, commands, agents and skills apply to every project.
    home: &[(".claude/", ".claude/")],
    ..Layout::NONE
};
