//! Google Antigravity: Windsurf's rule format (`trigger:`) under the shared `.agents/`
//! folder, workflows for commands, and the shared skills folder (spec fields only).

use super::front::{command_desc, trigger_front};
use super::{SHARED_SKILLS, Commands, Layout, Rules, Scope};

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".agents/rules/rulebook-{slug}.md",
        scope: Scope::Csv("globs"),
        front: trigger_front,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".agents/workflows/{slug}.md", command_desc),
    skills: SHARED_SKILLS,
    ..Layout::NONE
};
