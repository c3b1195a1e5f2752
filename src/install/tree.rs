//! The repository tree the install planner reads: a local checkout (`Local`), or a snapshot
//! of a remote Git branch as a distribution sees it (`Memory`, or a provider's lazy tree).
//! The planner only reads through this trait, so `rulebook install` and server-side
//! distribution decide what to write in exactly the same way.

use std::collections::BTreeMap;
use std::path::Path;

use super::InstallError;
use crate::model::artifact::check_relative_path;

/// A regular file's bytes and permission bits (0o644 or 0o755 in Git terms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub bytes: Vec<u8>,
    pub mode: u32,
}

/// What the planner may ask of a tree.
pub trait Tree {
    /// The regular file at `rel`, `None` if nothing is there. A path that leaves the tree,
    /// passes through a symlink, or names something that is not a regular file is refused.
    fn read(&self, rel: &str) -> Result<Option<File>, InstallError>;
}

/// A working tree on disk.
pub struct Local<'a>(pub &'a Path);

impl Tree for Local<'_> {
    fn read(&self, rel: &str) -> Result<Option<File>, InstallError> {
        use std::os::unix::fs::PermissionsExt;
        let abs = super::apply::target(self.0, rel)?;
        match std::fs::read(&abs) {
            Ok(bytes) => {
                let mode = std::fs::metadata(&abs)
                    .map(|m| m.permissions().mode() & 0o777)
                    .unwrap_or(0o644);
                Ok(Some(File { bytes, mode }))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(InstallError::Io(format!(
                "cannot read {}: {e}",
                abs.display()
            ))),
        }
    }
}

/// A folder known to be empty: one this process has just made, privately, to render into
/// ([`crate::install::stream::install_new`]). Nothing is read from the disk; paths are still
/// checked.
pub struct Empty;

impl Tree for Empty {
    fn read(&self, rel: &str) -> Result<Option<File>, InstallError> {
        crate::model::artifact::check_relative_path(rel)
            .map_err(|e| InstallError::Unsafe(format!("{rel:?}: {e}")))?;
        Ok(None)
    }
}

/// One entry of a Git tree listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A blob with mode 100644 or 100755, and how to get its bytes (an object id).
    Blob { mode: u32, id: String },
    /// A symlink (120000), a submodule (160000) or anything else the planner never writes
    /// through.
    Other(String),
}

/// Checks `rel` against a flat listing of a Git tree: no component may be a file, symlink
/// or submodule, and the path itself must be a regular blob if present. Returns the blob.
pub fn lookup<'a>(
    listing: &'a BTreeMap<String, Entry>,
    rel: &str,
) -> Result<Option<(&'a str, u32)>, InstallError> {
    check_relative_path(rel).map_err(|e| InstallError::Unsafe(format!("{rel:?}: {e}")))?;
    let mut prefix = String::new();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        if !prefix.is_empty() {
            prefix.push('/');
        }
        prefix.push_str(part);
        let last = i + 1 == parts.len();
        match listing.get(&prefix) {
            None => {}
            Some(Entry::Blob { mode, id }) if last => return Ok(Some((id.as_str(), *mode))),
            Some(Entry::Blob { .. }) => {
                return Err(InstallError::Unsafe(format!("{prefix} is not a directory")));
            }
            Some(Entry::Other(what)) => {
                return Err(InstallError::Unsafe(format!(
                    "{prefix} is a {what}; Rulebook does not write through it"
                )));
            }
        }
    }
    Ok(None)
}

/// A tree held in memory: a listing and the blobs it names.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub listing: BTreeMap<String, Entry>,
    pub blobs: BTreeMap<String, Vec<u8>>,
}

impl Memory {
    /// Adds a regular file (its id is its path, which is unique here).
    pub fn insert(&mut self, rel: &str, bytes: &[u8], mode: u32) {
        self.listing.insert(
            rel.to_string(),
            Entry::Blob {
                mode,
                id: rel.to_string(),
            },
        );
        self.blobs.insert(rel.to_string(), bytes.to_vec());
    }
}

impl Tree for Memory {
    fn read(&self, rel: &str) -> Result<Option<File>, InstallError> {
        let Some((id, mode)) = lookup(&self.listing, rel)? else {
            return Ok(None);
        };
        let bytes = self
            .blobs
            .get(id)
            .cloned()
            .ok_or_else(|| InstallError::Io(format!("{rel}: its content is missing")))?;
        Ok(Some(File { bytes, mode }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_trees_refuse_what_a_checkout_refuses() {
        let mut m = Memory::default();
        m.insert("CLAUDE.md", b"x", 0o644);
        m.listing
            .insert(".claude".into(), Entry::Other("symlink".into()));
        m.insert("file", b"y", 0o755);
        assert_eq!(m.read("CLAUDE.md").unwrap().unwrap().bytes, b"x");
        assert_eq!(m.read("file").unwrap().unwrap().mode, 0o755);
        assert!(m.read("missing/x").unwrap().is_none());
        assert!(matches!(
            m.read(".claude/rules/a.md"),
            Err(InstallError::Unsafe(_))
        ));
        assert!(matches!(m.read("file/a"), Err(InstallError::Unsafe(_))));
        assert!(matches!(m.read("../x"), Err(InstallError::Unsafe(_))));
    }
}
