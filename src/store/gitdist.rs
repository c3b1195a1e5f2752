//! Git connections, distribution targets and the distribution job queue.
//!
//! Invariants:
//! - A connection's token lives only in the vault (`secret_name`); this table never holds it.
//! - A target has at most one queued or running job; asking again returns that job.
//! - A job is claimed in one immediate transaction that also checks its connection's
//!   concurrency cap, so two workers never run one job and a connection never exceeds its cap.
//! - `running` jobs found at start-up belong to a process that died: they are queued again
//!   (their commit, if made, is recognised by its trailer, so none is ever made twice).

use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};

use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A connection to a Git server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionRow {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub provider: String,
    pub base_url: String,
    pub username: String,
    pub secret_name: String,
    /// A GitHub App's id and installation (empty for a token connection): then the sealed
    /// secret is the App's private key.
    pub app_id: String,
    pub installation_id: String,
    pub max_concurrency: i64,
    pub author_name: String,
    pub author_email: String,
    pub created_at: i64,
}

/// A connection to create.
pub struct NewConnection<'a> {
    pub name: &'a str,
    pub provider: &'a str,
    pub base_url: &'a str,
    pub username: &'a str,
    pub secret_name: &'a str,
    pub app_id: &'a str,
    pub installation_id: &'a str,
    pub max_concurrency: i64,
    pub author_name: &'a str,
    pub author_email: &'a str,
}

/// A package assigned to a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetPackage {
    pub package_id: i64,
    pub space_id: i64,
    pub space: String,
    pub slug: String,
}

/// A distribution target: where packages go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRow {
    pub id: i64,
    pub org_id: i64,
    pub connection_id: i64,
    pub connection: String,
    pub repo: String,
    pub branch: String,
    pub path: String,
    /// Agent ids.
    pub agents: Vec<String>,
    /// `commit` or `pull_request`.
    pub mode: String,
    pub packages: Vec<TargetPackage>,
    pub created_at: i64,
}

/// A target to create.
pub struct NewTarget<'a> {
    pub connection_id: i64,
    pub repo: &'a str,
    pub branch: &'a str,
    pub path: &'a str,
    pub agents: &'a [String],
    pub mode: &'a str,
    pub package_ids: &'a [i64],
}

/// One job: a distribution to one target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRow {
    pub id: i64,
    pub org_id: i64,
    pub target_id: i64,
    pub batch: String,
    pub state: String,
    pub cancel_requested: bool,
    pub attempts: i64,
    pub not_before: i64,
    pub deadline: i64,
    pub requested_by: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub commit_id: Option<String>,
    pub pr_number: Option<i64>,
    pub pr_url: Option<String>,
    pub pr_state: Option<String>,
    /// JSON `{"package key": "release"}` distributed.
    pub releases: String,
    /// JSON `[{"kind","slug","version","package"}]` distributed.
    pub artifacts: String,
    pub detail: String,
}

/// How a job ended.
pub struct Finish<'a> {
    /// `done`, `no_changes`, `failed` or `cancelled`.
    pub state: &'a str,
    pub commit_id: Option<&'a str>,
    pub pr: Option<(i64, &'a str, &'a str)>,
    pub releases: &'a str,
    pub artifacts: &'a str,
    pub detail: &'a str,
}

const CONN_COLS: &str = "id, org_id, name, provider, base_url, username, secret_name, app_id, installation_id, max_concurrency, author_name, author_email, created_at";
const JOB_COLS: &str = "id, org_id, target_id, batch, state, cancel_requested, attempts, not_before, deadline, requested_by, created_at, started_at, finished_at, commit_id, pr_number, pr_url, pr_state, releases, artifacts, detail";

fn conn_row(r: &Row<'_>) -> rusqlite::Result<ConnectionRow> {
    Ok(ConnectionRow {
        id: r.get(0)?,
        org_id: r.get(1)?,
        name: r.get(2)?,
        provider: r.get(3)?,
        base_url: r.get(4)?,
        username: r.get(5)?,
        secret_name: r.get(6)?,
        app_id: r.get(7)?,
        installation_id: r.get(8)?,
        max_concurrency: r.get(9)?,
        author_name: r.get(10)?,
        author_email: r.get(11)?,
        created_at: r.get(12)?,
    })
}

fn job_row(r: &Row<'_>) -> rusqlite::Result<JobRow> {
    Ok(JobRow {
        id: r.get(0)?,
        org_id: r.get(1)?,
        target_id: r.get(2)?,
        batch: r.get(3)?,
        state: r.get(4)?,
        cancel_requested: r.get(5)?,
        attempts: r.get(6)?,
        not_before: r.get(7)?,
        deadline: r.get(8)?,
        requested_by: r.get(9)?,
        created_at: r.get(10)?,
        started_at: r.get(11)?,
        finished_at: r.get(12)?,
        commit_id: r.get(13)?,
        pr_number: r.get(14)?,
        pr_url: r.get(15)?,
        pr_state: r.get(16)?,
        releases: r.get(17)?,
        artifacts: r.get(18)?,
        detail: r.get(19)?,
    })
}

fn target_packages(
    c: &rusqlite::Connection,
    target_id: i64,
) -> Result<Vec<TargetPackage>, StoreError> {
    let mut stmt = c.prepare_cached(
        "SELECT p.id, s.id, s.slug, p.slug FROM git_target_packages tp
         JOIN packages p ON p.id = tp.package_id JOIN spaces s ON s.id = p.space_id
         WHERE tp.target_id = ?1 ORDER BY s.slug, p.slug",
    )?;
    let rows = stmt.query_map([target_id], |r| {
        Ok(TargetPackage {
            package_id: r.get(0)?,
            space_id: r.get(1)?,
            space: r.get(2)?,
            slug: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn targets_where(
    c: &rusqlite::Connection,
    clause: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<TargetRow>, StoreError> {
    let sql = format!(
        "SELECT t.id, t.org_id, t.connection_id, c.name, t.repo, t.branch, t.path, t.agents, t.mode, t.created_at
         FROM git_targets t JOIN git_connections c ON c.id = t.connection_id WHERE {clause}
         ORDER BY c.name, t.repo, t.branch, t.path"
    );
    let mut stmt = c.prepare_cached(&sql)?;
    let rows = stmt.query_map(args, |r| {
        let agents: String = r.get(7)?;
        Ok(TargetRow {
            id: r.get(0)?,
            org_id: r.get(1)?,
            connection_id: r.get(2)?,
            connection: r.get(3)?,
            repo: r.get(4)?,
            branch: r.get(5)?,
            path: r.get(6)?,
            agents: serde_json::from_str(&agents).unwrap_or_default(),
            mode: r.get(8)?,
            packages: Vec::new(),
            created_at: r.get(9)?,
        })
    })?;
    let mut out: Vec<TargetRow> = rows.collect::<Result<_, _>>()?;
    for t in &mut out {
        t.packages = target_packages(c, t.id)?;
    }
    Ok(out)
}

fn set_packages(
    tx: &rusqlite::Transaction<'_>,
    org_id: i64,
    target_id: i64,
    package_ids: &[i64],
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM git_target_packages WHERE target_id = ?1",
        [target_id],
    )?;
    for p in package_ids {
        let ours: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM packages p JOIN spaces s ON s.id = p.space_id WHERE p.id = ?1 AND s.org_id = ?2)")?.query_row(params![p, org_id],
            |r| r.get(0),
        )?;
        if !ours {
            return Err(StoreError::NotFound("package"));
        }
        tx.execute(
            "INSERT OR IGNORE INTO git_target_packages (target_id, package_id) VALUES (?1, ?2)",
            params![target_id, p],
        )?;
    }
    Ok(())
}

impl Store {
    /// Creates a connection (its token is sealed separately, under `secret_name`).
    pub fn create_git_connection(
        &self,
        org_id: i64,
        n: &NewConnection<'_>,
        event: &AuditEvent,
    ) -> Result<ConnectionRow, StoreError> {
        let now = self.clock.now_unix();
        let id = self.audited(event, |tx| {
            let taken: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM git_connections WHERE org_id = ?1 AND name = ?2)")?.query_row(params![org_id, n.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!(
                    "a connection named {} exists",
                    n.name
                )));
            }
            tx.execute(
                "INSERT INTO git_connections (org_id, name, provider, base_url, username, secret_name, app_id, installation_id, max_concurrency, author_name, author_email, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![org_id, n.name, n.provider, n.base_url, n.username, n.secret_name, n.app_id, n.installation_id, n.max_concurrency, n.author_name, n.author_email, now],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.git_connection_by_id(id)?
            .ok_or(StoreError::NotFound("connection"))
    }

    /// The organization's connections.
    pub fn git_connections(&self, org_id: i64) -> Result<Vec<ConnectionRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {CONN_COLS} FROM git_connections WHERE org_id = ?1 ORDER BY name"
            ))?;
            let rows = stmt.query_map([org_id], conn_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// One connection by name.
    pub fn git_connection(
        &self,
        org_id: i64,
        name: &str,
    ) -> Result<Option<ConnectionRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {CONN_COLS} FROM git_connections WHERE org_id = ?1 AND name = ?2"
            ))?
            .query_row(params![org_id, name], conn_row)
            .optional()?)
        })
    }

    /// One connection by id.
    pub fn git_connection_by_id(&self, id: i64) -> Result<Option<ConnectionRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {CONN_COLS} FROM git_connections WHERE id = ?1"
            ))?
            .query_row([id], conn_row)
            .optional()?)
        })
    }

    /// The providers the instance's connections use.
    pub fn git_providers_in_use(&self) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            let mut stmt =
                c.prepare_cached("SELECT DISTINCT provider FROM git_connections ORDER BY 1")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Deletes a connection that no target uses.
    pub fn delete_git_connection(
        &self,
        org_id: i64,
        name: &str,
        event: &AuditEvent,
    ) -> Result<ConnectionRow, StoreError> {
        let row = self
            .git_connection(org_id, name)?
            .ok_or(StoreError::NotFound("connection"))?;
        self.audited(event, |tx| {
            let used: i64 = tx
                .prepare_cached("SELECT count(*) FROM git_targets WHERE connection_id = ?1")?
                .query_row([row.id], |r| r.get(0))?;
            if used > 0 {
                return Err(StoreError::Conflict(format!(
                    "{used} target(s) use connection {name}: delete them first"
                )));
            }
            tx.execute("DELETE FROM git_connections WHERE id = ?1", [row.id])?;
            Ok(())
        })?;
        Ok(row)
    }

    /// Creates a target with its packages.
    pub fn create_git_target(
        &self,
        org_id: i64,
        n: &NewTarget<'_>,
        event: &AuditEvent,
    ) -> Result<TargetRow, StoreError> {
        let now = self.clock.now_unix();
        let agents = serde_json::to_string(n.agents).unwrap_or_else(|_| "[]".into());
        let id = self.audited(event, |tx| {
            let taken: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM git_targets WHERE connection_id = ?1 AND repo = ?2 AND branch = ?3 AND path = ?4)")?.query_row(params![n.connection_id, n.repo, n.branch, n.path],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!(
                    "{} ({}) {} is already a target",
                    n.repo,
                    n.branch,
                    if n.path.is_empty() { "/" } else { n.path }
                )));
            }
            tx.execute(
                "INSERT INTO git_targets (org_id, connection_id, repo, branch, path, agents, mode, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![org_id, n.connection_id, n.repo, n.branch, n.path, agents, n.mode, now],
            )?;
            let id = tx.last_insert_rowid();
            set_packages(tx, org_id, id, n.package_ids)?;
            Ok(id)
        })?;
        self.git_target(org_id, id)?
            .ok_or(StoreError::NotFound("target"))
    }

    /// Replaces a target's packages.
    pub fn set_git_target_packages(
        &self,
        org_id: i64,
        target_id: i64,
        package_ids: &[i64],
        event: &AuditEvent,
    ) -> Result<TargetRow, StoreError> {
        self.git_target(org_id, target_id)?
            .ok_or(StoreError::NotFound("target"))?;
        self.audited(event, |tx| set_packages(tx, org_id, target_id, package_ids))?;
        self.git_target(org_id, target_id)?
            .ok_or(StoreError::NotFound("target"))
    }

    /// The organization's targets.
    pub fn git_targets(&self, org_id: i64) -> Result<Vec<TargetRow>, StoreError> {
        self.with(|c| targets_where(c, "t.org_id = ?1", &[&org_id]))
    }

    /// One target.
    pub fn git_target(&self, org_id: i64, id: i64) -> Result<Option<TargetRow>, StoreError> {
        self.with(|c| {
            Ok(
                targets_where(c, "t.org_id = ?1 AND t.id = ?2", &[&org_id, &id])?
                    .into_iter()
                    .next(),
            )
        })
    }

    /// Deletes a target and its finished jobs; refused while a job is queued or running.
    pub fn delete_git_target(
        &self,
        org_id: i64,
        id: i64,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.git_target(org_id, id)?
            .ok_or(StoreError::NotFound("target"))?;
        self.audited(event, |tx| {
            let active: i64 = tx.prepare_cached("SELECT count(*) FROM git_jobs WHERE target_id = ?1 AND state IN ('queued', 'running')")?.query_row([id],
                |r| r.get(0),
            )?;
            if active > 0 {
                return Err(StoreError::Conflict(
                    "a distribution to this target is queued or running: cancel it first".into(),
                ));
            }
            tx.execute("DELETE FROM git_jobs WHERE target_id = ?1", [id])?;
            tx.execute("DELETE FROM git_target_packages WHERE target_id = ?1", [id])?;
            tx.execute("DELETE FROM git_targets WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Queues one job per target (a target with a queued or running job keeps it). Returns
    /// `(target id, job id, newly queued)`.
    pub fn enqueue_git_jobs(
        &self,
        org_id: i64,
        target_ids: &[i64],
        batch: &str,
        requested_by: &str,
        deadline_secs: i64,
        event: &AuditEvent,
    ) -> Result<Vec<(i64, i64, bool)>, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let mut out = Vec::new();
            for t in target_ids {
                let ours: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM git_targets WHERE id = ?1 AND org_id = ?2)")?.query_row(params![t, org_id],
                    |r| r.get(0),
                )?;
                if !ours {
                    return Err(StoreError::NotFound("target"));
                }
                let active: Option<i64> = tx
                    .prepare_cached("SELECT id FROM git_jobs WHERE target_id = ?1 AND state IN ('queued', 'running')")?
                    .query_row([t],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(j) = active {
                    out.push((*t, j, false));
                    continue;
                }
                tx.execute(
                    "INSERT INTO git_jobs (org_id, target_id, batch, state, not_before, deadline, requested_by, created_at)
                     VALUES (?1, ?2, ?3, 'queued', ?4, ?5, ?6, ?4)",
                    params![org_id, t, batch, now, now + deadline_secs, requested_by],
                )?;
                out.push((*t, tx.last_insert_rowid(), true));
            }
            Ok(out)
        })
    }

    /// Claims the oldest runnable job whose connection is under its concurrency cap.
    pub fn claim_git_job(&self) -> Result<Option<JobRow>, StoreError> {
        let now = self.clock.now_unix();
        self.with_write(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let id: Option<i64> = tx
                .prepare_cached("SELECT j.id FROM git_jobs j
                     JOIN git_targets t ON t.id = j.target_id
                     JOIN git_connections c ON c.id = t.connection_id
                     WHERE j.state = 'queued' AND j.not_before <= ?1
                       AND (SELECT count(*) FROM git_jobs r JOIN git_targets rt ON rt.id = r.target_id
                            WHERE r.state = 'running' AND rt.connection_id = t.connection_id) < c.max_concurrency
                     ORDER BY j.not_before, j.id LIMIT 1")?
                .query_row([now],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = id else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE git_jobs SET state = 'running', attempts = attempts + 1, started_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            let row = tx.prepare_cached(&format!("SELECT {JOB_COLS} FROM git_jobs WHERE id = ?1"))?.query_row([id],
                job_row,
            )?;
            tx.commit()?;
            Ok(Some(row))
        })
    }

    /// The seconds until the next queued job is due (`None`: nothing queued).
    pub fn next_git_job_in(&self) -> Result<Option<i64>, StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| {
            let at: Option<i64> = c
                .prepare_cached("SELECT min(not_before) FROM git_jobs WHERE state = 'queued'")?
                .query_row([], |r| r.get(0))?;
            Ok(at.map(|a| (a - now).max(0)))
        })
    }

    /// Ends a running job.
    pub fn finish_git_job(&self, id: i64, f: &Finish<'_>) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        let (pr_number, pr_url, pr_state) = match f.pr {
            Some((n, u, s)) => (Some(n), Some(u), Some(s)),
            None => (None, None, None),
        };
        self.with(|c| {
            c.execute(
                "UPDATE git_jobs SET state = ?2, finished_at = ?3, commit_id = ?4, pr_number = ?5, pr_url = ?6, pr_state = ?7,
                 pr_checked_at = CASE WHEN ?5 IS NULL THEN NULL ELSE ?3 END, releases = ?8, artifacts = ?9, detail = ?10
                 WHERE id = ?1",
                params![id, f.state, now, f.commit_id, pr_number, pr_url, pr_state, f.releases, f.artifacts, f.detail],
            )?;
            if f.state == "failed" {
                crate::store::outbox::distribution_failed(c, id, f.detail, now)?;
            }
            Ok(())
        })
    }

    /// Puts a running job back in the queue until `not_before`.
    pub fn retry_git_job(&self, id: i64, not_before: i64, detail: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "UPDATE git_jobs SET state = 'queued', not_before = ?2, detail = ?3 WHERE id = ?1 AND state = 'running'",
                params![id, not_before, detail],
            )?;
            Ok(())
        })
    }

    /// At start-up: jobs left running by a process that died are queued again.
    pub fn requeue_running_git_jobs(&self) -> Result<usize, StoreError> {
        self.with(|c| {
            Ok(c.execute(
                "UPDATE git_jobs SET state = 'queued', detail = 'resumed after a restart' WHERE state = 'running'",
                [],
            )?)
        })
    }

    /// Cancels a queued job at once, or asks a running one to stop before it commits.
    /// Returns the job as it is now.
    pub fn cancel_git_job(
        &self,
        org_id: i64,
        id: i64,
        event: &AuditEvent,
    ) -> Result<JobRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let state: Option<String> = tx
                .prepare_cached("SELECT state FROM git_jobs WHERE id = ?1 AND org_id = ?2")?
                .query_row(params![id, org_id],
                    |r| r.get(0),
                )
                .optional()?;
            match state.as_deref() {
                None => Err(StoreError::NotFound("job")),
                Some("queued") => {
                    tx.execute(
                        "UPDATE git_jobs SET state = 'cancelled', finished_at = ?2, detail = 'cancelled before it ran' WHERE id = ?1",
                        params![id, now],
                    )?;
                    Ok(())
                }
                Some("running") => {
                    tx.execute(
                        "UPDATE git_jobs SET cancel_requested = 1 WHERE id = ?1",
                        [id],
                    )?;
                    Ok(())
                }
                Some(s) => Err(StoreError::Conflict(format!("the job is already {s}"))),
            }
        })?;
        self.git_job(org_id, id)?.ok_or(StoreError::NotFound("job"))
    }

    /// True when a cancel was asked for a running job.
    pub fn git_job_cancel_requested(&self, id: i64) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT cancel_requested FROM git_jobs WHERE id = ?1")?
                    .query_row([id], |r| r.get(0))?,
            )
        })
    }

    /// One job.
    pub fn git_job(&self, org_id: i64, id: i64) -> Result<Option<JobRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {JOB_COLS} FROM git_jobs WHERE id = ?1 AND org_id = ?2"
            ))?
            .query_row(params![id, org_id], job_row)
            .optional()?)
        })
    }

    /// The organization's newest jobs (optionally of one target), newest first.
    pub fn git_jobs(
        &self,
        org_id: i64,
        target_id: Option<i64>,
        limit: i64,
    ) -> Result<Vec<JobRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {JOB_COLS} FROM git_jobs WHERE org_id = ?1 AND (?2 IS NULL OR target_id = ?2) ORDER BY id DESC LIMIT ?3"
            ))?;
            let rows = stmt.query_map(params![org_id, target_id, limit], job_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Per target of the organization: its newest job, and its newest job that landed
    /// (`done` or `no_changes`); what the overview shows, without reading old jobs.
    pub fn latest_git_jobs(&self, org_id: i64) -> Result<Vec<JobRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {JOB_COLS} FROM git_jobs WHERE id IN (
                   SELECT max(id) FROM git_jobs WHERE org_id = ?1 GROUP BY target_id
                   UNION
                   SELECT max(id) FROM git_jobs WHERE org_id = ?1 AND state IN ('done', 'no_changes') GROUP BY target_id)
                 ORDER BY id DESC"
            ))?;
            let rows = stmt.query_map([org_id], job_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// `(state, jobs)` over every organization, for /metrics.
    pub fn git_job_counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        self.with(|c| {
            let mut stmt =
                c.prepare_cached("SELECT state, count(*) FROM git_jobs GROUP BY state")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Jobs whose pull request is open and was last checked before `before`.
    pub fn open_pull_request_jobs(&self, before: i64) -> Result<Vec<JobRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {JOB_COLS} FROM git_jobs WHERE pr_state = 'open' AND coalesce(pr_checked_at, 0) < ?1 ORDER BY id LIMIT 100"
            ))?;
            let rows = stmt.query_map([before], job_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Records a pull request's state as last seen.
    pub fn set_pull_request_state(&self, job_id: i64, state: &str) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| {
            c.execute(
                "UPDATE git_jobs SET pr_state = ?2, pr_checked_at = ?3 WHERE id = ?1",
                params![job_id, state, now],
            )?;
            Ok(())
        })
    }
}
