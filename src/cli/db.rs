//! `rulebook db status|verify|rekey|probe`.

use std::io::Write;

use crate::cli::unlock::{Unlock, next_key_path};
use crate::cli::{CliError, DbCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::crypto::keyfile::{self, sync_dir};
use crate::crypto::{DbKey, KeyError, KeySource};
use crate::ops::instance_lock::InstanceLock;
use crate::store::{self, OpenMode, ProbeWriter, StoreError};

pub fn run(cmd: &DbCommand, paths: &Paths, unlock: &Unlock, clock: &Clock) -> Result<(), CliError> {
    match cmd {
        DbCommand::Status => status(paths, unlock),
        DbCommand::Verify => verify(paths, unlock),
        DbCommand::Rekey => rekey(paths, unlock),
        DbCommand::Probe {
            count,
            payload,
            list,
        } => probe(paths, unlock, clock, *count, payload, *list),
    }
}

fn status(paths: &Paths, unlock: &Unlock) -> Result<(), CliError> {
    let store = unlock.open_unmigrated(paths)?;
    let s = store.schema_status()?;
    println!("database: {}", paths.db_file().display());
    println!("size: {} bytes", store.size_bytes());
    println!("key: {}", unlock.source);
    println!(
        "schema: {} (this binary supports up to {})",
        s.current, s.latest
    );
    for (v, d, at) in &s.applied {
        println!("  {v:>4}  {at}  {d}");
    }
    if s.current < s.latest {
        println!(
            "pending: {} migration(s), applied at the next `rulebook serve`",
            s.latest - s.current
        );
    }
    Ok(())
}

fn verify(paths: &Paths, unlock: &Unlock) -> Result<(), CliError> {
    let store = unlock.open_unmigrated(paths)?;
    let report = store.verify()?;
    if report.is_ok() {
        println!(
            "ok: integrity_check ok, cipher_integrity_check clean, invariants hold (schema {})",
            report.schema_version
        );
        return Ok(());
    }
    for p in report.problems() {
        println!("{p}");
    }
    if !report.cipher.is_empty() || !report.integrity.is_empty() {
        return Err(StoreError::Damaged {
            page: report.first_bad_page(),
            detail: format!(
                "{} problem(s) found",
                report.cipher.len() + report.integrity.len()
            ),
        }
        .into());
    }
    Err(StoreError::VerifyFailed(report.problems()).into())
}

fn rekey(paths: &Paths, unlock: &Unlock) -> Result<(), CliError> {
    let path = match &unlock.source {
        KeySource::Credential(p) => {
            return Err(CliError::Other(
                "RB-KEY-READ-ONLY",
                format!(
                    "the key comes from the systemd credential {}, which is read-only; run rekey with --key-file pointing at the file LoadCredential= reads",
                    p.display()
                ),
            ));
        }
        KeySource::Passphrase => {
            return Err(CliError::Other(
                "RB-KEY-PASSPHRASE-REKEY",
                "rekey works on key files; passphrase-mode rotation is not supported yet".into(),
            ));
        }
        s => s.path().map(|p| p.to_path_buf()).ok_or(KeyError::Random)?,
    };
    let _lock = InstanceLock::try_acquire(&paths.lock_file())
        .map_err(|e| CliError::Other("RB-CLI-LOCK", format!("cannot open the instance lock: {e}")))?
        .ok_or_else(|| CliError::Locked("rekey".into()))?;
    // Opening first also completes any earlier interrupted rotation.
    unlock.open_unmigrated(paths)?;
    let old = keyfile::read_key_file(&path)?;
    let new = DbKey::generate()?;
    let next = next_key_path(&path);
    let _ = std::fs::remove_file(&next);
    keyfile::write_new_key_file(&next, &new)?;
    store::rekey(&paths.db_file(), &old, &new)?;
    std::fs::rename(&next, &path).map_err(|e| KeyError::Write(path.clone(), e.kind()))?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    println!("database re-encrypted; new key in {}", path.display());
    println!("back up the new key file now: backups made before this point need the old key");
    Ok(())
}

fn probe(
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
    count: u64,
    payload: &str,
    list: bool,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    let writer = ProbeWriter::new(&store, clock.clone());
    let mut out = std::io::stdout().lock();
    let io = |e: std::io::Error| CliError::Other("RB-CLI-IO", e.to_string());
    if list {
        for id in writer.ids()? {
            writeln!(out, "{id}").map_err(io)?;
        }
        return Ok(());
    }
    let mut written = 0u64;
    while count == 0 || written < count {
        let id = writer.write(payload)?;
        // Printed only after the commit returned: every printed id must survive a crash.
        writeln!(out, "{id}")
            .and_then(|_| out.flush())
            .map_err(io)?;
        written += 1;
    }
    Ok(())
}
