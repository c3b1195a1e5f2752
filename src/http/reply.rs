//! `Reply`: a response before it meets tiny_http, plus the headers every response carries.

use std::io::Cursor;

use tiny_http::{Header, Response};

use crate::error::Coded;
use crate::http::HttpError;

/// A response body with its status and headers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Extra headers (name, value).
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, value: &serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
            headers: vec![("Cache-Control", "no-store".into())],
        }
    }

    /// The standard error body.
    pub fn error(err: &HttpError, request_id: &str) -> Reply {
        let mut body = serde_json::json!({
            "error": { "code": err.code(), "message": err.to_string(), "request_id": request_id }
        });
        if let Some((field, problems)) = err.details() {
            body["error"]["field"] = field.into();
            body["error"]["problems"] = problems;
        }
        if let Some(found) = err.findings() {
            body["error"]["findings"] = found.clone();
        }
        let mut r = Reply::json(err.status(), &body);
        if matches!(err, HttpError::PayloadTooLarge { .. }) {
            r.headers.push(("Connection", "close".into()));
        }
        // `TooMany` gets its Retry-After where the reply is sent (server.rs).
        if let HttpError::Locked(secs) = err {
            r.headers.push(("Retry-After", (*secs).max(1).to_string()));
        }
        r
    }

    /// An empty reply with a status.
    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: Vec::new(),
            headers: Vec::new(),
        }
    }
}

/// Content-Security-Policy for every response: nothing from anywhere but this origin, no
/// inline script or style, never framed.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Turns a reply into a tiny_http response with the security headers.
pub fn into_response(reply: Reply, tls: bool, request_id: &str) -> Response<Cursor<Vec<u8>>> {
    let mut headers: Vec<(&str, String)> = vec![
        ("Content-Type", reply.content_type.to_string()),
        ("Content-Security-Policy", CSP.to_string()),
        ("X-Content-Type-Options", "nosniff".into()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        ("Cross-Origin-Resource-Policy", "same-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()".into(),
        ),
        ("X-Request-Id", request_id.to_string()),
    ];
    if tls {
        headers.push(("Strict-Transport-Security", "max-age=31536000".into()));
    }
    headers.extend(reply.headers.iter().map(|(k, v)| (*k, v.clone())));
    // Bodies are in memory and their length is known: always send Content-Length, never
    // chunked (tiny_http would chunk anything over 32 KiB).
    let mut response = Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_chunked_threshold(usize::MAX);
    for (name, value) in headers {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    response
}
