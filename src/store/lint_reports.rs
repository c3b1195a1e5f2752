//! Lint runs uploaded from CI (`rulebook lint --report`, issue 18). Like install reports, a run
//! is kept only for a repository branch an admin tracks, so the overview shows what the
//! organization cares about and nothing about anyone's scratch checkout.
//!
//! Invariants:
//! - A report's totals are the sums of its rule rows, computed here when it is stored (the
//!   uploader's arithmetic is not trusted twice).
//! - The report row, its rule rows and the audit row are written in one transaction.
//! - Reports go with their repository (`ON DELETE CASCADE`) and by retention (`lint` class,
//!   the newest of each repository and path always stays).

use rusqlite::{OptionalExtension, params};

use crate::lint::upload::{RuleCount, Upload};
use crate::model::artifact::Level;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// One stored run, without its rule rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintReportRow {
    pub id: i64,
    pub repository_id: i64,
    pub path: String,
    pub commit_id: String,
    pub reported_by: String,
    pub reported_at: i64,
    pub files_checked: i64,
    pub errors: i64,
    pub warnings: i64,
    pub infos: i64,
    pub suppressed: i64,
    pub findings_total: i64,
}

/// A run with its rule rows.
pub type RunWithRules = (LintReportRow, Vec<RuleCount>);

const COLS: &str = "l.id, l.repository_id, l.path, l.commit_id, l.reported_by, l.reported_at, \
                    l.files_checked, l.errors, l.warnings, l.infos, l.suppressed, l.findings_total";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LintReportRow> {
    Ok(LintReportRow {
        id: r.get(0)?,
        repository_id: r.get(1)?,
        path: r.get(2)?,
        commit_id: r.get(3)?,
        reported_by: r.get(4)?,
        reported_at: r.get(5)?,
        files_checked: r.get(6)?,
        errors: r.get(7)?,
        warnings: r.get(8)?,
        infos: r.get(9)?,
        suppressed: r.get(10)?,
        findings_total: r.get(11)?,
    })
}

fn rules_of(c: &rusqlite::Connection, report: i64) -> Result<Vec<RuleCount>, StoreError> {
    let mut stmt = c.prepare_cached(
        "SELECT rule, level, message, violations, suppressed FROM lint_report_rules
         WHERE report_id = ?1 ORDER BY rule, level",
    )?;
    let rows = stmt.query_map([report], |r| rule_count(r, 0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A rule row from column `at` on: rule, level, message, violations, suppressed.
fn rule_count(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<RuleCount> {
    let level: String = r.get(at + 1)?;
    Ok(RuleCount {
        rule: r.get(at)?,
        level: Level::parse(&level).unwrap_or(Level::Warning),
        message: r.get(at + 2)?,
        violations: r.get::<_, i64>(at + 3)?.max(0) as u64,
        suppressed: r.get::<_, i64>(at + 4)?.max(0) as u64,
    })
}

/// Saturates a checked count into SQLite's integer.
fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// Stores a checked upload (normalized URL) of `org_id` if its repository branch is
    /// tracked; returns the new report's id, or `None` when it is not tracked.
    pub fn record_lint_report(
        &self,
        org_id: i64,
        upload: &Upload,
        reported_by: &str,
        event: &AuditEvent,
    ) -> Result<Option<i64>, StoreError> {
        let now = self.clock.now_unix();
        let Some(repo) = self.tracked_repository(org_id, &upload.url, &upload.branch)? else {
            return Ok(None);
        };
        let t = upload.totals();
        let findings = serde_json::to_string(&upload.findings)
            .map_err(|e| StoreError::Invalid(format!("findings: {e}")))?;
        self.audited_quiet(event, |tx| {
            tx.execute(
                "INSERT INTO lint_reports (repository_id, path, commit_id, reported_by, reported_at, files_checked,
                                           errors, warnings, infos, suppressed, findings_total, findings)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    repo, upload.path, upload.commit, reported_by, now, int(upload.files_checked),
                    int(t.errors), int(t.warnings), int(t.infos), int(t.suppressed),
                    int(upload.findings_total), findings
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut ins = tx.prepare_cached(
                "INSERT INTO lint_report_rules (report_id, rule, level, message, violations, suppressed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for r in &upload.rules {
                ins.execute(params![
                    id,
                    r.rule,
                    r.level.as_str(),
                    r.message,
                    int(r.violations),
                    int(r.suppressed)
                ])?;
            }
            Ok(Some(id))
        })
    }

    /// The organization's reports made at or after `since`, and the newest before it of each
    /// repository and path (the trend starts from it), oldest first, each with its rules.
    pub fn lint_reports_since(
        &self,
        org_id: i64,
        since: i64,
    ) -> Result<Vec<RunWithRules>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLS} FROM lint_reports l JOIN repositories r ON r.id = l.repository_id
                 WHERE r.org_id = ?1
                   AND (l.reported_at >= ?2
                        OR l.id = (SELECT max(x.id) FROM lint_reports x
                                   WHERE x.repository_id = l.repository_id AND x.path = l.path
                                     AND x.reported_at < ?2))
                 ORDER BY l.reported_at, l.id"
            ))?;
            let rows: Vec<LintReportRow> = stmt
                .query_map(params![org_id, since], row)?
                .collect::<Result<_, _>>()?;
            // Every report's rules in one query, not one query per report.
            let ids = serde_json::to_string(&rows.iter().map(|r| r.id).collect::<Vec<_>>())
                .map_err(|e| StoreError::Invalid(format!("report ids: {e}")))?;
            let mut stmt = c.prepare_cached(
                "SELECT report_id, rule, level, message, violations, suppressed FROM lint_report_rules
                 WHERE report_id IN (SELECT value FROM json_each(?1)) ORDER BY report_id, rule, level",
            )?;
            let mut by_report: std::collections::HashMap<i64, Vec<RuleCount>> = Default::default();
            let found = stmt.query_map([ids], |r| Ok((r.get::<_, i64>(0)?, rule_count(r, 1)?)))?;
            for f in found {
                let (id, rule) = f?;
                by_report.entry(id).or_default().push(rule);
            }
            Ok(rows
                .into_iter()
                .map(|r| {
                    let rules = by_report.remove(&r.id).unwrap_or_default();
                    (r, rules)
                })
                .collect())
        })
    }

    /// Slugs of the live standards in these spaces: a lint rule label `slug/n` is shown only
    /// to callers who can read a standard of that slug.
    pub fn standard_slugs(
        &self,
        space_ids: &[i64],
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let ids = serde_json::to_string(space_ids)
            .map_err(|e| StoreError::Invalid(format!("space ids: {e}")))?;
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT DISTINCT slug FROM artifacts
                 WHERE kind = 'standard' AND deleted_at IS NULL
                   AND space_id IN (SELECT value FROM json_each(?1))",
            )?;
            let rows = stmt.query_map([ids], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// One report of the organization with its rules and located findings (JSON).
    pub fn lint_report(
        &self,
        org_id: i64,
        id: i64,
    ) -> Result<Option<(LintReportRow, Vec<RuleCount>, String)>, StoreError> {
        self.with(|c| {
            let found = c
                .prepare_cached(&format!(
                    "SELECT {COLS}, l.findings FROM lint_reports l
                         JOIN repositories r ON r.id = l.repository_id
                         WHERE r.org_id = ?1 AND l.id = ?2"
                ))?
                .query_row(params![org_id, id], |r| {
                    Ok((row(r)?, r.get::<_, String>(12)?))
                })
                .optional()?;
            let Some((report, findings)) = found else {
                return Ok(None);
            };
            let rules = rules_of(c, report.id)?;
            Ok(Some((report, rules, findings)))
        })
    }
}
