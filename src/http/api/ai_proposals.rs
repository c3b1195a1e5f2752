//! AI help around change proposals (issue 21): condensing a standard for agents with a small
//! always-on budget, filed as a proposal a reviewer accepts or not; and an advisory review of
//! a proposal, stored beside it and always shown as AI-written. Neither changes an artifact.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::ai::Feature;
use crate::ai::{draft, prompts};
use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::ai::{Asked, ask, dry, usage_json};
use crate::http::api::artifacts::{space, target};
use crate::http::api::content_gate::{Stage, gate};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::{Content, Kind, Standard};
use crate::store::ai::ReviewRow;
use crate::store::playbook::ArtifactRow;

/// The standard named by `{slug}`, with its current content.
fn load(call: &Call<'_>) -> Result<(Kind, ArtifactRow, Content), HttpError> {
    let s = space(call)?;
    let (a, c) = call
        .state
        .store
        .artifact(s.id, Kind::Standard, call.param("slug")?)?
        .ok_or(HttpError::NotFound)?;
    Ok((Kind::Standard, a, c))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CondenseIn {
    /// The budget for description and rule texts together (default: half of today's).
    #[serde(default)]
    max_chars: Option<usize>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    dry_run: bool,
}

fn standard_of(content: Content) -> Result<Standard, HttpError> {
    match content {
        Content::Standard(s) => Ok(s),
        _ => Err(HttpError::Invalid(
            "only standards can be condensed or reviewed by AI".into(),
        )),
    }
}

/// `POST /api/v1/orgs/{org}/spaces/{space}/standards/{slug}/ai/condense`: a condensed version, filed as a proposal marked
/// AI-written (the gate applies as to any proposal).
pub fn condense(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, content) = load(call)?;
    let body: CondenseIn = call.json()?;
    let s = standard_of(content)?;
    let max = body
        .max_chars
        .unwrap_or(draft::text_chars(&s) / 2)
        .clamp(200, 100_000);
    let asked = ask(
        call,
        Feature::Condense,
        body.provider.as_deref(),
        body.dry_run,
        |scope| Ok(prompts::condense(&s, max, scope)),
        |text| draft::condensed(text, &s),
    )?;
    let (o, condensed) = match asked {
        Asked::DryRun(payload) => return Ok(dry(payload)),
        Asked::Sent(o, c) => (o, c),
    };
    let content = Content::Standard(condensed);
    let g = gate(call, &content, Stage::Proposal, Some(a.id))?;
    let sp = space(call)?.clone();
    let author = call.who()?.username.clone();
    let message = format!(
        "AI-written: condensed by {} ({}) from {} to {} characters; review before accepting",
        o.provider,
        o.model,
        draft::text_chars(&s),
        match &content {
            Content::Standard(c) => draft::text_chars(c),
            _ => 0,
        }
    );
    let event = call.event("proposal.created", target(k, &sp, &a.slug), "success");
    let id = call
        .state
        .store
        .propose(a.id, a.version, &content, &message, &author, &event)?;
    let p = call
        .state
        .store
        .proposal(a.id, id)?
        .ok_or(HttpError::NotFound)?;
    let mut v = crate::http::api::proposals::summary(&p);
    v["findings"] = g.findings();
    v["ai_written"] = json!(true);
    v["usage"] = usage_json(&o);
    Ok(Reply::json(201, &v))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewIn {
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    dry_run: bool,
}

fn review_json(r: &ReviewRow) -> Value {
    json!({
        "id": r.id, "ai_written": true, "requested_by": r.username, "provider": r.provider,
        "model": r.model, "review": serde_json::from_str::<Value>(&r.review).unwrap_or(Value::Null),
        "created_at": rfc3339(r.created_at),
    })
}

/// `POST .../standards/{slug}/proposals/{proposal}/ai-review`: an advisory review, stored.
pub fn review(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, current) = load(call)?;
    let id = call.id_param("proposal")?;
    let p = call
        .state
        .store
        .proposal(a.id, id)?
        .ok_or(HttpError::NotFound)?;
    let body: ReviewIn = call.json()?;
    let current = standard_of(current)?;
    let proposed = standard_of(p.content.clone())?;
    let asked = ask(
        call,
        Feature::ReviewProposal,
        body.provider.as_deref(),
        body.dry_run,
        |scope| Ok(prompts::review(&current, &proposed, scope)),
        draft::review,
    )?;
    let (o, review) = match asked {
        Asked::DryRun(payload) => return Ok(dry(payload)),
        Asked::Sent(o, r) => (o, r),
    };
    let text = serde_json::to_string(&review).map_err(|_| HttpError::Internal)?;
    let sp = space(call)?.clone();
    let mut event = call.event("proposal.ai_review", target(k, &sp, &a.slug), "success");
    event.detail = format!("proposal {} verdict {}", p.id, review.verdict);
    let who = call.who()?.username.clone();
    let row = call
        .state
        .store
        .add_ai_review(p.id, &who, &o.provider, &o.model, &text, &event)?;
    let mut v = review_json(&row);
    v["usage"] = usage_json(&o);
    Ok(Reply::json(201, &v))
}

/// `GET .../standards/{slug}/proposals/{proposal}/ai-reviews`.
pub fn reviews(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, _) = load(call)?;
    let id = call.id_param("proposal")?;
    call.state
        .store
        .proposal(a.id, id)?
        .ok_or(HttpError::NotFound)?;
    let rows: Vec<Value> = call
        .state
        .store
        .ai_reviews(id)?
        .iter()
        .map(review_json)
        .collect();
    Ok(Reply::json(200, &json!({ "reviews": rows })))
}
