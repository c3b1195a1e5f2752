//! `rulebook retention show|set|plan|apply`. The default for every class is keep forever.

use std::path::Path;

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, RetentionCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::store::audit::AuditEvent;
use crate::store::privacy::{CLASSES, RetentionPlan, VERSIONS_KEEP};
use crate::store::{OpenMode, Store};

fn policy(days: Option<u32>) -> String {
    policy_keep(days, None)
}

fn policy_keep(days: Option<u32>, keep: Option<u32>) -> String {
    match (days, keep) {
        (None, None) => "keep forever".into(),
        (Some(d), None) => format!("{d} days"),
        (None, Some(k)) => format!("newest {k}"),
        (Some(d), Some(k)) => format!("{d} days, newest {k}"),
    }
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

fn print_plan(
    plan: &RetentionPlan,
    backups: usize,
    backup_days: Option<u32>,
    verb: &str,
    list: bool,
) {
    for item in &plan.items {
        let note = if item.class == "audit" && plan.held && item.days.is_some() {
            " (blocked by a legal hold)".to_string()
        } else if item.held > 0 {
            format!(" ({} kept by a legal hold)", item.held)
        } else {
            String::new()
        };
        println!(
            "{:<13} {:<20} {verb} {}{note}",
            item.class,
            policy_keep(item.days, item.keep),
            item.rows
        );
        if list {
            for t in &item.targets {
                println!("  {t}");
            }
        }
    }
    println!(
        "{:<13} {:<20} {verb} {backups} file(s)",
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
            let keep = store.retention_keep()?;
            for (class, what) in CLASSES {
                let keep = if *class == "versions" { keep } else { None };
                println!(
                    "{class:<13} {:<20} {what}",
                    policy_keep(store.retention_days(class)?, keep)
                );
            }
            Ok(())
        }
        RetentionCommand::Set {
            class,
            days,
            keep,
            forever,
        } => set(&store, class, *days, *keep, *forever),
        RetentionCommand::Plan { list } => {
            let plan = store.retention_plan()?;
            let days = store.retention_days("backups")?;
            print_plan(
                &plan,
                old_backups(&backup_dir, days, clock).len(),
                days,
                "would delete",
                *list,
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
            .map(|i| format!("{}={}", i.class, i.rows))
            .chain(std::iter::once(format!("backups={}", files.len())))
            .collect::<Vec<_>>()
            .join(" "),
        ..AuditEvent::default()
    })?;
    for f in &files {
        let _ = std::fs::remove_file(f);
        let _ = std::fs::remove_file(crate::ops::backup::manifest_path(f));
    }
    print_plan(&plan, files.len(), days, "deleted", false);
    Ok(())
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Other("RB-CLI-USAGE", message.into())
}

/// `retention set CLASS --days N | --keep N | --forever`; each changed setting is audited.
fn set(
    store: &Store,
    class: &str,
    days: Option<u32>,
    keep: Option<u32>,
    forever: bool,
) -> Result<(), CliError> {
    if !CLASSES.iter().any(|(c, _)| *c == class) {
        let known: Vec<&str> = CLASSES.iter().map(|(c, _)| *c).collect();
        return Err(usage(format!(
            "unknown class {class:?}; use one of {}",
            known.join(", ")
        )));
    }
    if keep.is_some() && class != "versions" {
        return Err(usage("--keep applies to versions only"));
    }
    if days == Some(0) || keep == Some(0) {
        return Err(usage("--days and --keep must be at least 1"));
    }
    let mut changes: Vec<(String, Option<String>)> = Vec::new();
    if forever {
        changes.push((format!("retention.{class}.days"), None));
        if class == "versions" {
            changes.push((VERSIONS_KEEP.to_string(), None));
        }
    } else {
        if days.is_none() && keep.is_none() {
            return Err(usage(if class == "versions" {
                "give --days N, --keep N or --forever"
            } else {
                "give --days N or --forever"
            }));
        }
        if let Some(d) = days {
            changes.push((format!("retention.{class}.days"), Some(d.to_string())));
        }
        if let Some(k) = keep {
            changes.push((VERSIONS_KEEP.to_string(), Some(k.to_string())));
        }
    }
    for (key, value) in changes {
        let event = AuditEvent {
            actor: "cli".into(),
            action: "setting.changed".into(),
            target: key.clone(),
            outcome: "success".into(),
            detail: value.clone().unwrap_or_else(|| "forever".into()),
            ..AuditEvent::default()
        };
        store.set_setting(&key, value.as_deref(), &event)?;
    }
    let keep = if class == "versions" {
        store.retention_keep()?
    } else {
        None
    };
    println!(
        "{class}: {}",
        policy_keep(store.retention_days(class)?, keep)
    );
    Ok(())
}
