//! A local install that renders straight into the staging area: each file is planned and
//! written to its temporary file as soon as it is rendered, then dropped, so memory holds
//! paths and hashes rather than the whole rendered tree (a 4,000-standard playbook renders
//! 67 MB for every agent). The all-or-nothing rename of `apply::Staging` is kept: a refusal
//! (local edits, foreign files) or failure found later removes everything staged.
//!
//! Into a folder that does not exist yet (`render --out NEW`), [`install_new`] renders into a
//! private sibling folder, writing each file where it belongs, and renames that folder into
//! place once: the same all-or-nothing result with half the filesystem work (no temporary
//! name, rename and symlink checks per file, nothing to read back).
//!
//! Server-side distribution and `render --check` keep the in-memory `planner::plan`, which
//! a commit or a listing needs whole anyway; both decide through the same `apply::Planner`.

use std::path::Path;

use super::InstallError;
use super::apply::{Planner, Staging};
use super::planner::{self, PlanError, Request};
use super::source;
use super::tree::{Empty, Local, Tree};
use crate::archive::portable::Bundle;
use crate::render::{self, Options, Rendered};

/// What a streamed install did.
pub struct Installed {
    pub written: Vec<String>,
    pub deleted: Vec<String>,
    pub unchanged: usize,
    pub rendered: Rendered,
    /// `(path, bytes it contributes)` for every rendered path, when asked for (`--stats`).
    pub sizes: Vec<(String, usize)>,
}

/// Renders `req` into `root`, staging each write as it comes, and commits it with the new lock.
pub fn install(root: &Path, req: Request<'_>, sizes: bool) -> Result<Installed, PlanError> {
    let staging = Staging::new(root).lock_at(req.scope.lock_file());
    run(&Local(root), staging, req, sizes)
}

/// Renders `req` into `dest`, a folder that must not exist yet: everything is written into a
/// new private folder beside it, which is renamed to `dest` at the end (and removed on any
/// error, leaving nothing).
pub fn install_new(dest: &Path, req: Request<'_>, sizes: bool) -> Result<Installed, PlanError> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let io = |what: &str, p: &Path, e: std::io::Error| {
        PlanError::from(InstallError::Io(format!("{what} {}: {e}", p.display())))
    };
    let name = dest
        .file_name()
        .ok_or_else(|| InstallError::Io(format!("{} names no folder", dest.display())))?;
    let parent = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let work = parent.join(format!(
        ".{}.rulebook-new-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    // Private while it is filled (and made here: creating fails if anything is there), then
    // given the usual folder mode just before it appears.
    std::fs::DirBuilder::new()
        .mode(0o700)
        .create(&work)
        .map_err(|e| io("cannot create", &work, e))?;
    let staging = Staging::direct(&work).lock_at(req.scope.lock_file());
    let done = match run(&Empty, staging, req, sizes) {
        Ok(done) => done,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&work);
            return Err(e);
        }
    };
    // `rename` does not replace a folder that is not empty: one made meanwhile is kept.
    let appear = std::fs::set_permissions(&work, std::fs::Permissions::from_mode(0o755))
        .and_then(|_| std::fs::rename(&work, dest));
    if let Err(e) = appear {
        let _ = std::fs::remove_dir_all(&work);
        return Err(io("cannot create", dest, e));
    }
    Ok(done)
}

fn run(
    tree: &dyn Tree,
    mut staging: Staging<'_>,
    req: Request<'_>,
    sizes: bool,
) -> Result<Installed, PlanError> {
    let old = planner::read_lock_in(tree, req.scope)?;
    // Kept until the next `install --mcp` (the MCP files are not rendered here).
    let old_mcp = old
        .as_ref()
        .map(|l| l.mcp_servers.clone())
        .unwrap_or_default();
    let mut packages = Vec::new();
    let mut pairs: Vec<(String, Bundle)> = Vec::new();
    for (k, b, p) in req.bundles {
        packages.push((k.clone(), p));
        pairs.push((k, b));
    }
    let (playbook, artifacts) = source::playbook(&pairs)?;
    drop(pairs);
    let mut planner = Planner::new(tree, old, &req.moves);
    let mut sized = Vec::new();
    // Any refusal or failure before the commit removes everything staged, in one place.
    let options = Options {
        agents: req.agents.to_vec(),
        always_on_cap: req.always_on_cap,
        never_read: req.repo_policy.never_read,
        run_hooks: req.repo_policy.hooks,
        refuse_allows: req.repo_policy.refuse_allows,
        home: req.scope == super::lock::Scope::Home,
        moves: req.moves,
    };
    let staged = stage_all(
        &mut planner,
        &mut staging,
        &playbook,
        &options,
        sizes,
        &mut sized,
    );
    drop(playbook);
    let (rendered, deleted, planner) = match staged.and_then(|r| {
        let (more, deleted, planner) = planner.finish(req.force)?;
        for (rel, content, mode) in &more {
            staging.stage(rel, content, *mode)?;
        }
        Ok((r, deleted, planner))
    }) {
        Ok(done) => done,
        Err(e) => {
            staging.abort();
            return Err(e);
        }
    };
    let lock = planner::lock_for(
        packages,
        req.agents,
        artifacts,
        planner.files,
        old_mcp,
        &options.moves,
    );
    let mut written = staging.commit(&lock, &deleted)?;
    written.sort();
    sized.sort();
    Ok(Installed {
        written,
        deleted,
        unchanged: planner.unchanged.len(),
        rendered,
        sizes: sized,
    })
}

/// Renders the playbook, planning and staging each file as it comes (the caller aborts the
/// staging on an error).
fn stage_all(
    planner: &mut Planner<'_>,
    staging: &mut Staging<'_>,
    playbook: &render::Playbook,
    options: &Options,
    sizes: bool,
    sized: &mut Vec<(String, usize)>,
) -> Result<Rendered, PlanError> {
    let mut failed: Option<InstallError> = None;
    let rendered = render::render_each(playbook, options, &mut |op| {
        if sizes {
            sized.push((op.path().to_string(), op.bytes().len()));
        }
        let step = planner.op(&op).and_then(|w| match w {
            Some((rel, content, mode)) => staging.stage(&rel, &content, mode),
            None => Ok(()),
        });
        match step {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        }
    });
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(rendered?),
    }
}
