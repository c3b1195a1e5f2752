//! How far a package's newest release lags behind its artifacts.
//!
//! Accepting a proposal (or saving an edit) makes a new artifact version, but `latest` keeps
//! meaning the newest *release*: releases stay deliberate, which a regulated site expects.
//! These queries say what is waiting for a release, so the accept answer can name the packages
//! to publish and `rulebook status` / `update` can say truthfully why an up-to-date repository
//! does not have an accepted change yet.

use rusqlite::params;

use crate::store::{Store, StoreError};

/// A package that holds an artifact whose current version its newest release does not pin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToRelease {
    pub slug: String,
    pub name: String,
    /// The newest release's version; `None` when the package was never released.
    pub latest_version: Option<String>,
}

/// The newest release of package `?1` (releases are numbered in the order they are made).
const NEWEST: &str = "(SELECT id FROM releases WHERE package_id = ?1 ORDER BY id DESC LIMIT 1)";

impl Store {
    /// The packages holding artifact `artifact_id` whose newest release does not pin its
    /// current version (or that were never released), by slug.
    pub fn packages_to_release(&self, artifact_id: i64) -> Result<Vec<ToRelease>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT p.slug, p.name, r.version FROM package_items pi
                 JOIN packages p ON p.id = pi.package_id
                 JOIN artifacts a ON a.id = pi.artifact_id
                 LEFT JOIN releases r ON r.id = (SELECT id FROM releases WHERE package_id = p.id ORDER BY id DESC LIMIT 1)
                 WHERE pi.artifact_id = ?1
                   AND NOT EXISTS (SELECT 1 FROM release_items ri
                                   WHERE ri.release_id = r.id AND ri.artifact_id = a.id
                                     AND ri.artifact_version = a.current_version)
                 ORDER BY p.slug",
            )?;
            let rows = stmt.query_map([artifact_id], |r| {
                Ok(ToRelease { slug: r.get(0)?, name: r.get(1)?, latest_version: r.get(2)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Changes to package `package_id` not in its newest release: artifacts added or changed
    /// since, and artifacts removed (from the package or to the trash) since. Every item
    /// counts when the package was never released.
    pub fn unreleased_changes(&self, package_id: i64) -> Result<u64, StoreError> {
        self.with(|c| {
            let sql = format!(
                "SELECT
                   (SELECT COUNT(*) FROM package_items pi JOIN artifacts a ON a.id = pi.artifact_id
                    WHERE pi.package_id = ?1 AND a.deleted_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM release_items ri
                                      WHERE ri.release_id = {NEWEST} AND ri.artifact_id = a.id
                                        AND ri.artifact_version = a.current_version))
                 + (SELECT COUNT(*) FROM release_items ri
                    WHERE ri.release_id = {NEWEST}
                      AND NOT EXISTS (SELECT 1 FROM package_items pi JOIN artifacts a ON a.id = pi.artifact_id
                                      WHERE pi.package_id = ?1 AND pi.artifact_id = ri.artifact_id
                                        AND a.deleted_at IS NULL))"
            );
            let n: i64 = c.prepare_cached(&sql)?.query_row(params![package_id], |r| r.get(0))?;
            Ok(u64::try_from(n).unwrap_or(0))
        })
    }
}
