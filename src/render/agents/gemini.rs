//! Gemini CLI: a `GEMINI.md` section, TOML commands (`{{args}}`), subagents and skills
//! under `.gemini/`.

use super::front::name_desc;
use super::{Commands, Layout, Shared, Skills, Subagents};
use crate::model::artifact::Subagent;

fn agent(slug: &str, s: &Subagent) -> String {
    name_desc(slug, &s.description)
}

pub(super) const LAYOUT: Layout = Layout {
    shared: Some(Shared {
        path: "GEMINI.md",
        prose_note: true,
    }),
    commands: Commands::Toml {
        path: ".gemini/commands/{slug}.toml",
    },
    subagents: Subagents::markdown(".gemini/agents/{slug}.md", agent),
    skills: Skills::at(".gemini/skills"),
    ignore: Some(".geminiignore"),
    home: &[("GEMINI.md", ".gemini/GEMINI.md"), (".gemini/", ".gemini/")],
    ..Layout::NONE
};
