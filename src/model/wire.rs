//! The JSON shape of artifact content that clients send and receive (REST API, MCP tools,
//! proposals, previews), converted by hand to and from the domain types. It lives below the
//! edges because the HTTP API and the MCP server (over HTTP and offline over stdio) must accept
//! and produce exactly the same shape.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::artifact::{self, Content, Kind};
use crate::model::policy;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleIn {
    pub language: String,
    #[serde(default)]
    pub good: String,
    #[serde(default)]
    pub bad: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleIn {
    pub text: String,
    #[serde(default)]
    pub severity: Option<String>,
    #[serde(default)]
    pub examples: Vec<ExampleIn>,
    #[serde(default)]
    pub detectors: Vec<DetectorIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorIn {
    pub language: String,
    #[serde(default)]
    pub severity: Option<String>,
    pub yaml: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillFileIn {
    pub path: String,
    pub content: String,
    #[serde(default)]
    pub base64: bool,
    #[serde(default)]
    pub executable: bool,
}

/// The body of a create or update, for every kind (fields a kind does not use are refused).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArtifactIn {
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub scope: Option<Vec<String>>,
    #[serde(default)]
    pub rules: Option<Vec<RuleIn>>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub tools: Option<Vec<String>>,
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub compatibility: Option<String>,
    #[serde(default)]
    pub extra: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub files: Option<Vec<SkillFileIn>>,
    #[serde(default)]
    pub permissions: Option<Vec<policy::Permission>>,
    #[serde(default)]
    pub hooks: Option<Vec<policy::Hook>>,
}

fn unused(kind: Kind, field: &str, present: bool) -> Result<(), String> {
    if present {
        return Err(format!("a {} has no field {field}", kind.as_str()));
    }
    Ok(())
}

/// Converts the wire body into domain content, refusing fields the kind does not have.
pub fn to_content(kind: Kind, b: ArtifactIn) -> Result<Content, String> {
    if kind != Kind::Policy {
        unused(kind, "permissions", b.permissions.is_some())?;
        unused(kind, "hooks", b.hooks.is_some())?;
    }
    let bad_severity = |s: &str| format!("severity {s:?} must be error or warning");
    Ok(match kind {
        Kind::Standard => {
            unused(kind, "body", b.body.is_some())?;
            unused(kind, "tools", b.tools.is_some())?;
            unused(kind, "files", b.files.is_some())?;
            let rules = b
                .rules
                .unwrap_or_default()
                .into_iter()
                .map(|r| {
                    let severity = match r.severity.as_deref() {
                        None => None,
                        Some("error") => Some(artifact::Severity::Error),
                        Some("warning") => Some(artifact::Severity::Warning),
                        Some(other) => return Err(bad_severity(other)),
                    };
                    let examples = r
                        .examples
                        .into_iter()
                        .map(|e| artifact::Example {
                            language: e.language,
                            good: e.good,
                            bad: e.bad,
                        })
                        .collect();
                    let detectors = r
                        .detectors
                        .into_iter()
                        .map(|d| {
                            let level = match d.severity.as_deref() {
                                None => None,
                                Some(s) => Some(artifact::Level::parse(s).ok_or_else(|| {
                                    format!(
                                        "detector severity {s:?} must be error, warning or info"
                                    )
                                })?),
                            };
                            Ok(artifact::RuleDetector {
                                language: d.language,
                                level,
                                yaml: d.yaml,
                            })
                        })
                        .collect::<Result<Vec<_>, String>>()?;
                    Ok(artifact::Rule {
                        text: r.text,
                        severity,
                        examples,
                        detectors,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Content::Standard(artifact::Standard {
                name: b.name,
                description: b.description,
                scope: b.scope.unwrap_or_default(),
                rules,
            })
        }
        Kind::Command => {
            unused(kind, "rules", b.rules.is_some())?;
            unused(kind, "files", b.files.is_some())?;
            Content::Command(artifact::Command {
                name: b.name,
                description: b.description,
                body: b.body.unwrap_or_default(),
            })
        }
        Kind::Subagent => {
            unused(kind, "rules", b.rules.is_some())?;
            unused(kind, "files", b.files.is_some())?;
            Content::Subagent(artifact::Subagent {
                name: b.name,
                description: b.description,
                tools: b.tools.unwrap_or_default(),
                model: b.model,
                body: b.body.unwrap_or_default(),
            })
        }
        Kind::Policy => {
            for (field, present) in [
                ("scope", b.scope.is_some()),
                ("rules", b.rules.is_some()),
                ("body", b.body.is_some()),
                ("tools", b.tools.is_some()),
                ("model", b.model.is_some()),
                ("compatibility", b.compatibility.is_some()),
                ("extra", b.extra.is_some()),
                ("files", b.files.is_some()),
            ] {
                unused(kind, field, present)?;
            }
            Content::Policy(policy::Policy {
                name: b.name,
                description: b.description,
                permissions: b.permissions.unwrap_or_default(),
                hooks: b.hooks.unwrap_or_default(),
            })
        }
        Kind::Skill => {
            unused(kind, "rules", b.rules.is_some())?;
            let files = b
                .files
                .unwrap_or_default()
                .into_iter()
                .map(|f| artifact::SkillFile {
                    path: f.path,
                    content: f.content,
                    base64: f.base64,
                    mode: if f.executable { 0o755 } else { 0o644 },
                })
                .collect();
            Content::Skill(artifact::Skill {
                name: b.name,
                description: b.description,
                compatibility: b.compatibility,
                extra: b.extra.unwrap_or_default(),
                body: b.body.unwrap_or_default(),
                files,
            })
        }
    })
}

/// A rule's wire form; `detectors` only when it has some (older clients never see the key).
fn rule_json(r: &artifact::Rule) -> Value {
    let mut v = json!({
        "text": r.text,
        "severity": r.severity.map(|v| match v { artifact::Severity::Error => "error", artifact::Severity::Warning => "warning" }),
        "examples": r.examples.iter().map(|e| json!({ "language": e.language, "good": e.good, "bad": e.bad })).collect::<Vec<_>>(),
    });
    if !r.detectors.is_empty() {
        v["detectors"] = r
            .detectors
            .iter()
            .map(|d| json!({ "language": d.language, "severity": d.level.map(artifact::Level::as_str), "yaml": d.yaml }))
            .collect();
    }
    v
}

/// The wire form of content.
pub fn content_json(c: &Content) -> Value {
    match c {
        Content::Standard(s) => json!({
            "name": s.name, "description": s.description, "scope": s.scope,
            "rules": s.rules.iter().map(rule_json).collect::<Vec<_>>(),
        }),
        Content::Command(c) => {
            json!({ "name": c.name, "description": c.description, "body": c.body })
        }
        Content::Subagent(a) => {
            json!({ "name": a.name, "description": a.description, "tools": a.tools, "model": a.model, "body": a.body })
        }
        Content::Policy(p) => json!({
            "name": p.name, "description": p.description, "permissions": p.permissions, "hooks": p.hooks,
        }),
        Content::Skill(s) => json!({
            "name": s.name, "description": s.description, "compatibility": s.compatibility, "extra": s.extra, "body": s.body,
            "files": s.files.iter().map(|f| json!({ "path": f.path, "content": f.content, "base64": f.base64, "executable": f.mode == 0o755 })).collect::<Vec<_>>(),
        }),
    }
}
