//! Google Antigravity CLI (`agy`) reads AGENTS.md as its project instructions (per-rule
//! files reach it only through the root file, so the standards go into the section), and the
//! IDE's workflows, agents and skills under `.agents/`; it honours `.geminiignore`.

use super::antigravity::{COMMANDS, SUBAGENTS};
use super::{AGENTS_MD, Layout, SHARED_SKILLS};

pub(super) const LAYOUT: Layout = Layout {
    shared: AGENTS_MD,
    commands: COMMANDS,
    subagents: SUBAGENTS,
    skills: SHARED_SKILLS,
    ignore: Some(".geminiignore"),
    // User scope: ~/.gemini/GEMINI.md (shared with Gemini CLI) and its own skills folder.
    home: &[
        ("AGENTS.md", ".gemini/GEMINI.md"),
        (".agents/skills/", ".gemini/antigravity-cli/skills/"),
    ],
    ..Layout::NONE
};
