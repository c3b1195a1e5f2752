//! Where a developer command installs: a repository (its lock and `rulebook.json` at its
//! top, committed with it) or, with `--global`, the home folder, where each agent reads its
//! user-scope files (`~/.claude/`, `~/.codex/AGENTS.md`, ...) and Rulebook keeps its lock and
//! `rulebook.json` in `~/.rulebook/`, so the same edit protection holds there.

use std::path::{Path, PathBuf};

use crate::cli::CliError;
use crate::install::lock::{self, Lock, RepoConfig, Scope};
use crate::install::{InstallError, apply};
use crate::render::Agent;
use crate::render::moved::{Asked, MOVABLE, Moves};

/// An install's folder and scope.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub root: PathBuf,
    pub scope: Scope,
    /// At user scope, the agents' folders their own environment variables move
    /// (`$CODEX_HOME`), each with the move or why it cannot be followed.
    moved: Vec<(Agent, Asked)>,
}

impl Site {
    /// The repository at `path`, or the home folder with `global`.
    pub fn of(path: &Path, global: bool) -> Result<Site, CliError> {
        if !global {
            return Ok(Site {
                root: path.to_path_buf(),
                scope: Scope::Repository,
                moved: Vec::new(),
            });
        }
        let home = directories::BaseDirs::new()
            .map(|d| d.home_dir().to_path_buf())
            .filter(|h| h.is_absolute() && h.is_dir())
            .ok_or_else(|| {
                CliError::Other(
                    "RB-CLI-USAGE",
                    "--global: no home folder found (set HOME to an existing folder)".into(),
                )
            })?;
        let moved = MOVABLE
            .iter()
            .filter_map(|(var, _, agent)| {
                let value = std::env::var_os(var).filter(|v| !v.is_empty())?;
                Some((
                    *agent,
                    match value.to_str() {
                        Some(v) => Moves::from_env_value(var, v, &home),
                        None => Err(format!("{var} is not valid UTF-8 text")),
                    },
                ))
            })
            .collect();
        Ok(Site {
            root: home,
            scope: Scope::Home,
            moved,
        })
    }

    /// Where these agents' user-scope folders are for this developer; an error when one of
    /// them is moved somewhere an install under the home folder cannot follow.
    pub fn moves_for(&self, agents: &[Agent]) -> Result<Moves, CliError> {
        let mut moves = Moves::none();
        for (agent, moved) in &self.moved {
            if !agents.contains(agent) {
                continue;
            }
            match moved {
                Ok(Some(m)) => moves.push(m.clone()),
                Ok(None) => {}
                Err(why) => return Err(CliError::Other("RB-CLI-USAGE", why.clone())),
            }
        }
        Ok(moves)
    }

    pub fn global(&self) -> bool {
        self.scope == Scope::Home
    }

    /// The folder holding the lock and `rulebook.json`.
    pub fn state(&self) -> PathBuf {
        self.root.join(self.scope.state_dir())
    }

    pub fn read_lock(&self) -> Result<Option<Lock>, InstallError> {
        lock::read_lock_in(&self.root, self.scope)
    }

    pub fn read_config(&self) -> Result<Option<RepoConfig>, InstallError> {
        lock::read_config(&self.state())
    }

    /// Writes the lock in place (checked as every target: inside the root, through no
    /// symlink), keeping its mode.
    pub fn write_lock(&self, lock: &Lock) -> Result<(), CliError> {
        let path = apply::target(&self.root, self.scope.lock_file())?;
        let mode = std::fs::metadata(&path)
            .map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777)
            .unwrap_or(0o644);
        crate::ops::files::write_atomic(&path, &lock.to_bytes(), mode)
            .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", path.display())))?;
        Ok(())
    }

    /// Writes `rulebook.json` when it changed.
    pub fn write_config(&self, config: &RepoConfig) -> Result<(), CliError> {
        let path = apply::target(&self.root, self.scope.config_file())?;
        let bytes = lock::config_bytes(config);
        if std::fs::read(&path).ok().as_deref() == Some(bytes.as_slice()) {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| InstallError::Io(format!("cannot create {}: {e}", dir.display())))?;
        }
        crate::ops::files::write_atomic(&path, &bytes, 0o644)
            .map_err(|e| InstallError::Io(format!("cannot write {}: {e}", path.display())))?;
        Ok(())
    }

    /// How reports name it.
    pub fn name(&self) -> String {
        match self.scope {
            Scope::Repository => self.root.display().to_string(),
            Scope::Home => format!("{} (user scope)", self.root.display()),
        }
    }
}
