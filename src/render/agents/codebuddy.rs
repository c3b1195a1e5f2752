//! Tencent CodeBuddy Code: modular rules in `.codebuddy/rules/` with `description`,
//! `paths` and `alwaysApply`. `alwaysApply` defaults to true and then ignores `paths`, so a
//! scoped rule says `alwaysApply: false` explicitly. Only rules are documented for project
//! scope; a team's own `CODEBUDDY.md` is left alone (the importer reads it).

use super::front::{desc, or_name};
use super::{Commands, Layout, Rules, Scope, Skills};
use crate::model::artifact::Standard;
use crate::render::markdown::yaml_list;

fn rule(s: &Standard) -> String {
    let mut f = desc(or_name(&s.description, &s.name));
    if s.scope.is_empty() {
        f.push_str("alwaysApply: true\n");
    } else {
        f.push_str(&yaml_list("paths", &s.scope));
        f.push_str("alwaysApply: false\n");
    }
    f
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".codebuddy/rules/rulebook-{slug}.md",
        scope: Scope::List("paths"),
        front: rule,
        unscoped_note: None,
    }),
    commands: Commands::None(Some(
        "has no project commands Rulebook writes; they stay in .rulebook/commands/",
    )),
    skills: Skills::None(Some(
        "has no project skills folder Rulebook writes; skills stay on the server",
    )),
    also_reads: &["CODEBUDDY.md"],
    // User scope: ~/.codebuddy/rules.
    home: &[(".codebuddy/rules/", ".codebuddy/rules/")],
    ..Layout::NONE
};
