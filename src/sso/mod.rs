//! Signing in with the site's directory: OpenID Connect today (`oidc`), with its settings
//! (`settings`) and the checks and role grants read from an ID token (`claims`).
//!
//! `settings` and `claims` are pure; `oidc` reaches the IdP only through the outbound client
//! (`egress`). The store applies an identity's grants (`store/sso.rs`); the HTTP routes are in
//! `http/api/sso.rs`.

pub mod claims;
pub mod oidc;
pub mod scim;
pub mod settings;
