//! Tracked repositories and what was installed in them. An install reports which package
//! releases and artifact versions landed at which path of a repository; only repositories
//! an admin tracks are recorded, so the overview lists what the organization cares about
//! and nothing about anyone's scratch checkout.

use rusqlite::{OptionalExtension, params};

use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A tracked repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepositoryRow {
    pub id: i64,
    pub url: String,
    pub branch: String,
    pub created_at: i64,
}

/// The latest report for one path of a repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionRow {
    pub repository_id: i64,
    pub path: String,
    pub commit_id: String,
    pub reported_by: String,
    pub reported_at: i64,
    /// JSON: `{"package": "release"}`.
    pub packages: String,
    /// JSON: `[{"kind", "slug", "version", "package"}]`.
    pub artifacts: String,
    /// JSON: `["claude", ...]`.
    pub agents: String,
}

/// A report to record.
pub struct Report<'a> {
    pub url: &'a str,
    pub branch: &'a str,
    pub path: &'a str,
    pub commit_id: &'a str,
    pub reported_by: &'a str,
    pub packages: &'a str,
    pub artifacts: &'a str,
    pub agents: &'a str,
}

impl Store {
    /// Starts tracking a repository branch.
    pub fn track_repository(
        &self,
        org_id: i64,
        url: &str,
        branch: &str,
        event: &AuditEvent,
    ) -> Result<RepositoryRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let taken: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM repositories WHERE org_id = ?1 AND url = ?2 AND branch = ?3)")?.query_row(params![org_id, url, branch],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!("{url} ({branch}) is already tracked")));
            }
            tx.execute(
                "INSERT INTO repositories (org_id, url, branch, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![org_id, url, branch, now],
            )?;
            Ok(RepositoryRow { id: tx.last_insert_rowid(), url: url.into(), branch: branch.into(), created_at: now })
        })
    }

    /// The organization's tracked repositories.
    pub fn repositories(&self, org_id: i64) -> Result<Vec<RepositoryRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached("SELECT id, url, branch, created_at FROM repositories WHERE org_id = ?1 ORDER BY url, branch")?;
            let rows = stmt.query_map([org_id], |r| Ok(RepositoryRow { id: r.get(0)?, url: r.get(1)?, branch: r.get(2)?, created_at: r.get(3)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// The id of the organization's tracked repository `url` (normalized) at `branch`.
    pub fn tracked_repository(
        &self,
        org_id: i64,
        url: &str,
        branch: &str,
    ) -> Result<Option<i64>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT id FROM repositories WHERE org_id = ?1 AND url = ?2 AND branch = ?3",
            )?
            .query_row(params![org_id, url, branch], |r| r.get(0))
            .optional()?)
        })
    }

    /// Records a report if its repository and branch are tracked; returns whether it was.
    pub fn record_distribution(
        &self,
        org_id: i64,
        report: &Report<'_>,
        event: &AuditEvent,
    ) -> Result<bool, StoreError> {
        let now = self.clock.now_unix();
        let Some(repo) = self.tracked_repository(org_id, report.url, report.branch)? else {
            return Ok(false);
        };
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO distributions (repository_id, path, commit_id, reported_by, reported_at, packages, artifacts, agents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![repo, report.path, report.commit_id, report.reported_by, now, report.packages, report.artifacts, report.agents],
            )?;
            Ok(true)
        })
    }

    /// The latest report per path of each of the organization's repositories.
    pub fn latest_distributions(&self, org_id: i64) -> Result<Vec<DistributionRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT d.repository_id, d.path, d.commit_id, d.reported_by, d.reported_at, d.packages, d.artifacts, d.agents
                 FROM distributions d JOIN repositories r ON r.id = d.repository_id
                 WHERE r.org_id = ?1 AND d.id = (SELECT max(id) FROM distributions x WHERE x.repository_id = d.repository_id AND x.path = d.path)
                 ORDER BY d.repository_id, d.path",
            )?;
            let rows = stmt.query_map([org_id], |r| {
                Ok(DistributionRow {
                    repository_id: r.get(0)?,
                    path: r.get(1)?,
                    commit_id: r.get(2)?,
                    reported_by: r.get(3)?,
                    reported_at: r.get(4)?,
                    packages: r.get(5)?,
                    artifacts: r.get(6)?,
                    agents: r.get(7)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}
