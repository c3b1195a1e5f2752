//! Database keys and the files that hold them.
//!
//! A key is 32 random bytes stored as 64 hex characters in a file of mode 0600. It is looked
//! up, in order, from `--key-file`, `$CREDENTIALS_DIRECTORY/rulebook-db-key` (systemd
//! `LoadCredential=`), `$RULEBOOK_DB_KEY_FILE`, and `<config dir>/db.key`. The default lives
//! in the config dir, not the data dir, so copying the data dir does not copy the key.
//! A key file readable by group or others is refused: the fix is `chmod 600`.

use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::clock;
use crate::crypto::hex;
use crate::error::Coded;

/// File name of the key inside `$CREDENTIALS_DIRECTORY`.
pub const CREDENTIAL_NAME: &str = "rulebook-db-key";
/// File name of the default key inside the config dir.
pub const DEFAULT_KEY_NAME: &str = "db.key";

/// A 256-bit database key; overwritten with zeros when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKey([u8; 32]);

impl DbKey {
    /// A fresh key from the OS CSPRNG.
    pub fn generate() -> Result<Self, KeyError> {
        clock::random_bytes::<32>()
            .map(DbKey)
            .map_err(|_| KeyError::Random)
    }

    /// Wraps raw key bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        DbKey(bytes)
    }

    /// The raw key bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as 64 lower-case hex characters (what the key file holds).
    pub fn to_hex(&self) -> String {
        hex::encode(&self.0)
    }

    /// Parses the text of a key file: 64 hex characters, surrounding whitespace ignored.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = hex::decode(text.trim())?;
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(DbKey(arr))
    }
}

impl Drop for DbKey {
    fn drop(&mut self) {
        self.0.fill(0);
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

impl fmt::Debug for DbKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}

/// Where the database key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// `--key-file PATH`.
    Flag(PathBuf),
    /// `$CREDENTIALS_DIRECTORY/rulebook-db-key`, provided by systemd.
    Credential(PathBuf),
    /// `$RULEBOOK_DB_KEY_FILE`.
    Env(PathBuf),
    /// `<config dir>/db.key`, created by `init` or the first `serve`.
    Default(PathBuf),
    /// A passphrase typed by a human (or piped on standard input), stretched with PBKDF2.
    Passphrase,
}

impl KeySource {
    /// Chooses the key source by the documented precedence. `credentials_dir` and `env_file`
    /// are the values of `$CREDENTIALS_DIRECTORY` and `$RULEBOOK_DB_KEY_FILE`.
    pub fn resolve(
        flag: Option<&Path>,
        passphrase: bool,
        credentials_dir: Option<&Path>,
        env_file: Option<&Path>,
        config_dir: &Path,
    ) -> KeySource {
        if passphrase {
            return KeySource::Passphrase;
        }
        if let Some(p) = flag {
            return KeySource::Flag(p.to_path_buf());
        }
        if let Some(dir) = credentials_dir {
            let p = dir.join(CREDENTIAL_NAME);
            if p.exists() {
                return KeySource::Credential(p);
            }
        }
        if let Some(p) = env_file {
            return KeySource::Env(p.to_path_buf());
        }
        KeySource::Default(config_dir.join(DEFAULT_KEY_NAME))
    }

    /// The key file path, if the key comes from a file.
    pub fn path(&self) -> Option<&Path> {
        match self {
            KeySource::Flag(p) | KeySource::Credential(p) | KeySource::Env(p) => Some(p),
            KeySource::Default(p) => Some(p),
            KeySource::Passphrase => None,
        }
    }

    /// Whether a missing key file may be created here (only the default location).
    pub fn may_create(&self) -> bool {
        matches!(self, KeySource::Default(_))
    }
}

impl fmt::Display for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeySource::Flag(p) => write!(f, "--key-file {}", p.display()),
            KeySource::Credential(p) => write!(f, "systemd credential {}", p.display()),
            KeySource::Env(p) => write!(f, "RULEBOOK_DB_KEY_FILE={}", p.display()),
            KeySource::Default(p) => write!(f, "default key file {}", p.display()),
            KeySource::Passphrase => f.write_str("passphrase"),
        }
    }
}

/// `<path>.new`, where a key rotation (`db rekey`, `secrets rotate-key`) puts the next key.
pub fn next_key_path(path: &Path) -> PathBuf {
    with_suffix(path, ".new")
}

/// `<path><suffix>` (a sibling file named after the key file).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Reads and validates a key file: it must exist, be a regular file, be readable by its
/// owner only, and hold 64 hex characters.
pub fn read_key_file(path: &Path) -> Result<DbKey, KeyError> {
    let meta =
        fs::metadata(path).map_err(|e| KeyError::Unreadable(path.to_path_buf(), e.kind()))?;
    if !meta.is_file() {
        return Err(KeyError::NotAFile(path.to_path_buf()));
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(KeyError::Permissions(path.to_path_buf(), mode));
    }
    let text =
        fs::read_to_string(path).map_err(|e| KeyError::Unreadable(path.to_path_buf(), e.kind()))?;
    DbKey::parse(&text).ok_or_else(|| KeyError::Malformed(path.to_path_buf()))
}

/// Writes `key` to a new file at `path` with mode 0600 (its folder 0700 if created), fsynced.
/// Never overwrites: an existing file is an error.
pub fn write_new_key_file(path: &Path, key: &DbKey) -> Result<(), KeyError> {
    let io = |e: std::io::Error| KeyError::Write(path.to_path_buf(), e.kind());
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        fs::create_dir_all(dir).map_err(io)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                KeyError::Exists(path.to_path_buf())
            } else {
                io(e)
            }
        })?;
    f.write_all(format!("{}\n", key.to_hex()).as_bytes())
        .map_err(io)?;
    f.sync_all().map_err(io)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Best-effort fsync of a directory so a rename or create inside it is durable.
pub fn sync_dir(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// What can go wrong with a key or key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// The key file is missing or cannot be read.
    Unreadable(PathBuf, std::io::ErrorKind),
    /// The key path is not a regular file.
    NotAFile(PathBuf),
    /// The key file is readable or writable by group or others.
    Permissions(PathBuf, u32),
    /// The key file does not hold 64 hex characters.
    Malformed(PathBuf),
    /// A key file already exists where a new one was to be written.
    Exists(PathBuf),
    /// Writing a key file failed.
    Write(PathBuf, std::io::ErrorKind),
    /// The OS random number generator failed.
    Random,
    /// No passphrase could be read, or it was empty.
    Passphrase(String),
}

impl Coded for KeyError {
    fn code(&self) -> &'static str {
        match self {
            KeyError::Unreadable(..) => "RB-KEY-UNREADABLE",
            KeyError::NotAFile(_) => "RB-KEY-NOT-A-FILE",
            KeyError::Permissions(..) => "RB-KEY-PERMISSIONS",
            KeyError::Malformed(_) => "RB-KEY-MALFORMED",
            KeyError::Exists(_) => "RB-KEY-EXISTS",
            KeyError::Write(..) => "RB-KEY-WRITE",
            KeyError::Random => "RB-KEY-RANDOM",
            KeyError::Passphrase(_) => "RB-KEY-PASSPHRASE",
        }
    }
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Unreadable(p, kind) => write!(
                f,
                "cannot read the database key file {} ({kind}); run `rulebook init` to create one, or point --key-file at the right file",
                p.display()
            ),
            KeyError::NotAFile(p) => write!(
                f,
                "the database key path {} is not a regular file",
                p.display()
            ),
            KeyError::Permissions(p, mode) => write!(
                f,
                "the database key file {} has mode {mode:03o} and is readable by others; run `chmod 600 {}`",
                p.display(),
                p.display()
            ),
            KeyError::Malformed(p) => write!(
                f,
                "the database key file {} does not hold a 256-bit key as 64 hex characters",
                p.display()
            ),
            KeyError::Exists(p) => write!(
                f,
                "a key file already exists at {}; refusing to overwrite it",
                p.display()
            ),
            KeyError::Write(p, kind) => {
                write!(f, "cannot write the key file {} ({kind})", p.display())
            }
            KeyError::Random => {
                f.write_str("the operating system's random number generator failed")
            }
            KeyError::Passphrase(why) => write!(f, "no usable passphrase: {why}"),
        }
    }
}

impl std::error::Error for KeyError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_exact_keys() {
        let k = DbKey::generate().unwrap();
        assert_eq!(
            DbKey::parse(&format!("  {}\n", k.to_hex())),
            Some(k.clone())
        );
        assert_eq!(DbKey::parse(&k.to_hex()[..62]), None);
        assert_eq!(DbKey::parse("not hex"), None);
    }

    #[test]
    fn precedence_is_flag_credential_env_default() {
        let cfg = Path::new("/cfg");
        let flag = Path::new("/flag");
        let env = Path::new("/env");
        assert_eq!(
            KeySource::resolve(Some(flag), false, None, Some(env), cfg),
            KeySource::Flag(flag.into())
        );
        assert_eq!(
            KeySource::resolve(None, false, None, Some(env), cfg),
            KeySource::Env(env.into())
        );
        assert_eq!(
            KeySource::resolve(None, false, None, None, cfg),
            KeySource::Default(cfg.join("db.key"))
        );
        assert_eq!(
            KeySource::resolve(Some(flag), true, None, None, cfg),
            KeySource::Passphrase
        );
    }

    #[test]
    fn debug_never_shows_key() {
        let k = DbKey::generate().unwrap();
        assert!(!format!("{k:?}").contains(&k.to_hex()));
    }
}
