//! The durability probe: a write loop an operator runs to prove that acknowledged writes
//! survive a crash on this storage (a USB disk or network mount may lie about fsync).
//! `rulebook db probe` prints each id only after its transaction committed.

use crate::clock::Clock;
use crate::store::{Store, StoreError};

/// Writes probe rows, one transaction each.
pub struct ProbeWriter<'a> {
    store: &'a Store,
    clock: Clock,
}

impl<'a> ProbeWriter<'a> {
    /// A writer on `store`.
    pub fn new(store: &'a Store, clock: Clock) -> Self {
        ProbeWriter { store, clock }
    }

    /// Commits one row and returns its id once durable.
    pub fn write(&self, payload: &str) -> Result<i64, StoreError> {
        let now = self.clock.now_rfc3339();
        self.store.with(|c| {
            c.execute(
                "INSERT INTO durability_probe (payload, written_at) VALUES (?1, ?2)",
                rusqlite::params![payload, now],
            )?;
            Ok(c.last_insert_rowid())
        })
    }

    /// Ids of every probe row present.
    pub fn ids(&self) -> Result<Vec<i64>, StoreError> {
        self.store.with(|c| {
            let mut stmt = c.prepare("SELECT id FROM durability_probe ORDER BY id")?;
            let ids = stmt
                .query_map([], |r| r.get(0))?
                .collect::<Result<Vec<i64>, _>>()?;
            Ok(ids)
        })
    }
}
