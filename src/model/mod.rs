//! The domain: types and rules with no I/O, no clock and no SQL, tested with plain values.
//! Edges (HTTP, CLI) parse input into these types; the store persists them.

pub mod access;
pub mod artifact;
pub mod diff;
pub mod markdown_tree;
pub mod names;
pub mod net;
pub mod oauth;
pub mod policy;
pub mod scope;
pub mod skill_md;
pub mod templates;
pub mod wire;
