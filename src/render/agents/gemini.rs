//! Gemini CLI: a `GEMINI.md` section, TOML commands (`{{args}}`), subagents and skills
//! under `.gemini/`; agent policies as a workspace policy file and hooks in its settings.

use super::front::{name_desc, toml_str};
use super::{Commands, Layout, Shared, Skills, Subagents};
use crate::model::artifact::Subagent;
use crate::model::policy::{Effect, Event};
use crate::render::policy::{
    GIT_ROOT, Merged, Out, Target, matcher_group, shell_rules_file, unmapped,
};
use crate::render::settings_list::ListSpec;

/// The workspace settings, shared with the team (and with `install --mcp`'s `mcpServers`).
const SETTINGS: ListSpec = ListSpec {
    path: ".gemini/settings.json",
    who: "Gemini CLI",
    deny: None,
    made_with: &[],
    // Gemini CLI reads its settings as JSON with comments (as `install --mcp` does).
    jsonc: true,
};

const POLICY_FILE: &str = ".gemini/policies/rulebook.toml";

/// An agent policy for Gemini CLI. Shell rules become `[[rule]]`s of its policy engine in a
/// workspace policy file of Rulebook's own: `run_shell_command` with a `commandPrefix`, the
/// highest priority wins there, so deny is 300, ask (`ask_user`) 200 and allow 100, the
/// neutral "strictest wins". Its path, web and MCP rules match a regex over the tool's JSON
/// arguments, which a glob does not translate to faithfully, so they are named in a note.
/// Hooks go to `.gemini/settings.json` with the timeout in milliseconds, run from the
/// repository root.
fn policy(m: &Merged, out: &mut Out) {
    let others = shell_rules_file(
        m,
        POLICY_FILE,
        |effect, pattern| {
            let (decision, priority) = match effect {
                Effect::Allow => ("allow", 100),
                Effect::Ask => ("ask_user", 200),
                Effect::Deny => ("deny", 300),
            };
            format!(
                "\n[[rule]]\ntoolName = \"run_shell_command\"\ncommandPrefix = {}\ndecision = \"{decision}\"\npriority = {priority}\n",
                toml_str(pattern)
            )
        },
        out,
    );
    if others > 0 {
        out.notes.push(format!(
            "policy rules match a regex over each tool's arguments: {others} read, edit, web or MCP rule(s) not written"
        ));
    }
    let mut skipped = Vec::new();
    for h in &m.hooks {
        let (event, matcher) = match h.event {
            Event::SessionStart => ("SessionStart", None),
            Event::PromptSubmit => ("BeforeAgent", None),
            Event::BeforeTool => ("BeforeTool", None),
            Event::AfterTool => ("AfterTool", None),
            Event::BeforeShell => ("BeforeTool", Some("run_shell_command")),
            Event::BeforeRead => ("BeforeTool", Some("read_file|read_many_files")),
            Event::AfterEdit => ("AfterTool", Some("write_file|replace")),
            Event::BeforeMcp => ("BeforeTool", Some("mcp__.*")),
            Event::Stop => ("AfterAgent", None),
            Event::PreCompact => ("PreCompress", None),
            Event::SessionEnd => ("SessionEnd", None),
            Event::SubagentStop => {
                skipped.push(h.event.as_str());
                continue;
            }
        };
        let group = matcher_group(GIT_ROOT, matcher, h, 1000);
        out.entry(&SETTINGS, &format!("hooks.{event}"), group);
    }
    if !skipped.is_empty() {
        out.notes.push(unmapped("Gemini CLI", &skipped));
    }
}

const POLICY: Target = Target {
    compile: policy,
    shared: &[&SETTINGS],
    files: &[POLICY_FILE],
};

fn agent(slug: &str, s: &Subagent) -> String {
    name_desc(slug, &s.description)
}

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: "GEMINI.md",
        prose_note: true,
    }),
    commands: Commands::Toml {
        path: ".gemini/commands/{slug}.toml",
    },
    subagents: Subagents::markdown(".gemini/agents/{slug}.md", agent),
    skills: Skills::at(".gemini/skills"),
    ignore: Some(".geminiignore"),
    policy: Some(&POLICY),
    home: &[("GEMINI.md", ".gemini/GEMINI.md"), (".gemini/", ".gemini/")],
    ..Layout::NONE
};
