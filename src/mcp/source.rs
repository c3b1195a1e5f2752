//! Where the MCP server reads the playbook from: the server's store, with the caller's
//! rights ([`super::store_source`]), or a repository's installed playbook read offline
//! ([`super::offline`]). Tools, prompts and resources are written once, against this trait,
//! so the HTTP endpoint and `rulebook mcp --from` answer alike.

use std::sync::Arc;

use crate::model::artifact::{Content, Kind};

use crate::model::scope::ScopeIndex;

/// One artifact in a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub space: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub version: i64,
}

/// One artifact with its current content.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub space: String,
    pub slug: String,
    pub version: i64,
    pub content: Content,
}

/// A search hit (matches marked with `⟦ ⟧`).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub space: String,
    pub slug: String,
    pub name: String,
    pub snippet: String,
}

/// A package and its releases.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageInfo {
    pub space: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// `(kind, slug)` of what the package holds now.
    pub items: Vec<(Kind, String)>,
    /// `(version, created_at as RFC 3339)`, newest first.
    pub releases: Vec<(String, String)>,
}

/// A release's artifacts: `(slug, version, content)`.
pub type ReleaseItems = Vec<(String, i64, Content)>;

/// Why a source could not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// No such thing, or not visible to the caller (the two are not told apart).
    NotFound(String),
    /// Visible but not allowed (a read-only key writing, say).
    Forbidden(String),
    /// The request is wrong (a bad argument, a refused content).
    Invalid(String),
    /// This source cannot do it (offline proposals).
    Unsupported(String),
    /// Something broke on our side; details are logged, not sent.
    Internal(String),
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceError::NotFound(m)
            | SourceError::Forbidden(m)
            | SourceError::Invalid(m)
            | SourceError::Unsupported(m) => f.write_str(m),
            SourceError::Internal(_) => f.write_str("internal error; the server log has details"),
        }
    }
}

/// The playbook as one caller may see it.
pub trait Source {
    /// The organization's slug (resource URIs name it).
    fn org(&self) -> &str;
    /// Spaces the caller may read, the default space first.
    fn spaces(&self) -> Result<Vec<String>, SourceError>;
    /// Artifacts of `kind` in `space` after slug `after`, at most `limit`, by slug.
    fn list(
        &self,
        kind: Kind,
        space: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Listed>, SourceError>;
    /// One artifact (not in the trash).
    fn get(&self, kind: Kind, space: &str, slug: &str) -> Result<Option<Found>, SourceError>;
    /// The space's standards with their scopes compiled (cached per content version).
    fn scope_index(&self, space: &str) -> Result<Arc<ScopeIndex>, SourceError>;
    /// Ranked full-text search over `spaces`.
    fn search(
        &self,
        query: &str,
        kind: Option<Kind>,
        spaces: &[String],
        limit: usize,
    ) -> Result<Vec<Hit>, SourceError>;
    /// The packages of a space (items and releases included).
    fn packages(&self, space: &str) -> Result<Vec<PackageInfo>, SourceError>;
    /// One release of a package (`None`: the newest); `(version, items)`.
    fn release(
        &self,
        space: &str,
        package: &str,
        version: Option<&str>,
    ) -> Result<Option<(String, ReleaseItems)>, SourceError>;
    /// Files a change proposal against `base_version`; returns its id.
    fn propose(
        &self,
        space: &str,
        found: &Found,
        content: &Content,
        message: &str,
    ) -> Result<i64, SourceError>;
    /// Files a proposal for a new artifact `slug` in `space`; returns its id.
    fn propose_new(
        &self,
        space: &str,
        slug: &str,
        content: &Content,
        message: &str,
    ) -> Result<i64, SourceError>;
    /// Whether the caller holds `mcp:write` (or a REST write key).
    fn can_write(&self) -> bool;
    /// The organization's install policy (empty where there is no server to hold one): what
    /// a rendered package must obey, as an install from the server would.
    fn install_policy(&self) -> Result<crate::install::policy::InstallPolicy, SourceError>;
    /// How long clients may cache lists and reads, in milliseconds.
    fn ttl_ms(&self) -> u64;
}
