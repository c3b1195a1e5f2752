//! The one outbound client: the only module of the server that opens connections to other
//! hosts (Git servers, AI providers). Every request is checked against the instance's
//! allowlist before DNS and every resolved address against the address guard
//! (`policy.rs`), for every connection.

pub mod client;
pub mod git;
pub mod ldap;
pub mod policy;
pub mod probe;
pub mod service;
pub mod settings;
pub mod smtp;
pub mod socket;

#[cfg(test)]
mod tests_mtls;
