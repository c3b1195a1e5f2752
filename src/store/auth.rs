//! Sessions, API keys and the login throttle. Only SHA-256 hashes of tokens and keys are
//! stored; the clear values exist only in the response that hands them out.

use rusqlite::{OptionalExtension, params};

use crate::model::access::Scope;
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub id: i64,
    pub user_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen: i64,
    pub ip: String,
    pub user_agent: String,
}

/// An API key's stored facts (never the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyRow {
    pub id: i64,
    pub prefix: String,
    pub user_id: i64,
    pub org_id: i64,
    pub name: String,
    pub scope: Scope,
    pub spaces: Option<String>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A new API key's details.
#[derive(Debug, Clone)]
pub struct NewApiKey<'a> {
    pub key_hash: &'a [u8],
    pub prefix: &'a str,
    pub user_id: i64,
    pub org_id: i64,
    pub name: &'a str,
    pub scope: Scope,
    pub spaces: Option<&'a str>,
    pub expires_at: Option<i64>,
}

/// The login throttle's verdict for a username.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Throttle {
    /// Try the password.
    Allowed,
    /// Too soon after the last failures: retry after this many seconds.
    Wait(i64),
    /// Locked after too many failures within an hour, until this time.
    Locked(i64),
}

/// Failures before delays start.
pub const FREE_FAILURES: i64 = 3;
/// Longest delay between attempts, seconds.
pub const MAX_DELAY: i64 = 30;
/// Failures within an hour that lock the account for an hour.
pub const LOCK_AFTER: i64 = 100;

/// Delay after `failures` consecutive failures: none for the first three, then 1 s doubling
/// up to 30 s, so at most about 120 guesses an hour reach the lock at 100.
pub fn delay_after(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let exp = (failures - FREE_FAILURES).min(20) as u32;
    (1i64 << exp).min(MAX_DELAY)
}

const KEY_COLS: &str = "id, prefix, user_id, org_id, name, scope, spaces, created_at, expires_at, last_used_at, revoked_at";

fn key_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ApiKeyRow> {
    let scope: String = r.get(5)?;
    Ok(ApiKeyRow {
        id: r.get(0)?,
        prefix: r.get(1)?,
        user_id: r.get(2)?,
        org_id: r.get(3)?,
        name: r.get(4)?,
        scope: Scope::parse(&scope).unwrap_or(Scope::Read),
        spaces: r.get(6)?,
        created_at: r.get(7)?,
        expires_at: r.get(8)?,
        last_used_at: r.get(9)?,
        revoked_at: r.get(10)?,
    })
}

fn session_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SessionRow> {
    Ok(SessionRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        csrf_token: r.get(2)?,
        created_at: r.get(3)?,
        last_seen: r.get(4)?,
        ip: r.get(5)?,
        user_agent: r.get(6)?,
    })
}

const SESSION_COLS: &str = "id, user_id, csrf_token, created_at, last_seen, ip, user_agent";

impl Store {
    /// Reserves one password check for `username` (known or not, so both behave the same):
    /// if the schedule allows an attempt now, it is counted as a failure *before* the
    /// password is hashed, in one immediate transaction, so parallel guesses cannot all pass
    /// a check made before any of them is counted. A success clears the count
    /// ([`Store::login_succeeded`]); a failure is only audited ([`Store::login_failed`]).
    /// `Wait` and `Locked` reserve nothing.
    pub fn reserve_attempt(&self, username: &str) -> Result<Throttle, StoreError> {
        let now = self.clock.now_unix();
        self.with_write(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let row: Option<(i64, i64, i64, i64, bool)> = tx
                .prepare_cached("SELECT failures, window_start, hour_failures, blocked_until, locked
                     FROM login_throttle WHERE username = ?1")?
                .query_row([username],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let (failures, window_start, hour, until, locked) =
                row.unwrap_or((0, now, 0, 0, false));
            if until > now {
                return Ok(if locked {
                    Throttle::Locked(until)
                } else {
                    Throttle::Wait(until - now)
                });
            }
            let (window_start, hour) = if now - window_start >= 3600 {
                (now, 0)
            } else {
                (window_start, hour)
            };
            if hour >= LOCK_AFTER {
                // The attempts that reached the lock are still being checked (or the one
                // that should have locked it never finished): locked for this hour.
                return Ok(Throttle::Locked(window_start + 3600));
            }
            let failures = failures + 1;
            let hour = hour + 1;
            tx.execute(
                "INSERT INTO login_throttle (username, failures, window_start, hour_failures, blocked_until, locked)
                 VALUES (?1, ?2, ?3, ?4, ?5, 0)
                 ON CONFLICT (username) DO UPDATE SET failures = ?2, window_start = ?3, hour_failures = ?4,
                     blocked_until = ?5, locked = 0",
                params![username, failures, window_start, hour, now + delay_after(failures)],
            )?;
            tx.commit()?;
            Ok(Throttle::Allowed)
        })
    }

    /// Records a failed password check (already counted by [`Store::reserve_attempt`]) in
    /// the audit log, and locks the account for an hour once the failures within the hour
    /// reach [`LOCK_AFTER`]. Returns true if this failure locked the account.
    pub fn login_failed(&self, username: &str, event: &AuditEvent) -> Result<bool, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let row: Option<(i64, i64, bool)> = tx
                .prepare_cached("SELECT failures, hour_failures, locked FROM login_throttle WHERE username = ?1")?
                .query_row([username],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((failures, hour, false)) = row else {
                return Ok(false);
            };
            if hour < LOCK_AFTER {
                // The wait runs from the end of this check, not from its reservation: a slow
                // hash (a loaded host) must not use up the wait before the answer is sent.
                tx.execute(
                    "UPDATE login_throttle SET blocked_until = max(blocked_until, ?2) WHERE username = ?1",
                    params![username, now + delay_after(failures)],
                )?;
                return Ok(false);
            }
            tx.execute(
                "UPDATE login_throttle SET locked = 1, blocked_until = ?2 WHERE username = ?1",
                params![username, now + 3600],
            )?;
            Ok(true)
        })
    }

    /// Clears the throttle after a successful login (or an admin's release).
    pub fn login_succeeded(&self, username: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute("DELETE FROM login_throttle WHERE username = ?1", [username])?;
            Ok(())
        })
    }

    /// Releases a locked account (audited).
    pub fn release_lock(&self, username: &str, event: &AuditEvent) -> Result<bool, StoreError> {
        self.audited(event, |tx| {
            Ok(tx.execute("DELETE FROM login_throttle WHERE username = ?1", [username])? > 0)
        })
    }

    /// Creates a session (audited as a login).
    pub fn create_session(
        &self,
        user_id: i64,
        token_hash: &[u8],
        csrf: &str,
        ip: &str,
        user_agent: &str,
        event: &AuditEvent,
    ) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen, ip, user_agent)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)",
                params![token_hash, user_id, csrf, now, ip, user_agent],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The live session for a token hash, touched; expired sessions are deleted and `None`.
    pub fn session(
        &self,
        token_hash: &[u8],
        idle_secs: i64,
        max_secs: i64,
    ) -> Result<Option<SessionRow>, StoreError> {
        let now = self.clock.now_unix();
        let s = self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {SESSION_COLS} FROM sessions WHERE token_hash = ?1"
            ))?
            .query_row([token_hash], session_from_row)
            .optional()?)
        })?;
        let Some(s) = s else { return Ok(None) };
        // The writes (rare: an expiry, or a touch once a minute) take the writers' turn on
        // their own, so a read never holds a database slot while it waits for the write lock.
        if now - s.last_seen > idle_secs || now - s.created_at > max_secs {
            self.with_write(|c| {
                c.execute("DELETE FROM sessions WHERE id = ?1", [s.id])?;
                Ok(())
            })?;
            return Ok(None);
        }
        if now - s.last_seen >= 60 {
            self.with_write(|c| {
                c.execute(
                    "UPDATE sessions SET last_seen = ?1 WHERE id = ?2",
                    params![now, s.id],
                )?;
                Ok(())
            })?;
        }
        Ok(Some(s))
    }

    /// How many sessions are stored.
    pub fn count_sessions(&self) -> Result<i64, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT count(*) FROM sessions")?
                .query_row([], |r| r.get(0))?)
        })
    }

    /// A user's sessions.
    pub fn sessions_of(&self, user_id: i64) -> Result<Vec<SessionRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {SESSION_COLS} FROM sessions WHERE user_id = ?1 ORDER BY id"
            ))?;
            let rows = stmt.query_map([user_id], session_from_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Ends one of the user's sessions (audited). `false` if it was not theirs or gone.
    pub fn end_session(
        &self,
        user_id: i64,
        session_id: i64,
        event: &AuditEvent,
    ) -> Result<bool, StoreError> {
        self.audited(event, |tx| {
            Ok(tx.execute(
                "DELETE FROM sessions WHERE id = ?1 AND user_id = ?2",
                params![session_id, user_id],
            )? > 0)
        })
    }

    /// Stores a new API key (audited).
    pub fn create_api_key(&self, k: &NewApiKey<'_>, event: &AuditEvent) -> Result<i64, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            tx.execute(
                "INSERT INTO api_keys (key_hash, prefix, user_id, org_id, name, scope, spaces, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![k.key_hash, k.prefix, k.user_id, k.org_id, k.name, k.scope.as_str(), k.spaces, now, k.expires_at],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The usable key for a hash (not revoked, not expired), with its last use recorded.
    pub fn api_key(&self, key_hash: &[u8]) -> Result<Option<ApiKeyRow>, StoreError> {
        let now = self.clock.now_unix();
        let k = self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {KEY_COLS} FROM api_keys WHERE key_hash = ?1"
            ))?
            .query_row([key_hash], key_from_row)
            .optional()?)
        })?;
        let Some(k) = k else { return Ok(None) };
        if k.revoked_at.is_some() || k.expires_at.is_some_and(|e| e <= now) {
            return Ok(None);
        }
        // Recorded once a minute, as a write of its own (see `session`).
        if k.last_used_at.is_none_or(|t| now - t >= 60) {
            self.with_write(|c| {
                c.execute(
                    "UPDATE api_keys SET last_used_at = ?1 WHERE id = ?2",
                    params![now, k.id],
                )?;
                Ok(())
            })?;
        }
        Ok(Some(k))
    }

    /// A user's keys, newest first.
    pub fn api_keys_of(&self, user_id: i64) -> Result<Vec<ApiKeyRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {KEY_COLS} FROM api_keys WHERE user_id = ?1 ORDER BY id DESC"
            ))?;
            let rows = stmt.query_map([user_id], key_from_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Revokes one of the user's keys at once (audited). `false` if not theirs.
    pub fn revoke_api_key(
        &self,
        user_id: i64,
        key_id: i64,
        event: &AuditEvent,
    ) -> Result<bool, StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            Ok(tx.execute(
                "UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2 AND user_id = ?3 AND revoked_at IS NULL",
                params![now, key_id, user_id],
            )? > 0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_then_cap() {
        assert_eq!((0..3).map(delay_after).collect::<Vec<_>>(), vec![0, 0, 0]);
        assert_eq!(delay_after(3), 1);
        assert_eq!(delay_after(4), 2);
        assert_eq!(delay_after(7), 16);
        assert_eq!(delay_after(8), MAX_DELAY);
        assert_eq!(delay_after(99), MAX_DELAY);
    }
}
