//! Passphrase mode: a human unlocks the database at start-up instead of a key file.
//!
//! The passphrase is stretched into the 256-bit database key with PBKDF2-HMAC-SHA256 (ring)
//! at 600,000 iterations and a 16-byte random salt. Salt and iteration count are not secret
//! and live in `<data dir>/rulebook.kdf` (JSON), so the parameters can be raised later.

use std::fs;
use std::io::{BufRead, IsTerminal, Write};
use std::num::NonZeroU32;
use std::path::Path;

use ring::pbkdf2;
use serde::{Deserialize, Serialize};

use crate::clock;
use crate::crypto::hex;
use crate::crypto::keyfile::{DbKey, KeyError};

/// OWASP 2023 recommendation for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;

/// The KDF parameters stored beside the database.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct KdfParams {
    /// Always `pbkdf2-hmac-sha256`.
    pub kdf: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// Salt as hex.
    pub salt: String,
}

impl KdfParams {
    /// Fresh parameters with a random salt.
    pub fn generate() -> Result<Self, KeyError> {
        let salt: [u8; 16] = clock::random_bytes().map_err(|_| KeyError::Random)?;
        Ok(KdfParams {
            kdf: "pbkdf2-hmac-sha256".into(),
            iterations: ITERATIONS,
            salt: hex::encode(&salt),
        })
    }

    /// Derives the database key from `passphrase`.
    pub fn derive(&self, passphrase: &str) -> Result<DbKey, KeyError> {
        if self.kdf != "pbkdf2-hmac-sha256" {
            return Err(KeyError::Passphrase(format!("unknown kdf {:?}", self.kdf)));
        }
        let iterations = NonZeroU32::new(self.iterations)
            .ok_or_else(|| KeyError::Passphrase("zero kdf iterations".into()))?;
        let salt = hex::decode(&self.salt)
            .ok_or_else(|| KeyError::Passphrase("the kdf salt is not hex".into()))?;
        let mut out = [0u8; 32];
        pbkdf2::derive(
            pbkdf2::PBKDF2_HMAC_SHA256,
            iterations,
            &salt,
            passphrase.as_bytes(),
            &mut out,
        );
        Ok(DbKey::from_bytes(out))
    }

    /// Loads the parameters from `path`, or `None` if the file does not exist.
    pub fn load(path: &Path) -> Result<Option<Self>, KeyError> {
        match fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| KeyError::Passphrase(format!("{} is not valid: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(KeyError::Unreadable(path.to_path_buf(), e.kind())),
        }
    }

    /// Writes the parameters to `path` (a new file).
    pub fn save(&self, path: &Path) -> Result<(), KeyError> {
        let text =
            serde_json::to_string_pretty(self).map_err(|e| KeyError::Passphrase(e.to_string()))?;
        let io = |e: std::io::Error| KeyError::Write(path.to_path_buf(), e.kind());
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(io)?;
        f.write_all(text.as_bytes()).map_err(io)?;
        f.sync_all().map_err(io)
    }
}

/// Reads a passphrase: prompted with echo off when standard input is a terminal, otherwise
/// the first line of standard input (for scripted unlocks through a pipe).
pub fn read_passphrase(prompt: &str) -> Result<String, KeyError> {
    let stdin = std::io::stdin();
    let line = if stdin.is_terminal() {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let guard = EchoOff::new();
        let mut line = String::new();
        let r = stdin.lock().read_line(&mut line);
        drop(guard);
        eprintln!();
        r.map_err(|e| KeyError::Passphrase(e.to_string()))?;
        line
    } else {
        let mut line = String::new();
        stdin
            .lock()
            .read_line(&mut line)
            .map_err(|e| KeyError::Passphrase(e.to_string()))?;
        line
    };
    let pass = line.trim_end_matches(['\r', '\n']).to_string();
    if pass.is_empty() {
        return Err(KeyError::Passphrase("the passphrase is empty".into()));
    }
    Ok(pass)
}

/// Turns terminal echo off on standard input until dropped.
struct EchoOff(Option<libc::termios>);

impl EchoOff {
    fn new() -> Self {
        // SAFETY: termios is plain old data; tcgetattr fills it and we check the result
        // before use. Only file descriptor 0 is touched.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                return EchoOff(None);
            }
            let saved = t;
            t.c_lflag &= !libc::ECHO;
            if libc::tcsetattr(0, libc::TCSANOW, &t) != 0 {
                return EchoOff(None);
            }
            EchoOff(Some(saved))
        }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = self.0 {
            // SAFETY: restores the attributes read in `new` on the same descriptor.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &saved);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_is_stable_and_salted() {
        let mut p = KdfParams::generate().unwrap();
        p.iterations = 1000;
        let a = p.derive("correct horse").unwrap();
        assert_eq!(a, p.derive("correct horse").unwrap());
        assert_ne!(a, p.derive("correct horsf").unwrap());
        let mut q = p.clone();
        q.salt = hex::encode(&[7u8; 16]);
        assert_ne!(a, q.derive("correct horse").unwrap());
    }
}
