//! Cline: rules in `.clinerules/` scoped by `paths:`, workflows as commands (in the
//! `workflows/` folder beneath, which the importer tells apart from rules), subagents and
//! skills under `.cline/`.

use super::front::{command_bare, described_agent, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".clinerules/rulebook-{slug}.md",
        scope: Scope::List("paths"),
        front: paths_front,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".clinerules/workflows/{slug}.md", command_bare),
    subagents: Subagents::markdown(".cline/agents/{slug}.md", described_agent),
    skills: Skills::at(".cline/skills"),
    ignore: Some(".clineignore"),
    // User scope: ~/Documents/Cline/ rules and workflows, ~/.cline/skills (its user subagents are YAML, not written).
    home: &[
        (".clinerules/", "Documents/Cline/Rules/"),
        (".clinerules/workflows/", "Documents/Cline/Workflows/"),
        (".cline/skills/", ".cline/skills/"),
    ],
    ..Layout::NONE
};
