//! Store errors, each with a stable code.

use std::fmt;
use std::path::PathBuf;

use crate::error::Coded;

/// What can go wrong in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The key does not open this database (confirmed by the key-check file).
    WrongKey,
    /// The database file is damaged; `page` when known (1-based).
    Damaged { page: Option<u64>, detail: String },
    /// SQLCipher cannot read the file and there is no key-check file to tell a wrong key
    /// from damage.
    Unreadable,
    /// The database was written by a newer Rulebook.
    SchemaTooNew { found: u32, supported: u32 },
    /// No database exists and this command does not create one.
    Missing(PathBuf),
    /// Another process holds the database busy.
    Busy,
    /// Verification found problems.
    VerifyFailed(Vec<String>),
    /// A file-system operation failed.
    Io(String),
    /// Any other SQLite error.
    Sqlite(String),
    /// A uniqueness rule was violated (a name is taken).
    Conflict(String),
    /// The thing asked for does not exist.
    NotFound(&'static str),
    /// A token is unknown, used, expired, or the operation is not allowed in this state.
    Refused(String),
    /// An update named a version that is no longer the current one.
    Stale { current: i64 },
    /// The request refers to something that breaks a rule (an unknown artifact in a package).
    Invalid(String),
    /// A write that must be audited, but the store was opened without the audit key.
    NoAuditKey,
}

impl StoreError {
    pub(crate) fn sqlite(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match &e {
            rusqlite::Error::SqliteFailure(f, _) => match f.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Busy,
                ErrorCode::ConstraintViolation
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
                {
                    StoreError::Conflict("that name is already taken".into())
                }
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => StoreError::Damaged {
                    page: None,
                    detail: e.to_string(),
                },
                _ => StoreError::Sqlite(e.to_string()),
            },
            _ => StoreError::Sqlite(e.to_string()),
        }
    }

    pub(crate) fn io(what: &str, e: std::io::Error) -> Self {
        StoreError::Io(format!("{what}: {e}"))
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::sqlite(e)
    }
}

impl Coded for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::WrongKey => "RB-STORE-WRONG-KEY",
            StoreError::Damaged { .. } => "RB-STORE-DAMAGED",
            StoreError::Unreadable => "RB-STORE-UNREADABLE",
            StoreError::SchemaTooNew { .. } => "RB-STORE-SCHEMA-TOO-NEW",
            StoreError::Missing(_) => "RB-STORE-MISSING",
            StoreError::Busy => "RB-STORE-BUSY",
            StoreError::VerifyFailed(_) => "RB-STORE-VERIFY-FAILED",
            StoreError::Io(_) => "RB-STORE-IO",
            StoreError::Sqlite(_) => "RB-STORE-SQLITE",
            StoreError::Conflict(_) => "RB-STORE-CONFLICT",
            StoreError::NotFound(_) => "RB-STORE-NOT-FOUND",
            StoreError::Refused(_) => "RB-STORE-REFUSED",
            StoreError::NoAuditKey => "RB-STORE-NO-AUDIT-KEY",
            StoreError::Stale { .. } => "RB-STORE-STALE",
            StoreError::Invalid(_) => "RB-STORE-INVALID",
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::WrongKey => f.write_str(
                "wrong key: this key does not open the database (the file was not changed); use the key file it was created with",
            ),
            StoreError::Damaged { page: Some(p), detail } => write!(
                f,
                "database damaged (page {p}): {detail}; restore from a backup (see docs/OPERATIONS.md)"
            ),
            StoreError::Damaged { page: None, detail } => write!(
                f,
                "database damaged: {detail}; restore from a backup (see docs/OPERATIONS.md)"
            ),
            StoreError::Unreadable => f.write_str(
                "cannot read the database: wrong key or a damaged file (the key-check file is missing, so the two cannot be told apart)",
            ),
            StoreError::SchemaTooNew { found, supported } => write!(
                f,
                "the database has schema version {found} but this binary supports up to {supported}; run the newer rulebook binary"
            ),
            StoreError::Missing(p) => write!(
                f,
                "no database at {}; run `rulebook init` (or `rulebook serve`) to create one",
                p.display()
            ),
            StoreError::Busy => f.write_str("the database is busy or locked by another process"),
            StoreError::VerifyFailed(problems) => {
                write!(f, "verification failed: {}", problems.join("; "))
            }
            StoreError::Io(m) => write!(f, "file error: {m}"),
            StoreError::Sqlite(m) => write!(f, "database error: {m}"),
            StoreError::Conflict(m) => f.write_str(m),
            StoreError::NotFound(what) => write!(f, "no such {what}"),
                                    StoreError::Refused(m) | StoreError::Invalid(m) => f.write_str(m),
            StoreError::NoAuditKey => f.write_str("no audit key loaded: audited changes need the audit key (audit.key beside the database key, or the rulebook-audit-key credential)"),
            StoreError::Stale { current } => write!(f, "the artifact changed meanwhile: version {current} is current; reload and edit that"),
        }
    }
}

impl std::error::Error for StoreError {}
