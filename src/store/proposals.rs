//! Change proposals: someone who may read an artifact proposes a new content against the
//! version they read; a reviewer accepts it (as a new version), edits then accepts, or
//! rejects it with a comment. A proposal whose base is no longer current is a conflict and
//! can only be accepted with the reviewer's own resolution.

use rusqlite::{OptionalExtension, params};

use crate::model::artifact::Content;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A stored proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub id: i64,
    pub artifact_id: i64,
    pub base_version: i64,
    pub content: Content,
    pub message: String,
    pub author: String,
    pub created_at: i64,
    pub status: String,
    pub decided_by: Option<String>,
    pub comment: String,
    pub accepted_version: Option<i64>,
    /// The artifact's current version, to tell a conflict.
    pub current_version: i64,
}

impl Proposal {
    /// True when the artifact moved on since the proposal's base.
    pub fn conflict(&self) -> bool {
        self.status == "open" && self.base_version != self.current_version
    }
}

const COLS: &str =
    "p.id, p.artifact_id, p.base_version, p.content, p.message, p.author, p.created_at, p.status,
                    p.decided_by, p.comment, p.accepted_version, a.current_version";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Proposal> {
    let json: String = r.get(3)?;
    let content = serde_json::from_str(&json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Proposal {
        id: r.get(0)?,
        artifact_id: r.get(1)?,
        base_version: r.get(2)?,
        content,
        message: r.get(4)?,
        author: r.get(5)?,
        created_at: r.get(6)?,
        status: r.get(7)?,
        decided_by: r.get(8)?,
        comment: r.get(9)?,
        accepted_version: r.get(10)?,
        current_version: r.get(11)?,
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
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2)",
                params![artifact_id, base_version],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(StoreError::Invalid(format!("there is no version {base_version} to propose against")));
            }
            tx.execute(
                "INSERT INTO proposals (artifact_id, base_version, content, message, author, created_at, status)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open')",
                params![artifact_id, base_version, json, message, author, now],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Proposals of an artifact (open first, then newest).
    pub fn proposals(&self, artifact_id: i64) -> Result<Vec<Proposal>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(&format!(
                "SELECT {COLS} FROM proposals p JOIN artifacts a ON a.id = p.artifact_id
                 WHERE p.artifact_id = ?1 ORDER BY p.status != 'open', p.id DESC"
            ))?;
            let rows = stmt.query_map([artifact_id], row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// One proposal of an artifact.
    pub fn proposal(&self, artifact_id: i64, id: i64) -> Result<Option<Proposal>, StoreError> {
        self.with(|c| {
            Ok(c.query_row(
                &format!("SELECT {COLS} FROM proposals p JOIN artifacts a ON a.id = p.artifact_id WHERE p.id = ?1 AND p.artifact_id = ?2"),
                params![id, artifact_id],
                row,
            )
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
            return Err(StoreError::Refused(format!(
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
        self.audited(event, |tx| {
            let version = crate::store::playbook::write_version(tx, p.artifact_id, p.current_version, content, &p.author, &message, now)?;
            let n = tx.execute(
                "UPDATE proposals SET status = 'accepted', decided_by = ?1, decided_at = ?2, comment = ?3, accepted_version = ?4
                 WHERE id = ?5 AND status = 'open'",
                params![reviewer, now, comment, version, p.id],
            )?;
            if n == 0 {
                return Err(StoreError::Refused("the proposal was decided meanwhile".into()));
            }
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
                return Err(StoreError::Refused(format!("the proposal is already {}", p.status)));
            }
            Ok(())
        })
    }
}
