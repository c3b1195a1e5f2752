//! `CliError`: every error a command can end with, its stable code and its exit code; and
//! how a command ends when its standard output goes away.

use std::fmt;

use crate::config::ConfigError;
use crate::crypto::KeyError;
use crate::error::Coded;
use crate::http::HttpError;
use crate::store::StoreError;

/// Documented process exit codes (see docs/ERRORS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Any failure without a more specific code.
    Failure = 1,
    /// Bad command-line usage.
    Usage = 2,
    /// A key file or configuration problem.
    KeyOrConfig = 3,
    /// The key does not open the database.
    WrongKey = 4,
    /// The database is damaged or unreadable.
    Damaged = 5,
    /// The database was written by a newer Rulebook.
    SchemaTooNew = 6,
    /// Verification found problems other than damage.
    VerifyFailed = 7,
    /// The listener or TLS could not start.
    Listen = 8,
    /// Another process holds the instance (a running server).
    Busy = 9,
    /// An upgrade bundle's signature is missing, untrusted or altered.
    Untrusted = 10,
    /// An upgrade bundle is for another architecture or not newer than what was installed.
    NotApplicable = 11,
    /// The server could not be reached or refused a request.
    Remote = 12,
}

/// Lets a closed standard output end a command quietly (`rulebook routes | head`): restores
/// the default action of SIGPIPE, which the Rust runtime sets to "ignore" at start, so the
/// first write after the reader is gone ends the process as any Unix filter ends (status
/// 141 in a shell, no message), where it used to panic in `println!` (exit 101, or 134 in
/// the release build that aborts on panic). One call in `cli::main` covers every command
/// and every write. Never for `serve`: the server keeps ignoring SIGPIPE, so a client that
/// hangs up only fails that write (sockets are written with `MSG_NOSIGNAL` anyway).
pub fn end_quietly_on_closed_stdout() {
    // SAFETY: installs the default disposition for one signal; no handler code runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// A command's failure.
#[derive(Debug)]
pub enum CliError {
    Config(ConfigError),
    Key(KeyError),
    Store(StoreError),
    Http(HttpError),
    /// Another process holds the instance lock.
    Locked(String),
    /// Doctor found failing checks.
    DoctorFailed(usize),
    /// A backup or restore was refused.
    Backup(crate::ops::backup::BackupError),
    /// An upgrade was refused or failed.
    Upgrade(crate::ops::upgrade::UpgradeError),
    /// A request to a server failed.
    Client(crate::client::ClientError),
    /// An install, render or status in a repository failed (the tree is unchanged).
    Install(crate::install::InstallError),
    /// Rendering refused the playbook.
    Render(crate::render::RenderError),
    /// Anything else, with its code.
    Other(&'static str, String),
}

impl CliError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Config(_) | CliError::Key(_) => ExitCode::KeyOrConfig,
            CliError::Store(e) => match e {
                StoreError::WrongKey => ExitCode::WrongKey,
                StoreError::Damaged { .. } | StoreError::Unreadable => ExitCode::Damaged,
                StoreError::SchemaTooNew { .. } => ExitCode::SchemaTooNew,
                StoreError::VerifyFailed(_) => ExitCode::VerifyFailed,
                StoreError::Busy => ExitCode::Busy,
                StoreError::Missing(_) | StoreError::NoAuditKey => ExitCode::KeyOrConfig,
                StoreError::Io(_)
                | StoreError::Sqlite(_)
                | StoreError::Conflict(_)
                | StoreError::NotFound(_)
                | StoreError::Refused(_)
                | StoreError::Stale { .. }
                | StoreError::Invalid(_) => ExitCode::Failure,
            },
            CliError::Http(_) => ExitCode::Listen,
            CliError::Locked(_) => ExitCode::Busy,
            CliError::Other("RB-CLI-USAGE", _) => ExitCode::Usage,
            CliError::Install(crate::install::InstallError::Config(_))
            | CliError::Install(crate::install::InstallError::LockTooNew(_)) => {
                ExitCode::KeyOrConfig
            }
            CliError::Install(_) | CliError::Render(_) => ExitCode::Failure,
            CliError::DoctorFailed(_) | CliError::Other(..) => ExitCode::Failure,
            CliError::Client(crate::client::ClientError::Config(_)) => ExitCode::KeyOrConfig,
            CliError::Client(_) => ExitCode::Remote,
            CliError::Upgrade(e) => match e {
                crate::ops::upgrade::UpgradeError::BadSignatureFile(_)
                | crate::ops::upgrade::UpgradeError::Untrusted(_)
                | crate::ops::upgrade::UpgradeError::BadComment(_) => ExitCode::Untrusted,
                crate::ops::upgrade::UpgradeError::WrongTarget { .. }
                | crate::ops::upgrade::UpgradeError::Downgrade { .. } => ExitCode::NotApplicable,
                _ => ExitCode::Failure,
            },
            CliError::Backup(e) => match e {
                crate::ops::backup::BackupError::Truncated(_)
                | crate::ops::backup::BackupError::Altered(_) => ExitCode::Damaged,
                crate::ops::backup::BackupError::WrongIdentity
                | crate::ops::backup::BackupError::WrongDbKey => ExitCode::WrongKey,
                crate::ops::backup::BackupError::SchemaTooNew { .. } => ExitCode::SchemaTooNew,
                crate::ops::backup::BackupError::Verify(_) => ExitCode::VerifyFailed,
                _ => ExitCode::Failure,
            },
        }
    }
}

impl Coded for CliError {
    fn code(&self) -> &'static str {
        match self {
            CliError::Config(e) => e.code(),
            CliError::Key(e) => e.code(),
            CliError::Store(e) => e.code(),
            CliError::Http(e) => e.code(),
            CliError::Locked(_) => "RB-CLI-LOCKED",
            CliError::DoctorFailed(_) => "RB-DOCTOR-FAILED",
            CliError::Backup(e) => e.code(),
            CliError::Upgrade(e) => e.code(),
            CliError::Client(e) => e.code(),
            CliError::Install(e) => e.code(),
            CliError::Render(e) => e.code(),
            CliError::Other(code, _) => code,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Config(e) => e.fmt(f),
            CliError::Key(e) => e.fmt(f),
            CliError::Store(e) => e.fmt(f),
            CliError::Http(e) => e.fmt(f),
            CliError::Locked(what) => write!(
                f,
                "{what}: another rulebook process (a running server?) holds this data dir; stop it first"
            ),
            CliError::DoctorFailed(n) => {
                write!(f, "doctor found {n} failing check(s); see the fixes above")
            }
            CliError::Other(_, m) => f.write_str(m),
            CliError::Backup(e) => e.fmt(f),
            CliError::Upgrade(e) => e.fmt(f),
            CliError::Client(e) => e.fmt(f),
            CliError::Install(e) => e.fmt(f),
            CliError::Render(e) => e.fmt(f),
        }
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        CliError::Config(e)
    }
}
impl From<KeyError> for CliError {
    fn from(e: KeyError) -> Self {
        CliError::Key(e)
    }
}
impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Store(e)
    }
}
impl From<HttpError> for CliError {
    fn from(e: HttpError) -> Self {
        CliError::Http(e)
    }
}

impl From<crate::install::InstallError> for CliError {
    fn from(e: crate::install::InstallError) -> Self {
        CliError::Install(e)
    }
}

impl From<crate::render::RenderError> for CliError {
    fn from(e: crate::render::RenderError) -> Self {
        CliError::Render(e)
    }
}

impl From<crate::install::planner::PlanError> for CliError {
    fn from(e: crate::install::planner::PlanError) -> Self {
        match e {
            crate::install::planner::PlanError::Install(e) => CliError::Install(e),
            crate::install::planner::PlanError::Render(e) => CliError::Render(e),
        }
    }
}
