//! `rulebook backup [verify]` and `rulebook restore`.

use std::path::{Path, PathBuf};

use crate::cli::unlock::Unlock;
use crate::cli::{BackupArgs, BackupSub, CliError, RestoreArgs};
use crate::clock::Clock;
use crate::config::Paths;
use crate::crypto::keyfile;
use crate::error::Coded;
use crate::ops::backup::{self, BackupError, Sealing, Unsealing};
use crate::ops::instance_lock::InstanceLock;
use crate::store::OpenMode;
use crate::store::audit::AuditEvent;

impl From<BackupError> for CliError {
    fn from(e: BackupError) -> Self {
        match e {
            BackupError::Store(s) => CliError::Store(s),
            other => CliError::Backup(other),
        }
    }
}

fn read_secret_file(path: &Path) -> Result<String, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::Other(
            "RB-BACKUP-IO",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    let line = text.lines().next().unwrap_or("").to_string();
    if line.is_empty() {
        return Err(CliError::Other(
            "RB-BACKUP-IO",
            format!("{} is empty", path.display()),
        ));
    }
    Ok(line)
}

/// The default backup folder: the `backup.dir` setting, else `<data dir>/backups`.
pub fn default_dir(paths: &Paths, configured: Option<String>) -> PathBuf {
    configured
        .map(PathBuf::from)
        .unwrap_or_else(|| paths.data_dir.join("backups"))
}

/// Recipients or passphrase from flags, else `<config dir>/backup-recipients.txt`.
pub fn sealing(
    paths: &Paths,
    recipients: &[String],
    file: Option<&Path>,
    passphrase_file: Option<&Path>,
) -> Result<Sealing, CliError> {
    if let Some(p) = passphrase_file {
        return Ok(Sealing::Passphrase(read_secret_file(p)?));
    }
    let mut text = recipients.join("\n");
    let default = paths.config_dir.join("backup-recipients.txt");
    let file = file
        .map(Path::to_path_buf)
        .or_else(|| default.exists().then_some(default));
    if let Some(f) = file {
        let t = std::fs::read_to_string(&f).map_err(|e| {
            CliError::Other("RB-BACKUP-IO", format!("cannot read {}: {e}", f.display()))
        })?;
        text.push('\n');
        text.push_str(&t);
    }
    let list =
        backup::parse_recipients(&text).map_err(|e| CliError::Other("RB-BACKUP-RECIPIENT", e))?;
    if list.is_empty() {
        return Err(BackupError::NoRecipients.into());
    }
    Ok(Sealing::Recipients(list))
}

fn unsealing(
    identity: Option<&Path>,
    passphrase_file: Option<&Path>,
) -> Result<Option<Unsealing>, CliError> {
    Ok(match (identity, passphrase_file) {
        (Some(i), _) => Some(Unsealing::Identities(backup::load_identities(i)?)),
        (None, Some(p)) => Some(Unsealing::Passphrase(read_secret_file(p)?)),
        (None, None) => None,
    })
}

fn event(action: &str, target: String, outcome: &str, detail: String) -> AuditEvent {
    AuditEvent {
        actor: "cli".into(),
        action: action.into(),
        target,
        outcome: outcome.into(),
        detail,
        ..AuditEvent::default()
    }
}

pub fn run(
    args: &BackupArgs,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    match &args.command {
        Some(BackupSub::Verify {
            file,
            identity,
            passphrase_file,
        }) => {
            let unseal = unsealing(identity.as_deref(), passphrase_file.as_deref())?;
            let key = match &unseal {
                Some(_) => Some(unlock.key(paths, false)?),
                None => None,
            };
            let manifest = backup::verify(file, unseal.as_ref(), key.as_ref())?;
            match (&manifest, &unseal) {
                (Some(m), Some(_)) => println!(
                    "ok: {} verified: sha256 matches the manifest, decrypts, integrity ok, {} tables with the recorded row counts (schema {})",
                    file.display(),
                    m.counts.len(),
                    m.schema_version
                ),
                (Some(_), None) => println!(
                    "ok: {} matches its manifest (size and sha256); pass --identity to also decrypt and check its contents",
                    file.display()
                ),
                (None, Some(_)) => println!(
                    "ok: {} decrypts and verifies (no manifest found)",
                    file.display()
                ),
                (None, None) => {
                    return Err(CliError::Other(
                        "RB-BACKUP-NO-MANIFEST",
                        "no manifest beside the backup: pass --identity to verify its contents"
                            .into(),
                    ));
                }
            }
            Ok(())
        }
        None => {
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let key = unlock.key(paths, false)?;
            let seal = sealing(
                paths,
                &args.recipient,
                args.recipients_file.as_deref(),
                args.passphrase_file.as_deref(),
            )?;
            let out = match &args.to {
                Some(p) if p.is_dir() => p.join(backup::file_name(clock)),
                Some(p) => p.clone(),
                None => {
                    default_dir(paths, store.setting("backup.dir")?).join(backup::file_name(clock))
                }
            };
            let created = {
                let _working = crate::cli::progress::Activity::start("backing up");
                backup::create(&store, &key, &seal, &out, clock)
            };
            match created {
                Ok(m) => {
                    store.audit(&event(
                        "backup.created",
                        out.display().to_string(),
                        "success",
                        format!("{} bytes", m.size),
                    ))?;
                    println!("backup: {}", out.display());
                    println!("manifest: {}", backup::manifest_path(&out).display());
                    println!("size: {} bytes, sha256 {}", m.size, m.sha256);
                    println!(
                        "verified: decrypted and checked before it was installed ({} tables)",
                        m.counts.len()
                    );
                    Ok(())
                }
                Err(e) => {
                    let _ = store.audit(&event(
                        "backup.failed",
                        out.display().to_string(),
                        "failure",
                        e.code().to_string(),
                    ));
                    Err(e.into())
                }
            }
        }
    }
}

pub fn restore(
    args: &RestoreArgs,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let _lock = InstanceLock::try_acquire(&paths.lock_file())
        .map_err(|e| CliError::Other("RB-CLI-LOCK", format!("cannot open the instance lock: {e}")))?
        .ok_or_else(|| CliError::Locked("restore".into()))?;
    let unseal =
        unsealing(args.identity.as_deref(), args.passphrase_file.as_deref())?.ok_or_else(|| {
            CliError::Other(
                "RB-CLI-USAGE",
                "pass --identity FILE (age identity) or --passphrase-file FILE".into(),
            )
        })?;
    paths.ensure_data_dir()?;
    let key = unlock.key(paths, true)?;
    let backup_key = match &args.backup_key_file {
        Some(p) => Some(keyfile::read_key_file(p)?),
        None => None,
    };
    backup::clean_stale(&paths.db_file());
    let working = crate::cli::progress::Activity::start("restoring");
    let report = backup::restore(
        &paths.db_file(),
        &key,
        backup_key.as_ref(),
        &args.file,
        &unseal,
        clock,
    );
    drop(working);
    let report = report?;
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    store.audit(&event(
        "backup.restored",
        args.file.display().to_string(),
        "success",
        format!(
            "schema {}, previous kept at {}",
            report.schema_version,
            report
                .previous
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".into())
        ),
    ))?;
    println!(
        "restored {} (schema {}, {} tables)",
        args.file.display(),
        report.schema_version,
        report.counts.len()
    );
    if let Some(prev) = report.previous {
        println!("the previous database is kept at {}", prev.display());
    }
    Ok(())
}
