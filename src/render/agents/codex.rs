//! OpenAI Codex: AGENTS.md (capped at its documented 32 KiB project-doc limit), subagents
//! as TOML with `developer_instructions`, skills in the shared folder. Codex prompts are
//! global-only and deprecated, so commands are listed in the AGENTS.md section.

use super::front::{toml_multiline, toml_str};
use super::{AGENTS_MD, COMMANDS_IN_AGENTS_MD, SHARED_SKILLS, Commands, Layout, Subagents};
use crate::model::artifact::Subagent;
use crate::render::markdown::first_line;

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
    // $CODEX_HOME (~/.codex) holds the global AGENTS.md and agents; user skills are read
    // from ~/.agents/skills.
    home: &[
        ("AGENTS.md", ".codex/AGENTS.md"),
        (".codex/", ".codex/"),
        (".agents/skills/", ".agents/skills/"),
    ],
    ..Layout::NONE
};
