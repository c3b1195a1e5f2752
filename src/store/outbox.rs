//! People's mail addresses, their notification opt-out, and the mail outbox: a notification
//! is queued for each recipient in the transaction that decides who they are, and the mail
//! worker (`ops/mailer.rs`) sends what is due. Nothing is queued while no relay is switched
//! on, nor for a person without an address, disabled, or opted out.

use rusqlite::{Connection, OptionalExtension, params};

use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// Who a notification goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The enabled admins of an organization.
    OrgAdmins(i64),
    /// The enabled instance administrators.
    InstanceAdmins,
    /// One person.
    User(i64),
}

/// A message due to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub id: i64,
    pub to: String,
    pub name: String,
    pub purpose: String,
    pub subject: String,
    pub body: String,
    /// Where in the UI it points (`/#/acme/web/proposals/3`), completed with the server's
    /// public URL when sent.
    pub link: String,
    pub attempts: i64,
}

/// A notification to queue.
pub struct Note<'a> {
    pub purpose: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub link: &'a str,
    /// A username not to tell (the person who did it).
    pub except: &'a str,
}

/// Queues `note` for everyone in `audience` who can get it, inside the caller's transaction;
/// answers how many.
pub(super) fn queue(
    c: &Connection,
    audience: Audience,
    note: &Note<'_>,
    now: i64,
) -> Result<usize, StoreError> {
    let (who, arg) = match audience {
        Audience::OrgAdmins(org) => (
            "SELECT m.user_id FROM memberships m WHERE m.org_id = ?6 AND m.role = 'admin'",
            org,
        ),
        Audience::InstanceAdmins => (
            "SELECT id FROM users WHERE instance_admin = 1 AND ?6 = ?6",
            0,
        ),
        Audience::User(id) => ("SELECT ?6", id),
    };
    Ok(c.execute(
        &format!(
            "INSERT INTO mail_outbox (user_id, purpose, subject, body, link, created_at, next_at)
             SELECT u.id, ?1, ?2, ?3, ?4, ?5, ?5 FROM users u
             WHERE u.id IN ({who}) AND u.username != ?7 AND {REACHABLE} AND {MAIL_ON}"
        ),
        params![
            note.purpose,
            note.subject,
            note.body,
            note.link,
            now,
            arg,
            note.except
        ],
    )?)
}

/// What happened to a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalNews {
    Filed,
    Decided,
}

/// Queues the news of proposal `id`: filed, to its organization's admins (not the author);
/// decided, to its author (not the reviewer).
pub(super) fn proposal(
    c: &Connection,
    id: i64,
    news: ProposalNews,
    now: i64,
) -> Result<(), StoreError> {
    let row = c
        .prepare_cached(
            "SELECT o.id, o.slug, o.name, s.slug, p.kind, p.slug, p.author, p.status,
                    coalesce(p.decided_by, ''), coalesce(p.comment, ''),
                    (SELECT u.id FROM users u WHERE u.username = p.author)
             FROM proposals p JOIN spaces s ON s.id = p.space_id JOIN orgs o ON o.id = s.org_id
             WHERE p.id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<i64>>(10)?,
            ))
        })
        .optional()?;
    let Some((
        org_id,
        org,
        org_name,
        space,
        kind,
        slug,
        author,
        status,
        reviewer,
        comment,
        author_id,
    )) = row
    else {
        return Ok(());
    };
    let link = format!("/#/{org}/{space}/proposals/{id}");
    match news {
        ProposalNews::Filed => {
            let subject =
                format!("Proposal #{id} waiting for review: {kind} {slug} in {org}/{space}");
            let body = format!(
                "{author} proposed a change to the {kind} {slug} in {org_name} / {space}.\n\nAn organization admin reviews it: accept, edit then accept, or reject with a comment.\n"
            );
            queue(
                c,
                Audience::OrgAdmins(org_id),
                &Note {
                    purpose: "proposal.filed",
                    subject: &subject,
                    body: &body,
                    link: &link,
                    except: &author,
                },
                now,
            )?;
        }
        ProposalNews::Decided => {
            let Some(author_id) = author_id else {
                return Ok(());
            };
            let subject = format!("Proposal #{id} {status}: {kind} {slug} in {org}/{space}");
            let said = if comment.is_empty() {
                String::new()
            } else {
                format!("\n\nTheir comment:\n{comment}\n")
            };
            let body = format!(
                "{reviewer} {status} your proposal for the {kind} {slug} in {org_name} / {space}.{said}\n"
            );
            queue(
                c,
                Audience::User(author_id),
                &Note {
                    purpose: "proposal.decided",
                    subject: &subject,
                    body: &body,
                    link: &link,
                    except: &reviewer,
                },
                now,
            )?;
        }
    }
    Ok(())
}

/// Attempts before a message is given up.
pub const MAX_ATTEMPTS: i64 = 6;

/// The condition that a relay is switched on (the `mail.smtp` setting's `enabled`).
const MAIL_ON: &str = "EXISTS (SELECT 1 FROM settings WHERE key = 'mail.smtp' AND json_extract(value, '$.enabled') = 1)";

/// Recipients: enabled, with an address, not opted out.
const REACHABLE: &str = "u.disabled = 0 AND u.email IS NOT NULL AND u.mail_opt_out = 0";

/// Queues, to the organization's admins, that distribution job `job` failed for good.
pub(super) fn distribution_failed(
    c: &Connection,
    job: i64,
    detail: &str,
    now: i64,
) -> Result<(), StoreError> {
    let row: Option<(i64, String, String, String)> = c
        .prepare_cached("SELECT j.org_id, o.slug, t.repo, t.branch FROM git_jobs j JOIN orgs o ON o.id = j.org_id
             JOIN git_targets t ON t.id = j.target_id WHERE j.id = ?1")?
        .query_row([job],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((org_id, org, repo, branch)) = row else {
        return Ok(());
    };
    let subject = format!("Distribution to {repo} failed ({org})");
    let detail: String = detail
        .chars()
        .filter(|c| !c.is_control())
        .take(500)
        .collect();
    let body = format!(
        "Distribution job {job} to {repo} (branch {branch}) failed and will not be retried:\n{detail}\n\nFix the cause (connection, credentials, target), then distribute again.\n"
    );
    let link = "/#/distribution";
    queue(
        c,
        Audience::OrgAdmins(org_id),
        &Note {
            purpose: "distribution.failed",
            subject: &subject,
            body: &body,
            link,
            except: "",
        },
        now,
    )?;
    Ok(())
}

/// Keeps the address an identity system sent (an IdP claim, the directory, SCIM).
pub(super) fn take_email(c: &Connection, user: i64, email: &str) -> Result<(), StoreError> {
    c.execute(
        "UPDATE users SET email = ?1 WHERE id = ?2 AND email IS NOT ?1",
        params![email, user],
    )?;
    Ok(())
}

impl Store {
    /// A person's address and whether they opted out of notifications.
    pub fn mail_prefs(&self, user: i64) -> Result<(Option<String>, bool), StoreError> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT email, mail_opt_out FROM users WHERE id = ?1")?
                    .query_row([user], |r| Ok((r.get(0)?, r.get(1)?)))?,
            )
        })
    }

    /// Sets a person's address (`None` removes it) and opt-out, audited.
    pub fn set_mail_prefs(
        &self,
        user: i64,
        email: Option<&str>,
        opt_out: bool,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            tx.execute(
                "UPDATE users SET email = ?1, mail_opt_out = ?2 WHERE id = ?3",
                params![email, opt_out, user],
            )?;
            Ok(())
        })
    }

    /// Queues a notification for everyone in `audience` who can get it; answers how many.
    pub fn notify(&self, audience: Audience, note: &Note<'_>) -> Result<usize, StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| queue(c, audience, note, now))
    }

    /// Messages due now (oldest first), with the recipient's current address. Messages whose
    /// recipient can no longer get mail are dropped.
    pub fn due_mail(&self, limit: usize) -> Result<Vec<Outgoing>, StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| {
            // The worker asks every few seconds: an empty outbox costs one read, no write.
            let queued: bool = c.prepare_cached("SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE status = 'queued')")?.query_row([],
                |r| r.get(0),
            )?;
            if !queued {
                return Ok(Vec::new());
            }
            c.execute(
                &format!(
                    "UPDATE mail_outbox SET status = 'failed', done_at = ?1, body = '',
                         error = 'the recipient can no longer get mail'
                     WHERE status = 'queued' AND user_id NOT IN (SELECT u.id FROM users u WHERE {REACHABLE})"
                ),
                [now],
            )?;
            let mut stmt = c.prepare_cached(
                "SELECT o.id, u.email, u.display_name, o.purpose, o.subject, o.body, o.link, o.attempts
                 FROM mail_outbox o JOIN users u ON u.id = o.user_id
                 WHERE o.status = 'queued' AND o.next_at <= ?1 ORDER BY o.id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![now, limit as i64], |r| {
                Ok(Outgoing {
                    id: r.get(0)?,
                    to: r.get(1)?,
                    name: r.get(2)?,
                    purpose: r.get(3)?,
                    subject: r.get(4)?,
                    body: r.get(5)?,
                    link: r.get(6)?,
                    attempts: r.get(7)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Records a send: done (the body is dropped), or failed (tried again at `retry_at`, or
    /// given up after [`MAX_ATTEMPTS`]).
    pub fn mail_attempted(
        &self,
        id: i64,
        error: Option<&str>,
        retry_at: i64,
    ) -> Result<(), StoreError> {
        let now = self.clock.now_unix();
        self.with(|c| {
            match error {
                None => c.execute(
                    "UPDATE mail_outbox SET status = 'sent', done_at = ?1, body = '', attempts = attempts + 1, error = NULL WHERE id = ?2",
                    params![now, id],
                )?,
                Some(e) => c.execute(
                    "UPDATE mail_outbox SET attempts = attempts + 1, error = ?1, next_at = ?2,
                         status = CASE WHEN attempts + 1 >= ?3 THEN 'failed' ELSE 'queued' END,
                         done_at = CASE WHEN attempts + 1 >= ?3 THEN ?4 ELSE NULL END,
                         body = CASE WHEN attempts + 1 >= ?3 THEN '' ELSE body END
                     WHERE id = ?5",
                    params![e, retry_at, MAX_ATTEMPTS, now, id],
                )?,
            };
            Ok(())
        })
    }

    /// The outbox's counts by status (for Admin › Mail).
    pub fn outbox_counts(&self) -> Result<(i64, i64, i64), StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'sent'),
                        count(*) FILTER (WHERE status = 'failed') FROM mail_outbox")?.query_row([],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?)
        })
    }

    /// The last error of a message that failed for good, if any (for Admin › Mail).
    pub fn outbox_last_error(&self) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT error FROM mail_outbox WHERE error IS NOT NULL ORDER BY id DESC LIMIT 1",
            )?
            .query_row([], |r| r.get(0))
            .optional()?)
        })
    }
}
