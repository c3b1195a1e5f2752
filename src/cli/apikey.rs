//! `rulebook apikey create|list|revoke`: keys for CI and agents, scripted by an admin on the
//! host. The key is printed once; only its hash is stored.

use crate::cli::cli_event;
use crate::cli::unlock::Unlock;
use crate::cli::{ApiKeyCommand, CliError};
use crate::clock::{Clock, rfc3339};
use crate::config::Paths;
use crate::crypto::token;
use crate::model::access::Scope;
use crate::store::auth::NewApiKey;
use crate::store::{OpenMode, Store};

fn user_id(store: &Store, name: &str) -> Result<i64, CliError> {
    Ok(store
        .user_by_name(name)?
        .ok_or_else(|| CliError::Other("RB-CLI-INVALID", format!("no user {name:?}")))?
        .id)
}

pub fn run(
    cmd: &ApiKeyCommand,
    paths: &Paths,
    unlock: &Unlock,
    clock: &Clock,
) -> Result<(), CliError> {
    let store = unlock.open_store(paths, clock, OpenMode::Existing)?;
    match cmd {
        ApiKeyCommand::Create {
            user,
            org,
            scope,
            name,
            expires_days,
        } => {
            let uid = user_id(&store, user)?;
            let org_row = store.org_by_slug(org)?.ok_or_else(|| {
                CliError::Other("RB-CLI-INVALID", format!("no organization {org:?}"))
            })?;
            let role = store.org_role(org_row.id, uid)?.ok_or_else(|| {
                CliError::Other("RB-CLI-INVALID", format!("{user} is not a member of {org}"))
            })?;
            let scope = Scope::parse(scope).ok_or_else(|| {
                CliError::Other(
                    "RB-CLI-INVALID",
                    "scope is read, write, admin, mcp:read or mcp:write".into(),
                )
            })?;
            if scope.ceiling() > role {
                return Err(CliError::Other(
                    "RB-CLI-INVALID",
                    format!(
                        "{user} is a {} and cannot hold a {} key",
                        role.as_str(),
                        scope.as_str()
                    ),
                ));
            }
            let (key, prefix, hash) = token::new_api_key()
                .map_err(|e| CliError::Other("RB-KEY-RANDOM", e.to_string()))?;
            let expires_at = expires_days
                .filter(|d| *d > 0)
                .map(|d| clock.now_unix() + i64::from(d) * 86_400);
            let event = cli_event(
                "apikey.created",
                format!("apikey:{prefix} user:{user} scope:{}", scope.as_str()),
            );
            let id = store.create_api_key(
                &NewApiKey {
                    key_hash: &hash,
                    prefix: &prefix,
                    user_id: uid,
                    org_id: org_row.id,
                    name,
                    scope,
                    spaces: None,
                    expires_at,
                },
                &event,
            )?;
            eprintln!("key {id} created; it is shown only now:");
            println!("{key}");
            Ok(())
        }
        ApiKeyCommand::List { user } => {
            let uid = user_id(&store, user)?;
            for k in store.api_keys_of(uid)? {
                let state = if k.revoked_at.is_some() {
                    "revoked"
                } else {
                    "active"
                };
                println!(
                    "{:>5}  {}  {:<6} {:<8} created {}  expires {}  {}",
                    k.id,
                    k.prefix,
                    k.scope.as_str(),
                    state,
                    rfc3339(k.created_at),
                    k.expires_at.map(rfc3339).unwrap_or_else(|| "never".into()),
                    k.name
                );
            }
            Ok(())
        }
        ApiKeyCommand::Revoke { user, id } => {
            let uid = user_id(&store, user)?;
            let event = cli_event("apikey.revoked", format!("apikey:{id} user:{user}"));
            if store.revoke_api_key(uid, *id, &event)? {
                println!("revoked key {id}");
                Ok(())
            } else {
                Err(CliError::Other(
                    "RB-CLI-INVALID",
                    format!("{user} has no active key {id}"),
                ))
            }
        }
    }
}
