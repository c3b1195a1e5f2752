//! `install --global` through the real binary and server: each agent's user-scope files land
//! in the home folder (HOME is a private folder here), the lock and rulebook.json stay in
//! `~/.rulebook/`, a team's own text in a shared home file is kept, a hand edit is refused
//! and reported as in a repository, and uninstall removes every generated file (the lock and
//! rulebook.json stay in `~/.rulebook/`, the MCP entries stay the developer's).

use std::path::Path;

use serde_json::json;

use crate::harness::*;

/// Runs the CLI with `home` as HOME.
fn at_home(inst: &Instance, home: &Path, args: &[&str]) -> std::process::Output {
    inst.cmd(args).env("HOME", home).output().unwrap()
}

/// Every relative Markdown link `](../x)` in `file` names an existing file.
fn links_resolve(file: &Path) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut n = 0;
    for part in text.split("](").skip(1) {
        let target = &part[..part.find(')').unwrap()];
        if target.contains("://") || target.starts_with('#') {
            continue;
        }
        let p = file.parent().unwrap().join(target);
        assert!(
            p.is_file(),
            "{}: link {target} leads nowhere",
            file.display()
        );
        n += 1;
    }
    assert!(n > 0, "{}: no links checked", file.display());
}

#[test]
fn a_global_install_writes_each_agents_home_files_and_keeps_its_lock_in_dot_rulebook() {
    let inst = Instance::new("install-global");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    // The organization's never_read list is about repositories: no ignore file at home.
    let r = admin.put(
        "/api/v1/orgs/acme/settings/install-policy",
        &json!({ "never_read": [".env*"] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let key = cli_login(&inst, &server, &admin, "read");
    let home = inst.tmp.path().join("home");
    std::fs::create_dir_all(home.join(".codex")).unwrap();
    let mine = "# My own Codex notes\n\nPrefer small diffs.\n";
    // The home folder is a dotfiles checkout: still no "commit them" hint for it.
    std::fs::create_dir_all(home.join(".git")).unwrap();
    std::fs::write(home.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(
        home.join(".git/config"),
        "[remote \"origin\"]\n\turl = https://git.example/me/dotfiles.git\n",
    )
    .unwrap();
    std::fs::write(home.join(".codex/AGENTS.md"), mine).unwrap();

    // --global names no folder: -p with it is a usage error.
    let r = at_home(&inst, &home, &["install", "backend", "--global", "-p", "."]);
    assert_eq!(code(&r), 2, "{}", stderr(&r));
    // Nothing installed yet and no package named: a clear error, nothing written.
    let r = at_home(&inst, &home, &["install", "--global"]);
    assert_ne!(code(&r), 0);
    assert!(stderr(&r).contains("name packages"), "{}", stderr(&r));

    let r = at_home(
        &inst,
        &home,
        &[
            "install",
            "backend",
            "--global",
            "--agents",
            "claude,codex,gemini,aiassistant",
        ],
    );
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(out.contains("(user scope)"), "{out}");
    assert!(!out.contains("git add"), "no commit hint at home: {out}");
    assert!(
        stderr(&r).contains("aiassistant: reads nothing Rulebook writes from the home folder"),
        "{}",
        stderr(&r)
    );
    for f in [
        ".claude/rules/rulebook/api-errors.md",
        ".claude/rules/rulebook/logging.md",
        ".claude/commands/triage.md",
        ".gemini/GEMINI.md",
        ".gemini/commands/triage.toml",
        ".rulebook/standards/logging.md",
        ".rulebook/rulebook.lock",
        ".rulebook/rulebook.json",
    ] {
        assert!(home.join(f).is_file(), "{f} missing");
    }
    // Nothing of Rulebook's at the top of the home folder, and no repository-only files.
    for f in [
        "rulebook.lock",
        "rulebook.json",
        "AGENTS.md",
        "GEMINI.md",
        ".geminiignore",
        ".claude/settings.json",
    ] {
        assert!(!home.join(f).exists(), "{f} written at home");
    }
    // The team's own text stays above Rulebook's section, whose links reach ~/.rulebook/.
    let codex = std::fs::read_to_string(home.join(".codex/AGENTS.md")).unwrap();
    assert!(codex.starts_with(mine), "{codex}");
    assert!(codex.contains("<!-- rulebook:start -->"), "{codex}");
    links_resolve(&home.join(".codex/AGENTS.md"));
    links_resolve(&home.join(".gemini/GEMINI.md"));
    links_resolve(&home.join(".claude/rules/rulebook/logging.md"));
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(home.join(".rulebook/rulebook.lock")).unwrap(),
    )
    .unwrap();
    let files = lock["files"].as_object().unwrap();
    assert!(files.contains_key(".codex/AGENTS.md"));
    assert_eq!(lock["files"][".codex/AGENTS.md"]["section"], true);
    for path in files.keys() {
        assert!(
            home.join(path).is_file(),
            "the lock names {path}, not on disk"
        );
    }
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(home.join(".rulebook/rulebook.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(config["packages"], json!({ "backend": "latest" }));

    // --mcp with --global merges each agent's user MCP file: the key only by reference.
    let team_claude = "{\n  \"numStartups\": 3,\n  \"mcpServers\": {\n    \"other\": { \"command\": \"x\" }\n  }\n}\n";
    std::fs::write(home.join(".claude.json"), team_claude).unwrap();
    // The developer keeps it private (it holds other servers' tokens).
    std::fs::set_permissions(
        home.join(".claude.json"),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let r = at_home(&inst, &home, &["install", "--global", "--mcp"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(out.contains("mcp: ~/.claude.json"), "{out}");
    assert!(out.contains("mcp: ~/.codex/config.toml"), "{out}");
    let claude: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.join(".claude.json")).unwrap()).unwrap();
    assert_eq!(claude["numStartups"], 3);
    assert_eq!(claude["mcpServers"]["other"]["command"], "x");
    assert_eq!(
        claude["mcpServers"]["rulebook"]["headers"]["Authorization"],
        "Bearer ${RULEBOOK_API_KEY}"
    );
    let codex_toml = std::fs::read_to_string(home.join(".codex/config.toml")).unwrap();
    assert!(
        codex_toml.contains("[mcp_servers.rulebook]"),
        "{codex_toml}"
    );
    for f in [
        ".claude.json",
        ".codex/config.toml",
        ".gemini/settings.json",
    ] {
        let text = std::fs::read_to_string(home.join(f)).unwrap_or_default();
        assert!(!text.contains(&key), "{f} holds the API key");
    }
    assert!(!home.join(".mcp.json").exists(), "a project file at home");
    // A user's private file stays private; one Rulebook makes at home is private too.
    for f in [".claude.json", ".codex/config.toml"] {
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(home.join(f)).unwrap().permissions(),
        );
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }

    // A repository install is its own: the home lock does not leak into it.
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let r = at_home(
        &inst,
        &home,
        &[
            "install",
            "ops",
            "-p",
            repo.to_str().unwrap(),
            "--agents",
            "codex",
        ],
    );
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(repo.join("AGENTS.md").is_file() && repo.join("rulebook.lock").is_file());
    let repo_lock = std::fs::read_to_string(repo.join("rulebook.lock")).unwrap();
    assert!(
        repo_lock.contains("\"ops\"") && !repo_lock.contains("\"backend\""),
        "{repo_lock}"
    );

    // A hand edit at home is refused like one in a repository, and status names it.
    let rule = home.join(".claude/rules/rulebook/logging.md");
    let before = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, format!("{before}\nmy edit\n")).unwrap();
    let r = at_home(&inst, &home, &["status", "--global"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(
        out.contains("modified  .claude/rules/rulebook/logging.md"),
        "{out}"
    );
    assert!(out.contains("backend"), "{out}");
    let r = at_home(&inst, &home, &["install", "--global"]);
    assert_ne!(code(&r), 0, "the edit was overwritten");
    assert!(stderr(&r).contains("logging.md"), "{}", stderr(&r));
    assert!(
        std::fs::read_to_string(&rule)
            .unwrap()
            .ends_with("my edit\n")
    );
    let r = at_home(&inst, &home, &["update", "--global", "--force"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(std::fs::read_to_string(&rule).unwrap(), before);

    // A crafted home lock naming a file no agent reads from home is refused, untouched.
    let lock_path = home.join(".rulebook/rulebook.lock");
    let good_lock = std::fs::read_to_string(&lock_path).unwrap();
    std::fs::write(home.join(".bashrc"), "export PATH\n").unwrap();
    // Nor a repository's files, nor Rulebook's own rulebook.json beside the lock.
    for bad in [
        ".bashrc",
        ".ssh/authorized_keys",
        ".codex/config.toml",
        ".claude/settings.json",
        "AGENTS.md",
        ".rulebook/rulebook.json",
    ] {
        let mut lock: serde_json::Value = serde_json::from_str(&good_lock).unwrap();
        let entry = lock["files"][".codex/AGENTS.md"].clone();
        lock["files"][bad] = entry;
        std::fs::write(&lock_path, lock.to_string()).unwrap();
        let r = at_home(&inst, &home, &["install", "--global", "--force"]);
        assert_ne!(code(&r), 0, "{bad} accepted");
        assert!(stderr(&r).contains(bad), "{bad}: {}", stderr(&r));
    }
    assert_eq!(
        std::fs::read_to_string(home.join(".bashrc")).unwrap(),
        "export PATH\n"
    );
    std::fs::write(&lock_path, &good_lock).unwrap();

    // Uninstall: every generated file goes, the team's notes come back byte for byte.
    let r = at_home(&inst, &home, &["uninstall", "backend", "--global"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(
        std::fs::read_to_string(home.join(".codex/AGENTS.md")).unwrap(),
        mine
    );
    // (The MCP entries are the developer's to keep: uninstall leaves ~/.gemini/settings.json.)
    for gone in [
        ".claude/rules",
        ".claude/commands",
        ".gemini/GEMINI.md",
        ".gemini/commands",
        ".rulebook/standards",
    ] {
        assert!(!home.join(gone).exists(), "{gone} left behind");
    }
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(home.join(".rulebook/rulebook.lock")).unwrap(),
    )
    .unwrap();
    assert!(
        lock["files"]
            .as_object()
            .unwrap()
            .keys()
            .all(|p| p.starts_with(".rulebook/"))
    );
    // The repository's install is untouched by the home folder's.
    assert!(repo.join("AGENTS.md").is_file());

    // A dotfiles manager's symlinked ~/.claude is not followed out of the home folder.
    let home2 = inst.tmp.path().join("home2");
    let dotfiles = inst.tmp.path().join("dotfiles/claude");
    std::fs::create_dir_all(&home2).unwrap();
    std::fs::create_dir_all(&dotfiles).unwrap();
    std::os::unix::fs::symlink(&dotfiles, home2.join(".claude")).unwrap();
    let r = at_home(
        &inst,
        &home2,
        &["install", "backend", "--global", "--agents", "claude"],
    );
    assert_ne!(code(&r), 0, "{}", stderr(&r));
    assert!(stderr(&r).contains("symlink"), "{}", stderr(&r));
    assert_eq!(std::fs::read_dir(&dotfiles).unwrap().count(), 0);
    assert!(!home2.join(".rulebook/rulebook.lock").exists());
    inst.verify();
}

/// Runs the CLI with `home` as HOME and CODEX_HOME set to `codex_home` (unset with `None`).
fn with_codex_home(
    inst: &Instance,
    home: &Path,
    codex_home: Option<&str>,
    args: &[&str],
) -> std::process::Output {
    let mut c = inst.cmd(args);
    c.env("HOME", home);
    match codex_home {
        Some(v) => c.env("CODEX_HOME", v),
        None => c.env_remove("CODEX_HOME"),
    };
    c.output().unwrap()
}

#[test]
fn codex_files_follow_codex_home_and_move_back_when_it_is_unset() {
    let inst = Instance::new("install-codex-home");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    let key = cli_login(&inst, &server, &admin, "read");
    let home = inst.tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let moved = home.join("work/codex");
    let moved_s = moved.to_str().unwrap().to_string();
    let install = ["install", "backend", "--global", "--agents", "codex,claude"];

    // Outside the home folder: refused before anything is written, saying why.
    let r = with_codex_home(&inst, &home, Some("/opt/codex"), &install);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("outside your home folder"),
        "{}",
        stderr(&r)
    );
    assert!(!home.join(".rulebook").exists() && !home.join(".claude").exists());
    // Claude alone does not care where Codex lives.
    let r = with_codex_home(
        &inst,
        &home,
        Some("/opt/codex"),
        &["install", "backend", "--global", "--agents", "claude"],
    );
    assert_eq!(code(&r), 0, "{}", stderr(&r));

    // Inside it: Codex's files go where Codex reads them, and the lock says so.
    let r = with_codex_home(&inst, &home, Some(&moved_s), &install);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(
        out.contains("codex"),
        "the report counts Codex's files: {out}"
    );
    assert!(moved.join("AGENTS.md").is_file());
    assert!(
        !home.join(".codex").exists(),
        "written to the usual place too"
    );
    links_resolve(&moved.join("AGENTS.md"));
    let lock = || -> serde_json::Value {
        serde_json::from_str(
            &std::fs::read_to_string(home.join(".rulebook/rulebook.lock")).unwrap(),
        )
        .unwrap()
    };
    let files = lock()["files"].as_object().unwrap().clone();
    assert!(files.contains_key("work/codex/AGENTS.md"), "{files:?}");
    assert!(files.keys().all(|p| !p.starts_with(".codex/")), "{files:?}");
    assert_eq!(lock()["moved"], json!({ ".codex/": "work/codex/" }));
    assert_eq!(
        lock()["lockfile_version"],
        4,
        "older CLIs must refuse it as too new"
    );
    // The MCP entry follows it too, without the key.
    let r = with_codex_home(
        &inst,
        &home,
        Some(&moved_s),
        &["install", "--global", "--mcp"],
    );
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(out.contains("mcp: ~/work/codex/config.toml"), "{out}");
    let toml = std::fs::read_to_string(moved.join("config.toml")).unwrap();
    assert!(
        toml.contains("[mcp_servers.rulebook]") && !toml.contains(&key),
        "{toml}"
    );
    // Status follows the lock: nothing drifted.
    let r = with_codex_home(&inst, &home, Some(&moved_s), &["status", "--global"]);
    assert_eq!(
        code(&r),
        0,
        "{}{}",
        stderr(&r),
        String::from_utf8_lossy(&r.stdout)
    );

    // CODEX_HOME unset again: the next install moves the files back and removes the old ones.
    let r = with_codex_home(&inst, &home, None, &["install", "--global"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(home.join(".codex/AGENTS.md").is_file());
    assert!(
        !moved.join("AGENTS.md").exists(),
        "the old copy was not removed"
    );
    let files = lock()["files"].as_object().unwrap().clone();
    assert!(files.contains_key(".codex/AGENTS.md"), "{files:?}");
    assert!(files.keys().all(|p| !p.starts_with("work/")), "{files:?}");
    for path in files.keys() {
        assert!(
            home.join(path).is_file(),
            "the lock names {path}, not on disk"
        );
    }
    assert!(lock().get("moved").is_none(), "{}", lock());

    // A lock edited to move a folder no agent's variable moves is refused, nothing touched.
    let mut bad = lock();
    bad["moved"] = json!({ ".ssh/": "keys/" });
    bad["lockfile_version"] = json!(4);
    let lock_path = home.join(".rulebook/rulebook.lock");
    std::fs::write(&lock_path, serde_json::to_vec_pretty(&bad).unwrap()).unwrap();
    let before = std::fs::read(&lock_path).unwrap();
    let r = with_codex_home(&inst, &home, None, &["install", "--global"]);
    assert_ne!(code(&r), 0);
    assert!(stderr(&r).contains("folder move"), "{}", stderr(&r));
    assert_eq!(std::fs::read(&lock_path).unwrap(), before);

    // A lock that records a move to a folder of the developer's own (`proj/`) and names
    // their files there: even with --force, a file not as Rulebook left it is not touched.
    let mut crafted = bad.clone();
    crafted["moved"] = json!({ ".codex/": "proj/" });
    crafted["files"]["proj/AGENTS.md"] = crafted["files"][".codex/AGENTS.md"].clone();
    crafted["files"]["proj/agents/build.toml"] = json!({ "sha256": "00".repeat(32) });
    std::fs::create_dir_all(home.join("proj/agents")).unwrap();
    std::fs::write(home.join("proj/AGENTS.md"), "# My project\n").unwrap();
    std::fs::write(home.join("proj/agents/build.toml"), "name = \"mine\"\n").unwrap();
    std::fs::write(&lock_path, serde_json::to_vec_pretty(&crafted).unwrap()).unwrap();
    let r = with_codex_home(&inst, &home, None, &["install", "--global", "--force"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(
        std::fs::read_to_string(home.join("proj/AGENTS.md")).unwrap(),
        "# My project\n"
    );
    assert_eq!(
        std::fs::read_to_string(home.join("proj/agents/build.toml")).unwrap(),
        "name = \"mine\"\n"
    );
    assert!(
        lock()["files"]
            .as_object()
            .unwrap()
            .keys()
            .all(|p| !p.starts_with("proj/"))
    );

    // Rulebook's own folder, a repository's .git, or another agent's folder: refused.
    for bad_home in [".rulebook/codex", "proj/.git", ".claude"] {
        let value = home.join(bad_home).to_str().unwrap().to_string();
        let r = with_codex_home(&inst, &home, Some(&value), &install);
        assert_ne!(code(&r), 0, "{bad_home}");
        assert!(
            stderr(&r).contains("CODEX_HOME"),
            "{bad_home}: {}",
            stderr(&r)
        );
    }
    server.stop();
    inst.verify();
}
