//! Where things live: the data dir (database, lock, kdf parameters) and the config dir
//! (default key file). Defaults come from `directories`; flags and environment override.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::Coded;

/// Resolved locations for one run.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Holds `rulebook.db` and its sidecars.
    pub data_dir: PathBuf,
    /// Holds the default key file, apart from the data.
    pub config_dir: PathBuf,
}

/// Database file name inside the data dir.
pub const DB_FILE: &str = "rulebook.db";

impl Paths {
    /// Uses the given directories, or the platform defaults
    /// (`~/.local/share/rulebook`, `~/.config/rulebook` on Linux).
    pub fn resolve(
        data_dir: Option<PathBuf>,
        config_dir: Option<PathBuf>,
    ) -> Result<Self, ConfigError> {
        let dirs = directories::ProjectDirs::from("", "", "rulebook");
        let data_dir = match data_dir {
            Some(d) => d,
            None => dirs
                .as_ref()
                .map(|d| d.data_dir().to_path_buf())
                .ok_or(ConfigError::NoHome)?,
        };
        let config_dir = match config_dir {
            Some(d) => d,
            None => dirs
                .as_ref()
                .map(|d| d.config_dir().to_path_buf())
                .ok_or(ConfigError::NoHome)?,
        };
        Ok(Paths {
            data_dir,
            config_dir,
        })
    }

    /// The database file.
    pub fn db_file(&self) -> PathBuf {
        self.data_dir.join(DB_FILE)
    }

    /// The passphrase-mode KDF parameters.
    pub fn kdf_file(&self) -> PathBuf {
        self.data_dir.join("rulebook.kdf")
    }

    /// The instance lock held by a running server and by offline maintenance.
    pub fn lock_file(&self) -> PathBuf {
        self.data_dir.join("rulebook.lock")
    }

    /// Ensures the data dir exists with mode 0700.
    pub fn ensure_data_dir(&self) -> Result<(), ConfigError> {
        ensure_private_dir(&self.data_dir)
    }
}

/// Creates `dir` (and parents) if missing, with mode 0700 on the last component.
pub fn ensure_private_dir(dir: &Path) -> Result<(), ConfigError> {
    use std::os::unix::fs::PermissionsExt;
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(|e| ConfigError::Dir(dir.to_path_buf(), e.to_string()))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| ConfigError::Dir(dir.to_path_buf(), e.to_string()))
}

/// Configuration problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// No home directory to derive defaults from.
    NoHome,
    /// A directory could not be created or used.
    Dir(PathBuf, String),
    /// A flag or setting has an invalid value.
    Invalid(String),
}

impl Coded for ConfigError {
    fn code(&self) -> &'static str {
        match self {
            ConfigError::NoHome => "RB-CONFIG-NO-HOME",
            ConfigError::Dir(..) => "RB-CONFIG-DIR",
            ConfigError::Invalid(_) => "RB-CONFIG-INVALID",
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NoHome => f.write_str(
                "no home directory to place data in; pass --data-dir and --config-dir (or RULEBOOK_DATA_DIR, RULEBOOK_CONFIG_DIR)",
            ),
            ConfigError::Dir(p, e) => write!(f, "cannot use directory {}: {e}", p.display()),
            ConfigError::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ConfigError {}
