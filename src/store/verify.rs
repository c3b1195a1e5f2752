//! Verification: SQLite's `integrity_check`, SQLCipher's `cipher_integrity_check` (page HMACs)
//! and Rulebook's own invariants. Integration tests run the same check after every test.

use rusqlite::Connection;

use crate::store::StoreError;
use crate::store::migrations::{self, LATEST_SCHEMA};

/// What verification found. Empty lists mean healthy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyReport {
    /// Rows of `PRAGMA integrity_check` other than `ok`, or the error it raised.
    pub integrity: Vec<String>,
    /// Rows of `PRAGMA cipher_integrity_check` (one per page whose HMAC fails).
    pub cipher: Vec<String>,
    /// Broken application invariants.
    pub invariants: Vec<String>,
    /// The schema version found.
    pub schema_version: u32,
}

impl VerifyReport {
    /// True when nothing is wrong.
    pub fn is_ok(&self) -> bool {
        self.integrity.is_empty() && self.cipher.is_empty() && self.invariants.is_empty()
    }

    /// The first damaged page named by SQLCipher, if any.
    pub fn first_bad_page(&self) -> Option<u64> {
        self.cipher.iter().find_map(|line| {
            let tail = line.rsplit("page ").next()?;
            tail.trim().trim_end_matches('.').parse().ok()
        })
    }

    /// All problems as lines.
    pub fn problems(&self) -> Vec<String> {
        let mut all = Vec::new();
        all.extend(self.cipher.iter().map(|p| format!("cipher: {p}")));
        all.extend(self.integrity.iter().map(|p| format!("integrity: {p}")));
        all.extend(self.invariants.iter().map(|p| format!("invariant: {p}")));
        all
    }
}

fn rows(conn: &Connection, sql: &str) -> Result<Vec<String>, rusqlite::Error> {
    let mut stmt = conn.prepare(sql)?;
    let mapped = stmt.query_map([], |r| {
        let v: rusqlite::types::Value = r.get(0)?;
        Ok(match v {
            rusqlite::types::Value::Text(s) => s,
            other => format!("{other:?}"),
        })
    })?;
    mapped.collect()
}

/// Pages whose HMAC fails (`cipher_integrity_check` reads every page once and writes
/// nothing): the check the server runs before it writes and before its final checkpoint.
pub(crate) fn damaged_pages(conn: &Connection) -> Result<Vec<String>, StoreError> {
    Ok(rows(conn, "PRAGMA cipher_integrity_check")?)
}

pub(crate) fn verify(conn: &Connection) -> Result<VerifyReport, StoreError> {
    let mut report = VerifyReport {
        cipher: rows(conn, "PRAGMA cipher_integrity_check")?,
        ..VerifyReport::default()
    };
    match rows(conn, "PRAGMA integrity_check") {
        Ok(r) => report.integrity = r.into_iter().filter(|l| l != "ok").collect(),
        Err(e) => report.integrity.push(e.to_string()),
    }
    if !report.integrity.is_empty() || !report.cipher.is_empty() {
        return Ok(report);
    }
    match rows(conn, "PRAGMA foreign_key_check") {
        Ok(r) if r.is_empty() => {}
        Ok(r) => report
            .invariants
            .push(format!("{} foreign key violations", r.len())),
        Err(e) => report
            .invariants
            .push(format!("foreign_key_check failed: {e}")),
    }
    let status = migrations::status(conn)?;
    report.schema_version = status.current;
    // An older schema is valid (its migrations are pending); a newer one never opens.
    if status.current > LATEST_SCHEMA {
        report.invariants.push(format!(
            "schema version {} is newer than this binary's {LATEST_SCHEMA}",
            status.current
        ));
    }
    let expected: Vec<u32> = (1..=status.current).collect();
    let applied: Vec<u32> = status.applied.iter().map(|a| a.0).collect();
    if applied != expected {
        report.invariants.push(format!(
            "schema_migrations lists {applied:?}, expected {expected:?}"
        ));
    }
    let instance: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'instance_id'",
            [],
            |r| r.get(0),
        )
        .ok();
    if instance.is_none_or(|v| v.len() != 32) {
        report
            .invariants
            .push("meta.instance_id is missing or malformed".into());
    }
    Ok(report)
}
