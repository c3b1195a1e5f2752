//! The one planner behind `rulebook install`, `update`, `uninstall` and server-side
//! distribution: from the packages a repository wants and the tree it has now, render and
//! decide every write and deletion, and the new `rulebook.lock`. It reads through
//! `tree::Tree` and never writes, so a local checkout and a remote Git branch get the same
//! answer for the same input (a test proves both produce byte-identical trees).

use std::fmt;
use std::path::Path;

use super::InstallError;
use super::apply::{self, Plan};
use super::lock::{self, Lock, LockedPackage, RepoConfig};
use super::source;
use super::tree::Tree;
use crate::archive::portable::Bundle;
use crate::error::Coded;
use crate::render::{self, Agent, Options, RenderError};

/// What to install.
pub struct Request<'a> {
    /// `(lock key, bundle, locked package)` for every package the repository wants.
    pub bundles: Vec<(String, Bundle, LockedPackage)>,
    pub agents: &'a [Agent],
    pub always_on_cap: Option<usize>,
    /// Paths agents must never read and the hooks consent (`install::policy::repo_policy`).
    pub repo_policy: crate::install::policy::RepoPolicy,
    /// Overwrite hand-edited and foreign files.
    pub force: bool,
    /// A repository, or the home folder (each agent's user-scope files).
    pub scope: lock::Scope,
    /// Agents' user-scope folders moved by their own environment variable (`$CODEX_HOME`).
    pub moves: crate::render::Moves,
}

/// The planner's answer.
pub struct Planned {
    pub plan: Plan,
    pub lock: Lock,
    pub output: render::Output,
}

/// Why planning failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    Install(InstallError),
    Render(RenderError),
}

impl From<InstallError> for PlanError {
    fn from(e: InstallError) -> Self {
        PlanError::Install(e)
    }
}

impl From<RenderError> for PlanError {
    fn from(e: RenderError) -> Self {
        PlanError::Render(e)
    }
}

impl Coded for PlanError {
    fn code(&self) -> &'static str {
        match self {
            PlanError::Install(e) => e.code(),
            PlanError::Render(e) => e.code(),
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Install(e) => e.fmt(f),
            PlanError::Render(e) => e.fmt(f),
        }
    }
}

/// The tree's `rulebook.lock`, if any.
pub fn read_lock(tree: &dyn Tree) -> Result<Option<Lock>, InstallError> {
    read_lock_in(tree, lock::Scope::Repository)
}

/// The tree's lock in `scope`, if any.
pub fn read_lock_in(tree: &dyn Tree, scope: lock::Scope) -> Result<Option<Lock>, InstallError> {
    let rel = scope.lock_file();
    match tree.read(rel)? {
        None => Ok(None),
        Some(f) => lock::parse_lock_in(Path::new(rel), &f.bytes, scope).map(Some),
    }
}

/// The tree's `rulebook.json`, if any.
pub fn read_config(tree: &dyn Tree) -> Result<Option<RepoConfig>, InstallError> {
    match tree.read(lock::CONFIG_FILE)? {
        None => Ok(None),
        Some(f) => lock::parse_config(Path::new(lock::CONFIG_FILE), &f.bytes).map(Some),
    }
}

/// Renders the request and plans it against `tree`.
pub fn plan(tree: &dyn Tree, req: Request<'_>) -> Result<Planned, PlanError> {
    let old = read_lock(tree)?;
    // Kept until the next `install --mcp` (the MCP files are not rendered here).
    let old_mcp = old
        .as_ref()
        .map(|l| l.mcp_servers.clone())
        .unwrap_or_default();
    let pairs: Vec<(String, Bundle)> = req
        .bundles
        .iter()
        .map(|(k, b, _)| (k.clone(), b.clone()))
        .collect();
    let (playbook, artifacts) = source::playbook(&pairs)?;
    let output = render::render(
        &playbook,
        &Options {
            agents: req.agents.to_vec(),
            always_on_cap: req.always_on_cap,
            never_read: req.repo_policy.never_read.clone(),
            run_hooks: req.repo_policy.hooks,
            refuse_allows: req.repo_policy.refuse_allows,
            home: req.scope == lock::Scope::Home,
            moves: req.moves.clone(),
        },
    )?;
    let plan = apply::plan(tree, old, &output.ops, req.force, &req.moves)?;
    let packages = req.bundles.into_iter().map(|(k, _, p)| (k, p)).collect();
    let lock = lock_for(
        packages,
        req.agents,
        artifacts,
        plan.files.clone(),
        old_mcp,
        &req.moves,
    );
    Ok(Planned { plan, lock, output })
}

/// The lock an install of `packages` for `agents` leaves, with `files` as planned.
pub(crate) fn lock_for(
    packages: Vec<(String, LockedPackage)>,
    agents: &[Agent],
    artifacts: Vec<lock::LockedArtifact>,
    files: std::collections::BTreeMap<String, lock::LockedFile>,
    mcp_servers: lock::McpRecord,
    moves: &crate::render::Moves,
) -> Lock {
    let mut ids: Vec<String> = agents.iter().map(|a| a.id().to_string()).collect();
    ids.sort();
    let mut lock = Lock {
        lockfile_version: 1,
        packages: packages.into_iter().collect(),
        agents: ids,
        artifacts,
        files,
        mcp_servers,
        moved: moves.recorded_form(),
    };
    lock.lockfile_version = lock.version();
    lock
}

/// Every file change a commit must carry to make `tree` what a local install would leave:
/// the plan's writes and deletions, then `rulebook.lock` and `rulebook.json` when they differ.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// `(path, content, mode)`.
    pub writes: Vec<(String, Vec<u8>, u32)>,
    pub deletes: Vec<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty() && self.deletes.is_empty()
    }
}

/// The complete change set for `planned` in `tree`, with `config` as `rulebook.json`.
pub fn changes(
    tree: &dyn Tree,
    planned: &Planned,
    config: &RepoConfig,
) -> Result<Changes, InstallError> {
    let mut c = Changes {
        writes: planned.plan.writes.clone(),
        deletes: planned.plan.deletes.clone(),
    };
    for (path, bytes) in [
        (lock::LOCK_FILE, planned.lock.to_bytes()),
        (lock::CONFIG_FILE, lock::config_bytes(config)),
    ] {
        let now = tree.read(path)?;
        if now.as_ref().map(|f| (&f.bytes, f.mode)) != Some((&bytes, 0o644)) {
            c.writes.push((path.to_string(), bytes, 0o644));
        }
    }
    Ok(c)
}

/// Generated files whose content no longer matches the lock (`path (missing)` when gone):
/// what `rulebook status` reports and what the planner refuses to overwrite.
pub fn modified(tree: &dyn Tree, lock: &Lock) -> Result<Vec<String>, InstallError> {
    let mut modified = Vec::new();
    for (rel, f) in &lock.files {
        let Some(found) = tree.read(rel)? else {
            modified.push(format!("{rel} (missing)"));
            continue;
        };
        let hash = if let Some(spec) = render::settings_list::spec_for(rel) {
            // An owned entry gone from the list is a change; the team's entries are theirs.
            let text = String::from_utf8_lossy(&found.bytes);
            let owned: Vec<String> = f
                .entries
                .iter()
                .map(|e| render::settings_list::normalize(spec, e))
                .collect();
            match render::settings_list::current(spec, &text, &owned) {
                Ok(list) if owned.iter().all(|e| list.contains(e)) => Some(f.sha256),
                _ => None,
            }
        } else if f.section {
            let text = String::from_utf8_lossy(&found.bytes);
            match render::merge::extract_with(&text, render::merge::markers_for(rel)) {
                Ok(Some(s)) => Some(super::sha256(s.as_bytes())),
                _ => None,
            }
        } else {
            Some(super::sha256(&found.bytes))
        };
        if hash != Some(f.sha256) {
            modified.push(rel.clone());
        }
    }
    Ok(modified)
}
