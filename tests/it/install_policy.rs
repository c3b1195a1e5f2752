//! Install-time policy through the real binary and server: the organization's policy refuses
//! agents, packages and content findings before anything is written, a repository's
//! `rulebook.json` policy tightens it and cannot loosen it, the always-on maximum caps what a
//! repository asks for, `status` reports what the policy no longer allows, and only org admins
//! change the policy (audited).

use std::path::Path;

use serde_json::json;

use crate::harness::*;

const POLICY: &str = "/api/v1/orgs/acme/settings/install-policy";

fn fresh(inst: &Instance, name: &str) -> std::path::PathBuf {
    let repo = inst.tmp.path().join(name);
    std::fs::create_dir_all(&repo).unwrap();
    repo
}

fn nothing_written(repo: &Path) {
    let left: Vec<_> = std::fs::read_dir(repo)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "rulebook.json")
        .collect();
    assert!(left.is_empty(), "written despite the refusal: {left:?}");
}

fn refused(inst: &Instance, args: &[&str], wanted: &[&str]) {
    let r = inst.run(args);
    let err = stderr(&r);
    assert_ne!(code(&r), 0, "{args:?} was not refused");
    assert!(err.contains("RB-INSTALL-POLICY"), "{err}");
    for w in wanted {
        assert!(err.contains(w), "{w:?} missing in:\n{err}");
    }
}

#[test]
fn the_organizations_install_policy_is_enforced_before_anything_is_written() {
    let inst = Instance::new("install-policy");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    // A package whose standard links outside the building (a warning-level finding).
    let base = "/api/v1/orgs/acme/spaces/default";
    let linked = json!({ "name": "Docs", "description": "Where the docs are.",
        "rules": [{ "text": "Read https://docs.vendor-cloud.io/guide before changing the API." }] });
    assert_eq!(
        admin.post(&format!("{base}/standards"), &linked).status,
        201
    );
    let items = json!([{ "kind": "standard", "slug": "docs" }]);
    assert_eq!(
        admin
            .post(
                &format!("{base}/packages"),
                &json!({ "name": "Links", "items": items })
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .post(&format!("{base}/packages/links/releases"), &json!({}))
            .status,
        201
    );

    // Only org admins set it; a bad policy is refused when it is set.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    assert_eq!(member.get(POLICY).status, 200, "members read it");
    assert_eq!(member.put(POLICY, &json!({})).status, 403);
    for bad in [
        json!({ "allowed_agents": ["notepad"] }),
        json!({ "allowed_packages": ["no-space"] }),
        json!({ "max_always_on_bytes": 0 }),
        json!({ "forbidden_findings": "meh" }),
        json!({ "allow_agents": ["claude"] }),
    ] {
        let r = admin.put(POLICY, &bad);
        assert!(r.status == 400 || r.status == 422, "{bad}: {}", r.status);
    }
    let policy = json!({
        "allowed_agents": ["cursor", "claude"],
        "allowed_packages": ["default/backend", "default/links"],
        "max_always_on_bytes": 2000,
        "forbidden_findings": "warning"
    });
    let r = admin.put(POLICY, &policy);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.json()["policy"]["allowed_agents"],
        json!(["claude", "cursor"])
    );
    assert_eq!(
        admin.get(POLICY).json()["policy"]["max_always_on_bytes"],
        2000
    );

    cli_login(&inst, &server, &admin, "read");
    // An agent, a package and a finding the policy refuses; nothing is written.
    let repo = fresh(&inst, "agent");
    let at = repo.to_str().unwrap();
    refused(
        &inst,
        &[
            "install",
            "backend",
            "-p",
            at,
            "--agents",
            "claude,windsurf",
        ],
        &["agent 'windsurf' is not allowed", "nothing was written"],
    );
    nothing_written(&repo);
    refused(
        &inst,
        &["install", "ops", "-p", at, "--agents", "claude"],
        &["package 'default/ops' is not allowed"],
    );
    nothing_written(&repo);
    refused(
        &inst,
        &["install", "links", "-p", at, "--agents", "claude"],
        &["standard docs, rule 1", "link.external-host"],
    );
    nothing_written(&repo);

    // The always-on maximum caps a larger cap the command line asks for: at 40 bytes even the
    // compact AGENTS.md section does not fit, whatever --always-on-cap says.
    let mut tiny = policy.clone();
    tiny["max_always_on_bytes"] = json!(40);
    tiny["allowed_agents"] = json!(["agentsmd"]);
    assert_eq!(admin.put(POLICY, &tiny).status, 200);
    let r = inst.run(&[
        "install",
        "backend",
        "-p",
        at,
        "--agents",
        "agentsmd",
        "--always-on-cap",
        "50000",
    ]);
    assert_ne!(code(&r), 0);
    assert!(stderr(&r).contains("40"), "{}", stderr(&r));
    nothing_written(&repo);
    assert_eq!(admin.put(POLICY, &policy).status, 200);

    // Allowed: installs.
    let out = inst.ok(&[
        "install",
        "backend",
        "-p",
        at,
        "--agents",
        "claude,cursor",
        "--always-on-cap",
        "50000",
    ]);
    assert!(repo.join("rulebook.lock").is_file(), "{out}");
    let status = inst.ok(&["status", "-p", at]);
    assert!(status.contains("install policy: satisfied"), "{status}");

    // The repository tightens: its own policy refuses claude on update, though the org allows it.
    let config_path = repo.join("rulebook.json");
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&config_path).unwrap()).unwrap();
    config["policy"] = json!({ "allowed_agents": ["cursor", "windsurf"] });
    std::fs::write(&config_path, config.to_string()).unwrap();
    let lock_before = std::fs::read(repo.join("rulebook.lock")).unwrap();
    refused(
        &inst,
        &["update", "-p", at],
        &["rulebook.json's policy: agent 'claude' is not allowed"],
    );
    assert_eq!(
        std::fs::read(repo.join("rulebook.lock")).unwrap(),
        lock_before
    );
    // ...and cannot loosen: listing windsurf there does not admit it.
    config["agents"] = json!(["windsurf"]);
    std::fs::write(&config_path, config.to_string()).unwrap();
    refused(
        &inst,
        &["update", "-p", at],
        &["the organization's install policy: agent 'windsurf' is not allowed"],
    );
    assert_eq!(
        std::fs::read(repo.join("rulebook.lock")).unwrap(),
        lock_before
    );
    // A bad repository policy is a configuration error naming the file.
    config["policy"] = json!({ "allowed_agents": ["notepad"] });
    std::fs::write(&config_path, config.to_string()).unwrap();
    let r = inst.run(&["update", "-p", at]);
    assert!(
        stderr(&r).contains("RB-INSTALL-CONFIG") && stderr(&r).contains("notepad"),
        "{}",
        stderr(&r)
    );
    config["policy"] = json!({});
    config["agents"] = json!(["claude", "cursor"]);
    std::fs::write(&config_path, config.to_string()).unwrap();

    // The organization tightens after the install: status says what is no longer allowed.
    assert_eq!(
        admin
            .put(POLICY, &json!({ "allowed_agents": ["cursor"] }))
            .status,
        200
    );
    let r = inst.run(&["status", "-p", at]);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("agent 'claude' is not allowed")
            && stderr(&r).contains("`rulebook install` would refuse it"),
        "{}",
        stderr(&r)
    );

    // Offline, from an archive: the repository's own policy applies.
    let archive = inst.tmp.path().join("backend.zip");
    let zip = admin.get(&format!("{base}/packages/backend/export?release=1"));
    assert_eq!(zip.status, 200);
    std::fs::write(&archive, &zip.body).unwrap();
    let offline = fresh(&inst, "offline");
    std::fs::write(
        offline.join("rulebook.json"),
        json!({ "packages": {}, "agents": [], "policy": { "allowed_agents": ["cursor"] } })
            .to_string(),
    )
    .unwrap();
    refused(
        &inst,
        &[
            "install",
            "--from",
            archive.to_str().unwrap(),
            "-p",
            offline.to_str().unwrap(),
            "--agents",
            "claude",
        ],
        &["rulebook.json's policy: agent 'claude' is not allowed"],
    );
    nothing_written(&offline);

    // Every change to the policy is audited.
    assert_audited(&admin, "settings.install_policy", 2);
    drop(server);
    inst.verify();
}

#[test]
fn never_read_paths_reach_each_agents_ignore_file_and_keep_the_teams_lines() {
    let inst = Instance::new("never-read");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    // Refused when set: a re-inclusion, a comment, a line break, a marker, too many.
    for bad in [
        json!({ "never_read": ["!keep.env"] }),
        json!({ "never_read": ["# note"] }),
        json!({ "never_read": ["a\nb"] }),
        json!({ "never_read": [" padded"] }),
        json!({ "never_read": ["x # rulebook:end"] }),
        json!({ "never_read": (0..201).map(|i| format!("p{i}")).collect::<Vec<_>>() }),
    ] {
        let r = admin.put(POLICY, &bad);
        assert!(r.status == 400 || r.status == 422, "{bad}: {}", r.status);
    }
    let r = admin.put(POLICY, &json!({ "never_read": [".env*", "secrets/**"] }));
    assert_eq!(r.status, 200, "{}", r.text());
    cli_login(&inst, &server, &admin, "read");

    // The team's own ignore lines, and a repository layer adding a path of its own.
    let repo = fresh(&inst, "repo");
    let at = repo.to_str().unwrap();
    std::fs::write(repo.join(".cursorignore"), "build/\n").unwrap();
    // Claude Code's settings: the team's own keys and deny rules, one of which the policy
    // also wants (it stays the team's).
    let settings = repo.join(".claude/settings.json");
    std::fs::create_dir_all(repo.join(".claude")).unwrap();
    let team_settings = "{\n  \"model\": \"opus\",\n  \"permissions\": {\n    \"allow\": [\"Bash(ls)\"],\n    \"deny\": [\"Bash(curl *)\", \"Read(.env*)\"]\n  },\n  \"env\": { \"A\": \"1\" }\n}\n";
    std::fs::write(&settings, team_settings).unwrap();
    std::fs::write(
        repo.join("rulebook.json"),
        json!({ "packages": {}, "agents": [], "policy": { "never_read": ["**/*.pem", ".env*"] } })
            .to_string(),
    )
    .unwrap();
    let r = inst.run(&[
        "install",
        "backend",
        "-p",
        at,
        "--agents",
        "cursor,gemini,junie,claude",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let section = "# rulebook:start\n# Paths agents must not read: the install policy's never_read list (rulebook).\n# Change the policy, not these lines; add your own outside the markers.\n**/*.pem\n.env*\nsecrets/**\n# rulebook:end\n";
    assert_eq!(
        std::fs::read_to_string(repo.join(".cursorignore")).unwrap(),
        format!("build/\n\n{section}")
    );
    for f in [".geminiignore", ".aiignore"] {
        assert_eq!(
            std::fs::read_to_string(repo.join(f)).unwrap(),
            section,
            "{f}"
        );
    }
    // Claude gets deny rules in its settings; every other byte of the file stays.
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        team_settings.replace(
            "\"Read(.env*)\"]",
            "\"Read(.env*)\", \"Read(**/*.pem)\", \"Read(secrets/**)\"]"
        )
    );
    assert!(!stderr(&r).contains("claude: reads no ignore file"));
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo.join("rulebook.lock")).unwrap())
            .unwrap();
    assert_eq!(lock["files"][".cursorignore"]["section"], true);
    assert_eq!(
        lock["files"][".claude/settings.json"]["entries"],
        json!([
            "permissions.deny\t\"Read(**/*.pem)\"",
            "permissions.deny\t\"Read(secrets/**)\""
        ]),
        "the team's Read(.env*) is not Rulebook's"
    );
    // A lock written before entries named their list (bare strings) still installs as is.
    let lock_path = repo.join("rulebook.lock");
    let mut old_lock = lock.clone();
    old_lock["files"][".claude/settings.json"]["entries"] =
        json!(["Read(**/*.pem)", "Read(secrets/**)"]);
    std::fs::write(&lock_path, old_lock.to_string()).unwrap();
    let out = inst.ok(&["status", "-p", at]);
    assert!(!out.contains(".claude/settings.json"), "{out}");
    let out = inst.ok(&["install", "-p", at]);
    assert!(!out.contains("RB-INSTALL"), "{out}");

    assert_eq!(
        lock["lockfile_version"], 5,
        "a lock with owned entries naming their list is format 5"
    );

    // A repository without Claude settings gets a file of Rulebook's own; deleted, it is
    // made again like any generated file.
    let repo2 = fresh(&inst, "repo2");
    let at2 = repo2.to_str().unwrap();
    let r = inst.run(&["install", "backend", "-p", at2, "--agents", "claude"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let settings2 = repo2.join(".claude/settings.json");
    let made =
        "{\n  \"permissions\": {\n    \"deny\": [\"Read(.env*)\", \"Read(secrets/**)\"]\n  }\n}\n";
    assert_eq!(std::fs::read_to_string(&settings2).unwrap(), made);
    std::fs::remove_file(&settings2).unwrap();
    let r = inst.run(&["install", "-p", at2]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(std::fs::read_to_string(&settings2).unwrap(), made);

    // Idempotent; a hand edit inside the section is refused like any generated text.
    let out = inst.ok(&["install", "-p", at]);
    assert!(out.contains(" 0 written, 0 removed"), "{out}");
    let gemini = repo.join(".geminiignore");
    std::fs::write(&gemini, section.replace("secrets/**\n", "")).unwrap();
    let r = inst.run(&["install", "-p", at]);
    assert!(
        stderr(&r).contains("RB-INSTALL-LOCAL-EDITS") && stderr(&r).contains(".geminiignore"),
        "{}",
        stderr(&r)
    );
    std::fs::write(&gemini, section).unwrap();
    // Removing one of Rulebook's deny rules by hand is a local edit too.
    let installed = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(&settings, installed.replace(", \"Read(secrets/**)\"", "")).unwrap();
    let r = inst.run(&["install", "-p", at]);
    assert!(
        stderr(&r).contains("RB-INSTALL-LOCAL-EDITS")
            && stderr(&r).contains(".claude/settings.json"),
        "{}",
        stderr(&r)
    );
    let r = inst.run(&["status", "-p", at]);
    let said = format!("{}{}", String::from_utf8_lossy(&r.stdout), stderr(&r));
    assert!(
        said.contains(".claude/settings.json"),
        "status names the edited settings: {said}"
    );
    std::fs::write(&settings, &installed).unwrap();

    // The policies drop the list: the section goes, the team's lines stay, an emptied file goes.
    assert_eq!(admin.put(POLICY, &json!({})).status, 200);
    let config_path = repo.join("rulebook.json");
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&config_path).unwrap()).unwrap();
    config["policy"] = json!({});
    std::fs::write(&config_path, config.to_string()).unwrap();
    let r = inst.run(&["install", "-p", at]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(
        std::fs::read_to_string(repo.join(".cursorignore")).unwrap(),
        "build/\n"
    );
    assert!(!gemini.exists() && !repo.join(".aiignore").exists());
    // Only Rulebook's rules leave Claude's list: the file is the team's again, byte for byte.
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), team_settings);
    // The file Rulebook made, emptied, goes.
    let r = inst.run(&["install", "-p", at2]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(!settings2.exists());
    drop(server);
    inst.verify();
}
