//! `rulebook secrets list|set|delete|rotate-key`: sealed credentials, edited in the database
//! like any setting. A value is read from standard input (never from an argument, which
//! would land in shell history and `ps`), and is never printed back.

use std::io::Read;
use std::sync::Arc;

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::error::Coded;
use crate::secrets::vault::{Vault, VaultError};
use crate::store::OpenMode;
use crate::store::audit::AuditEvent;

/// `rulebook secrets ...`.
#[derive(Debug, clap::Subcommand)]
pub enum SecretsCommand {
    /// Every secret with its hint, who set it and whether it opens with the current key.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Store (or replace) a secret; the value is read from standard input.
    Set { name: String },
    /// Remove a secret.
    Delete { name: String },
    /// Re-wrap every secret under a new secrets key and replace the key file.
    RotateKey,
}

fn vault_error(e: VaultError) -> CliError {
    CliError::Other(e.code(), e.to_string())
}

fn event(action: &str, target: String) -> AuditEvent {
    AuditEvent {
        actor: "cli".into(),
        action: action.into(),
        target,
        outcome: "success".into(),
        ..AuditEvent::default()
    }
}

pub fn run(
    cmd: &SecretsCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = Arc::new(unlock.open_store(paths, clock, OpenMode::Existing)?);
    let vault = Vault::new(store, unlock.secrets.clone());
    match cmd {
        SecretsCommand::List { json } => {
            let list = vault.list("").map_err(vault_error)?;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&list).unwrap_or_default()
                );
                return Ok(());
            }
            if list.is_empty() {
                println!("no secrets (key: {})", vault.location());
            }
            for s in list {
                let state = match &s.problem {
                    None => "usable".to_string(),
                    Some(p) => format!("UNUSABLE: {p}"),
                };
                println!(
                    "{:<32} {:<8} set {} by {}  {state}",
                    s.meta.name, s.meta.hint, s.meta.updated_at, s.meta.updated_by
                );
            }
            Ok(())
        }
        SecretsCommand::Set { name } => {
            let mut value = String::new();
            std::io::stdin()
                .take(64 * 1024 + 1)
                .read_to_string(&mut value)
                .map_err(|e| {
                    CliError::Other(
                        "RB-SECRET-INVALID",
                        format!("cannot read the value from standard input: {e}"),
                    )
                })?;
            let value = value.trim_end_matches(['\n', '\r']);
            let meta = vault
                .set(name, value, &event("secret.set", format!("secret:{name}")))
                .map_err(vault_error)?;
            println!("{} set {}", meta.name, meta.hint);
            Ok(())
        }
        SecretsCommand::Delete { name } => {
            vault
                .delete(name, &event("secret.deleted", format!("secret:{name}")))
                .map_err(vault_error)?;
            println!("{name} deleted");
            Ok(())
        }
        SecretsCommand::RotateKey => {
            let n = vault
                .rotate_key(&event("secrets.key_rotated", "secrets".into()))
                .map_err(vault_error)?;
            println!(
                "{n} secrets re-wrapped under a new key at {}",
                vault.location()
            );
            Ok(())
        }
    }
}
