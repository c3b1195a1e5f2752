//! The MCP endpoint `/mcp` (Streamable HTTP), serving both protocol eras on one URL, and the
//! OAuth protected-resource metadata (RFC 9728) that a 401 points to.
//!
//! The transport's rules live here and only here: which era a POST belongs to (an
//! `Mcp-Session-Id` → the handshake era; `_meta` naming a revision → the stateless era;
//! `initialize` → a new session), the headers each era requires and checks against the
//! body, the status codes, JSON or one-event SSE bodies as `Accept` allows, Origin and the
//! per-key rate limit. Answering the request itself is `mcp::handler`'s job.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use serde_json::{Value, json};

use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;
use crate::mcp::handler;
use crate::mcp::protocol::{self, Era, LEGACY, MODERN, Message, RpcError, code};
use crate::mcp::sessions::Sessions;
use crate::mcp::store_source::{ScopeCache, StoreSource};
use crate::model::access::{OrgRole, Principal, Via};

/// Largest JSON-RPC message accepted.
pub const MAX_MESSAGE: usize = 1024 * 1024;

/// Per-key request counting for the rate limit (one-minute windows).
#[derive(Default)]
pub struct KeyLimiter {
    seen: Mutex<HashMap<i64, (i64, u32)>>,
}

impl KeyLimiter {
    /// Counts one request of `key_id` at `now`; false when over `per_minute` (0 = no limit).
    pub fn allow(&self, key_id: i64, now: i64, per_minute: u32) -> bool {
        if per_minute == 0 {
            return true;
        }
        let Ok(mut seen) = self.seen.lock() else {
            return false;
        };
        if seen.len() > 100_000 {
            seen.retain(|_, (start, _)| now - *start < 60);
        }
        let e = seen.entry(key_id).or_insert((now, 0));
        if now - e.0 >= 60 {
            *e = (now, 0);
        }
        e.1 += 1;
        e.1 <= per_minute
    }
}

/// What the MCP endpoint keeps between requests.
pub struct McpState {
    pub sessions: Sessions,
    pub scopes: ScopeCache,
    pub limiter: KeyLimiter,
    /// Requests per key per minute (0: unlimited).
    pub rate_per_minute: u32,
}

impl McpState {
    pub fn new(rate_per_minute: u32) -> McpState {
        McpState {
            sessions: Sessions::default(),
            scopes: ScopeCache::default(),
            limiter: KeyLimiter::default(),
            rate_per_minute,
        }
    }
}

/// The protected-resource metadata URL for this server.
fn metadata_url(call: &Call<'_>) -> String {
    format!(
        "{}/.well-known/oauth-protected-resource/mcp",
        call.own_origin().unwrap_or_default()
    )
}

/// `GET /.well-known/oauth-protected-resource[/mcp]` (RFC 9728).
pub fn resource_metadata(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &crate::http::oauth::resource_metadata(call),
    ))
}

/// A JSON-RPC body with a status.
fn rpc_reply(status: u16, body: &Value, sse: bool) -> Reply {
    if sse {
        Reply {
            status,
            content_type: "text/event-stream",
            body: format!("event: message\ndata: {body}\n\n").into_bytes(),
            headers: vec![("Cache-Control", "no-store".into())],
        }
    } else {
        Reply::json(status, body)
    }
}

fn rpc_error(status: u16, id: &Value, e: &RpcError) -> Reply {
    rpc_reply(status, &protocol::error(id, e), false)
}

/// 401 with the pointer to the resource metadata (MCP authorization).
fn unauthorized(call: &Call<'_>, why: &str) -> Reply {
    let mut r = rpc_error(
        401,
        &Value::Null,
        &RpcError::new(code::FORBIDDEN, format!("authentication required: {why}")),
    );
    r.headers.push((
        "WWW-Authenticate",
        format!(
            "Bearer resource_metadata=\"{}\", scope=\"mcp:read\"",
            metadata_url(call)
        ),
    ));
    r
}

/// How the caller may read the answer: JSON, SSE, or neither (406).
fn accepts(call: &Call<'_>) -> Option<bool> {
    let accept = call.header("Accept").unwrap_or("*/*").to_ascii_lowercase();
    let has = |t: &str| {
        accept
            .split(',')
            .any(|p| p.split(';').next().unwrap_or("").trim() == t)
    };
    if has("application/json") || has("*/*") || has("application/*") {
        Some(false)
    } else if has("text/event-stream") {
        Some(true)
    } else {
        None
    }
}

/// Who is calling and in which org: the key's owner, org and role.
fn caller(
    call: &Call<'_>,
) -> Result<(Principal, i64, crate::store::accounts::OrgRow, OrgRole), Reply> {
    let Some(p) = call.principal.clone() else {
        return Err(unauthorized(
            call,
            "send Authorization: Bearer rbk_… (an API key)",
        ));
    };
    let Via::ApiKey { key_id, org_id, .. } = p.via else {
        return Err(unauthorized(
            call,
            "the MCP endpoint takes API keys, not browser sessions",
        ));
    };
    let store = &call.state.store;
    let internal = |_| {
        rpc_error(
            500,
            &Value::Null,
            &RpcError::new(code::INTERNAL_ERROR, "internal error"),
        )
    };
    let org = store.org_by_id(org_id).map_err(internal)?;
    let role = match &org {
        Some(o) => store.org_role(o.id, p.user_id).map_err(internal)?,
        None => None,
    };
    match (org, role) {
        (Some(o), Some(r)) => Ok((p, key_id, o, r)),
        _ => Err(unauthorized(
            call,
            "the key's owner is no longer a member of its organization",
        )),
    }
}

/// Entry point for `/mcp` (every method). `authed` is what authentication said.
pub fn serve(call: &mut Call<'_>, authed: Result<(), HttpError>) -> Result<Reply, HttpError> {
    // DNS rebinding and cross-site requests: a browser page of another origin gets 403.
    if let Some(origin) = call.header("Origin")
        && !call.state.hosts.origin_allowed(origin)
    {
        return Ok(rpc_error(
            403,
            &Value::Null,
            &RpcError::new(code::FORBIDDEN, "requests from this Origin are refused"),
        ));
    }
    if authed.is_err() {
        return Ok(unauthorized(
            call,
            "the API key is unknown, expired or revoked",
        ));
    }
    let (principal, key_id, org, role) = match caller(call) {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    let now = call.state.clock.now_unix();
    let mcp = &call.state.mcp;
    if !mcp.limiter.allow(key_id, now, mcp.rate_per_minute) {
        let mut r = rpc_error(
            429,
            &Value::Null,
            &RpcError::new(
                code::RATE_LIMITED,
                "too many requests for this key; retry in a minute",
            ),
        );
        r.headers.push(("Retry-After", "60".into()));
        return Ok(r);
    }
    let session = call.header("Mcp-Session-Id").map(str::to_string);
    match call.method {
        "POST" => {}
        "DELETE" => {
            let Some(id) = session else {
                return Ok(Reply::empty(405));
            };
            return Ok(if mcp.sessions.close(&id, key_id) {
                Reply::empty(204)
            } else {
                Reply::empty(404)
            });
        }
        // No server-initiated stream is offered in either era.
        _ => {
            let mut r = Reply::empty(405);
            r.headers.push(("Allow", "POST, DELETE".into()));
            return Ok(r);
        }
    }
    let Some(sse) = accepts(call) else {
        return Ok(rpc_error(
            406,
            &Value::Null,
            &RpcError::new(
                code::INVALID_REQUEST,
                "Accept must allow application/json or text/event-stream",
            ),
        ));
    };
    if call.body.len() > MAX_MESSAGE {
        return Err(HttpError::PayloadTooLarge {
            limit: MAX_MESSAGE as u64,
        });
    }
    let msg = match Message::parse(call.body) {
        Ok(m) => m,
        Err((id, e)) => return Ok(rpc_error(400, &id, &e)),
    };
    let id = msg.id.clone().unwrap_or(Value::Null);
    let header_version = call.header("MCP-Protocol-Version").map(str::to_string);

    // Which era: a session → handshake era; initialize → a new session; else stateless.
    let era = if let Some(sid) = &session {
        let Some(version) = mcp.sessions.touch(sid, key_id, now) else {
            return Ok(rpc_error(
                404,
                &id,
                &RpcError::new(
                    code::INVALID_REQUEST,
                    "unknown or ended session: initialize again",
                ),
            ));
        };
        if header_version.as_deref().is_some_and(|h| h != version) {
            return Ok(rpc_error(
                400,
                &id,
                &RpcError::new(
                    code::INVALID_REQUEST,
                    format!("MCP-Protocol-Version does not match the session's {version}"),
                ),
            ));
        }
        Era::Legacy(version.to_string())
    } else if msg.method == "initialize" {
        return Ok(initialize(call, &msg, key_id, now, sse));
    } else if msg.meta_version().is_some() || header_version.as_deref() == Some(MODERN) {
        if let Err((status, e)) = check_headers(call, &msg, header_version.as_deref()) {
            return Ok(rpc_error(status, &id, &e));
        }
        Era::Modern
    } else {
        return Ok(rpc_error(
            400,
            &id,
            &RpcError::new(
                code::INVALID_REQUEST,
                format!(
                    "no session: send initialize first (revisions {}), or name revision {MODERN} in _meta",
                    LEGACY.join(", ")
                ),
            ),
        ));
    };

    if msg.id.is_none() {
        // Notifications (initialized, cancelled, ...) need no answer.
        return Ok(Reply::empty(202));
    }
    let source = StoreSource::new(
        &call.state.store,
        &mcp.scopes,
        &principal,
        &org,
        role,
        call.ip.to_string(),
        call.request_id.to_string(),
    );
    let started = Instant::now();
    let answer = handler::handle(&msg, &era, &source);
    if msg.method == "tools/call" {
        observe_tool(call, &msg, &answer, started);
    }
    Ok(match answer {
        Ok(result) => rpc_reply(200, &protocol::result(&id, result), sse),
        // In the stateless era an unknown method is a 404 (a modern `ping` included).
        Err(e) if e.code == code::METHOD_NOT_FOUND && era == Era::Modern => rpc_error(404, &id, &e),
        Err(e) if e.code == code::UNSUPPORTED_VERSION => rpc_error(400, &id, &e),
        Err(e)
            if era == Era::Modern
                && e.code == code::INVALID_PARAMS
                && msg.method != "tools/call" =>
        {
            rpc_reply(200, &protocol::error(&id, &e), sse)
        }
        Err(e) => rpc_reply(200, &protocol::error(&id, &e), sse),
    })
}

/// Per-tool counters and latency in /metrics (`route="mcp:<tool>"`).
fn observe_tool(
    call: &Call<'_>,
    msg: &Message,
    answer: &Result<Value, RpcError>,
    started: Instant,
) {
    let name = msg.params.get("name").and_then(Value::as_str).unwrap_or("");
    let known = crate::mcp::tools::is_tool(name);
    let route = format!("mcp:{}", if known { name } else { "unknown" });
    let outcome = match answer {
        Ok(v) if v["isError"] == json!(true) => "TOOL_ERROR",
        Ok(_) => "CALL",
        Err(_) => "RPC_ERROR",
    };
    call.state
        .metrics
        .observe(&route, outcome, 200, started.elapsed().as_secs_f64());
}

/// Stateless era: headers present and equal to the body.
fn check_headers(
    call: &Call<'_>,
    msg: &Message,
    header_version: Option<&str>,
) -> Result<(), (u16, RpcError)> {
    let mismatch = |m: String| (400, RpcError::new(code::HEADER_MISMATCH, m));
    let body_version = msg.meta_version().unwrap_or("");
    match header_version {
        None => return Err(mismatch("MCP-Protocol-Version header is required".into())),
        Some(h) if h != body_version => {
            return Err(mismatch(format!(
                "Header mismatch: MCP-Protocol-Version header value '{}' does not match body value '{}'",
                protocol::printable(h, 40),
                protocol::printable(body_version, 40)
            )));
        }
        _ => {}
    }
    if body_version != MODERN {
        return Err((400, RpcError::unsupported_version(body_version)));
    }
    if msg.id.is_some() {
        match call.header("Mcp-Method") {
            None => return Err(mismatch("Mcp-Method header is required".into())),
            Some(m) if m != msg.method => {
                return Err(mismatch(format!(
                    "Header mismatch: Mcp-Method header value '{}' does not match body value '{}'",
                    protocol::printable(m, 80),
                    protocol::printable(&msg.method, 80)
                )));
            }
            _ => {}
        }
        if let Some(name) = msg.mirrored_name() {
            let header = call.header("Mcp-Name");
            let decoded = header.and_then(protocol::decode_header);
            if decoded.as_deref() != Some(name) {
                return Err(mismatch(match header {
                    None => "Mcp-Name header is required".to_string(),
                    Some(h) => format!(
                        "Header mismatch: Mcp-Name header value '{}' does not match body value '{}'",
                        protocol::printable(h, 80),
                        protocol::printable(name, 80)
                    ),
                }));
            }
        }
    }
    // -32022 and missing `_meta` fields are both 400 in this era.
    handler::check_modern(msg).map_err(|e| (400, e))
}

/// `initialize`: negotiates a handshake revision and opens a session.
fn initialize(call: &Call<'_>, msg: &Message, key_id: i64, now: i64, sse: bool) -> Reply {
    let id = msg.id.clone().unwrap_or(Value::Null);
    if msg.id.is_none() {
        return rpc_error(
            400,
            &id,
            &RpcError::new(
                code::INVALID_REQUEST,
                "initialize is a request (it needs an id)",
            ),
        );
    }
    let requested = msg.params.get("protocolVersion").and_then(Value::as_str);
    let version = handler::negotiate(requested);
    let Some(sid) = call.state.mcp.sessions.open(version, key_id, now) else {
        return rpc_error(
            500,
            &id,
            &RpcError::new(code::INTERNAL_ERROR, "internal error"),
        );
    };
    let mut r = rpc_reply(
        200,
        &protocol::result(&id, handler::initialize_result(version)),
        sse,
    );
    r.headers.push(("Mcp-Session-Id", sid));
    r
}

/// `GET /api/v1/mcp/config?agent=X[&transport=http|stdio]`: an agent's client configuration
/// for this server (the UI's "Connect your agent"); the key is referenced, never included.
pub fn client_config(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    use crate::mcp::config::{self as cfg, Transport};
    let agent = call.query_param("agent").unwrap_or_default();
    let transport = match call.query_param("transport").as_deref() {
        None | Some("") => None,
        Some(t) => Some(
            Transport::parse(t)
                .ok_or_else(|| HttpError::BadRequest("transport is http or stdio".into()))?,
        ),
    };
    let origin = call.own_origin().unwrap_or_default();
    let c = cfg::config(&agent, &origin, transport).map_err(HttpError::Invalid)?;
    Ok(Reply::json(
        200,
        &json!({
            "agent": c.agent, "path": c.path, "user_path": c.user_path, "transport": c.transport.as_str(),
            "text": c.text, "note": c.note, "agents": cfg::agents(),
        }),
    ))
}
