//! The MCP server: the playbook served live to coding agents over the Model Context Protocol,
//! on the HTTP endpoint `/mcp` (`http::mcp`) and on stdio (`rulebook mcp`, `cli::mcp`).
//!
//! Why here, below both edges: the server and the CLI answer the same methods with the same
//! tools, so everything but the transport lives in this module. `protocol` holds the wire
//! rules of both protocol eras, `handler` answers one request, `tools`, `prompts` and
//! `resources` are what is served, over a [`source::Source`]: the store with the caller's
//! rights (`store_source`) or an installed playbook read offline (`offline`). `scope` compiles
//! standards' globs once per content version; `sessions` holds handshake-era sessions;
//! `config` writes agents' client configuration. No I/O here except through a `Source`.

pub mod config;
pub mod handler;
pub mod lint_tool;
pub mod offline;
pub mod prompts;
pub mod protocol;
pub mod resources;
pub mod sessions;
pub mod single_flight;
pub mod source;
pub mod store_source;
pub mod tools;
