//! GitHub Copilot: path-specific instructions (`applyTo`), prompt files as commands
//! (`${input:arguments}`), custom agents and skills under `.github/`. The CLI reads the same
//! files, so `copilot_cli.rs` reuses these pieces and both write identical bytes.

use super::front::{desc, globs_csv, or_name, tools_agent};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::{Command, Standard};
use crate::model::policy::Event;
use crate::render::Agent;
use crate::render::markdown::yaml;
use crate::render::policy::{Merged, Out, Target, anchored, timeout, unmapped};
use serde_json::{Map, Value, json};

const HOOKS_FILE: &str = ".github/hooks/rulebook.json";

/// An agent policy for Copilot: hooks in a file of Rulebook's own under `.github/hooks/`
/// (the cloud agent and the CLI read every file there; the cloud agent only on the default
/// branch), run from the repository root (`cwd: "."`). Copilot keeps tool permissions in its
/// command-line flags and editor settings, not in the repository. The file is written even
/// with Claude Code rendered: the cloud agent and the CLI read only `.github/hooks/`, and a
/// guard that does not run is worse than one VS Code runs twice (it runs the hooks in
/// `.claude/settings.json` too; a note says how to turn one location off).
pub(super) fn policy(m: &Merged, out: &mut Out) {
    if !m.rules.is_empty() {
        out.notes.push(
            "keeps tool permissions in command-line flags and editor settings, not in the repository: the permission rules are not written for it".into(),
        );
    }
    if m.hooks.is_empty() {
        return;
    }
    if m.agents.contains(&Agent::Claude) {
        out.notes.push(
            "VS Code runs hooks from both .claude/settings.json and .github/hooks/, so each runs twice there: turn one location off with chat.hookFilesLocations (the cloud agent and the CLI read only .github/hooks/)".into(),
        );
    }
    let mut events: Map<String, Value> = Map::new();
    let mut skipped = Vec::new();
    for h in &m.hooks {
        let event = match h.event {
            Event::SessionStart => "sessionStart",
            Event::PromptSubmit => "userPromptSubmitted",
            Event::BeforeTool => "preToolUse",
            Event::AfterTool => "postToolUse",
            Event::Stop => "agentStop",
            Event::SubagentStop => "subagentStop",
            Event::PreCompact => "preCompact",
            Event::SessionEnd => "sessionEnd",
            Event::BeforeShell | Event::BeforeRead | Event::AfterEdit | Event::BeforeMcp => {
                if !skipped.contains(&h.event.as_str()) {
                    skipped.push(h.event.as_str());
                }
                continue;
            }
        };
        let mut item = json!({ "type": "command", "bash": anchored(".", h), "cwd": "." });
        timeout(&mut item, "timeoutSec", h);
        if let Some(list) = events
            .entry(event)
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
        {
            list.push(item);
        }
    }
    if !skipped.is_empty() {
        out.notes.push(unmapped("Copilot", &skipped));
    }
    if !events.is_empty() {
        let doc = json!({ "version": 1, "hooks": events });
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        out.files.push((HOOKS_FILE, format!("{text}\n")));
    }
}

pub(super) const POLICY: Target = Target {
    compile: policy,
    shared: &[],
    files: &[HOOKS_FILE],
};

fn instructions(s: &Standard) -> String {
    let apply = if s.scope.is_empty() {
        "**".to_string()
    } else {
        globs_csv(&s.scope)
    };
    format!(
        "name: {}\napplyTo: {}\n",
        yaml(&s.name),
        serde_json::to_string(&apply).unwrap_or_default()
    )
}

fn prompt(c: &Command) -> String {
    format!("{}agent: agent\n", desc(or_name(&c.description, &c.name)))
}

pub(super) const RULES: Rules = Rules {
    path: ".github/instructions/rulebook-{slug}.instructions.md",
    scope: Scope::Csv("applyTo"),
    front: instructions,
    unscoped_note: None,
};

pub(super) const SUBAGENTS: Subagents = Subagents::markdown(".github/agents/{slug}.agent.md", tools_agent);

pub(super) const SKILLS: Skills = Skills::Dir {
    dir: ".github/skills",
    spec_only: false,
};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(RULES),
    commands: Commands::Markdown {
        path: ".github/prompts/{slug}.prompt.md",
        args: "${input:arguments}",
        front: prompt,
    },
    subagents: SUBAGENTS,
    skills: SKILLS,
    also_reads: &[".github/copilot-instructions.md"],
    policy: Some(&POLICY),
    ..Layout::NONE
};
