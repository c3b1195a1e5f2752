//! The playbook as MCP resources: each standard, command, subagent and skill (and each file
//! of a skill) has a URI `rulebook://{org}/{space}/{kind}s/{slug}` that a client can attach
//! to a conversation. Text is the same Markdown `rulebook install` writes under `.rulebook/`.

use serde_json::{Map, Value, json};

use super::protocol::{RpcError, code, printable};
use super::source::{Source, SourceError};
use crate::model::artifact::{Content, Kind};
use crate::render::markdown;

/// Resources per `resources/list` page.
const PAGE: usize = 200;

fn rpc(e: SourceError) -> RpcError {
    match e {
        SourceError::Internal(d) => {
            log::error!("mcp resources: {d}");
            RpcError::new(code::INTERNAL_ERROR, "internal error")
        }
        // Unknown resources are -32602 since 2026-07-28 (and -32002, retired, before).
        other => RpcError::invalid_params(other.to_string()),
    }
}

fn uri(org: &str, space: &str, kind: Kind, slug: &str) -> String {
    format!("rulebook://{org}/{space}/{}/{slug}", kind.plural())
}

/// `resources/templates/list`.
pub fn templates(source: &dyn Source) -> Value {
    let org = source.org();
    let mut t: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| {
            json!({
                "uriTemplate": format!("rulebook://{org}/{{space}}/{}/{{slug}}", k.plural()),
                "name": k.plural(),
                "title": format!("A {} of the playbook", k.as_str()),
                "mimeType": "text/markdown",
            })
        })
        .collect();
    t.push(json!({
        "uriTemplate": format!("rulebook://{org}/{{space}}/skills/{{slug}}/files/{{+path}}"),
        "name": "skill-files",
        "title": "A file of a skill",
    }));
    json!({ "resourceTemplates": t })
}

/// `resources/list`, a page at a time; the cursor is `kind:space:slug` of the last item.
pub fn list(source: &dyn Source, params: &Map<String, Value>) -> Result<Value, RpcError> {
    let spaces = source.spaces().map_err(rpc)?;
    let bad_cursor = || RpcError::invalid_params("cursor is not one this server gave");
    let (mut k, mut s, mut after) = match params.get("cursor").and_then(Value::as_str) {
        None => (0, 0, None),
        Some(c) => {
            let mut parts = c.splitn(3, ':');
            let (kind, space, slug) = (parts.next(), parts.next(), parts.next());
            let k = Kind::ALL
                .iter()
                .position(|x| Some(x.as_str()) == kind)
                .ok_or_else(bad_cursor)?;
            let s = spaces
                .iter()
                .position(|x| Some(x.as_str()) == space)
                .ok_or_else(bad_cursor)?;
            (k, s, slug.map(str::to_string))
        }
    };
    let mut out = Vec::new();
    let mut next = None;
    while k < Kind::ALL.len() {
        let kind = Kind::ALL[k];
        while s < spaces.len() {
            let want = PAGE - out.len();
            let page = source
                .list(kind, &spaces[s], after.as_deref(), want + 1)
                .map_err(rpc)?;
            let more = page.len() > want;
            for l in page.into_iter().take(want) {
                out.push(json!({
                    "uri": uri(source.org(), &l.space, kind, &l.slug), "name": l.slug, "title": l.name,
                    "description": l.description, "mimeType": "text/markdown",
                }));
                after = Some(l.slug);
            }
            if more || out.len() == PAGE {
                next = Some(format!(
                    "{}:{}:{}",
                    kind.as_str(),
                    spaces[s],
                    after.clone().unwrap_or_default()
                ));
                break;
            }
            s += 1;
            after = None;
        }
        if next.is_some() {
            break;
        }
        k += 1;
        s = 0;
    }
    let mut v = json!({ "resources": out });
    if let Some(n) = next {
        v["nextCursor"] = json!(n);
    }
    Ok(v)
}

/// `resources/read`.
pub fn read(source: &dyn Source, params: &Map<String, Value>) -> Result<Value, RpcError> {
    let u = params
        .get("uri")
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::invalid_params("uri is required"))?;
    let unknown = || {
        RpcError::invalid_params(format!("Resource not found: {}", printable(u, 200)))
            .with_data(json!({ "uri": u }))
    };
    let rest = u
        .strip_prefix("rulebook://")
        .and_then(|r| r.strip_prefix(source.org()))
        .and_then(|r| r.strip_prefix('/'))
        .ok_or_else(unknown)?;
    let mut parts = rest.splitn(4, '/');
    let (space, kind, slug, tail) = (parts.next(), parts.next(), parts.next(), parts.next());
    let (Some(space), Some(kind), Some(slug)) = (space, kind, slug) else {
        return Err(unknown());
    };
    let kind = Kind::from_plural(kind).ok_or_else(unknown)?;
    if !source.spaces().map_err(rpc)?.iter().any(|s| s == space) {
        return Err(unknown());
    }
    let found = source
        .get(kind, space, slug)
        .map_err(rpc)?
        .ok_or_else(unknown)?;
    let content = match (&found.content, tail) {
        (Content::Standard(s), None) => {
            json!({ "uri": u, "mimeType": "text/markdown", "text": markdown::standard_full(s) })
        }
        (Content::Command(c), None) => {
            json!({ "uri": u, "mimeType": "text/markdown", "text": markdown::command_full(c) })
        }
        (Content::Subagent(a), None) => {
            json!({ "uri": u, "mimeType": "text/markdown", "text": markdown::subagent_full(a) })
        }
        (Content::Skill(s), None) => {
            json!({ "uri": u, "mimeType": "text/markdown", "text": crate::model::skill_md::write(s) })
        }
        (Content::Policy(p), None) => {
            json!({ "uri": u, "mimeType": "text/markdown", "text": markdown::policy_full(p) })
        }
        (Content::Skill(s), Some(t)) => {
            let path = t.strip_prefix("files/").ok_or_else(unknown)?;
            let f = s
                .files
                .iter()
                .find(|f| f.path == path)
                .ok_or_else(unknown)?;
            if f.base64 {
                json!({ "uri": u, "mimeType": "application/octet-stream", "blob": f.content })
            } else {
                json!({ "uri": u, "mimeType": "text/plain", "text": f.content })
            }
        }
        _ => return Err(unknown()),
    };
    Ok(json!({ "contents": [content] }))
}
