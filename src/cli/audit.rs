//! `rulebook audit verify|export`.

use std::io::Write;

use crate::cli::unlock::Unlock;
use crate::cli::{AuditCommand, CliError};
use crate::clock::Clock;
use crate::config::Paths;
use crate::store::OpenMode;
use crate::store::audit::ChainStatus;

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
