//! Starter templates over REST: browse the standards shipped in the binary and copy one into
//! a space as a new standard (org admins), where it is then edited like any other.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::api::artifacts::{content_json, space, target, written_reply};
use crate::http::api::content_gate::{Stage, gate};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::model::artifact::Kind;
use crate::model::{names, templates};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CopyIn {
    #[serde(default)]
    slug: Option<String>,
}

fn summary(t: &templates::Template) -> Value {
    json!({
        "slug": t.slug, "name": t.standard.name, "tags": t.tags,
        "scope": t.standard.scope, "rules": t.standard.rules.len(),
    })
}

/// `GET /api/v1/templates[?tag=]`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let tag = call.query_param("tag");
    let items: Vec<Value> = templates::all()
        .iter()
        .filter(|t| tag.as_ref().is_none_or(|g| t.tags.contains(g)))
        .map(summary)
        .collect();
    Ok(Reply::json(200, &json!({ "items": items })))
}

fn template(call: &Call<'_>) -> Result<templates::Template, HttpError> {
    templates::get(call.param("template")?).ok_or(HttpError::NotFound)
}

/// `GET /api/v1/templates/{template}`: the whole standard.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let t = template(call)?;
    let mut v = summary(&t);
    v["content"] = content_json(&t.content());
    Ok(Reply::json(200, &v))
}

/// `POST .../spaces/{space}/templates/{template}`: copies it in as a new standard.
pub fn copy(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let t = template(call)?;
    let body: CopyIn = if call.body.is_empty() {
        CopyIn::default()
    } else {
        call.json()?
    };
    let slug = match body.slug {
        Some(s) => names::slug(&s)
            .map_err(|e| HttpError::Invalid(e.to_string()))?
            .to_string(),
        None => t.slug.clone(),
    };
    let content = t.content();
    crate::http::api::artifacts::check(call, &content)?;
    let mut g = gate(call, &content, Stage::Write, None)?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let what = target(Kind::Standard, &s, &slug);
    let event = call.event("artifact.created", what.clone(), "success");
    let message = format!("Copied from the starter template {}", t.slug);
    let row = call
        .state
        .store
        .create_artifact(s.id, &slug, &content, &author, &message, &event)?;
    g.record(call, row.id, row.version, &what)?;
    Ok(written_reply(201, &row, &content, &g))
}
