//! Organizations, users, memberships and spaces; first-admin setup; one-time tokens.
//! Every change is written together with its audit row, in one transaction.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::model::access::{MemberFacts, OrgRole};
use crate::store::audit::{self, AuditEvent};
use crate::store::{Store, StoreError};

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub instance_admin: bool,
    pub disabled: bool,
}

/// The organizations (slug, role) a user belongs to.
pub type UserOrgs = Vec<(String, OrgRole)>;

/// An organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// A member of an organization, as listed to its admins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub user_id: i64,
    pub username: String,
    pub display_name: String,
    pub role: OrgRole,
    pub disabled: bool,
}

/// A space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpaceRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub visibility: String,
}

/// A new user's details (already validated by the caller).
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub instance_admin: bool,
}

/// A one-time token's stored facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    pub id: i64,
    pub org_id: Option<i64>,
    pub user_id: Option<i64>,
    pub role: Option<String>,
    pub space_id: Option<i64>,
}

/// What a one-time token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    Setup,
    Invite,
    Reset,
}

impl TokenPurpose {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Setup => "setup",
            TokenPurpose::Invite => "invite",
            TokenPurpose::Reset => "reset",
        }
    }
}

fn user_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UserRow> {
    Ok(UserRow {
        id: r.get(0)?,
        username: r.get(1)?,
        display_name: r.get(2)?,
        password_hash: r.get(3)?,
        instance_admin: r.get(4)?,
        disabled: r.get(5)?,
    })
}

/// The role of a member of an organization (`NotFound` if not a member).
fn member_role(tx: &Transaction<'_>, org_id: i64, user_id: i64) -> Result<String, StoreError> {
    tx.prepare_cached("SELECT role FROM memberships WHERE org_id = ?1 AND user_id = ?2")?
        .query_row(params![org_id, user_id], |r| r.get(0))
        .optional()?
        .ok_or(StoreError::NotFound("member"))
}

const USER_COLS: &str = "id, username, display_name, password_hash, instance_admin, disabled";

impl Store {
    /// Runs `f` in an immediate transaction and appends `event` to the audit chain in the same
    /// transaction; nothing is committed if either fails.
    pub(crate) fn audited<T>(
        &self,
        event: &AuditEvent,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.audited_write(event, f, true)
    }

    /// `changes_content`: whether the content generation moves (caches of content, such as
    /// the MCP server's compiled scopes, are rebuilt when it does).
    fn audited_write<T>(
        &self,
        event: &AuditEvent,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
        changes_content: bool,
    ) -> Result<T, StoreError> {
        let key = self.audit_key_loaded()?;
        let at = self.clock.now_rfc3339();
        self.with_write(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            audit::append(&tx, &key, &at, event)?;
            tx.commit()?;
            if changes_content {
                self.bump_generation();
            }
            Ok(out)
        })
    }

    /// Records an event on its own (refusals, failed logins, exports). Nothing else changes,
    /// so content caches stay valid: an install fetch, which records `playbook.exported`,
    /// used to throw away the MCP server's compiled scopes (measured by the site simulation:
    /// 340-450 ms to rebuild 9,000 standards' globs, on every fetch).
    pub fn audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        self.audited_write(event, |_| Ok(()), false)
    }

    /// `audited` for writes that change no playbook content (usage counters): the content
    /// generation stays, so content caches are kept.
    pub(crate) fn audited_quiet<T>(
        &self,
        event: &AuditEvent,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.audited_write(event, f, false)
    }

    /// True until the first user exists.
    pub fn setup_needed(&self) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(!c
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM users)")?
                .query_row([], |r| r.get::<_, bool>(0))?)
        })
    }

    /// Stores a new setup token (hash), retiring earlier unused ones.
    pub fn new_setup_token(
        &self,
        token_hash: &[u8],
        ttl_secs: i64,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute("UPDATE one_time_tokens SET used_at = ?1 WHERE purpose = 'setup' AND used_at IS NULL", [now])?;
            tx.execute(
                "INSERT INTO one_time_tokens (token_hash, purpose, created_at, expires_at) VALUES (?1, 'setup', ?2, ?3)",
                params![token_hash, now, now + ttl_secs],
            )?;
            Ok(())
        })
    }

    /// Creates the first organization (with its default space) and its first admin, who is
    /// also an instance admin. With `setup_token`, the token must be valid and is consumed;
    /// without it (the CLI), no user may exist yet unless `allow_existing`.
    pub fn create_org_with_admin(
        &self,
        setup_token: Option<&[u8]>,
        org_slug: &str,
        org_name: &str,
        user: &NewUser<'_>,
        event: &AuditEvent,
    ) -> Result<(i64, i64), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            if let Some(hash) = setup_token {
                consume_token(tx, hash, TokenPurpose::Setup, now)?;
                let users: bool = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM users)")?.query_row([], |r| r.get(0))?;
                if users {
                    return Err(StoreError::Conflict("setup is already complete".into()));
                }
            }
            let user_id = insert_user(tx, user, now)?;
            let org_id = match org_by_slug_conn(tx, org_slug)? {
                Some(o) => o.id,
                None => {
                    tx.execute(
                        "INSERT INTO orgs (slug, name, created_at) VALUES (?1, ?2, ?3)",
                        params![org_slug, org_name, now],
                    )?;
                    let id = tx.last_insert_rowid();
                    tx.execute(
                        "INSERT INTO spaces (org_id, slug, name, visibility, created_at) VALUES (?1, 'default', 'Default', 'default', ?2)",
                        params![id, now],
                    )?;
                    id
                }
            };
            tx.execute(
                "INSERT INTO memberships (org_id, user_id, role) VALUES (?1, ?2, 'admin')",
                params![org_id, user_id],
            )?;
            Ok((org_id, user_id))
        })
    }

    /// A user by name (case-insensitive).
    pub fn user_by_name(&self, username: &str) -> Result<Option<UserRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {USER_COLS} FROM users WHERE username = ?1"
            ))?
            .query_row([username], user_from_row)
            .optional()?)
        })
    }

    /// A user by id.
    pub fn user_by_id(&self, id: i64) -> Result<Option<UserRow>, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached(&format!("SELECT {USER_COLS} FROM users WHERE id = ?1"))?
                    .query_row([id], user_from_row)
                    .optional()?,
            )
        })
    }

    /// Replaces a user's password hash (rehash at login needs no audit row of its own).
    /// A user's own password change: the new hash, and every other session of theirs ends.
    pub fn change_password(
        &self,
        user_id: i64,
        hash: &str,
        keep_session: i64,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            tx.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![hash, user_id],
            )?;
            tx.execute(
                "DELETE FROM sessions WHERE user_id = ?1 AND id != ?2",
                params![user_id, keep_session],
            )?;
            Ok(())
        })
    }

    pub fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![hash, user_id],
            )?;
            Ok(())
        })
    }

    /// An organization by slug.
    pub fn org_by_slug(&self, slug: &str) -> Result<Option<OrgRow>, StoreError> {
        self.with(|c| org_by_slug_conn(c, slug))
    }

    /// An organization by id.
    pub fn org_by_id(&self, id: i64) -> Result<Option<OrgRow>, StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT id, slug, name FROM orgs WHERE id = ?1")?
                    .query_row([id], org_from_row)
                    .optional()?,
            )
        })
    }

    /// The user's role in the organization, if a member.
    pub fn org_role(&self, org_id: i64, user_id: i64) -> Result<Option<OrgRole>, StoreError> {
        self.with(|c| {
            let role: Option<String> = c
                .prepare_cached("SELECT role FROM memberships WHERE org_id = ?1 AND user_id = ?2")?
                .query_row(params![org_id, user_id], |r| r.get(0))
                .optional()?;
            Ok(role.as_deref().and_then(OrgRole::parse))
        })
    }

    /// The organizations a user belongs to, with the role in each.
    pub fn user_orgs(&self, user_id: i64) -> Result<Vec<(OrgRow, OrgRole)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT o.id, o.slug, o.name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id
                 WHERE m.user_id = ?1 ORDER BY o.slug",
            )?;
            let rows = stmt.query_map([user_id], |r| {
                Ok((org_from_row(r)?, r.get::<_, String>(3)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (org, role) = row?;
                if let Some(role) = OrgRole::parse(&role) {
                    out.push((org, role));
                }
            }
            Ok(out)
        })
    }

    /// Members of an organization.
    pub fn org_members(&self, org_id: i64) -> Result<Vec<MemberRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT u.id, u.username, u.display_name, m.role, u.disabled FROM memberships m
                 JOIN users u ON u.id = m.user_id WHERE m.org_id = ?1 ORDER BY u.username",
            )?;
            let rows = stmt.query_map([org_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get::<_, String>(3)?,
                    r.get(4)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (user_id, username, display_name, role, disabled) = row?;
                let role = OrgRole::parse(&role).unwrap_or(OrgRole::Viewer);
                out.push(MemberRow {
                    user_id,
                    username,
                    display_name,
                    role,
                    disabled,
                });
            }
            Ok(out)
        })
    }

    /// Changes a member's role; the last admin cannot be demoted.
    pub fn set_org_role(
        &self,
        org_id: i64,
        user_id: i64,
        role: OrgRole,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            let current = member_role(tx, org_id, user_id)?;
            if current == "admin" && role != OrgRole::Admin && admin_count(tx, org_id)? <= 1 {
                return Err(StoreError::Conflict(
                    "the last admin of an organization cannot be demoted".into(),
                ));
            }
            tx.execute(
                "UPDATE memberships SET role = ?1 WHERE org_id = ?2 AND user_id = ?3",
                params![role.as_str(), org_id, user_id],
            )?;
            Ok(())
        })
    }

    /// What [`crate::model::access::may_manage_member`] needs to know about a member's
    /// account; `None` if the user is not a member of the organization.
    pub fn member_facts(
        &self,
        org_id: i64,
        user_id: i64,
    ) -> Result<Option<MemberFacts>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT u.instance_admin,
                        (SELECT count(*) FROM memberships o WHERE o.user_id = u.id AND o.org_id != ?1)
                 FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.org_id = ?1 AND m.user_id = ?2")?.query_row(params![org_id, user_id],
                |r| Ok(MemberFacts { instance_admin: r.get(0)?, other_orgs: r.get(1)? }),
            )
            .optional()?)
        })
    }

    /// Removes a member from an organization: the membership, their space roles there and
    /// their API keys for it. The account itself stays (it may belong to other
    /// organizations). The last enabled admin cannot be removed.
    pub fn remove_member(
        &self,
        org_id: i64,
        user_id: i64,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let role = member_role(tx, org_id, user_id)?;
            let disabled: bool = tx.prepare_cached("SELECT disabled FROM users WHERE id = ?1")?.query_row([user_id], |r| r.get(0))?;
            if role == "admin" && !disabled && admin_count(tx, org_id)? <= 1 {
                return Err(StoreError::Conflict(
                    "the last admin of an organization cannot be removed".into(),
                ));
            }
            tx.execute(
                "DELETE FROM space_members WHERE user_id = ?1 AND space_id IN (SELECT id FROM spaces WHERE org_id = ?2)",
                params![user_id, org_id],
            )?;
            tx.execute(
                "UPDATE api_keys SET revoked_at = ?1 WHERE user_id = ?2 AND org_id = ?3 AND revoked_at IS NULL",
                params![now, user_id, org_id],
            )?;
            tx.execute(
                "DELETE FROM memberships WHERE org_id = ?1 AND user_id = ?2",
                params![org_id, user_id],
            )?;
            Ok(())
        })
    }

    /// Disables or enables a member; disabling ends their sessions at once. The last enabled
    /// admin cannot be disabled.
    pub fn set_user_disabled(
        &self,
        org_id: i64,
        user_id: i64,
        disabled: bool,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            let role = member_role(tx, org_id, user_id)?;
            if disabled && role == "admin" && admin_count(tx, org_id)? <= 1 {
                return Err(StoreError::Conflict(
                    "the last admin of an organization cannot be disabled".into(),
                ));
            }
            tx.execute(
                "UPDATE users SET disabled = ?1 WHERE id = ?2",
                params![disabled, user_id],
            )?;
            if disabled {
                tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            }
            Ok(())
        })
    }

    /// Spaces of an organization the user may see: every space but private ones they are not
    /// a member of (org admins see all).
    pub fn visible_spaces(
        &self,
        org_id: i64,
        user_id: i64,
        org_admin: bool,
    ) -> Result<Vec<SpaceRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT s.id, s.slug, s.name, s.visibility FROM spaces s WHERE s.org_id = ?1
                 AND (?3 OR s.visibility != 'private'
                      OR EXISTS (SELECT 1 FROM space_members sm WHERE sm.space_id = s.id AND sm.user_id = ?2))
                 ORDER BY s.visibility = 'default' DESC, s.slug",
            )?;
            let rows = stmt.query_map(params![org_id, user_id, org_admin], |r| {
                Ok(SpaceRow { id: r.get(0)?, slug: r.get(1)?, name: r.get(2)?, visibility: r.get(3)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Creates a space; its creator becomes its admin.
    pub fn create_space(
        &self,
        org_id: i64,
        slug: &str,
        name: &str,
        visibility: &str,
        creator: i64,
        event: &AuditEvent,
    ) -> Result<SpaceRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO spaces (org_id, slug, name, visibility, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![org_id, slug, name, visibility, now],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute("INSERT INTO space_members (space_id, user_id, role) VALUES (?1, ?2, 'admin')", params![id, creator])?;
            Ok(SpaceRow { id, slug: slug.into(), name: name.into(), visibility: visibility.into() })
        })
    }

    /// Creates another organization (with its default space) whose first admin is `admin`.
    pub fn create_org(
        &self,
        slug: &str,
        name: &str,
        admin: i64,
        event: &AuditEvent,
    ) -> Result<OrgRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            if org_by_slug_conn(tx, slug)?.is_some() {
                return Err(StoreError::Conflict(format!("the organization {slug:?} exists")));
            }
            tx.execute("INSERT INTO orgs (slug, name, created_at) VALUES (?1, ?2, ?3)", params![slug, name, now])?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO spaces (org_id, slug, name, visibility, created_at) VALUES (?1, 'default', 'Default', 'default', ?2)",
                params![id, now],
            )?;
            tx.execute("INSERT INTO memberships (org_id, user_id, role) VALUES (?1, ?2, 'admin')", params![id, admin])?;
            Ok(OrgRow { id, slug: slug.into(), name: name.into() })
        })
    }

    /// A space of an organization by slug.
    pub fn space_by_slug(&self, org_id: i64, slug: &str) -> Result<Option<SpaceRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT id, slug, name, visibility FROM spaces WHERE org_id = ?1 AND slug = ?2",
            )?
            .query_row(params![org_id, slug], |r| {
                Ok(SpaceRow {
                    id: r.get(0)?,
                    slug: r.get(1)?,
                    name: r.get(2)?,
                    visibility: r.get(3)?,
                })
            })
            .optional()?)
        })
    }

    /// Members of a space with their space role.
    pub fn space_members(&self, space_id: i64) -> Result<Vec<(i64, String, String)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT u.id, u.username, sm.role FROM space_members sm JOIN users u ON u.id = sm.user_id
                 WHERE sm.space_id = ?1 ORDER BY u.username",
            )?;
            let rows = stmt.query_map([space_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Adds or changes a space member (who must belong to the organization).
    pub fn set_space_member(
        &self,
        org_id: i64,
        space_id: i64,
        user_id: i64,
        role: &str,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            let member: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM memberships WHERE org_id = ?1 AND user_id = ?2)",
                )?
                .query_row(params![org_id, user_id], |r| r.get(0))?;
            if !member {
                return Err(StoreError::NotFound("member"));
            }
            tx.execute(
                "INSERT INTO space_members (space_id, user_id, role) VALUES (?1, ?2, ?3)
                 ON CONFLICT (space_id, user_id) DO UPDATE SET role = excluded.role",
                params![space_id, user_id, role],
            )?;
            Ok(())
        })
    }

    /// Removes a space member.
    pub fn remove_space_member(
        &self,
        space_id: i64,
        user_id: i64,
        event: &AuditEvent,
    ) -> Result<bool, StoreError> {
        self.audited(event, |tx| {
            Ok(tx.execute(
                "DELETE FROM space_members WHERE space_id = ?1 AND user_id = ?2",
                params![space_id, user_id],
            )? > 0)
        })
    }

    /// Deletes a space; the default space cannot be deleted.
    pub fn delete_space(&self, space: &SpaceRow, event: &AuditEvent) -> Result<(), StoreError> {
        if space.visibility == "default" {
            return Err(StoreError::Conflict(
                "the default space cannot be deleted".into(),
            ));
        }
        self.audited(event, |tx| {
            let held: bool = tx.prepare_cached("SELECT legal_hold FROM spaces WHERE id = ?1")?.query_row([space.id],
                |r| r.get(0),
            )?;
            if held {
                return Err(StoreError::Conflict(
                    "the space is under legal hold and cannot be deleted".into(),
                ));
            }
            // A space that still holds content is refused with what it holds (never a 500 on
            // the foreign keys): its artifacts (trash included) and packages go first.
            let mut held: Vec<String> = Vec::new();
            {
                let mut st = tx.prepare_cached(
                    "SELECT kind, deleted_at IS NOT NULL, count(*) FROM artifacts
                     WHERE space_id = ?1 GROUP BY 1, 2 ORDER BY 1, 2",
                )?;
                let rows = st.query_map([space.id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, bool>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                })?;
                for row in rows {
                    let (kind, trashed, n) = row?;
                    let plural = if n == 1 { "" } else { "s" };
                    held.push(if trashed {
                        format!("{n} {kind}{plural} in the trash")
                    } else {
                        format!("{n} {kind}{plural}")
                    });
                }
            }
            let packages: i64 = tx.prepare_cached("SELECT count(*) FROM packages WHERE space_id = ?1")?.query_row([space.id],
                |r| r.get(0),
            )?;
            if packages > 0 {
                held.push(format!(
                    "{packages} package{}",
                    if packages == 1 { "" } else { "s" }
                ));
            }
            let proposed: i64 = tx.prepare_cached("SELECT count(*) FROM proposals WHERE space_id = ?1 AND artifact_id IS NULL AND status = 'open'")?.query_row([space.id],
                |r| r.get(0),
            )?;
            if proposed > 0 {
                held.push(format!(
                    "{proposed} open proposal{} for new artifacts",
                    if proposed == 1 { "" } else { "s" }
                ));
            }
            if !held.is_empty() {
                return Err(StoreError::Conflict(format!(
                    "the space still holds {}: delete or purge them first",
                    held.join(", ")
                )));
            }
            tx.execute("DELETE FROM space_members WHERE space_id = ?1", [space.id])?;
            // Decided proposals for artifacts that never came to be go with the space.
            tx.execute(
                "DELETE FROM proposals WHERE space_id = ?1 AND artifact_id IS NULL",
                [space.id],
            )?;
            tx.execute(
                "UPDATE one_time_tokens SET space_id = NULL WHERE space_id = ?1",
                [space.id],
            )?;
            tx.execute("DELETE FROM spaces WHERE id = ?1", [space.id])?;
            Ok(())
        })
    }

    /// Stores an invitation or a password-reset token (hash only).
    #[allow(clippy::too_many_arguments)]
    pub fn new_token(
        &self,
        purpose: TokenPurpose,
        token_hash: &[u8],
        org_id: Option<i64>,
        user_id: Option<i64>,
        role: Option<&str>,
        space_id: Option<i64>,
        created_by: i64,
        ttl_secs: i64,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO one_time_tokens (token_hash, purpose, org_id, user_id, role, space_id, created_by, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![token_hash, purpose.as_str(), org_id, user_id, role, space_id, created_by, now, now + ttl_secs],
            )?;
            Ok(())
        })
    }

    /// Accepts an invitation: consumes the token, creates the user and the membership.
    pub fn accept_invite(
        &self,
        token_hash: &[u8],
        user: &NewUser<'_>,
        event: &AuditEvent,
    ) -> Result<(i64, i64), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let (t, org_id) = consume_invite(tx, token_hash, now)?;
            let user_id = insert_user(tx, user, now)?;
            add_invited_member(tx, &t, org_id, user_id)?;
            Ok((org_id, user_id))
        })
    }

    /// Uses a password-reset token: sets the new hash and ends every session of the user.
    pub fn reset_password(
        &self,
        token_hash: &[u8],
        new_hash: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let t = consume_token(tx, token_hash, TokenPurpose::Reset, now)?;
            let user_id = t
                .user_id
                .ok_or_else(|| StoreError::Refused("reset token without user".into()))?;
            // A link an organization admin issued (it names the organization) is void once the
            // account is no longer that organization's alone.
            if let Some(org_id) = t.org_id {
                let (instance_admin, elsewhere): (bool, bool) = tx.prepare_cached("SELECT instance_admin, EXISTS (SELECT 1 FROM memberships WHERE user_id = ?1 AND org_id != ?2)
                     FROM users WHERE id = ?1")?.query_row(params![user_id, org_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                if instance_admin || elsewhere {
                    return Err(StoreError::Refused(
                        "this link is invalid, expired or already used".into(),
                    ));
                }
            }
            tx.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![new_hash, user_id],
            )?;
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            Ok(user_id)
        })
    }
}

pub(super) fn insert_user(
    tx: &Connection,
    user: &NewUser<'_>,
    now: i64,
) -> Result<i64, StoreError> {
    let taken: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?1)")?
        .query_row([user.username], |r| r.get(0))?;
    if taken {
        return Err(StoreError::Conflict(format!(
            "the username {:?} is taken",
            user.username
        )));
    }
    tx.execute(
        "INSERT INTO users (username, display_name, password_hash, instance_admin, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user.username, user.display_name, user.password_hash, user.instance_admin, now],
    )?;
    Ok(tx.last_insert_rowid())
}

fn org_by_slug_conn(c: &Connection, slug: &str) -> Result<Option<OrgRow>, StoreError> {
    Ok(
        c.prepare_cached("SELECT id, slug, name FROM orgs WHERE slug = ?1")?
            .query_row([slug], org_from_row)
            .optional()?,
    )
}

/// An organization from a row whose first three columns are `id, slug, name`.
fn org_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OrgRow> {
    Ok(OrgRow {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
    })
}

fn admin_count(tx: &Connection, org_id: i64) -> Result<i64, StoreError> {
    Ok(tx
        .prepare_cached(
            "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.org_id = ?1 AND m.role = 'admin' AND u.disabled = 0",
        )?
        .query_row([org_id], |r| r.get(0))?)
}

/// Marks a valid one-time token used and returns it; unknown, used, expired or wrong-purpose
/// tokens are all refused with the same message.
/// Consumes an invitation token; answers it with the organization it invites to.
pub(super) fn consume_invite(
    tx: &Connection,
    token_hash: &[u8],
    now: i64,
) -> Result<(TokenRow, i64), StoreError> {
    let t = consume_token(tx, token_hash, TokenPurpose::Invite, now)?;
    let org_id = t
        .org_id
        .ok_or_else(|| StoreError::Refused("invitation without organization".into()))?;
    Ok((t, org_id))
}

/// Makes `user_id` a member of `org_id` as an invitation says: its role (member if none) and
/// its space, if it names one. Shared by a new account's and an existing account's accept.
pub(super) fn add_invited_member(
    tx: &Connection,
    t: &TokenRow,
    org_id: i64,
    user_id: i64,
) -> Result<OrgRole, StoreError> {
    let role = t
        .role
        .as_deref()
        .and_then(OrgRole::parse)
        .unwrap_or(OrgRole::Member);
    tx.execute(
        "INSERT INTO memberships (org_id, user_id, role) VALUES (?1, ?2, ?3)",
        params![org_id, user_id, role.as_str()],
    )?;
    if let Some(space) = t.space_id {
        tx.execute(
            "INSERT OR IGNORE INTO space_members (space_id, user_id, role) VALUES (?1, ?2, 'member')",
            params![space, user_id],
        )?;
    }
    Ok(role)
}

pub(super) fn consume_token(
    tx: &Connection,
    hash: &[u8],
    purpose: TokenPurpose,
    now: i64,
) -> Result<TokenRow, StoreError> {
    let row = tx
        .prepare_cached(
            "SELECT id, org_id, user_id, role, space_id FROM one_time_tokens
             WHERE token_hash = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3",
        )?
        .query_row(params![hash, purpose.as_str(), now], |r| {
            Ok(TokenRow {
                id: r.get(0)?,
                org_id: r.get(1)?,
                user_id: r.get(2)?,
                role: r.get(3)?,
                space_id: r.get(4)?,
            })
        })
        .optional()?
        .ok_or_else(|| {
            StoreError::Refused("this link is invalid, expired or already used".into())
        })?;
    tx.execute(
        "UPDATE one_time_tokens SET used_at = ?1 WHERE id = ?2",
        params![now, row.id],
    )?;
    Ok(row)
}

impl Store {
    /// Every user of the instance with the organizations they belong to.
    pub fn all_users(&self) -> Result<Vec<(UserRow, UserOrgs)>, StoreError> {
        let users: Vec<UserRow> = self.with(|c| {
            let mut stmt =
                c.prepare_cached(&format!("SELECT {USER_COLS} FROM users ORDER BY username"))?;
            let rows = stmt.query_map([], user_from_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })?;
        let mut out = Vec::new();
        for u in users {
            let orgs = self
                .user_orgs(u.id)?
                .into_iter()
                .map(|(o, r)| (o.slug, r))
                .collect();
            out.push((u, orgs));
        }
        Ok(out)
    }
}
