//! The organization's MCP servers through the real binary and server: only org admins set
//! them (audited), a definition carrying a credential is refused with the credential echoed
//! nowhere, `install --mcp` merges them into each agent's MCP file next to Rulebook's own
//! entry with every token by environment-variable reference, the developer's own entries and
//! keys stay, the lock records which servers Rulebook wrote, `update` keeps that record, and a
//! server the organization drops leaves every file at the next `install --mcp`.

use std::path::Path;

use serde_json::{Value, json};

use crate::harness::*;

const SERVERS: &str = "/api/v1/orgs/acme/settings/mcp-servers";

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn lock(repo: &Path) -> Value {
    read_json(&repo.join("rulebook.lock"))
}

#[test]
fn the_organizations_mcp_servers_reach_each_agents_file_by_reference_and_leave_when_dropped() {
    let inst = Instance::new("mcp-org-servers");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    let jira = json!({ "name": "jira", "url": "https://jira.corp.example/mcp", "bearer_env": "JIRA_TOKEN" });
    let db =
        json!({ "name": "db", "command": "db-mcp", "args": ["--read-only"], "env": ["DB_URL"] });

    // Members read the list (the CLI needs it); only org admins change it.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    assert_eq!(member.get(SERVERS).status, 200);
    assert_eq!(member.get(SERVERS).json(), json!({ "servers": [] }));
    assert_eq!(
        member
            .put(SERVERS, &json!({ "servers": [jira.clone()] }))
            .status,
        403
    );

    // A definition that would put a credential into a file is refused, and the credential is
    // echoed nowhere.
    let canary = "sk-ant-api03-CANARYcanaryCANARYcanary0123456789xyz";
    for bad in [
        json!({ "name": "x", "command": "tool", "args": [format!("--api-key={canary}")] }),
        json!({ "name": "x", "url": format!("https://jira.corp.example/mcp?token={canary}") }),
        json!({ "name": "x", "url": format!("https://me:{canary}@jira.corp.example/mcp") }),
        json!({ "name": "x", "url": "https://jira.corp.example/mcp", "bearer_env": "RULEBOOK_API_KEY" }),
        json!({ "name": "rulebook", "url": "https://jira.corp.example/mcp" }),
        json!({ "name": "x", "url": "https://a.example/mcp", "command": "tool" }),
        json!({ "name": "x", "url": "https://a.example/mcp", "headers": { "Authorization": canary } }),
    ] {
        let r = admin.put(SERVERS, &json!({ "servers": [bad.clone()] }));
        assert!(r.status == 400 || r.status == 422, "{bad}: {}", r.status);
        assert!(!r.text().contains("CANARY"), "{}", r.text());
    }
    assert_eq!(admin.get(SERVERS).json(), json!({ "servers": [] }));
    let r = admin.put(SERVERS, &json!({ "servers": [jira.clone(), db.clone()] }));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["servers"][0]["name"], "db", "kept sorted");

    let key = cli_login(&inst, &server, &admin, "read");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let at = repo.to_str().unwrap();
    // The team's own server and settings in Claude Code's project file, and in Cursor's an
    // entry of its own that happens to be called `db`.
    let mine = json!({ "env": { "X": "1" }, "mcpServers": { "mine": { "command": "mine-mcp" } } });
    std::fs::write(
        repo.join(".mcp.json"),
        serde_json::to_vec_pretty(&mine).unwrap(),
    )
    .unwrap();
    let their_db = json!({ "mcpServers": { "db": { "command": "our-own-db" } } });
    std::fs::create_dir_all(repo.join(".cursor")).unwrap();
    std::fs::write(
        repo.join(".cursor/mcp.json"),
        serde_json::to_vec_pretty(&their_db).unwrap(),
    )
    .unwrap();
    let out = inst.ok(&[
        "install",
        "backend",
        "-p",
        at,
        "--agents",
        "claude,codex,cursor,zed",
        "--mcp",
    ]);
    // Zed has no documented HTTP entry with a token from the environment: said, not guessed.
    assert!(
        out.contains("mcp: .zed/settings.json: the organization's `jira` is not written"),
        "{out}"
    );
    // `mcp config --org` prints the same entries for pasting, and says what it leaves out.
    let printed = inst.run(&["mcp", "config", "--agent", "claude", "--org", "acme"]);
    let (out_cfg, err_cfg) = (
        String::from_utf8_lossy(&printed.stdout),
        String::from_utf8_lossy(&printed.stderr),
    );
    assert!(printed.status.success(), "{out_cfg}{err_cfg}");
    let cfg: Value = serde_json::from_str(&out_cfg).expect("the printed configuration is JSON");
    let names: Vec<&String> = cfg["mcpServers"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["db", "jira", "rulebook"], "{out_cfg}");
    assert!(!out_cfg.contains(&key), "the key was printed");
    assert!(
        err_cfg.contains("# with the organization's `jira`"),
        "{err_cfg}"
    );
    let zed = inst.run(&["mcp", "config", "--agent", "zed", "--org", "acme"]);
    let zed_err = String::from_utf8_lossy(&zed.stderr);
    assert!(zed.status.success(), "{zed_err}");
    assert!(
        zed_err.contains("# the organization's `jira` is left out"),
        "{zed_err}"
    );
    // The stored login's key goes to no other server: naming one without RULEBOOK_API_KEY is
    // refused before anything connects.
    let elsewhere = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    elsewhere.set_nonblocking(true).unwrap();
    let url = format!("http://{}", elsewhere.local_addr().unwrap());
    for args in [
        vec![
            "mcp", "config", "--agent", "claude", "--org", "acme", "--server", &url,
        ],
        vec!["mcp", "--server", &url],
    ] {
        let r = inst.run(&args);
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success(), "{args:?}: {err}");
        assert!(err.contains("is not the server you logged in to"), "{err}");
        assert!(!err.contains(&key), "{err}");
    }
    assert_eq!(
        elsewhere.accept().map(|_| ()).unwrap_err().kind(),
        std::io::ErrorKind::WouldBlock,
        "something connected to the other server"
    );
    let nobody = inst.run(&["mcp", "config", "--agent", "claude", "--org", "no-such-org"]);
    assert!(!nobody.status.success());
    assert!(
        String::from_utf8_lossy(&nobody.stderr).contains("no such organization"),
        "{}",
        String::from_utf8_lossy(&nobody.stderr)
    );
    let claude = read_json(&repo.join(".mcp.json"));
    let servers = &claude["mcpServers"];
    assert_eq!(servers["mine"], mine["mcpServers"]["mine"]);
    assert_eq!(claude["env"], json!({ "X": "1" }));
    assert!(servers["rulebook"].is_object(), "{claude}");
    assert_eq!(
        servers["jira"],
        json!({ "type": "http", "url": "https://jira.corp.example/mcp",
                "headers": { "Authorization": "Bearer ${JIRA_TOKEN}" } })
    );
    assert_eq!(
        servers["db"],
        json!({ "type": "stdio", "command": "db-mcp", "args": ["--read-only"],
                "env": { "DB_URL": "${DB_URL}" } })
    );
    let cursor = read_json(&repo.join(".cursor/mcp.json"));
    assert_eq!(
        cursor["mcpServers"]["jira"]["headers"]["Authorization"],
        "Bearer ${env:JIRA_TOKEN}"
    );
    // Cursor's own `db` is not Rulebook's: kept as it was, and said so.
    assert_eq!(cursor["mcpServers"]["db"], their_db["mcpServers"]["db"]);
    assert!(
        out.contains(
            "mcp: .cursor/mcp.json: the organization's `db` is not written: an entry of that \
             name that Rulebook did not write is there, and is kept"
        ),
        "{out}"
    );
    let codex = std::fs::read_to_string(repo.join(".codex/config.toml")).unwrap();
    assert!(
        codex.contains(
            "[mcp_servers.jira]\n# Defined by the organization in Rulebook; credentials come \
             from the environment, never from this file.\nurl = \"https://jira.corp.example/mcp\"\n\
             bearer_token_env_var = \"JIRA_TOKEN\"\n"
        ),
        "{codex}"
    );
    assert!(codex.contains("env_vars = [\"DB_URL\"]"), "{codex}");
    let zed = read_json(&repo.join(".zed/settings.json"));
    assert!(zed["context_servers"]["db"].is_object(), "{zed}");
    assert!(zed["context_servers"].get("jira").is_none(), "{zed}");
    assert!(
        out.contains("zed documents no way to pass DB_URL to `db` by name"),
        "{out}"
    );
    // The lock records, per file, only what Rulebook wrote there.
    let recorded = json!({
        ".codex/config.toml": ["db", "jira"],
        ".cursor/mcp.json": ["jira"],
        ".mcp.json": ["db", "jira"],
        ".zed/settings.json": ["db"],
    });
    assert_eq!(lock(&repo)["mcp_servers"], recorded);
    assert_eq!(lock(&repo)["lockfile_version"], 3);
    // The team then adds its own `jira` to Zed by hand (the organization's could not go there).
    let zed_text = std::fs::read_to_string(repo.join(".zed/settings.json")).unwrap();
    let zed_text = zed_text.replacen(
        "\"context_servers\": {",
        "\"context_servers\": {\n    \"jira\": { \"command\": \"team-jira\" },",
        1,
    );
    std::fs::write(repo.join(".zed/settings.json"), &zed_text).unwrap();

    // Run again: nothing changes. An update keeps the record (it does not touch MCP files).
    let again = inst.ok(&["install", "-p", at, "--mcp"]);
    assert!(again.contains("mcp: .mcp.json unchanged"), "{again}");
    inst.ok(&["update", "-p", at]);
    assert_eq!(lock(&repo)["mcp_servers"], recorded);

    // The organization drops jira: it leaves every file, the team's own entry stays.
    assert_eq!(
        admin
            .put(SERVERS, &json!({ "servers": [db.clone()] }))
            .status,
        200
    );
    inst.ok(&["install", "-p", at, "--mcp"]);
    let claude = read_json(&repo.join(".mcp.json"));
    assert!(claude["mcpServers"].get("jira").is_none(), "{claude}");
    assert!(claude["mcpServers"]["db"].is_object());
    assert_eq!(claude["mcpServers"]["mine"], mine["mcpServers"]["mine"]);
    let cursor = read_json(&repo.join(".cursor/mcp.json"));
    assert!(cursor["mcpServers"].get("jira").is_none(), "{cursor}");
    assert_eq!(cursor["mcpServers"]["db"], their_db["mcpServers"]["db"]);
    let codex = std::fs::read_to_string(repo.join(".codex/config.toml")).unwrap();
    assert!(!codex.contains("jira"), "{codex}");
    assert!(codex.contains("[mcp_servers.db]"), "{codex}");
    // The team's hand-made `jira` in Zed was never Rulebook's: it stays.
    let zed = read_json(&repo.join(".zed/settings.json"));
    assert_eq!(
        zed["context_servers"]["jira"],
        json!({ "command": "team-jira" })
    );
    assert_eq!(
        lock(&repo)["mcp_servers"],
        json!({ ".codex/config.toml": ["db"], ".mcp.json": ["db"], ".zed/settings.json": ["db"] })
    );

    // A lock whose record names Rulebook's own entry (or anything no organization could
    // define) is refused before any file is touched.
    let good_lock = std::fs::read(repo.join("rulebook.lock")).unwrap();
    let mut crafted = lock(&repo);
    crafted["mcp_servers"][".mcp.json"] = json!(["rulebook"]);
    std::fs::write(
        repo.join("rulebook.lock"),
        serde_json::to_vec(&crafted).unwrap(),
    )
    .unwrap();
    let before = std::fs::read(repo.join(".mcp.json")).unwrap();
    let r = inst.run(&["install", "-p", at, "--mcp"]);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("could not have written"),
        "{}",
        stderr(&r)
    );
    assert_eq!(std::fs::read(repo.join(".mcp.json")).unwrap(), before);
    std::fs::write(repo.join("rulebook.lock"), good_lock).unwrap();

    // And none at all: the record goes, the lock is readable by older builds again.
    assert_eq!(admin.put(SERVERS, &json!({ "servers": [] })).status, 200);
    inst.ok(&["install", "-p", at, "--mcp"]);
    let claude = read_json(&repo.join(".mcp.json"));
    let names: Vec<&String> = claude["mcpServers"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["mine", "rulebook"]);
    assert!(lock(&repo).get("mcp_servers").is_none());
    assert!(lock(&repo)["lockfile_version"].as_u64().unwrap() < 3);

    // No file carries the API key; every change to the list is audited.
    let mut stack = vec![repo.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(&key),
                    "{} holds the API key",
                    p.display()
                );
            }
        }
    }
    assert_audited(&admin, "settings.mcp_servers", 3);
    drop(server);
    inst.verify();
}
