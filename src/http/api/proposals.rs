//! Change proposals over REST: propose (read access is enough), list, show with diffs against
//! the base and the current version, accept (as is, or edited), reject with a comment.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::artifacts::{
    ArtifactIn, content_json, load, parse_body, space, target, to_content,
};
use crate::http::api::content_gate::{Stage, gate};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::Content;
use crate::store::proposals::Proposal;

pub(crate) fn summary(p: &Proposal) -> Value {
    json!({ "id": p.id, "kind": p.kind, "slug": p.slug, "new": p.is_new(), "base_version": p.base_version, "current_version": p.current_version, "conflict": p.conflict(),
            "status": p.status, "author": p.author, "message": p.message, "created_at": rfc3339(p.created_at),
            "decided_by": p.decided_by, "comment": p.comment, "accepted_version": p.accepted_version })
}

fn proposal(call: &Call<'_>, artifact_id: i64) -> Result<Proposal, HttpError> {
    let id = call.id_param("proposal")?;
    call.state
        .store
        .proposal(artifact_id, id)?
        .ok_or(HttpError::NotFound)
}

/// `POST .../proposals`: the body is the proposed content plus `base_version` as a query
/// parameter or If-Match (the version the proposer read).
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let base = match call.header("If-Match") {
        Some(v) => v
            .trim()
            .trim_matches('"')
            .trim_start_matches('v')
            .parse()
            .map_err(|_| HttpError::BadRequest("bad If-Match".into()))?,
        None => a.version,
    };
    let (content, slug, message) = parse_body(call, k)?;
    if slug.is_some_and(|s| s != a.slug) || content.name().is_empty() {
        return Err(HttpError::Invalid(
            "a proposal edits this artifact; its slug cannot change".into(),
        ));
    }
    let g = gate(call, &content, Stage::Proposal, Some(a.id))?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let event = call.event("proposal.created", target(k, &s, &a.slug), "success");
    let id = call
        .state
        .store
        .propose(a.id, base, &content, &message, &author, &event)?;
    let p = call
        .state
        .store
        .proposal(a.id, id)?
        .ok_or(HttpError::NotFound)?;
    let mut v = summary(&p);
    v["findings"] = g.findings();
    Ok(Reply::json(201, &v))
}

/// `GET .../proposals`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, _) = load(call)?;
    let rows: Vec<Value> = call
        .state
        .store
        .proposals(a.id)?
        .iter()
        .map(summary)
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "slug": a.slug, "proposals": rows }),
    ))
}

/// `GET .../proposals/{proposal}`: with diffs against its base and against the current version.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, current) = load(call)?;
    let p = proposal(call, a.id)?;
    let base = call
        .state
        .store
        .artifact_version(a.id, p.base_version)?
        .ok_or(HttpError::NotFound)?;
    let against_base = serde_json::to_value(crate::model::diff::diff(&base, &p.content))
        .map_err(|_| HttpError::Internal)?;
    let against_current = serde_json::to_value(crate::model::diff::diff(&current, &p.content))
        .map_err(|_| HttpError::Internal)?;
    let mut v = summary(&p);
    v["content"] = content_json(&p.content);
    v["diff_from_base"] = against_base;
    v["diff_from_current"] = against_current;
    v["findings"] = gate(call, &p.content, Stage::Preview, Some(a.id))?.findings();
    Ok(Reply::json(200, &v))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptIn {
    /// The reviewer's edited content (edit-then-accept, or resolving a conflict).
    #[serde(default)]
    resolution: Option<ArtifactIn>,
    #[serde(default)]
    comment: String,
}

/// `POST .../proposals/{proposal}/accept`.
pub fn accept(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let p = proposal(call, a.id)?;
    let body: AcceptIn = call.json()?;
    let resolution: Option<Content> = match body.resolution {
        Some(r) => {
            let c = to_content(k, r)?;
            super::artifacts::check(call, &c)?;
            Some(c)
        }
        None => None,
    };
    let mut g = gate(
        call,
        resolution.as_ref().unwrap_or(&p.content),
        Stage::Write,
        Some(a.id),
    )?;
    let s = space(call)?.clone();
    let reviewer = call.who()?.username.clone();
    let how = if resolution.is_some() {
        "edited and accepted"
    } else {
        "accepted"
    };
    let mut event = call.event("proposal.accepted", target(k, &s, &a.slug), "success");
    event.detail = format!("proposal {} {how}", p.id);
    let version = call.state.store.accept_proposal(
        &p,
        resolution.as_ref(),
        &reviewer,
        &body.comment,
        &event,
    )?;
    g.record(call, a.id, version, &target(k, &s, &a.slug))?;
    Ok(Reply::json(
        200,
        &json!({ "id": p.id, "status": "accepted", "version": version,
                 "packages_to_release": packages_to_release(call, a.id)?, "findings": g.findings() }),
    ))
}

/// The packages holding artifact `artifact_id` whose newest release does not carry its
/// current version: accepting does not move `latest`; a maintainer publishes a release.
pub(crate) fn packages_to_release(call: &Call<'_>, artifact_id: i64) -> Result<Value, HttpError> {
    let rows: Vec<Value> = call
        .state
        .store
        .packages_to_release(artifact_id)?
        .into_iter()
        .map(|p| json!({ "slug": p.slug, "name": p.name, "latest_version": p.latest_version }))
        .collect();
    Ok(Value::Array(rows))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RejectIn {
    comment: String,
}

/// `POST .../proposals/{proposal}/reject`: a comment is required.
pub fn reject(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let p = proposal(call, a.id)?;
    reject_with_comment(call, &p, k)
}

/// Rejects `p` with the comment the body must carry (both proposal routes).
pub(crate) fn reject_with_comment(
    call: &mut Call<'_>,
    p: &Proposal,
    kind: crate::model::artifact::Kind,
) -> Result<Reply, HttpError> {
    let body: RejectIn = call.json()?;
    if body.comment.trim().is_empty() || body.comment.chars().count() > 5000 {
        return Err(HttpError::Invalid("say why, in 1-5000 characters".into()));
    }
    let s = space(call)?.clone();
    let reviewer = call.who()?.username.clone();
    let event = call.event("proposal.rejected", target(kind, &s, &p.slug), "success");
    call.state
        .store
        .reject_proposal(p, &reviewer, &body.comment, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "id": p.id, "status": "rejected" }),
    ))
}
