//! Scheduled backups from the running server: every interval, take a sealed, verified backup
//! into the backup folder, keep the newest N if so configured (default: keep all), and record
//! the outcome for monitoring, the UI and the audit log.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use crate::clock::Clock;
use crate::error::Coded;
use crate::ops::backup::{self, Sealing};
use crate::store::Store;
use crate::store::audit::AuditEvent;

/// What the scheduler last did (exposed at `/api/v1/admin/backups` and in metrics).
#[derive(Debug, Clone, Default, Serialize)]
pub struct BackupStatus {
    pub enabled: bool,
    pub interval_secs: u64,
    pub dir: String,
    pub keep: usize,
    pub last_attempt_at: Option<i64>,
    pub last_success_at: Option<i64>,
    pub last_file: Option<String>,
    pub last_size: Option<u64>,
    pub last_error: Option<String>,
    pub successes: u64,
    pub failures: u64,
}

/// Shared status.
pub type SharedStatus = Arc<Mutex<BackupStatus>>;

/// Scheduler settings.
pub struct Schedule {
    pub interval: Duration,
    pub dir: PathBuf,
    pub keep: usize,
    pub sealing: Sealing,
}

/// Parses `90s`, `15m`, `6h`, `1d` (a bare number is minutes).
pub fn parse_interval(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().ok()?;
    let secs = match unit {
        "s" => n,
        "" | "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        "d" => n.checked_mul(86_400)?,
        _ => return None,
    };
    (secs > 0).then(|| Duration::from_secs(secs))
}

/// Starts the scheduler thread.
pub fn start(store: Arc<Store>, schedule: Schedule, clock: Clock, status: SharedStatus) {
    if let Ok(mut s) = status.lock() {
        s.enabled = true;
        s.interval_secs = schedule.interval.as_secs();
        s.dir = schedule.dir.display().to_string();
        s.keep = schedule.keep;
    }
    let spawned = std::thread::Builder::new()
        .name("backup-scheduler".into())
        .spawn(move || {
            // Backups are background work: requests get the cores and the disk first.
            if let Err(e) = crate::ops::priority::lower_this_thread() {
                log::warn!("{e}");
            }
            loop {
                std::thread::sleep(schedule.interval);
                run_once(&store, &schedule, &clock, &status);
            }
        });
    if let Err(e) = spawned {
        log::error!("cannot start the backup scheduler: {e}");
    }
}

fn run_once(store: &Store, schedule: &Schedule, clock: &Clock, status: &SharedStatus) {
    let now = clock.now_unix();
    let file = schedule.dir.join(crate::ops::backup::file_name(clock));
    let result = backup::create(store, store.db_key(), &schedule.sealing, &file, clock);
    let event = |action: &str, outcome: &str, detail: String| AuditEvent {
        actor: "scheduler".into(),
        action: action.into(),
        target: file.display().to_string(),
        outcome: outcome.into(),
        detail,
        ..AuditEvent::default()
    };
    let Ok(mut s) = status.lock() else { return };
    s.last_attempt_at = Some(now);
    match result {
        Ok(m) => {
            log::info!(
                "scheduled backup written: {} ({} bytes)",
                file.display(),
                m.size
            );
            s.last_success_at = Some(now);
            s.last_file = Some(file.display().to_string());
            s.last_size = Some(m.size);
            s.last_error = None;
            s.successes += 1;
            if let Err(e) = store.audit(&event(
                "backup.created",
                "success",
                format!("{} bytes", m.size),
            )) {
                log::error!("cannot audit the scheduled backup: {e}");
            }
            prune(schedule);
        }
        Err(e) => {
            log::error!("scheduled backup failed [{}]: {e}", e.code());
            s.last_error = Some(format!("{}: {e}", e.code()));
            s.failures += 1;
            if let Err(ae) = store.audit(&event("backup.failed", "failure", e.code().to_string())) {
                log::error!("cannot audit the failed backup: {ae}");
            }
            let body = format!(
                "The scheduled backup to {} failed:\n[{}] {e}\n\nThe last good backup is the one before; see Admin › Backups and the server's log.\n",
                schedule.dir.display(),
                e.code()
            );
            let note = crate::store::outbox::Note {
                purpose: "backup.failed",
                subject: "Rulebook: a scheduled backup failed",
                body: &body,
                link: "/#/admin/backups",
                except: "",
            };
            if let Err(ne) = store.notify(crate::store::outbox::Audience::InstanceAdmins, &note) {
                log::error!("cannot queue the backup failure mail: {ne}");
            }
        }
    }
}

/// Keeps the newest `keep` backups in the folder (0 keeps all).
fn prune(schedule: &Schedule) {
    if schedule.keep == 0 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(&schedule.dir) else {
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "age")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("rulebook-"))
        })
        .collect();
    files.sort();
    let excess = files.len().saturating_sub(schedule.keep);
    for f in files.into_iter().take(excess) {
        log::info!("removing old backup {}", f.display());
        let _ = std::fs::remove_file(&f);
        let _ = std::fs::remove_file(backup::manifest_path(&f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("90s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_interval("15"), Some(Duration::from_secs(900)));
        assert_eq!(parse_interval("6h"), Some(Duration::from_secs(21_600)));
        assert_eq!(parse_interval("1d"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_interval("0s"), None);
        assert_eq!(parse_interval("5x"), None);
        assert_eq!(parse_interval(""), None);
    }
}
