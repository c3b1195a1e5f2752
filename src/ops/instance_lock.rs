//! The instance lock: an exclusive advisory lock on `<data dir>/rulebook.lock`, held by a
//! running server for its whole life and by maintenance commands (rekey, restore) while they
//! work, so the two can never run on the same data at once. The kernel releases it when the
//! process dies, so a crash never leaves a stale lock behind.

use std::fs::{File, OpenOptions};
use std::path::Path;

/// A held instance lock; released on drop.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

impl InstanceLock {
    /// Takes the lock without waiting; `Ok(None)` if another process holds it.
    pub fn try_acquire(path: &Path) -> std::io::Result<Option<InstanceLock>> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(InstanceLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }
}
