//! Standards, commands, skills and subagents over REST: create, read, list with paging,
//! update with If-Match (a stale write gets 412, never overwrites), versions, diff, restore
//! of an old version as a new one, trash, untrash and purge.
//!
//! The wire shape of content (`model::wire`) is separate from the domain types and converted
//! by hand.

use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::api::content_gate::{Gate, Stage, gate};
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::lint::validate::Validation;
use crate::model::artifact::{Content, Kind};
use crate::model::names;
use crate::store::accounts::SpaceRow;
use crate::store::playbook::ArtifactRow;

pub(crate) use crate::model::wire::{ArtifactIn, content_json};

/// Converts the wire body into domain content (422 for fields the kind does not have).
pub(crate) fn to_content(kind: Kind, b: ArtifactIn) -> Result<Content, HttpError> {
    crate::model::wire::to_content(kind, b).map_err(HttpError::Invalid)
}

fn kind(call: &Call<'_>) -> Result<Kind, HttpError> {
    Kind::from_plural(call.param("kind")?).ok_or(HttpError::NotFound)
}

pub(crate) fn etag(version: i64) -> String {
    format!("\"v{version}\"")
}

fn artifact_json(a: &ArtifactRow, c: &Content) -> Value {
    artifact_json_with(a, c, validations(c).as_deref())
}

/// The artifact with its detectors' validation already computed (`None`: it has none).
fn artifact_json_with(a: &ArtifactRow, c: &Content, detectors: Option<&[Validation]>) -> Value {
    let mut v = json!({
        "kind": a.kind.as_str(), "slug": a.slug, "version": a.version,
        "created_at": rfc3339(a.created_at), "updated_at": rfc3339(a.updated_at),
        "trashed": a.deleted_at.is_some(), "content": content_json(c),
    });
    if let Some(d) = detectors {
        v["detectors"] = json!(d);
    }
    v
}

/// A standard's detectors validated on its rules' examples (`None`: no detectors).
pub(crate) fn validations(c: &Content) -> Option<Vec<Validation>> {
    match c {
        Content::Standard(s) if s.rules.iter().any(|r| !r.detectors.is_empty()) => {
            Some(crate::lint::validate::standard(s))
        }
        _ => None,
    }
}

fn with_etag(mut r: Reply, a: &ArtifactRow) -> Reply {
    r.headers.push(("ETag", etag(a.version)));
    r
}

/// The answer to a write: the artifact plus the findings the content gate reported.
pub(crate) fn written_reply(status: u16, a: &ArtifactRow, c: &Content, g: &Gate) -> Reply {
    with_etag(Reply::json(status, &written(a, c, g)), a)
}

fn written(a: &ArtifactRow, c: &Content, g: &Gate) -> Value {
    let mut v = artifact_json(a, c);
    v["findings"] = g.findings();
    v
}

pub(crate) fn space<'c>(call: &'c Call<'_>) -> Result<&'c SpaceRow, HttpError> {
    call.space.as_ref().ok_or(HttpError::NotFound)
}

pub(crate) fn parse_body(
    call: &Call<'_>,
    kind: Kind,
) -> Result<(Content, Option<String>, String), HttpError> {
    let body: ArtifactIn = call.json()?;
    let slug = body.slug.clone();
    let message = body.message.clone().unwrap_or_default();
    if message.chars().count() > 1000 {
        return Err(HttpError::Invalid(
            "message is longer than 1000 characters".into(),
        ));
    }
    let content = to_content(kind, body)?;
    check(call, &content)?;
    Ok((content, slug, message))
}

/// Refuses content that breaks the instance's limits or the model's rules (422, all named).
pub(crate) fn check(call: &Call<'_>, content: &Content) -> Result<(), HttpError> {
    let problems = content.field_problems(&call.state.store.limits()?);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(HttpError::Problems(problems))
    }
}

pub(crate) fn target(kind: Kind, space: &SpaceRow, slug: &str) -> String {
    format!("{}:{}/{}", kind.as_str(), space.slug, slug)
}

pub(crate) fn load(call: &Call<'_>) -> Result<(Kind, ArtifactRow, Content), HttpError> {
    let k = kind(call)?;
    let s = space(call)?;
    let (a, c) = call
        .state
        .store
        .artifact(s.id, k, call.param("slug")?)?
        .ok_or(HttpError::NotFound)?;
    Ok((k, a, c))
}

/// `GET .../{kind}?after=&limit=&trash=1`.
pub fn list(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let k = kind(call)?;
    let s = space(call)?;
    let limit = call
        .query_param("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(50i64)
        .clamp(1, 200);
    let trash = call.query_param("trash").as_deref() == Some("1");
    let rows = call.state.store.list_artifacts(
        s.id,
        k,
        trash,
        call.query_param("after").as_deref(),
        limit,
    )?;
    let next = (rows.len() as i64 == limit)
        .then(|| rows.last().map(|(a, _)| a.slug.clone()))
        .flatten();
    let items: Vec<Value> = rows
        .iter()
        .map(|(a, name)| json!({ "slug": a.slug, "name": name, "version": a.version, "updated_at": rfc3339(a.updated_at) }))
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "items": items, "next_after": next }),
    ))
}

/// `POST .../{kind}`: version 1.
pub fn create(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let k = kind(call)?;
    let (content, slug, message) = parse_body(call, k)?;
    let slug = match (k, slug) {
        (Kind::Skill, Some(_)) => {
            return Err(HttpError::Invalid("a skill's slug is its name".into()));
        }
        (Kind::Skill, None) => content.name().to_string(),
        (_, Some(s)) => names::slug(&s)
            .map_err(|e| HttpError::Invalid(e.to_string()))?
            .to_string(),
        (_, None) => names::slugify(content.name()),
    };
    let mut g = gate(call, &content, Stage::Write, None)?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let what = target(k, &s, &slug);
    let event = call.event("artifact.created", what.clone(), "success");
    let row = call
        .state
        .store
        .create_artifact(s.id, &slug, &content, &author, &message, &event)?;
    g.record(call, row.id, row.version, &what)?;
    Ok(written_reply(201, &row, &content, &g))
}

/// `GET .../{kind}/{slug}`: the current version, with its ETag.
pub fn show(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, c) = load(call)?;
    if a.deleted_at.is_some() && call.query_param("trash").as_deref() != Some("1") {
        return Err(HttpError::NotFound);
    }
    let mut v = artifact_json(&a, &c);
    match call.query_param("render").as_deref() {
        None | Some("") => {}
        Some("markdown") => v["rendered"] = rendered(&c),
        Some(other) => {
            return Err(HttpError::BadRequest(format!(
                "render must be markdown, not {other:?}"
            )));
        }
    }
    Ok(with_etag(Reply::json(200, &v), &a))
}

/// `?render=markdown`: the Markdown fields of the content as safe element trees
/// (`model::markdown_tree`): `{description, body?, rules?: [tree of each rule's text]}`.
fn rendered(c: &Content) -> Value {
    use crate::model::markdown_tree::tree;
    match c {
        Content::Standard(s) => json!({
            "description": tree(&s.description),
            "rules": s.rules.iter().map(|r| tree(&r.text)).collect::<Vec<_>>(),
        }),
        Content::Command(x) => {
            json!({ "description": tree(&x.description), "body": tree(&x.body) })
        }
        Content::Subagent(x) => {
            json!({ "description": tree(&x.description), "body": tree(&x.body) })
        }
        Content::Skill(x) => json!({ "description": tree(&x.description), "body": tree(&x.body) }),
        Content::Policy(x) => json!({ "description": tree(&x.description) }),
    }
}

pub(crate) fn if_match(call: &Call<'_>) -> Result<i64, HttpError> {
    let v = call
        .header("If-Match")
        .ok_or(HttpError::PreconditionRequired)?;
    let v = v.trim().trim_matches('"');
    v.trim_start_matches('v').parse().map_err(|_| {
        HttpError::BadRequest("If-Match must be the ETag of the version you edited".into())
    })
}

/// `PUT .../{kind}/{slug}` with `If-Match`: a new version.
pub fn update(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let expected = if_match(call)?;
    let (k, a, before) = load(call)?;
    let (content, slug, message) = parse_body(call, k)?;
    if slug.is_some_and(|s| s != a.slug) {
        return Err(HttpError::Invalid("the slug cannot change".into()));
    }
    if k == Kind::Skill && content.name() != a.slug {
        return Err(HttpError::Invalid(
            "a skill's name is its folder and cannot change".into(),
        ));
    }
    let mut g = gate(call, &content, Stage::Write, Some(a.id))?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let what = target(k, &s, &a.slug);
    let event = call.event("artifact.updated", what.clone(), "success");
    let version = call
        .state
        .store
        .update_artifact(a.id, expected, &content, &author, &message, &event)?;
    g.record(call, a.id, version, &what)?;
    let (a, c) = call
        .state
        .store
        .artifact(s.id, k, &a.slug)?
        .ok_or(HttpError::NotFound)?;
    let now = validations(&c);
    let mut v = artifact_json_with(&a, &c, now.as_deref());
    v["findings"] = g.findings();
    if let (Content::Standard(old), Content::Standard(new), Some(now)) = (&before, &c, &now) {
        let gone: Vec<Value> = crate::lint::validate::demoted(old, new, now)
            .iter()
            .map(|v| json!({ "rule": v.rule, "detector": v.detector, "reason": v.reason }))
            .collect();
        if !gone.is_empty() {
            v["demoted"] = json!(gone);
        }
    }
    Ok(with_etag(Reply::json(200, &v), &a))
}

fn set_trashed(call: &mut Call<'_>, trashed: bool) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let s = space(call)?.clone();
    let action = if trashed {
        "artifact.trashed"
    } else {
        "artifact.untrashed"
    };
    let event = call.event(action, target(k, &s, &a.slug), "success");
    call.state.store.set_trashed(a.id, trashed, &event)?;
    Ok(Reply::json(
        200,
        &json!({ "slug": a.slug, "trashed": trashed }),
    ))
}

/// `DELETE .../{kind}/{slug}`: into the trash (restorable).
pub fn trash(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    set_trashed(call, true)
}

/// `POST .../{kind}/{slug}/untrash`.
pub fn untrash(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    set_trashed(call, false)
}

/// `DELETE .../{kind}/{slug}/purge`: removes a trashed artifact and its history (org admin).
pub fn purge(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let s = space(call)?.clone();
    let event = call.event("artifact.purged", target(k, &s, &a.slug), "success");
    call.state.store.purge_artifact(a.id, &event)?;
    Ok(Reply::json(200, &json!({ "slug": a.slug, "purged": true })))
}

/// `GET .../versions`: every version, newest first.
pub fn versions(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, _) = load(call)?;
    let rows: Vec<Value> = call
        .state
        .store
        .artifact_versions(a.id)?
        .into_iter()
        .map(|v| json!({ "version": v.version, "author": v.author, "created_at": rfc3339(v.created_at), "message": v.message }))
        .collect();
    Ok(Reply::json(
        200,
        &json!({ "slug": a.slug, "current": a.version, "versions": rows }),
    ))
}

fn numbered(call: &Call<'_>, id: i64, n: i64) -> Result<Content, HttpError> {
    call.state
        .store
        .artifact_version(id, n)?
        .ok_or(HttpError::NotFound)
}

/// `GET .../versions/{n}`.
pub fn version(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, _) = load(call)?;
    let n = call.id_param("n")?;
    let c = numbered(call, a.id, n)?;
    Ok(Reply::json(
        200,
        &json!({ "slug": a.slug, "version": n, "content": content_json(&c) }),
    ))
}

/// `POST .../versions/{n}/restore`: makes version n the content of a new version.
pub fn restore(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (k, a, _) = load(call)?;
    let n = call.id_param("n")?;
    let old = numbered(call, a.id, n)?;
    let mut g = gate(call, &old, Stage::Write, Some(a.id))?;
    let s = space(call)?.clone();
    let author = call.who()?.username.clone();
    let event = call.event(
        "artifact.restored",
        format!("{} from v{n}", target(k, &s, &a.slug)),
        "success",
    );
    let version = call.state.store.update_artifact(
        a.id,
        a.version,
        &old,
        &author,
        &format!("restore version {n}"),
        &event,
    )?;
    g.record(call, a.id, version, &target(k, &s, &a.slug))?;
    let (a, c) = call
        .state
        .store
        .artifact(s.id, k, &a.slug)?
        .ok_or(HttpError::NotFound)?;
    Ok(written_reply(200, &a, &c, &g))
}

/// At most this many texts in one `POST /api/v1/markdown`.
const MAX_TEXTS: usize = 1000;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkdownIn {
    texts: Vec<String>,
}

/// `POST /api/v1/markdown` `{texts: [...]}` → `{trees: [...]}`: Markdown that is not stored yet
/// (a proposed new artifact) as the same safe trees as `?render=markdown`.
pub fn markdown(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let body: MarkdownIn = call.json()?;
    if body.texts.len() > MAX_TEXTS {
        return Err(HttpError::Invalid(format!(
            "at most {MAX_TEXTS} texts at a time"
        )));
    }
    let trees: Vec<Value> = body
        .texts
        .iter()
        .map(|t| crate::model::markdown_tree::tree(t))
        .collect();
    Ok(Reply::json(200, &json!({ "trees": trees })))
}

/// `GET .../diff?from=N&to=M` (default: the previous version against the current one).
pub fn diff(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let (_, a, current) = load(call)?;
    let num = |name: &str| {
        call.query_param(name)
            .map(|v| {
                v.parse::<i64>()
                    .map_err(|_| HttpError::BadRequest(format!("{name} must be a version number")))
            })
            .transpose()
    };
    let to = num("to")?.unwrap_or(a.version);
    let from = num("from")?.unwrap_or((to - 1).max(1));
    let older = numbered(call, a.id, from)?;
    let newer = if to == a.version {
        current
    } else {
        numbered(call, a.id, to)?
    };
    let d = crate::model::diff::diff(&older, &newer);
    let value = serde_json::to_value(&d).map_err(|_| HttpError::Internal)?;
    Ok(Reply::json(
        200,
        &json!({ "slug": a.slug, "from": from, "to": to, "diff": value }),
    ))
}

/// `GET /api/v1/orgs/{org}/search?q=&kind=&space=&language=&limit=`: ranked hits in the
/// spaces the caller may read (never a private space they are not in), marked with ⟦ ⟧.
pub fn search(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let q = call.query_param("q").unwrap_or_default();
    if q.trim().is_empty() {
        return Err(HttpError::BadRequest("give a search query as ?q=".into()));
    }
    let kind = match call.query_param("kind").filter(|k| !k.is_empty()) {
        Some(k) => Some(
            Kind::parse(&k).ok_or_else(|| HttpError::BadRequest(format!("unknown kind {k:?}")))?,
        ),
        None => None,
    };
    let mut spaces = call.readable_spaces()?;
    if let Some(only) = call.query_param("space").filter(|s| !s.is_empty()) {
        spaces.retain(|s| s.slug == only);
    }
    let ids: Vec<i64> = spaces.iter().map(|s| s.id).collect();
    let language = call.query_param("language").filter(|l| !l.is_empty());
    let limit = call
        .query_param("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(20i64)
        .clamp(1, 100);
    let hits = call
        .state
        .store
        .search(&q, &ids, kind, language.as_deref(), limit)?;
    let items: Vec<Value> = hits
        .iter()
        .map(|h| json!({ "kind": h.kind.as_str(), "space": h.space, "slug": h.slug, "name": h.name, "snippet": h.snippet, "rank": h.rank }))
        .collect();
    Ok(Reply::json(200, &json!({ "query": q, "hits": items })))
}
