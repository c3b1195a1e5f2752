//! OpenAI Codex: AGENTS.md (capped at its documented 32 KiB project-doc limit), subagents
//! as TOML with `developer_instructions`, skills in the shared folder. Codex prompts are
//! global-only and deprecated, so commands are listed in the AGENTS.md section.

use super::front::{toml_multiline, toml_str};
use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, SHARED_SKILLS, Commands, Layout, Subagents};
use crate::model::artifact::Subagent;
use crate::model::policy::{Effect, Event};
use crate::render::markdown::first_line;
use crate::render::policy::{
    GIT_ROOT, Merged, Out, Target, claude_event, matcher_group, shell_rules_file, unmapped,
};
use crate::render::settings_list::ListSpec;

/// Project hooks (`.codex/hooks.json`), shared with the team's own.
const HOOKS: ListSpec = ListSpec {
    path: ".codex/hooks.json",
    who: "Codex",
    deny: None,
    made_with: &[],
    jsonc: false,
};

const RULES_FILE: &str = ".codex/rules/rulebook.rules";

/// An agent policy for Codex: shell rules as execpolicy `prefix_rule`s in a rules file of its
/// own (allow, prompt, forbidden; the strictest match wins, as in the neutral model) and hooks
/// in `.codex/hooks.json`. Codex's rules cover commands only; its file access and network are
/// sandbox settings, which a repository does not set for its developers.
fn policy(m: &Merged, out: &mut Out) {
    let others = shell_rules_file(
        m,
        RULES_FILE,
        |effect, pattern| {
            let words: Vec<String> = pattern.split(' ').map(toml_str).collect();
            let decision = match effect {
                Effect::Allow => "allow",
                Effect::Ask => "prompt",
                Effect::Deny => "forbidden",
            };
            format!(
                "prefix_rule(\n    pattern = [{}],\n    decision = \"{decision}\",\n    justification = \"agent policy (rulebook)\",\n)\n",
                words.join(", ")
            )
        },
        out,
    );
    if others > 0 {
        out.notes.push(format!(
            "rules cover shell commands only: {others} read, edit, web or MCP rule(s) not written (Codex sets those in its sandbox settings)"
        ));
    }
    let mut skipped = Vec::new();
    for h in &m.hooks {
        if matches!(
            h.event,
            Event::BeforeRead | Event::AfterEdit | Event::BeforeMcp
        ) {
            if !skipped.contains(&h.event.as_str()) {
                skipped.push(h.event.as_str());
            }
            continue;
        }
        let (event, matcher) = claude_event(h.event);
        let group = matcher_group(GIT_ROOT, matcher, h, 1);
        out.entry(&HOOKS, &format!("hooks.{event}"), group);
    }
    if !skipped.is_empty() {
        out.notes.push(unmapped("Codex", &skipped));
    }
    if !m.rules.is_empty() || !m.hooks.is_empty() {
        out.notes.push(
            "reads a repository's rules and hooks only when the project is trusted, and asks each developer to review new or changed hooks (/hooks)".into(),
        );
    }
}

const POLICY: Target = Target {
    compile: policy,
    shared: &[&HOOKS],
    files: &[RULES_FILE],
};

fn agent(slug: &str, s: &Subagent) -> String {
    let mut toml = format!(
        "name = {}\ndescription = {}\n",
        toml_str(slug),
        toml_str(&first_line(&s.description))
    );
    if let Some(m) = &s.model {
        toml.push_str(&format!("model = {}\n", toml_str(m)));
    }
    toml.push_str(&format!(
        "developer_instructions = {}\n",
        toml_multiline(&s.body)
    ));
    toml
}

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: Commands::None(Some(COMMANDS_IN_AGENTS_MD)),
    subagents: Subagents::File {
        path: ".codex/agents/{slug}.toml",
        file: agent,
    },
    skills: SHARED_SKILLS,
    policy: Some(&POLICY),
    // $CODEX_HOME (~/.codex) holds the global AGENTS.md and agents; user skills are read
    // from ~/.agents/skills.
    home: &[
        ("AGENTS.md", ".codex/AGENTS.md"),
        (".codex/", ".codex/"),
        (".agents/skills/", ".agents/skills/"),
    ],
    ..Layout::NONE
};
