//! Starter standards shipped inside the binary, which an admin copies into a space as a
//! first version and then edits. They are ours (written for Rulebook, Apache-2.0 like the
//! code), one Markdown file each under `src/model/templates/`: a JSON frontmatter with name,
//! tags, scope and rules (the storage shape of [`Rule`]) and the description as the body.
//!
//! Embedded at compile time, so reading them is not I/O; a unit test parses and validates
//! every one, so a broken template fails the build's tests, not a customer's click.

use rust_embed::RustEmbed;
use serde::Deserialize;

use super::artifact::{Content, Rule, Standard};

#[derive(RustEmbed)]
#[folder = "src/model/templates/"]
struct Files;

/// One starter standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The file name without `.md`; also the slug it gets when copied.
    pub slug: String,
    /// Languages and frameworks it is for.
    pub tags: Vec<String>,
    pub standard: Standard,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    name: String,
    tags: Vec<String>,
    #[serde(default)]
    scope: Vec<String>,
    rules: Vec<Rule>,
}

fn parse(slug: &str, text: &str) -> Result<Template, String> {
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| format!("template {slug}: no frontmatter"))?;
    let end = rest
        .find("\n---\n")
        .ok_or_else(|| format!("template {slug}: frontmatter not closed"))?;
    let doc: Doc =
        serde_json::from_str(&rest[..end]).map_err(|e| format!("template {slug}: {e}"))?;
    Ok(Template {
        slug: slug.to_string(),
        tags: doc.tags,
        standard: Standard {
            name: doc.name,
            description: rest[end + 5..].to_string(),
            scope: doc.scope,
            rules: doc.rules,
        },
    })
}

/// Every template, by slug. A template that does not parse is left out (and fails the tests).
pub fn all() -> Vec<Template> {
    let mut out: Vec<Template> = Files::iter()
        .filter_map(|name| {
            let slug = name.strip_suffix(".md")?.to_string();
            let file = Files::get(&name)?;
            let text = std::str::from_utf8(&file.data).ok()?;
            parse(&slug, text).ok()
        })
        .collect();
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    out
}

/// One template by slug.
pub fn get(slug: &str) -> Option<Template> {
    let file = Files::get(&format!("{slug}.md"))?;
    parse(slug, std::str::from_utf8(&file.data).ok()?).ok()
}

impl Template {
    /// The standard as artifact content.
    pub fn content(&self) -> Content {
        Content::Standard(self.standard.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_is_valid() {
        let names: Vec<String> = Files::iter().map(|n| n.to_string()).collect();
        assert!(
            names.len() >= 24,
            "a few dozen templates, found {}",
            names.len()
        );
        for name in &names {
            let slug = name.strip_suffix(".md").unwrap();
            assert!(crate::model::names::slug(slug).is_ok(), "{name}");
            let text = std::str::from_utf8(&Files::get(name).unwrap().data)
                .unwrap()
                .to_string();
            let t = parse(slug, &text).unwrap();
            let problems = t.content().problems();
            assert!(problems.is_empty(), "{name}: {problems:?}");
            assert!(!t.standard.rules.is_empty() && !t.tags.is_empty(), "{name}");
            assert!(!t.standard.description.trim().is_empty(), "{name}");
        }
        assert_eq!(all().len(), names.len());
        assert!(get("rust-error-handling").is_some());
        assert!(get("../Cargo").is_none());
    }
}
