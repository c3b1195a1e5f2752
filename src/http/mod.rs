//! The only module that knows `tiny_http`. It owns the listener (with the limits patched into
//! `patches/tiny_http`), TLS, routing, the embedded UI, security headers and the JSON error
//! shape. Handlers turn requests into calls on the store and domain, never the reverse.
//!
//! Invariant: nothing outside `http` imports `tiny_http`; wire types live here.

pub mod access_log;
mod api;
mod assets;
mod auth;
mod call;
mod error;
pub mod hosts;
pub mod mcp;
pub mod metrics;
pub mod oauth;
mod openapi;
mod reply;
mod router;
mod scim;
mod server;
pub mod state;
pub mod tls;

/// The wire (JSON) form of artifact content, shared with the CLI.
pub(crate) use api::artifacts::content_json;
/// Repository URLs as the server compares them, shared with the CLI's reports.
pub(crate) use api::distributions::normalize_url;
pub use error::HttpError;
pub use router::table_json as routes_json;
pub use server::{ServeOptions, serve};
