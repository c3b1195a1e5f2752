//! `Call`: one request as handlers see it — parsed, authenticated, with its route's
//! parameters — plus helpers for the JSON body, audit events and one-time tokens.

use std::net::IpAddr;

use serde::de::DeserializeOwned;

use crate::http::HttpError;
use crate::http::state::AppState;
use crate::model::access::{OrgRole, Principal};
use crate::store::accounts::{OrgRow, SpaceRow};
use crate::store::audit::AuditEvent;

/// A request in flight.
pub struct Call<'a> {
    pub state: &'a AppState,
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
    pub ip: IpAddr,
    pub request_id: &'a str,
    /// Route parameters in pattern order (`{org}`, `{id}`...).
    pub params: Vec<(&'static str, String)>,
    pub principal: Option<Principal>,
    /// The organization named by `{org}`, once resolved.
    pub org: Option<OrgRow>,
    /// The caller's role in that organization.
    pub role: Option<OrgRole>,
    /// Headers to add to the reply (Set-Cookie).
    pub set_cookie: Option<String>,
    /// The matched route pattern, for metrics.
    pub route: &'static str,
    /// The space named by `{space}` on content routes, once authorized.
    pub space: Option<SpaceRow>,
}

/// Largest JSON body a handler accepts (beyond the listener's own cap).
const MAX_JSON: usize = 1024 * 1024;

impl<'a> Call<'a> {
    /// A request header (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// A route parameter.
    pub fn param(&self, name: &str) -> Result<&str, HttpError> {
        self.params
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| HttpError::BadRequest(format!("missing parameter {name}")))
    }

    /// A numeric route parameter.
    pub fn id_param(&self, name: &str) -> Result<i64, HttpError> {
        self.param(name)?.parse().map_err(|_| HttpError::NotFound)
    }

    /// A query-string value, with `+` and `%XX` decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k == name).then(|| decode_query(v))
        })
    }

    /// Parses the JSON body into a wire type; unknown fields, bad UTF-8 and oversize bodies
    /// are refused with 400.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, HttpError> {
        if self.body.len() > MAX_JSON {
            return Err(HttpError::PayloadTooLarge {
                limit: MAX_JSON as u64,
            });
        }
        let ct = self.header("Content-Type").unwrap_or("");
        if !ct.to_ascii_lowercase().starts_with("application/json") {
            return Err(HttpError::BadRequest(
                "send the body as application/json".into(),
            ));
        }
        serde_json::from_slice(self.body)
            .map_err(|e| HttpError::BadRequest(format!("invalid JSON body: {e}")))
    }

    /// The signed-in principal (routes with a non-public need always have one).
    pub fn who(&self) -> Result<&Principal, HttpError> {
        self.principal.as_ref().ok_or(HttpError::Unauthenticated)
    }

    /// The organization of an `{org}` route.
    pub fn org(&self) -> Result<&OrgRow, HttpError> {
        self.org.as_ref().ok_or(HttpError::NotFound)
    }

    /// The spaces of the route's organization this caller may read: those their role and
    /// space memberships make visible, narrowed (for a space-limited API key) to the key's
    /// spaces. Every handler that reads or lists across spaces (search, the spaces list,
    /// distributions) takes its spaces from here; routes that name a space are checked by
    /// the router with the same rules.
    pub fn readable_spaces(&self) -> Result<Vec<SpaceRow>, HttpError> {
        let p = self.who()?;
        let org_id = self.org()?.id;
        let admin = self.role == Some(OrgRole::Admin);
        let mut spaces = self.state.store.visible_spaces(org_id, p.user_id, admin)?;
        spaces.retain(|s| p.reaches_space(&s.slug));
        Ok(spaces)
    }

    /// An audit event for this request by its principal (or `anonymous`).
    pub fn event(&self, action: &str, target: impl Into<String>, outcome: &str) -> AuditEvent {
        AuditEvent {
            actor: self
                .principal
                .as_ref()
                .map(|p| p.username.clone())
                .unwrap_or_else(|| "anonymous".into()),
            action: action.into(),
            target: target.into(),
            outcome: outcome.into(),
            ip: self.ip.to_string(),
            request_id: self.request_id.into(),
            detail: String::new(),
        }
    }

    /// The origin to put in links this server hands out: the public URL (`--public-url`) if
    /// configured, else the request's `Host` (which the router has checked).
    pub fn own_origin(&self) -> Option<String> {
        Some(self.state.hosts.link_origin(self.header("Host"))).filter(|o| !o.is_empty())
    }
}

/// A fresh 256-bit token, hex, and its SHA-256 (what is stored).
pub fn new_token() -> Result<(String, Vec<u8>), HttpError> {
    crate::crypto::token::new_token().map_err(|_| HttpError::Internal)
}

pub use crate::crypto::token::token_hash;

/// Decodes `+` and `%XX` in a query-string value (invalid escapes are kept as typed).
pub fn decode_query(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = (b == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(crate::crypto::hex::decode);
        match (b, escaped) {
            (b'+', _) => out.push(b' '),
            (_, Some(decoded)) => {
                out.extend_from_slice(&decoded);
                i += 2;
            }
            (b, None) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::decode_query;

    #[test]
    fn query_decoding() {
        assert_eq!(decode_query("error+handling"), "error handling");
        assert_eq!(decode_query("caf%C3%A9%20x"), "café x");
        assert_eq!(decode_query("100%"), "100%");
        assert_eq!(decode_query("%zz%4"), "%zz%4");
    }
}
