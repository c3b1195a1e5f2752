//! Continue: rules with `name`, a `globs` list and `alwaysApply`; prompts marked
//! `invokable` are its slash commands. (`continue` is a Rust keyword, hence the file name.)

use super::front::{desc, or_name};
use super::{Commands, Layout, Rules, Scope, Skills};
use crate::model::artifact::{Command, Standard};
use crate::render::markdown::{yaml, yaml_list};

fn rule(s: &Standard) -> String {
    let mut f = format!("name: {}\n", yaml(&s.name));
    if s.scope.is_empty() {
        f.push_str("alwaysApply: true\n");
    } else {
        f.push_str(&yaml_list("globs", &s.scope));
        f.push_str("alwaysApply: false\n");
    }
    f + &desc(or_name(&s.description, &s.name))
}

fn prompt(c: &Command) -> String {
    format!(
        "name: {}\n{}invokable: true\n",
        yaml(&c.name),
        desc(&c.description)
    )
}

pub(super) const LAYOUT: Layout = Layout {
    rules: Some(Rules {
        path: ".continue/rules/rulebook/{slug}.md",
        scope: Scope::List("globs"),
        front: rule,
        unscoped_note: None,
    }),
    commands: Commands::markdown(".continue/prompts/{slug}.md", prompt),
    skills: Skills::at(".continue/skills"),
    ignore: Some(".continueignore"),
    // User scope: ~/.continue/.
    home: &[(".continue/", ".continue/")],
    ..Layout::NONE
};
