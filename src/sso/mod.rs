//! Signing in with the site's identity systems: OpenID Connect (`oidc`), with its settings
//! (`settings`) and the checks and role grants read from an ID token (`claims`); the
//! directory, LDAP or Active Directory (`directory`, its protocol in `crate::ldap`); and SCIM
//! provisioning (`scim`).
//!
//! `settings`, `claims` and `scim` are pure; `oidc` and `directory` reach the IdP only through
//! the outbound client (`egress`). The store applies an identity's grants (`store/sso.rs`); the HTTP routes are in
//! `http/api/sso.rs`.

pub mod claims;
pub mod directory;
pub mod oidc;
pub mod scim;
pub mod settings;
