//! Packages and their releases. A package names a set of artifacts of one space; publishing
//! a release snapshots the exact version of each, so consumers can pin a release and get
//! byte-identical content later, or follow `latest`.

use rusqlite::{OptionalExtension, params};

use crate::model::artifact::{Content, Kind};
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub updated_at: i64,
}

/// An item of a package or release: the artifact and (for releases) its pinned version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    pub slug: String,
    pub version: i64,
}

/// What a package is saved from.
#[derive(Debug, Clone, Copy)]
pub struct PackageDraft<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub items: &'a [(Kind, String)],
}

/// A release with its pinned items and their content.
pub type ReleaseContent = (ReleaseRow, Vec<(Item, Content)>);

/// A release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseRow {
    pub id: i64,
    pub version: String,
    pub notes: String,
    pub created_by: String,
    pub created_at: i64,
}

fn package_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PackageRow> {
    Ok(PackageRow {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

/// Resolves `(kind, slug)` pairs to artifact ids in the space; every one must exist and not
/// be in the trash.
fn resolve(
    tx: &rusqlite::Connection,
    space_id: i64,
    items: &[(Kind, String)],
) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::new();
    for (kind, slug) in items {
        let id: Option<i64> = tx
            .prepare_cached("SELECT id FROM artifacts WHERE space_id = ?1 AND kind = ?2 AND slug = ?3 AND deleted_at IS NULL")?
            .query_row(params![space_id, kind.as_str(), slug],
                |r| r.get(0),
            )
            .optional()?;
        ids.push(id.ok_or_else(|| {
            StoreError::Invalid(format!("no {} {slug:?} in this space", kind.as_str()))
        })?);
    }
    Ok(ids)
}

/// Inside a transaction: creates a package (`create`) or replaces an existing one.
pub(crate) fn save_package_tx(
    tx: &rusqlite::Connection,
    space_id: i64,
    draft: &PackageDraft<'_>,
    create: bool,
    now: i64,
) -> Result<PackageRow, StoreError> {
    let PackageDraft {
        slug,
        name,
        description,
        items,
    } = *draft;
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM packages WHERE space_id = ?1 AND slug = ?2")?
        .query_row(params![space_id, slug], |r| r.get(0))
        .optional()?;
    let id = match (existing, create) {
        (Some(_), true) => {
            return Err(StoreError::Conflict(format!(
                "a package {slug:?} exists in this space"
            )));
        }
        (None, false) => return Err(StoreError::NotFound("package")),
        (Some(id), false) => {
            tx.execute(
                "UPDATE packages SET name = ?1, description = ?2, updated_at = ?3 WHERE id = ?4",
                params![name, description, now, id],
            )?;
            tx.execute("DELETE FROM package_items WHERE package_id = ?1", [id])?;
            id
        }
        (None, true) => {
            tx.execute(
                "INSERT INTO packages (space_id, slug, name, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![space_id, slug, name, description, now],
            )?;
            tx.last_insert_rowid()
        }
    };
    for artifact in resolve(tx, space_id, items)? {
        tx.execute(
            "INSERT OR IGNORE INTO package_items (package_id, artifact_id) VALUES (?1, ?2)",
            params![id, artifact],
        )?;
    }
    Ok(PackageRow {
        id,
        slug: slug.into(),
        name: name.into(),
        description: description.into(),
        updated_at: now,
    })
}

impl Store {
    /// Creates a package, or replaces an existing one's name, description and items.
    pub fn save_package(
        &self,
        space_id: i64,
        draft: &PackageDraft<'_>,
        create: bool,
        event: &AuditEvent,
    ) -> Result<PackageRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            save_package_tx(tx, space_id, draft, create, now)
        })
    }

    /// A package by slug.
    pub fn package(&self, space_id: i64, slug: &str) -> Result<Option<PackageRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT id, slug, name, description, updated_at FROM packages WHERE space_id = ?1 AND slug = ?2")?.query_row(params![space_id, slug],
                package_row,
            )
            .optional()?)
        })
    }

    /// Packages of a space.
    pub fn packages(&self, space_id: i64) -> Result<Vec<PackageRow>, StoreError> {
        self.with(|c| {
            let mut stmt =
                c.prepare_cached("SELECT id, slug, name, description, updated_at FROM packages WHERE space_id = ?1 ORDER BY slug")?;
            let rows = stmt.query_map([space_id], package_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// A package's items at their current versions (trashed artifacts left out).
    pub fn package_items(&self, package_id: i64) -> Result<Vec<Item>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.kind, a.slug, a.current_version FROM package_items p JOIN artifacts a ON a.id = p.artifact_id
                 WHERE p.package_id = ?1 AND a.deleted_at IS NULL ORDER BY a.kind, a.slug",
            )?;
            let rows = stmt.query_map([package_id], |r| {
                let kind: String = r.get(0)?;
                Ok(Item { kind: Kind::parse(&kind).unwrap_or(Kind::Standard), slug: r.get(1)?, version: r.get(2)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Publishes a release: the current version of every item, under `version` (or the next
    /// number when `None`).
    pub fn publish_release(
        &self,
        package_id: i64,
        version: Option<&str>,
        notes: &str,
        author: &str,
        event: &AuditEvent,
    ) -> Result<ReleaseRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let version = match version {
                Some(v) => v.to_string(),
                None => {
                    let n: i64 = tx.prepare_cached("SELECT count(*) FROM releases WHERE package_id = ?1")?.query_row([package_id], |r| r.get(0))?;
                    (n + 1).to_string()
                }
            };
            let taken: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM releases WHERE package_id = ?1 AND version = ?2)")?.query_row(params![package_id, version],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!("release {version} exists; releases are immutable")));
            }
            let items: i64 = tx.prepare_cached("SELECT count(*) FROM package_items p JOIN artifacts a ON a.id = p.artifact_id
                 WHERE p.package_id = ?1 AND a.deleted_at IS NULL")?.query_row([package_id],
                |r| r.get(0),
            )?;
            if items == 0 {
                return Err(StoreError::Invalid("the package has no artifacts to release".into()));
            }
            tx.execute(
                "INSERT INTO releases (package_id, version, notes, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![package_id, version, notes, author, now],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO release_items (release_id, artifact_id, artifact_version)
                 SELECT ?1, a.id, a.current_version FROM package_items p JOIN artifacts a ON a.id = p.artifact_id
                 WHERE p.package_id = ?2 AND a.deleted_at IS NULL",
                params![id, package_id],
            )?;
            Ok(ReleaseRow { id, version, notes: notes.into(), created_by: author.into(), created_at: now })
        })
    }

    /// A package's releases, newest first.
    pub fn releases(&self, package_id: i64) -> Result<Vec<ReleaseRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT id, version, notes, created_by, created_at FROM releases WHERE package_id = ?1 ORDER BY id DESC",
            )?;
            let rows = stmt.query_map([package_id], |r| {
                Ok(ReleaseRow { id: r.get(0)?, version: r.get(1)?, notes: r.get(2)?, created_by: r.get(3)?, created_at: r.get(4)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// A release's pinned items with their exact content (`latest` = the newest release).
    pub fn release_content(
        &self,
        package_id: i64,
        version: &str,
    ) -> Result<Option<ReleaseContent>, StoreError> {
        let releases = self.releases(package_id)?;
        let release = if version == "latest" {
            releases.into_iter().next()
        } else {
            releases.into_iter().find(|r| r.version == version)
        };
        let Some(release) = release else {
            return Ok(None);
        };
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.kind, a.slug, ri.artifact_version, v.content FROM release_items ri
                 JOIN artifacts a ON a.id = ri.artifact_id
                 JOIN artifact_versions v ON v.artifact_id = ri.artifact_id AND v.version = ri.artifact_version
                 WHERE ri.release_id = ?1 ORDER BY a.kind, a.slug",
            )?;
            let rows = stmt.query_map([release.id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (kind, slug, version, json) = row?;
                let content: Content =
                    serde_json::from_str(&json).map_err(|e| StoreError::Sqlite(format!("stored content does not decode: {e}")))?;
                out.push((Item { kind: Kind::parse(&kind).unwrap_or(Kind::Standard), slug, version }, content));
            }
            Ok(Some((release, out)))
        })
    }
}
