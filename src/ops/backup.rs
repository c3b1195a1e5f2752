//! Backups that prove themselves, and restores that cannot half-happen.
//!
//! A backup is an online snapshot (`VACUUM INTO`, still SQLCipher-encrypted under the database
//! key) wrapped in an [age](https://age-encryption.org) file for one or more X25519 recipients
//! or a passphrase. Before the file is renamed into place it is decrypted again and verified:
//! with recipients, through an extra ephemeral recipient whose identity lives only in memory
//! for that check and is then dropped (the server never holds a usable identity). A JSON
//! manifest beside it records version, schema, time, sha256, size and row counts.
//!
//! Reading a backup needs two things kept apart: an age identity and the database key. With
//! both, the standard `age` and `sqlcipher` tools read it without Rulebook (see
//! docs/OPERATIONS.md).
//!
//! Restore checks the manifest and the age MAC, decrypts into a temporary file beside the
//! database, verifies it, keeps the current database under a `.pre-restore-TIME` name, and
//! swaps the new one in with one atomic rename. Killed at any step, the data dir holds either
//! the old or the new database.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::clock::Clock;
use crate::crypto::keyfile::sync_dir;
use crate::crypto::{DbKey, hex};
use crate::error::Coded;
use crate::store::{self, LATEST_SCHEMA, OpenMode, Store, StoreError};

/// Who can decrypt a backup.
pub enum Sealing {
    /// X25519 recipients (`age1...`).
    Recipients(Vec<age::x25519::Recipient>),
    /// A passphrase (scrypt).
    Passphrase(String),
}

/// How to decrypt a backup.
pub enum Unsealing {
    /// Identities from an age identity file.
    Identities(Vec<Box<dyn age::Identity + Send + Sync>>),
    /// A passphrase.
    Passphrase(String),
}

/// The manifest written beside each backup.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub format: String,
    pub rulebook_version: String,
    pub schema_version: u32,
    pub created_at: String,
    /// sha256 of the `.age` file.
    pub sha256: String,
    pub size: u64,
    /// Rows per table in the snapshot.
    pub counts: BTreeMap<String, i64>,
    /// Recipients it was sealed to (empty for a passphrase).
    pub recipients: Vec<String>,
    pub passphrase: bool,
    /// Key-check value of the database key the snapshot is encrypted with.
    pub key_check: String,
}

/// Backup and restore failures, each with its own code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// The file is shorter than written (or than its manifest says).
    Truncated(String),
    /// The file's bytes differ from what was written.
    Altered(String),
    /// None of the given identities (or the passphrase) opens it.
    WrongIdentity,
    /// Not an age file.
    NotABackup(String),
    /// Written by a newer Rulebook.
    SchemaTooNew { found: u32, supported: u32 },
    /// The snapshot is encrypted with another database key.
    WrongDbKey,
    /// Verification of the snapshot failed.
    Verify(String),
    /// No recipients or passphrase configured.
    NoRecipients,
    /// File-system trouble.
    Io(String),
    /// The store refused.
    Store(StoreError),
}

impl Coded for BackupError {
    fn code(&self) -> &'static str {
        match self {
            BackupError::Truncated(_) => "RB-BACKUP-TRUNCATED",
            BackupError::Altered(_) => "RB-BACKUP-ALTERED",
            BackupError::WrongIdentity => "RB-BACKUP-WRONG-IDENTITY",
            BackupError::NotABackup(_) => "RB-BACKUP-NOT-A-BACKUP",
            BackupError::SchemaTooNew { .. } => "RB-BACKUP-SCHEMA-TOO-NEW",
            BackupError::WrongDbKey => "RB-BACKUP-WRONG-DB-KEY",
            BackupError::Verify(_) => "RB-BACKUP-VERIFY",
            BackupError::NoRecipients => "RB-BACKUP-NO-RECIPIENTS",
            BackupError::Io(_) => "RB-BACKUP-IO",
            BackupError::Store(e) => e.code(),
        }
    }
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::Truncated(m) => write!(f, "the backup is truncated: {m}"),
            BackupError::Altered(m) => write!(f, "the backup was altered or damaged: {m}"),
            BackupError::WrongIdentity => f.write_str("none of the given age identities (or the passphrase) opens this backup"),
            BackupError::NotABackup(m) => write!(f, "not a Rulebook backup: {m}"),
            BackupError::SchemaTooNew { found, supported } => write!(
                f,
                "the backup has schema version {found} but this binary supports up to {supported}; restore it with the newer rulebook"
            ),
            BackupError::WrongDbKey => f.write_str(
                "the backup is encrypted with another database key; pass the key it was made with as --backup-key-file",
            ),
            BackupError::Verify(m) => write!(f, "the backup does not verify: {m}"),
            BackupError::NoRecipients => f.write_str(
                "no backup recipients: pass --recipient age1... (from `age-keygen`), --recipients-file, or --passphrase-file",
            ),
            BackupError::Io(m) => write!(f, "{m}"),
            BackupError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for BackupError {}

impl From<StoreError> for BackupError {
    fn from(e: StoreError) -> Self {
        BackupError::Store(e)
    }
}

fn io(what: &str) -> impl Fn(io::Error) -> BackupError + '_ {
    move |e| BackupError::Io(format!("{what}: {e}"))
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// The manifest path of a backup file.
pub fn manifest_path(backup: &Path) -> PathBuf {
    with_suffix(backup, ".manifest.json")
}

/// Parses an age recipients file (one `age1...` per line, `#` comments).
pub fn parse_recipients(text: &str) -> Result<Vec<age::x25519::Recipient>, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.parse::<age::x25519::Recipient>()
                .map_err(|e| format!("{l:?} is not an age X25519 recipient: {e}"))
        })
        .collect()
}

/// Reads identities from an age identity file.
pub fn load_identities(
    path: &Path,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, BackupError> {
    let file = age::IdentityFile::from_file(path.to_string_lossy().into_owned()).map_err(|e| {
        BackupError::Io(format!("cannot read identity file {}: {e}", path.display()))
    })?;
    file.into_identities()
        .map_err(|e| BackupError::Io(format!("bad identity file {}: {e}", path.display())))
}

fn sha256_file(path: &Path) -> Result<(String, u64), BackupError> {
    let mut f = File::open(path).map_err(io("open backup"))?;
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf).map_err(io("read backup"))?;
        if n == 0 {
            break;
        }
        size += n as u64;
        ctx.update(&buf[..n]);
    }
    Ok((hex::encode(ctx.finish().as_ref()), size))
}

fn encrypt(
    src: &Path,
    dst: &Path,
    sealing: &Sealing,
    verifier: Option<&age::x25519::Identity>,
) -> Result<(), BackupError> {
    let encryptor = match sealing {
        Sealing::Passphrase(p) => {
            age::Encryptor::with_user_passphrase(SecretString::from(p.clone()))
        }
        Sealing::Recipients(list) => {
            let extra = verifier.map(|v| v.to_public());
            let mut all: Vec<&dyn age::Recipient> =
                list.iter().map(|r| r as &dyn age::Recipient).collect();
            if let Some(e) = &extra {
                all.push(e);
            }
            age::Encryptor::with_recipients(all.into_iter())
                .map_err(|e| BackupError::Io(format!("age: {e}")))?
        }
    };
    let out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dst)
        .map_err(io("create backup file"))?;
    let mut writer = encryptor
        .wrap_output(io::BufWriter::new(out))
        .map_err(io("write backup"))?;
    let mut input = BufReader::new(File::open(src).map_err(io("read snapshot"))?);
    io::copy(&mut input, &mut writer).map_err(io("encrypt backup"))?;
    let buf = writer.finish().map_err(io("finish backup"))?;
    let file = buf
        .into_inner()
        .map_err(|e| BackupError::Io(format!("flush backup: {e}")))?;
    file.sync_all().map_err(io("fsync backup"))
}

/// Decrypts `src` into a new file `dst`, mapping age's errors to distinct refusals.
fn decrypt(src: &Path, dst: &Path, unsealing: &Unsealing) -> Result<(), BackupError> {
    let input = BufReader::new(File::open(src).map_err(io("open backup"))?);
    let decryptor = age::Decryptor::new_buffered(input).map_err(|e| classify(e, true))?;
    let mut reader = match unsealing {
        Unsealing::Identities(ids) => {
            decryptor.decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity))
        }
        Unsealing::Passphrase(p) => {
            let id = age::scrypt::Identity::new(SecretString::from(p.clone()));
            decryptor.decrypt(std::iter::once(&id as &dyn age::Identity))
        }
    }
    .map_err(|e| match e {
        // At this stage nothing of the payload was read: a failure to unwrap is a wrong key.
        age::DecryptError::DecryptionFailed => BackupError::WrongIdentity,
        other => classify(other, false),
    })?;
    let out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dst)
        .map_err(io("create restore file"))?;
    let mut w = io::BufWriter::new(out);
    match io::copy(&mut reader, &mut w) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
            return Err(BackupError::Truncated(e.to_string()));
        }
        Err(e) => return Err(BackupError::Altered(e.to_string())),
    }
    let f = w
        .into_inner()
        .map_err(|e| BackupError::Io(format!("flush: {e}")))?;
    f.sync_all().map_err(io("fsync restore file"))
}

fn classify(e: age::DecryptError, header: bool) -> BackupError {
    match e {
        age::DecryptError::NoMatchingKeys | age::DecryptError::KeyDecryptionFailed => {
            BackupError::WrongIdentity
        }
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat if header => {
            BackupError::NotABackup(e.to_string())
        }
        age::DecryptError::Io(ref io) if io.kind() == io::ErrorKind::UnexpectedEof => {
            BackupError::Truncated(e.to_string())
        }
        other => BackupError::Altered(other.to_string()),
    }
}

/// Opens a decrypted snapshot with `key` and checks it: schema, integrity, page HMACs.
fn check_snapshot(path: &Path, key: &DbKey) -> Result<(u32, BTreeMap<String, i64>), BackupError> {
    let store = match Store::open_unmigrated(path, key.clone()) {
        Ok(s) => s,
        Err(StoreError::WrongKey | StoreError::Unreadable) => return Err(BackupError::WrongDbKey),
        Err(StoreError::SchemaTooNew { found, supported }) => {
            return Err(BackupError::SchemaTooNew { found, supported });
        }
        Err(e) => return Err(e.into()),
    };
    let report = store.verify()?;
    if !report.integrity.is_empty() || !report.cipher.is_empty() {
        return Err(BackupError::Verify(report.problems().join("; ")));
    }
    let version = store.schema_version()?;
    let counts = store.table_counts()?;
    store.close()?;
    Ok((version, counts))
}

fn remove_quietly(paths: &[&Path]) {
    for p in paths {
        let _ = fs::remove_file(p);
        for s in ["-wal", "-shm", "-journal"] {
            let _ = fs::remove_file(with_suffix(p, s));
        }
    }
}

fn write_atomic(path: &Path, data: &[u8]) -> Result<(), BackupError> {
    crate::ops::files::write_atomic(path, data, 0o600).map_err(io("write manifest"))
}

/// Takes, seals, verifies and installs a backup at `out`; returns its manifest.
pub fn create(
    store: &Store,
    key: &DbKey,
    sealing: &Sealing,
    out: &Path,
    clock: &Clock,
) -> Result<Manifest, BackupError> {
    if matches!(sealing, Sealing::Recipients(r) if r.is_empty()) {
        return Err(BackupError::NoRecipients);
    }
    if out.exists() {
        return Err(BackupError::Io(format!(
            "{} exists; refusing to overwrite a backup",
            out.display()
        )));
    }
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io("create backup folder"))?;
    let snapshot = with_suffix(out, ".snapshot-tmp");
    let sealed = with_suffix(out, ".partial");
    let check = with_suffix(out, ".check-tmp");
    remove_quietly(&[&snapshot, &sealed, &check]);
    let result = (|| {
        store.snapshot_to(&snapshot)?;
        let (schema_version, counts) = check_snapshot(&snapshot, key)?;
        let verifier = match sealing {
            Sealing::Recipients(_) => Some(age::x25519::Identity::generate()),
            Sealing::Passphrase(_) => None,
        };
        encrypt(&snapshot, &sealed, sealing, verifier.as_ref())?;
        let unseal = match (sealing, verifier) {
            (Sealing::Passphrase(p), _) => Unsealing::Passphrase(p.clone()),
            (_, Some(v)) => Unsealing::Identities(vec![Box::new(v)]),
            (_, None) => return Err(BackupError::NoRecipients),
        };
        decrypt(&sealed, &check, &unseal)?;
        drop(unseal); // the ephemeral identity is gone from here on
        let (v2, counts2) = check_snapshot(&check, key)?;
        if v2 != schema_version || counts2 != counts {
            return Err(BackupError::Verify(
                "the decrypted backup differs from the snapshot".into(),
            ));
        }
        let (sha256, size) = sha256_file(&sealed)?;
        fs::rename(&sealed, out).map_err(io("install backup"))?;
        let manifest = Manifest {
            format: "rulebook-backup-v1".into(),
            rulebook_version: crate::version::VERSION.into(),
            schema_version,
            created_at: clock.now_rfc3339(),
            sha256,
            size,
            counts,
            recipients: match sealing {
                Sealing::Recipients(r) => r.iter().map(ToString::to_string).collect(),
                Sealing::Passphrase(_) => Vec::new(),
            },
            passphrase: matches!(sealing, Sealing::Passphrase(_)),
            key_check: store::keycheck::value(key),
        };
        let json =
            serde_json::to_vec_pretty(&manifest).map_err(|e| BackupError::Io(e.to_string()))?;
        write_atomic(&manifest_path(out), &json)?;
        sync_dir(dir);
        Ok(manifest)
    })();
    remove_quietly(&[&snapshot, &sealed, &check]);
    result
}

/// Reads a backup's manifest, if present.
pub fn read_manifest(backup: &Path) -> Result<Option<Manifest>, BackupError> {
    match fs::read(manifest_path(backup)) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| BackupError::NotABackup(format!("manifest: {e}"))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(BackupError::Io(format!("read manifest: {e}"))),
    }
}

/// Checks the file against its manifest (size, then sha256).
pub fn check_against_manifest(backup: &Path, manifest: &Manifest) -> Result<(), BackupError> {
    let (sha, size) = sha256_file(backup)?;
    if size < manifest.size {
        return Err(BackupError::Truncated(format!(
            "{size} of {} bytes",
            manifest.size
        )));
    }
    if size != manifest.size || sha != manifest.sha256 {
        return Err(BackupError::Altered(
            "the sha256 differs from the manifest".into(),
        ));
    }
    Ok(())
}

/// Verifies a backup without restoring it: manifest, then (with a way to unseal it and the
/// database key) decryption, integrity and row counts.
pub fn verify(
    backup: &Path,
    unsealing: Option<&Unsealing>,
    key: Option<&DbKey>,
) -> Result<Option<Manifest>, BackupError> {
    let manifest = read_manifest(backup)?;
    if let Some(m) = &manifest {
        check_against_manifest(backup, m)?;
    }
    if let Some(unseal) = unsealing {
        let tmp = std::env::temp_dir().join(format!("rulebook-verify-{}", std::process::id()));
        remove_quietly(&[&tmp]);
        let result = (|| {
            decrypt(backup, &tmp, unseal)?;
            if let Some(k) = key {
                let (version, counts) = check_snapshot(&tmp, k)?;
                if let Some(m) = &manifest
                    && (m.schema_version != version || m.counts != counts)
                {
                    return Err(BackupError::Verify(
                        "row counts differ from the manifest".into(),
                    ));
                }
            }
            Ok(())
        })();
        remove_quietly(&[&tmp]);
        result?;
    }
    Ok(manifest)
}

/// Restore steps, in order; `RULEBOOK_TEST_PAUSE_AT=<step>` makes the process stop there (tests
/// kill it with SIGKILL to prove each step leaves a usable database).
pub const RESTORE_STEPS: &[&str] = &[
    "decrypted",
    "verified",
    "old-closed",
    "old-kept",
    "installed",
];

use crate::ops::pause_point;

/// What a restore did.
#[derive(Debug, Clone)]
pub struct RestoreReport {
    pub previous: Option<PathBuf>,
    pub schema_version: u32,
    pub counts: BTreeMap<String, i64>,
}

/// Restores `backup` over the database at `db` (the caller holds the instance lock).
/// `backup_key` is the database key the snapshot is encrypted with, if not the current one;
/// the restored database is then re-keyed to `key` before it is installed.
pub fn restore(
    db: &Path,
    key: &DbKey,
    backup_key: Option<&DbKey>,
    backup: &Path,
    unsealing: &Unsealing,
    clock: &Clock,
) -> Result<RestoreReport, BackupError> {
    let manifest = read_manifest(backup)?;
    if let Some(m) = &manifest {
        check_against_manifest(backup, m)?;
        if m.schema_version > LATEST_SCHEMA {
            return Err(BackupError::SchemaTooNew {
                found: m.schema_version,
                supported: LATEST_SCHEMA,
            });
        }
    }
    let staged = with_suffix(db, ".restore-tmp");
    remove_quietly(&[&staged]);
    let staged_result = (|| {
        decrypt(backup, &staged, unsealing)?;
        pause_point("decrypted");
        let snapshot_key = backup_key.unwrap_or(key);
        let (version, counts) = check_snapshot(&staged, snapshot_key)?;
        if let Some(m) = &manifest
            && m.counts != counts
        {
            return Err(BackupError::Verify(
                "row counts differ from the manifest".into(),
            ));
        }
        if backup_key.is_some_and(|b| b != key) {
            // Re-encrypt under the current key, in place of the staged file.
            store::rekey(&staged, snapshot_key, key)?;
        }
        Ok((version, counts))
    })();
    let (schema_version, counts) = match staged_result {
        Ok(v) => v,
        Err(e) => {
            remove_quietly(&[&staged]);
            return Err(e);
        }
    };
    pause_point("verified");
    // Close the live database cleanly so no WAL of the old file survives the swap.
    if db.exists() {
        let old = Store::open_unmigrated(db, key.clone())?;
        old.close()?;
        for s in ["-wal", "-shm"] {
            let _ = fs::remove_file(with_suffix(db, s));
        }
    }
    pause_point("old-closed");
    let previous = if db.exists() {
        let stamp = clock.now_rfc3339().replace(':', "");
        let mut keep = with_suffix(db, &format!(".pre-restore-{stamp}"));
        let mut n = 1;
        while keep.exists() {
            keep = with_suffix(db, &format!(".pre-restore-{stamp}-{n}"));
            n += 1;
        }
        fs::hard_link(db, &keep).map_err(io("keep the previous database"))?;
        Some(keep)
    } else {
        None
    };
    pause_point("old-kept");
    fs::rename(&staged, db).map_err(io("install the restored database"))?;
    if let Some(dir) = db.parent() {
        sync_dir(dir);
    }
    pause_point("installed");
    store::keycheck::write(db, key)?;
    // Migrate an older backup and prove the result opens and verifies.
    let check = Store::open(db, key.clone(), OpenMode::Existing, clock)?;
    let report = check.verify()?;
    check.close()?;
    if !report.is_ok() {
        return Err(BackupError::Verify(report.problems().join("; ")));
    }
    Ok(RestoreReport {
        previous,
        schema_version,
        counts,
    })
}

/// Removes a leftover staged restore (after a crash), so it is never mistaken for data.
pub fn clean_stale(db: &Path) {
    remove_quietly(&[&with_suffix(db, ".restore-tmp")]);
}

/// `rulebook-2026-11-28T130000Z.age`.
pub fn file_name(clock: &Clock) -> String {
    format!("rulebook-{}.age", clock.now_rfc3339().replace(':', ""))
}
