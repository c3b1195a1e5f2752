//! A space's trash as its Trash page shows it: every trashed artifact of every kind with its
//! name, when it was trashed and by whom. Who is not kept on the artifact: it is read from
//! the audit row the trashing wrote in the same transaction (same target, within seconds of
//! the artifact's `deleted_at`), so it is absent only if that row was erased or is missing.

use rusqlite::{OptionalExtension, params};

use crate::clock::rfc3339;
use crate::store::{Store, StoreError};

/// One trashed artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trashed {
    pub kind: String,
    pub slug: String,
    pub name: String,
    pub version: i64,
    pub deleted_at: i64,
    pub deleted_by: Option<String>,
}

/// At most this many trashed artifacts are listed, newest first.
pub const TRASH_CAP: i64 = 500;

/// How far the audit row's time may be from `deleted_at` (two clock reads, one transaction).
const SLACK_SECS: i64 = 5;

impl Store {
    /// The trashed artifacts of space `space_id` (slug `space_slug`), newest first.
    pub fn trashed(&self, space_id: i64, space_slug: &str) -> Result<Vec<Trashed>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.kind, a.slug, coalesce(json_extract(v.content, '$.name'), a.slug), a.current_version, a.deleted_at
                 FROM artifacts a JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                 WHERE a.space_id = ?1 AND a.deleted_at IS NOT NULL
                 ORDER BY a.deleted_at DESC, a.id DESC LIMIT ?2",
            )?;
            let rows: Vec<Trashed> = stmt
                .query_map(params![space_id, TRASH_CAP], |r| {
                    Ok(Trashed {
                        kind: r.get(0)?,
                        slug: r.get(1)?,
                        name: r.get(2)?,
                        version: r.get(3)?,
                        deleted_at: r.get(4)?,
                        deleted_by: None,
                    })
                })?
                .collect::<Result<_, _>>()?;
            let mut who = c.prepare_cached(
                "SELECT actor FROM audit_log WHERE action = 'artifact.trashed' AND target = ?1
                 AND at BETWEEN ?2 AND ?3 ORDER BY seq DESC LIMIT 1",
            )?;
            rows.into_iter()
                .map(|mut t| {
                    let target = format!("{}:{space_slug}/{}", t.kind, t.slug);
                    let from = rfc3339(t.deleted_at - SLACK_SECS);
                    let to = rfc3339(t.deleted_at + SLACK_SECS);
                    t.deleted_by = who
                        .query_row(params![target, from, to], |r| r.get(0))
                        .optional()?;
                    Ok(t)
                })
                .collect()
        })
    }
}
