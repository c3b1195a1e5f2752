//! The playbook without a server: what a repository has installed (`.rulebook/` and the agent
//! files next to it, read back by `render::import`) or a portable archive, served by
//! `rulebook mcp --from` so an agent on a disconnected laptop still gets the rules.
//!
//! Read-only: proposals need the server. Everything is in memory and built once at start.

use std::sync::Arc;

use super::source::{Found, Hit, Listed, PackageInfo, ReleaseItems, Source, SourceError};
use crate::archive::portable::Bundle;
use crate::model::artifact::{Content, Kind};
use crate::model::scope::ScopeIndex;
use crate::render::Playbook;

/// An in-memory playbook in one space.
pub struct Offline {
    org: String,
    space: String,
    items: Vec<(String, i64, Content)>,
    packages: Vec<PackageInfo>,
    release: Option<String>,
    scopes: Arc<ScopeIndex>,
}

impl Offline {
    /// A repository's installed playbook, as `render::import` read it back.
    pub fn from_playbook(playbook: &Playbook) -> Offline {
        let items = playbook
            .contents()
            .into_iter()
            .map(|(slug, c)| (slug.to_string(), 1, c))
            .collect();
        Offline::new("local".into(), "local".into(), items, Vec::new(), None)
    }

    /// A portable archive (a package export or a whole-space export).
    pub fn from_bundle(bundle: Bundle) -> Offline {
        let s = &bundle.source;
        let (org, space) = (s.org.clone(), s.space.clone());
        // A package exported without a release still renders: call that state `export`.
        let release = s
            .release
            .clone()
            .or_else(|| (!bundle.packages.is_empty()).then(|| "export".to_string()));
        let packages = bundle
            .packages
            .iter()
            .map(|p| PackageInfo {
                space: space.clone(),
                slug: p.slug.clone(),
                name: p.name.clone(),
                description: p.description.clone(),
                items: p.items.clone(),
                releases: release
                    .iter()
                    .map(|r| (r.clone(), s.exported_at.clone()))
                    .collect(),
            })
            .collect();
        let items = bundle
            .items
            .into_iter()
            .map(|i| (i.slug, i.version, i.content))
            .collect();
        Offline::new(org, space, items, packages, release)
    }

    fn new(
        org: String,
        space: String,
        mut items: Vec<(String, i64, Content)>,
        packages: Vec<PackageInfo>,
        release: Option<String>,
    ) -> Offline {
        items.sort_by(|a, b| (a.2.kind(), &a.0).cmp(&(b.2.kind(), &b.0)));
        let standards = items
            .iter()
            .filter_map(|(slug, _, c)| match c {
                Content::Standard(s) => Some((slug.clone(), s.clone())),
                _ => None,
            })
            .collect();
        Offline {
            org,
            space,
            items,
            packages,
            release,
            scopes: Arc::new(ScopeIndex::new(standards)),
        }
    }

    fn check_space(&self, space: &str) -> Result<(), SourceError> {
        if space == self.space {
            Ok(())
        } else {
            Err(SourceError::NotFound(format!("no space {space:?} here")))
        }
    }

    /// How many artifacts are served (for the start-up line on stderr).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Why an offline copy takes no proposals.
fn read_only() -> SourceError {
    SourceError::Unsupported(
        "this is an offline copy of the playbook: proposals need the server (rulebook mcp --server URL)"
            .into(),
    )
}

/// Whether byte `i` of `text` starts a word.
fn word_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// How many words of `lower` (lower-cased text) start with `term`.
fn count_prefix(lower: &str, term: &str) -> usize {
    lower
        .match_indices(term)
        .filter(|(i, _)| word_start(lower, *i))
        .count()
}

/// Marks each query term at the start of a word in `text` with ⟦ ⟧ (ASCII case-insensitive).
fn mark(text: &str, terms: &[String]) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let hit = terms
            .iter()
            .find(|t| !t.is_empty() && lower[i..].starts_with(t.as_str()) && word_start(&lower, i));
        match hit {
            Some(t) if text.is_char_boundary(i + t.len()) => {
                out.push('⟦');
                out.push_str(&text[i..i + t.len()]);
                out.push('⟧');
                i += t.len();
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

impl Source for Offline {
    fn org(&self) -> &str {
        &self.org
    }

    fn spaces(&self) -> Result<Vec<String>, SourceError> {
        Ok(vec![self.space.clone()])
    }

    fn list(
        &self,
        kind: Kind,
        space: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Listed>, SourceError> {
        self.check_space(space)?;
        Ok(self
            .items
            .iter()
            .filter(|(slug, _, c)| c.kind() == kind && after.is_none_or(|a| slug.as_str() > a))
            .take(limit)
            .map(|(slug, version, c)| Listed {
                space: self.space.clone(),
                slug: slug.clone(),
                name: c.name().to_string(),
                description: c.search_text().1.lines().next().unwrap_or("").to_string(),
                version: *version,
            })
            .collect())
    }

    fn get(&self, kind: Kind, space: &str, slug: &str) -> Result<Option<Found>, SourceError> {
        self.check_space(space)?;
        Ok(self
            .items
            .iter()
            .find(|(s, _, c)| c.kind() == kind && s == slug)
            .map(|(s, v, c)| Found {
                space: self.space.clone(),
                slug: s.clone(),
                version: *v,
                content: c.clone(),
            }))
    }

    fn scope_index(&self, space: &str) -> Result<Arc<ScopeIndex>, SourceError> {
        self.check_space(space)?;
        Ok(self.scopes.clone())
    }

    fn search(
        &self,
        query: &str,
        kind: Option<Kind>,
        spaces: &[String],
        limit: usize,
    ) -> Result<Vec<Hit>, SourceError> {
        if !spaces.contains(&self.space) {
            return Ok(Vec::new());
        }
        let terms: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let mut scored: Vec<(usize, Hit)> = Vec::new();
        for (slug, _, c) in &self.items {
            if kind.is_some_and(|k| k != c.kind()) {
                continue;
            }
            let (name, text, _) = c.search_text();
            let (ln, lt) = (name.to_ascii_lowercase(), text.to_ascii_lowercase());
            // Terms match the start of words (as the server's full-text search does).
            let counts: Vec<(usize, usize)> = terms
                .iter()
                .map(|t| (count_prefix(&ln, t), count_prefix(&lt, t)))
                .collect();
            if counts.iter().any(|(n, t)| n + t == 0) {
                continue;
            }
            let score: usize = counts.iter().map(|(n, t)| 5 * n + t).sum();
            let line = text
                .lines()
                .find(|l| {
                    let l = l.to_ascii_lowercase();
                    terms.iter().any(|t| count_prefix(&l, t) > 0)
                })
                .unwrap_or("");
            let snippet: String = line.chars().take(160).collect();
            scored.push((
                score,
                Hit {
                    kind: c.kind(),
                    space: self.space.clone(),
                    slug: slug.clone(),
                    name: mark(&name, &terms),
                    snippet: mark(&snippet, &terms),
                },
            ));
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.slug.cmp(&b.1.slug)));
        Ok(scored.into_iter().take(limit).map(|(_, h)| h).collect())
    }

    fn packages(&self, space: &str) -> Result<Vec<PackageInfo>, SourceError> {
        self.check_space(space)?;
        Ok(self.packages.clone())
    }

    fn release(
        &self,
        space: &str,
        package: &str,
        version: Option<&str>,
    ) -> Result<Option<(String, ReleaseItems)>, SourceError> {
        self.check_space(space)?;
        let Some(p) = self.packages.iter().find(|p| p.slug == package) else {
            return Ok(None);
        };
        let Some(release) = self.release.clone() else {
            return Ok(None);
        };
        if version.is_some_and(|v| v != release && v != "latest") {
            return Ok(None);
        }
        let items = self
            .items
            .iter()
            .filter(|(slug, _, c)| p.items.iter().any(|(k, s)| *k == c.kind() && s == slug))
            .cloned()
            .collect();
        Ok(Some((release, items)))
    }

    fn propose(&self, _: &str, _: &Found, _: &Content, _: &str) -> Result<i64, SourceError> {
        Err(read_only())
    }

    fn propose_new(&self, _: &str, _: &str, _: &Content, _: &str) -> Result<i64, SourceError> {
        Err(read_only())
    }

    fn can_write(&self) -> bool {
        false
    }

    fn install_policy(&self) -> Result<crate::install::policy::InstallPolicy, SourceError> {
        // An archive carries no organization's policy.
        Ok(Default::default())
    }

    fn ttl_ms(&self) -> u64 {
        3_600_000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offline_search_matches_word_starts_only() {
        let terms = vec!["err".to_string()];
        assert_eq!(mark("Errors, not terror.", &terms), "⟦Err⟧ors, not terror.");
        assert_eq!(count_prefix("an error in terror", "err"), 1);
    }
}
