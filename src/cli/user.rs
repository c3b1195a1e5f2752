//! `rulebook user create|list|disable|enable|unlock`: accounts from the shell, for scripted installs.

use std::io::BufRead;

use crate::cli::cli_event;
use crate::cli::unlock::Unlock;
use crate::cli::{CliError, UserCommand};
use crate::clock::Clock;
use crate::config::Paths;
use crate::crypto::password;
use crate::model::names;
use crate::store::OpenMode;
use crate::store::accounts::NewUser;

fn set_disabled(
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
    name: &str,
    org: &str,
    disabled: bool,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    let user = store
        .user_by_name(name)?
        .ok_or_else(|| CliError::Other("RB-CLI-INVALID", format!("no user {name:?}")))?;
    let org_row = store
        .org_by_slug(org)?
        .ok_or_else(|| CliError::Other("RB-CLI-INVALID", format!("no organization {org:?}")))?;
    let action = if disabled {
        "user.disabled"
    } else {
        "user.enabled"
    };
    store.set_user_disabled(
        org_row.id,
        user.id,
        disabled,
        &cli_event(action, format!("user:{name}")),
    )?;
    println!("{name} {}", if disabled { "disabled" } else { "enabled" });
    Ok(())
}

pub fn run(
    cmd: &UserCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    match cmd {
        UserCommand::List => {
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            for (u, orgs) in store.all_users()? {
                let orgs: Vec<String> = orgs
                    .iter()
                    .map(|(o, r)| format!("{o}:{}", r.as_str()))
                    .collect();
                println!(
                    "{:>5}  {:<24} {:<9} {}{}",
                    u.id,
                    u.username,
                    if u.disabled { "disabled" } else { "active" },
                    orgs.join(" "),
                    if u.instance_admin {
                        " (instance admin)"
                    } else {
                        ""
                    }
                );
            }
            Ok(())
        }
        UserCommand::Disable { username, org } => {
            set_disabled(paths, unlock, clock, username, org, true)
        }
        UserCommand::Enable { username, org } => {
            set_disabled(paths, unlock, clock, username, org, false)
        }
        UserCommand::Export { user } => {
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let id = find(&store, user)?;
            let data = store.user_export(id)?;
            store.audit(&cli_event("user.exported", format!("user:{id}")))?;
            println!(
                "{}",
                serde_json::to_string_pretty(&data).unwrap_or_default()
            );
            Ok(())
        }
        UserCommand::Erase { user, yes } => {
            if !yes {
                return Err(CliError::Other(
                    "RB-CLI-USAGE",
                    "erasure cannot be undone: add --yes".into(),
                ));
            }
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let id = find(&store, user)?;
            let (pseudonym, rows) =
                store.user_erase(id, &cli_event("user.erased", format!("user:erased-{id}")))?;
            println!(
                "erased user {id}: now {pseudonym}; {rows} audit row(s) pseudonymised, chain intact"
            );
            Ok(())
        }
        UserCommand::Unlock { username } => {
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let released = store.release_lock(
                username,
                &cli_event("auth.lock_released", format!("user:{username}")),
            )?;
            println!(
                "{username}: {}",
                if released {
                    "lock released"
                } else {
                    "was not locked"
                }
            );
            Ok(())
        }
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
            let event = cli_event(
                "user.created",
                format!("org:{org_slug} user:{username} admin"),
            );
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

/// A user by name or numeric id.
fn find(store: &crate::store::Store, user: &str) -> Result<i64, CliError> {
    let by_name = store.user_by_name(user)?;
    let found = match (by_name, user.parse::<i64>()) {
        (Some(u), _) => Some(u),
        (None, Ok(id)) => store.user_by_id(id)?,
        (None, Err(_)) => None,
    };
    found
        .map(|u| u.id)
        .ok_or_else(|| CliError::Other("RB-CLI-INVALID", format!("no user {user:?}")))
}

/// `rulebook space hold`.
pub fn space(
    cmd: &crate::cli::SpaceCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    match cmd {
        crate::cli::SpaceCommand::Hold { org, space, off } => {
            let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
            let org_row = store.org_by_slug(org)?.ok_or_else(|| {
                CliError::Other("RB-CLI-INVALID", format!("no organization {org:?}"))
            })?;
            let s = store.space_by_slug(org_row.id, space)?.ok_or_else(|| {
                CliError::Other("RB-CLI-INVALID", format!("no space {space:?} in {org}"))
            })?;
            let action = if *off {
                "space.legal_hold_released"
            } else {
                "space.legal_hold_set"
            };
            store.set_legal_hold(
                s.id,
                !off,
                &cli_event(action, format!("space:{org}/{space}")),
            )?;
            println!(
                "{org}/{space}: legal hold {}",
                if *off { "released" } else { "set" }
            );
            Ok(())
        }
    }
}
