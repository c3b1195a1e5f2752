//! The key-check file: tells "wrong key" from "damaged database".
//!
//! SQLCipher answers both a wrong key and a damaged first page with SQLITE_NOTADB. Beside the
//! database we keep `rulebook.db.keycheck`, holding HMAC-SHA256(key, "rulebook-keycheck-v1")
//! in hex. It reveals nothing about the key, and lets us say which of the two happened.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ring::hmac;

use crate::crypto::keyfile::sync_dir;
use crate::crypto::{DbKey, hex};
use crate::store::StoreError;

const LABEL: &[u8] = b"rulebook-keycheck-v1";

/// The key-check path for a database path.
pub fn path_for(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".keycheck");
    db.with_file_name(name)
}

/// The key-check value of `key`.
pub fn value(key: &DbKey) -> String {
    let k = hmac::Key::new(hmac::HMAC_SHA256, key.as_bytes());
    hex::encode(hmac::sign(&k, LABEL).as_ref())
}

/// Whether `key` matches the stored key-check; `None` if there is no key-check file.
pub fn matches(db: &Path, key: &DbKey) -> Option<bool> {
    let stored = fs::read_to_string(path_for(db)).ok()?;
    Some(stored.trim() == value(key))
}

/// Writes (atomically replaces) the key-check for `key`.
pub fn write(db: &Path, key: &DbKey) -> Result<(), StoreError> {
    let path = path_for(db);
    let tmp = path.with_extension("keycheck.tmp");
    let mut f = fs::File::create(&tmp).map_err(|e| StoreError::io("write key-check", e))?;
    f.write_all(format!("{}\n", value(key)).as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| StoreError::io("write key-check", e))?;
    fs::rename(&tmp, &path).map_err(|e| StoreError::io("write key-check", e))?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}
