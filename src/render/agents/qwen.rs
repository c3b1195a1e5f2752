//! Qwen Code: Claude's layout under `.qwen/` (rules scoped by `paths:`), with Gemini's
//! `{{args}}` placeholder in commands.

use super::front::{claude_agent, command_desc, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".qwen/rules/rulebook-{slug}.md",
        scope: Scope::List("paths"),
        front: paths_front,
        unscoped_note: None,
    }),
    commands: Commands::Markdown {
        path: ".qwen/commands/{slug}.md",
        args: "{{args}}",
        front: command_desc,
    },
    subagents: Subagents::markdown(".qwen/agents/{slug}.md", claude_agent),
    skills: Skills::at(".qwen/skills"),
    ignore: Some(".qwenignore"),
    also_reads: &["QWEN.md"],
    // User scope: ~/.qwen/.
    home: &[(".qwen/", ".qwen/")],
    ..Layout::NONE
};
