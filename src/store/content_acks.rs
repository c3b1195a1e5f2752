//! Acknowledgements of content findings (issue 20): an org admin let a version of an
//! artifact through although its content had findings the organization's policy asks to
//! acknowledge. Each row names the version, the admin, the reason and the findings it
//! covered; the audit log records the same act.
//!
//! The acknowledgement is written right after the version it covers, in its own transaction.
//! Should the process stop in between, the version stands without its acknowledgement, which
//! is the safe side: the Findings page shows the finding as not acknowledged and the next
//! write asks again.

use rusqlite::params;

use crate::model::artifact::Kind;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// One acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AckRow {
    pub version: i64,
    pub username: String,
    pub reason: String,
    /// JSON array of what it covered: `[{rule, severity, place, excerpt, key}]`.
    pub findings: String,
    pub created_at: i64,
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AckRow> {
    Ok(AckRow {
        version: r.get(0)?,
        username: r.get(1)?,
        reason: r.get(2)?,
        findings: r.get(3)?,
        created_at: r.get(4)?,
    })
}

impl Store {
    /// Records an acknowledgement of findings in `version` of an artifact, audited.
    pub fn acknowledge_findings(
        &self,
        artifact_id: i64,
        version: i64,
        username: &str,
        reason: &str,
        findings_json: &str,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO content_acks (artifact_id, version, username, reason, findings, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![artifact_id, version, username, reason, findings_json, now],
            )?;
            Ok(())
        })
    }

    /// Every acknowledgement of an artifact, oldest first.
    pub fn artifact_acks(&self, artifact_id: i64) -> Result<Vec<AckRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT version, username, reason, findings, created_at FROM content_acks
                 WHERE artifact_id = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([artifact_id], row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Every acknowledgement of the artifacts of a space (trash excluded), by kind and slug,
    /// oldest first.
    pub fn space_acks(&self, space_id: i64) -> Result<Vec<(Kind, String, AckRow)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.kind, a.slug, k.version, k.username, k.reason, k.findings, k.created_at
                 FROM content_acks k JOIN artifacts a ON a.id = k.artifact_id
                 WHERE a.space_id = ?1 AND a.deleted_at IS NULL ORDER BY k.id",
            )?;
            let rows = stmt.query_map([space_id], |r| {
                let kind: String = r.get(0)?;
                let slug: String = r.get(1)?;
                let ack = AckRow {
                    version: r.get(2)?,
                    username: r.get(3)?,
                    reason: r.get(4)?,
                    findings: r.get(5)?,
                    created_at: r.get(6)?,
                };
                Ok((kind, slug, ack))
            })?;
            let mut out = Vec::new();
            for r in rows {
                let (kind, slug, ack) = r?;
                let kind = Kind::parse(&kind).ok_or_else(|| {
                    StoreError::Sqlite(format!("unknown artifact kind {kind:?} in content_acks"))
                })?;
                out.push((kind, slug, ack));
            }
            Ok(out)
        })
    }
}
