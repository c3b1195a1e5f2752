//! JetBrains AI Assistant (not Junie): one file per rule in `.aiassistant/rules/`, led by
//! the metadata block the IDE's rule-type selector edits. The block is not YAML: one
//! `key: value` per line, `apply:` one of `always`, `manually`, `by model decision`,
//! `by file patterns`, `off` (a file without one is Off, so it is always written), and
//! `patterns:` comma-separated (brace alternations are expanded: the plugin splits on every
//! comma). Skills come from the shared `.agents/skills/`; `.aiignore` is JetBrains-wide.

use super::front::globs_joined;
use super::{Commands, Layout, Rules, SHARED_SKILLS, Scope};
use crate::model::artifact::Standard;

fn block(s: &Standard) -> String {
    if s.scope.is_empty() {
        return "apply: always\n".into();
    }
    // One line per field: a line break in a value would start a new field.
    let patterns = globs_joined(&s.scope, ", ").replace(['\n', '\r'], " ");
    format!("apply: by file patterns\npatterns: {patterns}\n")
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".aiassistant/rules/rulebook-{slug}.md",
        scope: Scope::Csv("patterns"),
        front: block,
        unscoped_note: None,
    }),
    commands: Commands::None(Some(
        "has no project commands; they stay in .rulebook/commands/",
    )),
    skills: SHARED_SKILLS,
    ignore: Some(".aiignore"),
    ..Layout::NONE
};
