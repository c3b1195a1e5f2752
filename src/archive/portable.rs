//! The portable playbook archive: a space or a package as a zip of Markdown files with
//! frontmatter plus a manifest, to carry playbooks between air-gapped sites.
//!
//! The format is documented in `docs/ARCHIVE.md`. Its invariants:
//! - Writing is deterministic: the same artifacts give the same bytes for every file except
//!   the manifest's `exported_at`.
//! - Reading is strict: every file must be listed in the manifest with its SHA-256, and every
//!   listed file must be present and match, so a truncated or altered copy is refused.
//! - Round trip is lossless: read(write(x)) gives the same content, field for field.
//!
//! The frontmatter of standards, commands and subagents is a JSON object (JSON is YAML 1.2,
//! so Markdown tools read it as ordinary frontmatter) and the body is the Markdown text
//! verbatim. Skills keep their Agent Skills layout (`skills/<slug>/SKILL.md` plus files), so a
//! skill folder can be copied out of the archive and used as it is.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{ArchiveError, Entry};
use crate::crypto::hex::sha256;
use crate::model::artifact::{
    Command, Content, Example, Kind, Rule, RuleDetector, Severity, Standard, Subagent,
};
use crate::model::names;

/// The manifest's file name, at the archive root.
pub const MANIFEST: &str = "rulebook-archive.json";
/// The `format` value of the manifest.
pub const FORMAT: &str = "rulebook-archive";
/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;

/// One artifact in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub slug: String,
    /// The version it had where it was exported (informational).
    pub version: i64,
    pub content: Content,
}

/// A package definition in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub items: Vec<(Kind, String)>,
}

/// Where an archive came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub org: String,
    pub space: String,
    pub package: Option<String>,
    pub release: Option<String>,
    pub exported_at: String,
    pub generator: String,
}

/// A whole archive, in domain terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub source: Source,
    pub items: Vec<Item>,
    pub packages: Vec<Package>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestDoc {
    format: String,
    format_version: u64,
    generator: String,
    exported_at: String,
    source: SourceDoc,
    artifacts: Vec<ArtifactDoc>,
    packages: Vec<PackageDoc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDoc {
    org: String,
    space: String,
    package: Option<String>,
    release: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArtifactDoc {
    kind: Kind,
    slug: String,
    version: i64,
    /// Every file of the artifact: the Markdown file first, then a skill's other files.
    files: Vec<FileDoc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    path: String,
    /// "644" or "755".
    mode: String,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackageDoc {
    slug: String,
    name: String,
    description: String,
    artifacts: Vec<ItemDoc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemDoc {
    kind: Kind,
    slug: String,
}

/// Frontmatter of a standard (the description is the body).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StandardDoc {
    pub name: String,
    #[serde(default)]
    pub scope: Vec<String>,
    #[serde(default)]
    pub rules: Vec<RuleDoc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDoc {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<ExampleDoc>,
    /// The rule's detectors as they are stored (the linter's format).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub detectors: Vec<RuleDetector>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExampleDoc {
    pub language: String,
    #[serde(default)]
    pub good: String,
    #[serde(default)]
    pub bad: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandDoc {
    name: String,
    description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyDoc {
    name: String,
    #[serde(default)]
    permissions: Vec<crate::model::policy::Permission>,
    #[serde(default)]
    hooks: Vec<crate::model::policy::Hook>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubagentDoc {
    name: String,
    description: String,
    #[serde(default)]
    tools: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    model: Option<String>,
}

impl StandardDoc {
    /// The domain standard with `description` as its Markdown.
    pub(crate) fn into_standard(self, description: String) -> Standard {
        Standard {
            name: self.name,
            description,
            scope: self.scope,
            rules: self
                .rules
                .into_iter()
                .map(|r| Rule {
                    text: r.text,
                    severity: r.severity,
                    examples: r
                        .examples
                        .into_iter()
                        .map(|e| Example {
                            language: e.language,
                            good: e.good,
                            bad: e.bad,
                        })
                        .collect(),
                    detectors: r.detectors,
                })
                .collect(),
        }
    }

    fn from_standard(s: &Standard) -> StandardDoc {
        StandardDoc {
            name: s.name.clone(),
            scope: s.scope.clone(),
            rules: s
                .rules
                .iter()
                .map(|r| RuleDoc {
                    text: r.text.clone(),
                    severity: r.severity,
                    examples: r
                        .examples
                        .iter()
                        .map(|e| ExampleDoc {
                            language: e.language.clone(),
                            good: e.good.clone(),
                            bad: e.bad.clone(),
                        })
                        .collect(),
                    detectors: r.detectors.clone(),
                })
                .collect(),
        }
    }
}

/// `---\n{json}\n---\n{body}`.
fn markdown<T: Serialize>(front: &T, body: &str) -> Result<Vec<u8>, ArchiveError> {
    let json = serde_json::to_string_pretty(front)
        .map_err(|e| ArchiveError::Content(format!("frontmatter: {e}")))?;
    Ok(format!("---\n{json}\n---\n{body}").into_bytes())
}

/// Splits a Markdown file with JSON frontmatter into (frontmatter value, body).
pub(crate) fn split_markdown<T: for<'de> Deserialize<'de>>(
    path: &str,
    data: &[u8],
) -> Result<(T, String), ArchiveError> {
    let bad = |m: &str| ArchiveError::Content(format!("{path}: {m}"));
    let text = std::str::from_utf8(data).map_err(|_| bad("not UTF-8"))?;
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| bad("must start with a `---` line"))?;
    let end = rest
        .find("\n---\n")
        .ok_or_else(|| bad("frontmatter has no closing `---` line"))?;
    let front: T = serde_json::from_str(&rest[..end])
        .map_err(|e| bad(&format!("frontmatter is not the expected JSON object: {e}")))?;
    Ok((front, rest[end + 5..].to_string()))
}

fn file_doc(e: &Entry) -> FileDoc {
    FileDoc {
        path: e.path.clone(),
        mode: format!("{:o}", e.mode),
        sha256: sha256(&e.data),
    }
}

fn folder(kind: Kind) -> &'static str {
    kind.plural()
}

/// The entries of one artifact.
fn item_entries(item: &Item) -> Result<Vec<Entry>, ArchiveError> {
    let file = |path: String, data: Vec<u8>| Entry {
        path,
        data,
        mode: 0o644,
    };
    let kind = item.content.kind();
    let path = format!("{}/{}.md", folder(kind), item.slug);
    Ok(match &item.content {
        Content::Standard(s) => vec![file(
            path,
            markdown(&StandardDoc::from_standard(s), &s.description)?,
        )],
        Content::Command(c) => {
            let front = CommandDoc {
                name: c.name.clone(),
                description: c.description.clone(),
            };
            vec![file(path, markdown(&front, &c.body)?)]
        }
        Content::Subagent(a) => {
            let front = SubagentDoc {
                name: a.name.clone(),
                description: a.description.clone(),
                tools: a.tools.clone(),
                model: a.model.clone(),
            };
            vec![file(path, markdown(&front, &a.body)?)]
        }
        Content::Skill(s) => super::skill::to_entries(s, &format!("skills/{}/", item.slug))?,
        Content::Policy(p) => {
            let front = PolicyDoc {
                name: p.name.clone(),
                permissions: p.permissions.clone(),
                hooks: p.hooks.clone(),
            };
            vec![file(path, markdown(&front, &p.description)?)]
        }
    })
}

/// Writes a bundle as archive entries (manifest included).
pub fn write(bundle: &Bundle) -> Result<Vec<Entry>, ArchiveError> {
    let mut items: Vec<&Item> = bundle.items.iter().collect();
    items.sort_by(|a, b| (a.content.kind(), &a.slug).cmp(&(b.content.kind(), &b.slug)));
    let mut entries = Vec::new();
    let mut artifacts = Vec::new();
    for item in items {
        let es = item_entries(item)?;
        artifacts.push(ArtifactDoc {
            kind: item.content.kind(),
            slug: item.slug.clone(),
            version: item.version,
            files: es.iter().map(file_doc).collect(),
        });
        entries.extend(es);
    }
    let mut packages: Vec<PackageDoc> = bundle
        .packages
        .iter()
        .map(|p| PackageDoc {
            slug: p.slug.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            artifacts: p
                .items
                .iter()
                .map(|(kind, slug)| ItemDoc {
                    kind: *kind,
                    slug: slug.clone(),
                })
                .collect(),
        })
        .collect();
    packages.sort_by(|a, b| a.slug.cmp(&b.slug));
    let s = &bundle.source;
    let manifest = ManifestDoc {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        generator: s.generator.clone(),
        exported_at: s.exported_at.clone(),
        source: SourceDoc {
            org: s.org.clone(),
            space: s.space.clone(),
            package: s.package.clone(),
            release: s.release.clone(),
        },
        artifacts,
        packages,
    };
    let json = serde_json::to_string_pretty(&manifest)
        .map_err(|e| ArchiveError::Content(format!("manifest: {e}")))?;
    entries.push(Entry {
        path: MANIFEST.into(),
        data: format!("{json}\n").into_bytes(),
        mode: 0o644,
    });
    Ok(entries)
}

fn mode(s: &str) -> Result<u32, ArchiveError> {
    match s {
        "644" => Ok(0o644),
        "755" => Ok(0o755),
        _ => Err(ArchiveError::Content(format!(
            "file mode {s:?} must be 644 or 755"
        ))),
    }
}

/// Reads archive entries back into a bundle, checking the manifest against every file.
pub fn read(entries: Vec<Entry>) -> Result<Bundle, ArchiveError> {
    let content = |m: String| ArchiveError::Content(m);
    // Entries may come from any reader (an upload, an unpacked folder): a path given twice
    // is refused here too, never settled by which copy the map keeps.
    let mut files: BTreeMap<String, Entry> = BTreeMap::new();
    for e in entries {
        if let Some(e) = files.insert(e.path.clone(), e) {
            return Err(super::duplicate(&e.path));
        }
    }
    // The signature is checked by `signed::check`; it is not an artifact's file.
    files.remove(super::signed::SIGNATURE);
    let manifest = files
        .remove(MANIFEST)
        .ok_or_else(|| content(format!("no {MANIFEST}: not a Rulebook archive")))?;
    let value: serde_json::Value = serde_json::from_slice(&manifest.data)
        .map_err(|e| content(format!("{MANIFEST} is not JSON: {e}")))?;
    if value.get("format").and_then(|v| v.as_str()) != Some(FORMAT) {
        return Err(content(format!("{MANIFEST} is not a {FORMAT} manifest")));
    }
    match value.get("format_version").and_then(|v| v.as_u64()) {
        Some(v) if v > FORMAT_VERSION => return Err(ArchiveError::TooNew(v)),
        Some(_) => {}
        None => return Err(content("the manifest has no format_version".into())),
    }
    let m: ManifestDoc =
        serde_json::from_value(value).map_err(|e| content(format!("{MANIFEST}: {e}")))?;
    let mut listed = BTreeSet::new();
    let mut items = Vec::new();
    for a in m.artifacts {
        names::slug(&a.slug).map_err(|e| content(e.to_string()))?;
        let mut own = Vec::new();
        for f in &a.files {
            let e = files.get(&f.path).ok_or_else(|| {
                content(format!("{} is listed in the manifest but missing", f.path))
            })?;
            if sha256(&e.data) != f.sha256 {
                return Err(content(format!(
                    "{} does not match its SHA-256 in the manifest (altered or damaged)",
                    f.path
                )));
            }
            if !listed.insert(f.path.clone()) {
                return Err(content(format!("{} is listed twice", f.path)));
            }
            own.push(Entry {
                path: f.path.clone(),
                data: e.data.clone(),
                mode: mode(&f.mode)?,
            });
        }
        items.push(Item {
            content: item_content(a.kind, &a.slug, own)?,
            slug: a.slug,
            version: a.version,
        });
    }
    if let Some(extra) = files.keys().find(|p| !listed.contains(*p)) {
        return Err(content(format!(
            "{extra} is in the archive but not in the manifest"
        )));
    }
    let packages = m
        .packages
        .into_iter()
        .map(|p| Package {
            slug: p.slug,
            name: p.name,
            description: p.description,
            items: p.artifacts.into_iter().map(|i| (i.kind, i.slug)).collect(),
        })
        .collect();
    Ok(Bundle {
        source: Source {
            org: m.source.org,
            space: m.source.space,
            package: m.source.package,
            release: m.source.release,
            exported_at: m.exported_at,
            generator: m.generator,
        },
        items,
        packages,
    })
}

fn item_content(kind: Kind, slug: &str, own: Vec<Entry>) -> Result<Content, ArchiveError> {
    let main = format!("{}/{slug}.md", folder(kind));
    let single = |own: &[Entry]| -> Result<Vec<u8>, ArchiveError> {
        match own {
            [e] if e.path == main => Ok(e.data.clone()),
            _ => Err(ArchiveError::Content(format!(
                "{} {slug:?} must consist of exactly {main}",
                kind.as_str()
            ))),
        }
    };
    Ok(match kind {
        Kind::Standard => {
            let (front, body): (StandardDoc, String) = split_markdown(&main, &single(&own)?)?;
            Content::Standard(front.into_standard(body))
        }
        Kind::Command => {
            let (front, body): (CommandDoc, String) = split_markdown(&main, &single(&own)?)?;
            Content::Command(Command {
                name: front.name,
                description: front.description,
                body,
            })
        }
        Kind::Subagent => {
            let (front, body): (SubagentDoc, String) = split_markdown(&main, &single(&own)?)?;
            Content::Subagent(Subagent {
                name: front.name,
                description: front.description,
                tools: front.tools,
                model: front.model,
                body,
            })
        }
        Kind::Policy => {
            let (front, description): (PolicyDoc, String) = split_markdown(&main, &single(&own)?)?;
            Content::Policy(crate::model::policy::Policy {
                name: front.name,
                description,
                permissions: front.permissions,
                hooks: front.hooks,
            })
        }
        Kind::Skill => {
            let prefix = format!("skills/{slug}/");
            let mut inner = Vec::new();
            for mut e in own {
                let Some(rel) = e.path.strip_prefix(&prefix) else {
                    return Err(ArchiveError::Content(format!(
                        "{} is outside {prefix}",
                        e.path
                    )));
                };
                e.path = rel.to_string();
                inner.push(e);
            }
            Content::Skill(super::skill::from_entries(inner)?)
        }
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::artifact::{Skill, SkillFile};

    pub(crate) fn bundle() -> Bundle {
        let standard = Standard {
            name: "Errors".into(),
            description: "# Errors\n\nNo `---` tricks:\n---\nhere.\n".into(),
            scope: vec!["src/**/*.rs".into()],
            rules: vec![Rule {
                detectors: Vec::new(),
                text: "Return errors.".into(),
                severity: Some(Severity::Error),
                examples: vec![Example {
                    language: "rust".into(),
                    good: "f()?".into(),
                    bad: "f().unwrap()\n".into(),
                }],
            }],
        };
        let skill = Skill {
            name: "deploy".into(),
            description: "Deploys: carefully.".into(),
            compatibility: Some("linux".into()),
            extra: [("license".to_string(), "MIT".to_string())].into(),
            body: "Run it.\n".into(),
            files: vec![
                SkillFile::from_bytes("run.sh".into(), b"#!/bin/sh\n".to_vec(), 0o755),
                SkillFile::from_bytes("img/x.bin".into(), vec![0, 159, 146, 150], 0o644),
            ],
        };
        Bundle {
            source: Source {
                org: "acme".into(),
                space: "platform".into(),
                package: None,
                release: None,
                exported_at: "2026-11-28T00:00:00Z".into(),
                generator: "rulebook test".into(),
            },
            items: vec![
                Item {
                    slug: "errors".into(),
                    version: 3,
                    content: Content::Standard(standard),
                },
                Item {
                    slug: "deploy".into(),
                    version: 1,
                    content: Content::Skill(skill),
                },
                Item {
                    slug: "review".into(),
                    version: 2,
                    content: Content::Command(Command {
                        name: "Review".into(),
                        description: "d".into(),
                        body: "Review $ARGUMENTS".into(),
                    }),
                },
            ],
            packages: vec![Package {
                slug: "backend".into(),
                name: "Backend".into(),
                description: String::new(),
                items: vec![(Kind::Standard, "errors".into())],
            }],
        }
    }

    #[test]
    fn round_trip_is_lossless_and_deterministic() {
        let mut b = bundle();
        // Detectors travel with their rule.
        for item in &mut b.items {
            if let Content::Standard(s) = &mut item.content {
                s.rules[0].detectors.push(RuleDetector {
                    language: "rust".into(),
                    level: Some(crate::model::artifact::Level::Info),
                    yaml: "rule:\n  pattern: $X.unwrap()\n".into(),
                });
            }
        }
        assert!(b.items.iter().any(
            |i| matches!(&i.content, Content::Standard(s) if !s.rules[0].detectors.is_empty())
        ));
        let entries = write(&b).unwrap();
        let mut back = read(entries.clone()).unwrap();
        back.items.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut want = b.clone();
        want.items.sort_by(|a, b| a.slug.cmp(&b.slug));
        assert_eq!(back, want);
        assert_eq!(write(&back).unwrap(), entries);
    }

    #[test]
    fn altered_missing_and_smuggled_files_are_refused() {
        let entries = write(&bundle()).unwrap();
        let mut altered = entries.clone();
        altered[0].data.push(b' ');
        assert!(read(altered).is_err());
        let mut missing = entries.clone();
        missing.remove(0);
        assert!(read(missing).is_err());
        let mut smuggled = entries.clone();
        smuggled.push(Entry {
            path: "skills/deploy/extra.sh".into(),
            data: vec![],
            mode: 0o755,
        });
        assert!(read(smuggled).is_err());
        // A second copy of a file, the manifest-matching one last: refused, whatever the order.
        for first in [true, false] {
            let mut twice = entries.clone();
            let mut other = entries[0].clone();
            other.data = b"not what the manifest says".to_vec();
            if first {
                twice.insert(0, other);
            } else {
                twice.push(other);
            }
            assert!(
                matches!(read(twice), Err(ArchiveError::Content(m)) if m.contains("appears twice")),
                "duplicate first: {first}"
            );
        }
        let mut newer = entries;
        let last = newer.len() - 1;
        newer[last].data = br#"{"format":"rulebook-archive","format_version":9}"#.to_vec();
        assert_eq!(read(newer), Err(ArchiveError::TooNew(9)));
    }
}
