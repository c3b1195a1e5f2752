//! `rulebook signing show|rotate` on the server's host: the instance's archive signing keys.
//! `show` prints the public keys with fingerprints (to read out to users who run `rulebook
//! trust server`); `rotate` makes a new current key, audited, keeping the old public keys
//! listed so archives they signed still verify. No command prints a private key.

use std::sync::Arc;

use crate::cli::CliError;
use crate::cli::unlock::Unlock;
use crate::clock::Clock;
use crate::config::Paths;
use crate::error::Coded;
use crate::secrets::signing_keys;
use crate::secrets::vault::{Vault, VaultError};
use crate::store::OpenMode;
use crate::store::audit::AuditEvent;

/// `rulebook signing ...`.
#[derive(Debug, clap::Subcommand)]
pub enum SigningCommand {
    /// The signing public keys (current and retired) with fingerprints.
    Show,
    /// Make a new current signing key (the old public keys stay listed for verification).
    Rotate,
}

fn vault_error(e: VaultError) -> CliError {
    CliError::Other(e.code(), e.to_string())
}

pub fn run(
    cmd: &SigningCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = Arc::new(unlock.open_store(paths, clock, OpenMode::Existing)?);
    let vault = Vault::new(store.clone(), unlock.secrets.clone());
    let event = AuditEvent {
        actor: "cli".into(),
        action: "signing.key_rotated".into(),
        target: "signing-key".into(),
        outcome: "success".into(),
        ..AuditEvent::default()
    };
    match cmd {
        SigningCommand::Show => {
            let mut keys = signing_keys::list(&store).map_err(vault_error)?;
            if keys.is_empty() {
                signing_keys::current(&store, &vault, &clock.now_rfc3339(), &event)
                    .map_err(vault_error)?;
                keys = signing_keys::list(&store).map_err(vault_error)?;
            }
            for k in keys {
                println!(
                    "{}  {:<8} {}  created {}  {}",
                    k.key_id,
                    if k.current() { "current" } else { "retired" },
                    k.fingerprint(),
                    k.created_at,
                    k.public_key
                );
            }
            Ok(())
        }
        SigningCommand::Rotate => {
            let key = signing_keys::rotate(&store, &vault, &clock.now_rfc3339(), &event)
                .map_err(vault_error)?;
            println!(
                "new current signing key {}  {}",
                key.key_id(),
                crate::crypto::signing::fingerprint(&key.public_key())
            );
            Ok(())
        }
    }
}
