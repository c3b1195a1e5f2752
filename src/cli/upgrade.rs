//! `rulebook upgrade check|apply|rollback`.

use std::path::{Path, PathBuf};

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, UpgradeCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::error::Coded;
use crate::ops::instance_lock::InstanceLock;
use crate::ops::upgrade::{self, UpgradeError};
use crate::store::audit::AuditEvent;
use crate::store::{OpenMode, Store};

impl From<UpgradeError> for CliError {
    fn from(e: UpgradeError) -> Self {
        match e {
            UpgradeError::Store(s) => CliError::Store(s),
            other => CliError::Upgrade(other),
        }
    }
}

fn event(action: &str, target: String, detail: String) -> AuditEvent {
    AuditEvent {
        actor: "cli".into(),
        action: action.into(),
        target,
        outcome: "success".into(),
        detail,
        ..AuditEvent::default()
    }
}

fn keys(
    paths: &Paths,
    extra: &[PathBuf],
) -> Result<Vec<(String, minisign_verify::PublicKey)>, CliError> {
    let mut files = upgrade::configured_key_files(&paths.config_dir);
    files.extend(extra.iter().cloned());
    Ok(upgrade::trusted_keys(&files)?)
}

fn install_path(given: &Option<PathBuf>) -> Result<PathBuf, CliError> {
    match given {
        Some(p) => Ok(p.clone()),
        None => std::env::current_exe().map_err(|e| {
            CliError::Other(
                "RB-UPGRADE-IO",
                format!("cannot find the running binary: {e}"),
            )
        }),
    }
}

fn restart_service() {
    let active = std::process::Command::new("systemctl")
        .args(["is-active", "--quiet", "rulebook"])
        .status();
    match active {
        Ok(s) if s.success() => match std::process::Command::new("systemctl")
            .args(["restart", "rulebook"])
            .status()
        {
            Ok(s) if s.success() => {
                println!("restarted rulebook.service; the new version migrates the schema on start")
            }
            _ => println!("could not restart rulebook.service: run `systemctl restart rulebook`"),
        },
        _ => println!(
            "rulebook.service is not running under systemd here: start the new binary yourself"
        ),
    }
}

pub fn run(
    cmd: &UpgradeCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    match cmd {
        UpgradeCommand::Check { file, trusted_key } => {
            let bundle = upgrade::verify(file, &keys(paths, trusted_key)?)?;
            println!("signature: ok (key {})", bundle.key_id);
            println!("version: {}", bundle.version);
            println!(
                "target: {} (this host: {})",
                bundle.target,
                crate::version::TARGET
            );
            if !bundle.notes.is_empty() {
                println!("notes: {}", bundle.notes);
            }
            // Without a database, compare with this binary's version.
            let highest = if paths.db_file().exists() {
                let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
                upgrade::highest_installed(&store)?
            } else {
                upgrade::own_version()?
            };
            // Not installable is a failure with its own exit code (11), so scripts can tell.
            match upgrade::check_installable(&bundle, &highest, false) {
                Ok(()) => {
                    println!("installable: yes (highest installed so far: {highest})");
                    Ok(())
                }
                Err(e) => {
                    println!("installable: no ({})", e.code());
                    Err(e.into())
                }
            }
        }
        UpgradeCommand::Apply {
            file,
            trusted_key,
            install_path: given,
            allow_downgrade,
            no_restart,
        } => {
            let install = install_path(given)?;
            let bundle = upgrade::verify(file, &keys(paths, trusted_key)?)?;
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let highest = upgrade::highest_installed(&store)?;
            let downgrade = bundle.version <= highest;
            upgrade::check_installable(&bundle, &highest, *allow_downgrade)?;
            if downgrade {
                store.audit(&event(
                    "upgrade.downgrade_allowed",
                    format!("version {}", bundle.version),
                    format!("highest installed {highest}; override by --allow-downgrade"),
                ))?;
            }
            let snapshot = upgrade::apply(&bundle, &install, &store, &paths.db_file())?;
            store.audit(&event(
                "upgrade.applied",
                format!("version {}", bundle.version),
                format!(
                    "from {}; key {}; snapshot {}",
                    crate::version::VERSION,
                    bundle.key_id,
                    snapshot.display()
                ),
            ))?;
            println!("installed {} at {}", bundle.version, install.display());
            println!(
                "previous binary kept as {}.prev; database snapshot {}",
                install.display(),
                snapshot.display()
            );
            if !no_restart {
                restart_service();
            }
            Ok(())
        }
        UpgradeCommand::Rollback {
            install_path: given,
        } => rollback(paths, unlock, clock, &install_path(given)?),
    }
}

fn rollback(paths: &Paths, unlock: &Unlock, clock: &Clock, install: &Path) -> Result<(), CliError> {
    let _lock = InstanceLock::try_acquire(&paths.lock_file())
        .map_err(|e| CliError::Other("RB-CLI-LOCK", format!("cannot open the instance lock: {e}")))?
        .ok_or_else(|| CliError::Locked("rollback (systemctl stop rulebook first)".into()))?;
    let db = paths.db_file();
    let snapshot = upgrade::latest_snapshot(&db).ok_or_else(|| {
        UpgradeError::NothingToRollBack("no pre-upgrade database snapshot".into())
    })?;
    let failed = upgrade::rollback_binary(install)?;
    let key = unlock.key(paths, false)?;
    // Swap the database back the same kill-safe way a restore does.
    let current = Store::open_unmigrated(&db, key.clone())?;
    current.close()?;
    for s in ["-wal", "-shm"] {
        let mut p = db.as_os_str().to_os_string();
        p.push(s);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let kept = db.with_file_name(format!(
        "{}.pre-rollback",
        db.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("rulebook.db")
    ));
    let _ = std::fs::remove_file(&kept);
    std::fs::hard_link(&db, &kept)
        .map_err(|e| CliError::Other("RB-UPGRADE-IO", format!("keep the current database: {e}")))?;
    let staged = db.with_file_name(".rollback-tmp");
    let _ = std::fs::remove_file(&staged);
    std::fs::copy(&snapshot, &staged)
        .map_err(|e| CliError::Other("RB-UPGRADE-IO", format!("stage the snapshot: {e}")))?;
    std::fs::rename(&staged, &db)
        .map_err(|e| CliError::Other("RB-UPGRADE-IO", format!("install the snapshot: {e}")))?;
    if let Some(dir) = db.parent() {
        crate::crypto::keyfile::sync_dir(dir);
    }
    let store = Store::open_unmigrated(&db, key)?;
    let report = store.verify()?;
    store.close()?;
    if !report.is_ok() {
        return Err(CliError::Other(
            "RB-UPGRADE-IO",
            format!(
                "the restored snapshot does not verify: {}",
                report.problems().join("; ")
            ),
        ));
    }
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    store.audit(&event(
        "upgrade.rolled_back",
        install.display().to_string(),
        format!("database from {}", snapshot.display()),
    ))?;
    println!(
        "rolled back: binary {} restored (failed one kept as {})",
        install.display(),
        failed.display()
    );
    println!(
        "database restored from {}; the newer one is kept as {}",
        snapshot.display(),
        kept.display()
    );
    Ok(())
}
