//! Opening the encrypted database: raw key, then the pragmas that make it durable.
//!
//! The key is applied before anything else and checked with a read of page 1 before any
//! write, so a wrong key never creates, changes or truncates a file. WAL with
//! `synchronous=FULL` makes every acknowledged commit survive a process kill (and a power
//! cut); `temp_store=MEMORY` keeps temporary tables off the disk, where they would not be
//! encrypted by us.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::crypto::DbKey;
use crate::store::{StoreError, keycheck};

/// Whether a missing database may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file if it does not exist.
    Create,
    /// The file must exist.
    Existing,
}

/// Prepared statements kept per pooled connection.
const STATEMENT_CACHE: usize = 128;

/// Opens `path` with `key` and applies the standard pragmas.
pub fn open_connection(path: &Path, key: &DbKey, mode: OpenMode) -> Result<Connection, StoreError> {
    let existed = path.exists();
    if !existed && mode == OpenMode::Existing {
        return Err(StoreError::Missing(path.to_path_buf()));
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if mode == OpenMode::Create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex()))?;
    // Before the first read: a writer in another process may hold the WAL index for a moment.
    conn.busy_timeout(std::time::Duration::from_secs(10))?;

    // The first read decrypts page 1: a wrong key or a damaged header fails here, before any write.
    if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        return Err(classify_first_read(path, key, e));
    }

    // 4 MiB of page cache per connection: the server pools up to 16, and at 16 MiB each they
    // were a third of its live heap under load for no measured speed (docs/BENCHMARKS.md,
    // "Server memory"; a write resets every connection's cache anyway).
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -4096;",
    )?;
    // Plans never depend on a bound value: without this SQLite re-prepares a statement on
    // every execution whose `LIMIT ?` (or other planned-on parameter) is bound again, which
    // was 7% of the server's CPU under load (docs/BENCHMARKS.md, "Statements, a covering
    // index, one search pass, and workers").
    // No query here has a partial index, a bound LIKE pattern or STAT4 samples to lose.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    // Hot reads go through `prepare_cached`; a request touches a few dozen distinct statements.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

fn classify_first_read(path: &Path, key: &DbKey, e: rusqlite::Error) -> StoreError {
    let not_a_db = matches!(&e, rusqlite::Error::SqliteFailure(f, _)
        if f.code == ErrorCode::NotADatabase || f.code == ErrorCode::DatabaseCorrupt);
    if !not_a_db {
        return StoreError::sqlite(e);
    }
    match keycheck::matches(path, key) {
        Some(false) => StoreError::WrongKey,
        Some(true) => StoreError::Damaged {
            page: Some(1),
            detail: "the first page does not decrypt with the correct key".into(),
        },
        None => StoreError::Unreadable,
    }
}
