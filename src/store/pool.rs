//! `Store`: the opened, migrated database and a small pool of connections to it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::Connection;

use crate::clock::Clock;
use crate::crypto::{DbKey, hex};
use crate::store::audit::AuditKey;
use crate::store::migrations::{self, SchemaStatus};
use crate::store::open::{OpenMode, open_connection};
use crate::store::slots::Slots;
use crate::store::verify::{self, VerifyReport};
use crate::store::{StoreError, keycheck};

/// Idle connections kept for reuse (more when the cap on database threads is higher: each
/// slot then keeps a warm connection rather than reopening one).
const MAX_IDLE: usize = 16;

/// The open database.
pub struct Store {
    path: PathBuf,
    key: DbKey,
    idle: Mutex<Vec<Connection>>,
    /// The cap on threads working in the database at once (none unless the server sets one;
    /// see [`Store::limit_database_threads`]).
    slots: Slots,
    pub(crate) clock: Clock,
    pub(crate) audit_key: Option<AuditKey>,
    /// Check every page before the checkpoint that closing the last connection runs, and
    /// skip it on damage (the server sets this; see [`Store::guard_checkpoint`]).
    guard_close: bool,
    /// Set when the server started on a broken audit chain (`--accept-broken-audit`).
    audit_warning: Mutex<Option<String>>,
    /// Bumped by every committed audited write that changes something (not by an event
    /// recorded on its own, `Store::audit`): caches of content (the MCP server's compiled
    /// scopes) are valid while it stays the same. Every content change is audited.
    generation: std::sync::atomic::AtomicU64,
    /// When the generation last changed (Unix seconds; 0 until the first write).
    changed_at: std::sync::atomic::AtomicI64,
}

impl Store {
    /// The content generation: changes whenever an audited write commits.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    pub(crate) fn bump_generation(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        self.changed_at
            .store(self.clock.now_unix(), std::sync::atomic::Ordering::Release);
    }

    /// Seconds since the last audited write of this process (`None` before the first).
    pub fn seconds_since_change(&self) -> Option<i64> {
        match self.changed_at.load(std::sync::atomic::Ordering::Acquire) {
            0 => None,
            t => Some((self.clock.now_unix() - t).max(0)),
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (or, with [`OpenMode::Create`], creates) the database, refuses a newer schema,
    /// applies pending migrations, and records the key-check and instance id.
    pub fn open(
        path: &Path,
        key: DbKey,
        mode: OpenMode,
        clock: &Clock,
    ) -> Result<Store, StoreError> {
        let mut conn = open_connection(path, &key, mode)?;
        migrations::migrate(&mut conn, &clock.now_rfc3339())?;
        let instance: Option<String> = conn
            .prepare_cached("SELECT value FROM meta WHERE key = 'instance_id'")?
            .query_row([], |r| r.get(0))
            .ok();
        if instance.is_none() {
            let id: [u8; 16] =
                crate::clock::random_bytes().map_err(|e| StoreError::Io(e.to_string()))?;
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('instance_id', ?1), ('created_at', ?2)",
                rusqlite::params![hex::encode(&id), clock.now_rfc3339()],
            )?;
        }
        // The key opened the database, so it is the right key: (re)write its key-check.
        if keycheck::matches(path, &key) != Some(true) {
            keycheck::write(path, &key)?;
        }
        Ok(Store {
            path: path.to_path_buf(),
            key,
            idle: Mutex::new(vec![conn]),
            slots: Slots::new(0),
            clock: clock.clone(),
            audit_key: None,
            guard_close: false,
            audit_warning: Mutex::new(None),
            generation: std::sync::atomic::AtomicU64::new(0),
            changed_at: std::sync::atomic::AtomicI64::new(0),
        })
    }

    /// Sets the key that chains audit rows; writes that record audit events need it.
    pub fn with_audit_key(mut self, key: AuditKey) -> Store {
        self.audit_key = Some(key);
        self
    }

    /// Whether any audit row exists (an audit key must then already exist too).
    pub fn has_audit_rows(&self) -> Result<bool, StoreError> {
        self.with(|c| {
            Ok(c.prepare_cached("SELECT EXISTS (SELECT 1 FROM audit_log)")?
                .query_row([], |r| r.get(0))?)
        })
    }

    /// Opens without migrating (for status and verification of any version this binary
    /// can read); a newer schema is still refused.
    pub fn open_unmigrated(path: &Path, key: DbKey) -> Result<Store, StoreError> {
        let conn = open_connection(path, &key, OpenMode::Existing)?;
        let current = migrations::user_version(&conn)?;
        if current > migrations::LATEST_SCHEMA {
            return Err(StoreError::SchemaTooNew {
                found: current,
                supported: migrations::LATEST_SCHEMA,
            });
        }
        Ok(Store {
            path: path.to_path_buf(),
            key,
            idle: Mutex::new(vec![conn]),
            slots: Slots::new(0),
            clock: Clock::system(),
            audit_key: None,
            guard_close: false,
            audit_warning: Mutex::new(None),
            generation: std::sync::atomic::AtomicU64::new(0),
            changed_at: std::sync::atomic::AtomicI64::new(0),
        })
    }

    /// The database key (backups verify their snapshot with it).
    pub fn db_key(&self) -> &DbKey {
        &self.key
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// At most `threads` threads work in the database at once (0: no cap); the others wait
    /// for a slot, and answer `Busy` after ten seconds. Writers also queue for one turn
    /// ([`Store::with_write`]). A backup's snapshot and verification do not count: they hold
    /// their connection for seconds, on the backup thread's lower CPU priority
    /// (`ops::priority`), and a slow backup volume must not hold a slot meanwhile.
    pub fn limit_database_threads(mut self, threads: usize) -> Store {
        self.slots = Slots::new(threads);
        self
    }

    /// The cap on threads in the database (0: none) and how often a caller waited for it.
    pub fn database_threads(&self) -> (usize, u64) {
        (self.slots.max(), self.slots.waits())
    }

    /// Runs `f` with a pooled connection, in one of the slots [`Store::limit_database_threads`]
    /// allows.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _slot = self.slots.acquire()?;
        self.with_unmetered(f)
    }

    /// [`Store::with`] for work that takes SQLite's write lock (an immediate transaction):
    /// it waits for the writers' turn before it takes a slot, so writers queue without
    /// holding slots that readers need.
    pub(crate) fn with_write<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _slot = self.slots.acquire_write()?;
        self.with_unmetered(f)
    }

    /// Runs `f` with a pooled connection outside the cap on database threads: for
    /// maintenance that holds its connection for seconds (see [`Store::limit_database_threads`]).
    fn with_unmetered<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let pooled = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let mut conn = match pooled {
            Some(c) => c,
            None => open_connection(&self.path, &self.key, OpenMode::Existing)?,
        };
        let result = f(&mut conn);
        if conn.is_autocommit()
            && let Ok(mut idle) = self.idle.lock()
            && idle.len() < MAX_IDLE.max(self.slots.max() + 4)
        {
            idle.push(conn);
        }
        result
    }

    /// Schema versions.
    pub fn schema_status(&self) -> Result<SchemaStatus, StoreError> {
        self.with(|c| migrations::status(c))
    }

    /// Full verification (integrity, page HMACs, invariants).
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        self.with_unmetered(|c| verify::verify(c))
    }

    /// Cheap readiness check: the database answers and the write lock can be taken.
    pub fn ready(&self) -> Result<(), StoreError> {
        self.with_write(|c| {
            c.execute_batch("BEGIN IMMEDIATE; ROLLBACK;")?;
            Ok(())
        })
    }

    /// A value from the instance metadata.
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.with(|c| {
            match c
                .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
                .query_row([key], |r| r.get(0))
            {
                Ok(v) => Ok(Some(v)),
                Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Size of the database file in bytes (main file plus WAL).
    pub fn size_bytes(&self) -> u64 {
        let main = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        main + std::fs::metadata(PathBuf::from(wal))
            .map(|m| m.len())
            .unwrap_or(0)
    }

    /// Checkpoints the WAL into the main file and closes every pooled connection. A damaged
    /// file is not checkpointed into (see [`Store::guard_checkpoint`]).
    pub fn close(self) -> Result<(), StoreError> {
        let conns = self.take_idle();
        if let Some(first) = conns.first() {
            let damaged = verify::damaged_pages(first)?;
            if !damaged.is_empty() {
                no_checkpoint_on_close(&conns);
                return Err(damaged_error(&damaged));
            }
        }
        for (i, c) in conns.into_iter().enumerate() {
            if i == 0 {
                c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            }
            c.close().map_err(|(_, e)| StoreError::sqlite(e))?;
        }
        Ok(())
    }

    fn take_idle(&self) -> Vec<Connection> {
        match self.idle.lock() {
            Ok(mut idle) => std::mem::take(&mut *idle),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        }
    }

    /// For the server: when the store is dropped, every page is checked before the closing
    /// connection checkpoints the WAL into the main file; a damaged file is left as it is
    /// (the WAL stays beside it) instead of being written.
    pub fn guard_checkpoint(mut self) -> Store {
        self.guard_close = true;
        self
    }

    /// Checks every page's HMAC (SQLCipher's `cipher_integrity_check`, reading each page once,
    /// writing nothing) before anything opens the database for writing. `Err(Damaged)` names
    /// the first bad page.
    pub fn check_pages(path: &Path, key: &DbKey) -> Result<(), StoreError> {
        if !path.exists() {
            return Ok(());
        }
        let conn = open_connection(path, key, OpenMode::Existing)?;
        let damaged = verify::damaged_pages(&conn)?;
        if damaged.is_empty() {
            return Ok(());
        }
        no_checkpoint_on_close(std::slice::from_ref(&conn));
        Err(damaged_error(&damaged))
    }

    /// Records that the server started on a broken audit chain (reported by `/readyz`).
    pub fn set_audit_warning(&self, warning: Option<String>) {
        if let Ok(mut w) = self.audit_warning.lock() {
            *w = warning;
        }
    }

    /// The audit warning the server started with, if any.
    pub fn audit_warning(&self) -> Option<String> {
        self.audit_warning.lock().ok().and_then(|w| w.clone())
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if !self.guard_close {
            return;
        }
        let conns = self.take_idle();
        if let Some(first) = conns.first() {
            match verify::damaged_pages(first) {
                Ok(damaged) if damaged.is_empty() => {}
                Ok(damaged) => {
                    no_checkpoint_on_close(&conns);
                    log::error!(
                        "{}: the WAL is not checkpointed into the damaged file",
                        damaged_error(&damaged)
                    );
                }
                Err(e) => {
                    no_checkpoint_on_close(&conns);
                    log::error!(
                        "page check before the final checkpoint failed ({e}); not checkpointing"
                    );
                }
            }
        }
    }
}

fn no_checkpoint_on_close(conns: &[Connection]) {
    for c in conns {
        let _ = c.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        );
    }
}

fn damaged_error(lines: &[String]) -> StoreError {
    let report = VerifyReport {
        cipher: lines.to_vec(),
        ..VerifyReport::default()
    };
    StoreError::Damaged {
        page: report.first_bad_page(),
        detail: format!(
            "{} page(s) fail their HMAC check: {}",
            lines.len(),
            lines.first().map(String::as_str).unwrap_or("")
        ),
    }
}

impl Store {
    /// Writes a consistent copy of the live database to `dest` with `VACUUM INTO`, on its own
    /// connection while others keep writing. The copy is encrypted with the same key.
    pub fn snapshot_to(&self, dest: &Path) -> Result<(), StoreError> {
        let dest = dest
            .to_str()
            .ok_or_else(|| StoreError::Io("non UTF-8 path".into()))?;
        self.with_unmetered(|c| {
            c.execute("VACUUM INTO ?1", [dest])?;
            Ok(())
        })
    }

    /// Rows per table, for backup manifests and restore checks.
    pub fn table_counts(&self) -> Result<std::collections::BTreeMap<String, i64>, StoreError> {
        self.with(|c| {
            // One-off statements (a backup's manifest): not through the cache, where they
            // would push out the statements requests use.
            let mut stmt = c.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )?;
            let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let mut out = std::collections::BTreeMap::new();
            for n in names {
                let count: i64 = c.query_row(&format!("SELECT count(*) FROM \"{}\"", n.replace('"', "\"\"")), [], |r| r.get(0))?;
                out.insert(n, count);
            }
            Ok(out)
        })
    }

    /// The schema version (`user_version`).
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.with(|c| migrations::user_version(c))
    }
}

impl Store {
    /// Sets an instance metadata value.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
            Ok(())
        })
    }
}
