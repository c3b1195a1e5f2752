//! The checks behind `rulebook doctor`: key file permissions and placement, data dir
//! permissions, free disk, database health. Each finding carries its fix.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::config::Paths;
use crate::crypto::KeySource;
use crate::store::Store;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

/// One check's result.
#[derive(Debug, Clone)]
pub struct Finding {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
    pub fix: String,
}

impl Finding {
    fn new(check: &'static str, status: Status, detail: String, fix: &str) -> Self {
        Finding {
            check,
            status,
            detail,
            fix: fix.to_string(),
        }
    }
    /// A passing check.
    pub fn ok(check: &'static str, detail: String) -> Self {
        Finding::new(check, Status::Ok, detail, "")
    }
    /// A failing check.
    pub fn fail(check: &'static str, detail: String, fix: &str) -> Self {
        Finding::new(check, Status::Fail, detail, fix)
    }
    /// A warning.
    pub fn warn(check: &'static str, detail: String, fix: &str) -> Self {
        Finding::new(check, Status::Warn, detail, fix)
    }
}

/// File-system checks that need no open database.
pub fn check_files(paths: &Paths, source: &KeySource) -> Vec<Finding> {
    let mut out = vec![check_key(paths, source), check_data_dir(&paths.data_dir)];
    out.push(check_disk(&paths.data_dir));
    out
}

fn check_key(paths: &Paths, source: &KeySource) -> Finding {
    let Some(path) = source.path() else {
        return Finding::ok("key", "passphrase mode: no key file on disk".into());
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return Finding::fail(
                "key",
                format!("{source}: {e}"),
                "run `rulebook init`, or point --key-file at the key",
            );
        }
    };
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Finding::fail(
            "key",
            format!("{} has mode {mode:03o}", path.display()),
            &format!("chmod 600 {}", path.display()),
        );
    }
    let inside_data = std::fs::canonicalize(path)
        .ok()
        .zip(std::fs::canonicalize(&paths.data_dir).ok())
        .is_some_and(|(k, d)| k.starts_with(d));
    if inside_data {
        return Finding::warn(
            "key",
            format!(
                "{} is inside the data dir, so copies and backups of the data carry the key",
                path.display()
            ),
            "move the key to the config dir (or a systemd credential) and pass --key-file",
        );
    }
    Finding::ok(
        "key",
        format!("{source}, mode {mode:03o}, kept apart from the data"),
    )
}

fn check_data_dir(dir: &Path) -> Finding {
    match std::fs::metadata(dir) {
        Ok(m) if m.mode() & 0o077 != 0 => Finding::warn(
            "data dir",
            format!("{} has mode {:03o}", dir.display(), m.mode() & 0o777),
            &format!("chmod 700 {}", dir.display()),
        ),
        Ok(_) => Finding::ok("data dir", format!("{} (mode 700)", dir.display())),
        Err(e) => Finding::fail(
            "data dir",
            format!("{}: {e}", dir.display()),
            "run `rulebook init`",
        ),
    }
}

/// Free bytes on the file system holding `dir`.
pub fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: statvfs fills the zeroed struct we own from a valid NUL-terminated path.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c.as_ptr(), &mut st) };
    if rc != 0 {
        return None;
    }
    Some(st.f_bavail.saturating_mul(st.f_frsize))
}

fn check_disk(dir: &Path) -> Finding {
    const MIN: u64 = 1 << 30;
    match free_bytes(dir) {
        Some(free) if free < MIN => Finding::warn(
            "disk",
            format!("{} MiB free under {}", free >> 20, dir.display()),
            "free space or move the data dir: writes and backups need room",
        ),
        Some(free) => Finding::ok("disk", format!("{} MiB free", free >> 20)),
        None => Finding::warn(
            "disk",
            "cannot read free space".into(),
            "check that the data dir exists",
        ),
    }
}

/// Database integrity, page authentication and invariants.
pub fn check_database(store: &Store) -> Finding {
    match store.verify() {
        Ok(r) if r.is_ok() => Finding::ok(
            "database",
            format!("verified (schema {})", r.schema_version),
        ),
        Ok(r) => Finding::fail(
            "database",
            r.problems().join("; "),
            "restore from a backup (docs/OPERATIONS.md)",
        ),
        Err(e) => Finding::fail(
            "database",
            e.to_string(),
            "run `rulebook db verify` for details",
        ),
    }
}
