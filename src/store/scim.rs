//! SCIM provisioning (RFC 7644) as rows: the users the IdP manages, its groups and their
//! members. Every write runs in one transaction with its audit row, and a change of anyone's
//! groups re-applies the single sign-on group rules to them at once (`store/sso.rs`), so a
//! leaver loses roles, sessions and keys the moment the IdP says so.
//!
//! The IdP sees only accounts that are its own: made by SCIM, or linked to a single sign-on
//! identity (made by a first sign-on, or a local account an administrator let a sign-on take
//! over, which then signs in through the IdP only). Other local accounts (made by invitation
//! or `user create`) and instance administrators are never listed, changed or disabled
//! through SCIM: the break-glass admin stays out of its reach.
//!
//! Deprovisioning wins over continuity: deactivating or deleting the last admin of an
//! organization goes through (a leaver must lose access the day they leave), and an instance
//! administrator names a new admin (`docs/OPERATIONS.md`).

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::sso::claims;
use crate::sso::scim::{GroupChange, GroupIn, MemberOp, UserChange, UserIn};
use crate::sso::settings::GroupRule;
use crate::store::accounts::NewUser;
use crate::store::audit::{self, AuditEvent};
use crate::store::sso::{NO_PASSWORD, apply};
use crate::store::{Store, StoreError};

/// A provisioned user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimUser {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub external_id: Option<String>,
    pub active: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    /// (group id, group name).
    pub groups: Vec<(i64, String)>,
}

/// A provisioned group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimGroup {
    pub id: i64,
    pub display_name: String,
    pub external_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    /// (user id, username).
    pub members: Vec<(i64, String)>,
}

/// Accounts the IdP may see: its own (SCIM or SSO), never an instance administrator.
const VISIBLE: &str = "u.instance_admin = 0 AND (
    EXISTS (SELECT 1 FROM scim_users s WHERE s.user_id = u.id AND s.deleted = 0)
    OR (NOT EXISTS (SELECT 1 FROM scim_users s WHERE s.user_id = u.id)
        AND EXISTS (SELECT 1 FROM sso_identities i WHERE i.user_id = u.id)))";

fn user_row(c: &Connection, id: i64) -> Result<Option<ScimUser>, StoreError> {
    let row = c
        .prepare_cached(&format!(
            "SELECT u.id, u.username, u.display_name, s.email, s.external_id, u.disabled,
                        coalesce(s.created_at, u.created_at), coalesce(s.updated_at, u.created_at),
                        coalesce(s.version, 1)
                 FROM users u LEFT JOIN scim_users s ON s.user_id = u.id
                 WHERE u.id = ?1 AND {VISIBLE}"
        ))?
        .query_row([id], |r| {
            Ok(ScimUser {
                id: r.get(0)?,
                username: r.get(1)?,
                display_name: r.get(2)?,
                email: r.get(3)?,
                external_id: r.get(4)?,
                active: !r.get::<_, bool>(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
                version: r.get(8)?,
                groups: Vec::new(),
            })
        })
        .optional()?;
    let Some(mut user) = row else {
        return Ok(None);
    };
    let mut stmt = c.prepare_cached(
        "SELECT g.id, g.display_name FROM scim_group_members m JOIN scim_groups g ON g.id = m.group_id
         WHERE m.user_id = ?1 ORDER BY g.display_name",
    )?;
    user.groups = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(Some(user))
}

fn group_row(c: &Connection, id: i64) -> Result<Option<ScimGroup>, StoreError> {
    let row = c
        .prepare_cached("SELECT id, display_name, external_id, created_at, updated_at, version FROM scim_groups WHERE id = ?1")?
        .query_row([id],
            |r| {
                Ok(ScimGroup {
                    id: r.get(0)?,
                    display_name: r.get(1)?,
                    external_id: r.get(2)?,
                    created_at: r.get(3)?,
                    updated_at: r.get(4)?,
                    version: r.get(5)?,
                    members: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut group) = row else {
        return Ok(None);
    };
    let mut stmt = c.prepare_cached(
        "SELECT u.id, u.username FROM scim_group_members m JOIN users u ON u.id = m.user_id
         WHERE m.group_id = ?1 ORDER BY u.username",
    )?;
    group.members = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(Some(group))
}

/// Re-applies the group rules to `user` from their SCIM groups; the changes, as audited.
/// Nothing happens to an account the IdP may not see (one made an instance administrator
/// since it joined a group keeps the roles it has).
fn reapply(
    tx: &Transaction<'_>,
    user: i64,
    rules: &[GroupRule],
    now: i64,
) -> Result<Vec<String>, StoreError> {
    if !visible(tx, user)? {
        return Ok(Vec::new());
    }
    let mut stmt = tx.prepare_cached(
        "SELECT g.display_name FROM scim_group_members m JOIN scim_groups g ON g.id = m.group_id WHERE m.user_id = ?1",
    )?;
    let groups = stmt
        .query_map([user], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    let changes = apply(tx, user, &claims::grants(rules, &groups), now)?;
    Ok(changes)
}

/// Whether SCIM manages `user` (its groups then come from SCIM, not from a sign-in's claims).
pub(super) fn managed(c: &Connection, user: i64) -> Result<bool, StoreError> {
    Ok(c.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM scim_users WHERE user_id = ?1 AND deleted = 0)",
    )?
    .query_row([user], |r| r.get(0))?)
}

/// `reapply` for the sign-in path.
pub(super) fn reapply_managed(
    tx: &Transaction<'_>,
    user: i64,
    rules: &[GroupRule],
    now: i64,
) -> Result<Vec<String>, StoreError> {
    reapply(tx, user, rules, now)
}

/// Ends every session and revokes every API key of `user` (deprovisioning).
fn cut_off(tx: &Transaction<'_>, user: i64, now: i64) -> Result<(), StoreError> {
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user])?;
    tx.execute(
        "UPDATE api_keys SET revoked_at = ?1 WHERE user_id = ?2 AND revoked_at IS NULL",
        params![now, user],
    )?;
    Ok(())
}

fn taken(tx: &Transaction<'_>, username: &str, except: i64) -> Result<bool, StoreError> {
    Ok(tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?1 AND id != ?2)")?
        .query_row(params![username, except], |r| r.get(0))?)
}

fn visible(tx: &Connection, user: i64) -> Result<bool, StoreError> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = ?1 AND {VISIBLE})"
        ))?
        .query_row([user], |r| r.get(0))?)
}

/// The ids of `members`, each a user the IdP may see.
fn member_ids(tx: &Connection, members: &[String]) -> Result<Vec<i64>, StoreError> {
    members
        .iter()
        .map(|m| {
            let id = m
                .parse::<i64>()
                .ok()
                .filter(|id| visible(tx, *id).unwrap_or(false))
                .ok_or_else(|| StoreError::Invalid(format!("members: no user {m:?}")))?;
            Ok(id)
        })
        .collect()
}

fn sets_user(
    tx: &Transaction<'_>,
    id: i64,
    c: &UserChange,
    now: i64,
) -> Result<Vec<String>, StoreError> {
    let mut said = Vec::new();
    if let Some((name, raw)) = &c.user_name {
        if taken(tx, name, id)? {
            return Err(StoreError::Conflict(format!("userName {name:?} is taken")));
        }
        if tx.execute(
            "UPDATE users SET username = ?1 WHERE id = ?2 AND username != ?1",
            params![name, id],
        )? > 0
        {
            said.push(format!("userName={name}"));
        }
        tx.execute(
            "UPDATE scim_users SET user_name = ?1 WHERE user_id = ?2",
            params![raw, id],
        )?;
    }
    // The audit names the attributes that changed (not the values: emails are personal data).
    let changes: [(&str, Option<&dyn rusqlite::ToSql>, &str); 3] = [
        (
            "UPDATE users SET display_name = ?1 WHERE id = ?2 AND display_name != ?1",
            c.display_name.as_ref().map(|v| v as &dyn rusqlite::ToSql),
            "displayName",
        ),
        (
            "UPDATE scim_users SET email = ?1 WHERE user_id = ?2 AND email IS NOT ?1",
            c.email.as_ref().map(|v| v as &dyn rusqlite::ToSql),
            "emails",
        ),
        (
            "UPDATE scim_users SET external_id = ?1 WHERE user_id = ?2 AND external_id IS NOT ?1",
            c.external_id.as_ref().map(|v| v as &dyn rusqlite::ToSql),
            "externalId",
        ),
    ];
    if let Some(e) = &c.email {
        match e {
            Some(e) => crate::store::outbox::take_email(tx, id, e)?,
            None => {
                tx.execute("UPDATE users SET email = NULL WHERE id = ?1", [id])?;
            }
        }
    }
    for (sql, value, name) in changes {
        if let Some(value) = value
            && tx.execute(sql, params![value, id])? > 0
        {
            said.push(name.to_string());
        }
    }
    if let Some(active) = c.active {
        let changed = tx.execute(
            "UPDATE users SET disabled = ?1 WHERE id = ?2 AND disabled != ?1",
            params![!active, id],
        )? > 0;
        if !active {
            cut_off(tx, id, now)?;
        }
        if changed {
            said.push(format!("active={active}"));
        }
    }
    tx.execute(
        "UPDATE scim_users SET updated_at = ?1, version = version + 1 WHERE user_id = ?2",
        params![now, id],
    )?;
    Ok(said)
}

/// Makes sure the SCIM row of an account the IdP may see exists (an SSO account the IdP now
/// provisions gains one).
fn adopt(tx: &Transaction<'_>, id: i64, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO scim_users (user_id, created_at, updated_at) VALUES (?1, ?2, ?2)
         ON CONFLICT (user_id) DO NOTHING",
        params![id, now],
    )?;
    Ok(())
}

/// The clause of a filter; `?1` is the value as sent, `?2` the username it maps to. A
/// `userName` matches the one SCIM was sent, or for an account SCIM did not make (a first
/// sign-on made it), the username.
fn filtered(attr: &str) -> Option<&'static str> {
    match attr {
        "username" => {
            Some("(s.user_name = ?1 COLLATE NOCASE OR (s.user_name IS NULL AND u.username = ?2))")
        }
        "externalid" => Some("s.external_id = ?1"),
        "id" => Some("CAST(u.id AS TEXT) = ?1"),
        _ => None,
    }
}

impl Store {
    /// One SCIM write with its audit row; `f` answers the value and the audit detail.
    fn scim_write<T>(
        &self,
        event: &AuditEvent,
        f: impl FnOnce(&Transaction<'_>, i64) -> Result<(T, String, String), StoreError>,
    ) -> Result<T, StoreError> {
        let key = self.audit_key_loaded()?;
        let at = self.clock.now_rfc3339();
        let now = self.clock.now_unix();
        let out = self.with_write(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (out, target, detail) = f(&tx, now)?;
            let mut event = event.clone();
            event.target = target;
            event.detail = detail;
            audit::append(&tx, &key, &at, &event)?;
            tx.commit()?;
            Ok(out)
        })?;
        self.bump_generation();
        Ok(out)
    }

    /// A user the IdP may see.
    pub fn scim_user(&self, id: i64) -> Result<Option<ScimUser>, StoreError> {
        self.with(|c| user_row(c, id))
    }

    /// Users the IdP may see, optionally filtered by `(attribute, value)`; the total and one
    /// page (`start` is 1-based).
    /// `mapped` is the username a `userName` filter value maps to (`None`: none can).
    pub fn scim_users(
        &self,
        filter: Option<(&str, &str)>,
        mapped: Option<&str>,
        start: usize,
        count: usize,
    ) -> Result<(usize, Vec<ScimUser>), StoreError> {
        self.with(|c| {
            let (clause, value) = match filter {
                Some((attr, value)) => (
                    filtered(attr).ok_or(StoreError::Invalid(format!("no filter on {attr}")))?,
                    value.to_string(),
                ),
                None => ("?1 = ?1", String::new()),
            };
            // A value no username can come from matches by `userName` as sent only.
            let mapped = mapped.unwrap_or("\u{0}");
            let mut stmt = c.prepare_cached(&format!(
                "SELECT u.id FROM users u LEFT JOIN scim_users s ON s.user_id = u.id
                 WHERE {VISIBLE} AND {clause} ORDER BY u.id"
            ))?;
            let ids: Vec<i64> = stmt
                .query_map(
                    &*if clause.contains("?2") {
                        params![value, mapped].to_vec()
                    } else {
                        params![value].to_vec()
                    },
                    |r| r.get(0),
                )?
                .collect::<Result<_, _>>()?;
            let page = ids.iter().skip(start - 1).take(count);
            let mut users = Vec::new();
            for id in page {
                users.extend(user_row(c, *id)?);
            }
            Ok((ids.len(), users))
        })
    }

    /// Creates a user, or brings back one SCIM deleted of the same username (never an
    /// instance administrator; a deleted account lost its single sign-on links, so the next
    /// sign-on takes it only on the exact `userName` sent now).
    pub fn scim_create_user(
        &self,
        u: &UserIn,
        rules: &[GroupRule],
        event: &AuditEvent,
    ) -> Result<ScimUser, StoreError> {
        self.scim_write(event, |tx, now| {
            let existing: Option<(i64, bool)> = tx
                .prepare_cached(
                    "SELECT u.id, u.instance_admin = 0
                        AND coalesce((SELECT s.deleted FROM scim_users s WHERE s.user_id = u.id), 0)
                     FROM users u WHERE u.username = ?1",
                )?
                .query_row([&u.user_name], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let id = match existing {
                Some((id, true)) => {
                    tx.execute("UPDATE scim_users SET deleted = 0 WHERE user_id = ?1", [id])?;
                    id
                }
                Some(_) => {
                    return Err(StoreError::Conflict(format!(
                        "userName {:?} is taken",
                        u.user_name
                    )));
                }
                None => crate::store::accounts::insert_user(
                    tx,
                    &NewUser {
                        username: &u.user_name,
                        display_name: u.display_name.as_deref().unwrap_or(&u.user_name),
                        password_hash: NO_PASSWORD,
                        instance_admin: false,
                    },
                    now,
                )?,
            };
            adopt(tx, id, now)?;
            sets_user(
                tx,
                id,
                &UserChange {
                    user_name: Some((u.user_name.clone(), u.raw_user_name.clone())),
                    display_name: u.display_name.clone(),
                    email: Some(u.email.clone()),
                    active: Some(u.active.unwrap_or(true)),
                    external_id: Some(u.external_id.clone()),
                },
                now,
            )?;
            let roles = reapply(tx, id, rules, now)?;
            let user = user_row(tx, id)?.ok_or(StoreError::NotFound("user"))?;
            let detail = format!("created active={} roles={}", user.active, roles.join(","));
            Ok((user.clone(), format!("user:{}", user.username), detail))
        })
    }

    /// Changes a user (PATCH, or PUT as a change of every attribute).
    pub fn scim_change_user(
        &self,
        id: i64,
        change: &UserChange,
        rules: &[GroupRule],
        event: &AuditEvent,
    ) -> Result<ScimUser, StoreError> {
        self.scim_write(event, |tx, now| {
            if !visible(tx, id)? {
                return Err(StoreError::NotFound("user"));
            }
            adopt(tx, id, now)?;
            let mut said = sets_user(tx, id, change, now)?;
            said.extend(reapply(tx, id, rules, now)?);
            let user = user_row(tx, id)?.ok_or(StoreError::NotFound("user"))?;
            Ok((
                user.clone(),
                format!("user:{}", user.username),
                said.join(","),
            ))
        })
    }

    /// Deletes a user as SCIM sees it: disabled, out of every group and organization, sessions
    /// and keys ended, single sign-on links cut. The row stays (content keeps its author); a
    /// later create of the same userName brings the account back.
    pub fn scim_delete_user(&self, id: i64, event: &AuditEvent) -> Result<(), StoreError> {
        self.scim_write(event, |tx, now| {
            if !visible(tx, id)? {
                return Err(StoreError::NotFound("user"));
            }
            adopt(tx, id, now)?;
            let name: String = tx.prepare_cached("SELECT username FROM users WHERE id = ?1")?.query_row([id], |r| r.get(0))?;
            tx.execute("UPDATE users SET disabled = 1 WHERE id = ?1", [id])?;
            cut_off(tx, id, now)?;
            tx.execute("DELETE FROM scim_group_members WHERE user_id = ?1", [id])?;
            tx.execute("DELETE FROM space_members WHERE user_id = ?1", [id])?;
            tx.execute("DELETE FROM memberships WHERE user_id = ?1", [id])?;
            tx.execute("DELETE FROM sso_identities WHERE user_id = ?1", [id])?;
            tx.execute(
                "UPDATE scim_users SET deleted = 1, updated_at = ?1, version = version + 1 WHERE user_id = ?2",
                params![now, id],
            )?;
            Ok(((), format!("user:{name}"), "deleted".into()))
        })
    }

    /// A group.
    pub fn scim_group(&self, id: i64) -> Result<Option<ScimGroup>, StoreError> {
        self.with(|c| group_row(c, id))
    }

    /// Groups, optionally filtered by `displayname`, `externalid` or `id`; total and one page.
    pub fn scim_groups(
        &self,
        filter: Option<(&str, &str)>,
        start: usize,
        count: usize,
    ) -> Result<(usize, Vec<ScimGroup>), StoreError> {
        self.with(|c| {
            let (clause, value) = match filter {
                Some(("displayname", v)) => ("display_name = ?1", v.to_string()),
                Some(("externalid", v)) => ("external_id = ?1", v.to_string()),
                Some(("id", v)) => ("CAST(id AS TEXT) = ?1", v.to_string()),
                Some((attr, _)) => return Err(StoreError::Invalid(format!("no filter on {attr}"))),
                None => ("?1 = ?1", String::new()),
            };
            let mut stmt = c.prepare_cached(&format!(
                "SELECT id FROM scim_groups WHERE {clause} ORDER BY id"
            ))?;
            let ids: Vec<i64> = stmt
                .query_map([&value], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut groups = Vec::new();
            for id in ids.iter().skip(start - 1).take(count) {
                groups.extend(group_row(c, *id)?);
            }
            Ok((ids.len(), groups))
        })
    }

    /// Creates a group with its members, whose roles follow at once.
    pub fn scim_create_group(
        &self,
        g: &GroupIn,
        rules: &[GroupRule],
        event: &AuditEvent,
    ) -> Result<ScimGroup, StoreError> {
        self.scim_write(event, |tx, now| {
            let exists: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM scim_groups WHERE display_name = ?1)")?.query_row([&g.display_name],
                |r| r.get(0),
            )?;
            if exists {
                return Err(StoreError::Conflict(format!("group {:?} exists", g.display_name)));
            }
            let members = member_ids(tx, &g.members)?;
            tx.execute(
                "INSERT INTO scim_groups (display_name, external_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                params![g.display_name, g.external_id, now],
            )?;
            let id = tx.last_insert_rowid();
            let mut said = Vec::new();
            for m in members {
                tx.execute(
                    "INSERT OR IGNORE INTO scim_group_members (group_id, user_id) VALUES (?1, ?2)",
                    params![id, m],
                )?;
                said.extend(reapply(tx, m, rules, now)?.into_iter().map(|c| format!("user {m} {c}")));
            }
            let group = group_row(tx, id)?.ok_or(StoreError::NotFound("group"))?;
            Ok((group.clone(), format!("group:{}", group.display_name), said.join(",")))
        })
    }

    /// Changes a group; everyone who joined or left gets their roles re-applied.
    pub fn scim_change_group(
        &self,
        id: i64,
        change: &GroupChange,
        rules: &[GroupRule],
        event: &AuditEvent,
    ) -> Result<ScimGroup, StoreError> {
        self.scim_write(event, |tx, now| {
            let before = group_row(tx, id)?.ok_or(StoreError::NotFound("group"))?;
            let mut touched: Vec<i64> = Vec::new();
            if let Some(name) = &change.display_name {
                let clash: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM scim_groups WHERE display_name = ?1 AND id != ?2)")?.query_row(params![name, id],
                    |r| r.get(0),
                )?;
                if clash {
                    return Err(StoreError::Conflict(format!("group {name:?} exists")));
                }
                tx.execute("UPDATE scim_groups SET display_name = ?1 WHERE id = ?2", params![name, id])?;
                // A renamed group may match other rules: everyone in it.
                touched.extend(before.members.iter().map(|(u, _)| *u));
            }
            if let Some(x) = &change.external_id {
                tx.execute("UPDATE scim_groups SET external_id = ?1 WHERE id = ?2", params![x, id])?;
            }
            for op in &change.members {
                let (clear, add, remove): (bool, &[String], &[String]) = match op {
                    MemberOp::Set(all) => (true, all, &[]),
                    MemberOp::Add(some) => (false, some, &[]),
                    MemberOp::Remove(some) => (false, &[], some),
                    MemberOp::RemoveAll => (true, &[], &[]),
                };
                if clear {
                    let mut stmt =
                        tx.prepare_cached("SELECT user_id FROM scim_group_members WHERE group_id = ?1")?;
                    let all: Vec<i64> = stmt
                        .query_map([id], |r| r.get(0))?
                        .collect::<Result<_, _>>()?;
                    touched.extend(all);
                    tx.execute("DELETE FROM scim_group_members WHERE group_id = ?1", [id])?;
                }
                for m in member_ids(tx, add)? {
                    tx.execute(
                        "INSERT OR IGNORE INTO scim_group_members (group_id, user_id) VALUES (?1, ?2)",
                        params![id, m],
                    )?;
                    touched.push(m);
                }
                for m in remove.iter().filter_map(|m| m.parse::<i64>().ok()) {
                    let gone = tx.execute(
                        "DELETE FROM scim_group_members WHERE group_id = ?1 AND user_id = ?2",
                        params![id, m],
                    )?;
                    if gone > 0 {
                        touched.push(m);
                    }
                }
            }
            tx.execute(
                "UPDATE scim_groups SET updated_at = ?1, version = version + 1 WHERE id = ?2",
                params![now, id],
            )?;
            touched.sort_unstable();
            touched.dedup();
            let mut said = Vec::new();
            for u in touched {
                said.extend(reapply(tx, u, rules, now)?.into_iter().map(|c| format!("user {u} {c}")));
            }
            let group = group_row(tx, id)?.ok_or(StoreError::NotFound("group"))?;
            Ok((group.clone(), format!("group:{}", group.display_name), said.join(",")))
        })
    }

    /// Deletes a group; its members' roles follow at once.
    pub fn scim_delete_group(
        &self,
        id: i64,
        rules: &[GroupRule],
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.scim_write(event, |tx, now| {
            let before = group_row(tx, id)?.ok_or(StoreError::NotFound("group"))?;
            tx.execute("DELETE FROM scim_group_members WHERE group_id = ?1", [id])?;
            tx.execute("DELETE FROM scim_groups WHERE id = ?1", [id])?;
            let mut said = Vec::new();
            for (u, _) in &before.members {
                said.extend(
                    reapply(tx, *u, rules, now)?
                        .into_iter()
                        .map(|c| format!("user {u} {c}")),
                );
            }
            Ok(((), format!("group:{}", before.display_name), said.join(",")))
        })
    }
}

/// The account SCIM made for `username` when its `userName` was exactly `raw` (the sign-in's
/// username claim before any domain is stripped) and no single sign-on is linked to it yet:
/// a first sign-on takes it, as the IdP made it for this person. `alice@b.example` cannot
/// take the account made for `alice@a.example`, though both strip to `alice`.
pub(super) fn provisioned(
    c: &Connection,
    username: &str,
    raw: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(c.prepare_cached(
        "SELECT s.user_id FROM scim_users s JOIN users u ON u.id = s.user_id
         WHERE u.username = ?1 AND s.user_name = ?2 COLLATE NOCASE AND s.deleted = 0
         AND u.instance_admin = 0
         AND NOT EXISTS (SELECT 1 FROM sso_identities i WHERE i.user_id = u.id)",
    )?
    .query_row(params![username, raw], |r| r.get(0))
    .optional()?)
}
