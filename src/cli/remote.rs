//! `rulebook standards|commands|skills|subagents|packages list|show`: read the playbook of a
//! running server for scripts and CI, with an API key.

use crate::cli::{CliError, RemoteArgs, RemoteCommand};
use crate::client::{ApiClient, ClientError};
use crate::config::Paths;

impl From<ClientError> for CliError {
    fn from(e: ClientError) -> Self {
        CliError::Client(e)
    }
}

/// The stored login (`rulebook login`), when the arguments name no server and no key.
fn stored(args: &RemoteArgs, paths: &Paths) -> Option<crate::cli::install::Credentials> {
    if args.server.is_some()
        || args.api_key_file.is_some()
        || std::env::var("RULEBOOK_API_KEY").is_ok()
    {
        return None;
    }
    crate::cli::install::credentials(paths).ok()
}

/// A client for the server, key and CA the arguments name, or for the stored login.
pub(crate) fn client(args: &RemoteArgs, paths: &Paths) -> Result<ApiClient, CliError> {
    if let Some(c) = stored(args, paths) {
        return Ok(ApiClient::new(
            &c.host,
            &c.api_key,
            args.ca_file.as_deref().or(c.ca_file.as_deref()),
        )?);
    }
    let server = args.server.clone().ok_or_else(|| {
        ClientError::Config(
            "name the server: `rulebook login --host URL` once, or --server https://rulebook.example.internal:8443 (or RULEBOOK_SERVER)"
                .into(),
        )
    })?;
    let key = match (&args.api_key_file, std::env::var("RULEBOOK_API_KEY").ok()) {
        (Some(f), _) => std::fs::read_to_string(f)
            .map_err(|e| ClientError::Config(format!("cannot read {}: {e}", f.display())))?
            .trim()
            .to_string(),
        (None, Some(k)) => k.trim().to_string(),
        (None, None) => {
            return Err(ClientError::Config(
                "give an API key: --api-key-file FILE or RULEBOOK_API_KEY".into(),
            )
            .into());
        }
    };
    Ok(ApiClient::new(&server, &key, args.ca_file.as_deref())?)
}

/// The organization the arguments name, or the stored login's.
pub(crate) fn org(args: &RemoteArgs, paths: &Paths) -> Result<String, CliError> {
    if let Some(o) = &args.org {
        return Ok(o.clone());
    }
    Ok(stored(args, paths).and_then(|c| c.org).ok_or_else(|| {
        ClientError::Config("name the organization: --org SLUG (or RULEBOOK_ORG)".into())
    })?)
}

/// Runs a read command for `collection` (standards, commands, skills, subagents, policies,
/// packages).
pub fn run(
    collection: &str,
    cmd: &RemoteCommand,
    args: &RemoteArgs,
    paths: &Paths,
) -> Result<(), CliError> {
    let c = client(args, paths)?;
    let org = org(args, paths)?;
    let base = format!("/api/v1/orgs/{org}/spaces/{}/{collection}", args.space);
    match cmd {
        RemoteCommand::List { json } => {
            let items = if collection == "packages" {
                c.get(&base)?["packages"].clone()
            } else {
                let mut all = Vec::new();
                let mut after = String::new();
                loop {
                    let page = c.get(&format!("{base}?limit=200&after={after}"))?;
                    all.extend(page["items"].as_array().cloned().unwrap_or_default());
                    match page["next_after"].as_str() {
                        Some(n) => after = n.to_string(),
                        None => break,
                    }
                }
                serde_json::Value::Array(all)
            };
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&items).unwrap_or_default()
                );
            } else {
                for i in items.as_array().cloned().unwrap_or_default() {
                    let version = i["version"]
                        .as_i64()
                        .map(|v| format!("v{v}"))
                        .unwrap_or_default();
                    println!(
                        "{:<40} {:>5}  {}",
                        i["slug"].as_str().unwrap_or(""),
                        version,
                        i["name"].as_str().unwrap_or("")
                    );
                }
            }
            Ok(())
        }
        RemoteCommand::Show { slug } => {
            let doc = c.get(&format!("{base}/{slug}"))?;
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
            Ok(())
        }
    }
}
