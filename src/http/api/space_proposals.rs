//! A space's proposals over REST: the open ones across every artifact (what reviewers work
//! through), and proposals for artifacts that do not exist yet (an agent's `create_standard`):
//! propose, show, accept (creating the artifact, as is or edited) or reject with a comment.
//! Proposals for existing artifacts are decided on their artifact's routes
//! (`.../{kind}/{slug}/proposals/{id}`), which show the diffs.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::artifacts::{ArtifactIn, check, content_json, space, target, to_content};
use crate::http::api::content_gate::{Stage, gate};
use crate::http::api::proposals::summary;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Content, Kind};
use crate::model::names;
use crate::store::proposals::Proposal;

/// `GET .../spaces/{space}/proposals[?status=all]`: open proposals first, newest first.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let s = space(call)?.clone();
    let all = call.query_param("status").as_deref() == Some("all");
    let rows: Vec<Value> = call
        .state
        .store
        .space_proposals(s.id, !all)?
        .iter()
        .map(summary)
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "space": s.slug, "proposals": rows }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewIn {
    kind: String,
    content: ArtifactIn,
    #[serde(default)]
    message: String,
}

/// The slug a new artifact would get (as `POST .../{kind}` gives it).
fn slug_for(kind: Kind, content: &Content, wanted: Option<&str>) -> Result<String, HttpError> {
    Ok(match (kind, wanted) {
        (Kind::Skill, _) => content.name().to_string(),
        (_, Some(s)) => names::slug(s)
            .map_err(|e| HttpError::Invalid(e.to_string()))?
            .to_string(),
        (_, None) => names::slugify(content.name()),
    })
}

/// `POST .../spaces/{space}/proposals`: proposes a new artifact (read access is enough).
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: NewIn = call.json()?;
    let kind = Kind::parse(&body.kind).ok_or_else(|| {
        HttpError::Invalid("kind must be standard, command, skill or subagent".into())
    })?;
    if body.message.chars().count() > 1000 {
        return Err(HttpError::Invalid(
            "message is longer than 1000 characters".into(),
        ));
    }
    let wanted = body.content.slug.clone();
    let content = to_content(kind, body.content)?;
    check(call, &content)?;
    let g = gate(call, &content, Stage::Proposal, None)?;
    let slug = slug_for(kind, &content, wanted.as_deref())?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let mut event = call.event("proposal.created", target(kind, &s, &slug), "success");
    event.detail = "new artifact".into();
    let id = call
        .state
        .store
        .propose_new(s.id, &slug, &content, &body.message, &author, &event)?;
    let p = call
        .state
        .store
        .space_proposal(s.id, id)?
        .ok_or(HttpError::NotFound)?;
    let mut v = summary(&p);
    v["findings"] = g.findings();
    Ok(Reply::json(201, &v))
}

fn load(call: &Call<'_>) -> Result<Proposal, HttpError> {
    let s = space(call)?;
    let id = call.id_param("proposal")?;
    call.state
        .store
        .space_proposal(s.id, id)?
        .ok_or(HttpError::NotFound)
}

/// `GET .../spaces/{space}/proposals/{proposal}`.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = load(call)?;
    let mut v = summary(&p);
    v["content"] = content_json(&p.content);
    v["findings"] = gate(call, &p.content, Stage::Preview, None)?.findings();
    Ok(Reply::json(200, &v))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptIn {
    #[serde(default)]
    resolution: Option<ArtifactIn>,
    #[serde(default)]
    comment: String,
}

/// A proposal decided here must propose a new artifact.
fn new_only(p: &Proposal) -> Result<(), HttpError> {
    if p.is_new() {
        Ok(())
    } else {
        Err(HttpError::Conflict(format!(
            "proposal {} edits {} {}: decide it on that artifact's proposals",
            p.id, p.kind, p.slug
        )))
    }
}

/// `POST .../spaces/{space}/proposals/{proposal}/accept`: creates the artifact.
pub fn accept(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = load(call)?;
    new_only(&p)?;
    let kind = Kind::parse(&p.kind).ok_or(HttpError::Internal)?;
    let body: AcceptIn = call.json()?;
    let resolution = match body.resolution {
        Some(r) => {
            let c = to_content(kind, r)?;
            check(call, &c)?;
            Some(c)
        }
        None => None,
    };
    let mut g = gate(
        call,
        resolution.as_ref().unwrap_or(&p.content),
        Stage::Write,
        None,
    )?;
    let s = space(call)?.clone();
    let reviewer = call.who()?.username.clone();
    let mut event = call.event("proposal.accepted", target(kind, &s, &p.slug), "success");
    event.detail = format!("proposal {} (new artifact) accepted", p.id);
    let version = call.state.store.accept_proposal(
        &p,
        resolution.as_ref(),
        &reviewer,
        &body.comment,
        &event,
    )?;
    if let Some((a, _)) = call.state.store.artifact(s.id, kind, &p.slug)? {
        g.record(call, a.id, version, &target(kind, &s, &p.slug))?;
    }
    Ok(Reply::json(
        200,
        // A new artifact is in no package yet, so no release waits for it (the answer has
        // the shape of an edit's accept, which lists the packages to publish).
        &json!({ "id": p.id, "status": "accepted", "kind": p.kind, "slug": p.slug, "version": version,
                 "packages_to_release": [], "findings": g.findings() }),
    ))
}

/// `POST .../spaces/{space}/proposals/{proposal}/reject`: a comment is required.
pub fn reject(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let p = load(call)?;
    new_only(&p)?;
    let kind = Kind::parse(&p.kind).ok_or(HttpError::Internal)?;
    crate::http::api::proposals::reject_with_comment(call, &p, kind)
}
