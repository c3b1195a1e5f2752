//! Distribution: the server commits the rendered playbook into the site's Git repositories,
//! directly or through a pull/merge request, and records what landed where.
//!
//! Floors:
//! - `host`: the provider contract (`Host`) every Git server speaks through, and the table of
//!   providers (`PROVIDERS`); each provider is one file (`github`, `gitlab`, `git`).
//! - `remote_tree`: a branch's tree as the install planner reads it (blobs fetched lazily).
//! - `message`: commit messages and the `Rulebook-Distribution` trailer (pure).
//! - `job`: one distribution to one target, over any `Host` (plan, commit, retry on a moved
//!   head, recognise its own earlier commit).
//! - `worker`: the job queue's worker pool inside `rulebook serve`, with backoff and
//!   per-connection caps; builds each target's bundles from the store.
//!
//! Invariants:
//! - The rendered tree is the one `rulebook install` would write: the same planner
//!   (`install::planner`) over the branch's tree, the same lock and `rulebook.json`.
//! - One commit per job: every write and deletion in one atomic commit; no commit when
//!   nothing changes; the commit carries `Rulebook-Distribution: <job id>`, and a job that
//!   finds its trailer on the branch head records that commit instead of committing again.
//! - A commit is made on the head that was read (fast-forward only); a moved head is re-read
//!   and re-planned at most `MAX_MOVES` times.
//! - Tokens are opened from the vault per job, sent only through the egress client (or, for
//!   plain Git, to `git` through a credential helper on a pipe), and never appear in job
//!   records, logs or errors.

pub mod azure;
pub mod bitbucket;
pub mod git;
pub mod gitea;
pub mod github;
pub mod gitlab;
pub mod host;
pub mod job;
pub mod message;
pub mod remote_tree;
pub mod worker;

use std::fmt;

use crate::error::Coded;
use crate::install::planner::PlanError;

/// Re-reads of a moved branch head before a job gives up.
pub const MAX_MOVES: usize = 3;

/// Why a provider call or a job failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DistError {
    /// The credentials were refused (401), or lack a permission (403).
    Auth(String),
    /// The repository or branch does not exist (or the token cannot see it).
    NotFound(String),
    /// The branch head moved since it was read (non-fast-forward, 409, 422).
    Moved,
    /// The server refused the request for good (a validation error).
    Rejected(String),
    /// Worth retrying later: 429, 5xx, a timeout, a dropped connection.
    Transient {
        detail: String,
        retry_after: Option<u64>,
    },
    /// The egress policy refused the host (not on the allowlist).
    Denied(String),
    /// What the target asks is not possible with this provider.
    Unsupported(String),
    /// The playbook cannot be planned against the branch (edited generated files, ...).
    Plan(PlanError),
    /// A local failure (the `git` program, a temporary directory).
    Local(String),
    /// A provider answered something this client cannot read.
    Protocol(String),
}

impl DistError {
    /// True when the job should be retried later rather than failed.
    pub fn retryable(&self) -> bool {
        matches!(self, DistError::Transient { .. })
    }
}

impl From<PlanError> for DistError {
    fn from(e: PlanError) -> Self {
        DistError::Plan(e)
    }
}

impl From<crate::install::InstallError> for DistError {
    fn from(e: crate::install::InstallError) -> Self {
        DistError::Plan(PlanError::Install(e))
    }
}

impl Coded for DistError {
    fn code(&self) -> &'static str {
        match self {
            DistError::Auth(_) => "RB-DIST-AUTH",
            DistError::NotFound(_) => "RB-DIST-NOT-FOUND",
            DistError::Moved => "RB-DIST-MOVED",
            DistError::Rejected(_) => "RB-DIST-REJECTED",
            DistError::Transient { .. } => "RB-DIST-UNAVAILABLE",
            DistError::Denied(_) => "RB-DIST-EGRESS-DENIED",
            DistError::Unsupported(_) => "RB-DIST-UNSUPPORTED",
            DistError::Plan(e) => e.code(),
            DistError::Local(_) => "RB-DIST-LOCAL",
            DistError::Protocol(_) => "RB-DIST-PROTOCOL",
        }
    }
}

impl fmt::Display for DistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DistError::Auth(m) => write!(f, "the Git server refused the credentials: {m}"),
            DistError::NotFound(m) => write!(f, "not found: {m}"),
            DistError::Moved => f.write_str("the branch moved while the commit was prepared"),
            DistError::Rejected(m) => write!(f, "the Git server refused the change: {m}"),
            DistError::Transient { detail, .. } => {
                write!(f, "the Git server is unavailable for now: {detail}")
            }
            DistError::Denied(m) => write!(f, "the egress policy refuses it: {m}"),
            DistError::Unsupported(m) => f.write_str(m),
            DistError::Plan(e) => e.fmt(f),
            DistError::Local(m) => f.write_str(m),
            DistError::Protocol(m) => write!(f, "unexpected answer from the Git server: {m}"),
        }
    }
}

/// Maps an egress failure: policy refusals are final, network trouble is retried.
pub fn egress_error(e: crate::egress::client::EgressError) -> DistError {
    use crate::egress::client::EgressError as E;
    match e {
        E::Denied { .. } | E::Guarded { .. } | E::BadUrl(_) | E::Config(_) => {
            DistError::Denied(format!("[{}] {e}", e.code()))
        }
        E::Tls(_) | E::TooLarge { .. } | E::Redirect(_) => {
            DistError::Protocol(format!("[{}] {e}", e.code()))
        }
        other => DistError::Transient {
            detail: format!("[{}] {other}", other.code()),
            retry_after: None,
        },
    }
}
