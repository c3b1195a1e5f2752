//! One distribution to one target, over any provider: read the branch, plan with the same
//! planner `rulebook install` uses, and make one commit (or none), directly on the branch or
//! on Rulebook's rolling branch with one pull request.
//!
//! Direct commits are fast-forward only on the head that was read; a moved head is re-read
//! and re-planned up to `MAX_MOVES` times. Before planning, the head's trailer is checked: a
//! job that already committed (and died before recording it) finds its own commit and
//! records it instead of committing twice.

use super::host::{CommitRequest, Host, Ident, PullRequest, Snapshot};
use super::message;
use super::remote_tree::RemoteTree;
use super::{DistError, MAX_MOVES};
use crate::archive::portable::Bundle;
use crate::install::lock::{Lock, LockedPackage, RepoConfig};
use crate::install::planner::{self, Changes};
use crate::render::Agent;

/// How a target receives changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Commit,
    PullRequest,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "commit" => Some(Mode::Commit),
            "pull_request" => Some(Mode::PullRequest),
            _ => None,
        }
    }
}

/// Everything one job needs.
pub struct Job<'a> {
    /// The trailer's value: the job id, or `offline-…` for a bundle written by the CLI.
    pub label: String,
    pub repo: &'a str,
    pub branch: &'a str,
    /// The folder inside the repository (`""`: the root).
    pub path: &'a str,
    pub mode: Mode,
    pub bundles: Vec<(String, Bundle, LockedPackage)>,
    pub agents: Vec<Agent>,
    pub always_on_cap: Option<usize>,
    /// Paths agents must never read (the organization's install policy).
    pub repo_policy: crate::install::policy::RepoPolicy,
    /// The `rulebook.json` the target gets.
    pub config: RepoConfig,
    pub author: Option<Ident>,
}

/// How a job ended.
#[derive(Debug)]
pub enum Outcome {
    /// A commit is on the branch (made now, or found from an earlier attempt).
    Committed {
        commit: String,
        pr: Option<PullRequest>,
        recovered: bool,
        lock: Lock,
        files: usize,
    },
    /// The branch already holds exactly this playbook.
    NoChanges { lock: Lock },
    /// Cancelled before anything was committed.
    Cancelled,
}

/// The rolling branch pull requests come from.
pub fn rolling_branch(path: &str) -> String {
    if path.is_empty() {
        "rulebook/update".to_string()
    } else {
        let slug: String = path
            .trim_matches('/')
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!("rulebook/update-{slug}")
    }
}

/// Plans the job on `snap`; returns the changes with repository-relative paths.
fn plan_on(
    host: &mut dyn Host,
    job: &Job<'_>,
    snap: &Snapshot,
) -> Result<(Changes, Lock), DistError> {
    let tree = RemoteTree::new(host, job.repo, snap, job.path);
    let planned = planner::plan(
        &tree,
        planner::Request {
            bundles: job.bundles.clone(),
            agents: &job.agents,
            always_on_cap: job.always_on_cap,
            repo_policy: job.repo_policy.clone(),
            force: false,
            scope: crate::install::lock::Scope::Repository,
            moves: crate::render::Moves::none(),
        },
    );
    let planned = match (tree.failure.take(), planned) {
        (Some(e), _) => return Err(e),
        (None, p) => p?,
    };
    let changes = planner::changes(&tree, &planned, &job.config);
    if let Some(e) = tree.failure.take() {
        return Err(e);
    }
    let mut changes = changes?;
    for (p, _, _) in &mut changes.writes {
        *p = RemoteTree::full(job.path, p);
    }
    for p in &mut changes.deletes {
        *p = RemoteTree::full(job.path, p);
    }
    Ok((changes, planned.lock))
}

fn files(c: &Changes) -> usize {
    c.writes.len() + c.deletes.len()
}

/// Runs the job. `cancelled` is asked right before each commit.
pub fn run(
    host: &mut dyn Host,
    job: &Job<'_>,
    cancelled: &mut dyn FnMut() -> bool,
) -> Result<Outcome, DistError> {
    match job.mode {
        Mode::Commit => run_commit(host, job, cancelled),
        Mode::PullRequest => run_pull_request(host, job, cancelled),
    }
}

fn branch_missing(job: &Job<'_>) -> DistError {
    DistError::NotFound(format!("branch {} of {}", job.branch, job.repo))
}

fn run_commit(
    host: &mut dyn Host,
    job: &Job<'_>,
    cancelled: &mut dyn FnMut() -> bool,
) -> Result<Outcome, DistError> {
    for _ in 0..MAX_MOVES {
        let snap = host
            .snapshot(job.repo, job.branch)?
            .ok_or_else(|| branch_missing(job))?;
        let (changes, lock) = plan_on(host, job, &snap)?;
        if message::trailer(&snap.message) == Some(job.label.as_str()) {
            return Ok(Outcome::Committed {
                commit: snap.head,
                pr: None,
                recovered: true,
                lock,
                files: 0,
            });
        }
        if changes.is_empty() {
            return Ok(Outcome::NoChanges { lock });
        }
        if cancelled() {
            return Ok(Outcome::Cancelled);
        }
        let msg = message::message(&lock, job.path, &job.label);
        let req = CommitRequest {
            branch: job.branch,
            base: &snap,
            base_branch: job.branch,
            changes: &changes,
            message: &msg,
            author: job.author.as_ref(),
            create: false,
            force: false,
        };
        match host.commit(job.repo, &req) {
            Ok(commit) => {
                return Ok(Outcome::Committed {
                    commit,
                    pr: None,
                    recovered: false,
                    lock,
                    files: files(&changes),
                });
            }
            Err(DistError::Moved) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(DistError::Rejected(format!(
        "branch {} kept moving: gave up after {MAX_MOVES} attempts",
        job.branch
    )))
}

fn run_pull_request(
    host: &mut dyn Host,
    job: &Job<'_>,
    cancelled: &mut dyn FnMut() -> bool,
) -> Result<Outcome, DistError> {
    let rolling = rolling_branch(job.path);
    for _ in 0..MAX_MOVES {
        let base = host
            .snapshot(job.repo, job.branch)?
            .ok_or_else(|| branch_missing(job))?;
        let current = host.snapshot(job.repo, &rolling)?;
        let (changes, lock) = plan_on(host, job, &base)?;
        let title = message::subject(&lock);
        let msg = message::message(&lock, job.path, &job.label);
        let body = msg.split_once("\n\n").map(|(_, b)| b).unwrap_or("");
        let made = current
            .as_ref()
            .filter(|c| message::trailer(&c.message) == Some(job.label.as_str()))
            .map(|c| c.head.clone());
        let (commit, recovered, n) = match made {
            Some(head) => (head, true, 0),
            None => {
                if changes.is_empty() {
                    return Ok(Outcome::NoChanges { lock });
                }
                if cancelled() {
                    return Ok(Outcome::Cancelled);
                }
                let req = CommitRequest {
                    branch: &rolling,
                    base: &base,
                    base_branch: job.branch,
                    changes: &changes,
                    message: &msg,
                    author: job.author.as_ref(),
                    create: current.is_none(),
                    force: true,
                };
                match host.commit(job.repo, &req) {
                    Ok(c) => (c, false, files(&changes)),
                    Err(DistError::Moved) => continue,
                    Err(e) => return Err(e),
                }
            }
        };
        let pr = host.pull_request(job.repo, &rolling, job.branch, &title, body)?;
        return Ok(Outcome::Committed {
            commit,
            pr: Some(pr),
            recovered,
            lock,
            files: n,
        });
    }
    Err(DistError::Rejected(format!(
        "branch {rolling} kept moving: gave up after {MAX_MOVES} attempts"
    )))
}
