//! Planning and applying a render's file operations in a repository (see the module
//! invariants in `install/mod.rs`).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use super::lock::{Lock, LockedFile};
use super::tree::Tree;
use super::{InstallError, sha256};
use crate::model::artifact::check_relative_path;
use crate::render::{FileOp, merge, settings_list};

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

fn text(path: &str, bytes: Vec<u8>) -> Result<String, InstallError> {
    String::from_utf8(bytes).map_err(|_| {
        InstallError::Markers(format!(
            "{path} is not UTF-8 text; Rulebook cannot merge its section"
        ))
    })
}

fn section_of(path: &str, existing: Option<&str>) -> Result<Option<String>, InstallError> {
    match existing {
        None => Ok(None),
        Some(t) => merge::extract_with(t, merge::markers_for(path)).map_err(|e| {
            InstallError::Markers(format!(
                "{path}: Rulebook's markers are damaged ({}); fix them by hand",
                e.0
            ))
        }),
    }
}

/// Decides, one operation at a time, what an install writes, keeps and deletes, refusing
/// unsafe paths; local edits and foreign files are collected and refused at [`Planner::finish`]
/// (unless `force`). Reads the tree; writes nothing. Holds paths and hashes, not contents, so a
/// caller that stages each write as it comes never holds the whole tree.
pub struct Planner<'t> {
    tree: &'t dyn Tree,
    old_files: BTreeMap<String, LockedFile>,
    edited: Vec<String>,
    foreign: Vec<String>,
    /// The new lock's file entries.
    pub files: BTreeMap<String, LockedFile>,
    /// Paths already as they should be.
    pub unchanged: Vec<String>,
    /// Folders an agent's moved user folder left (`render::Moves::left_behind`): what the
    /// old lock names there is removed only if unchanged, even with `force` (the record of
    /// the move is the lock's word alone).
    left_behind: Vec<String>,
}

impl<'t> Planner<'t> {
    /// `old` is what the previous install left (its lock), taken whole: a large lock's file
    /// table is not copied.
    pub fn new(tree: &'t dyn Tree, old: Option<Lock>, moves: &crate::render::Moves) -> Self {
        let left_behind = old
            .as_ref()
            .map(|l| moves.left_behind(&l.moved))
            .unwrap_or_default();
        Planner {
            tree,
            left_behind,
            old_files: old.map(|l| l.files).unwrap_or_default(),
            edited: Vec::new(),
            foreign: Vec::new(),
            files: BTreeMap::new(),
            unchanged: Vec::new(),
        }
    }

    /// The write `op` needs, `(path, full new content, mode)`, or `None` when the file is
    /// already as it should be.
    pub fn op(&mut self, op: &FileOp) -> Result<Option<(String, Vec<u8>, u32)>, InstallError> {
        let rel = op.path().to_string();
        let found = self.tree.read(&rel)?;
        let existing_mode = found.as_ref().map(|f| f.mode);
        let existing = found.map(|f| f.bytes);
        // Taken out: what is left at `finish` is what this install no longer renders.
        let locked = self.old_files.remove(&rel);
        let locked = locked.as_ref();
        match op {
            FileOp::Write { content, mode, .. } => {
                self.files.insert(
                    rel.clone(),
                    LockedFile {
                        sha256: sha256(content),
                        section: false,
                        entries: Vec::new(),
                        made: false,
                    },
                );
                match &existing {
                    Some(e) if e == content && existing_mode == Some(*mode) => {
                        self.unchanged.push(rel);
                        Ok(None)
                    }
                    Some(e) => {
                        match locked {
                            Some(l) if l.sha256 == sha256(e) => {}
                            Some(_) => self.edited.push(rel.clone()),
                            None if e == content => {}
                            None => self.foreign.push(rel.clone()),
                        }
                        Ok(Some((rel, content.clone(), *mode)))
                    }
                    None => Ok(Some((rel, content.clone(), *mode))),
                }
            }
            FileOp::Section { content, .. } if settings_list::spec_for(&rel).is_some() => {
                self.list_op(rel, content, existing, existing_mode, locked)
            }
            FileOp::Section { content, .. } => {
                self.files.insert(
                    rel.clone(),
                    LockedFile {
                        sha256: sha256(merge::normalize(content).as_bytes()),
                        section: true,
                        entries: Vec::new(),
                        made: false,
                    },
                );
                // Read as text once (a shared file can be megabytes).
                let before = existing.map(|b| text(&rel, b)).transpose()?;
                let current = section_of(&rel, before.as_deref())?;
                if let (Some(l), Some(cur)) = (locked, &current)
                    && l.sha256 != sha256(cur.as_bytes())
                    && cur != merge::normalize(content)
                {
                    self.edited.push(rel.clone());
                }
                let merged =
                    merge::merge_with(before.as_deref(), Some(content), merge::markers_for(&rel))
                        .map_err(|e| InstallError::Markers(format!("{rel}: {}", e.0)))?
                        .unwrap_or_default();
                if before.as_deref() == Some(merged.as_str()) {
                    self.unchanged.push(rel);
                    Ok(None)
                } else {
                    let mode = existing_mode.unwrap_or(0o644);
                    Ok(Some((rel, merged.into_bytes(), mode)))
                }
            }
        }
    }

    /// A list Rulebook shares in a JSON settings file: its wanted entries added, the ones it
    /// owned and no longer wants removed, the team's own left alone. An owned entry still
    /// wanted but gone from the file is a local edit.
    fn list_op(
        &mut self,
        rel: String,
        content: &str,
        existing: Option<Vec<u8>>,
        existing_mode: Option<u32>,
        locked: Option<&LockedFile>,
    ) -> Result<Option<(String, Vec<u8>, u32)>, InstallError> {
        let Some(spec) = settings_list::spec_for(&rel) else {
            return Ok(None);
        };
        let bad = |e: String| InstallError::Markers(e);
        let new = settings_list::entries(spec, content);
        let old: Vec<String> = locked
            .map(|l| l.entries.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|e| settings_list::normalize(spec, e))
            .collect();
        let old = old.as_slice();
        let before = existing.map(|b| text(&rel, b)).transpose()?;
        let of: Vec<String> = old.iter().chain(&new).cloned().collect();
        let current = match &before {
            Some(t) => settings_list::current(spec, t, &of).map_err(bad)?,
            None => Vec::new(),
        };
        // A file deleted whole is made again, as any generated file is.
        if before.is_some() && old.iter().any(|e| new.contains(e) && !current.contains(e)) {
            self.edited.push(rel.clone());
        }
        let owned = settings_list::owned(old, &new, &current);
        // Made by Rulebook: there was no file, or the lock says Rulebook made the one there.
        let made = match (&before, locked) {
            (None, _) => settings_list::Made::Rulebook,
            (Some(_), Some(l)) => l.made_by(),
            (Some(_), None) => settings_list::Made::Team,
        };
        self.files.insert(
            rel.clone(),
            LockedFile {
                sha256: sha256(owned.join("\n").as_bytes()),
                section: true,
                entries: owned,
                made: made == settings_list::Made::Rulebook,
            },
        );
        let merged = settings_list::merge(spec, before.as_deref(), old, &new, made).map_err(bad)?;
        match merged {
            Some(m) if before.as_deref() != Some(m.as_str()) => {
                Ok(Some((rel, m.into_bytes(), existing_mode.unwrap_or(0o644))))
            }
            _ => {
                self.unchanged.push(rel);
                Ok(None)
            }
        }
    }

    /// After every operation: the writes that remove Rulebook's section from shared files
    /// no longer rendered, and the deletions of its files no longer rendered; then the refusal
    /// of local edits and foreign files unless `force`.
    #[allow(clippy::type_complexity)]
    pub fn finish(
        mut self,
        force: bool,
    ) -> Result<(Vec<(String, Vec<u8>, u32)>, Vec<String>, Self), InstallError> {
        let (mut writes, mut deletes) = (Vec::new(), Vec::new());
        for (rel, l) in &self.old_files {
            let Some(found) = self.tree.read(rel)? else {
                continue;
            };
            let (existing, existing_mode) = (found.bytes, found.mode);
            if self.left_behind.iter().any(|d| rel.starts_with(d.as_str())) {
                let ours = match l.section {
                    true => section_of(rel, std::str::from_utf8(&existing).ok())
                        .ok()
                        .flatten()
                        .is_some_and(|c| sha256(c.as_bytes()) == l.sha256),
                    false => sha256(&existing) == l.sha256,
                };
                if !ours {
                    // Not as Rulebook left it: no longer Rulebook's, left where it is.
                    continue;
                }
            }
            if let Some(spec) = settings_list::spec_for(rel) {
                if l.entries.is_empty() {
                    // Nothing of Rulebook's to take out: the file is not even read.
                    continue;
                }
                // Rulebook's entries leave the list; the team's stay.
                let before = text(rel, existing)?;
                let owned = settings_list::entries(spec, &l.entries.join("\n"));
                match settings_list::merge(spec, Some(&before), &owned, &[], l.made_by())
                    .map_err(InstallError::Markers)?
                {
                    Some(after) if after == before => {}
                    Some(after) => writes.push((rel.clone(), after.into_bytes(), existing_mode)),
                    None => deletes.push(rel.clone()),
                }
            } else if l.section {
                let before = text(rel, existing)?;
                let current = section_of(rel, Some(&before))?;
                if current
                    .as_deref()
                    .is_some_and(|c| sha256(c.as_bytes()) != l.sha256)
                {
                    self.edited.push(rel.clone());
                }
                match merge::merge_with(Some(&before), None, merge::markers_for(rel))
                    .map_err(|e| InstallError::Markers(format!("{rel}: {}", e.0)))?
                {
                    Some(after) if after == before => {}
                    Some(after) => writes.push((rel.clone(), after.into_bytes(), existing_mode)),
                    None => deletes.push(rel.clone()),
                }
            } else {
                if sha256(&existing) != l.sha256 {
                    self.edited.push(rel.clone());
                }
                deletes.push(rel.clone());
            }
        }
        if !force {
            if !self.edited.is_empty() {
                self.edited.sort();
                return Err(InstallError::LocalEdits(self.edited));
            }
            if !self.foreign.is_empty() {
                self.foreign.sort();
                return Err(InstallError::Foreign(self.foreign));
            }
        }
        Ok((writes, deletes, self))
    }
}

/// Works out what to write and delete, refusing unsafe paths and local edits (unless
/// `force`). Reads the tree (a checkout or a remote branch); writes nothing.
pub fn plan(
    tree: &dyn Tree,
    old: Option<Lock>,
    ops: &[FileOp],
    force: bool,
    moves: &crate::render::Moves,
) -> Result<Plan, InstallError> {
    let mut planner = Planner::new(tree, old, moves);
    let mut writes = Vec::new();
    for op in ops {
        writes.extend(planner.op(op)?);
    }
    let (more, deletes, planner) = planner.finish(force)?;
    writes.extend(more);
    Ok(Plan {
        writes,
        deletes,
        unchanged: planner.unchanged,
        files: planner.files,
    })
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

/// New contents written to temporary files beside their targets, renamed into place all
/// together by [`Staging::commit`]; [`Staging::abort`] (or a failure while staging) removes
/// every temporary file and the folders staging created, leaving the tree as it was.
pub struct Staging<'r> {
    root: &'r Path,
    /// Targets staged, relative to the root (the temporary file is beside each; paths are
    /// kept relative so that a large install holds one short string per file).
    staged: Vec<String>,
    /// The first missing folder of each target, removed by an abort.
    created: Vec<PathBuf>,
    /// Folders known to exist (made or found by this staging), so the next file in one is
    /// not checked again: a large install stages thousands of files per folder.
    ready: std::collections::HashSet<PathBuf>,
    /// Where the lock goes, relative to the root.
    lock: &'static str,
    /// Files are written in place: the root is a new folder of this process's, renamed into
    /// place as a whole by the caller ([`Staging::direct`]).
    direct: bool,
}

impl<'r> Staging<'r> {
    pub fn new(root: &'r Path) -> Self {
        Staging {
            root,
            staged: Vec::new(),
            created: Vec::new(),
            ready: std::collections::HashSet::new(),
            lock: super::lock::LOCK_FILE,
            direct: false,
        }
    }

    /// Staging into `root`, a folder this process has just made and nobody else writes:
    /// each file is written where it belongs (no temporary name, no rename), and the caller
    /// makes the whole folder appear at once by renaming it. All or nothing still holds: an
    /// abort removes `root`.
    pub fn direct(root: &'r Path) -> Self {
        Staging {
            direct: true,
            ..Staging::new(root)
        }
    }

    /// Where `rel`'s new content is written until the commit.
    fn staged_path(&self, rel: &str) -> PathBuf {
        let abs = self.root.join(rel);
        match self.direct {
            true => abs,
            false => temp_for(&abs),
        }
    }

    /// The lock written at `rel` (`.rulebook/rulebook.lock` for the home folder).
    pub fn lock_at(mut self, rel: &'static str) -> Self {
        self.lock = rel;
        self
    }

    /// Stages `content` for `rel` (a path the planner checked).
    pub fn stage(&mut self, rel: &str, content: &[u8], mode: u32) -> Result<(), InstallError> {
        self.make_folder(&self.root.join(rel))?;
        self.stage_file(rel, content, mode)
    }

    /// Makes `abs`'s folder if missing, remembering the first folder made so an abort
    /// removes it.
    fn make_folder(&mut self, abs: &Path) -> Result<(), InstallError> {
        if let Some(parent) = abs.parent()
            && !self.ready.contains(parent)
        {
            if let Some(top) = missing_top(self.root, abs) {
                self.created.push(top);
            }
            create_dirs(self.root, parent)?;
            self.ready.insert(parent.to_path_buf());
        }
        Ok(())
    }

    fn stage_file(&mut self, rel: &str, content: &[u8], mode: u32) -> Result<(), InstallError> {
        let tmp = self.staged_path(rel);
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)
            .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
        self.staged.push(rel.to_string());
        // Repository files are readable by all, whatever the umask (the CLI narrows it to
        // 077 for the server's own files).
        f.write_all(content)
            .and_then(|_| f.set_permissions(fs::Permissions::from_mode(mode)))
            .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))
    }

    /// Removes everything staged.
    pub fn abort(self) {
        if self.direct {
            let _ = fs::remove_dir_all(self.root);
            return;
        }
        for rel in &self.staged {
            let _ = fs::remove_file(temp_for(&self.root.join(rel)));
        }
        for d in self.created.iter().rev() {
            let _ = fs::remove_dir_all(d);
        }
    }

    /// Stages `lock` last (serialised straight into its temporary file, and dropped again
    /// when it equals the lock there), renames everything into place, then deletes
    /// `deletes`. A failure before the renames undoes everything. Returns the paths written,
    /// in the order staged, without the lock.
    pub fn commit(mut self, lock: &Lock, deletes: &[String]) -> Result<Vec<String>, InstallError> {
        let lock_changed = match self.stage_lock(lock) {
            Ok(changed) => changed,
            Err(e) => {
                self.abort();
                return Err(e);
            }
        };
        let root = self.root;
        // One filesystem sync for everything staged (an fsync per file costs seconds for a
        // large install), so the renames below only ever expose complete files.
        sync_fs(root);
        // The lock is staged last, so it is renamed last (nothing is renamed in a direct
        // staging: the caller renames the whole folder).
        for (i, rel) in self.staged.iter().enumerate().filter(|_| !self.direct) {
            let abs = root.join(rel);
            if let Err(e) = fs::rename(temp_for(&abs), &abs) {
                for rest in &self.staged[i..] {
                    let _ = fs::remove_file(temp_for(&root.join(rest)));
                }
                return Err(InstallError::Partial(format!(
                    "cannot install {}: {e}",
                    abs.display()
                )));
            }
        }
        for rel in deletes {
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
        if lock_changed {
            self.staged.pop();
        }
        Ok(self.staged)
    }

    /// Writes the lock to its temporary file (a large install's lock is megabytes: never
    /// held whole in memory) and keeps it staged only when it differs from the lock there.
    fn stage_lock(&mut self, lock: &Lock) -> Result<bool, InstallError> {
        let rel = self.lock;
        // A home-folder lock sits in `.rulebook/`, which may be missing (nothing else
        // rendered there) or a link: checked like every other target.
        let abs = target(self.root, rel)?;
        self.make_folder(&abs)?;
        let tmp = self.staged_path(rel);
        let failed = |e: std::io::Error| {
            let _ = fs::remove_file(&tmp);
            InstallError::Io(format!("cannot write {}: {e}", tmp.display()))
        };
        let f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o644)
            .open(&tmp)
            .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", tmp.display())))?;
        let mut w = std::io::BufWriter::new(f);
        lock.write_to(&mut w)
            .and_then(|_| w.flush())
            .and_then(|_| fs::set_permissions(&tmp, fs::Permissions::from_mode(0o644)))
            .map_err(failed)?;
        drop(w);
        if !self.direct && same_bytes(&tmp, &abs).map_err(failed)? {
            fs::remove_file(&tmp).map_err(failed)?;
            return Ok(false);
        }
        self.staged.push(rel.to_string());
        Ok(true)
    }
}

/// Whether two files hold the same bytes (a missing `b` differs), read in chunks.
fn same_bytes(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut fb = match fs::File::open(b) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    let mut fa = fs::File::open(a)?;
    if fa.metadata()?.len() != fb.metadata()?.len() {
        return Ok(false);
    }
    let (mut ba, mut bb) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let n = fa.read(&mut ba)?;
        if n == 0 {
            return Ok(true);
        }
        fb.read_exact(&mut bb[..n])?;
        if ba[..n] != bb[..n] {
            return Ok(false);
        }
    }
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
