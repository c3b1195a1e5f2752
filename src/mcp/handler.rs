//! One JSON-RPC request answered, whatever the transport: method dispatch, the stateless
//! era's per-request checks (`_meta` revision and client capabilities) and its result fields
//! (`resultType`, `ttlMs`, `cacheScope`, server info).

use serde_json::{Value, json};

use super::protocol::{
    self, Era, LEGACY, META_CAPABILITIES, META_SERVER_INFO, MODERN, Message, RpcError,
};
use super::source::Source;
use super::{prompts, resources, tools};

/// What this server tells clients about itself.
pub fn server_info() -> Value {
    json!({ "name": "rulebook", "title": "Rulebook", "version": crate::version::VERSION })
}

/// Natural-language guidance for the model using this server.
pub const INSTRUCTIONS: &str = "Rulebook serves this team's engineering playbook. Before editing a file, call rules_for_path with its path and follow the rules it returns. Use search to find standards, commands, skills and subagents; get_* tools return one in full. When a rule is wrong or missing, call propose_change (or add_rule): a person reviews every proposal.";

fn capabilities() -> Value {
    json!({
        "tools": { "listChanged": false },
        "prompts": { "listChanged": false },
        "resources": { "subscribe": false, "listChanged": false },
    })
}

/// The revision `initialize` settles on: the client's if we speak it, else our newest
/// handshake revision (the client then decides whether to go on).
pub fn negotiate(requested: Option<&str>) -> &'static str {
    LEGACY
        .iter()
        .find(|v| Some(**v) == requested)
        .copied()
        .unwrap_or(LEGACY[0])
}

/// The result of `initialize` at `version`.
pub fn initialize_result(version: &str) -> Value {
    json!({
        "protocolVersion": version,
        "capabilities": capabilities(),
        "serverInfo": server_info(),
        "instructions": INSTRUCTIONS,
    })
}

/// Checks a stateless-era request's `_meta`: the revision we speak and declared capabilities.
pub fn check_modern(msg: &Message) -> Result<(), RpcError> {
    let meta = msg.params.get("_meta");
    match msg.meta_version() {
        Some(MODERN) => {}
        Some(other) => return Err(RpcError::unsupported_version(other)),
        None => {
            return Err(RpcError::invalid_params(format!(
                "_meta[\"{}\"] is required",
                protocol::META_VERSION
            )));
        }
    }
    match meta.and_then(|m| m.get(META_CAPABILITIES)) {
        Some(Value::Object(_)) => Ok(()),
        _ => Err(RpcError::invalid_params(format!(
            "_meta[\"{META_CAPABILITIES}\"] is required (an object; empty when the client has none)"
        ))),
    }
}

/// Methods whose results clients may cache (`ttlMs`, `cacheScope`).
fn cacheable(method: &str) -> bool {
    matches!(
        method,
        "server/discover"
            | "tools/list"
            | "prompts/list"
            | "resources/list"
            | "resources/templates/list"
            | "resources/read"
    )
}

/// Answers one request (not `initialize`, which the transport handles with its session).
pub fn handle(msg: &Message, era: &Era, source: &dyn Source) -> Result<Value, RpcError> {
    let modern = *era == Era::Modern;
    let p = &msg.params;
    let mut result = match msg.method.as_str() {
        "ping" if !modern => json!({}),
        "server/discover" => json!({
            "supportedVersions": protocol::supported(),
            "capabilities": capabilities(),
            "instructions": INSTRUCTIONS,
        }),
        "tools/list" => json!({ "tools": tools::catalog() }),
        "tools/call" => {
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| RpcError::invalid_params("name is required"))?;
            let empty = serde_json::Map::new();
            let args = match p.get("arguments") {
                None | Some(Value::Null) => &empty,
                Some(Value::Object(a)) => a,
                Some(_) => return Err(RpcError::invalid_params("arguments must be an object")),
            };
            tools::call(source, name, args)?
        }
        "prompts/list" => prompts::list(source)?,
        "prompts/get" => prompts::get(source, p)?,
        "resources/list" => resources::list(source, p)?,
        "resources/templates/list" => resources::templates(source),
        "resources/read" => resources::read(source, p)?,
        "initialize" => {
            return Err(RpcError::new(
                protocol::code::INVALID_REQUEST,
                "initialize comes once, first, and only in the handshake era",
            ));
        }
        other => return Err(RpcError::method_not_found(other)),
    };
    if modern {
        result["resultType"] = json!("complete");
        result["_meta"] = json!({ META_SERVER_INFO: server_info() });
        if cacheable(&msg.method) {
            result["ttlMs"] = json!(source.ttl_ms());
            result["cacheScope"] = json!("private");
        }
    }
    Ok(result)
}
