//! The agent catalog: every agent with its product name and the files or folders it writes
//! (besides `.rulebook/`), for the rendering settings form (`GET …/settings/render`).
//! The locations come from running the renderers on a sample playbook, so they cannot drift
//! from what is rendered; computed once.

use std::sync::OnceLock;

use serde::Serialize;

use super::{Agent, FileOp, Options, Playbook, render};
use crate::model::artifact::{Command, Rule, Skill, Standard, Subagent};

/// One agent of the catalog.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: &'static str,
    pub product: &'static str,
    pub writes: Vec<String>,
}

/// The slug of every sample artifact; a path component holding it is where an item starts.
const SAMPLE: &str = "zz-sample";

/// One artifact of each kind, a scoped and an always-on standard.
fn sample() -> Playbook {
    let standard = |scope: Vec<String>| Standard {
        name: "Sample".into(),
        description: "A sample.".into(),
        scope,
        rules: vec![Rule {
            detectors: Vec::new(),
            text: "Do it.".into(),
            severity: None,
            examples: vec![],
        }],
    };
    Playbook {
        policies: Vec::new(),
        standards: vec![
            (SAMPLE.into(), standard(vec!["src/**".into()])),
            (format!("{SAMPLE}-all"), standard(vec![])),
        ],
        commands: vec![(
            SAMPLE.into(),
            Command {
                name: "Sample".into(),
                description: "A sample.".into(),
                body: "Do it.".into(),
            },
        )],
        subagents: vec![(
            SAMPLE.into(),
            Subagent {
                name: "Sample".into(),
                description: "A sample.".into(),
                tools: vec![],
                model: None,
                body: "Do it.".into(),
            },
        )],
        skills: vec![(
            SAMPLE.into(),
            Skill {
                name: SAMPLE.into(),
                description: "A sample.".into(),
                compatibility: None,
                extra: Default::default(),
                body: "Do it.".into(),
                files: vec![],
            },
        )],
    }
}

/// Where an operation writes, in words a reader recognizes: a shared file by its name, a
/// file per item by its folder (`.claude/commands/`).
fn location(op: &FileOp) -> String {
    let path = op.path();
    if matches!(op, FileOp::Section { .. }) || !path.contains(SAMPLE) {
        return path.to_string();
    }
    let parts: Vec<&str> = path.split('/').collect();
    let at = parts
        .iter()
        .position(|p| p.contains(SAMPLE))
        .unwrap_or(parts.len());
    format!("{}/", parts[..at].join("/"))
}

/// Every agent: id, product name and the files or folders it writes (besides `.rulebook/`).
pub fn catalog() -> &'static [Entry] {
    static CATALOG: OnceLock<Vec<Entry>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let playbook = sample();
        Agent::ALL
            .iter()
            .map(|&a| {
                let options = Options {
                    agents: vec![a],
                    ..Default::default()
                };
                let mut writes: Vec<String> = Vec::new();
                for op in render(&playbook, &options)
                    .map(|o| o.ops)
                    .unwrap_or_default()
                {
                    let place = location(&op);
                    if !place.starts_with(".rulebook/") && !writes.contains(&place) {
                        writes.push(place);
                    }
                }
                Entry {
                    id: a.id(),
                    product: a.product(),
                    writes,
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::catalog;

    /// A user-scope render of every agent together: no two agents clash on a shared home
    /// file (Gemini CLI and Antigravity CLI both read `~/.gemini/GEMINI.md`), every path is
    /// one a home lock may name, nothing lands at the top of the home folder but dotfiles
    /// of the agents, and each agent alone writes only below its own home places.
    #[test]
    fn every_agent_renders_at_user_scope_without_a_clash() {
        use super::{Agent, Options, render, sample};
        let options = |agents: Vec<Agent>| Options {
            agents,
            never_read: vec!["secrets/**".into()],
            home: true,
            ..Default::default()
        };
        let all = render(&sample(), &options(Agent::ALL.to_vec())).unwrap();
        for op in &all.ops {
            let path = op.path();
            assert!(crate::render::owned_path(path, true), "{path}");
            assert!(path.contains('/'), "{path} at the top of the home folder");
            assert!(
                !path.ends_with("ignore"),
                "{path}: ignore files are per repository"
            );
        }
        for a in Agent::ALL {
            let one = render(&sample(), &options(vec![*a])).unwrap();
            let home = a.layout().home;
            for op in one
                .ops
                .iter()
                .filter(|o| !o.path().starts_with(".rulebook/"))
            {
                assert!(
                    home.iter().any(|(_, to)| op.path() == *to
                        || (to.ends_with('/') && op.path().starts_with(to))),
                    "{}: {} is not one of its home places",
                    a.id(),
                    op.path()
                );
            }
            if home.is_empty() {
                assert!(one.ops.iter().all(|o| o.path().starts_with(".rulebook/")));
            }
        }
    }

    fn writes(id: &str) -> Vec<String> {
        catalog()
            .iter()
            .find(|e| e.id == id)
            .expect("agent in the catalog")
            .writes
            .clone()
    }

    #[test]
    fn the_catalog_names_products_and_where_each_agent_writes() {
        let all = catalog();
        assert_eq!(all.len(), crate::render::Agent::ALL.len());
        let claude = all.iter().find(|e| e.id == "claude").expect("claude");
        assert_eq!(claude.product, "Claude Code");
        let w = writes("claude");
        for dir in [
            ".claude/rules/rulebook/",
            ".claude/commands/",
            ".claude/agents/",
            ".claude/skills/",
        ] {
            assert!(w.contains(&dir.to_string()), "{w:?}");
        }
        assert_eq!(writes("agentsmd"), vec!["AGENTS.md".to_string()]);
        assert!(writes("copilot").contains(&".github/instructions/".to_string()));
        assert!(all.iter().all(|e| !e.writes.is_empty()), "{all:?}");
    }
}
