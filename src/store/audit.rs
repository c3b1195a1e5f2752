//! The audit log: append-only rows chained with HMAC-SHA256, every column authenticated.
//!
//! Each row's `mac` is HMAC(audit key, `audit-v2` ‖ previous mac ‖ seq ‖ time ‖ action ‖
//! outcome ‖ request id ‖ `pdigest`), where `pdigest` is itself an HMAC of the row's personal
//! fields as written (actor, target, source address, detail). The audit key is kept outside
//! the database (beside the database key). Editing, deleting or reordering rows breaks the
//! chain at the first affected row, which `verify` names.
//!
//! The personal fields and the `erased` flag are covered one of two ways. A row that is not
//! erased must match its `pdigest` and carry no `erasure`. Erasure of a person (`user erase`)
//! replaces their personal fields with a pseudonym, marks the row `erased` and stores
//! `erasure` = `E:HMAC(erased-v2 ‖ seq ‖ mac ‖ pdigest ‖ new actor, target, address,
//! detail ‖ E)`, where `E` is the sequence number of the audit row that records the erasure
//! (`user.erased`, whose detail ends with `rows: <ranges>` naming every erased row). So an
//! erased row verifies only if someone holding the audit key erased it, with exactly these
//! fields, and the erasure is itself in the chain; the chain still verifies because it covers
//! the digest of the original, not the clear text.
//!
//! Retention pruning deletes the oldest rows and keeps an anchor (`meta.audit_anchor` =
//! `seq:mac:P:amac`): the last deleted row's sequence number and mac, the sequence number `P`
//! of the `retention.applied` row that recorded the pruning, and an HMAC over the three.
//! Verification continues from an anchor only if its HMAC holds and `P` is in the chain, so
//! cutting off the oldest rows needs the audit key. The newest row is kept as the head
//! (`meta.audit_head`), so cutting rows off the end is detected unless the head is rewritten
//! too: export regularly to keep a copy outside the database.
//!
//! Format history: databases before schema 8 chained rows without the `audit-v2` tag and
//! covered neither the `erased` flag nor the anchor (`meta.audit_format` absent or `1`). The
//! first open with the audit key after the upgrade checks the whole old chain with the old
//! rule and, only if it is intact, re-MACs every row in the current format in one
//! transaction, authenticates the anchor and seals the rows that were already erased with an
//! `audit.sealed` row that names them. An old chain that is already broken is left as it is
//! and keeps failing verification.
//!
//! Rows are written in the same transaction as the change they record: if the audit row
//! cannot be written, the change does not happen.

use std::collections::{BTreeSet, HashMap};

use ring::hmac;
use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::hex;
use crate::store::StoreError;

/// The action of the row that records an erasure.
pub const ERASED_ACTION: &str = "user.erased";
/// The action of the row that records a retention run (and any audit pruning in it).
pub const PRUNED_ACTION: &str = "retention.applied";
/// The action of the row that records the upgrade of an old chain to the current format.
pub const SEALED_ACTION: &str = "audit.sealed";
/// The current chain format (`meta.audit_format`).
const FORMAT: &str = "2";

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
    /// For an erased row: `E:mac` binding its current fields to the erasure row `E`.
    pub erasure: String,
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

/// Constant-time comparison of two hex MACs.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The digest of a row's personal fields.
fn pdigest_for(key: &AuditKey, r: &AuditRow) -> String {
    hmac_fields(key, &["personal-v1", &r.actor, &r.target, &r.ip, &r.detail])
}

/// The chain mac of a row given its predecessor's mac (current format).
fn mac_for(key: &AuditKey, prev: &str, r: &AuditRow) -> String {
    hmac_fields(
        key,
        &[
            "audit-v2",
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

/// The chain mac of format 1 (before schema 8), used only to check an old chain before it
/// is re-MACed.
fn mac_v1(key: &AuditKey, prev: &str, r: &AuditRow) -> String {
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

/// The mac that binds an erased row's current fields to the row `event` recording the erasure.
fn erasure_mac(key: &AuditKey, r: &AuditRow, event: i64) -> String {
    hmac_fields(
        key,
        &[
            "erased-v2",
            &r.seq.to_string(),
            &r.mac,
            &r.pdigest,
            &r.actor,
            &r.target,
            &r.ip,
            &r.detail,
            &event.to_string(),
        ],
    )
}

/// The mac of a pruning anchor.
fn anchor_mac(key: &AuditKey, seq: i64, mac: &str, event: i64) -> String {
    hmac_fields(
        key,
        &["anchor-v2", &seq.to_string(), mac, &event.to_string()],
    )
}

fn meta_value(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// A pruning anchor as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Anchor {
    seq: i64,
    mac: String,
    /// The row that recorded the pruning (0 in format 1).
    event: i64,
    amac: String,
}

/// Parses `meta.audit_anchor` (`seq:mac` in format 1, `seq:mac:event:amac` now). `Err` with
/// the claimed sequence number when the value is malformed.
fn anchor(conn: &Connection) -> Result<Result<Option<Anchor>, i64>, StoreError> {
    let Some(v) = meta_value(conn, "audit_anchor")? else {
        return Ok(Ok(None));
    };
    let parts: Vec<&str> = v.split(':').collect();
    let seq = parts.first().and_then(|s| s.parse::<i64>().ok());
    Ok(match (seq, parts.as_slice()) {
        (Some(seq), [_, mac]) => Ok(Some(Anchor {
            seq,
            mac: mac.to_string(),
            event: 0,
            amac: String::new(),
        })),
        (Some(seq), [_, mac, event, amac]) => match event.parse() {
            Ok(event) => Ok(Some(Anchor {
                seq,
                mac: mac.to_string(),
                event,
                amac: amac.to_string(),
            })),
            Err(_) => Err(seq),
        },
        (seq, _) => Err(seq.unwrap_or(0)),
    })
}

fn write_anchor(
    conn: &Connection,
    key: &AuditKey,
    seq: i64,
    mac: &str,
    event: i64,
) -> Result<(), StoreError> {
    let amac = anchor_mac(key, seq, mac, event);
    set_meta(conn, "audit_anchor", &format!("{seq}:{mac}:{event}:{amac}"))
}

/// The newest row's sequence number and mac; after pruning everything, the anchor's.
fn last_position(conn: &Connection) -> Result<(i64, String), StoreError> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some(last) = last {
        return Ok(last);
    }
    Ok(match anchor(conn)? {
        Ok(Some(a)) => (a.seq, a.mac),
        _ => (0, String::new()),
    })
}

/// The sequence number the next appended row will get.
pub(crate) fn next_seq(conn: &Connection) -> Result<i64, StoreError> {
    Ok(last_position(conn)?.0 + 1)
}

/// Appends `event` at time `at` inside the caller's transaction.
pub(crate) fn append(
    conn: &Connection,
    key: &AuditKey,
    at: &str,
    event: &AuditEvent,
) -> Result<i64, StoreError> {
    let (prev_seq, prev_mac) = last_position(conn)?;
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
        erasure: String::new(),
        mac: String::new(),
    };
    row.pdigest = pdigest_for(key, &row);
    row.mac = mac_for(key, &prev_mac, &row);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target, outcome, ip, request_id, detail, pdigest, erased, erasure, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, '', ?11)",
        params![row.seq, row.at, row.actor, row.action, row.target, row.outcome, row.ip, row.request_id, row.detail, row.pdigest, row.mac],
    )?;
    set_meta(conn, "audit_head", &format!("{}:{}", row.seq, row.mac))?;
    Ok(row.seq)
}

fn read_rows(
    conn: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
) -> Result<Vec<AuditRow>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
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
            erasure: r.get(11)?,
            mac: r.get(12)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const COLS: &str = "seq, at, actor, action, target, outcome, ip, request_id, detail, pdigest, erased, erasure, mac";

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

impl ChainStatus {
    /// True for [`ChainStatus::Intact`].
    pub fn is_intact(&self) -> bool {
        matches!(self, ChainStatus::Intact { .. })
    }
}

impl std::fmt::Display for ChainStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainStatus::Intact { rows } => write!(f, "intact ({rows} rows)"),
            ChainStatus::Broken { seq, reason } => write!(f, "broken at row {seq}: {reason}"),
        }
    }
}

fn broken(seq: i64, reason: impl Into<String>) -> ChainStatus {
    ChainStatus::Broken {
        seq,
        reason: reason.into(),
    }
}

/// Writes a set of sequence numbers as ranges: `3-5,10` (or `none`).
fn ranges(seqs: &BTreeSet<i64>) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut iter = seqs.iter().copied().peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end += 1;
            iter.next();
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
    }
    if out.is_empty() {
        "none".into()
    } else {
        out.join(",")
    }
}

/// Whether the detail of an erasure row (`... rows: 3-5,10`) names `seq`.
fn names_row(detail: &str, seq: i64) -> bool {
    let Some((_, list)) = detail.rsplit_once("rows: ") else {
        return false;
    };
    list.trim().split(',').any(|part| {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        match (a.trim().parse::<i64>(), b.trim().parse::<i64>()) {
            (Ok(a), Ok(b)) => (a..=b).contains(&seq),
            _ => false,
        }
    })
}

/// Whether the chain is stored in the current format (else it awaits [`seal_legacy`]).
fn is_current_format(conn: &Connection) -> Result<bool, StoreError> {
    Ok(meta_value(conn, "audit_format")?.as_deref() == Some(FORMAT))
}

/// Checks the chain in storage order (so a reordered pair is caught), from the pruning
/// anchor to the head.
pub(crate) fn verify(conn: &Connection, key: &AuditKey) -> Result<ChainStatus, StoreError> {
    if !is_current_format(conn)? {
        return verify_v1(conn, key);
    }
    let rows = all(conn)?;
    let by_seq: HashMap<i64, &AuditRow> = rows.iter().map(|r| (r.seq, r)).collect();
    let first = rows.first().map(|r| r.seq).unwrap_or(1);
    let (anchor_seq, mut prev) = match anchor(conn)? {
        Ok(None) => (0, String::new()),
        Err(seq) => return Ok(broken(seq + 1, "the pruning anchor is malformed")),
        Ok(Some(a)) => {
            if a.amac.is_empty() || !same(&anchor_mac(key, a.seq, &a.mac, a.event), &a.amac) {
                return Ok(broken(
                    a.seq.max(first - 1) + 1,
                    "the pruning anchor is not authenticated: the oldest rows were deleted or the anchor was altered",
                ));
            }
            let recorded = by_seq.get(&a.event).is_some_and(|e| {
                a.event > a.seq && [PRUNED_ACTION, SEALED_ACTION].contains(&e.action.as_str())
            });
            if !recorded {
                return Ok(broken(
                    a.seq + 1,
                    format!(
                        "the pruning anchor names row {} as its record, which is not a retention run in the chain",
                        a.event
                    ),
                ));
            }
            (a.seq, a.mac)
        }
    };
    for (expected_seq, r) in (anchor_seq + 1..).zip(rows.iter()) {
        if r.seq != expected_seq {
            return Ok(broken(
                r.seq,
                format!("expected row {expected_seq} here: rows were deleted or reordered"),
            ));
        }
        if let Some(reason) = personal_fields_problem(key, r, &by_seq) {
            return Ok(broken(r.seq, reason));
        }
        if !same(&mac_for(key, &prev, r), &r.mac) {
            return Ok(broken(r.seq, "the row or its predecessor was altered"));
        }
        prev = r.mac.clone();
    }
    Ok(check_head(conn, &rows, anchor_seq, &prev)?
        .unwrap_or(ChainStatus::Intact { rows: rows.len() }))
}

/// Why a row's personal fields or erasure flag do not check out, if they do not.
fn personal_fields_problem(
    key: &AuditKey,
    r: &AuditRow,
    by_seq: &HashMap<i64, &AuditRow>,
) -> Option<String> {
    if !r.erased {
        if !r.erasure.is_empty() {
            return Some("the row carries an erasure record but is not marked erased".into());
        }
        if !same(&pdigest_for(key, r), &r.pdigest) {
            return Some("the row's actor, target, address or detail was altered".into());
        }
        return None;
    }
    let parsed = r
        .erasure
        .split_once(':')
        .and_then(|(e, m)| Some((e.parse::<i64>().ok()?, m)));
    let Some((event, emac)) = parsed else {
        return Some("the row is marked erased without an erasure record (erased rows cannot be forged without the audit key)".into());
    };
    if !same(&erasure_mac(key, r, event), emac) {
        return Some("the erased row's fields or erasure record were altered".into());
    }
    let recorded = event > r.seq
        && by_seq.get(&event).is_some_and(|e| {
            [ERASED_ACTION, SEALED_ACTION].contains(&e.action.as_str())
                && names_row(&e.detail, r.seq)
        });
    if !recorded {
        return Some(format!(
            "the erasure of this row is not recorded: row {event} is not an erasure naming it"
        ));
    }
    None
}

/// The head check shared by both formats: `Some(broken)` when the newest rows were removed.
fn check_head(
    conn: &Connection,
    rows: &[AuditRow],
    anchor_seq: i64,
    prev: &str,
) -> Result<Option<ChainStatus>, StoreError> {
    let head = meta_value(conn, "audit_head")?;
    let last = rows.last().map(|r| format!("{}:{}", r.seq, r.mac));
    let expected_head = last.or_else(|| (anchor_seq > 0).then(|| format!("{anchor_seq}:{prev}")));
    if head != expected_head {
        let seq = rows.last().map(|r| r.seq + 1).unwrap_or(anchor_seq + 1);
        return Ok(Some(broken(
            seq,
            "the newest rows were removed (head does not match)",
        )));
    }
    Ok(None)
}

/// The format-1 rule (before schema 8): the anchor is taken as is and erased rows' personal
/// fields are not checked. Used only until [`seal_legacy`] has upgraded the chain.
fn verify_v1(conn: &Connection, key: &AuditKey) -> Result<ChainStatus, StoreError> {
    let rows = all(conn)?;
    let (anchor_seq, mut prev) = match anchor(conn)? {
        Ok(None) => (0, String::new()),
        Ok(Some(a)) if a.event == 0 => (a.seq, a.mac),
        Ok(Some(a)) => {
            return Ok(broken(
                a.seq + 1,
                "a current-format anchor in an old-format chain",
            ));
        }
        Err(seq) => return Ok(broken(seq + 1, "the pruning anchor is malformed")),
    };
    for (expected_seq, r) in (anchor_seq + 1..).zip(rows.iter()) {
        if r.seq != expected_seq {
            return Ok(broken(
                r.seq,
                format!("expected row {expected_seq} here: rows were deleted or reordered"),
            ));
        }
        if !r.erasure.is_empty() {
            return Ok(broken(r.seq, "an erasure record in an old-format chain"));
        }
        if !r.erased && !same(&pdigest_for(key, r), &r.pdigest) {
            return Ok(broken(
                r.seq,
                "the row's actor, target, address or detail was altered",
            ));
        }
        if !same(&mac_v1(key, &prev, r), &r.mac) {
            return Ok(broken(r.seq, "the row or its predecessor was altered"));
        }
        prev = r.mac.clone();
    }
    Ok(check_head(conn, &rows, anchor_seq, &prev)?
        .unwrap_or(ChainStatus::Intact { rows: rows.len() }))
}

/// What [`seal_legacy`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sealed {
    /// The chain was already in the current format.
    NotNeeded,
    /// An intact old chain was re-MACed: `rows` rows, of which `erased` were already erased.
    Upgraded { rows: usize, erased: usize },
    /// The old chain does not verify with the old rule, so it was left untouched.
    Refused(ChainStatus),
}

/// Upgrades an old-format chain (schema before 8) to the current format inside the caller's
/// transaction: checks it with the old rule, re-MACs every row, authenticates the anchor,
/// binds rows that were already erased to an `audit.sealed` row naming them, and appends
/// that row. Refuses (changing nothing) when the old chain is broken or an anchor is left
/// without any row after it (no legitimate pruning empties the log: its own record follows).
pub(crate) fn seal_legacy(
    conn: &Connection,
    key: &AuditKey,
    at: &str,
) -> Result<Sealed, StoreError> {
    if is_current_format(conn)? {
        return Ok(Sealed::NotNeeded);
    }
    let status = verify_v1(conn, key)?;
    if !status.is_intact() {
        return Ok(Sealed::Refused(status));
    }
    let mut rows = all(conn)?;
    let old_anchor = match anchor(conn)? {
        Ok(a) => a,
        Err(seq) => {
            return Ok(Sealed::Refused(broken(
                seq + 1,
                "the pruning anchor is malformed",
            )));
        }
    };
    if rows.is_empty()
        && let Some(a) = &old_anchor
    {
        return Ok(Sealed::Refused(broken(
            a.seq + 1,
            "the log holds a pruning anchor but no rows after it",
        )));
    }
    let event = next_seq(conn)?;
    let mut prev = old_anchor
        .as_ref()
        .map(|a| a.mac.clone())
        .unwrap_or_default();
    let mut erased = BTreeSet::new();
    let mut update =
        conn.prepare_cached("UPDATE audit_log SET mac = ?1, erasure = ?2 WHERE seq = ?3")?;
    for r in &mut rows {
        r.mac = mac_for(key, &prev, r);
        r.erasure = if r.erased {
            erased.insert(r.seq);
            format!("{event}:{}", erasure_mac(key, r, event))
        } else {
            String::new()
        };
        update.execute(params![r.mac, r.erasure, r.seq])?;
        prev = r.mac.clone();
    }
    drop(update);
    if let Some(a) = &old_anchor {
        write_anchor(conn, key, a.seq, &a.mac, event)?;
    }
    if let Some(last) = rows.last() {
        set_meta(conn, "audit_head", &format!("{}:{}", last.seq, last.mac))?;
    }
    set_meta(conn, "audit_format", FORMAT)?;
    let record = AuditEvent {
        actor: "system".into(),
        action: SEALED_ACTION.into(),
        target: "audit_log".into(),
        outcome: "success".into(),
        detail: format!(
            "upgraded {} row(s) to chain format {FORMAT} (every column covered, anchor authenticated); erased before the upgrade, rows: {}",
            rows.len(),
            ranges(&erased)
        ),
        ..AuditEvent::default()
    };
    let seq = append(conn, key, at, &record)?;
    if seq != event {
        return Err(StoreError::Sqlite(format!(
            "audit sealing expected row {event}, wrote {seq}"
        )));
    }
    Ok(Sealed::Upgraded {
        rows: rows.len(),
        erased: erased.len(),
    })
}

/// Replaces a person's name in the personal fields of their rows with `pseudonym`, blanks
/// the source address of rows they acted in, marks those rows erased and binds each to the
/// erasure row `event` (which the caller appends next, naming the returned rows).
pub(crate) fn erase_person(
    conn: &Connection,
    key: &AuditKey,
    username: &str,
    pseudonym: &str,
    event: i64,
) -> Result<BTreeSet<i64>, StoreError> {
    let token = format!("user:{username}");
    let replacement = format!("user:{pseudonym}");
    let rows = read_rows(
        conn,
        &format!(
            "SELECT {COLS} FROM audit_log
             WHERE actor = ?1 COLLATE NOCASE OR instr(lower(target), lower(?2)) > 0 OR instr(lower(detail), lower(?2)) > 0"
        ),
        params![username, token],
    )?;
    let mut seqs = BTreeSet::new();
    for mut r in rows {
        let acted = r.actor.eq_ignore_ascii_case(username);
        if acted {
            r.actor = pseudonym.to_string();
            r.ip = String::new();
        }
        r.target = replace_token(&r.target, &token, &replacement);
        r.detail = replace_token(&r.detail, &token, &replacement);
        r.erasure = format!("{event}:{}", erasure_mac(key, &r, event));
        conn.execute(
            "UPDATE audit_log SET actor = ?1, target = ?2, detail = ?3, ip = ?4, erased = 1, erasure = ?5
             WHERE seq = ?6",
            params![r.actor, r.target, r.detail, r.ip, r.erasure, r.seq],
        )?;
        seqs.insert(r.seq);
    }
    Ok(seqs)
}

/// The detail of an erasure row: what the caller said, then the rows it erased.
pub(crate) fn erasure_detail(detail: &str, seqs: &BTreeSet<i64>) -> String {
    let lead = if detail.is_empty() {
        String::new()
    } else {
        format!("{detail}; ")
    };
    format!(
        "{lead}{} audit row(s) pseudonymised, rows: {}",
        seqs.len(),
        ranges(seqs)
    )
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
    Ok(conn.prepare_cached("SELECT count(*) FROM audit_log WHERE seq <= (SELECT max(seq) FROM audit_log WHERE at < ?1)")?.query_row([before],
        |r| r.get(0),
    )?)
}

/// Deletes rows older than `before`, leaving the last deleted row as an authenticated anchor
/// that names the caller's `retention.applied` row (appended next in the same transaction).
pub(crate) fn prune_before(
    conn: &Connection,
    key: &AuditKey,
    before: &str,
) -> Result<i64, StoreError> {
    let event = next_seq(conn)?;
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, mac FROM audit_log WHERE at < ?1 ORDER BY seq DESC LIMIT 1")?
        .query_row([before], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((seq, mac)) = last else { return Ok(0) };
    let n = conn.execute("DELETE FROM audit_log WHERE seq <= ?1", [seq])?;
    write_anchor(conn, key, seq, &mac, event)?;
    Ok(n as i64)
}

impl crate::store::Store {
    /// The audit key, which every audited write needs.
    pub(crate) fn audit_key_loaded(&self) -> Result<AuditKey, StoreError> {
        self.audit_key.clone().ok_or(StoreError::NoAuditKey)
    }

    /// Checks the whole chain with the loaded audit key.
    pub fn audit_verify(&self) -> Result<ChainStatus, StoreError> {
        let key = self.audit_key_loaded()?;
        self.with(|c| verify(c, &key))
    }

    /// Upgrades an old-format chain once, after a schema upgrade (see the module docs).
    pub fn audit_seal_legacy(&self) -> Result<Sealed, StoreError> {
        let key = self.audit_key_loaded()?;
        let at = self.clock.now_rfc3339();
        self.with_write(|c| {
            if is_current_format(c)? {
                return Ok(Sealed::NotNeeded);
            }
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let sealed = seal_legacy(&tx, &key, &at)?;
            if matches!(sealed, Sealed::Upgraded { .. }) {
                tx.commit()?;
            }
            Ok(sealed)
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The cost of the start-up check: `cargo test --release --lib store::audit -- --ignored
    /// --nocapture verify_cost` (numbers in docs/BENCHMARKS.md).
    #[test]
    #[ignore]
    fn verify_cost_at_100k_rows() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations::migrate(&mut conn, "t").unwrap();
        let key = AuditKey([7; 32]);
        let tx = conn.transaction().unwrap();
        let event = AuditEvent {
            actor: "alice".into(),
            action: "standard.updated".into(),
            target: "standard:acme/default/error-handling".into(),
            outcome: "success".into(),
            ip: "192.0.2.10".into(),
            request_id: "0123456789abcdef".into(),
            detail: "version 12".into(),
        };
        for _ in 0..100_000 {
            append(&tx, &key, "2026-12-01T00:00:00Z", &event).unwrap();
        }
        tx.commit().unwrap();
        let started = std::time::Instant::now();
        assert_eq!(
            verify(&conn, &key).unwrap(),
            ChainStatus::Intact { rows: 100_000 }
        );
        eprintln!(
            "verify of 100,000 rows: {} ms",
            started.elapsed().as_millis()
        );
    }

    #[test]
    fn ranges_round_trip_through_names_row() {
        let set: BTreeSet<i64> = [3, 4, 5, 10, 12, 13].into_iter().collect();
        let text = ranges(&set);
        assert_eq!(text, "3-5,10,12-13");
        let detail = format!("x; rows: {text}");
        for seq in 1..15 {
            assert_eq!(names_row(&detail, seq), set.contains(&seq), "{seq}");
        }
        assert!(!names_row("rows: none", 1));
        assert!(!names_row("no list", 1));
    }
}
