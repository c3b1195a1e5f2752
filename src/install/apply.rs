//! Planning and applying a render's file operations in a repository (see the module
//! invariants in `install/mod.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use super::lock::{Lock, LockedFile};
use super::tree::Tree;
use super::{InstallError, sha256};
use crate::model::artifact::check_relative_path;
use crate::render::FileOp;
use crate::render::merge;

/// What an install will do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// (path, full new content, mode).
    pub writes: Vec<(String, Vec<u8>, u32)>,
    pub deletes: Vec<String>,
    /// Paths already as they should be.
    pub unchanged: Vec<String>,
    /// The new lock's file entries.
    pub files: BTreeMap<String, LockedFile>,
}

/// Checks that `rel` stays inside `root` and passes through no symlink; returns the path.
pub fn target(root: &Path, rel: &str) -> Result<PathBuf, InstallError> {
    check_relative_path(rel).map_err(|e| InstallError::Unsafe(format!("{rel:?}: {e}")))?;
    let mut cur = root.to_path_buf();
    let parts: Vec<Component<'_>> = Path::new(rel).components().collect();
    for (i, c) in parts.iter().enumerate() {
        let Component::Normal(name) = c else {
            return Err(InstallError::Unsafe(format!(
                "{rel:?} is not a plain relative path"
            )));
        };
        cur.push(name);
        match fs::symlink_metadata(&cur) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
            Err(e) => {
                return Err(InstallError::Io(format!(
                    "cannot inspect {}: {e}",
                    cur.display()
                )));
            }
            Ok(m) if m.file_type().is_symlink() => {
                return Err(InstallError::Unsafe(format!(
                    "{} is a symlink; Rulebook does not write through links",
                    cur.display()
                )));
            }
            Ok(m) if i + 1 < parts.len() && !m.is_dir() => {
                return Err(InstallError::Unsafe(format!(
                    "{} is not a directory",
                    cur.display()
                )));
            }
            Ok(m) if i + 1 == parts.len() && !m.is_file() => {
                return Err(InstallError::Unsafe(format!(
                    "{} is not a regular file",
                    cur.display()
                )));
            }
            Ok(_) => {}
        }
    }
    Ok(root.join(rel))
}

fn read(path: &Path) -> Result<Option<Vec<u8>>, InstallError> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(InstallError::Io(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

fn text(path: &str, bytes: &[u8]) -> Result<String, InstallError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        InstallError::Markers(format!(
            "{path} is not UTF-8 text; Rulebook cannot merge its section"
        ))
    })
}

fn section_of(path: &str, existing: Option<&[u8]>) -> Result<Option<String>, InstallError> {
    match existing {
        None => Ok(None),
        Some(b) => merge::extract(&text(path, b)?).map_err(|e| {
            InstallError::Markers(format!(
                "{path}: Rulebook's markers are damaged ({}); fix them by hand",
                e.0
            ))
        }),
    }
}

/// Works out what to write and delete, refusing unsafe paths and local edits (unless
/// `force`). Reads the tree (a checkout or a remote branch); writes nothing.
pub fn plan(
    tree: &dyn Tree,
    old: Option<&Lock>,
    ops: &[FileOp],
    force: bool,
) -> Result<Plan, InstallError> {
    let mut p = Plan::default();
    let mut edited = Vec::new();
    let mut foreign = Vec::new();
    let old_files = old.map(|l| l.files.clone()).unwrap_or_default();
    let produced: BTreeSet<&str> = ops.iter().map(|o| o.path()).collect();
    for op in ops {
        let rel = op.path().to_string();
        let found = tree.read(&rel)?;
        let existing_mode = found.as_ref().map(|f| f.mode);
        let existing = found.map(|f| f.bytes);
        let locked = old_files.get(&rel);
        match op {
            FileOp::Write { content, mode, .. } => {
                p.files.insert(
                    rel.clone(),
                    LockedFile {
                        sha256: sha256(content),
                        section: false,
                    },
                );
                match &existing {
                    Some(e) if e == content && existing_mode == Some(*mode) => {
                        p.unchanged.push(rel)
                    }
                    Some(e) => {
                        match locked {
                            Some(l) if l.sha256 == sha256(e) => {}
                            Some(_) => edited.push(rel.clone()),
                            None if e == content => {}
                            None => foreign.push(rel.clone()),
                        }
                        p.writes.push((rel, content.clone(), *mode));
                    }
                    None => p.writes.push((rel, content.clone(), *mode)),
                }
            }
            FileOp::Section { content, .. } => {
                p.files.insert(
                    rel.clone(),
                    LockedFile {
                        sha256: sha256(merge::normalize(content).as_bytes()),
                        section: true,
                    },
                );
                let current = section_of(&rel, existing.as_deref())?;
                if let (Some(l), Some(cur)) = (locked, &current)
                    && l.sha256 != sha256(cur.as_bytes())
                    && cur != merge::normalize(content)
                {
                    edited.push(rel.clone());
                }
                let before = existing.as_deref().map(|b| text(&rel, b)).transpose()?;
                let merged = merge::merge(before.as_deref(), Some(content))
                    .map_err(|e| InstallError::Markers(format!("{rel}: {}", e.0)))?
                    .unwrap_or_default();
                if before.as_deref() == Some(merged.as_str()) {
                    p.unchanged.push(rel);
                } else {
                    let mode = existing_mode.unwrap_or(0o644);
                    p.writes.push((rel, merged.into_bytes(), mode));
                }
            }
        }
    }
    for (rel, l) in &old_files {
        if produced.contains(rel.as_str()) {
            continue;
        }
        let Some(found) = tree.read(rel)? else {
            continue;
        };
        let (existing, existing_mode) = (found.bytes, found.mode);
        if l.section {
            let current = section_of(rel, Some(&existing))?;
            if current
                .as_deref()
                .is_some_and(|c| sha256(c.as_bytes()) != l.sha256)
            {
                edited.push(rel.clone());
            }
            let before = text(rel, &existing)?;
            match merge::merge(Some(&before), None)
                .map_err(|e| InstallError::Markers(format!("{rel}: {}", e.0)))?
            {
                Some(after) if after == before => {}
                Some(after) => p
                    .writes
                    .push((rel.clone(), after.into_bytes(), existing_mode)),
                None => p.deletes.push(rel.clone()),
            }
        } else {
            if sha256(&existing) != l.sha256 {
                edited.push(rel.clone());
            }
            p.deletes.push(rel.clone());
        }
    }
    if !force {
        if !edited.is_empty() {
            edited.sort();
            return Err(InstallError::LocalEdits(edited));
        }
        if !foreign.is_empty() {
            foreign.sort();
            return Err(InstallError::Foreign(foreign));
        }
    }
    Ok(p)
}

/// Directories to create for `abs` (the first missing ancestor, which a rollback removes).
fn missing_top(root: &Path, abs: &Path) -> Option<PathBuf> {
    let mut top = None;
    let mut cur = abs.parent();
    while let Some(d) = cur {
        if d == root || d.exists() {
            break;
        }
        top = Some(d.to_path_buf());
        cur = d.parent();
    }
    top
}

fn temp_for(abs: &Path) -> PathBuf {
    crate::ops::files::temp_path(abs)
}

/// Applies a plan, then writes `lock` (when it differs). Staging failures undo everything.
pub fn apply(root: &Path, plan: &Plan, lock: &[u8]) -> Result<(), InstallError> {
    let lock_path = root.join(super::lock::LOCK_FILE);
    let lock_changed = read(&lock_path)?.as_deref() != Some(lock);
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut created: Vec<PathBuf> = Vec::new();
    let stage = |staged: &mut Vec<(PathBuf, PathBuf)>,
                 created: &mut Vec<PathBuf>|
     -> Result<(), InstallError> {
        for (rel, content, mode) in &plan.writes {
            let abs = root.join(rel);
            if let Some(top) = missing_top(root, &abs) {
                created.push(top);
            }
            if let Some(parent) = abs.parent() {
                create_dirs(root, parent)?;
            }
            let tmp = temp_for(&abs);
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(*mode)
                .open(&tmp)
                .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
            staged.push((tmp.clone(), abs));
            f.write_all(content)
                .and_then(|_| fs::set_permissions(&tmp, fs::Permissions::from_mode(*mode)))
                .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
        }
        if lock_changed {
            let tmp = temp_for(&lock_path);
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o644)
                .open(&tmp)
                .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
            staged.push((tmp.clone(), lock_path.clone()));
            // The lock is committed with the repository: readable by all, whatever the umask
            // (the CLI narrows it to 077 for the server's own files).
            f.write_all(lock)
                .and_then(|_| fs::set_permissions(&tmp, fs::Permissions::from_mode(0o644)))
                .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
        }
        Ok(())
    };
    if let Err(e) = stage(&mut staged, &mut created) {
        for (tmp, _) in &staged {
            let _ = fs::remove_file(tmp);
        }
        for d in created.iter().rev() {
            let _ = fs::remove_dir_all(d);
        }
        return Err(e);
    }
    // One filesystem sync for everything staged (an fsync per file costs seconds for a
    // large install), so the renames below only ever expose complete files.
    sync_fs(root);
    // Commit: the lock is staged last, so it is renamed last.
    for (i, (tmp, abs)) in staged.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, abs) {
            for (rest, _) in &staged[i..] {
                let _ = fs::remove_file(rest);
            }
            return Err(InstallError::Partial(format!(
                "cannot install {}: {e}",
                abs.display()
            )));
        }
    }
    for rel in &plan.deletes {
        let abs = root.join(rel);
        match fs::remove_file(&abs) {
            Ok(()) => prune(root, abs.parent()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(InstallError::Partial(format!(
                    "cannot delete {}: {e}",
                    abs.display()
                )));
            }
        }
    }
    sync_fs(root);
    Ok(())
}

/// Creates the missing folders of `dir` below `root` as 0755 (repository folders follow
/// the usual mode, not the private umask the server's own files use).
fn create_dirs(root: &Path, dir: &Path) -> Result<(), InstallError> {
    let mut missing = Vec::new();
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if d == root || d.exists() {
            break;
        }
        missing.push(d.to_path_buf());
        cur = d.parent();
    }
    for d in missing.iter().rev() {
        fs::DirBuilder::new()
            .mode(0o755)
            .create(d)
            .and_then(|_| fs::set_permissions(d, fs::Permissions::from_mode(0o755)))
            .map_err(|e| InstallError::Io(format!("cannot create {}: {e}", d.display())))?;
    }
    Ok(())
}

/// Flushes the filesystem holding `root` (syncfs(2)): one call instead of one per file.
fn sync_fs(root: &Path) {
    use std::os::fd::AsRawFd;
    if let Ok(d) = fs::File::open(root) {
        // SAFETY: syncfs only reads the descriptor, which `d` keeps open for the call.
        unsafe {
            libc::syncfs(d.as_raw_fd());
        }
    }
}

/// Removes directories left empty by deletions, up to (not including) the root.
fn prune(root: &Path, mut dir: Option<&Path>) {
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}
