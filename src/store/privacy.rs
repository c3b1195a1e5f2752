//! Personal-data requests and retention: what the instance holds about a person, erasing a
//! person while keeping their authored content and a verifiable audit chain, and deleting
//! old data by policy. Nothing is deleted unless a policy or an administrator says so.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

use crate::clock::rfc3339;
use crate::store::audit::{self, AuditEvent};
use crate::store::{Store, StoreError};

/// Data classes a retention policy can cover, with the setting that holds its age in days.
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
];

/// What applying the retention policies would delete (or deleted), per class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionPlan {
    /// `(class, days, rows)`; `days` is `None` for keep-forever.
    pub items: Vec<(String, Option<u32>, i64)>,
    /// A legal hold blocks audit pruning.
    pub held: bool,
}

impl Store {
    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(
                c.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
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
            Ok(c.query_row(
                "SELECT EXISTS (SELECT 1 FROM spaces WHERE legal_hold = 1)",
                [],
                |r| r.get(0),
            )?)
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

    /// Counts what the database-held classes would lose now. `backups` is counted by the caller.
    pub fn retention_plan(&self) -> Result<RetentionPlan, StoreError> {
        let now = self.clock.now_unix();
        let held = self.any_legal_hold()?;
        let mut plan = RetentionPlan {
            held,
            ..RetentionPlan::default()
        };
        for (class, _) in CLASSES.iter().filter(|(c, _)| *c != "backups") {
            let days = self.retention_days(class)?;
            let rows = match days {
                None => 0,
                Some(d) => {
                    let cutoff = now - i64::from(d) * 86_400;
                    self.with(|c| match *class {
                        "audit" if held => Ok(0),
                        "audit" => audit::count_before(c, &rfc3339(cutoff)),
                        "sessions" => Ok(c.query_row("SELECT count(*) FROM sessions WHERE last_seen < ?1", [cutoff], |r| r.get(0))?),
                        _ => Ok(c.query_row(
                            "SELECT count(*) FROM one_time_tokens WHERE (used_at IS NOT NULL AND used_at < ?1) OR expires_at < ?1",
                            [cutoff],
                            |r| r.get(0),
                        )?),
                    })?
                }
            };
            plan.items.push((class.to_string(), days, rows));
        }
        Ok(plan)
    }

    /// Deletes what the plan counts, in one transaction with an audit row recording the counts.
    pub fn retention_apply(
        &self,
        event_for: impl FnOnce(&RetentionPlan) -> AuditEvent,
    ) -> Result<RetentionPlan, StoreError> {
        let plan = self.retention_plan()?;
        let now = self.clock.now_unix();
        let mut event = event_for(&plan);
        // The pruning anchor names this row as its record (see `store::audit`).
        event.action = audit::PRUNED_ACTION.into();
        let key = self
            .audit_key
            .clone()
            .ok_or_else(|| StoreError::Refused("no audit key loaded".into()))?;
        self.audited(&event, |tx| {
            for (class, days, _) in &plan.items {
                let Some(d) = days else { continue };
                let cutoff = now - i64::from(*d) * 86_400;
                match class.as_str() {
                    "audit" if plan.held => {}
                    "audit" => {
                        audit::prune_before(tx, &key, &rfc3339(cutoff))?;
                    }
                    "sessions" => {
                        tx.execute("DELETE FROM sessions WHERE last_seen < ?1", [cutoff])?;
                    }
                    _ => {
                        tx.execute(
                            "DELETE FROM one_time_tokens WHERE (used_at IS NOT NULL AND used_at < ?1) OR expires_at < ?1",
                            [cutoff],
                        )?;
                    }
                }
            }
            Ok(())
        })?;
        Ok(plan)
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
        let (spaces, events) = self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT s.slug, sm.role FROM space_members sm JOIN spaces s ON s.id = sm.space_id WHERE sm.user_id = ?1",
            )?;
            let spaces: Vec<Value> = stmt
                .query_map([user_id], |r| Ok(json!({ "space": r.get::<_, String>(0)?, "role": r.get::<_, String>(1)? })))?
                .collect::<Result<_, _>>()?;
            let mut stmt = c.prepare(
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
            Ok((spaces, events))
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
            return Err(StoreError::Refused("this user is already erased".into()));
        }
        let key = self
            .audit_key
            .clone()
            .ok_or_else(|| StoreError::Refused("no audit key loaded".into()))?;
        let at = self.clock.now_rfc3339();
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let sole_admin: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ?1 AND m.role = 'admin' AND
                   (SELECT count(*) FROM memberships m2 JOIN users u ON u.id = m2.user_id
                    WHERE m2.org_id = m.org_id AND m2.role = 'admin' AND u.disabled = 0 AND u.id != ?1) = 0)",
                [user_id],
                |r| r.get(0),
            )?;
            if sole_admin {
                return Err(StoreError::Refused("the last admin of an organization cannot be erased; appoint another admin first".into()));
            }
            tx.execute(
                "UPDATE users SET username = ?1, display_name = 'Erased user', password_hash = '!erased', disabled = 1 WHERE id = ?2",
                params![pseudonym, user_id],
            )?;
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            tx.execute("UPDATE api_keys SET name = '', revoked_at = coalesce(revoked_at, 0) WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM one_time_tokens WHERE user_id = ?1", [user_id])?;
            tx.execute("DELETE FROM login_throttle WHERE username = ?1", [&user.username])?;
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
