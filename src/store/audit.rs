//! The audit log: append-only rows chained with HMAC-SHA256.
//!
//! Each row's `mac` is HMAC(audit key, previous mac ‖ seq ‖ time ‖ action ‖ outcome ‖
//! request id ‖ `pdigest`), where `pdigest` is itself an HMAC of the row's personal fields
//! (actor, target, source address, detail). The audit key is kept outside the database (beside
//! the database key). Editing, deleting or reordering rows breaks the chain at the first
//! affected row, which `verify` names; while a row is not erased its personal fields must
//! match its `pdigest`.
//!
//! Erasure of a person (`user erase`) replaces their personal fields with a pseudonym and
//! marks the row `erased`: the chain still verifies, because it covers the digest, not the
//! clear text. Retention pruning deletes the oldest rows and keeps the last deleted row's mac
//! as an anchor (`meta.audit_anchor`) from which verification continues. The newest row is
//! kept as the head (`meta.audit_head`), so cutting rows off the end is detected unless the
//! head is rewritten too: export regularly to keep an anchor outside the database.
//!
//! Rows are written in the same transaction as the change they record: if the audit row
//! cannot be written, the change does not happen.

use ring::hmac;
use rusqlite::{Connection, OptionalExtension, params};

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
    pub pdigest: String,
    pub erased: bool,
    pub mac: String,
}

fn hmac_fields(key: &AuditKey, fields: &[&str]) -> String {
    let k = hmac::Key::new(hmac::HMAC_SHA256, &key.0);
    let mut ctx = hmac::Context::with_key(&k);
    for field in fields {
        ctx.update(&(field.len() as u64).to_be_bytes());
        ctx.update(field.as_bytes());
    }
    hex::encode(ctx.sign().as_ref())
}

/// The digest of a row's personal fields.
fn pdigest_for(key: &AuditKey, r: &AuditRow) -> String {
    hmac_fields(key, &["personal-v1", &r.actor, &r.target, &r.ip, &r.detail])
}

/// The chain mac of a row given its predecessor's mac.
fn mac_for(key: &AuditKey, prev: &str, r: &AuditRow) -> String {
    hmac_fields(
        key,
        &[
            prev,
            &r.seq.to_string(),
            &r.at,
            &r.action,
            &r.outcome,
            &r.request_id,
            &r.pdigest,
        ],
    )
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
        pdigest: String::new(),
        erased: false,
        mac: String::new(),
    };
    row.pdigest = pdigest_for(key, &row);
    row.mac = mac_for(key, &prev_mac, &row);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target, outcome, ip, request_id, detail, pdigest, erased, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11)",
        params![row.seq, row.at, row.actor, row.action, row.target, row.outcome, row.ip, row.request_id, row.detail, row.pdigest, row.mac],
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
            pdigest: r.get(9)?,
            erased: r.get(10)?,
            mac: r.get(11)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const COLS: &str =
    "seq, at, actor, action, target, outcome, ip, request_id, detail, pdigest, erased, mac";

/// The anchor left by pruning: the last deleted row's sequence number and mac.
fn anchor(conn: &Connection) -> Result<(i64, String), StoreError> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'audit_anchor'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value
        .and_then(|v| {
            v.split_once(':')
                .and_then(|(s, m)| Some((s.parse().ok()?, m.to_string())))
        })
        .unwrap_or((0, String::new())))
}

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

/// Checks the chain in storage order (so a reordered pair is caught), from the pruning
/// anchor to the head.
pub(crate) fn verify(conn: &Connection, key: &AuditKey) -> Result<ChainStatus, StoreError> {
    let rows = all(conn)?;
    let (anchor_seq, mut prev) = anchor(conn)?;
    for (expected_seq, r) in (anchor_seq + 1..).zip(rows.iter()) {
        if r.seq != expected_seq {
            return Ok(ChainStatus::Broken {
                seq: r.seq,
                reason: format!("expected row {expected_seq} here: rows were deleted or reordered"),
            });
        }
        if !r.erased && pdigest_for(key, r) != r.pdigest {
            return Ok(ChainStatus::Broken {
                seq: r.seq,
                reason: "the row's actor, target, address or detail was altered".into(),
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
        .optional()?;
    let last = rows.last().map(|r| format!("{}:{}", r.seq, r.mac));
    let expected_head = last
        .clone()
        .or_else(|| (anchor_seq > 0).then(|| format!("{anchor_seq}:{prev}")));
    if head != expected_head {
        let seq = rows.last().map(|r| r.seq + 1).unwrap_or(anchor_seq + 1);
        return Ok(ChainStatus::Broken {
            seq,
            reason: "the newest rows were removed (head does not match)".into(),
        });
    }
    Ok(ChainStatus::Intact { rows: rows.len() })
}

/// Replaces a person's name in the personal fields of their rows with `pseudonym`, blanks
/// the source address of rows they acted in, and marks those rows erased. Returns the count.
pub(crate) fn erase_person(
    conn: &Connection,
    username: &str,
    pseudonym: &str,
) -> Result<usize, StoreError> {
    let token = format!("user:{username}");
    let replacement = format!("user:{pseudonym}");
    let mut stmt = conn.prepare(
        "SELECT seq, actor, target, detail FROM audit_log
         WHERE actor = ?1 COLLATE NOCASE OR instr(lower(target), lower(?2)) > 0 OR instr(lower(detail), lower(?2)) > 0",
    )?;
    let rows: Vec<(i64, String, String, String)> = stmt
        .query_map(params![username, token], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    for (seq, actor, target, detail) in &rows {
        let acted = actor.eq_ignore_ascii_case(username);
        let actor = if acted {
            pseudonym.to_string()
        } else {
            actor.clone()
        };
        let target = replace_token(target, &token, &replacement);
        let detail = replace_token(detail, &token, &replacement);
        conn.execute(
            "UPDATE audit_log SET actor = ?1, target = ?2, detail = ?3, ip = CASE WHEN ?4 THEN '' ELSE ip END, erased = 1
             WHERE seq = ?5",
            params![actor, target, detail, acted, seq],
        )?;
    }
    Ok(rows.len())
}

/// Replaces whole-word, case-insensitive occurrences of `token` (e.g. `user:alice`).
fn replace_token(text: &str, token: &str, replacement: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.eq_ignore_ascii_case(token) {
                replacement
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rows older than `before` (RFC 3339), oldest first: what pruning would delete.
pub(crate) fn count_before(conn: &Connection, before: &str) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM audit_log WHERE at < ?1",
        [before],
        |r| r.get(0),
    )?)
}

/// Deletes rows older than `before`, leaving the last deleted row as the anchor.
pub(crate) fn prune_before(conn: &Connection, before: &str) -> Result<i64, StoreError> {
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, mac FROM audit_log WHERE at < ?1 ORDER BY seq DESC LIMIT 1",
            [before],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((seq, mac)) = last else { return Ok(0) };
    let n = conn.execute("DELETE FROM audit_log WHERE seq <= ?1", [seq])?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_anchor', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [format!("{seq}:{mac}")],
    )?;
    Ok(n as i64)
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
