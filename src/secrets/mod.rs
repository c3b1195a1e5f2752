//! Sealed secrets: the one kind of value for every credential Rulebook holds (Git tokens,
//! GitHub App keys, AI provider keys, SMTP and proxy passwords, client-certificate keys).
//!
//! Values are envelope-encrypted (`envelope.rs`) under a secrets key that is not the database
//! key. The key is found like the database key, in order: `--secrets-key-file`,
//! `$CREDENTIALS_DIRECTORY/rulebook-secrets-key`, `$RULEBOOK_SECRETS_KEY_FILE`,
//! `<config dir>/secrets.key` (0600; readable by others is refused). The key file is
//! created the first time a secret is stored and never re-created while sealed values exist,
//! so a lost key leaves those values unusable (each says so) instead of silently replaced.
//!
//! A clear value lives only in a `Secret`, which never prints itself and is zeroed on drop.
//! Nothing returns a clear value over the API, CLI or UI: only the egress client opens
//! secrets, to use them.

pub mod envelope;
pub mod signing_keys;
pub mod vault;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::crypto::keyfile::{DbKey, KeyError, read_key_file, write_new_key_file};
use crate::error::Coded;

/// File name of the key inside `$CREDENTIALS_DIRECTORY`.
pub const CREDENTIAL_NAME: &str = "rulebook-secrets-key";
/// File name of the default key inside the config dir.
pub const DEFAULT_KEY_NAME: &str = "secrets.key";
/// Environment variable naming a key file.
pub const ENV_KEY_FILE: &str = "RULEBOOK_SECRETS_KEY_FILE";

/// A clear credential in memory: never `Debug`-printed, zeroed when dropped.
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Secret {
        Secret(bytes)
    }
    /// The clear bytes, for the one place that uses them.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
    /// The clear value as text, if it is UTF-8.
    pub fn expose_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }
    pub(crate) fn bytes_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
    pub(crate) fn truncate(&mut self, n: usize) {
        let tail = self.0.len().saturating_sub(n);
        if tail > 0 {
            let len = self.0.len();
            self.0[n..len].fill(0);
        }
        self.0.truncate(n);
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.fill(0);
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// The part of a secret shown back to admins: the last four characters of values long enough
/// that four characters reveal little (16 or more), else nothing.
pub fn hint(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() < 16 {
        return String::new();
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("…{tail}")
}

/// Why a secret cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretError {
    /// No secrets key is configured or readable.
    NoKey(String),
    /// The value was sealed under another secrets key.
    WrongKey,
    /// The sealed bytes do not open (altered, or moved to another row or column).
    Damaged,
    /// The crypto library failed (no randomness).
    Crypto,
}

impl Coded for SecretError {
    fn code(&self) -> &'static str {
        match self {
            SecretError::NoKey(_) => "RB-SECRET-NO-KEY",
            SecretError::WrongKey => "RB-SECRET-WRONG-KEY",
            SecretError::Damaged => "RB-SECRET-DAMAGED",
            SecretError::Crypto => "RB-SECRET-CRYPTO",
        }
    }
}

impl fmt::Display for SecretError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretError::NoKey(m) => write!(f, "no secrets key: {m}"),
            SecretError::WrongKey => f.write_str(
                "the secret was sealed under another secrets key (restore the right key file, or set the secret again)",
            ),
            SecretError::Damaged => f.write_str(
                "the sealed secret does not open (altered or moved); set it again",
            ),
            SecretError::Crypto => f.write_str("no randomness for sealing"),
        }
    }
}

impl std::error::Error for SecretError {}

/// Where the secrets key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyLocation {
    Flag(PathBuf),
    Credential(PathBuf),
    Env(PathBuf),
    Default(PathBuf),
}

impl KeyLocation {
    /// Chooses by the documented precedence.
    pub fn resolve(
        flag: Option<&Path>,
        credentials_dir: Option<&Path>,
        env_file: Option<&Path>,
        config_dir: &Path,
    ) -> KeyLocation {
        if let Some(p) = flag {
            return KeyLocation::Flag(p.to_path_buf());
        }
        if let Some(dir) = credentials_dir {
            let p = dir.join(CREDENTIAL_NAME);
            if p.exists() {
                return KeyLocation::Credential(p);
            }
        }
        if let Some(p) = env_file {
            return KeyLocation::Env(p.to_path_buf());
        }
        KeyLocation::Default(config_dir.join(DEFAULT_KEY_NAME))
    }

    /// The key file.
    pub fn path(&self) -> &Path {
        match self {
            KeyLocation::Flag(p)
            | KeyLocation::Credential(p)
            | KeyLocation::Env(p)
            | KeyLocation::Default(p) => p,
        }
    }

    /// Reads the key; `None` if the file does not exist.
    pub fn read(&self) -> Result<Option<DbKey>, SecretError> {
        let p = self.path();
        if !p.exists() {
            return Ok(None);
        }
        read_key_file(p)
            .map(Some)
            .map_err(|e| SecretError::NoKey(describe(&e)))
    }

    /// Reads the key, creating the file (at the default location, `--secrets-key-file` or
    /// `$RULEBOOK_SECRETS_KEY_FILE`; never a systemd credential) if it does not exist and
    /// `may_create` (the caller knows no sealed value exists yet).
    pub fn read_or_create(&self, may_create: bool) -> Result<DbKey, SecretError> {
        if let Some(k) = self.read()? {
            return Ok(k);
        }
        match self {
            KeyLocation::Default(p) | KeyLocation::Flag(p) | KeyLocation::Env(p) if may_create => {
                let key = DbKey::generate().map_err(|_| SecretError::Crypto)?;
                write_new_key_file(p, &key).map_err(|e| SecretError::NoKey(describe(&e)))?;
                Ok(key)
            }
            _ => Err(SecretError::NoKey(format!(
                "{} does not exist{}",
                self.path().display(),
                if may_create {
                    ""
                } else {
                    " (sealed values exist: restore the key file they were sealed with)"
                }
            ))),
        }
    }
}

impl fmt::Display for KeyLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyLocation::Flag(p) => write!(f, "--secrets-key-file {}", p.display()),
            KeyLocation::Credential(p) => write!(f, "systemd credential {}", p.display()),
            KeyLocation::Env(p) => write!(f, "{ENV_KEY_FILE}={}", p.display()),
            KeyLocation::Default(p) => write!(f, "default secrets key file {}", p.display()),
        }
    }
}

fn describe(e: &KeyError) -> String {
    format!("[{}] {e}", e.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_reveal_little() {
        assert_eq!(hint("short-secret"), "");
        assert_eq!(hint("ghp_0123456789abcdefWXYZ"), "…WXYZ");
        assert_eq!(
            format!("{:?}", Secret::new(b"CANARY".to_vec())),
            "Secret(<redacted>)"
        );
    }

    #[test]
    fn precedence() {
        let cfg = Path::new("/cfg");
        assert_eq!(
            KeyLocation::resolve(Some(Path::new("/f")), None, Some(Path::new("/e")), cfg),
            KeyLocation::Flag("/f".into())
        );
        assert_eq!(
            KeyLocation::resolve(None, None, Some(Path::new("/e")), cfg),
            KeyLocation::Env("/e".into())
        );
        assert_eq!(
            KeyLocation::resolve(None, Some(Path::new("/nonexistent-creds")), None, cfg),
            KeyLocation::Default("/cfg/secrets.key".into())
        );
    }
}
