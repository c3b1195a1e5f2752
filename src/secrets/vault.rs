//! The vault: sealed secrets in the store, opened with the secrets key. Shared by the server
//! and the CLI (`rulebook secrets ...`), so both seal, list and rotate the same way.
//!
//! A missing or wrong secrets key never stops Rulebook: listing still works, each secret
//! reports itself unusable with the reason, and only the features that need that secret fail.
//!
//! Key rotation is kill-safe: the new key is written to `<key file>.new` first; then every
//! data key is re-wrapped in one transaction; then the new file is renamed over the old one.
//! On the next use, a leftover `.new` file is either finished (the database already moved to
//! it) or removed (the database did not).

use std::path::PathBuf;
use std::sync::Arc;

use crate::crypto::keyfile::{DbKey, read_key_file, write_new_key_file};
use crate::error::Coded;
use crate::secrets::envelope::{self, key_id};
use crate::secrets::{KeyLocation, Secret, SecretError, hint};
use crate::store::audit::AuditEvent;
use crate::store::secrets::{SecretMeta, binding};
use crate::store::{Store, StoreError};

/// Why a vault operation failed.
#[derive(Debug)]
pub enum VaultError {
    Store(StoreError),
    Secret(SecretError),
    /// No secret of that name.
    NotFound(String),
    /// A bad name or value.
    Invalid(String),
}

impl Coded for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::Store(e) => e.code(),
            VaultError::Secret(e) => e.code(),
            VaultError::NotFound(_) => "RB-SECRET-NOT-FOUND",
            VaultError::Invalid(_) => "RB-SECRET-INVALID",
        }
    }
}

impl std::fmt::Display for VaultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VaultError::Store(e) => write!(f, "{e}"),
            VaultError::Secret(e) => write!(f, "{e}"),
            VaultError::NotFound(n) => write!(f, "no secret named {n:?}"),
            VaultError::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for VaultError {}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        VaultError::Store(e)
    }
}

impl From<SecretError> for VaultError {
    fn from(e: SecretError) -> Self {
        VaultError::Secret(e)
    }
}

/// A secret as shown to admins: metadata plus whether it can be opened now.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SecretStatus {
    #[serde(flatten)]
    pub meta: SecretMeta,
    pub usable: bool,
    /// Why not, with the error code (`RB-SECRET-WRONG-KEY`...).
    pub problem: Option<String>,
}

/// Checks a secret's name: lowercase letters, digits and `._-`, starting with a letter or
/// digit, at most 128 characters (`egress.proxy-password`, `org.acme.git.main.token`), so it
/// fits one URL path segment.
pub fn check_name(name: &str) -> Result<(), VaultError> {
    let ok = !name.is_empty()
        && name.len() <= 128
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
        && !name.contains("..");
    if ok {
        Ok(())
    } else {
        Err(VaultError::Invalid(format!(
            "{name:?} is not a secret name (lowercase letters, digits and . _ -, up to 128)"
        )))
    }
}

/// Sealed secrets of one instance.
pub struct Vault {
    store: Arc<Store>,
    location: KeyLocation,
}

fn next_path(location: &KeyLocation) -> PathBuf {
    crate::crypto::keyfile::next_key_path(location.path())
}

/// `<key>.lock`: held by a rotation from writing `.new` to the rename, and by every `set`, so
/// no other process (a running server, a second CLI) recovers, seals or rotates meanwhile.
fn rotation_lock(
    location: &KeyLocation,
) -> Result<Option<crate::ops::instance_lock::InstanceLock>, VaultError> {
    crate::ops::instance_lock::InstanceLock::try_acquire(&crate::crypto::keyfile::with_suffix(
        location.path(),
        ".lock",
    ))
    .map_err(|e| VaultError::Invalid(format!("cannot open the secrets key lock: {e}")))
}

impl Vault {
    pub fn new(store: Arc<Store>, location: KeyLocation) -> Vault {
        Vault { store, location }
    }

    /// Where the key is looked for.
    pub fn location(&self) -> &KeyLocation {
        &self.location
    }

    /// Finishes or abandons an interrupted rotation (see the module docs).
    fn recover(&self) -> Result<(), VaultError> {
        let next = next_path(&self.location);
        if !next.exists() {
            return Ok(());
        }
        // Another process holding the lock is rotating right now: not interrupted.
        let Some(_lock) = rotation_lock(&self.location)? else {
            return Ok(());
        };
        self.finish_or_abandon()
    }

    /// With the rotation lock held: completes a rotation whose database part committed, or
    /// removes the new key of one that did not.
    fn finish_or_abandon(&self) -> Result<(), VaultError> {
        let next = next_path(&self.location);
        if !next.exists() {
            return Ok(());
        }
        if let Err(e) = read_key_file(&next) {
            // A `.new` cut short before it was synced is useless unless the database already
            // moved to it, which it cannot have while every row is under the current key.
            let current = self.location.read()?.map(|k| key_id(&k));
            let all_current = self
                .store
                .list_secrets("")?
                .iter()
                .all(|m| Some(&m.key_id) == current.as_ref());
            if all_current {
                let _ = std::fs::remove_file(&next);
                log::warn!("removed an unreadable new secrets key left by an interrupted rotation");
                return Ok(());
            }
            return Err(
                SecretError::NoKey(format!("{}: [{}] {e}", next.display(), e.code())).into(),
            );
        }
        let new_key = read_key_file(&next)
            .map_err(|e| SecretError::NoKey(format!("{}: [{}] {e}", next.display(), e.code())))?;
        let new_id = key_id(&new_key);
        let moved = self
            .store
            .list_secrets("")?
            .iter()
            .any(|m| m.key_id == new_id);
        if moved {
            std::fs::rename(&next, self.location.path())
                .map_err(|e| VaultError::Invalid(format!("cannot finish the key rotation: {e}")))?;
            if let Some(dir) = self.location.path().parent() {
                crate::crypto::keyfile::sync_dir(dir);
            }
            log::warn!("finished an interrupted secrets-key rotation");
        } else {
            let _ = std::fs::remove_file(&next);
            log::warn!("removed the new key of an interrupted secrets-key rotation");
        }
        Ok(())
    }

    fn key(&self, may_create: bool) -> Result<DbKey, VaultError> {
        self.recover()?;
        self.read_key(may_create)
    }

    /// The key, for a caller that holds the rotation lock: an interrupted rotation is
    /// settled first.
    fn key_locked(&self, may_create: bool) -> Result<DbKey, VaultError> {
        self.finish_or_abandon()?;
        self.read_key(may_create)
    }

    fn read_key(&self, may_create: bool) -> Result<DbKey, VaultError> {
        let none_sealed = self.store.secret_count()? == 0;
        Ok(self.location.read_or_create(may_create && none_sealed)?)
    }

    /// Seals and stores `value` as `name` (creating the default key file if no secret exists
    /// yet), audited as `secret.set` without the value.
    pub fn set(
        &self,
        name: &str,
        value: &str,
        event: &AuditEvent,
    ) -> Result<SecretMeta, VaultError> {
        check_name(name)?;
        if value.is_empty() || value.len() > 64 * 1024 {
            return Err(VaultError::Invalid(
                "a secret value must be 1 byte to 64 KiB".into(),
            ));
        }
        let _lock = rotation_lock(&self.location)?.ok_or_else(|| {
            VaultError::Invalid("the secrets key is being rotated; try again in a moment".into())
        })?;
        let key = self.key_locked(true)?;
        self.store.put_secret(
            name,
            &hint(value),
            &event.actor,
            |b| {
                envelope::seal(&key, b, value.as_bytes())
                    .map_err(|e| StoreError::Refused(e.to_string()))
            },
            event,
        )?;
        self.store
            .secret_meta(name)?
            .ok_or_else(|| VaultError::NotFound(name.to_string()))
    }

    /// Opens secret `name`: for the egress client only, never for a response.
    pub fn open(&self, name: &str) -> Result<Secret, VaultError> {
        let (id, sealed) = self
            .store
            .sealed_secret(name)?
            .ok_or_else(|| VaultError::NotFound(name.to_string()))?;
        let key = self.key(false)?;
        Ok(envelope::open(&key, binding(id, name), &sealed)?)
    }

    /// Every secret under `prefix` with whether it opens with the current key.
    pub fn list(&self, prefix: &str) -> Result<Vec<SecretStatus>, VaultError> {
        let metas = self.store.list_secrets(prefix)?;
        let key = if metas.is_empty() {
            None
        } else {
            Some(self.key(false))
        };
        let mut out = Vec::new();
        for meta in metas {
            let problem = match &key {
                None => None,
                Some(Err(e)) => Some(format!("[{}] {e}", e.code())),
                Some(Ok(k)) => match self.store.sealed_secret(&meta.name)? {
                    Some((id, s)) => envelope::open(k, binding(id, &meta.name), &s)
                        .err()
                        .map(|e| format!("[{}] {e}", e.code())),
                    None => None,
                },
            };
            out.push(SecretStatus {
                usable: problem.is_none(),
                problem,
                meta,
            });
        }
        Ok(out)
    }

    /// Removes secret `name`, audited.
    pub fn delete(&self, name: &str, event: &AuditEvent) -> Result<(), VaultError> {
        match self.store.delete_secret(name, event) {
            Err(StoreError::NotFound(_)) => Err(VaultError::NotFound(name.to_string())),
            other => Ok(other?),
        }
    }

    /// Re-wraps every data key under a new secrets key and replaces the key file; returns how
    /// many secrets moved. Every secret must open with the current key first.
    pub fn rotate_key(&self, event: &AuditEvent) -> Result<usize, VaultError> {
        if matches!(self.location, KeyLocation::Credential(_)) {
            return Err(VaultError::Invalid(
                "the secrets key comes from a systemd credential, which Rulebook cannot rewrite: stop the service, run `rulebook secrets rotate-key --secrets-key-file <copy>`, then install the new file as the credential".into(),
            ));
        }
        let _lock = rotation_lock(&self.location)?.ok_or_else(|| {
            VaultError::Invalid("another process is rotating or setting secrets; try again".into())
        })?;
        let old = self.key_locked(true)?;
        let new = DbKey::generate().map_err(|_| SecretError::Crypto)?;
        let next = next_path(&self.location);
        let _ = std::fs::remove_file(&next);
        write_new_key_file(&next, &new)
            .map_err(|e| SecretError::NoKey(format!("[{}] {e}", e.code())))?;
        crate::ops::pause_point("secrets-rotate-new-key-written");
        let moved = self.store.reseal_all(
            |id, name, sealed| {
                envelope::rewrap(&old, &new, binding(id, name), sealed)
                    .map_err(|e| StoreError::Refused(format!("secret row {id}: {e}")))
            },
            event,
        );
        let moved = match moved {
            Ok(n) => n,
            Err(e) => {
                let _ = std::fs::remove_file(&next);
                return Err(e.into());
            }
        };
        crate::ops::pause_point("secrets-rotate-database-moved");
        std::fs::rename(&next, self.location.path())
            .map_err(|e| VaultError::Invalid(format!("cannot install the new key: {e}")))?;
        if let Some(dir) = self.location.path().parent() {
            crate::crypto::keyfile::sync_dir(dir);
        }
        Ok(moved)
    }
}

#[cfg(test)]
mod tests {
    use super::check_name;

    #[test]
    fn names() {
        for ok in ["egress.proxy-password", "org.acme.git.main-token", "a"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "/x", "A", "a/b", "a..b", "a b", "-x", &"x".repeat(129)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
