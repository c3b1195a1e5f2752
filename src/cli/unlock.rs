//! Getting the database key and opening the store, the same way for every command.
//!
//! Also finishes an interrupted key rotation: if the key file does not open the database but
//! `<key file>.new` does, `db rekey` stopped between installing the re-keyed database and
//! swapping the key files, so the swap is completed here.

use std::path::PathBuf;

use crate::cli::{Cli, CliError};
use crate::clock::Clock;
use crate::config::Paths;
use crate::crypto::keyfile::{self, sync_dir};
use crate::crypto::passphrase::{self, KdfParams};
use crate::crypto::{DbKey, KeyError, KeySource};
use crate::store::audit::AuditKey;
use crate::store::{OpenMode, Store, StoreError};

/// File name of the audit key beside a key file.
pub const AUDIT_KEY_NAME: &str = "audit.key";
/// File name of the audit key inside `$CREDENTIALS_DIRECTORY`.
pub const AUDIT_CREDENTIAL: &str = "rulebook-audit-key";

/// How this run unlocks the database.
#[derive(Debug, Clone)]
pub struct Unlock {
    pub source: KeySource,
    /// Where the secrets key (sealed credentials) is looked for.
    pub secrets: crate::secrets::KeyLocation,
}

pub use crate::crypto::keyfile::next_key_path;

impl Unlock {
    /// Resolves the key source from flags and the environment.
    pub fn from_cli(cli: &Cli, paths: &Paths) -> Unlock {
        let credentials = std::env::var_os("CREDENTIALS_DIRECTORY").map(PathBuf::from);
        let env_file = std::env::var_os("RULEBOOK_DB_KEY_FILE").map(PathBuf::from);
        Unlock {
            source: KeySource::resolve(
                cli.key_file.as_deref(),
                cli.passphrase,
                credentials.as_deref(),
                env_file.as_deref(),
                &paths.config_dir,
            ),
            secrets: crate::secrets::KeyLocation::resolve(
                cli.secrets_key_file.as_deref(),
                credentials.as_deref(),
                std::env::var_os(crate::secrets::ENV_KEY_FILE)
                    .map(PathBuf::from)
                    .as_deref(),
                &paths.config_dir,
            ),
        }
    }

    /// The key. With `create`, a missing key is made when no database exists yet: a key
    /// file at the default location (or `--key-file`), or new KDF parameters for a passphrase.
    pub fn key(&self, paths: &Paths, create: bool) -> Result<DbKey, CliError> {
        let fresh = create && !paths.db_file().exists();
        match &self.source {
            KeySource::Passphrase => {
                let kdf = match KdfParams::load(&paths.kdf_file())? {
                    Some(k) => k,
                    None if fresh => {
                        let k = KdfParams::generate()?;
                        paths.ensure_data_dir()?;
                        k.save(&paths.kdf_file())?;
                        k
                    }
                    None => {
                        return Err(KeyError::Passphrase(format!(
                            "{} is missing, so this database was not created in passphrase mode",
                            paths.kdf_file().display()
                        ))
                        .into());
                    }
                };
                let pass = passphrase::read_passphrase("Rulebook database passphrase: ")?;
                Ok(kdf.derive(&pass)?)
            }
            source => {
                let path = source.path().ok_or(KeyError::Random)?;
                let creatable = source.may_create() || matches!(source, KeySource::Flag(_));
                if fresh && creatable && !path.exists() {
                    let key = DbKey::generate()?;
                    keyfile::write_new_key_file(path, &key)?;
                    log::info!("created database key file {}", path.display());
                    return Ok(key);
                }
                Ok(keyfile::read_key_file(path)?)
            }
        }
    }

    /// Opens (and migrates) the store, with the audit key loaded.
    pub fn open_store(
        &self,
        paths: &Paths,
        clock: &Clock,
        mode: OpenMode,
    ) -> Result<Store, CliError> {
        self.open_store_checked(paths, clock, mode, false)
    }

    /// [`Unlock::open_store`], for the server with `check_pages`: every page's HMAC is
    /// checked before anything is written (migrations, the audit upgrade), so a damaged
    /// file is refused with `RB-STORE-DAMAGED` and never written.
    pub fn open_store_checked(
        &self,
        paths: &Paths,
        clock: &Clock,
        mode: OpenMode,
        check_pages: bool,
    ) -> Result<Store, CliError> {
        if mode == OpenMode::Create {
            paths.ensure_data_dir()?;
        }
        let key = self.key(paths, mode == OpenMode::Create)?;
        if check_pages {
            let started = std::time::Instant::now();
            match Store::check_pages(&paths.db_file(), &key) {
                // A pending key rotation is completed below; the pages are checked by `db verify`.
                Err(StoreError::WrongKey) => {}
                other => other?,
            }
            log::info!(
                "start-up page check passed in {} ms",
                started.elapsed().as_millis()
            );
        }
        let store = match Store::open(&paths.db_file(), key.clone(), mode, clock) {
            Err(StoreError::WrongKey) => self.finish_rotation(paths, clock, mode)?,
            other => other?,
        };
        let audit = self.audit_key(&key, &store)?;
        let store = store.with_audit_key(audit);
        // Once after the upgrade to schema 8: re-MAC an intact old-format audit chain.
        match store.audit_seal_legacy()? {
            crate::store::audit::Sealed::NotNeeded => {}
            crate::store::audit::Sealed::Upgraded { rows, erased } => log::info!(
                "audit chain upgraded to format 2: {rows} row(s) re-MACed, {erased} erased row(s) sealed"
            ),
            crate::store::audit::Sealed::Refused(status) => log::warn!(
                "the audit chain was not upgraded to format 2 because it is already {status}"
            ),
        }
        Ok(store)
    }

    /// Where the audit key lives: beside the database key file (`audit.key`), or
    /// `$CREDENTIALS_DIRECTORY/rulebook-audit-key`; `None` in passphrase mode, where it is
    /// derived from the database key.
    pub fn audit_key_path(&self) -> Option<PathBuf> {
        match &self.source {
            KeySource::Credential(p) => Some(p.with_file_name(AUDIT_CREDENTIAL)),
            KeySource::Passphrase => None,
            other => other.path().map(|p| p.with_file_name(AUDIT_KEY_NAME)),
        }
    }

    /// The audit key if it exists (never creates one): `doctor` checks the chain with it.
    pub fn existing_audit_key(&self, store: &Store) -> Option<AuditKey> {
        match self.audit_key_path() {
            Some(path) => keyfile::read_key_file(&path)
                .ok()
                .map(|k| AuditKey(*k.as_bytes())),
            None => {
                let k = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, store.db_key().as_bytes());
                let tag = ring::hmac::sign(&k, b"rulebook-audit-key-v1");
                let mut out = [0u8; 32];
                out.copy_from_slice(&tag.as_ref()[..32]);
                Some(AuditKey(out))
            }
        }
    }

    /// Loads the audit key; creates it only while the audit log is still empty.
    fn audit_key(&self, db_key: &DbKey, store: &Store) -> Result<AuditKey, CliError> {
        let Some(path) = self.audit_key_path() else {
            let k = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, db_key.as_bytes());
            let tag = ring::hmac::sign(&k, b"rulebook-audit-key-v1");
            let mut out = [0u8; 32];
            out.copy_from_slice(&tag.as_ref()[..32]);
            return Ok(AuditKey(out));
        };
        if !path.exists()
            && !store.has_audit_rows()?
            && !matches!(self.source, KeySource::Credential(_))
        {
            let k = DbKey::generate()?;
            keyfile::write_new_key_file(&path, &k)?;
            log::info!("created audit key file {}", path.display());
        }
        let k = keyfile::read_key_file(&path)?;
        Ok(AuditKey(*k.as_bytes()))
    }

    /// Opens without migrating (status, verify).
    pub fn open_unmigrated(&self, paths: &Paths) -> Result<Store, CliError> {
        let key = self.key(paths, false)?;
        match Store::open_unmigrated(&paths.db_file(), key) {
            Err(StoreError::WrongKey) => {
                let next = self.pending_next_key(paths).ok_or(StoreError::WrongKey)?;
                let store = Store::open_unmigrated(&paths.db_file(), next)?;
                self.complete_swap()?;
                Ok(store)
            }
            other => Ok(other?),
        }
    }

    fn pending_next_key(&self, _paths: &Paths) -> Option<DbKey> {
        let path = self.source.path()?;
        keyfile::read_key_file(&next_key_path(path)).ok()
    }

    fn finish_rotation(
        &self,
        paths: &Paths,
        clock: &Clock,
        mode: OpenMode,
    ) -> Result<Store, CliError> {
        let next = self.pending_next_key(paths).ok_or(StoreError::WrongKey)?;
        let store = Store::open(&paths.db_file(), next, mode, clock)?;
        self.complete_swap()?;
        Ok(store)
    }

    fn complete_swap(&self) -> Result<(), CliError> {
        if let Some(path) = self.source.path() {
            log::warn!(
                "completing an interrupted key rotation: installing {}",
                next_key_path(path).display()
            );
            std::fs::rename(next_key_path(path), path)
                .map_err(|e| KeyError::Write(path.to_path_buf(), e.kind()))?;
            if let Some(dir) = path.parent() {
                sync_dir(dir);
            }
        }
        Ok(())
    }
}
