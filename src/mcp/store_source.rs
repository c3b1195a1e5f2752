//! The server's playbook as one MCP caller may see it: the spaces their key reaches and the
//! space's visibility allows, exactly as the REST API decides (`model::access`), and
//! proposals audited like the REST API's.
//!
//! Compiled scopes are shared by every caller in a [`ScopeCache`], keyed by space and the
//! store's content generation, so `rules_for_path` compiles a space's globs once per change,
//! not once per call, and by one caller at a time (`single_flight`).

use std::cell::OnceCell;
use std::sync::Arc;

use super::single_flight::SingleFlight;
use super::source::{Found, Hit, Listed, PackageInfo, ReleaseItems, Source, SourceError};
use crate::clock::rfc3339;
use crate::model::access::{OrgRole, Principal, Scope, Via};
use crate::model::artifact::{Content, Kind};
use crate::model::scope::ScopeIndex;
use crate::store::accounts::{OrgRow, SpaceRow};
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// Compiled scopes per space, valid for one content generation.
#[derive(Default)]
pub struct ScopeCache {
    spaces: SingleFlight<i64, ScopeIndex>,
}

/// One caller's view.
pub struct StoreSource<'a> {
    pub store: &'a Store,
    pub cache: &'a ScopeCache,
    pub principal: &'a Principal,
    pub org: &'a OrgRow,
    pub role: OrgRole,
    /// For audit rows: the caller's address and the request id.
    pub ip: String,
    pub request_id: String,
    readable: OnceCell<Vec<SpaceRow>>,
}

fn internal(e: StoreError) -> SourceError {
    match e {
        StoreError::Invalid(m) | StoreError::Refused(m) => SourceError::Invalid(m),
        other => SourceError::Internal(other.to_string()),
    }
}

impl<'a> StoreSource<'a> {
    pub fn new(
        store: &'a Store,
        cache: &'a ScopeCache,
        principal: &'a Principal,
        org: &'a OrgRow,
        role: OrgRole,
        ip: String,
        request_id: String,
    ) -> StoreSource<'a> {
        StoreSource {
            store,
            cache,
            principal,
            org,
            role,
            ip,
            request_id,
            readable: OnceCell::new(),
        }
    }

    fn readable(&self) -> Result<&[SpaceRow], SourceError> {
        if let Some(s) = self.readable.get() {
            return Ok(s);
        }
        let admin = self.role == OrgRole::Admin;
        let mut spaces = self
            .store
            .visible_spaces(self.org.id, self.principal.user_id, admin)
            .map_err(internal)?;
        spaces.retain(|s| self.principal.reaches_space(&s.slug));
        spaces.sort_by_key(|s| (s.slug != "default", s.slug.clone()));
        Ok(self.readable.get_or_init(|| spaces))
    }

    /// Refuses content beyond the instance's limits (as the REST API does).
    fn within_limits(&self, content: &Content) -> Result<(), SourceError> {
        let problems = content.problems_within(&self.store.limits().map_err(internal)?);
        if !problems.is_empty() {
            return Err(SourceError::Invalid(problems.join("; ")));
        }
        self.within_content_policy(content)
    }

    /// A proposal through MCP passes the same content gate as one over REST: findings the
    /// organization's content policy blocks are refused (an agent cannot slip a hidden
    /// instruction or a key into a proposal); the rest wait for the reviewer.
    fn within_content_policy(&self, content: &Content) -> Result<(), SourceError> {
        use crate::scan::policy;
        let stored = self
            .store
            .setting(&policy::setting_key(self.org.id))
            .map_err(internal)?;
        let p = policy::from_setting(stored.as_deref()).map_err(SourceError::Internal)?;
        let found = crate::scan::scan_content(content, &p.options());
        let v = policy::judge(found, &p, &[]);
        let blocked: Vec<String> = v
            .blocking()
            .iter()
            .map(|j| {
                let f = &j.finding;
                format!(
                    "{} in {} at line {}: {}",
                    f.rule, f.place, f.line, f.message
                )
            })
            .collect();
        if blocked.is_empty() {
            Ok(())
        } else {
            Err(SourceError::Invalid(format!(
                "the organization's content policy refuses this content: {}",
                blocked.join("; ")
            )))
        }
    }

    /// The audit row of a proposal filed through MCP.
    fn proposal_event(&self, kind: Kind, space: &SpaceRow, slug: &str, detail: &str) -> AuditEvent {
        AuditEvent {
            actor: self.principal.username.clone(),
            action: "proposal.created".into(),
            target: format!("{}:{}/{slug}", kind.as_str(), space.slug),
            outcome: "success".into(),
            ip: self.ip.clone(),
            request_id: self.request_id.clone(),
            detail: detail.into(),
        }
    }

    fn space(&self, slug: &str) -> Result<&SpaceRow, SourceError> {
        self.readable()?
            .iter()
            .find(|s| s.slug == slug)
            .ok_or_else(|| SourceError::NotFound(format!("no space {slug:?} that you can read")))
    }
}

/// How long clients may cache lists and reads: a tenth of the time since content last changed
/// (a playbook being edited right now is re-read soon; a quiet one is cached longer), from 5
/// seconds to 10 minutes; 10 minutes when nothing changed since the server started.
pub fn ttl_ms(seconds_since_change: Option<i64>) -> u64 {
    match seconds_since_change {
        None => 600_000,
        Some(s) => (s.max(0) as u64 * 100).clamp(5_000, 600_000),
    }
}

/// Whether a key's scope lets it write over MCP (and its owner's role allows writing).
pub fn mcp_writes(principal: &Principal, role: OrgRole) -> bool {
    let scope_ok = match &principal.via {
        Via::ApiKey { scope, .. } => matches!(scope, Scope::McpWrite | Scope::Write | Scope::Admin),
        Via::Session { .. } => false,
    };
    scope_ok && role >= OrgRole::Member
}

impl Source for StoreSource<'_> {
    fn org(&self) -> &str {
        &self.org.slug
    }

    fn spaces(&self) -> Result<Vec<String>, SourceError> {
        Ok(self.readable()?.iter().map(|s| s.slug.clone()).collect())
    }

    fn list(
        &self,
        kind: Kind,
        space: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Listed>, SourceError> {
        let s = self.space(space)?;
        let rows = self
            .store
            .artifact_summaries(s.id, kind, after, limit as i64)
            .map_err(internal)?;
        Ok(rows
            .into_iter()
            .map(|(a, name, description)| Listed {
                space: s.slug.clone(),
                slug: a.slug,
                name,
                description,
                version: a.version,
            })
            .collect())
    }

    fn get(&self, kind: Kind, space: &str, slug: &str) -> Result<Option<Found>, SourceError> {
        let s = self.space(space)?;
        Ok(self
            .store
            .artifact(s.id, kind, slug)
            .map_err(internal)?
            .filter(|(a, _)| a.deleted_at.is_none())
            .map(|(a, content)| Found {
                space: s.slug.clone(),
                slug: a.slug,
                version: a.version,
                content,
            }))
    }

    fn scope_index(&self, space: &str) -> Result<Arc<ScopeIndex>, SourceError> {
        let s = self.space(space)?;
        // Read the generation before the content: a write in between makes the entry stale
        // at once rather than cached as current.
        let generation = self.store.generation();
        let read = |known: &dyn Fn(i64) -> Option<i64>| -> Result<Vec<_>, SourceError> {
            Ok(self
                .store
                .standards_since(s.id, known)
                .map_err(internal)?
                .into_iter()
                .map(|(slug, v, c)| match c {
                    Some(Content::Standard(st)) => (slug, v, Some(st)),
                    _ => (slug, v, None),
                })
                .collect())
        };
        let afresh = || -> Result<ScopeIndex, SourceError> {
            Ok(ScopeIndex::versioned(
                read(&|_| None)?
                    .into_iter()
                    .filter_map(|(slug, v, c)| Some((slug, v, Arc::new(c?))))
                    .collect(),
            ))
        };
        self.cache.spaces.get(&s.id, generation, |previous| {
            // Only what changed since the previous index is read and compiled: an edit among
            // 9,000 standards costs one standard's globs, not all of them. `(artifact id,
            // version)` names one content for good: a purged artifact's id is never reused.
            let Some(p) = previous else {
                return afresh();
            };
            let known = p.known_versions();
            match p.updated(read(&|id| known.get(&id).copied())?) {
                Some(ix) => Ok(ix),
                // A version the previous index does not hold after all: read everything.
                None => afresh(),
            }
        })
    }

    fn search(
        &self,
        query: &str,
        kind: Option<Kind>,
        spaces: &[String],
        limit: usize,
    ) -> Result<Vec<Hit>, SourceError> {
        let ids: Vec<i64> = self
            .readable()?
            .iter()
            .filter(|s| spaces.contains(&s.slug))
            .map(|s| s.id)
            .collect();
        let hits = self
            .store
            .search(query, &ids, kind, None, limit as i64)
            .map_err(internal)?;
        Ok(hits
            .into_iter()
            .map(|h| Hit {
                kind: h.kind,
                space: h.space,
                slug: h.slug,
                name: h.name,
                snippet: h.snippet,
            })
            .collect())
    }

    fn packages(&self, space: &str) -> Result<Vec<PackageInfo>, SourceError> {
        let s = self.space(space)?;
        let mut out = Vec::new();
        for p in self.store.packages(s.id).map_err(internal)? {
            let items = self
                .store
                .package_items(p.id)
                .map_err(internal)?
                .into_iter()
                .map(|i| (i.kind, i.slug))
                .collect();
            let releases = self
                .store
                .releases(p.id)
                .map_err(internal)?
                .into_iter()
                .map(|r| (r.version, rfc3339(r.created_at)))
                .collect();
            out.push(PackageInfo {
                space: s.slug.clone(),
                slug: p.slug,
                name: p.name,
                description: p.description,
                items,
                releases,
            });
        }
        Ok(out)
    }

    fn release(
        &self,
        space: &str,
        package: &str,
        version: Option<&str>,
    ) -> Result<Option<(String, ReleaseItems)>, SourceError> {
        let s = self.space(space)?;
        let Some(p) = self.store.package(s.id, package).map_err(internal)? else {
            return Ok(None);
        };
        let Some((release, items)) = self
            .store
            .release_content(p.id, version.unwrap_or("latest"))
            .map_err(internal)?
        else {
            return Ok(None);
        };
        Ok(Some((
            release.version,
            items
                .into_iter()
                .map(|(item, content)| (item.slug, item.version, content))
                .collect(),
        )))
    }

    fn propose(
        &self,
        space: &str,
        found: &Found,
        content: &Content,
        message: &str,
    ) -> Result<i64, SourceError> {
        let s = self.space(space)?;
        self.within_limits(content)?;
        let kind = content.kind();
        let (a, _) = self
            .store
            .artifact(s.id, kind, &found.slug)
            .map_err(internal)?
            .ok_or_else(|| SourceError::NotFound(format!("no {} {}", kind.as_str(), found.slug)))?;
        let event = self.proposal_event(kind, s, &found.slug, "via mcp");
        self.store
            .propose(
                a.id,
                found.version,
                content,
                message,
                &self.principal.username,
                &event,
            )
            .map_err(internal)
    }

    fn propose_new(
        &self,
        space: &str,
        slug: &str,
        content: &Content,
        message: &str,
    ) -> Result<i64, SourceError> {
        let s = self.space(space)?;
        self.within_limits(content)?;
        let event = self.proposal_event(content.kind(), s, slug, "via mcp, new artifact");
        self.store
            .propose_new(
                s.id,
                slug,
                content,
                message,
                &self.principal.username,
                &event,
            )
            .map_err(|e| match e {
                StoreError::Conflict(m) => SourceError::Invalid(m),
                other => internal(other),
            })
    }

    fn can_write(&self) -> bool {
        mcp_writes(self.principal, self.role)
    }

    fn install_policy(&self) -> Result<crate::install::policy::InstallPolicy, SourceError> {
        use crate::install::policy;
        let stored = self
            .store
            .setting(&policy::setting_key(self.org.id))
            .map_err(internal)?;
        policy::from_setting(stored.as_deref()).map_err(SourceError::Internal)
    }

    fn ttl_ms(&self) -> u64 {
        ttl_ms(self.store.seconds_since_change())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cache_lifetimes_follow_how_recently_content_changed() {
        assert_eq!(super::ttl_ms(Some(0)), 5_000);
        assert_eq!(super::ttl_ms(Some(300)), 30_000);
        assert_eq!(super::ttl_ms(Some(86_400)), 600_000);
        assert_eq!(super::ttl_ms(None), 600_000);
    }
}
