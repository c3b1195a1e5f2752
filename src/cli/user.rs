//! `rulebook user create`: accounts from the shell, for scripted installs.

use std::io::BufRead;

use crate::cli::unlock::Unlock;
use crate::cli::{CliError, UserCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::crypto::password;
use crate::model::names;
use crate::store::OpenMode;
use crate::store::accounts::NewUser;
use crate::store::audit::AuditEvent;

pub fn run(
    cmd: &UserCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    match cmd {
        UserCommand::Create {
            username,
            display_name,
            org,
            admin,
            password_stdin,
        } => {
            if !admin {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    "only --admin accounts are created from the shell; invite other users from the web UI or API".into(),
                ));
            }
            let invalid = |e: names::NameError| CliError::Other("RB-CLI-INVALID", e.to_string());
            let username = names::username(username).map_err(invalid)?;
            let display = names::display_name(display_name.as_deref().unwrap_or(username))
                .map_err(invalid)?;
            let org_name = names::display_name(org).map_err(invalid)?;
            let org_slug = names::slugify(org_name);
            let pass = if *password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .map_err(|e| CliError::Other("RB-CLI-IO", e.to_string()))?;
                line.trim_end_matches(['\r', '\n']).to_string()
            } else {
                crate::crypto::passphrase::read_passphrase("Password for the new admin: ")?
            };
            password::check_policy(&pass)
                .map_err(|e| CliError::Other("RB-CLI-INVALID", e.to_string()))?;
            let hash = password::hash(&pass)
                .map_err(|e| CliError::Other("RB-KEY-RANDOM", e.to_string()))?;
            let store = unlock.open_store(paths, clock, OpenMode::Create)?;
            let event = AuditEvent {
                actor: "cli".into(),
                action: "user.created".into(),
                target: format!("org:{org_slug} user:{username} admin"),
                outcome: "success".into(),
                ..AuditEvent::default()
            };
            let user = NewUser {
                username,
                display_name: display,
                password_hash: &hash,
                instance_admin: true,
            };
            let (_, id) = store.create_org_with_admin(None, &org_slug, org_name, &user, &event)?;
            println!("created admin {username} (id {id}) in organization {org_slug}");
            Ok(())
        }
    }
}
