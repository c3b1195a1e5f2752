//! `rulebook install --mcp`: merges Rulebook's server, and the MCP servers the organization
//! defines (`mcp::config::org`), into each agent's MCP file at a site (the project file in a
//! repository, the user file in the home folder), keeping every other byte of it.
//!
//! Which organization servers were written is recorded in the site's lock (`mcp_servers`), so
//! that a server the organization drops is removed from the files at the next `--mcp`, and a
//! developer's own entries (which Rulebook never wrote) are never touched. The record is
//! widened before any file is changed and narrowed after every file is, so an interrupted run
//! forgets nothing it wrote.

use std::collections::BTreeSet;

use crate::cli::CliError;
use crate::cli::site::Site;
use crate::client::{ApiClient, ClientError};
use crate::mcp::config::{self, org::OrgServers};
use crate::render::Agent;

fn io(what: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Other("RB-CLI-IO", format!("{what}: {e}"))
}

/// The organization's MCP servers, or none from a server that predates them (it answers 404
/// for the route; the organization itself was already checked by the install).
pub fn org_servers(api: &ApiClient, org: &str) -> Result<OrgServers, CliError> {
    match api.get(&format!("/api/v1/orgs/{org}/settings/mcp-servers")) {
        Ok(v) => {
            let servers: OrgServers = serde_json::from_value(v).map_err(|e| {
                CliError::Other(
                    "RB-CLI-INVALID",
                    format!("the server's MCP servers cannot be read: {e}"),
                )
            })?;
            // Checked again here: a file must never receive what the server should have refused.
            servers
                .validate()
                .map_err(|e| CliError::Other("RB-CLI-INVALID", format!("the server sent {e}")))?;
            Ok(servers)
        }
        Err(ClientError::Server { status: 404, .. }) => Ok(OrgServers::default()),
        Err(e) => Err(e.into()),
    }
}

/// Writes (merges) each agent's MCP configuration at `site` pointing at `server`, with the
/// organization's `org` servers, and removes those the organization no longer defines.
pub fn write(
    site: &Site,
    agents: &[Agent],
    server: &str,
    org: &OrgServers,
) -> Result<(), CliError> {
    let lock = site.read_lock()?;
    let now: BTreeSet<String> = org.names().into_iter().collect();
    let before: BTreeSet<String> = lock
        .as_ref()
        .map(|l| l.mcp_servers.iter().cloned().collect())
        .unwrap_or_default();
    let retired: Vec<&String> = before.difference(&now).collect();
    if lock.is_none() && !now.is_empty() {
        eprintln!(
            "warning: no lock at {}: the organization's MCP servers are written but not \
             recorded, so a server it later drops will not be removed",
            site.name()
        );
    }
    record(site, lock.clone(), before.union(&now).cloned().collect())?;
    for agent in agents {
        write_agent(site, *agent, server, org, &retired)?;
    }
    record(site, lock, now.into_iter().collect())
}

/// Sets the lock's record of the organization's servers, when there is a lock and it changes.
fn record(
    site: &Site,
    lock: Option<crate::install::lock::Lock>,
    names: Vec<String>,
) -> Result<(), CliError> {
    let Some(mut lock) = lock else {
        return Ok(());
    };
    if lock.mcp_servers == names {
        return Ok(());
    }
    lock.mcp_servers = names;
    lock.lockfile_version = lock.version();
    site.write_lock(&lock)
}

fn write_agent(
    site: &Site,
    agent: Agent,
    server: &str,
    org: &OrgServers,
    retired: &[&String],
) -> Result<(), CliError> {
    let Ok(c) = config::config(agent.id(), server, None) else {
        return Ok(());
    };
    let file = match site.global() {
        true => c.user_path.and_then(|u| u.strip_prefix("~/")),
        false => c.path,
    };
    let Some(file) = file else {
        let why = match site.global() {
            true => "has no user MCP file with a documented place".to_string(),
            false => format!(
                "reads MCP servers only from {}",
                c.user_path.unwrap_or("its user settings")
            ),
        };
        println!(
            "mcp: {} {why}: see `rulebook mcp config --agent {}`",
            c.agent, c.agent
        );
        return Ok(());
    };
    // Checked like every install target: inside the root, through no symlink (a dotfiles
    // manager's linked ~/.codex is not followed).
    let path = crate::install::apply::target(&site.root, file)?;
    let rel = match site.global() {
        true => format!("~/{file}"),
        false => file.to_string(),
    };
    // An existing file keeps its mode (a user's 0600 ~/.claude.json, which holds other
    // servers' tokens, stays private); a new one is the repository's to commit (0644), or
    // private in the home folder (0600).
    let (existing, mode) = match std::fs::metadata(&path) {
        Ok(m) => (
            std::fs::read(&path).map_err(io("cannot read the MCP config"))?,
            std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777,
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            (Vec::new(), if site.global() { 0o600 } else { 0o644 })
        }
        Err(e) => return Err(io("cannot read the MCP config")(e)),
    };
    let invalid = |e: String| CliError::Other("RB-CLI-INVALID", format!("{}: {e}", path.display()));
    let mut merged = config::merge_into(&existing, &c).map_err(invalid)?;
    let mut written = Vec::new();
    for s in &org.servers {
        match config::org_config(agent.id(), s) {
            Ok(oc) => {
                merged = config::merge_into(&merged, &oc).map_err(invalid)?;
                written.push(s.name.as_str());
            }
            Err(why) => println!(
                "mcp: {rel}: the organization's `{}` is not written: {why}",
                s.name
            ),
        }
    }
    for name in retired {
        merged = config::remove_from(&merged, agent.id(), name).map_err(invalid)?;
    }
    if merged == existing {
        println!("mcp: {rel} unchanged");
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io("cannot create the folder"))?;
    }
    crate::ops::files::write_atomic(&path, &merged, mode)
        .map_err(io("cannot write the MCP config"))?;
    let with = match written.is_empty() {
        true => String::new(),
        false => format!("; the organization's {}", written.join(", ")),
    };
    println!(
        "mcp: {rel} ({}, key from ${}{with})",
        c.transport.as_str(),
        config::KEY_ENV
    );
    Ok(())
}
