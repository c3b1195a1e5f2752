//! A remote branch's tree as the install planner reads it: the listing comes with the
//! snapshot, and a blob is fetched only when the planner asks for that path (a repository
//! with thousands of files costs one listing and a handful of blob reads). Paths are seen
//! below the target's folder (`path` of a monorepo target).

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::DistError;
use super::host::{Host, Snapshot};
use crate::install::InstallError;
use crate::install::tree::{File, Tree, lookup};

/// The tree of `snapshot`, seen from `prefix` (`""` for the repository root).
pub struct RemoteTree<'a> {
    host: RefCell<&'a mut dyn Host>,
    repo: &'a str,
    snapshot: &'a Snapshot,
    prefix: &'a str,
    cache: RefCell<BTreeMap<String, Vec<u8>>>,
    /// The first provider error a read met (the planner only sees `InstallError`s).
    pub failure: RefCell<Option<DistError>>,
}

impl<'a> RemoteTree<'a> {
    pub fn new(
        host: &'a mut dyn Host,
        repo: &'a str,
        snapshot: &'a Snapshot,
        prefix: &'a str,
    ) -> Self {
        RemoteTree {
            host: RefCell::new(host),
            repo,
            snapshot,
            prefix,
            cache: RefCell::default(),
            failure: RefCell::default(),
        }
    }

    /// `rel` below the target's folder, as a repository path.
    pub fn full(prefix: &str, rel: &str) -> String {
        if prefix.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", prefix.trim_end_matches('/'))
        }
    }
}

impl Tree for RemoteTree<'_> {
    fn read(&self, rel: &str) -> Result<Option<File>, InstallError> {
        let full = Self::full(self.prefix, rel);
        let Some((id, mode)) = lookup(&self.snapshot.listing, &full)? else {
            return Ok(None);
        };
        if let Some(bytes) = self.cache.borrow().get(id) {
            return Ok(Some(File {
                bytes: bytes.clone(),
                mode,
            }));
        }
        let fetched = self.host.borrow_mut().blob(self.repo, id);
        match fetched {
            Ok(bytes) => {
                self.cache
                    .borrow_mut()
                    .insert(id.to_string(), bytes.clone());
                Ok(Some(File { bytes, mode }))
            }
            Err(e) => {
                let text = e.to_string();
                self.failure.borrow_mut().get_or_insert(e);
                Err(InstallError::Io(format!("cannot read {full}: {text}")))
            }
        }
    }
}
