//! Installing rendered files into a repository: the repository's wishes (`rulebook.json`),
//! what was installed (`rulebook.lock`), and applying a render's file operations safely.
//!
//! This is the I/O edge of rendering. Its invariants:
//! - Nothing is renamed into place until everything is known to be writable: new contents
//!   are staged in temporary files beside their targets (a local install stages each file as
//!   it is rendered, `stream`, so memory holds paths and hashes, not the tree), local edits
//!   and foreign files are refused once every file is planned, and only then is everything
//!   renamed into place, the lock file last. Any refusal or failure before the renames
//!   removes what was staged and leaves the working tree as it was.
//! - No path escapes the repository: every target is relative, and no existing component of
//!   it (directories or the file itself) may be a symlink.
//! - A generated file edited by hand is never overwritten or deleted without `--force`: the
//!   lock holds the SHA-256 of what Rulebook wrote (for shared files, of its section only).
//! - A second install of the same input changes nothing: unchanged files are not rewritten.

pub mod apply;
pub mod git;
pub mod lock;
pub mod planner;
pub mod policy;
pub mod source;
pub mod stream;
pub mod tree;
pub mod verify;

use std::fmt;

use crate::error::Coded;

/// Why an install (or render, status, uninstall) failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallError {
    /// `rulebook.json` or `rulebook.lock` is unreadable or malformed.
    Config(String),
    /// The lock was written by a newer Rulebook.
    LockTooNew(u64),
    /// A target path leaves the repository or goes through a symlink.
    Unsafe(String),
    /// Generated files were edited by hand (listed); `--force` overwrites them.
    LocalEdits(Vec<String>),
    /// A file exists that Rulebook did not write; `--force` overwrites it.
    Foreign(Vec<String>),
    /// A shared file's Rulebook markers are damaged.
    Markers(String),
    /// A file operation failed; nothing was changed.
    Io(String),
    /// A rename or delete failed after others succeeded: the tree is partly updated.
    Partial(String),
    /// Two packages carry different content for one artifact.
    Conflict(String),
    /// A package or archive is missing or unusable.
    Source(String),
    /// An archive or release is unsigned, wrongly signed or signed by an untrusted key.
    Signature(String),
    /// A release older than the locked one, or the locked version with other content.
    Replay(String),
}

impl Coded for InstallError {
    fn code(&self) -> &'static str {
        match self {
            InstallError::Config(_) => "RB-INSTALL-CONFIG",
            InstallError::LockTooNew(_) => "RB-INSTALL-LOCK-TOO-NEW",
            InstallError::Unsafe(_) => "RB-INSTALL-UNSAFE-PATH",
            InstallError::LocalEdits(_) => "RB-INSTALL-LOCAL-EDITS",
            InstallError::Foreign(_) => "RB-INSTALL-FOREIGN-FILE",
            InstallError::Markers(_) => "RB-INSTALL-MARKERS",
            InstallError::Io(_) => "RB-INSTALL-IO",
            InstallError::Partial(_) => "RB-INSTALL-PARTIAL",
            InstallError::Conflict(_) => "RB-INSTALL-CONFLICT",
            InstallError::Source(_) => "RB-INSTALL-SOURCE",
            InstallError::Signature(_) => "RB-INSTALL-SIGNATURE",
            InstallError::Replay(_) => "RB-INSTALL-REPLAY",
        }
    }
}

impl fmt::Display for InstallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstallError::Config(m) => f.write_str(m),
            InstallError::LockTooNew(v) => write!(
                f,
                "rulebook.lock has lockfile_version {v}, written by a newer Rulebook: upgrade this CLI"
            ),
            InstallError::Unsafe(m) => write!(f, "refusing an unsafe target: {m}"),
            InstallError::LocalEdits(p) => write!(
                f,
                "generated files were edited by hand: {}; `rulebook diff` turns the edits into change proposals on the server, or overwrite with --force",
                p.join(", ")
            ),
            InstallError::Foreign(p) => write!(
                f,
                "files exist that Rulebook did not write: {}; move them away or overwrite with --force",
                p.join(", ")
            ),
            InstallError::Markers(m) => write!(f, "{m}"),
            InstallError::Io(m) => write!(f, "{m}; nothing was changed"),
            InstallError::Partial(m) => write!(
                f,
                "{m}; the install is only partly applied: fix the cause and run it again (the lock still describes the previous install)"
            ),
            InstallError::Conflict(m) => f.write_str(m),
            InstallError::Source(m) => f.write_str(m),
            InstallError::Signature(m) | InstallError::Replay(m) => f.write_str(m),
        }
    }
}

/// The SHA-256 of `data`, as the lock records it.
pub fn sha256(data: &[u8]) -> lock::Sha256 {
    lock::Sha256::of(data)
}
