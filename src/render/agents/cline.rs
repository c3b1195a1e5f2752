//! Cline: rules in `.clinerules/` scoped by `paths:`, workflows as commands (in the
//! `workflows/` folder beneath, which the importer tells apart from rules), subagents and
//! skills under `.cline/`.

use super::front::{command_bare, name_desc, or_name, paths_front};
use super::{Commands, Layout, Rules, Scope, Skills, Subagents};
use crate::model::artifact::Subagent;
use crate::render::markdown::yaml_list;

/// Cline lists a subagent by its description, so the slug stands in for a missing one.
fn agent(slug: &str, s: &Subagent) -> String {
    let mut f = name_desc(slug, or_name(&s.description, slug));
    if !s.tools.is_empty() {
        f.push_str(&yaml_list("tools", &s.tools));
    }
    f
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".clinerules/rulebook-{slug}.md",
        scope: Scope::List("paths"),
        front: paths_front,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".clinerules/workflows/{slug}.md", command_bare),
    subagents: Subagents::markdown(".cline/agents/{slug}.md", agent),
    skills: Skills::at(".cline/skills"),
    ignore: Some(".clineignore"),
    ..Layout::NONE
};
