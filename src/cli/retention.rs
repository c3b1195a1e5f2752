//! `rulebook retention show|set|plan|apply`. The default for every class is keep forever.

use std::path::Path;

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, RetentionCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::store::audit::AuditEvent;
use crate::store::privacy::{CLASSES, RetentionPlan};
use crate::store::{OpenMode, Store};

fn policy(days: Option<u32>) -> String {
    days.map(|d| format!("{d} days"))
        .unwrap_or_else(|| "keep forever".into())
}

/// Backup files (with manifests) in `dir` older than `days`.
fn old_backups(dir: &Path, days: Option<u32>, clock: &Clock) -> Vec<std::path::PathBuf> {
    let Some(d) = days else { return Vec::new() };
    let cutoff = clock.now_unix() - i64::from(d) * 86_400;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "age"))
        .filter(|p| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .is_some_and(|t| (t.as_secs() as i64) < cutoff)
        })
        .collect();
    out.sort();
    out
}

fn print_plan(plan: &RetentionPlan, backups: usize, backup_days: Option<u32>, verb: &str) {
    for (class, days, rows) in &plan.items {
        let note = if class == "audit" && plan.held && days.is_some() {
            " (blocked by a legal hold)"
        } else {
            ""
        };
        println!("{class:<9} {:<14} {verb} {rows}{note}", policy(*days));
    }
    println!(
        "{:<9} {:<14} {verb} {backups} file(s)",
        "backups",
        policy(backup_days)
    );
}

pub fn run(
    cmd: &RetentionCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    let backup_dir = crate::cli::backup::default_dir(paths, store.setting("backup.dir")?);
    match cmd {
        RetentionCommand::Show => {
            for (class, what) in CLASSES {
                println!(
                    "{class:<9} {:<14} {what}",
                    policy(store.retention_days(class)?)
                );
            }
            println!("versions, trash, distribution history: no such data yet in this version");
            Ok(())
        }
        RetentionCommand::Set {
            class,
            days,
            forever,
        } => {
            if !CLASSES.iter().any(|(c, _)| c == class) {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    format!("unknown class {class:?}; use audit, sessions, tokens or backups"),
                ));
            }
            let value = match (days, forever) {
                (Some(0), _) => {
                    return Err(CliError::Other(
                        "RB-CLI-USAGE",
                        "--days must be at least 1".into(),
                    ));
                }
                (Some(d), false) => Some(d.to_string()),
                (None, true) => None,
                _ => {
                    return Err(CliError::Other(
                        "RB-CLI-USAGE",
                        "give --days N or --forever".into(),
                    ));
                }
            };
            let event = AuditEvent {
                actor: "cli".into(),
                action: "setting.changed".into(),
                target: format!("retention.{class}.days"),
                outcome: "success".into(),
                detail: value.clone().unwrap_or_else(|| "forever".into()),
                ..AuditEvent::default()
            };
            store.set_setting(&format!("retention.{class}.days"), value.as_deref(), &event)?;
            println!("{class}: {}", policy(store.retention_days(class)?));
            Ok(())
        }
        RetentionCommand::Plan => {
            let plan = store.retention_plan()?;
            let days = store.retention_days("backups")?;
            print_plan(
                &plan,
                old_backups(&backup_dir, days, clock).len(),
                days,
                "would delete",
            );
            Ok(())
        }
        RetentionCommand::Apply => apply(&store, &backup_dir, clock),
    }
}

fn apply(store: &Store, backup_dir: &Path, clock: &Clock) -> Result<(), CliError> {
    let days = store.retention_days("backups")?;
    let files = old_backups(backup_dir, days, clock);
    let plan = store.retention_apply(|plan| AuditEvent {
        actor: "cli".into(),
        action: "retention.applied".into(),
        target: "retention".into(),
        outcome: "success".into(),
        detail: plan
            .items
            .iter()
            .map(|(c, _, n)| format!("{c}={n}"))
            .chain(std::iter::once(format!("backups={}", files.len())))
            .collect::<Vec<_>>()
            .join(" "),
        ..AuditEvent::default()
    })?;
    for f in &files {
        let _ = std::fs::remove_file(f);
        let _ = std::fs::remove_file(crate::ops::backup::manifest_path(f));
    }
    print_plan(&plan, files.len(), days, "deleted");
    Ok(())
}
