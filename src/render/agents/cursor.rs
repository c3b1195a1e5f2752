//! Cursor: `.mdc` rules with `globs:` and `alwaysApply`. Cursor's own parser wants the globs
//! unquoted and comma-separated, so this is the one frontmatter not written through the YAML
//! quoting helper (docs/AGENTS.md says why; a test checks the form).

use super::front::{command_bare, desc, globs_csv, named_agent, or_name};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Standard;

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
    also_reads: &[".cursorrules"],
    // User scope: ~/.cursor/ commands, agents and skills (user rules live in its settings, not in files).
    home: &[
        (".cursor/commands/", ".cursor/commands/"),
        (".cursor/agents/", ".cursor/agents/"),
        (".cursor/skills/", ".cursor/skills/"),
    ],
    ..Layout::NONE
};
