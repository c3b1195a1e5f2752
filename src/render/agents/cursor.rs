//! Cursor: `.mdc` rules with `globs:` and `alwaysApply`. Cursor's own parser wants the globs
//! unquoted and comma-separated, so this is the one frontmatter not written through the YAML
//! quoting helper (docs/AGENTS.md says why; a test checks the form).

use super::front::{command_bare, desc, globs_csv, named_agent, or_name};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Standard;
use crate::model::policy::{Effect, Event, Tool};
use crate::render::policy::{Merged, Out, Target, timeout};
use crate::render::settings_list::ListSpec;
use serde_json::json;

/// The agent CLI's project permissions (`.cursor/cli.json`; only `permissions` is read there).
const CLI: ListSpec = ListSpec {
    path: ".cursor/cli.json",
    who: "Cursor",
    deny: None,
    made_with: &[],
    jsonc: false,
};

/// Project hooks (`.cursor/hooks.json`, `"version": 1`).
const HOOKS: ListSpec = ListSpec {
    path: ".cursor/hooks.json",
    who: "Cursor",
    deny: None,
    made_with: &[("version", 1)],
    jsonc: false,
};

/// An agent policy for Cursor: `Shell()`, `Read()`, `Write()`, `WebFetch()` and `Mcp()` rules
/// in the CLI's allow and deny lists (Cursor has no ask: an ask rule is written as a deny, the
/// safe side), and hooks in `.cursor/hooks.json` with the script's path from the repository
/// root, as Cursor's documentation examples write them (it documents no variable for the
/// project folder there, so the path is not anchored; where it starts project hooks is not
/// verified). Cursor matches a shell rule on the command's first word only, so a rule of
/// several words is not written (widened it would allow or deny far more than it says), nor
/// an allow of a command such a deny or ask narrows. A path from the repository root
/// (`/out/**`) is written without its `/`: Cursor reads a leading `/` as the file system's.
fn policy(m: &Merged, out: &mut Out) {
    let (mut asks, mut words, mut held) = (0, 0, 0);
    // Commands a deny or ask rule of several words narrows (`git` for `git push`): that rule
    // is not written, so an allow of the command itself would let it through unasked.
    let narrowed: Vec<&str> = m
        .on(Tool::Shell)
        .filter(|(e, p)| *e != Effect::Allow && p.contains(' '))
        .filter_map(|(_, p)| p.split(' ').next())
        .collect();
    for (effect, tool, pattern) in &m.rules {
        let path = pattern.strip_prefix('/').unwrap_or(pattern);
        let rule = match tool {
            Tool::Shell if pattern.contains(' ') => {
                words += 1;
                continue;
            }
            Tool::Shell if *effect == Effect::Allow && narrowed.contains(pattern) => {
                held += 1;
                continue;
            }
            Tool::Shell => format!("Shell({pattern})"),
            Tool::Read => format!("Read({path})"),
            Tool::Edit => format!("Write({path})"),
            Tool::Web => format!("WebFetch({pattern})"),
            Tool::Mcp => format!("Mcp({})", pattern.replacen('/', ":", 1)),
        };
        let list = match effect {
            Effect::Allow => "allow",
            Effect::Ask => {
                asks += 1;
                "deny"
            }
            Effect::Deny => "deny",
        };
        out.entry(&CLI, &format!("permissions.{list}"), json!(rule));
    }
    if asks > 0 {
        out.notes.push(format!(
            "has no ask rules: {asks} ask rule(s) written as deny"
        ));
    }
    if words > 0 {
        out.notes.push(format!(
            "matches a shell rule on the command's first word only: {words} rule(s) of several words not written"
        ));
    }
    if held > 0 {
        out.notes.push(format!(
            "{held} shell allow rule(s) not written: a deny or ask rule of several words under the same command cannot be written for Cursor, and the allow would let it through (Cursor asks instead)"
        ));
    }
    for h in &m.hooks {
        let event = match h.event {
            Event::SessionStart => "sessionStart",
            Event::PromptSubmit => "beforeSubmitPrompt",
            Event::BeforeTool => "preToolUse",
            Event::AfterTool => "postToolUse",
            Event::BeforeShell => "beforeShellExecution",
            Event::BeforeRead => "beforeReadFile",
            Event::AfterEdit => "afterFileEdit",
            Event::BeforeMcp => "beforeMCPExecution",
            Event::Stop => "stop",
            Event::SubagentStop => "subagentStop",
            Event::PreCompact => "preCompact",
            Event::SessionEnd => "sessionEnd",
        };
        let mut item = json!({ "command": h.command });
        timeout(&mut item, "timeout", h);
        out.entry(&HOOKS, &format!("hooks.{event}"), item);
    }
}

const POLICY: Target = Target {
    compile: policy,
    shared: &[&CLI, &HOOKS],
    files: &[],
};

fn rule(s: &Standard) -> String {
    let mut f = desc(or_name(&s.description, &s.name));
    if s.scope.is_empty() {
        f.push_str("alwaysApply: true\n");
    } else {
        f.push_str(&format!(
            "globs: {}\nalwaysApply: false\n",
            globs_csv(&s.scope)
        ));
    }
    f
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".cursor/rules/rulebook/{slug}.mdc",
        scope: Scope::Csv("globs"),
        front: rule,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".cursor/commands/{slug}.md", command_bare),
    subagents: Subagents::markdown(".cursor/agents/{slug}.md", named_agent),
    skills: Skills::at(".cursor/skills"),
    ignore: Some(".cursorignore"),
    policy: Some(&POLICY),
    also_reads: &[".cursorrules"],
    // User scope: ~/.cursor/ commands, agents and skills (user rules live in its settings, not in files).
    home: &[
        (".cursor/commands/", ".cursor/commands/"),
        (".cursor/agents/", ".cursor/agents/"),
        (".cursor/skills/", ".cursor/skills/"),
    ],
    ..Layout::NONE
};
