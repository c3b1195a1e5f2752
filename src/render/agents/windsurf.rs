//! Windsurf: rules with `trigger: glob` and `globs:` (or `trigger: always_on`), workflows
//! as commands, skills under `.windsurf/`; it reads `.codeiumignore`.

use super::front::{command_desc, trigger_front};
use super::{Commands, Layout, Rules, Scope, Skills};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".windsurf/rules/rulebook-{slug}.md",
        scope: Scope::Csv("globs"),
        front: trigger_front,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".windsurf/workflows/{slug}.md", command_desc),
    skills: Skills::at(".windsurf/skills"),
    ignore: Some(".codeiumignore"),
    also_reads: &[".windsurfrules"],
    // User scope: ~/.codeium/windsurf/ global workflows and skills (rules are project-only).
    home: &[
        (".windsurf/workflows/", ".codeium/windsurf/global_workflows/"),
        (".windsurf/skills/", ".codeium/windsurf/skills/"),
    ],
    ..Layout::NONE
};
