//! AI providers of an organization and their usage (issue 21).
//!
//! Invariants:
//! - A provider's key lives only in the vault (`secret_name`); `config` never holds it.
//! - Usage rows count calls, errors and tokens per calendar month (UTC, `YYYY-MM`), user,
//!   feature, provider and model; the monthly budget is checked against their sum. A call's
//!   usage row and its audit row are written in one transaction.

use rusqlite::{OptionalExtension, params};

use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// A configured provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRow {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    /// `ai::settings::ProviderConfig` as JSON.
    pub config: String,
    pub secret_name: String,
    pub created_at: i64,
}

fn provider_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ProviderRow> {
    Ok(ProviderRow {
        id: r.get(0)?,
        org_id: r.get(1)?,
        name: r.get(2)?,
        config: r.get(3)?,
        secret_name: r.get(4)?,
        created_at: r.get(5)?,
    })
}

const COLS: &str = "id, org_id, name, config, secret_name, created_at";

/// One usage row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UsageRow {
    pub month: String,
    pub username: String,
    pub feature: String,
    pub provider: String,
    pub model: String,
    pub calls: i64,
    pub errors: i64,
    pub tokens_in: i64,
    pub tokens_out: i64,
}

/// An AI-written advisory review of a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    pub id: i64,
    pub proposal_id: i64,
    pub username: String,
    pub provider: String,
    pub model: String,
    /// JSON: `{summary, concerns, verdict}`.
    pub review: String,
    pub created_at: i64,
}

/// One organization's usage of one feature and model in a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageTotal {
    pub org: String,
    pub feature: String,
    pub model: String,
    pub calls: i64,
    pub errors: i64,
    pub tokens_in: i64,
    pub tokens_out: i64,
}

impl Store {
    /// Creates or replaces (by name) a provider of `org_id`, audited.
    pub fn put_ai_provider(
        &self,
        org_id: i64,
        name: &str,
        config: &str,
        secret_name: &str,
        event: &AuditEvent,
    ) -> Result<ProviderRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited_quiet(event, |tx| {
            tx.execute(
                "INSERT INTO ai_providers (org_id, name, config, secret_name, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (org_id, name) DO UPDATE SET config = excluded.config, secret_name = excluded.secret_name",
                params![org_id, name, config, secret_name, now],
            )?;
            Ok(tx.prepare_cached(&format!("SELECT {COLS} FROM ai_providers WHERE org_id = ?1 AND name = ?2"))?.query_row(params![org_id, name],
                provider_row,
            )?)
        })
    }

    /// The providers of `org_id`, by name.
    pub fn ai_providers(&self, org_id: i64) -> Result<Vec<ProviderRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLS} FROM ai_providers WHERE org_id = ?1 ORDER BY name"
            ))?;
            let rows = stmt.query_map([org_id], provider_row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// One provider by name.
    pub fn ai_provider(&self, org_id: i64, name: &str) -> Result<Option<ProviderRow>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(&format!(
                "SELECT {COLS} FROM ai_providers WHERE org_id = ?1 AND name = ?2"
            ))?
            .query_row(params![org_id, name], provider_row)
            .optional()?)
        })
    }

    /// Deletes a provider (its usage history stays), audited.
    pub fn delete_ai_provider(&self, id: i64, event: &AuditEvent) -> Result<(), StoreError> {
        self.audited_quiet(event, |tx| {
            tx.execute("DELETE FROM ai_providers WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Tokens (in + out) `org_id` used in `month`.
    pub fn ai_tokens_used(&self, org_id: i64, month: &str) -> Result<u64, StoreError> {
        self.with(|c| {
            let n: i64 = c.prepare_cached("SELECT coalesce(sum(tokens_in + tokens_out), 0) FROM ai_usage WHERE org_id = ?1 AND month = ?2")?.query_row(params![org_id, month],
                |r| r.get(0),
            )?;
            Ok(u64::try_from(n).unwrap_or(0))
        })
    }

    /// Adds one call to the usage counters and records `event` with it.
    pub fn record_ai_call(
        &self,
        org_id: i64,
        row: &UsageRow,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        self.audited_quiet(event, |tx| {
            tx.execute(
                "INSERT INTO ai_usage (org_id, month, username, feature, provider, model, calls, errors, tokens_in, tokens_out)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (org_id, month, username, feature, provider, model) DO UPDATE SET
                   calls = calls + excluded.calls, errors = errors + excluded.errors,
                   tokens_in = tokens_in + excluded.tokens_in, tokens_out = tokens_out + excluded.tokens_out",
                params![
                    org_id, row.month, row.username, row.feature, row.provider, row.model,
                    row.calls, row.errors, row.tokens_in, row.tokens_out
                ],
            )?;
            Ok(())
        })
    }

    /// Usage rows of `org_id` for `month` (every month when `None`), newest month first.
    pub fn ai_usage(&self, org_id: i64, month: Option<&str>) -> Result<Vec<UsageRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT month, username, feature, provider, model, calls, errors, tokens_in, tokens_out
                 FROM ai_usage WHERE org_id = ?1 AND (?2 IS NULL OR month = ?2)
                 ORDER BY month DESC, username, feature, provider, model",
            )?;
            let rows = stmt.query_map(params![org_id, month], |r| {
                Ok(UsageRow {
                    month: r.get(0)?,
                    username: r.get(1)?,
                    feature: r.get(2)?,
                    provider: r.get(3)?,
                    model: r.get(4)?,
                    calls: r.get(5)?,
                    errors: r.get(6)?,
                    tokens_in: r.get(7)?,
                    tokens_out: r.get(8)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Stores an AI-written review of a proposal, audited.
    pub fn add_ai_review(
        &self,
        proposal_id: i64,
        username: &str,
        provider: &str,
        model: &str,
        review: &str,
        event: &AuditEvent,
    ) -> Result<ReviewRow, StoreError> {
        let now = self.clock.now_unix();
        self.audited_quiet(event, |tx| {
            tx.execute(
                "INSERT INTO ai_reviews (proposal_id, username, provider, model, review, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![proposal_id, username, provider, model, review, now],
            )?;
            Ok(ReviewRow {
                id: tx.last_insert_rowid(),
                proposal_id,
                username: username.into(),
                provider: provider.into(),
                model: model.into(),
                review: review.into(),
                created_at: now,
            })
        })
    }

    /// The AI reviews of a proposal, oldest first.
    pub fn ai_reviews(&self, proposal_id: i64) -> Result<Vec<ReviewRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT id, proposal_id, username, provider, model, review, created_at
                 FROM ai_reviews WHERE proposal_id = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([proposal_id], |r| {
                Ok(ReviewRow {
                    id: r.get(0)?,
                    proposal_id: r.get(1)?,
                    username: r.get(2)?,
                    provider: r.get(3)?,
                    model: r.get(4)?,
                    review: r.get(5)?,
                    created_at: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Usage of every organization in `month`, for /metrics.
    pub fn ai_usage_totals(&self, month: &str) -> Result<Vec<UsageTotal>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT o.slug, u.feature, u.model, sum(u.calls), sum(u.errors), sum(u.tokens_in), sum(u.tokens_out)
                 FROM ai_usage u JOIN orgs o ON o.id = u.org_id WHERE u.month = ?1
                 GROUP BY o.slug, u.feature, u.model ORDER BY 1, 2, 3",
            )?;
            let rows = stmt.query_map([month], |r| {
                Ok(UsageTotal {
                    org: r.get(0)?,
                    feature: r.get(1)?,
                    model: r.get(2)?,
                    calls: r.get(3)?,
                    errors: r.get(4)?,
                    tokens_in: r.get(5)?,
                    tokens_out: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }
}
