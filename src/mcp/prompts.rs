//! Commands as MCP prompts: every command the caller can read appears in the client's slash
//! menu without rendering any file. A prompt is named by the command's slug; a slug that
//! also exists in an earlier space is named `space/slug`, so every name is unique.

use serde_json::{Map, Value, json};

use super::protocol::{RpcError, printable};
use super::source::{Listed, Source, SourceError};
use crate::model::artifact::{Content, Kind};

/// Most prompts listed (a playbook with more commands pages through `list_commands`).
const MAX_PROMPTS: usize = 1000;

fn rpc(e: SourceError) -> RpcError {
    match e {
        SourceError::Internal(d) => {
            log::error!("mcp prompts: {d}");
            RpcError::new(super::protocol::code::INTERNAL_ERROR, "internal error")
        }
        other => RpcError::invalid_params(other.to_string()),
    }
}

/// Every readable command with its prompt name.
fn named(source: &dyn Source) -> Result<Vec<(String, Listed)>, RpcError> {
    let mut out: Vec<(String, Listed)> = Vec::new();
    for space in source.spaces().map_err(rpc)? {
        let page = source
            .list(Kind::Command, &space, None, MAX_PROMPTS)
            .map_err(rpc)?;
        for l in page {
            let name = if out.iter().any(|(_, o)| o.slug == l.slug) {
                format!("{}/{}", l.space, l.slug)
            } else {
                l.slug.clone()
            };
            out.push((name, l));
        }
        if out.len() >= MAX_PROMPTS {
            out.truncate(MAX_PROMPTS);
            break;
        }
    }
    Ok(out)
}

/// `prompts/list`.
pub fn list(source: &dyn Source) -> Result<Value, RpcError> {
    let prompts: Vec<Value> = named(source)?
        .into_iter()
        .map(|(name, l)| {
            json!({
                "name": name, "title": l.name, "description": l.description,
                "arguments": [{ "name": "arguments", "description": "What to run the command on ($ARGUMENTS)", "required": false }],
            })
        })
        .collect();
    Ok(json!({ "prompts": prompts }))
}

/// `prompts/get`.
pub fn get(source: &dyn Source, params: &Map<String, Value>) -> Result<Value, RpcError> {
    let name = params
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::invalid_params("name is required"))?;
    let args = match params.get("arguments") {
        None | Some(Value::Null) => String::new(),
        Some(Value::Object(a)) => match a.get("arguments") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                return Err(RpcError::invalid_params(
                    "arguments.arguments must be a string",
                ));
            }
        },
        Some(_) => return Err(RpcError::invalid_params("arguments must be an object")),
    };
    let (_, l) = named(source)?
        .into_iter()
        .find(|(n, _)| n == name)
        .ok_or_else(|| {
            RpcError::invalid_params(format!("Unknown prompt: {}", printable(name, 80)))
        })?;
    let found = source
        .get(Kind::Command, &l.space, &l.slug)
        .map_err(rpc)?
        .ok_or_else(|| RpcError::invalid_params("the command was removed"))?;
    let Content::Command(c) = found.content else {
        return Err(RpcError::invalid_params("not a command"));
    };
    let text = crate::render::markdown::placeholders(&c.body, &args);
    Ok(json!({
        "description": c.description,
        "messages": [{ "role": "user", "content": { "type": "text", "text": text } }],
    }))
}
