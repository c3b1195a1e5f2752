//! Sealed secrets as rows: only the sealed forms (`secrets::envelope`) are stored, with a short
//! hint and who set them. Sealing happens inside the write transaction, after the row id is
//! known, because the id is bound into the seal.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::secrets::envelope::{Binding, Sealed};
use crate::store::audit::AuditEvent;
use crate::store::{Store, StoreError};

/// The table name bound into every seal.
pub const TABLE: &str = "secrets";
/// The column name bound into every seal.
pub const COLUMN: &str = "value";

/// What may be shown about a secret: never its value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SecretMeta {
    pub name: String,
    pub set: bool,
    pub hint: String,
    pub updated_at: String,
    pub updated_by: String,
    /// Which secrets key sealed it (a fingerprint, not the key).
    pub key_id: String,
}

/// The binding of row `id` holding secret `name`.
pub fn binding(id: i64, name: &str) -> Binding<'_> {
    Binding {
        table: TABLE,
        row: id,
        column: COLUMN,
        name,
    }
}

impl Store {
    /// Stores (or replaces) secret `name`, sealing it for its row with `seal`, audited.
    pub fn put_secret(
        &self,
        name: &str,
        hint: &str,
        actor: &str,
        seal: impl FnOnce(Binding<'_>) -> Result<Sealed, StoreError>,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let at = self.clock.now_rfc3339();
        self.audited(event, |tx| {
            let id: i64 = match tx
                .prepare_cached("SELECT id FROM secrets WHERE name = ?1")?
                .query_row([name], |r| {
                    r.get(0)
                })
                .optional()?
            {
                Some(id) => id,
                None => {
                    tx.execute(
                        "INSERT INTO secrets (name, key_id, wrapped_key, ciphertext, hint, updated_at, updated_by)
                         VALUES (?1, '', x'', x'', '', ?2, ?3)",
                        params![name, at, actor],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let sealed = seal(binding(id, name))?;
            tx.execute(
                "UPDATE secrets SET key_id = ?2, wrapped_key = ?3, ciphertext = ?4, hint = ?5,
                 updated_at = ?6, updated_by = ?7 WHERE id = ?1",
                params![
                    id,
                    sealed.key_id,
                    sealed.wrapped_key,
                    sealed.ciphertext,
                    hint,
                    at,
                    actor
                ],
            )?;
            Ok(())
        })
    }

    /// Removes secret `name`, audited.
    pub fn delete_secret(&self, name: &str, event: &AuditEvent) -> Result<(), StoreError> {
        self.audited(event, |tx| {
            if tx.execute("DELETE FROM secrets WHERE name = ?1", [name])? == 0 {
                return Err(StoreError::NotFound("secret"));
            }
            Ok(())
        })
    }

    /// What may be shown about every secret whose name starts with `prefix`.
    pub fn list_secrets(&self, prefix: &str) -> Result<Vec<SecretMeta>, StoreError> {
        self.with(|c| {
            let mut st = c.prepare_cached(
                "SELECT name, hint, updated_at, updated_by, key_id FROM secrets
                 WHERE substr(name, 1, length(?1)) = ?1 ORDER BY name",
            )?;
            let rows = st.query_map([prefix], |r| {
                Ok(SecretMeta {
                    name: r.get(0)?,
                    set: true,
                    hint: r.get(1)?,
                    updated_at: r.get(2)?,
                    updated_by: r.get(3)?,
                    key_id: r.get(4)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// What may be shown about secret `name`.
    pub fn secret_meta(&self, name: &str) -> Result<Option<SecretMeta>, StoreError> {
        Ok(self
            .list_secrets(name)?
            .into_iter()
            .find(|m| m.name == name))
    }

    /// The sealed form of secret `name` and its row id (for opening inside the egress client).
    pub fn sealed_secret(&self, name: &str) -> Result<Option<(i64, Sealed)>, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT id, key_id, wrapped_key, ciphertext FROM secrets WHERE name = ?1",
            )?
            .query_row([name], sealed_row)
            .optional()?)
        })
    }

    /// How many sealed values exist (a secrets key may only be created while there are none).
    pub fn secret_count(&self) -> Result<i64, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT count(*) FROM secrets")?
                .query_row([], |r| r.get(0))?)
        })
    }

    /// Re-seals every secret with `reseal` in one transaction (key rotation), audited. Either
    /// every row moves to the new key or none does.
    pub fn reseal_all(
        &self,
        mut reseal: impl FnMut(i64, &str, &Sealed) -> Result<Sealed, StoreError>,
        event: &AuditEvent,
    ) -> Result<usize, StoreError> {
        self.audited(event, |tx| reseal_rows(tx, &mut reseal))
    }
}

fn reseal_rows(
    tx: &Transaction<'_>,
    reseal: &mut impl FnMut(i64, &str, &Sealed) -> Result<Sealed, StoreError>,
) -> Result<usize, StoreError> {
    let rows: Vec<(String, (i64, Sealed))> = {
        let mut st =
            tx.prepare_cached("SELECT id, key_id, wrapped_key, ciphertext, name FROM secrets")?;
        let it = st.query_map([], |r| Ok((r.get(4)?, sealed_row(r)?)))?;
        it.collect::<Result<Vec<_>, _>>()?
    };
    for (name, (id, sealed)) in &rows {
        let new = reseal(*id, name, sealed)?;
        tx.execute(
            "UPDATE secrets SET key_id = ?2, wrapped_key = ?3, ciphertext = ?4 WHERE id = ?1",
            params![id, new.key_id, new.wrapped_key, new.ciphertext],
        )?;
    }
    Ok(rows.len())
}

/// `(id, sealed)` from a row of `SELECT id, key_id, wrapped_key, ciphertext`.
fn sealed_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, Sealed)> {
    Ok((
        r.get(0)?,
        Sealed {
            key_id: r.get(1)?,
            wrapped_key: r.get(2)?,
            ciphertext: r.get(3)?,
        },
    ))
}
