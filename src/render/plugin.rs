//! Claude Code plugins and a plugin marketplace: each package rendered as a plugin
//! (`.claude-plugin/plugin.json`, `commands/`, `agents/`, `skills/`) and the packages together
//! as a marketplace (`.claude-plugin/marketplace.json` listing `./plugins/<name>`), which a
//! site pushes to one of its own Git servers for `/plugin marketplace add`. This is how
//! Packmind distributes to Claude Code; here it is one more way out of the same render.
//!
//! Commands, subagents and skills are Claude Code's own files (the `claude` layout, so the
//! bytes are those `rulebook install` writes). A plugin has no rule files, so each standard
//! becomes a skill, `standard-<slug>`, whose description names the standard and where it
//! applies (Claude loads it when relevant) and whose body is the full standard with its
//! examples.
//!
//! Pure: the CLI writes the files.

use super::markdown::{first_line, standard_full};
use super::{Agent, FileOp, Options, Playbook, RenderError, render};
use crate::model::artifact::{Skill, Standard};
use crate::model::skill_md;

/// A plugin's manifest fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plugin {
    /// Kebab-case: the package slug.
    pub name: String,
    /// The release, when there is one.
    pub version: Option<String>,
    pub description: String,
}

/// Whether `name` may name a plugin or marketplace: kebab-case, 1 to 64 characters.
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a plugin name: use 1 to 64 lowercase letters, digits and single hyphens"
        ))
    }
}

/// The skill a standard becomes.
fn standard_skill(slug: &str, s: &Standard) -> Skill {
    let mut name: String = format!("standard-{slug}").chars().take(64).collect();
    while name.ends_with('-') {
        name.pop();
    }
    let mut description = format!("Team standard \"{}\"", s.name);
    let summary = first_line(&s.description);
    if !summary.trim().is_empty() {
        description.push_str(": ");
        description.push_str(summary.trim());
    }
    if !description.ends_with('.') {
        description.push('.');
    }
    description.push_str(if s.scope.is_empty() {
        " Follow it whenever you write or review code here."
    } else {
        " Follow it when working on files matching "
    });
    if !s.scope.is_empty() {
        description.push_str(&s.scope.join(", "));
        description.push('.');
    }
    // The Agent Skills limit.
    let description: String = description.chars().take(1024).collect();
    Skill {
        name,
        description,
        compatibility: None,
        extra: Default::default(),
        body: standard_full(s),
        files: Vec::new(),
    }
}

/// A plugin's files, relative to its folder, in path order.
pub fn plugin_files(meta: &Plugin, playbook: &Playbook) -> Result<Vec<FileOp>, RenderError> {
    let claude = render(
        playbook,
        &Options {
            agents: vec![Agent::Claude],
            ..Default::default()
        },
    )?;
    let mut out = Vec::new();
    let mut manifest = serde_json::Map::new();
    manifest.insert("name".into(), meta.name.clone().into());
    if let Some(v) = &meta.version {
        manifest.insert("version".into(), v.clone().into());
    }
    manifest.insert("description".into(), meta.description.clone().into());
    let mut json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    json.push('\n');
    out.push(FileOp::Write {
        path: ".claude-plugin/plugin.json".into(),
        content: json.into_bytes(),
        mode: 0o644,
    });
    // Claude Code's own commands, agents and skills, moved to the plugin's folders.
    for op in claude.ops {
        let FileOp::Write {
            path,
            content,
            mode,
        } = op
        else {
            continue;
        };
        let moved = ["commands/", "agents/", "skills/"]
            .iter()
            .find_map(|d| path.strip_prefix(".claude/").filter(|p| p.starts_with(d)));
        if let Some(rel) = moved {
            out.push(FileOp::Write {
                path: rel.to_string(),
                content,
                mode,
            });
        }
    }
    for (slug, s) in &playbook.standards {
        let skill = standard_skill(slug, s);
        let path = format!("skills/{}/SKILL.md", skill.name);
        if out.iter().any(|o| o.path() == path) {
            return Err(RenderError::Clash(path));
        }
        out.push(FileOp::Write {
            path,
            content: skill_md::write(&skill).into_bytes(),
            mode: 0o644,
        });
    }
    out.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(out)
}

/// `.claude-plugin/marketplace.json` listing `plugins` under `./plugins/<name>`.
pub fn marketplace_json(name: &str, owner: &str, plugins: &[Plugin]) -> String {
    let list: Vec<serde_json::Value> = plugins
        .iter()
        .map(|p| {
            let mut m = serde_json::Map::new();
            m.insert("name".into(), p.name.clone().into());
            m.insert("source".into(), format!("./plugins/{}", p.name).into());
            m.insert("description".into(), p.description.clone().into());
            if let Some(v) = &p.version {
                m.insert("version".into(), v.clone().into());
            }
            serde_json::Value::Object(m)
        })
        .collect();
    let doc = serde_json::json!({
        "name": name,
        "owner": { "name": owner },
        "plugins": list,
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kebab_case_and_standards_become_skills() {
        for ok in ["backend", "a-1", "x"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", &"x".repeat(65)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        let s = Standard {
            name: "Errors".into(),
            description: "Errors are part of the interface.\nMore.".into(),
            scope: vec!["src/**/*.rs".into()],
            rules: vec![],
        };
        let skill = standard_skill(&"e".repeat(70), &s);
        assert_eq!(skill.name.len(), 64);
        assert!(skill.name.starts_with("standard-eee"));
        assert_eq!(
            skill.description,
            "Team standard \"Errors\": Errors are part of the interface. Follow it when working on files matching src/**/*.rs."
        );
        let parsed = skill_md::parse(&skill_md::write(&skill)).unwrap();
        assert_eq!(parsed.description, skill.description);
        let m: serde_json::Value = serde_json::from_str(&marketplace_json(
            "acme",
            "Platform team",
            &[Plugin {
                name: "backend".into(),
                version: Some("1.2.0".into()),
                description: "d".into(),
            }],
        ))
        .unwrap();
        assert_eq!(m["plugins"][0]["source"], "./plugins/backend");
        assert_eq!(m["owner"]["name"], "Platform team");
    }
}
