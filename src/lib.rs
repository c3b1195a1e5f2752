//! Rulebook: a self-hosted engineering-playbook server for AI coding agents, shipped as one
//! static binary that is both the server and its CLI. See `docs/ARCHITECTURE.md` for the map.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod ai;
pub mod archive;
pub mod cli;
pub mod client;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod distribute;
pub mod egress;
pub mod error;
pub mod gate;
pub mod http;
pub mod install;
pub mod ldap;
pub mod lint;
pub mod logging;
pub mod mail;
pub mod mcp;
pub mod model;
pub mod ops;
pub mod render;
pub mod scan;
pub mod secrets;
pub mod sso;
pub mod store;
pub mod version;
