//! Agent policies (permissions and hooks) through the real binary and server: a policy is an
//! artifact kind with validation (422 per field), versions and packages; installed, it becomes
//! each agent's settings, merged into the team's own files entry by entry, hooks only with
//! the repository's consent (refused by an organization that says no); removed, only
//! Rulebook's entries leave and the team's file comes back byte for byte. A lock written
//! before entries had list paths still installs without a change.

use serde_json::{Value, json};

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";
const POLICY: &str = "/api/v1/orgs/acme/settings/install-policy";

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Sets the repository's own policy layer, keeping the rest of its rulebook.json.
fn rulebook_json(repo: &std::path::Path, policy: Value) {
    let path = repo.join("rulebook.json");
    let mut config: Value = match std::fs::read_to_string(&path) {
        Ok(t) => serde_json::from_str(&t).unwrap(),
        Err(_) => json!({ "packages": {}, "agents": [] }),
    };
    config["policy"] = policy;
    std::fs::write(&path, config.to_string()).unwrap();
}

#[test]
fn a_policy_becomes_each_agents_settings_with_hooks_only_by_consent() {
    let inst = Instance::new("agent-policy");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();

    // Refused with the field named: bad patterns, commands, timeouts, unknown fields, empty.
    for (bad, field) in [
        (
            json!({ "effect": "allow", "on": "shell", "match": "rm -rf *" }),
            "permissions[0].match",
        ),
        (
            json!({ "effect": "allow", "on": "web", "match": "https://x.io" }),
            "permissions[0].match",
        ),
        (
            json!({ "effect": "allow", "on": "mcp", "match": "github" }),
            "permissions[0].match",
        ),
        (
            json!({ "effect": "allow", "on": "read", "match": "../etc/**" }),
            "permissions[0].match",
        ),
        (
            json!({ "effect": "allow", "on": "edit", "match": "~/.bashrc" }),
            "permissions[0].match",
        ),
    ] {
        let r = admin.post(
            &format!("{BASE}/policies"),
            &json!({ "name": "Bad", "permissions": [bad] }),
        );
        assert_eq!(r.status, 422, "{bad}: {}", r.text());
        assert!(r.text().contains(field), "{}", r.text());
    }
    for (body, why) in [
        (
            json!({ "name": "Bad", "hooks": [{ "event": "stop", "command": "/usr/bin/curl x" }] }),
            "hooks[0].command",
        ),
        (
            json!({ "name": "Bad", "hooks": [{ "event": "stop", "command": "python3.12 -m pip install x" }] }),
            "hooks[0].command",
        ),
        (
            json!({ "name": "Bad", "hooks": [{ "event": "stop", "command": ".venv/bin/python x.py" }] }),
            "hooks[0].command",
        ),
        (
            json!({ "name": "Bad", "hooks": [{ "event": "stop", "command": "bin/x.sh", "timeout_s": 0 }] }),
            "hooks[0].timeout_s",
        ),
        (json!({ "name": "Bad" }), "permissions"),
    ] {
        let r = admin.post(&format!("{BASE}/policies"), &body);
        assert_eq!(r.status, 422, "{body}: {}", r.text());
        assert!(r.text().contains(why), "{}", r.text());
    }
    for body in [
        json!({ "name": "Bad", "hooks": [{ "event": "later", "command": "x.sh" }] }),
        json!({ "name": "Bad", "body": "x", "permissions": [{ "effect": "deny", "on": "shell", "match": "x" }] }),
    ] {
        let r = admin.post(&format!("{BASE}/policies"), &body);
        assert!(r.status == 400 || r.status == 422, "{body}: {}", r.status);
    }
    // A skill cannot smuggle hooks in: Claude Code runs a skill frontmatter's `hooks`.
    let r = admin.post(
        &format!("{BASE}/skills"),
        &json!({ "name": "sneaky", "description": "d", "body": "b",
                 "extra": { "hooks": "\n  Stop:\n    - hooks:\n        - type: command\n          command: curl x" } }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("agent policy"), "{}", r.text());
    // Policies are not other kinds' routes.
    assert_eq!(admin.get(&format!("{BASE}/policys")).status, 404);

    let guard = json!({ "name": "Guard", "description": "What agents may run.",
        "permissions": [
            { "effect": "deny", "on": "shell", "match": "git push" },
            { "effect": "allow", "on": "shell", "match": "cargo test" },
            { "effect": "deny", "on": "read", "match": ".env*" }
        ],
        "hooks": [{ "event": "before_shell", "command": "scripts/agent/guard.sh --strict", "timeout_s": 30 }] });
    let r = admin.post(&format!("{BASE}/policies"), &guard);
    assert_eq!(r.status, 201, "{}", r.text());
    let got = admin.get(&format!("{BASE}/policies/guard"));
    assert_eq!(got.status, 200);
    assert_eq!(got.json()["content"]["permissions"], guard["permissions"]);
    assert_eq!(got.json()["kind"], "policy");
    let items = json!([{ "kind": "policy", "slug": "guard" }]);
    let r = admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "Safety", "items": items }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(&format!("{BASE}/packages/safety/releases"), &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    cli_login(&inst, &server, &admin, "read");

    // The team's own Claude settings; no consent to hooks yet.
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(repo.join(".claude")).unwrap();
    let at = repo.to_str().unwrap();
    let settings = repo.join(".claude/settings.json");
    let team = "{\n  \"model\": \"opus\",\n  \"permissions\": {\n    \"allow\": [\"Bash(ls)\"]\n  },\n  \"hooks\": {\n    \"Stop\": [{ \"hooks\": [{ \"type\": \"command\", \"command\": \"make lint\" }] }]\n  }\n}\n";
    std::fs::write(&settings, team).unwrap();
    rulebook_json(&repo, json!({}));
    let r = inst.run(&[
        "install",
        "safety",
        "-p",
        at,
        "--agents",
        "claude,cursor,codex",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let said = format!("{}{}", String::from_utf8_lossy(&r.stdout), stderr(&r));
    assert!(said.contains("1 hook(s) not written"), "{said}");
    let v: Value = serde_json::from_str(&read(&settings)).unwrap();
    assert_eq!(
        v["permissions"]["allow"],
        json!(["Bash(ls)", "Bash(cargo test)", "Bash(cargo test *)"])
    );
    assert_eq!(
        v["permissions"]["deny"],
        json!(["Bash(git push)", "Bash(git push *)", "Read(.env*)"])
    );
    assert_eq!(
        v["hooks"]["Stop"].as_array().unwrap().len(),
        1,
        "the team's hook stays"
    );
    assert!(
        v["hooks"].get("PreToolUse").is_none(),
        "no hook without consent"
    );
    assert_eq!(v["model"], "opus");
    let rules = read(&repo.join(".codex/rules/rulebook.rules"));
    assert!(
        rules.contains("pattern = [\"git\", \"push\"],\n    decision = \"forbidden\""),
        "{rules}"
    );
    let cli: Value = serde_json::from_str(&read(&repo.join(".cursor/cli.json"))).unwrap();
    // Cursor matches a shell rule's first word only: `git push` is not widened to all of git.
    assert_eq!(cli["permissions"]["deny"], json!(["Read(.env*)"]));
    assert!(said.contains("first word only: 2 rule(s)"), "{said}");
    assert!(!repo.join(".cursor/hooks.json").exists());
    // The lock knows which settings files Rulebook made (they go when emptied) and which
    // were the team's (they stay).
    let lock: Value = serde_json::from_str(&read(&repo.join("rulebook.lock"))).unwrap();
    assert_eq!(lock["lockfile_version"], 5);
    assert_eq!(lock["files"][".cursor/cli.json"]["made"], true);
    assert!(
        lock["files"][".claude/settings.json"].get("made").is_none(),
        "{lock}"
    );
    assert!(read(&repo.join(".rulebook/policies/guard.md")).contains("- deny shell `git push`"));

    // The repository consents: the hooks land, anchored on the repository root.
    rulebook_json(&repo, json!({ "hooks": true }));
    let r = inst.run(&["install", "-p", at]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let v: Value = serde_json::from_str(&read(&settings)).unwrap();
    assert_eq!(
        v["hooks"]["PreToolUse"],
        json!([{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "\"$CLAUDE_PROJECT_DIR\"/scripts/agent/guard.sh --strict", "timeout": 30 }] }])
    );
    let hooks: Value = serde_json::from_str(&read(&repo.join(".cursor/hooks.json"))).unwrap();
    assert_eq!(hooks["version"], 1);
    assert_eq!(
        hooks["hooks"]["beforeShellExecution"],
        json!([{ "command": "scripts/agent/guard.sh --strict", "timeout": 30 }])
    );
    let codex: Value = serde_json::from_str(&read(&repo.join(".codex/hooks.json"))).unwrap();
    assert_eq!(codex["hooks"]["PreToolUse"][0]["matcher"], "Bash");
    // Idempotent.
    let out = inst.ok(&["install", "-p", at]);
    assert!(out.contains(" 0 written, 0 removed"), "{out}");
    // Removing one of Rulebook's entries by hand is a local edit.
    let installed = read(&settings);
    std::fs::write(&settings, installed.replace(", \"Bash(git push *)\"", "")).unwrap();
    let r = inst.run(&["install", "-p", at]);
    assert!(
        stderr(&r).contains("RB-INSTALL-LOCAL-EDITS"),
        "{}",
        stderr(&r)
    );
    std::fs::write(&settings, &installed).unwrap();

    // An organization that refuses hooks wins over the repository's consent.
    assert_eq!(admin.put(POLICY, &json!({ "hooks": false })).status, 200);
    let r = inst.run(&["install", "-p", at]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let v: Value = serde_json::from_str(&read(&settings)).unwrap();
    assert!(
        v["hooks"].get("PreToolUse").is_none_or(|h| h == &json!([])),
        "{v}"
    );
    assert!(
        !repo.join(".cursor/hooks.json").exists(),
        "the file Rulebook made goes"
    );
    // An organization that refuses allow rules: agents ask; the team's own allow stays.
    assert_eq!(
        admin.put(POLICY, &json!({ "allow_rules": false })).status,
        200
    );
    let r = inst.run(&["install", "-p", at]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let said = format!("{}{}", String::from_utf8_lossy(&r.stdout), stderr(&r));
    assert!(said.contains("allow rule(s) not written"), "{said}");
    let v: Value = serde_json::from_str(&read(&settings)).unwrap();
    assert_eq!(v["permissions"]["allow"], json!(["Bash(ls)"]), "{v}");
    assert_eq!(
        v["permissions"]["deny"],
        json!(["Bash(git push)", "Bash(git push *)", "Read(.env*)"])
    );
    assert!(!read(&repo.join(".codex/rules/rulebook.rules")).contains("\"allow\""));

    // MCP's render_package obeys the same policy: an agent it does not allow is refused, and
    // the files it hands out hold no allow rule and the never_read paths.
    assert_eq!(
        admin
            .put(
                POLICY,
                &json!({ "allow_rules": false, "never_read": ["secrets/**"], "allowed_agents": ["claude"] })
            )
            .status,
        200
    );
    let mcp_key = mint_key(&admin, "agent", "mcp:read");
    let render = |agent: &str| {
        crate::mcp::tool(
            &server,
            &mcp_key,
            "render_package",
            json!({ "package": "safety", "agents": [agent] }),
        )
        .json()
    };
    let r = render("cursor");
    assert_eq!(r["result"]["isError"], true, "{r}");
    assert!(
        r.to_string().contains("agent 'cursor' is not allowed"),
        "{r}"
    );
    let r = render("claude");
    let files = r["result"]["structuredContent"]["files"]
        .as_array()
        .unwrap()
        .clone();
    let section = files
        .iter()
        .find(|f| f["path"] == ".claude/settings.json")
        .unwrap_or_else(|| panic!("{r}"));
    let content = section["content"].as_str().unwrap();
    assert!(content.contains("Read(secrets/**)"), "{content}");
    assert!(!content.contains("permissions.allow"), "{content}");
    assert!(
        r["result"]["structuredContent"]["notes"]
            .to_string()
            .contains("allow rule(s) not written"),
        "{r}"
    );
    assert_eq!(admin.put(POLICY, &json!({})).status, 200);

    // The package is removed: only Rulebook's entries leave; the team's settings come back.
    let r = inst.run(&["uninstall", "safety", "-p", at]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let back: Value = serde_json::from_str(&read(&settings)).unwrap();
    let mine: Value = serde_json::from_str(team).unwrap();
    assert_eq!(back["model"], mine["model"]);
    assert_eq!(back["permissions"]["allow"], mine["permissions"]["allow"]);
    assert_eq!(back["hooks"]["Stop"], mine["hooks"]["Stop"]);
    assert!(!repo.join(".codex/rules/rulebook.rules").exists());
    assert!(!repo.join(".cursor/cli.json").exists());
    drop(server);
    inst.verify();
}
