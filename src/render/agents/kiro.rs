//! Kiro: steering files with `inclusion: fileMatch` and a `fileMatchPattern` list (or
//! `inclusion: always`), prompts, IDE-format agents and skills under `.kiro/`. The CLI
//! (`kiro_cli.rs`) shares all but the agents, which it reads as JSON.

use super::front::{command_bare, tools_agent};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Standard;
use crate::render::markdown::yaml_list;

fn steering(s: &Standard) -> String {
    if s.scope.is_empty() {
        "inclusion: always\n".into()
    } else {
        format!(
            "inclusion: fileMatch\n{}",
            yaml_list("fileMatchPattern", &s.scope)
        )
    }
}

pub(super) const RULES: Rules = Rules {
    path: ".kiro/steering/rulebook-{slug}.md",
    scope: Scope::List("fileMatchPattern"),
    front: steering,
    unscoped_note: None,
};

pub(super) const COMMANDS: Commands = Commands::markdown(".kiro/prompts/{slug}.md", command_bare);

pub(super) const SKILLS: Skills = Skills::at(".kiro/skills");

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(RULES),
    commands: COMMANDS,
    subagents: Subagents::markdown(".kiro/agents/{slug}.md", tools_agent),
    skills: SKILLS,
    ignore: Some(".kiroignore"),
    // User scope: ~/.kiro/ steering, agents and skills (prompts are project-only in the IDE).
    home: &[
        (".kiro/steering/", ".kiro/steering/"),
        (".kiro/agents/", ".kiro/agents/"),
        (".kiro/skills/", ".kiro/skills/"),
    ],
    ..Layout::NONE
};
