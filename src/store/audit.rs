//! The audit log: append-only rows chained with HMAC-SHA256.
//!
//! Each row's `mac` is HMAC(audit key, previous mac ‖ the row's fields), with the audit key
//! kept outside the database (beside the database key). Editing, deleting or reordering rows
//! breaks the chain at the first affected row, which `verify` names. The newest sequence
//! number and mac are also kept in `meta` (`audit_head`), so removing rows from the end is
//! caught too unless the attacker also rewrites the head; export the head to keep an anchor
//! outside the database. Rows are written in the same transaction as the change they record:
//! if the audit row cannot be written, the change does not happen.

use ring::hmac;
use rusqlite::{Connection, params};

use crate::crypto::hex;
use crate::store::StoreError;

/// The key that chains audit rows.
#[derive(Clone)]
pub struct AuditKey(pub [u8; 32]);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<redacted>)")
    }
}

/// One event to record.
#[derive(Debug, Clone, Default)]
pub struct AuditEvent {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub ip: String,
    pub request_id: String,
    pub detail: String,
}

/// A stored row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditRow {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub ip: String,
    pub request_id: String,
    pub detail: String,
    pub mac: String,
}

fn mac_for(key: &AuditKey, prev: &str, r: &AuditRow) -> String {
    let k = hmac::Key::new(hmac::HMAC_SHA256, &key.0);
    let mut ctx = hmac::Context::with_key(&k);
    for field in [
        prev,
        &r.seq.to_string(),
        &r.at,
        &r.actor,
        &r.action,
        &r.target,
        &r.outcome,
        &r.ip,
        &r.request_id,
        &r.detail,
    ] {
        ctx.update(&(field.len() as u64).to_be_bytes());
        ctx.update(field.as_bytes());
    }
    hex::encode(ctx.sign().as_ref())
}

/// Appends `event` at time `at` inside the caller's transaction.
pub(crate) fn append(
    conn: &Connection,
    key: &AuditKey,
    at: &str,
    event: &AuditEvent,
) -> Result<i64, StoreError> {
    let (prev_seq, prev_mac): (i64, String) = conn
        .query_row(
            "SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, String::new())),
            e => Err(e),
        })?;
    let mut row = AuditRow {
        seq: prev_seq + 1,
        at: at.to_string(),
        actor: event.actor.clone(),
        action: event.action.clone(),
        target: event.target.clone(),
        outcome: event.outcome.clone(),
        ip: event.ip.clone(),
        request_id: event.request_id.clone(),
        detail: event.detail.clone(),
        mac: String::new(),
    };
    row.mac = mac_for(key, &prev_mac, &row);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target, outcome, ip, request_id, detail, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![row.seq, row.at, row.actor, row.action, row.target, row.outcome, row.ip, row.request_id, row.detail, row.mac],
    )?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [format!("{}:{}", row.seq, row.mac)],
    )?;
    Ok(row.seq)
}

fn read_rows(
    conn: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
) -> Result<Vec<AuditRow>, StoreError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(p, |r| {
        Ok(AuditRow {
            seq: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            target: r.get(4)?,
            outcome: r.get(5)?,
            ip: r.get(6)?,
            request_id: r.get(7)?,
            detail: r.get(8)?,
            mac: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const COLS: &str = "seq, at, actor, action, target, outcome, ip, request_id, detail, mac";

/// Every row in order (for export and verification).
pub(crate) fn all(conn: &Connection) -> Result<Vec<AuditRow>, StoreError> {
    read_rows(
        conn,
        &format!("SELECT {COLS} FROM audit_log ORDER BY rowid"),
        [],
    )
}

/// The newest rows first, optionally only one action, at most `limit`, before `before_seq`.
pub(crate) fn recent(
    conn: &Connection,
    action: Option<&str>,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<AuditRow>, StoreError> {
    read_rows(
        conn,
        &format!(
            "SELECT {COLS} FROM audit_log WHERE (?1 IS NULL OR action = ?1) AND (?2 IS NULL OR seq < ?2)
             ORDER BY seq DESC LIMIT ?3"
        ),
        params![action, before, limit],
    )
}

/// Result of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainStatus {
    /// Every row checks out; `rows` rows, head `seq`.
    Intact { rows: usize },
    /// The first row that does not check out, and why.
    Broken { seq: i64, reason: String },
}

/// Checks the chain in storage order (so a reordered pair is caught) against the head.
pub(crate) fn verify(conn: &Connection, key: &AuditKey) -> Result<ChainStatus, StoreError> {
    let rows = all(conn)?;
    let mut prev = String::new();
    for (expected_seq, r) in (1i64..).zip(rows.iter()) {
        if r.seq != expected_seq {
            return Ok(ChainStatus::Broken {
                seq: r.seq,
                reason: format!("expected row {expected_seq} here: rows were deleted or reordered"),
            });
        }
        if mac_for(key, &prev, r) != r.mac {
            return Ok(ChainStatus::Broken {
                seq: r.seq,
                reason: "the row or its predecessor was altered".into(),
            });
        }
        prev = r.mac.clone();
    }
    let head: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| {
            r.get(0)
        })
        .ok();
    let last = rows.last().map(|r| format!("{}:{}", r.seq, r.mac));
    if head != last {
        let seq = rows.last().map(|r| r.seq + 1).unwrap_or(1);
        return Ok(ChainStatus::Broken {
            seq,
            reason: "the newest rows were removed (head does not match)".into(),
        });
    }
    Ok(ChainStatus::Intact { rows: rows.len() })
}

impl crate::store::Store {
    /// Checks the whole chain with the loaded audit key.
    pub fn audit_verify(&self) -> Result<ChainStatus, StoreError> {
        let key = self
            .audit_key
            .clone()
            .ok_or_else(|| StoreError::Refused("no audit key loaded".into()))?;
        self.with(|c| verify(c, &key))
    }

    /// Every row, oldest first.
    pub fn audit_all(&self) -> Result<Vec<AuditRow>, StoreError> {
        self.with(|c| all(c))
    }

    /// Newest rows first, filtered by action, paged by sequence number.
    pub fn audit_recent(
        &self,
        action: Option<&str>,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AuditRow>, StoreError> {
        self.with(|c| recent(c, action, before, limit))
    }
}
