//! `rulebook limits show|set|reset`: the content size limits, edited in the database like
//! any setting (the running server reads them on every write, so no restart is needed).

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::model::artifact::Limits;
use crate::store::OpenMode;
use crate::store::audit::AuditEvent;

/// `rulebook limits ...`.
#[derive(Debug, clap::Subcommand)]
pub enum LimitsCommand {
    /// Print every limit with its default.
    Show,
    /// Set one limit (see `show` for the names).
    Set { name: String, value: usize },
    /// Put one limit back to its default.
    Reset { name: String },
}

pub fn run(
    cmd: &LimitsCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    let (name, value) = match cmd {
        LimitsCommand::Show => {
            let current = store.limits()?;
            for ((name, v), (_, d)) in current.entries().iter().zip(Limits::default().entries()) {
                let note = if *v == d {
                    String::new()
                } else {
                    format!("  (default {d})")
                };
                println!("{name:<18} {v}{note}");
            }
            return Ok(());
        }
        LimitsCommand::Set { name, value } => (name, Some(*value)),
        LimitsCommand::Reset { name } => (name, None),
    };
    let event = AuditEvent {
        actor: "cli".into(),
        action: "limits.changed".into(),
        target: format!("limit:{name}"),
        outcome: "success".into(),
        detail: value
            .map(|v| v.to_string())
            .unwrap_or_else(|| "default".into()),
        ..AuditEvent::default()
    };
    let limits = store
        .set_limit(name, value, &event)
        .map_err(|e| CliError::Other("RB-CLI-USAGE", e.to_string()))?;
    if let Some((n, v)) = limits.entries().iter().find(|(n, _)| n == name) {
        println!("{n} = {v}");
    }
    Ok(())
}
