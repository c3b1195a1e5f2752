//! A local install that renders straight into the staging area: each file is planned and
//! written to its temporary file as soon as it is rendered, then dropped, so memory holds
//! paths and hashes rather than the whole rendered tree (a 4,000-standard playbook renders
//! 67 MB for every agent). The all-or-nothing rename of `apply::Staging` is kept: a refusal
//! (local edits, foreign files) or failure found later removes everything staged.
//!
//! Server-side distribution and `render --check` keep the in-memory `planner::plan`, which
//! a commit or a listing needs whole anyway; both decide through the same `apply::Planner`.

use std::path::Path;

use super::InstallError;
use super::apply::{Planner, Staging};
use super::planner::{self, PlanError, Request};
use super::source;
use super::tree::Local;
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
    let tree = Local(root);
    let old = planner::read_lock(&tree)?;
    let mut packages = Vec::new();
    let mut pairs: Vec<(String, Bundle)> = Vec::new();
    for (k, b, p) in req.bundles {
        packages.push((k.clone(), p));
        pairs.push((k, b));
    }
    let (playbook, artifacts) = source::playbook(&pairs)?;
    drop(pairs);
    let mut planner = Planner::new(&tree, old);
    let mut staging = Staging::new(root);
    let mut sized = Vec::new();
    let mut failed: Option<InstallError> = None;
    let rendered = render::render_each(
        &playbook,
        &Options {
            agents: req.agents.to_vec(),
            always_on_cap: req.always_on_cap,
            never_read: req.never_read.clone(),
        },
        &mut |op| {
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
        },
    );
    let rendered = match (rendered, failed) {
        (Ok(r), None) => r,
        (Err(e), _) => {
            staging.abort();
            return Err(e.into());
        }
        (_, Some(e)) => {
            staging.abort();
            return Err(e.into());
        }
    };
    drop(playbook);
    let (more, deleted, planner) = match planner.finish(req.force) {
        Ok(done) => done,
        Err(e) => {
            staging.abort();
            return Err(e.into());
        }
    };
    for (rel, content, mode) in &more {
        if let Err(e) = staging.stage(rel, content, *mode) {
            staging.abort();
            return Err(e.into());
        }
    }
    let lock = planner::lock_for(packages, req.agents, artifacts, planner.files);
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
