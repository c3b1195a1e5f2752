//! Personal-data requests and retention: what the instance holds about a person, erasing a
//! person while keeping their authored content and a verifiable audit chain, and deleting
//! old data by policy. Nothing is deleted unless a policy or an administrator says so; a
//! legal hold keeps what belongs to its space (and the audit log, and its organization's
//! install reports); what a release pins or an open review needs is never a candidate.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::store::audit::{self, AuditEvent};
use crate::store::{Store, StoreError};

/// Data classes a retention policy can cover (`retention.CLASS.days` holds the period in days;
/// `versions` also reads `retention.versions.keep`), with what each one deletes.
pub const CLASSES: &[(&str, &str)] = &[
    (
        "audit",
        "audit events (pruned from the oldest; the chain keeps an anchor)",
    ),
    ("sessions", "sign-in sessions, by last use"),
    (
        "tokens",
        "used or expired setup, invitation and reset links",
    ),
    ("backups", "backup files in the backup folder, by age"),
    (
        "versions",
        "artifact versions replaced longer ago (and outside the newest --keep N); never the current one, one a release pins or one a proposal is based on",
    ),
    (
        "trash",
        "artifacts in the trash, purged with their versions (never one in a release)",
    ),
    ("proposals", "decided change proposals, by decision date"),
    (
        "distributions",
        "install reports, by date (the newest per repository and path stays)",
    ),
    (
        "lint",
        "lint reports uploaded from CI, by date (the newest per repository and path stays)",
    ),
];

/// The setting that holds how many newest versions of each artifact are always kept.
pub const VERSIONS_KEEP: &str = "retention.versions.keep";

/// One class of a retention plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanItem {
    /// The class (see [`CLASSES`]).
    pub class: String,
    /// The period in days; `None` = no age limit (with no `keep` either: keep forever).
    pub days: Option<u32>,
    /// `versions` only: the newest versions of each artifact always kept.
    pub keep: Option<u32>,
    /// Rows the policy deletes.
    pub rows: i64,
    /// Rows the policy would delete but a legal hold keeps.
    pub held: i64,
    /// What goes, one line each (versions, trash, proposals, distributions and lint only).
    pub targets: Vec<String>,
}

/// What applying the retention policies would delete (or deleted), per class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionPlan {
    /// One item per database-held class, in [`CLASSES`] order (`backups` is the caller's).
    pub items: Vec<PlanItem>,
    /// A legal hold on any space blocks audit pruning.
    pub held: bool,
}

impl RetentionPlan {
    /// The item of a class.
    pub fn item(&self, class: &str) -> Option<&PlanItem> {
        self.items.iter().find(|i| i.class == class)
    }
}

/// What a plan deletes beyond whole-table predicates: exact rows, chosen once, so that what
/// `retention_apply` deletes is what its plan lists.
#[derive(Debug, Default)]
struct Targets {
    versions: Vec<(i64, i64)>,
    trash: Vec<i64>,
    proposals: Vec<i64>,
    distributions: Vec<i64>,
    lint: Vec<i64>,
}

/// A candidate row: its ids, a line for the plan, and whether a legal hold keeps it.
type Candidate = (i64, i64, String, bool);

fn candidates(
    c: &Connection,
    sql: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<Candidate>, StoreError> {
    let mut stmt = c.prepare_cached(sql)?;
    let rows = stmt
        .query_map(args, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

fn setting_in(c: &Connection, key: &str) -> Result<Option<u32>, StoreError> {
    let v: Option<String> = c
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    Ok(v.and_then(|v| v.parse().ok()))
}

/// `org/space kind slug` of an artifact `a` joined with its space `s` and org `o`.
const ARTIFACT_LABEL: &str = "o.slug || '/' || s.slug || ' ' || a.kind || ' ' || a.slug";

/// The same for a proposal `p` (which may propose an artifact that does not exist).
const PROPOSAL_LABEL: &str = "o.slug || '/' || s.slug || ' ' || p.kind || ' ' || p.slug";

/// Trashed artifacts deleted before ?1, except those a release holds (releases are immutable).
fn trash_candidates(c: &Connection, cutoff: i64) -> Result<Vec<Candidate>, StoreError> {
    candidates(
        c,
        &format!(
            "SELECT a.id, a.deleted_at, {ARTIFACT_LABEL}, s.legal_hold
             FROM artifacts a JOIN spaces s ON s.id = a.space_id JOIN orgs o ON o.id = s.org_id
             WHERE a.deleted_at IS NOT NULL AND a.deleted_at < ?1
               AND NOT EXISTS (SELECT 1 FROM release_items ri WHERE ri.artifact_id = a.id)
             ORDER BY a.id"
        ),
        [cutoff],
    )
}

/// Versions replaced before ?1 (NULL: any time) and outside the ?2 newest of their artifact
/// (NULL: no count). Never the current version, one a release pins, or one a stored proposal
/// is based on (its review shows the diff from that base).
fn version_candidates(
    c: &Connection,
    cutoff: Option<i64>,
    keep: Option<u32>,
) -> Result<Vec<Candidate>, StoreError> {
    candidates(
        c,
        &format!(
            "SELECT v.artifact_id, v.version, {ARTIFACT_LABEL} || ' v' || v.version, s.legal_hold
             FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
             JOIN spaces s ON s.id = a.space_id JOIN orgs o ON o.id = s.org_id
             WHERE v.version <> a.current_version
               AND NOT EXISTS (SELECT 1 FROM release_items ri
                               WHERE ri.artifact_id = v.artifact_id AND ri.artifact_version = v.version)
               AND NOT EXISTS (SELECT 1 FROM proposals p
                               WHERE p.artifact_id = v.artifact_id AND p.base_version = v.version)
               AND (?1 IS NULL OR (SELECT min(n.created_at) FROM artifact_versions n
                                   WHERE n.artifact_id = v.artifact_id AND n.version > v.version) < ?1)
               AND (?2 IS NULL OR (SELECT count(*) FROM artifact_versions n
                                   WHERE n.artifact_id = v.artifact_id AND n.version > v.version) >= ?2)
             ORDER BY v.artifact_id, v.version"
        ),
        params![cutoff, keep],
    )
}

/// Accepted or rejected proposals decided before ?1.
fn proposal_candidates(c: &Connection, cutoff: i64) -> Result<Vec<Candidate>, StoreError> {
    candidates(
        c,
        &format!(
            "SELECT p.id, coalesce(p.artifact_id, 0),
                    {PROPOSAL_LABEL} || ' proposal ' || p.id || ' (' || p.status || ')', s.legal_hold
             FROM proposals p
             JOIN spaces s ON s.id = p.space_id JOIN orgs o ON o.id = s.org_id
             WHERE p.status <> 'open' AND p.decided_at IS NOT NULL AND p.decided_at < ?1
             ORDER BY p.id"
        ),
        [cutoff],
    )
}

/// Reports of `table` (`distributions`: install reports; `lint_reports`) made before ?1 except
/// the newest of each repository and path; a legal hold on any space of the organization
/// keeps them (a report spans its spaces). `what` names them in the plan.
fn report_candidates(
    c: &Connection,
    table: &str,
    what: &str,
    cutoff: i64,
) -> Result<Vec<Candidate>, StoreError> {
    candidates(
        c,
        &format!(
            "SELECT d.id, d.reported_at,
                    o.slug || ' ' || r.url || '#' || r.branch || ':' || d.path || ' {what} ' || d.id,
                    EXISTS (SELECT 1 FROM spaces s WHERE s.org_id = r.org_id AND s.legal_hold = 1)
             FROM {table} d JOIN repositories r ON r.id = d.repository_id JOIN orgs o ON o.id = r.org_id
             WHERE d.reported_at < ?1
               AND d.id <> (SELECT max(x.id) FROM {table} x
                            WHERE x.repository_id = d.repository_id AND x.path = d.path)
             ORDER BY d.id"
        ),
        [cutoff],
    )
}

/// The plan and its exact targets, read on `c` (the apply transaction, or a plain read).
fn plan_in(c: &Connection, now: i64) -> Result<(RetentionPlan, Targets), StoreError> {
    let held: bool = c
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM spaces WHERE legal_hold = 1)")?
        .query_row([], |r| r.get(0))?;
    let cutoff_of = |d: u32| now - i64::from(d) * 86_400;
    let mut plan = RetentionPlan {
        held,
        ..RetentionPlan::default()
    };
    let mut targets = Targets::default();
    // Trash first: the versions and proposals of a purged artifact go with it, not twice.
    let trash_days = setting_in(c, "retention.trash.days")?;
    let trash = match trash_days {
        Some(d) => trash_candidates(c, cutoff_of(d))?,
        None => Vec::new(),
    };
    let purged: std::collections::HashSet<i64> =
        trash.iter().filter(|t| !t.3).map(|t| t.0).collect();
    for (class, _) in CLASSES.iter().filter(|(c, _)| *c != "backups") {
        let days = setting_in(c, &format!("retention.{class}.days"))?;
        let keep = match *class {
            "versions" => setting_in(c, VERSIONS_KEEP)?.filter(|k| *k > 0),
            _ => None,
        };
        let mut item = PlanItem {
            class: class.to_string(),
            days,
            keep,
            ..PlanItem::default()
        };
        if days.is_none() && keep.is_none() {
            plan.items.push(item);
            continue;
        }
        let cutoff = days.map(cutoff_of);
        let found: Vec<Candidate> = match (*class, cutoff) {
            ("audit", Some(cut)) => {
                let n = audit::count_before(c, &rfc3339(cut))?;
                if held {
                    item.held = n;
                } else {
                    item.rows = n;
                }
                Vec::new()
            }
            ("sessions", Some(cut)) => {
                item.rows = c
                    .prepare_cached("SELECT count(*) FROM sessions WHERE last_seen < ?1")?
                    .query_row([cut], |r| r.get(0))?;
                Vec::new()
            }
            ("tokens", Some(cut)) => {
                item.rows = c.prepare_cached("SELECT count(*) FROM one_time_tokens WHERE (used_at IS NOT NULL AND used_at < ?1) OR expires_at < ?1")?.query_row([cut],
                    |r| r.get(0),
                )?;
                Vec::new()
            }
            ("versions", _) => version_candidates(c, cutoff, keep)?
                .into_iter()
                .filter(|v| !purged.contains(&v.0))
                .collect(),
            ("trash", Some(_)) => trash.clone(),
            ("proposals", Some(cut)) => proposal_candidates(c, cut)?
                .into_iter()
                .filter(|p| !purged.contains(&p.1))
                .collect(),
            ("distributions", Some(cut)) => report_candidates(c, "distributions", "report", cut)?,
            ("lint", Some(cut)) => report_candidates(c, "lint_reports", "lint report", cut)?,
            _ => Vec::new(),
        };
        for (a, b, line, on_hold) in found {
            if on_hold {
                item.held += 1;
                continue;
            }
            item.rows += 1;
            item.targets.push(line);
            match *class {
                "versions" => targets.versions.push((a, b)),
                "trash" => targets.trash.push(a),
                "proposals" => targets.proposals.push(a),
                "lint" => targets.lint.push(a),
                _ => targets.distributions.push(a),
            }
        }
        plan.items.push(item);
    }
    Ok((plan, targets))
}

impl Store {
    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT value FROM settings WHERE key = ?1")?
                    .query_row([key], |r| r.get(0))
                    .optional()?,
            )
        })
    }

    /// Sets (or with `None` removes) a setting, audited.
    pub fn set_setting(
        &self,
        key: &str,
        value: Option<&str>,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            match value {
                Some(v) => tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![key, v],
                )?,
                None => tx.execute("DELETE FROM settings WHERE key = ?1", [key])?,
            };
            Ok(())
        })
    }

    /// The retention period of a class in days; `None` = keep forever (the default).
    pub fn retention_days(&self, class: &str) -> Result<Option<u32>, StoreError> {
        Ok(self
            .setting(&format!("retention.{class}.days"))?
            .and_then(|v| v.parse().ok()))
    }

    /// Whether any space is under legal hold.
    pub fn any_legal_hold(&self) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT EXISTS (SELECT 1 FROM spaces WHERE legal_hold = 1)")?
                    .query_row([], |r| r.get(0))?,
            )
        })
    }

    /// Puts a space under legal hold or releases it (audited).
    pub fn set_legal_hold(
        &self,
        space_id: i64,
        on: bool,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            tx.execute(
                "UPDATE spaces SET legal_hold = ?1 WHERE id = ?2",
                params![on, space_id],
            )?;
            Ok(())
        })
    }

    /// How many newest versions of each artifact the `versions` policy always keeps.
    pub fn retention_keep(&self) -> Result<Option<u32>, StoreError> {
        Ok(self
            .setting(VERSIONS_KEEP)?
            .and_then(|v| v.parse().ok())
            .filter(|k| *k > 0))
    }

    /// What applying the policies would delete now, per database-held class (`backups` is
    /// counted by the caller), with the exact rows of the playbook classes.
    pub fn retention_plan(&self) -> Result<RetentionPlan, StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| Ok(plan_in(c, now)?.0))
    }

    /// Deletes what the plan lists, in one transaction that plans, deletes and appends the
    /// audit row recording the counts, so what is deleted is exactly what the plan says.
    pub fn retention_apply(
        &self,
        event_for: impl FnOnce(&RetentionPlan) -> AuditEvent,
    ) -> Result<RetentionPlan, StoreError> {
        let now = self.clock.now_unix();
        let at = self.clock.now_rfc3339();
        let key = self.audit_key_loaded()?;
        self.with_write(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let (plan, targets) = plan_in(&tx, now)?;
            let mut event = event_for(&plan);
            // The pruning anchor names this row as its record (see `store::audit`).
            event.action = audit::PRUNED_ACTION.into();
            for item in &plan.items {
                let Some(d) = item.days else { continue };
                let cutoff = now - i64::from(d) * 86_400;
                match item.class.as_str() {
                    "audit" if !plan.held => {
                        audit::prune_before(&tx, &key, &rfc3339(cutoff))?;
                    }
                    "sessions" => {
                        tx.execute("DELETE FROM sessions WHERE last_seen < ?1", [cutoff])?;
                    }
                    "tokens" => {
                        tx.execute(
                            "DELETE FROM one_time_tokens WHERE (used_at IS NOT NULL AND used_at < ?1) OR expires_at < ?1",
                            [cutoff],
                        )?;
                    }
                    _ => {}
                }
            }
            for id in &targets.trash {
                crate::store::playbook::purge_rows(&tx, *id)?;
            }
            for (artifact, version) in &targets.versions {
                tx.execute(
                    "DELETE FROM artifact_versions WHERE artifact_id = ?1 AND version = ?2",
                    params![artifact, version],
                )?;
            }
            for id in &targets.proposals {
                tx.execute("DELETE FROM proposals WHERE id = ?1", [id])?;
            }
            for id in &targets.distributions {
                tx.execute("DELETE FROM distributions WHERE id = ?1", [id])?;
            }
            for id in &targets.lint {
                tx.execute("DELETE FROM lint_reports WHERE id = ?1", [id])?;
            }
            audit::append(&tx, &key, &at, &event)?;
            tx.commit()?;
            Ok(plan)
        })
    }

    /// Everything the instance holds about a user, as JSON.
    pub fn user_export(&self, user_id: i64) -> Result<Value, StoreError> {
        let user = self
            .user_by_id(user_id)?
            .ok_or(StoreError::NotFound("user"))?;
        let orgs: Vec<Value> = self
            .user_orgs(user_id)?
            .into_iter()
            .map(|(o, r)| json!({ "org": o.slug, "role": r.as_str() }))
            .collect();
        let sessions: Vec<Value> = self
            .sessions_of(user_id)?
            .into_iter()
            .map(|s| json!({ "created_at": rfc3339(s.created_at), "last_seen": rfc3339(s.last_seen), "ip": s.ip, "user_agent": s.user_agent }))
            .collect();
        let keys: Vec<Value> = self
            .api_keys_of(user_id)?
            .into_iter()
            .map(|k| json!({ "name": k.name, "prefix": k.prefix, "scope": k.scope.as_str(), "created_at": rfc3339(k.created_at),
                             "last_used_at": k.last_used_at.map(rfc3339), "revoked": k.revoked_at.is_some() }))
            .collect();
        let token = format!("user:{}", user.username);
        let (spaces, events, reports) = self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT s.slug, sm.role FROM space_members sm JOIN spaces s ON s.id = sm.space_id WHERE sm.user_id = ?1",
            )?;
            let spaces: Vec<Value> = stmt
                .query_map([user_id], |r| Ok(json!({ "space": r.get::<_, String>(0)?, "role": r.get::<_, String>(1)? })))?
                .collect::<Result<_, _>>()?;
            let mut stmt = c.prepare_cached(
                "SELECT at, actor, action, target, outcome, ip, detail FROM audit_log
                 WHERE actor = ?1 COLLATE NOCASE OR instr(lower(target), lower(?2)) > 0 ORDER BY seq",
            )?;
            let events: Vec<Value> = stmt
                .query_map(params![user.username, token], |r| {
                    Ok(json!({ "at": r.get::<_, String>(0)?, "actor": r.get::<_, String>(1)?, "action": r.get::<_, String>(2)?,
                               "target": r.get::<_, String>(3)?, "outcome": r.get::<_, String>(4)?, "ip": r.get::<_, String>(5)?,
                               "detail": r.get::<_, String>(6)? }))
                })?
                .collect::<Result<_, _>>()?;
            // Reports they made from CI or installs: which repository, when.
            let mut stmt = c.prepare_cached(
                "SELECT 'lint', r.url, r.branch, l.path, l.reported_at FROM lint_reports l
                   JOIN repositories r ON r.id = l.repository_id WHERE l.reported_by = ?1
                 UNION ALL
                 SELECT 'install', r.url, r.branch, d.path, d.reported_at FROM distributions d
                   JOIN repositories r ON r.id = d.repository_id WHERE d.reported_by = ?1
                 ORDER BY 5",
            )?;
            let reports: Vec<Value> = stmt
                .query_map([&user.username], |r| {
                    Ok(json!({ "kind": r.get::<_, String>(0)?, "repository": r.get::<_, String>(1)?,
                               "branch": r.get::<_, String>(2)?, "path": r.get::<_, String>(3)?,
                               "at": rfc3339(r.get::<_, i64>(4)?) }))
                })?
                .collect::<Result<_, _>>()?;
            Ok((spaces, events, reports))
        })?;
        Ok(json!({
            "format": "rulebook-personal-data-v1",
            "user": { "id": user.id, "username": user.username, "display_name": user.display_name,
                      "instance_admin": user.instance_admin, "disabled": user.disabled,
                      "password": "a salted PBKDF2 hash is stored (not exported)" },
            "organizations": orgs,
            "spaces": spaces,
            "sessions": sessions,
            "api_keys": keys,
            "audit_events": events,
            "reports": reports,
        }))
    }

    /// Erases a person: name, display name, password, sessions, keys' names, throttle and
    /// links are removed; their rows in the audit log are pseudonymised (`erased-ID`) without
    /// breaking the chain; content they authored stays, attributed to the pseudonym. The last
    /// admin of an organization cannot be erased.
    pub fn user_erase(
        &self,
        user_id: i64,
        event: &AuditEvent,
    ) -> Result<(String, usize), StoreError> {
        let user = self
            .user_by_id(user_id)?
            .ok_or(StoreError::NotFound("user"))?;
        let pseudonym = format!("erased-{user_id}");
        if user.username == pseudonym {
            return Err(StoreError::Conflict("this user is already erased".into()));
        }
        let key = self.audit_key_loaded()?;
        let at = self.clock.now_rfc3339();
        self.with_write(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let sole_admin: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ?1 AND m.role = 'admin' AND
                   (SELECT count(*) FROM memberships m2 JOIN users u ON u.id = m2.user_id
                    WHERE m2.org_id = m.org_id AND m2.role = 'admin' AND u.disabled = 0 AND u.id != ?1) = 0)")?.query_row([user_id],
                |r| r.get(0),
            )?;
            if sole_admin {
                return Err(StoreError::Conflict("the last admin of an organization cannot be erased; appoint another admin first".into()));
            }
            tx.execute(
                "UPDATE users SET username = ?1, display_name = 'Erased user', password_hash = '!erased', disabled = 1 WHERE id = ?2",
                params![pseudonym, user_id],
            )?;
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM sso_identities WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM mail_outbox WHERE user_id = ?1", [user_id])?;
            tx.execute("UPDATE users SET email = NULL WHERE id = ?1", [user_id])?;
            tx.execute("DELETE FROM scim_group_members WHERE user_id = ?1", [user_id])?;
            tx.execute("UPDATE scim_users SET external_id = NULL, email = NULL, deleted = 1 WHERE user_id = ?1", [user_id])?;
            tx.execute("UPDATE api_keys SET name = '', revoked_at = coalesce(revoked_at, 0) WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM one_time_tokens WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM login_throttle WHERE username = ?1", [&user.username])?;
            tx.execute(
                "UPDATE content_acks SET username = ?1 WHERE username = ?2",
                params![pseudonym, user.username],
            )?;
            tx.execute(
                "UPDATE ai_usage SET username = ?1 WHERE username = ?2",
                params![pseudonym, user.username],
            )?;
            tx.execute(
                "UPDATE ai_reviews SET username = ?1 WHERE username = ?2",
                params![pseudonym, user.username],
            )?;
            for sql in [
                "UPDATE lint_reports SET reported_by = ?1 WHERE reported_by = ?2",
                "UPDATE distributions SET reported_by = ?1 WHERE reported_by = ?2",
            ] {
                tx.execute(sql, params![pseudonym, user.username])?;
            }
            // The erasure is recorded by the next audit row, which names every row it erased;
            // each erased row is bound to that record (see `store::audit`).
            let record = audit::next_seq(&tx)?;
            let rows = audit::erase_person(&tx, &key, &user.username, &pseudonym, record)?;
            let mut recorded = event.clone();
            recorded.action = audit::ERASED_ACTION.into();
            recorded.detail = audit::erasure_detail(&event.detail, &rows);
            if audit::append(&tx, &key, &at, &recorded)? != record {
                return Err(StoreError::Sqlite("the erasure record did not get the expected sequence number".into()));
            }
            tx.commit()?;
            Ok((pseudonym.clone(), rows.len()))
        })
    }
}
