//! The Model Context Protocol's wire rules that do not depend on a transport: JSON-RPC 2.0
//! messages, the protocol revisions this server speaks, and their error codes.
//!
//! Two eras share one endpoint: the handshake era (`initialize`, sessions; revisions
//! 2025-03-26 to 2025-11-25) and the stateless era (2026-07-28: the version and the client's
//! capabilities ride in every request's `_meta`). Which era a message belongs to is decided
//! here, once, so the HTTP and stdio transports cannot disagree.

use serde_json::{Map, Value, json};

/// The stateless revision.
pub const MODERN: &str = "2026-07-28";
/// Handshake revisions, newest first: `initialize` negotiates one of these.
pub const LEGACY: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26"];

/// Every revision served, newest first (`server/discover`, -32022's `data.supported`).
pub fn supported() -> Vec<&'static str> {
    let mut v = vec![MODERN];
    v.extend_from_slice(LEGACY);
    v
}

/// `_meta` key carrying a stateless request's revision.
pub const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
/// `_meta` key carrying a stateless request's client capabilities.
pub const META_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";
/// `_meta` key naming the server in stateless results.
pub const META_SERVER_INFO: &str = "io.modelcontextprotocol/serverInfo";

/// JSON-RPC and MCP error codes.
pub mod code {
    pub const PARSE_ERROR: i64 = -32700;
    pub const INVALID_REQUEST: i64 = -32600;
    pub const METHOD_NOT_FOUND: i64 = -32601;
    pub const INVALID_PARAMS: i64 = -32602;
    pub const INTERNAL_ERROR: i64 = -32603;
    /// HTTP headers disagree with the body (stateless era).
    pub const HEADER_MISMATCH: i64 = -32020;
    /// A revision this server does not speak (stateless era).
    pub const UNSUPPORTED_VERSION: i64 = -32022;
    /// Implementation-defined: the caller may not do this (scope, role, visibility).
    pub const FORBIDDEN: i64 = -32003;
    /// Implementation-defined: too many requests for this key.
    pub const RATE_LIMITED: i64 = -32004;
}

/// Which era a message belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Era {
    /// Handshake era, at the negotiated revision.
    Legacy(String),
    /// Stateless era, at the revision the request names (always [`MODERN`] once checked).
    Modern,
}

impl Era {
    /// The revision in force.
    pub fn version(&self) -> &str {
        match self {
            Era::Legacy(v) => v,
            Era::Modern => MODERN,
        }
    }
}

/// A JSON-RPC error about to be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
    pub code: i64,
    pub message: String,
    pub data: Option<Value>,
}

impl RpcError {
    pub fn new(code: i64, message: impl Into<String>) -> RpcError {
        RpcError {
            code,
            message: message.into(),
            data: None,
        }
    }

    pub fn invalid_params(message: impl Into<String>) -> RpcError {
        RpcError::new(code::INVALID_PARAMS, message)
    }

    pub fn with_data(mut self, data: Value) -> RpcError {
        self.data = Some(data);
        self
    }

    /// The -32022 error for `requested`.
    pub fn unsupported_version(requested: &str) -> RpcError {
        RpcError::new(code::UNSUPPORTED_VERSION, "Unsupported protocol version")
            .with_data(json!({ "supported": supported(), "requested": requested }))
    }

    /// The -32601 error for `method`.
    pub fn method_not_found(method: &str) -> RpcError {
        RpcError::new(
            code::METHOD_NOT_FOUND,
            format!("Method not found: {}", printable(method, 80)),
        )
    }
}

/// A message as received: a request (with an id) or a notification.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// `None` for a notification.
    pub id: Option<Value>,
    pub method: String,
    pub params: Map<String, Value>,
}

impl Message {
    /// Parses one JSON-RPC message. Batches, responses and malformed objects are refused with
    /// the id to answer (if one could be read).
    pub fn parse(body: &[u8]) -> Result<Message, (Value, RpcError)> {
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            let what = if std::str::from_utf8(body).is_err() {
                "the body is not UTF-8".to_string()
            } else {
                format!("not JSON: {e}")
            };
            (Value::Null, RpcError::new(code::PARSE_ERROR, what))
        })?;
        Message::from_value(value)
    }

    /// Checks an already-parsed value.
    pub fn from_value(value: Value) -> Result<Message, (Value, RpcError)> {
        let Value::Object(mut obj) = value else {
            let msg = if value.is_array() {
                "batches are not supported: send one JSON-RPC message per request"
            } else {
                "a JSON-RPC message is an object"
            };
            return Err((Value::Null, RpcError::new(code::INVALID_REQUEST, msg)));
        };
        let id = obj.remove("id");
        let id_for_error = id.clone().unwrap_or(Value::Null);
        let bad = |m: &str| {
            (
                id_for_error.clone(),
                RpcError::new(code::INVALID_REQUEST, m),
            )
        };
        if obj.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
            return Err(bad("jsonrpc must be \"2.0\""));
        }
        if let Some(id) = &id {
            let ok = match id {
                Value::String(s) => s.len() <= 256,
                Value::Number(n) => n.is_i64() || n.is_u64(),
                _ => false,
            };
            if !ok {
                return Err((
                    Value::Null,
                    RpcError::new(
                        code::INVALID_REQUEST,
                        "id must be a string (at most 256 bytes) or an integer",
                    ),
                ));
            }
        }
        let method = match obj.remove("method") {
            Some(Value::String(m)) => m,
            Some(_) => return Err(bad("method must be a string")),
            None if obj.contains_key("result") || obj.contains_key("error") => {
                return Err(bad(
                    "this server sends no requests, so it takes no responses",
                ));
            }
            None => return Err(bad("method is missing")),
        };
        let params = match obj.remove("params") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(p)) => p,
            Some(_) => {
                return Err((
                    id_for_error,
                    RpcError::invalid_params("params must be an object"),
                ));
            }
        };
        Ok(Message { id, method, params })
    }

    /// The stateless era's `_meta` revision, if the request names one.
    pub fn meta_version(&self) -> Option<&str> {
        self.params
            .get("_meta")
            .and_then(|m| m.get(META_VERSION))
            .and_then(Value::as_str)
    }

    /// The name the stateless era mirrors in `Mcp-Name`: `params.name` or `params.uri`.
    pub fn mirrored_name(&self) -> Option<&str> {
        match self.method.as_str() {
            "tools/call" | "prompts/get" => self.params.get("name").and_then(Value::as_str),
            "resources/read" => self.params.get("uri").and_then(Value::as_str),
            _ => None,
        }
    }
}

/// A success response.
pub fn result(id: &Value, result: Value) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

/// An error response.
pub fn error(id: &Value, e: &RpcError) -> Value {
    let mut err = json!({ "code": e.code, "message": e.message });
    if let Some(d) = &e.data {
        err["data"] = d.clone();
    }
    json!({ "jsonrpc": "2.0", "id": id, "error": err })
}

/// At most `max` characters of `s`, control characters replaced: for echoing client input
/// in error messages.
pub fn printable(s: &str, max: usize) -> String {
    s.chars()
        .take(max)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// Decodes a header that may use the `=?base64?…?=` sentinel (stateless era).
pub fn decode_header(value: &str) -> Option<String> {
    if let Some(inner) = value
        .strip_prefix("=?base64?")
        .and_then(|v| v.strip_suffix("?="))
    {
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(inner)
            .ok()?;
        return String::from_utf8(bytes).ok();
    }
    value
        .bytes()
        .all(|b| b == b'\t' || (0x20..=0x7e).contains(&b))
        .then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_parse_or_say_why_not() {
        let m = Message::parse(br#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#).unwrap();
        assert_eq!(m.id, Some(json!(1)));
        assert_eq!(m.method, "ping");
        let n =
            Message::parse(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#).unwrap();
        assert!(n.id.is_none());
        for (body, code) in [
            (&b"[1]"[..], code::INVALID_REQUEST),
            (b"{", code::PARSE_ERROR),
            (b"\xff\xfe", code::PARSE_ERROR),
            (
                br#"{"jsonrpc":"1.0","id":1,"method":"x"}"#,
                code::INVALID_REQUEST,
            ),
            (
                br#"{"jsonrpc":"2.0","id":{},"method":"x"}"#,
                code::INVALID_REQUEST,
            ),
            (
                br#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#,
                code::INVALID_REQUEST,
            ),
            (
                br#"{"jsonrpc":"2.0","id":1,"result":{}}"#,
                code::INVALID_REQUEST,
            ),
            (
                br#"{"jsonrpc":"2.0","id":1,"method":"x","params":[1]}"#,
                code::INVALID_PARAMS,
            ),
        ] {
            let (_, e) = Message::parse(body).unwrap_err();
            assert_eq!(e.code, code, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn sentinel_headers_decode() {
        assert_eq!(
            decode_header("get_standard").as_deref(),
            Some("get_standard")
        );
        assert_eq!(
            decode_header("=?base64?SGVsbG8sIOS4lueVjA==?=").as_deref(),
            Some("Hello, 世界")
        );
        assert_eq!(decode_header("bad\u{1}value"), None);
        assert_eq!(decode_header("=?base64?***?="), None);
    }

    #[test]
    fn unsupported_version_lists_what_is() {
        let e = RpcError::unsupported_version("1900-01-01");
        assert_eq!(e.code, -32022);
        let d = e.data.unwrap();
        assert_eq!(d["requested"], "1900-01-01");
        assert_eq!(d["supported"][0], MODERN);
    }
}
