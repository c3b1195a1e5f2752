//! `rulebook audit verify|export`.

use std::io::Write;

use crate::cli::unlock::Unlock;
use crate::cli::{AuditCommand, CliError};
use crate::clock::Clock;
use crate::config::Paths;
use crate::store::audit::{AuditEvent, ChainStatus};
use crate::store::{OpenMode, Store};

/// The server's start: the whole chain is checked (about a second per 100k rows; see
/// docs/OPERATIONS.md). A broken chain refuses the start with `RB-AUDIT-BROKEN` unless the
/// operator passes `--accept-broken-audit`; then the acceptance is itself the next audit
/// row, the server logs a warning, and `/readyz` reports it.
pub fn check_at_start(store: &Store, accept_broken: bool) -> Result<(), CliError> {
    let started = std::time::Instant::now();
    let status = store.audit_verify()?;
    log::info!(
        "start-up audit check: chain {status} in {} ms",
        started.elapsed().as_millis()
    );
    let ChainStatus::Broken { .. } = &status else {
        store.set_audit_warning(None);
        return Ok(());
    };
    if !accept_broken {
        return Err(CliError::Other(
            "RB-AUDIT-BROKEN",
            format!(
                "refusing to start: the audit chain is {status}. Investigate (`rulebook audit verify`, compare with an export or a backup), then restore, or start with --accept-broken-audit to run on it (recorded in the audit log)"
            ),
        ));
    }
    let event = AuditEvent {
        actor: "system".into(),
        action: "audit.broken_accepted".into(),
        target: "audit_log".into(),
        outcome: "accepted".into(),
        detail: format!("server started with --accept-broken-audit; chain {status}"),
        ..AuditEvent::default()
    };
    store.audit(&event)?;
    log::warn!("the audit chain is {status}; serving because of --accept-broken-audit");
    store.set_audit_warning(Some(format!("audit chain {status} (accepted at start)")));
    Ok(())
}

pub fn run(
    cmd: &AuditCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    match cmd {
        AuditCommand::Verify => match store.audit_verify()? {
            ChainStatus::Intact { rows } => {
                println!("ok: audit chain intact ({rows} rows)");
                Ok(())
            }
            ChainStatus::Broken { seq, reason } => Err(CliError::Other(
                "RB-AUDIT-BROKEN",
                format!("audit chain broken at row {seq}: {reason}"),
            )),
        },
        AuditCommand::Export { format } => {
            if format != "jsonl" {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    "the only export format is jsonl".into(),
                ));
            }
            let event = crate::store::audit::AuditEvent {
                actor: "cli".into(),
                action: "audit.exported".into(),
                target: "audit_log".into(),
                outcome: "success".into(),
                detail: format!("format {format}"),
                ..Default::default()
            };
            store.audit(&event)?;
            let io = |e: std::io::Error| CliError::Other("RB-CLI-IO", e.to_string());
            let mut out = std::io::stdout().lock();
            for row in store.audit_all()? {
                let line = serde_json::to_string(&row)
                    .map_err(|e| CliError::Other("RB-CLI-IO", e.to_string()))?;
                writeln!(out, "{line}").map_err(io)?;
            }
            out.flush().map_err(io)
        }
    }
}
