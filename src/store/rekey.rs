//! Key rotation without a window where the database could be lost.
//!
//! The data is exported with `sqlcipher_export()` into a new file under the new key, that
//! file is verified and fsynced, and only then renamed over the old one; the key-check is
//! rewritten last. The caller writes the new key file before and swaps key files after
//! (see `cli::db`), so at every instant one of the two key files opens the database.

use std::fs;
use std::path::{Path, PathBuf};

use crate::crypto::DbKey;
use crate::crypto::keyfile::sync_dir;
use crate::store::open::{OpenMode, open_connection};
use crate::store::{StoreError, keycheck, migrations, verify};

fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut s = db.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Re-encrypts the database at `db` from `old` to `new`. The server must not be running
/// (the caller holds the instance lock).
pub fn rekey(db: &Path, old: &DbKey, new: &DbKey) -> Result<(), StoreError> {
    let tmp = sibling(db, ".rekey-tmp");
    let _ = fs::remove_file(&tmp);
    {
        // Create mode: ATTACH inherits the open flags and must be able to create the new file.
        let conn = open_connection(db, old, OpenMode::Create)?;
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        let version = migrations::user_version(&conn)?;
        let tmp_str = tmp
            .to_str()
            .ok_or_else(|| StoreError::Io("non UTF-8 path".into()))?;
        conn.execute(
            "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
            rusqlite::params![tmp_str, format!("x'{}'", new.to_hex())],
        )?;
        conn.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
        conn.execute_batch(&format!(
            "PRAGMA rekeyed.user_version = {version}; DETACH DATABASE rekeyed;"
        ))?;
        conn.close().map_err(|(_, e)| StoreError::sqlite(e))?;
    }
    {
        let check = open_connection(&tmp, new, OpenMode::Existing)?;
        let report = verify::verify(&check)?;
        if !report.is_ok() {
            let _ = fs::remove_file(&tmp);
            return Err(StoreError::VerifyFailed(report.problems()));
        }
        check.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
        check.close().map_err(|(_, e)| StoreError::sqlite(e))?;
    }
    fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io("fsync re-keyed database", e))?;
    // The old WAL was checkpointed and truncated; remove it so it is never replayed on the new file.
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(sibling(db, suffix));
    }
    fs::rename(&tmp, db).map_err(|e| StoreError::io("install re-keyed database", e))?;
    if let Some(dir) = db.parent() {
        sync_dir(dir);
    }
    keycheck::write(db, new)
}
