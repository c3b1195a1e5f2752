//! Moving a playbook in and out of a space in one piece: reading everything an export needs,
//! and importing a whole archive in one transaction (all of it lands, or none of it).
//!
//! Import never overwrites history: an artifact that exists with other content gets a new
//! version, one with the same content is left alone (so importing the same archive twice
//! changes nothing), and one in the trash stops the import, because silently reviving or
//! shadowing it would surprise whoever deleted it.

use rusqlite::{OptionalExtension, params};

use crate::model::artifact::{Content, Kind};
use crate::store::audit::AuditEvent;
use crate::store::packages::{PackageDraft, save_package_tx};
use crate::store::playbook::{insert_artifact, write_version};
use crate::store::{Store, StoreError};

/// What an import did (or, in a dry run, would do), per artifact and package.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// `(kind, slug, action)` with action `created`, `updated` or `unchanged`.
    pub artifacts: Vec<(Kind, String, &'static str)>,
    /// `(slug, action)`.
    pub packages: Vec<(String, &'static str)>,
}

/// What to import, by whom.
pub struct ImportRequest<'a> {
    pub items: &'a [(String, Content)],
    pub packages: &'a [PackageDraft<'a>],
    pub author: &'a str,
    /// The message of every version the import writes.
    pub message: &'a str,
    /// Report only; write nothing.
    pub dry_run: bool,
}

impl Store {
    /// Every artifact of a space that is not in the trash, with its current content, by kind
    /// and slug.
    pub fn space_contents(
        &self,
        space_id: i64,
    ) -> Result<Vec<(Kind, String, i64, Content)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.kind, a.slug, a.current_version, v.content FROM artifacts a
                 JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                 WHERE a.space_id = ?1 AND a.deleted_at IS NULL ORDER BY a.kind, a.slug",
            )?;
            let rows = stmt.query_map([space_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (kind, slug, version, json) = row?;
                let kind = Kind::parse(&kind)
                    .ok_or_else(|| StoreError::Sqlite(format!("unknown kind {kind:?}")))?;
                let content: Content = serde_json::from_str(&json).map_err(|e| {
                    StoreError::Sqlite(format!("stored content does not decode: {e}"))
                })?;
                out.push((kind, slug, version, content));
            }
            Ok(out)
        })
    }

    /// Imports artifacts and packages into a space in one transaction. With `dry_run`,
    /// nothing is written and the report says what would happen.
    pub fn import_bundle(
        &self,
        space_id: i64,
        req: &ImportRequest<'_>,
        event: &AuditEvent,
    ) -> Result<ImportReport, StoreError> {
        let ImportRequest {
            items,
            packages,
            author,
            message,
            dry_run,
        } = *req;
        let now = self.clock.now_unix();
        let run = |tx: &rusqlite::Connection, apply: bool| -> Result<ImportReport, StoreError> {
            let mut report = ImportReport::default();
            for (slug, content) in items {
                let kind = content.kind();
                let existing: Option<(i64, i64, Option<i64>, String)> = tx
                    .prepare_cached("SELECT a.id, a.current_version, a.deleted_at, v.content FROM artifacts a
                         JOIN artifact_versions v ON v.artifact_id = a.id AND v.version = a.current_version
                         WHERE a.space_id = ?1 AND a.kind = ?2 AND a.slug = ?3")?
                    .query_row(params![space_id, kind.as_str(), slug],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                    )
                    .optional()?;
                let action = match existing {
                    None => {
                        if apply {
                            insert_artifact(tx, space_id, slug, content, author, message, now)?;
                        }
                        "created"
                    }
                    Some((_, _, Some(_), _)) => {
                        return Err(StoreError::Conflict(format!(
                            "{} {slug:?} is in this space's trash: restore or purge it, then import again",
                            kind.as_str()
                        )));
                    }
                    Some((id, version, None, json)) => {
                        let same =
                            serde_json::from_str::<Content>(&json).ok().as_ref() == Some(content);
                        if same {
                            "unchanged"
                        } else {
                            if apply {
                                write_version(tx, id, version, content, author, message, now)?;
                            }
                            "updated"
                        }
                    }
                };
                report.artifacts.push((kind, slug.clone(), action));
            }
            for draft in packages {
                let existing: Option<i64> = tx
                    .prepare_cached("SELECT id FROM packages WHERE space_id = ?1 AND slug = ?2")?
                    .query_row(params![space_id, draft.slug], |r| r.get(0))
                    .optional()?;
                let action = if existing.is_some() {
                    "updated"
                } else {
                    "created"
                };
                if apply {
                    save_package_tx(tx, space_id, draft, existing.is_none(), now)?;
                } else {
                    // A dry run cannot resolve artifacts it has not created: check by name.
                    for (kind, slug) in draft.items {
                        let incoming = items.iter().any(|(s, c)| s == slug && c.kind() == *kind);
                        let present: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM artifacts WHERE space_id = ?1 AND kind = ?2 AND slug = ?3 AND deleted_at IS NULL)")?.query_row(params![space_id, kind.as_str(), slug],
                            |r| r.get(0),
                        )?;
                        if !incoming && !present {
                            return Err(StoreError::Invalid(format!(
                                "package {:?} lists {} {slug:?}, which is neither in the archive nor in this space",
                                draft.slug,
                                kind.as_str()
                            )));
                        }
                    }
                }
                report.packages.push((draft.slug.to_string(), action));
            }
            Ok(report)
        };
        if dry_run {
            self.with(|c| run(c, false))
        } else {
            self.audited(event, |tx| run(tx, true))
        }
    }
}
