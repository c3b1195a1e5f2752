//! Invitations taken up by accounts that already exist, and the binding of an invitation to
//! one account. An invitation with a `user_id` is for that account alone: a different
//! signed-in user, or a new account, cannot accept it. (Accepting with a new account is
//! `Store::accept_invite` in `accounts.rs`.)

use rusqlite::{OptionalExtension, params};

use crate::model::access::OrgRole;
use crate::store::accounts::{TokenPurpose, add_invited_member, consume_invite};
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A usable invitation as seen before accepting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InviteFacts {
    pub org_id: i64,
    /// The one account it was issued for, if it is bound.
    pub bound_to: Option<i64>,
}

impl Store {
    /// The facts of an unused, unexpired invitation (`None`: invalid, expired or used).
    /// Nothing is consumed.
    pub fn invite_facts(&self, token_hash: &[u8]) -> Result<Option<InviteFacts>, StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT org_id, user_id FROM one_time_tokens
                 WHERE token_hash = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3
                   AND org_id IS NOT NULL",
            )?
            .query_row(
                params![token_hash, TokenPurpose::Invite.as_str(), now],
                |r| {
                    Ok(InviteFacts {
                        org_id: r.get(0)?,
                        bound_to: r.get(1)?,
                    })
                },
            )
            .optional()?)
        })
    }

    /// An existing account accepts an invitation: the token is consumed and `user_id` joins
    /// the organization with the invited role (and the invited space, if any). Refused when
    /// the invitation is bound to another account, and a conflict when the user already
    /// belongs to the organization (the token then stays unused).
    pub fn join_by_invite(
        &self,
        token_hash: &[u8],
        user_id: i64,
        event: &AuditEvent,
    ) -> Result<(i64, OrgRole), StoreError> {
        let now = self.clock.now_unix();
        self.audited(event, |tx| {
            let (t, org_id) = consume_invite(tx, token_hash, now)?;
            if t.user_id.is_some_and(|bound| bound != user_id) {
                return Err(StoreError::Refused(
                    "this invitation was issued to another account".into(),
                ));
            }
            let member: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM memberships WHERE org_id = ?1 AND user_id = ?2)",
                )?
                .query_row(params![org_id, user_id], |r| r.get(0))?;
            if member {
                return Err(StoreError::Conflict(
                    "you already belong to this organization".into(),
                ));
            }
            let role = add_invited_member(tx, &t, org_id, user_id)?;
            Ok((org_id, role))
        })
    }
}
