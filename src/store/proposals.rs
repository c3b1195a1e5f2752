//! Change proposals: someone who may read an artifact proposes a new content against the
//! version they read; a reviewer accepts it (as a new version), edits then accepts, or
//! rejects it with a comment. A proposal whose base is no longer current is a conflict and
//! can only be accepted with the reviewer's own resolution.
//!
//! A proposal may also propose a new artifact (an agent's `create_standard`): it names the
//! space, kind and slug, has no artifact until it is accepted (base version 0), and accepting
//! it creates the artifact at version 1 in the same transaction.

use rusqlite::{OptionalExtension, params};

use crate::model::artifact::Content;
use crate::store::audit::AuditEvent;
use crate::store::outbox::{self, ProposalNews};
use crate::store::{Store, StoreError};

/// A stored proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub id: i64,
    /// `None` for a proposed new artifact not yet accepted.
    pub artifact_id: Option<i64>,
    pub space_id: i64,
    pub kind: String,
    pub slug: String,
    pub base_version: i64,
    pub content: Content,
    pub message: String,
    pub author: String,
    pub created_at: i64,
    pub status: String,
    pub decided_by: Option<String>,
    pub comment: String,
    pub accepted_version: Option<i64>,
    /// The artifact's current version, to tell a conflict (0: no artifact yet).
    pub current_version: i64,
}

impl Proposal {
    /// True when the artifact moved on since the proposal's base.
    pub fn conflict(&self) -> bool {
        self.status == "open" && self.base_version != self.current_version
    }

    /// True when it proposes a new artifact.
    pub fn is_new(&self) -> bool {
        self.base_version == 0
    }
}

const COLS: &str = "p.id, p.artifact_id, p.space_id, p.kind, p.slug, p.base_version, p.content, p.message, p.author,
                    p.created_at, p.status, p.decided_by, p.comment, p.accepted_version, coalesce(a.current_version, 0)";

/// Every proposal with its artifact, if it has one yet.
const FROM: &str = "FROM proposals p LEFT JOIN artifacts a ON a.id = p.artifact_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Proposal> {
    let json: String = r.get(6)?;
    let content = serde_json::from_str(&json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Proposal {
        id: r.get(0)?,
        artifact_id: r.get(1)?,
        space_id: r.get(2)?,
        kind: r.get(3)?,
        slug: r.get(4)?,
        base_version: r.get(5)?,
        content,
        message: r.get(7)?,
        author: r.get(8)?,
        created_at: r.get(9)?,
        status: r.get(10)?,
        decided_by: r.get(11)?,
        comment: r.get(12)?,
        accepted_version: r.get(13)?,
        current_version: r.get(14)?,
    })
}

impl Store {
    /// Files a proposal against `base_version` of an artifact.
    pub fn propose(
        &self,
        artifact_id: i64,
        base_version: i64,
        content: &Content,
        message: &str,
        author: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        let json = serde_json::to_string(content).map_err(|e| StoreError::Sqlite(e.to_string()))?;
        self.audited(event, |tx| {
            let exists: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2)")?.query_row(params![artifact_id, base_version],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(StoreError::Invalid(format!("there is no version {base_version} to propose against")));
            }
            tx.execute(
                "INSERT INTO proposals (artifact_id, space_id, kind, slug, base_version, content, message, author, created_at, status)
                 SELECT id, space_id, kind, slug, ?2, ?3, ?4, ?5, ?6, 'open' FROM artifacts WHERE id = ?1",
                params![artifact_id, base_version, json, message, author, now],
            )?;
            let id = tx.last_insert_rowid();
            outbox::proposal(tx, id, ProposalNews::Filed, now)?;
            Ok(id)
        })
    }

    /// Files a proposal for a new artifact `slug` in a space. Refused when the slug is taken
    /// (in the trash too) or already proposed and open.
    pub fn propose_new(
        &self,
        space_id: i64,
        slug: &str,
        content: &Content,
        message: &str,
        author: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        let kind = content.kind().as_str();
        let json = serde_json::to_string(content).map_err(|e| StoreError::Sqlite(e.to_string()))?;
        self.audited(event, |tx| {
            let (taken, proposed): (bool, bool) = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM artifacts WHERE space_id = ?1 AND kind = ?2 AND slug = ?3),
                        EXISTS (SELECT 1 FROM proposals WHERE space_id = ?1 AND kind = ?2 AND slug = ?3 AND status = 'open' AND artifact_id IS NULL)")?.query_row(params![space_id, kind, slug],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!("a {kind} named {slug:?} exists in this space (maybe in the trash): propose a change to it instead")));
            }
            if proposed {
                return Err(StoreError::Conflict(format!("a new {kind} named {slug:?} is already proposed and waiting for review")));
            }
            tx.execute(
                "INSERT INTO proposals (artifact_id, space_id, kind, slug, base_version, content, message, author, created_at, status)
                 VALUES (NULL, ?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, 'open')",
                params![space_id, kind, slug, json, message, author, now],
            )?;
            let id = tx.last_insert_rowid();
            outbox::proposal(tx, id, ProposalNews::Filed, now)?;
            Ok(id)
        })
    }

    /// A space's proposals (open only, or all), open first, then newest; at most 500.
    pub fn space_proposals(
        &self,
        space_id: i64,
        open_only: bool,
    ) -> Result<Vec<Proposal>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLS} {FROM} WHERE p.space_id = ?1 AND (?2 = 0 OR p.status = 'open')
                 ORDER BY p.status != 'open', p.id DESC LIMIT 500"
            ))?;
            let rows = stmt.query_map(params![space_id, open_only], row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// One proposal of a space.
    pub fn space_proposal(&self, space_id: i64, id: i64) -> Result<Option<Proposal>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {COLS} {FROM} WHERE p.id = ?1 AND p.space_id = ?2"
            ))?
            .query_row(params![id, space_id], row)
            .optional()?)
        })
    }

    /// Proposals of an artifact (open first, then newest).
    pub fn proposals(&self, artifact_id: i64) -> Result<Vec<Proposal>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLS} {FROM} WHERE p.artifact_id = ?1 ORDER BY p.status != 'open', p.id DESC"
            ))?;
            let rows = stmt.query_map([artifact_id], row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// One proposal of an artifact.
    pub fn proposal(&self, artifact_id: i64, id: i64) -> Result<Option<Proposal>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {COLS} {FROM} WHERE p.id = ?1 AND p.artifact_id = ?2"
            ))?
            .query_row(params![id, artifact_id], row)
            .optional()?)
        })
    }

    /// Accepts an open proposal as a new version: its own content, or the reviewer's edited
    /// `resolution`. A conflicting proposal needs a resolution. Returns the new version.
    pub fn accept_proposal(
        &self,
        p: &Proposal,
        resolution: Option<&Content>,
        reviewer: &str,
        comment: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        if p.status != "open" {
            return Err(StoreError::Conflict(format!(
                "the proposal is already {}",
                p.status
            )));
        }
        if p.conflict() && resolution.is_none() {
            return Err(StoreError::Conflict(format!(
                "the proposal was made against version {} but version {} is current: edit it into a resolution and accept that",
                p.base_version, p.current_version
            )));
        }
        let content = resolution.unwrap_or(&p.content);
        let message = if p.message.is_empty() {
            format!("proposal {} by {}", p.id, p.author)
        } else {
            p.message.clone()
        };
        let now = self.clock.now_unix();
        // The new version and the proposal's decision commit together.
        if content.kind().as_str() != p.kind {
            return Err(StoreError::Invalid(format!(
                "the proposal is for a {}",
                p.kind
            )));
        }
        self.audited(event, |tx| {
            let (artifact_id, version) = match p.artifact_id {
                Some(id) => (id, crate::store::playbook::write_version(tx, id, p.current_version, content, &p.author, &message, now)?),
                None => {
                    let a = crate::store::playbook::insert_artifact(tx, p.space_id, &p.slug, content, &p.author, &message, now)?;
                    (a.id, a.version)
                }
            };
            let n = tx.execute(
                "UPDATE proposals SET status = 'accepted', decided_by = ?1, decided_at = ?2, comment = ?3, accepted_version = ?4,
                        artifact_id = ?6
                 WHERE id = ?5 AND status = 'open'",
                params![reviewer, now, comment, version, p.id, artifact_id],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("the proposal was decided meanwhile".into()));
            }
            outbox::proposal(tx, p.id, ProposalNews::Decided, now)?;
            Ok(version)
        })
    }

    /// Rejects an open proposal with a comment.
    pub fn reject_proposal(
        &self,
        p: &Proposal,
        reviewer: &str,
        comment: &str,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let n = tx.execute(
                "UPDATE proposals SET status = 'rejected', decided_by = ?1, decided_at = ?2, comment = ?3 WHERE id = ?4 AND status = 'open'",
                params![reviewer, now, comment, p.id],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict(format!("the proposal is already {}", p.status)));
            }
            outbox::proposal(tx, p.id, ProposalNews::Decided, now)?;
            Ok(())
        })
    }
}
