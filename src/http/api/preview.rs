//! Preview of what agents receive: the renderers run on one artifact as the editor holds it
//! (saved or not), so an author sees the exact files before publishing.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::artifacts::{ArtifactIn, check, to_content};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Content, Kind};
use crate::render::{Agent, Options, Playbook, render};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreviewIn {
    kind: String,
    agents: Vec<String>,
    #[serde(default)]
    slug: Option<String>,
    content: ArtifactIn,
}

/// `POST /api/v1/orgs/{org}/preview`: the files the chosen agents would get for this artifact.
pub fn preview(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: PreviewIn = call.json()?;
    let kind = Kind::parse(&body.kind)
        .ok_or_else(|| HttpError::Invalid(format!("unknown kind {:?}", body.kind)))?;
    let mut agents = Vec::new();
    for a in &body.agents {
        agents.push(
            Agent::parse(a).ok_or_else(|| HttpError::Invalid(format!("unknown agent {a:?}")))?,
        );
    }
    if agents.is_empty() || agents.len() > Agent::ALL.len() {
        return Err(HttpError::Invalid("choose one or more agents".into()));
    }
    let content = to_content(kind, body.content)?;
    check(call, &content)?;
    let findings = crate::http::api::content_gate::gate(
        call,
        &content,
        crate::http::api::content_gate::Stage::Preview,
        None,
    )?
    .findings();
    let slug = body
        .slug
        .filter(|s| crate::model::names::slug(s).is_ok())
        .unwrap_or_else(|| crate::model::names::slugify(content.name()));
    let mut p = Playbook::default();
    match content {
        Content::Standard(s) => p.standards.push((slug, s)),
        Content::Command(c) => p.commands.push((slug, c)),
        Content::Skill(s) => p.skills.push((slug, s)),
        Content::Subagent(a) => p.subagents.push((slug, a)),
        Content::Policy(a) => p.policies.push((slug, a)),
    }
    let out = render(
        &p,
        &Options {
            agents,
            ..Default::default()
        },
    )
    .map_err(|e| HttpError::Invalid(e.to_string()))?;
    let files: Vec<Value> = out
        .ops
        .iter()
        .filter(|op| !op.path().starts_with(".rulebook/"))
        .map(|op| {
            let text = String::from_utf8_lossy(op.bytes()).into_owned();
            json!({ "path": op.path(), "section": matches!(op, crate::render::FileOp::Section { .. }),
                    "bytes": op.bytes().len(), "tokens": crate::render::estimate_tokens(op.bytes().len()), "text": text })
        })
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "files": files, "notes": out.notes, "findings": findings }),
    ))
}
