//! `rulebook install --mcp`: merges Rulebook's server, and the MCP servers the organization
//! defines (`mcp::config::org`), into each agent's MCP file at a site (the project file in a
//! repository, the user file in the home folder), keeping every other byte of it.
//!
//! Which organization servers were written into which file is recorded in the site's lock
//! (`mcp_servers`), so that a server the organization drops is removed from the files at the
//! next `--mcp`, and a developer's own entries (which Rulebook never wrote, even one with an
//! organization server's name) are never touched. The record is widened before any file is
//! changed and narrowed after every file is, so an interrupted run forgets nothing it wrote.

use std::collections::BTreeSet;

use crate::cli::CliError;
use crate::cli::site::Site;
use crate::client::{ApiClient, ClientError};
use crate::install::lock::McpRecord;
use crate::mcp::config::{self, org::OrgServers};
use crate::render::Agent;
use crate::render::moved::Moves;

fn io(what: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Other("RB-CLI-IO", format!("{what}: {e}"))
}

/// The organization's MCP servers; `None` from a server that predates them (it answers 404
/// for the route; the organization itself was already checked by the install). `None` is not
/// "no servers": nothing recorded is removed on its strength.
pub fn org_servers(api: &ApiClient, org: &str) -> Result<Option<OrgServers>, CliError> {
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
            Ok(Some(servers))
        }
        Err(ClientError::Server { status: 404, .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// One MCP file as this run will leave it.
struct Planned {
    path: std::path::PathBuf,
    /// As shown to the user (`.mcp.json`, `~/.claude.json`).
    shown: String,
    before: Vec<u8>,
    after: Vec<u8>,
    mode: u32,
    /// The organization's servers Rulebook now has in the file.
    ours: BTreeSet<String>,
    /// What each agent writing here reported, and what it left out (always shown).
    lines: Vec<String>,
    notes: Vec<String>,
}

/// Writes (merges) each agent's MCP configuration at `site` pointing at `server`, with the
/// organization's servers (`None`: the server could not say, so none is added or removed).
/// Every file is planned first; then the lock's record is widened, the files written, and the
/// record narrowed to what the files now hold.
pub fn write(
    site: &Site,
    agents: &[Agent],
    server: &str,
    org: Option<&OrgServers>,
) -> Result<(), CliError> {
    let lock = site.read_lock()?;
    let recorded = lock
        .as_ref()
        .map(|l| l.mcp_servers.clone())
        .unwrap_or_default();
    if lock.is_none() && org.is_some_and(|o| !o.servers.is_empty()) {
        eprintln!(
            "warning: no lock at {}: the organization's MCP servers are written but not \
             recorded, so a server it later drops will not be removed",
            site.name()
        );
    }
    // Where this developer's agents read their user files (`$CODEX_HOME`), read once.
    let moves = match site.global() {
        true => site.moves_for(agents)?,
        false => Moves::none(),
    };
    let mut plans: Vec<(String, Planned)> = Vec::new();
    for agent in agents {
        plan_agent(site, *agent, (server, org), &moves, &recorded, &mut plans)?;
    }
    let mut widened = recorded.clone();
    let mut narrowed = recorded.clone();
    for (key, p) in &plans {
        let mut wide: BTreeSet<String> = recorded.get(key).into_iter().flatten().cloned().collect();
        wide.extend(p.ours.iter().cloned());
        for (record, names) in [(&mut widened, wide), (&mut narrowed, p.ours.clone())] {
            match names.is_empty() {
                true => record.remove(key),
                false => record.insert(key.clone(), names.into_iter().collect()),
            };
        }
    }
    record(site, lock.clone(), widened)?;
    for (_, p) in &plans {
        for note in &p.notes {
            println!("{note}");
        }
        if p.after == p.before {
            println!("mcp: {} unchanged", p.shown);
            continue;
        }
        if let Some(dir) = p.path.parent() {
            std::fs::create_dir_all(dir).map_err(io("cannot create the folder"))?;
        }
        crate::ops::files::write_atomic(&p.path, &p.after, p.mode)
            .map_err(io("cannot write the MCP config"))?;
        for line in &p.lines {
            println!("{line}");
        }
    }
    record(site, lock, narrowed)
}

/// Sets the lock's record of the organization's servers, when there is a lock and it changes.
fn record(
    site: &Site,
    lock: Option<crate::install::lock::Lock>,
    names: McpRecord,
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

/// Plans `agent`'s MCP file: Rulebook's entry, the organization's servers (not over an entry
/// of the same name that Rulebook did not write), and the removal of those it wrote that the
/// organization no longer defines. Agents sharing a file (Kiro and its CLI) plan it in turn.
fn plan_agent(
    site: &Site,
    agent: Agent,
    (server, org): (&str, Option<&OrgServers>),
    moves: &Moves,
    recorded: &McpRecord,
    plans: &mut Vec<(String, Planned)>,
) -> Result<(), CliError> {
    let Ok(c) = config::config(agent.id(), server, None) else {
        return Ok(());
    };
    let file = match site.global() {
        true => c
            .user_path
            .and_then(|u| u.strip_prefix("~/"))
            .map(|u| moves.place(u)),
        false => c.path.map(str::to_string),
    };
    let Some(file) = file.as_deref() else {
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
    let at = match plans.iter().position(|(k, _)| k == file) {
        Some(i) => i,
        None => {
            plans.push((file.to_string(), read_planned(site, file)?));
            plans.len() - 1
        }
    };
    let Some((_, p)) = plans.get_mut(at) else {
        return Ok(());
    };
    let invalid =
        |e: String| CliError::Other("RB-CLI-INVALID", format!("{}: {e}", p.path.display()));
    let mut text = config::merge_into(&p.after, &c).map_err(invalid)?;
    let mut written = Vec::new();
    let ours_before: BTreeSet<&String> = recorded.get(file).into_iter().flatten().collect();
    if let Some(org) = org {
        for s in &org.servers {
            let ours = ours_before.contains(&s.name) || p.ours.contains(&s.name);
            if !ours && config::has_entry(&text, agent.id(), &s.name).map_err(invalid)? {
                p.notes.push(format!(
                    "mcp: {}: the organization's `{}` is not written: an entry of that name \
                     that Rulebook did not write is there, and is kept",
                    p.shown, s.name
                ));
                continue;
            }
            match config::merge_org_server(&text, agent.id(), s).map_err(invalid)? {
                config::OrgMerge::Merged { text: merged, note } => {
                    text = merged;
                    if let Some(note) = note {
                        p.notes.push(format!("mcp: {}: {note}", p.shown));
                    }
                }
                config::OrgMerge::LeftOut(why) => {
                    p.notes.push(format!(
                        "mcp: {}: the organization's `{}` is not written: {why}",
                        p.shown, s.name
                    ));
                    continue;
                }
            }
            p.ours.insert(s.name.clone());
            written.push(s.name.as_str());
        }
        // What Rulebook wrote here before and the organization no longer defines.
        let defined: BTreeSet<&String> = org.servers.iter().map(|s| &s.name).collect();
        for name in ours_before.iter().filter(|n| !defined.contains(*n)) {
            text = config::remove_from(&text, agent.id(), name).map_err(invalid)?;
        }
    } else {
        // The server could not say: what was written stays, and stays recorded.
        p.ours.extend(ours_before.iter().map(|n| n.to_string()));
    }
    p.after = text;
    let with = match written.is_empty() {
        true => String::new(),
        false => format!("; the organization's {}", written.join(", ")),
    };
    p.lines.push(format!(
        "mcp: {} ({}, key from ${}{with})",
        p.shown,
        c.transport.as_str(),
        config::KEY_ENV
    ));
    Ok(())
}

/// The MCP file `file` at `site` as it is now.
fn read_planned(site: &Site, file: &str) -> Result<Planned, CliError> {
    // Checked like every install target: inside the root, through no symlink (a dotfiles
    // manager's linked ~/.codex is not followed).
    let path = crate::install::apply::target(&site.root, file)?;
    let shown = match site.global() {
        true => format!("~/{file}"),
        false => file.to_string(),
    };
    // An existing file keeps its mode (a user's 0600 ~/.claude.json, which holds other
    // servers' tokens, stays private); a new one is the repository's to commit (0644), or
    // private in the home folder (0600).
    let (before, mode) = match std::fs::metadata(&path) {
        Ok(m) => (
            std::fs::read(&path).map_err(io("cannot read the MCP config"))?,
            std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777,
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            (Vec::new(), if site.global() { 0o600 } else { 0o644 })
        }
        Err(e) => return Err(io("cannot read the MCP config")(e)),
    };
    Ok(Planned {
        path,
        shown,
        after: before.clone(),
        before,
        mode,
        ours: BTreeSet::new(),
        lines: Vec::new(),
        notes: Vec::new(),
    })
}
