#![no_main]
//! A developer's MCP config file (any text: `.mcp.json`, `.vscode/mcp.json` with comments,
//! Codex's `config.toml`): `install --mcp` merges Rulebook's entry and the organization's
//! servers into it and removes the ones the organization dropped. Whatever the file holds,
//! merging and removing answer with a file or an error, never a panic; a merged file holds the
//! entry, and removing it again leaves no entry of that name.
use libfuzzer_sys::fuzz_target;
use rulebook::mcp::config::{self, org::OrgServer};

fuzz_target!(|data: &[u8]| {
    // `agent-selector existing-file`.
    let Some((&pick, existing)) = data.split_first() else {
        return;
    };
    let agents = config::agents();
    let agent = agents[usize::from(pick) % agents.len()];
    let server = OrgServer {
        name: "jira".into(),
        command: Some("jira-mcp".into()),
        args: vec!["--read-only".into()],
        env: vec!["JIRA_TOKEN".into()],
        ..OrgServer::default()
    };
    let Ok(own) = config::config(agent, "https://rulebook.example", None) else {
        return;
    };
    let Ok(org) = config::org_config(agent, &server) else {
        return;
    };
    let _ = config::remove_from(existing, agent, "jira");
    let Ok(merged) = config::merge_into(existing, &own) else {
        return;
    };
    let Ok(merged) = config::merge_into(&merged, &org) else {
        return;
    };
    // Errors are answers (a file with the key twice is refused, not guessed at); only a wrong
    // success or a panic is a bug.
    if let Ok(present) = config::has_entry(&merged, agent, "jira") {
        assert!(present, "{agent}: the entry is missing");
    }
    if let Ok(removed) = config::remove_from(&merged, agent, "jira")
        && let Ok(present) = config::has_entry(&removed, agent, "jira")
    {
        assert!(!present, "{agent}: the entry is still there");
    }
});
