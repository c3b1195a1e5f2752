//! The only module that knows SQL. It owns the encrypted SQLite (SQLCipher 4) database:
//! opening with a raw key, telling a wrong key from damage, schema migrations, verification,
//! key rotation, and a small connection pool for the server.
//!
//! Invariant: no other module contains SQL text or imports `rusqlite`.

pub mod accounts;
pub mod ai;
pub mod audit;
pub mod auth;
pub mod content_acks;
pub mod dashboard;
pub mod distributions;
mod error;
pub mod gitdist;
pub mod invites;
pub mod keycheck;
pub mod limits;
pub mod lint_reports;
mod migrations;
pub mod oauth;
mod open;
pub mod org_creation;
pub mod outbox;
pub mod packages;
pub mod playbook;
mod pool;
pub mod privacy;
mod probe;
pub mod proposals;
mod rekey;
pub mod release_lag;
pub mod scim;
pub mod secrets;
mod slots;
pub mod sso;
pub mod transfer;
pub mod trash;
mod verify;

pub use error::StoreError;
pub use migrations::{LATEST_SCHEMA, SchemaStatus};
pub use open::{OpenMode, open_connection};
pub use pool::Store;
pub use probe::ProbeWriter;
pub use rekey::rekey;
pub use verify::VerifyReport;
