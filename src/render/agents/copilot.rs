//! GitHub Copilot: path-specific instructions (`applyTo`), prompt files as commands
//! (`${input:arguments}`), custom agents and skills under `.github/`. The CLI reads the same
//! files, so `copilot_cli.rs` reuses these pieces and both write identical bytes.

use super::front::{desc, globs_csv, or_name, tools_agent};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::{Command, Standard};
use crate::render::markdown::yaml;

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
    ..Layout::NONE
};
