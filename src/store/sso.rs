//! Accounts signed in through the site's OpenID provider: finding or creating the account an
//! IdP subject maps to, and applying the roles its groups grant, in one transaction with the
//! audit row that lists every change.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::sso::claims::{self, Grants, Identity};
use crate::sso::settings::GroupRule;
use crate::store::accounts::NewUser;
use crate::store::audit::{self, AuditEvent};
use crate::store::{Store, StoreError};

/// The password hash of an account made by a first SSO sign-in: no password matches it.
pub const NO_PASSWORD: &str = "!sso";

/// Why a sign-in of a disabled account is refused.
pub const DISABLED: &str = "this account is disabled";

/// What a sign-in did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoOutcome {
    pub user_id: i64,
    pub username: String,
    pub created: bool,
    /// Role changes, as audited (`+acme:member`, `acme:member>admin`, `-acme`, `+acme/web:admin`).
    pub changes: Vec<String>,
}

fn org_id(tx: &Connection, slug: &str) -> Result<Option<i64>, StoreError> {
    Ok(tx
        .prepare_cached("SELECT id FROM orgs WHERE slug = ?1")?
        .query_row([slug], |r| r.get(0))
        .optional()?)
}

fn other_admins(tx: &Connection, org: i64, user: i64) -> Result<i64, StoreError> {
    Ok(tx
        .prepare_cached(
            "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.org_id = ?1 AND m.role = 'admin' AND u.disabled = 0 AND u.id != ?2",
        )?
        .query_row(params![org, user], |r| r.get(0))?)
}

/// Finds the account of `id`'s subject, links a same-named account when allowed, or creates
/// one. A linked account signs in through the IdP only from then on (its password is
/// cleared); an instance administrator is never linked by name (the break-glass account must
/// not become the IdP's).
fn account(
    tx: &Transaction<'_>,
    issuer: &str,
    id: &Identity,
    link_existing: bool,
    now: i64,
) -> Result<(i64, bool), StoreError> {
    let linked: Option<i64> = tx
        .prepare_cached("SELECT user_id FROM sso_identities WHERE issuer = ?1 AND subject = ?2")?
        .query_row(params![issuer, id.subject], |r| r.get(0))
        .optional()?;
    if let Some(user) = linked {
        tx.execute(
            "UPDATE sso_identities SET last_login = ?1 WHERE issuer = ?2 AND subject = ?3",
            params![now, issuer, id.subject],
        )?;
        return Ok((user, false));
    }
    let same_name: Option<(i64, bool, bool)> = tx
        .prepare_cached("SELECT u.id, EXISTS (SELECT 1 FROM sso_identities s WHERE s.user_id = u.id), u.instance_admin
             FROM users u WHERE u.username = ?1")?
        .query_row([&id.username],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (user, created) = match same_name {
        Some((_, true, _)) => {
            return Err(StoreError::Refused(format!(
                "the username {:?} belongs to another single sign-on identity; an administrator must resolve it",
                id.username
            )));
        }
        Some((_, false, true)) => {
            return Err(StoreError::Refused(format!(
                "{:?} is an instance administrator's local account, which single sign-on never takes over",
                id.username
            )));
        }
        Some((user, false, false))
            if link_existing
                || crate::store::scim::provisioned(tx, &id.username, &id.raw_username)?
                    == Some(user) =>
        {
            tx.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![NO_PASSWORD, user],
            )?;
            (user, false)
        }
        Some(_) => {
            return Err(StoreError::Refused(format!(
                "a local account named {:?} exists and is not linked to this identity; an administrator may allow linking (link_existing_by_username)",
                id.username
            )));
        }
        None => {
            let user = crate::store::accounts::insert_user(
                tx,
                &NewUser {
                    username: &id.username,
                    display_name: &id.display_name,
                    password_hash: NO_PASSWORD,
                    instance_admin: false,
                },
                now,
            )?;
            (user, true)
        }
    };
    tx.execute(
        "INSERT INTO sso_identities (issuer, subject, user_id, linked_at, last_login) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![issuer, id.subject, user, now],
    )?;
    Ok((user, created))
}

/// Brings the user's roles in every managed organization and space to what `grants` says.
/// The last enabled admin of an organization keeps the role (the change is listed as kept):
/// an IdP group emptied by mistake must not leave an organization without an admin.
pub(super) fn apply(
    tx: &Transaction<'_>,
    user: i64,
    grants: &Grants,
    now: i64,
) -> Result<Vec<String>, StoreError> {
    let mut changes = Vec::new();
    for slug in &grants.managed_orgs {
        let Some(org) = org_id(tx, slug)? else {
            continue;
        };
        let current: Option<String> = tx
            .prepare_cached("SELECT role FROM memberships WHERE org_id = ?1 AND user_id = ?2")?
            .query_row(params![org, user], |r| r.get(0))
            .optional()?;
        let want = grants.orgs.get(slug).copied();
        let last_admin = current.as_deref() == Some("admin") && other_admins(tx, org, user)? == 0;
        match (current.as_deref(), want) {
            (None, Some(role)) => {
                tx.execute(
                    "INSERT INTO memberships (org_id, user_id, role) VALUES (?1, ?2, ?3)",
                    params![org, user, role.as_str()],
                )?;
                changes.push(format!("+{slug}:{}", role.as_str()));
            }
            (Some(had), Some(role)) if had != role.as_str() => {
                if last_admin {
                    changes.push(format!("{slug}:admin kept (last admin)"));
                } else {
                    tx.execute(
                        "UPDATE memberships SET role = ?1 WHERE org_id = ?2 AND user_id = ?3",
                        params![role.as_str(), org, user],
                    )?;
                    changes.push(format!("{slug}:{had}>{}", role.as_str()));
                }
            }
            (Some(_), None) => {
                if last_admin {
                    changes.push(format!("{slug}:admin kept (last admin)"));
                    continue;
                }
                tx.execute(
                    "DELETE FROM space_members WHERE user_id = ?1 AND space_id IN (SELECT id FROM spaces WHERE org_id = ?2)",
                    params![user, org],
                )?;
                tx.execute(
                    "UPDATE api_keys SET revoked_at = ?1 WHERE user_id = ?2 AND org_id = ?3 AND revoked_at IS NULL",
                    params![now, user, org],
                )?;
                tx.execute(
                    "DELETE FROM memberships WHERE org_id = ?1 AND user_id = ?2",
                    params![org, user],
                )?;
                changes.push(format!("-{slug}"));
            }
            _ => {}
        }
    }
    for (slug, space) in &grants.managed_spaces {
        let Some(org) = org_id(tx, slug)? else {
            continue;
        };
        let Some(space_id): Option<i64> = tx
            .prepare_cached("SELECT id FROM spaces WHERE org_id = ?1 AND slug = ?2")?
            .query_row(params![org, space], |r| r.get(0))
            .optional()?
        else {
            continue;
        };
        let member: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM memberships WHERE org_id = ?1 AND user_id = ?2)",
            )?
            .query_row(params![org, user], |r| r.get(0))?;
        let current: Option<String> = tx
            .prepare_cached("SELECT role FROM space_members WHERE space_id = ?1 AND user_id = ?2")?
            .query_row(params![space_id, user], |r| r.get(0))
            .optional()?;
        let want = grants
            .spaces
            .get(&(slug.clone(), space.clone()))
            .filter(|_| member);
        match (current, want) {
            (current, Some(role)) if current.as_ref() != Some(role) => {
                tx.execute(
                    "INSERT INTO space_members (space_id, user_id, role) VALUES (?1, ?2, ?3)
                     ON CONFLICT (space_id, user_id) DO UPDATE SET role = excluded.role",
                    params![space_id, user, role],
                )?;
                changes.push(format!("+{slug}/{space}:{role}"));
            }
            (Some(_), None) => {
                tx.execute(
                    "DELETE FROM space_members WHERE space_id = ?1 AND user_id = ?2",
                    params![space_id, user],
                )?;
                changes.push(format!("-{slug}/{space}"));
            }
            _ => {}
        }
    }
    Ok(changes)
}

impl Store {
    /// Signs in an IdP identity: finds or creates its account, refuses a disabled one, keeps
    /// its display name in step, and applies the group rules, audited as `event` (its target
    /// and detail are filled in here) in the same transaction. The groups are SCIM's for an
    /// account SCIM manages, else the token's; with no groups claim the roles stay as they are.
    pub fn sso_sign_in(
        &self,
        issuer: &str,
        id: &Identity,
        rules: &[GroupRule],
        link_existing: bool,
        event: &AuditEvent,
    ) -> Result<SsoOutcome, StoreError> {
        let key = self.audit_key_loaded()?;
        let at = self.clock.now_rfc3339();
        let now = self.clock.now_unix();
        let out = self.with_write(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (user, created) = account(&tx, issuer, id, link_existing, now)?;
            let (username, disabled): (String, bool) = tx
                .prepare_cached("SELECT username, disabled FROM users WHERE id = ?1")?
                .query_row([user], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if disabled {
                return Err(StoreError::Refused(DISABLED.into()));
            }
            tx.execute(
                "UPDATE users SET display_name = ?1 WHERE id = ?2 AND display_name != ?1",
                params![id.display_name, user],
            )?;
            if let Some(email) = &id.email {
                crate::store::outbox::take_email(&tx, user, email)?;
            }
            let changes = if crate::store::scim::managed(&tx, user)? {
                crate::store::scim::reapply_managed(&tx, user, rules, now)?
            } else if let Some(groups) = &id.groups {
                apply(&tx, user, &claims::grants(rules, groups), now)?
            } else {
                vec!["kept (no groups claim)".to_string()]
            };
            let mut event = event.clone();
            event.target = format!("user:{username}");
            event.detail = format!(
                "subject={} created={created} roles={}",
                id.subject,
                if changes.is_empty() {
                    "unchanged".to_string()
                } else {
                    changes.join(",")
                }
            );
            audit::append(&tx, &key, &at, &event)?;
            tx.commit()?;
            Ok(SsoOutcome {
                user_id: user,
                username,
                created,
                changes,
            })
        })?;
        self.bump_generation();
        Ok(out)
    }

    /// Whether any organization requires single sign-on.
    pub fn sso_required_anywhere(&self) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT EXISTS (SELECT 1 FROM settings WHERE key LIKE 'org.%.sso_only' AND value = 'true')")?.query_row([],
                |r| r.get(0),
            )?)
        })
    }

    /// Whether the user has signed in through the identity system `issuer`.
    pub fn has_identity(&self, user_id: i64, issuer: &str) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM sso_identities WHERE user_id = ?1 AND issuer = ?2)",
            )?
            .query_row(params![user_id, issuer], |r| r.get(0))?)
        })
    }

    /// Whether the user has signed in through an IdP (for RP-initiated logout).
    pub fn has_sso_identity(&self, user_id: i64) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM sso_identities WHERE user_id = ?1)",
                )?
                .query_row([user_id], |r| r.get(0))?,
            )
        })
    }

    /// The organizations (slugs) that require single sign-on which the user belongs to.
    pub fn sso_only_orgs_of(&self, user_id: i64) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT o.slug FROM memberships m JOIN orgs o ON o.id = m.org_id
                 JOIN settings s ON s.key = 'org.' || o.id || '.sso_only' AND s.value = 'true'
                 WHERE m.user_id = ?1 ORDER BY o.slug",
            )?;
            let rows = stmt.query_map([user_id], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}

/// The setting that makes an organization's members sign in through the IdP only.
pub fn sso_only_key(org_id: i64) -> String {
    format!("org.{org_id}.sso_only")
}
