//! Rendering and installing: golden trees for every agent from one fixture playbook, marked
//! sections that keep hand-written text, idempotent installs (no file rewritten), local-edit
//! and unsafe-path refusals that leave the tree as it was, offline installs from archives,
//! and the CLI against a real server (login, install, status, update, uninstall, monorepos).

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::harness::*;

const AGENTS: [&str; 50] = [
    "agentsmd",
    "agentskills",
    "aiassistant",
    "amazonq",
    "amp",
    "antigravity",
    "antigravity-cli",
    "augment",
    "bob",
    "claude",
    "cline",
    "codebuddy",
    "codex",
    "commandcode",
    "continue",
    "copilot",
    "copilot-cli",
    "cortexcode",
    "crush",
    "cursor",
    "deepagents",
    "devin",
    "dsh",
    "factory-droid",
    "gemini",
    "gitlab-duo",
    "goose",
    "grok",
    "hermes",
    "junie",
    "kilo",
    "kimi-code",
    "kiro",
    "kiro-cli",
    "musecode",
    "opencode",
    "pi",
    "pool",
    "qwen",
    "reasonix",
    "replit",
    "roo",
    "rovodev",
    "tabnine",
    "vibe",
    "warp",
    "windsurf",
    "zcode",
    "zed",
    "zoocode",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render")
}

/// Every file under `dir`: relative path → (bytes, executable).
fn tree(dir: &Path) -> BTreeMap<String, (Vec<u8>, bool)> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, (Vec<u8>, bool)>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            if m.file_type().is_symlink() {
                let rel = p.strip_prefix(root).unwrap().to_str().unwrap().to_string();
                let target = std::fs::read_link(&p).unwrap();
                out.insert(
                    rel,
                    (
                        format!("symlink -> {}", target.display()).into_bytes(),
                        false,
                    ),
                );
            } else if m.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_str().unwrap().to_string();
                out.insert(
                    rel,
                    (
                        std::fs::read(&p).unwrap(),
                        m.permissions().mode() & 0o111 != 0,
                    ),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Path → modification time in nanoseconds.
fn mtimes(dir: &Path) -> BTreeMap<String, i64> {
    tree(dir)
        .keys()
        .map(|k| {
            let m = std::fs::metadata(dir.join(k)).unwrap();
            (k.clone(), m.mtime() * 1_000_000_000 + m.mtime_nsec())
        })
        .collect()
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, (data, exec)) in tree(from) {
        let p = to.join(&rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, data).unwrap();
        std::fs::set_permissions(
            &p,
            std::fs::Permissions::from_mode(if exec { 0o755 } else { 0o644 }),
        )
        .unwrap();
    }
}

#[test]
fn every_agent_matches_its_golden_tree() {
    let inst = Instance::new("golden");
    let bless = std::env::var("RULEBOOK_BLESS").is_ok();
    let fixture = fixtures().join("playbook");
    // The list above is the binary's list: an unknown agent is refused with every known id.
    let r = inst.run(&[
        "render",
        "--from",
        fixture.to_str().unwrap(),
        "--agents",
        "nonsense",
    ]);
    assert_eq!(code(&r), 2, "{}", stderr(&r));
    let known = stderr(&r);
    for a in AGENTS {
        assert!(known.contains(a), "{a} missing from: {known}");
    }
    assert_eq!(known.matches(", ").count() + 1, AGENTS.len(), "{known}");
    // The repository's own policy keeps `.env*` and `secrets/**` out of reach: the golden
    // trees show each agent's ignore file (Claude Code's deny list holds `.env*` once, though
    // the fixture's policy denies it too).
    let repo = inst.tmp.path().join("repo-policy");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::write(
        repo.join("rulebook.json"),
        r#"{"policy": {"never_read": [".env*", "secrets/**"]}}"#,
    )
    .unwrap();
    let render = |args: &[&str]| inst.cmd(args).current_dir(&repo).output().unwrap();
    let mut failures = Vec::new();
    for agent in AGENTS {
        let out = inst.tmp.path().join(agent);
        let r = render(&[
            "render",
            "--from",
            fixture.to_str().unwrap(),
            "--agents",
            agent,
            "--out",
            out.to_str().unwrap(),
            // The fixture's agent policy has hooks: the golden trees show them.
            "--hooks",
        ]);
        assert_eq!(code(&r), 0, "{agent}: {}", stderr(&r));
        let expected_dir = fixtures().join("expected").join(agent);
        if bless {
            let _ = std::fs::remove_dir_all(&expected_dir);
            copy_tree(&out, &expected_dir);
            continue;
        }
        let (got, want) = (tree(&out), tree(&expected_dir));
        assert!(
            !want.is_empty(),
            "no golden tree for {agent}: run with RULEBOOK_BLESS=1 and review"
        );
        if got != want {
            let diff: Vec<&String> = got
                .keys()
                .chain(want.keys())
                .filter(|k| got.get(*k) != want.get(*k))
                .collect();
            failures.push(format!("{agent}: {diff:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "golden trees differ (re-bless with RULEBOOK_BLESS=1 if intended):\n{}",
        failures.join("\n")
    );
    // Determinism: rendering for all agents at once gives the union of the single trees.
    let all = inst.tmp.path().join("all");
    let r = render(&[
        "render",
        "--from",
        fixture.to_str().unwrap(),
        "--agents",
        "all",
        "--out",
        all.to_str().unwrap(),
        "--hooks",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let all_tree = tree(&all);
    for agent in AGENTS {
        for (k, v) in tree(&fixtures().join("expected").join(agent)) {
            if k != "rulebook.lock" {
                assert_eq!(all_tree.get(&k), Some(&v), "{agent}: {k}");
            }
        }
    }
    // The skill's script stays executable and its binary file byte-exact.
    assert!(all_tree[".claude/skills/deploy/scripts/deploy.sh"].1);
    assert_eq!(
        all_tree[".claude/skills/deploy/assets/logo.png"].0,
        std::fs::read(fixture.join("skills/deploy/assets/logo.png")).unwrap()
    );
    // --stats reports bytes and tokens per file.
    let stats = inst.ok(&[
        "render",
        "--from",
        fixture.to_str().unwrap(),
        "--agents",
        "claude,agentsmd",
        "--stats",
    ]);
    assert!(
        stats
            .lines()
            .any(|l| l.starts_with("AGENTS.md ") && l.contains("agentsmd")),
        "{stats}"
    );
    assert!(
        stats.lines().last().unwrap().starts_with("total"),
        "{stats}"
    );

    // A new --out folder is filled beside it and appears whole: nothing else is left there,
    // and it has the usual mode.
    let beside: Vec<String> = std::fs::read_dir(inst.tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("rulebook-new"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&all).unwrap().permissions().mode() & 0o777,
        0o755
    );
    // Rendering again into the same (now existing) folder changes nothing.
    let r = render(&[
        "render",
        "--from",
        fixture.to_str().unwrap(),
        "--agents",
        "all",
        "--out",
        all.to_str().unwrap(),
        "--hooks",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let again = String::from_utf8_lossy(&r.stdout);
    assert!(
        again.contains("nothing to change") || again.contains("unchanged"),
        "{again}"
    );
    assert_eq!(tree(&all), all_tree);
    // A render that fails (a skill whose name is not its folder's) leaves no folder at all.
    let bad = variant(&inst, "misnamed", "skills/deploy/SKILL.md", |t| {
        Some(t.replacen("name: deploy", "name: other", 1))
    });
    let nowhere = inst.tmp.path().join("nested/never");
    let r = inst.run(&[
        "render",
        "--from",
        bad.to_str().unwrap(),
        "--agents",
        "all",
        "--out",
        nowhere.to_str().unwrap(),
    ]);
    assert_ne!(code(&r), 0, "{}", stderr(&r));
    assert!(!nowhere.exists());
    let left: Vec<_> = std::fs::read_dir(inst.tmp.path().join("nested"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A copy of the fixture playbook with `edit` applied to one file (manifest hash updated).
fn variant(
    inst: &Instance,
    name: &str,
    file: &str,
    edit: impl Fn(String) -> Option<String>,
) -> PathBuf {
    let dir = inst.tmp.path().join(name);
    copy_tree(&fixtures().join("playbook"), &dir);
    let path = dir.join(file);
    let before = std::fs::read_to_string(&path).unwrap();
    let manifest_path = dir.join("rulebook-archive.json");
    let mut m: Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let arts = m["artifacts"].as_array_mut().unwrap();
    match edit(before) {
        Some(after) => {
            std::fs::write(&path, &after).unwrap();
            for a in arts.iter_mut() {
                for f in a["files"].as_array_mut().unwrap() {
                    if f["path"] == file {
                        f["sha256"] = json!(rulebook::install::sha256(after.as_bytes()));
                    }
                }
            }
        }
        None => {
            std::fs::remove_file(&path).unwrap();
            arts.retain(|a| {
                !a["files"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|f| f["path"] == file)
            });
        }
    }
    std::fs::write(&manifest_path, serde_json::to_string_pretty(&m).unwrap()).unwrap();
    dir
}

#[test]
fn offline_installs_merge_sections_are_idempotent_and_refuse_unsafe_changes() {
    let inst = Instance::new("install-offline");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let mine_before = "# Our agent notes\n\nWritten by hand; keep.\n";
    std::fs::write(repo.join("AGENTS.md"), mine_before).unwrap();
    let v1 = fixtures().join("playbook");
    let install = |from: &Path, extra: &[&str]| {
        let mut args = vec![
            "install",
            "--from",
            from.to_str().unwrap(),
            "-p",
            repo.to_str().unwrap(),
            "--agents",
            "agentsmd,codex,claude,gemini",
        ];
        args.extend(extra);
        inst.run(&args)
    };
    let r = install(&v1, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let agents_md = std::fs::read_to_string(repo.join("AGENTS.md")).unwrap();
    assert!(agents_md.starts_with(mine_before), "{agents_md}");
    assert_eq!(
        agents_md.matches("<!-- rulebook:start -->").count(),
        1,
        "agentsmd and codex share one section"
    );
    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.join("rulebook.lock")).unwrap())
            .unwrap();
    // The fixture's agent policy puts owned entries, each naming its list, in Claude's and
    // Codex's settings: format 5, which a build that reads format 2 refuses as too new.
    assert_eq!(lock["lockfile_version"], 5);
    assert_eq!(lock["files"]["AGENTS.md"]["section"], true);
    assert_eq!(lock["packages"]["space:fixture"]["source"], "archive");
    assert_eq!(lock["artifacts"].as_array().unwrap().len(), 6);

    // Hand-written text after the section, then a second install: nothing rewritten.
    let after_text = "\n## Local addendum\nAlso by hand.\n";
    std::fs::write(repo.join("AGENTS.md"), format!("{agents_md}{after_text}")).unwrap();
    let before = mtimes(&repo);
    let r = install(&v1, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        String::from_utf8_lossy(&r.stdout).contains(" 0 written, 0 removed"),
        "{}",
        String::from_utf8_lossy(&r.stdout)
    );
    assert_eq!(mtimes(&repo), before, "a second install rewrote files");

    // An update changes the section in place; text before and after survives.
    let v2 = variant(&inst, "v2", "standards/code-review.md", |t| {
        Some(t.replace("under 400 lines", "under 300 lines"))
    });
    let r = install(&v2, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let agents_md = std::fs::read_to_string(repo.join("AGENTS.md")).unwrap();
    assert!(
        agents_md.starts_with(mine_before) && agents_md.ends_with(after_text),
        "{agents_md}"
    );
    assert!(agents_md.contains("under 300 lines") && !agents_md.contains("under 400 lines"));

    // A hand edit of a generated file is refused, and the tree is left exactly as it was.
    // Files are staged as they are rendered (the edit is found after many are staged), and
    // a folder the install had to recreate is removed again with them.
    let rule = repo.join(".claude/rules/rulebook/code-review.md");
    std::fs::write(&rule, "my local tweak\n").unwrap();
    std::fs::remove_dir_all(repo.join(".gemini/commands")).unwrap();
    let snapshot = tree(&repo);
    let r = install(&v1, &[]);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    assert!(!repo.join(".gemini/commands").exists());
    assert!(
        stderr(&r).contains("RB-INSTALL-LOCAL-EDITS")
            && stderr(&r).contains(".claude/rules/rulebook/code-review.md"),
        "{}",
        stderr(&r)
    );
    assert_eq!(tree(&repo), snapshot);
    // An edit inside the AGENTS.md section is caught too.
    std::fs::write(
        &rule,
        std::fs::read(fixtures().join("expected/claude/.claude/rules/rulebook/code-review.md"))
            .unwrap(),
    )
    .unwrap();
    let tampered = std::fs::read_to_string(repo.join("AGENTS.md"))
        .unwrap()
        .replace("under 300 lines", "under 900 lines");
    std::fs::write(repo.join("AGENTS.md"), &tampered).unwrap();
    let r = install(&v1, &[]);
    assert!(
        stderr(&r).contains("RB-INSTALL-LOCAL-EDITS") && stderr(&r).contains("AGENTS.md"),
        "{}",
        stderr(&r)
    );
    let r = install(&v1, &["--force"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let agents_md = std::fs::read_to_string(repo.join("AGENTS.md")).unwrap();
    assert!(agents_md.contains("under 400 lines") && agents_md.ends_with(after_text));

    // Removing an artifact removes its files; removing everything removes the section and
    // leaves the hand-written text alone.
    let v3 = variant(&inst, "v3", "commands/release-notes.md", |_| None);
    assert_eq!(code(&install(&v3, &[])), 0);
    assert!(!repo.join(".claude/commands/release-notes.md").exists());
    assert!(
        !repo.join(".gemini/commands").exists(),
        "emptied folders are removed"
    );
    let empty = inst.tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let manifest = json!({ "format": "rulebook-archive", "format_version": 1, "generator": "test", "exported_at": "x",
        "source": { "org": "o", "space": "fixture", "package": null, "release": null }, "artifacts": [], "packages": [] });
    std::fs::write(empty.join("rulebook-archive.json"), manifest.to_string()).unwrap();
    let r = install(&empty, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(
        std::fs::read_to_string(repo.join("AGENTS.md")).unwrap(),
        format!("{mine_before}{after_text}")
    );
    assert!(
        !repo.join("GEMINI.md").exists(),
        "a file left empty is deleted"
    );
    assert!(!repo.join(".claude").exists() && !repo.join(".rulebook").exists());
}

#[test]
fn bad_input_leaves_the_working_tree_as_it_was() {
    let inst = Instance::new("install-bad");
    let v1 = fixtures().join("playbook");
    let fresh = |name: &str| {
        let d = inst.tmp.path().join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    };
    let install = |repo: &Path, extra: &[&str]| {
        let mut args = vec![
            "install",
            "--from",
            v1.to_str().unwrap(),
            "-p",
            repo.to_str().unwrap(),
            "--agents",
            "claude,agentsmd",
        ];
        args.extend(extra);
        inst.run(&args)
    };
    let expect_refused = |repo: &Path, exit: i32, codename: &str, extra: &[&str]| {
        let before = tree(repo);
        let r = install(repo, extra);
        assert_eq!(code(&r), exit, "{codename}: {}", stderr(&r));
        assert!(stderr(&r).contains(codename), "{codename}: {}", stderr(&r));
        assert_eq!(tree(repo), before, "{codename}: the tree changed");
    };
    // A folder on the way is a symlink out of the repository.
    let outside = fresh("outside");
    let repo = fresh("symlinked-dir");
    std::os::unix::fs::symlink(&outside, repo.join(".claude")).unwrap();
    expect_refused(&repo, 1, "RB-INSTALL-UNSAFE-PATH", &[]);
    assert!(
        tree(&outside).is_empty(),
        "nothing written through the link"
    );
    // The target file itself is a symlink (even with --force).
    let repo = fresh("symlinked-file");
    std::os::unix::fs::symlink("/etc/passwd", repo.join("AGENTS.md")).unwrap();
    expect_refused(&repo, 1, "RB-INSTALL-UNSAFE-PATH", &["--force"]);
    // A file where a folder must go.
    let repo = fresh("file-for-dir");
    std::fs::write(repo.join(".rulebook"), "not a folder").unwrap();
    expect_refused(&repo, 1, "RB-INSTALL-UNSAFE-PATH", &["--force"]);
    // A file Rulebook did not write.
    let repo = fresh("foreign");
    std::fs::create_dir_all(repo.join(".claude/commands")).unwrap();
    std::fs::write(
        repo.join(".claude/commands/release-notes.md"),
        "ours, by hand\n",
    )
    .unwrap();
    expect_refused(&repo, 1, "RB-INSTALL-FOREIGN-FILE", &[]);
    // A corrupt lock, and one from a newer Rulebook.
    let repo = fresh("corrupt-lock");
    std::fs::write(repo.join("rulebook.lock"), "{ not json").unwrap();
    expect_refused(&repo, 3, "RB-INSTALL-CONFIG", &["--force"]);
    // A lock that names files Rulebook never writes (a crafted lock aiming at .git or sources).
    let repo = fresh("crafted-lock");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::write(repo.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    let crafted = json!({ "lockfile_version": 1, "packages": {}, "agents": [], "artifacts": [],
        "files": { ".git/HEAD": { "sha256": rulebook::install::sha256(b"ref: refs/heads/main\n") } } });
    std::fs::write(repo.join("rulebook.lock"), crafted.to_string()).unwrap();
    expect_refused(&repo, 3, "RB-INSTALL-CONFIG", &["--force"]);
    assert!(repo.join(".git/HEAD").exists());
    // A rulebook.json whose values would steer API paths.
    let repo = fresh("crafted-config");
    std::fs::write(
        repo.join("rulebook.json"),
        r#"{"org": "acme/repositories?", "packages": {}}"#,
    )
    .unwrap();
    expect_refused(&repo, 3, "RB-INSTALL-CONFIG", &[]);
    let repo = fresh("newer-lock");
    std::fs::write(repo.join("rulebook.lock"), r#"{"lockfile_version": 7}"#).unwrap();
    expect_refused(&repo, 3, "RB-INSTALL-LOCK-TOO-NEW", &[]);
    // Damaged markers in a shared file.
    let repo = fresh("markers");
    std::fs::write(
        repo.join("AGENTS.md"),
        "<!-- rulebook:end -->\nx\n<!-- rulebook:start -->\n",
    )
    .unwrap();
    expect_refused(&repo, 1, "RB-INSTALL-MARKERS", &["--force"]);
    // A damaged archive and a missing one.
    let repo = fresh("bad-archive");
    let bad = variant(&inst, "tampered", "standards/code-review.md", Some);
    std::fs::write(
        bad.join("standards/code-review.md"),
        "tampered after hashing",
    )
    .unwrap();
    let r = inst.run(&[
        "install",
        "--from",
        bad.to_str().unwrap(),
        "-p",
        repo.to_str().unwrap(),
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("RB-INSTALL-SOURCE") && stderr(&r).contains("SHA-256"),
        "{}",
        stderr(&r)
    );
    assert!(tree(&repo).is_empty());
    let r = inst.run(&[
        "install",
        "--from",
        "/nonexistent.zip",
        "-p",
        repo.to_str().unwrap(),
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    // Unknown agents and no agents are usage errors.
    let r = inst.run(&[
        "install",
        "--from",
        v1.to_str().unwrap(),
        "-p",
        repo.to_str().unwrap(),
    ]);
    assert_eq!(code(&r), 2, "{}", stderr(&r));
    assert!(tree(&repo).is_empty());
}

/// Seeds a server with a package of two standards and a command, released as "1".
pub(crate) fn seed(admin: &Client) {
    let base = "/api/v1/orgs/acme/spaces/default";
    for (kind, body) in [
        (
            "standards",
            json!({ "name": "API errors", "description": "Errors are JSON.", "scope": ["src/api/**"], "rules": [{ "text": "Answer errors as JSON with a code." }] }),
        ),
        (
            "standards",
            json!({ "name": "Logging", "description": "What to log.", "rules": [{ "text": "Never log secrets." }] }),
        ),
        (
            "commands",
            json!({ "name": "Triage", "description": "Triage an issue", "body": "Triage $ARGUMENTS.\n" }),
        ),
    ] {
        assert_eq!(admin.post(&format!("{base}/{kind}"), &body).status, 201);
    }
    let items = json!([{ "kind": "standard", "slug": "api-errors" }, { "kind": "standard", "slug": "logging" }, { "kind": "command", "slug": "triage" }]);
    assert_eq!(
        admin
            .post(
                &format!("{base}/packages"),
                &json!({ "name": "Backend", "items": items })
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .post(
                &format!("{base}/packages"),
                &json!({ "name": "Ops", "items": [{ "kind": "standard", "slug": "logging" }] })
            )
            .status,
        201
    );
    for p in ["backend", "ops"] {
        assert_eq!(
            admin
                .post(&format!("{base}/packages/{p}/releases"), &json!({}))
                .status,
            201
        );
    }
}

#[test]
fn the_cli_installs_from_a_server_tracks_releases_and_recurses_monorepos() {
    let inst = Instance::new("install-server");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin);
    let (key, key_file) = key_file(&inst, &admin, "dev", "write");
    // Not logged in yet: a clear configuration error.
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let r = inst.run(&[
        "install",
        "backend",
        "-p",
        repo.to_str().unwrap(),
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 3, "{}", stderr(&r));
    let r = inst.run(&[
        "login",
        "--host",
        &server.url,
        "--api-key-file",
        "/nonexistent",
    ]);
    assert_ne!(code(&r), 0);
    inst.ok(&[
        "login",
        "--host",
        &server.url,
        "--api-key-file",
        key_file.to_str().unwrap(),
    ]);
    let creds = inst.cfg().join("credentials.json");
    assert_eq!(
        std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let who = inst.ok(&["whoami"]);
    assert!(
        who.contains("user    admin") && who.contains("org     acme") && !who.contains(&key),
        "{who}"
    );
    assert!(
        who.contains("scope   write") && who.contains("expires "),
        "{who}"
    );
    // Read commands use the stored login: no --server, key or --org needed.
    let pkgs = inst.ok(&["packages", "list"]);
    assert!(pkgs.contains("backend"), "{pkgs}");
    let stds = inst.ok(&["standards", "list"]);
    assert!(!stds.trim().is_empty(), "{stds}");

    let r = inst.run(&[
        "install",
        "backend",
        "-p",
        repo.to_str().unwrap(),
        "--agents",
        "claude,agentsmd",
        "-v",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    // A summary by agent, and with -v every file.
    let said = String::from_utf8_lossy(&r.stdout).into_owned();
    assert!(
        said.contains("written (") && said.contains("claude "),
        "{said}"
    );
    assert!(
        said.contains("  written  rulebook.lock")
            || said.contains("  written  CLAUDE.md")
            || said.contains("  written  .claude/"),
        "{said}"
    );
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.join("rulebook.json")).unwrap())
            .unwrap();
    assert_eq!(
        config,
        json!({ "packages": { "backend": "latest" }, "agents": ["agentsmd", "claude"] })
    );
    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.join("rulebook.lock")).unwrap())
            .unwrap();
    assert_eq!(lock["packages"]["backend"]["release"], "1");
    assert_eq!(lock["packages"]["backend"]["source"], "server");
    // The release's signature verified: its signer and digest are locked (tests/it/signing.rs).
    assert_eq!(
        lock["packages"]["backend"]["signed_by"]
            .as_str()
            .unwrap()
            .len(),
        16
    );
    let rule = std::fs::read_to_string(repo.join(".claude/rules/rulebook/api-errors.md")).unwrap();
    assert!(
        rule.starts_with("---\npaths:\n  - \"src/api/**\"\n---\n"),
        "{rule}"
    );
    assert!(
        std::fs::read_to_string(repo.join(".claude/commands/triage.md"))
            .unwrap()
            .contains("Triage $ARGUMENTS.")
    );
    assert!(
        inst.ok(&["status", "-p", repo.to_str().unwrap()])
            .contains("backend                          1          up to date")
    );

    // A new release: status says outdated; install keeps the pin; update moves to it.
    let base = "/api/v1/orgs/acme/spaces/default";
    let edited = json!({ "name": "Logging", "description": "What to log.", "rules": [{ "text": "Never log secrets or tokens." }] });
    let put = admin.send_bytes(
        "PUT",
        &format!("{base}/standards/logging"),
        "application/json",
        edited.to_string().as_bytes(),
        &[("If-Match", "\"v1\"")],
    );
    assert_eq!(put.status, 200, "{}", put.text());
    assert_eq!(
        admin
            .post(&format!("{base}/packages/backend/releases"), &json!({}))
            .status,
        201
    );
    let status = inst.ok(&["status", "-p", repo.to_str().unwrap()]);
    assert!(
        status.contains("outdated (latest 2, installed 1)"),
        "{status}"
    );
    let before = mtimes(&repo);
    inst.ok(&["install", "-p", repo.to_str().unwrap()]);
    assert_eq!(
        mtimes(&repo),
        before,
        "install without update keeps the locked release"
    );
    inst.ok(&["update", "-p", repo.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(repo.join("AGENTS.md"))
            .unwrap()
            .contains("Never log secrets or tokens.")
    );
    assert!(
        inst.ok(&["status", "-p", repo.to_str().unwrap()])
            .contains("up to date")
    );
    // A hand edit shows in status.
    let agents_md = repo.join("AGENTS.md");
    let mut text = std::fs::read_to_string(&agents_md).unwrap();
    text.push_str("\nmine\n");
    std::fs::write(&agents_md, &text).unwrap();
    assert!(
        inst.ok(&["status", "-p", repo.to_str().unwrap()])
            .contains("no local edits"),
        "text outside the section is not an edit"
    );
    std::fs::write(&agents_md, text.replace("Never log", "Rarely log")).unwrap();
    assert!(
        inst.ok(&["status", "-p", repo.to_str().unwrap()])
            .contains("modified  AGENTS.md")
    );
    std::fs::write(&agents_md, &text).unwrap();

    // Hand edits become change proposals against the installed version.
    let rule = repo.join(".claude/rules/rulebook/api-errors.md");
    let edited = std::fs::read_to_string(&rule)
        .unwrap()
        .replace(
            "Answer errors as JSON with a code.",
            "Answer errors as JSON with a stable code.",
        )
        .replace(
            "- Answer errors",
            "- Log the request id with every error.\n- Answer errors",
        );
    std::fs::write(&rule, &edited).unwrap();
    let triage = repo.join(".claude/commands/triage.md");
    std::fs::write(
        &triage,
        std::fs::read_to_string(&triage)
            .unwrap()
            .replace("Triage $ARGUMENTS.", "Triage $ARGUMENTS by severity."),
    )
    .unwrap();
    let dry = inst.ok(&["diff", "-p", repo.to_str().unwrap(), "--dry-run"]);
    assert!(
        dry.contains("would propose standard api-errors (base v1)")
            && dry.contains("would propose command triage"),
        "{dry}"
    );
    assert!(
        admin
            .get(&format!("{base}/standards/api-errors/proposals"))
            .json()["proposals"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let sent = inst.ok(&["diff", "-p", repo.to_str().unwrap(), "-m", "from my repo"]);
    assert!(
        sent.contains("proposed standard api-errors") && sent.contains("proposed command triage"),
        "{sent}"
    );
    let list = admin
        .get(&format!("{base}/standards/api-errors/proposals"))
        .json();
    let p = &list["proposals"][0];
    assert_eq!(p["message"], "from my repo");
    assert_eq!(p["base_version"], 1);
    let shown = admin
        .get(&format!(
            "{base}/standards/api-errors/proposals/{}",
            p["id"]
        ))
        .json();
    let rules: Vec<&str> = shown["content"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "Log the request id with every error.",
            "Answer errors as JSON with a stable code."
        ],
        "{shown}"
    );
    assert_eq!(shown["content"]["scope"], json!(["src/api/**"]));
    // Put the files back for what follows.
    inst.ok(&["update", "-p", repo.to_str().unwrap(), "--force"]);

    // Uninstall removes what the package brought and keeps hand-written text.
    inst.ok(&["uninstall", "backend", "-p", repo.to_str().unwrap()]);
    assert!(!repo.join(".claude").exists());
    assert_eq!(std::fs::read_to_string(&agents_md).unwrap(), "\nmine\n");

    // Monorepo: every rulebook.json below the path; a failure in one fetch writes nothing.
    let mono = inst.tmp.path().join("mono");
    for (dir, pkgs) in [
        ("services/api", json!({ "backend": "1" })),
        ("tools/ops", json!({ "ops": "latest" })),
    ] {
        std::fs::create_dir_all(mono.join(dir)).unwrap();
        std::fs::write(
            mono.join(dir).join("rulebook.json"),
            json!({ "packages": pkgs, "agents": ["cursor"] }).to_string(),
        )
        .unwrap();
    }
    std::fs::create_dir_all(mono.join("node_modules/x")).unwrap();
    std::fs::write(mono.join("node_modules/x/rulebook.json"), "{ broken").unwrap();
    inst.ok(&["install", "-p", mono.to_str().unwrap()]);
    assert!(
        mono.join("services/api/.cursor/rules/rulebook/api-errors.mdc")
            .exists()
    );
    assert!(
        mono.join("tools/ops/.cursor/rules/rulebook/logging.mdc")
            .exists()
    );
    assert!(
        !mono
            .join("tools/ops/.cursor/rules/rulebook/api-errors.mdc")
            .exists()
    );
    // status and update walk the monorepo as install does (node_modules skipped).
    let status = inst.ok(&["status", "-p", mono.to_str().unwrap()]);
    assert!(
        status.contains("services/api") && status.contains("tools/ops"),
        "{status}"
    );
    assert!(!status.contains("node_modules"), "{status}");
    inst.ok(&["update", "-p", mono.to_str().unwrap()]);
    let broken = inst.tmp.path().join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(
        broken.join("rulebook.json"),
        json!({ "packages": { "backend": "1", "nosuch": "latest" }, "agents": ["claude"] })
            .to_string(),
    )
    .unwrap();
    let r = inst.run(&["install", "-p", broken.to_str().unwrap()]);
    assert_eq!(code(&r), 12, "{}", stderr(&r));
    // The error names the package, the server and where to look.
    assert!(
        stderr(&r).contains("package nosuch") && stderr(&r).contains("rulebook packages list"),
        "{}",
        stderr(&r)
    );
    assert_eq!(
        tree(&broken).len(),
        1,
        "only rulebook.json: nothing was written"
    );
    // Organization defaults: agents and the always-on cap apply where rulebook.json is silent.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    let settings = json!({ "agents": ["agentsmd"], "always_on_cap": 600 });
    assert_eq!(
        member
            .put("/api/v1/orgs/acme/settings/render", &settings)
            .status,
        403
    );
    assert_eq!(
        admin
            .put(
                "/api/v1/orgs/acme/settings/render",
                &json!({ "agents": ["nope"] })
            )
            .status,
        422
    );
    let r = admin.put("/api/v1/orgs/acme/settings/render", &settings);
    assert_eq!(r.status, 200, "{}", r.text());
    let org_repo = inst.tmp.path().join("org-defaults");
    std::fs::create_dir_all(&org_repo).unwrap();
    std::fs::write(
        org_repo.join("rulebook.json"),
        json!({ "packages": { "backend": "1" } }).to_string(),
    )
    .unwrap();
    let r = inst.run(&["install", "-p", org_repo.to_str().unwrap()]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("over the always-on cap"),
        "{}",
        stderr(&r)
    );
    let agents_md = std::fs::read_to_string(org_repo.join("AGENTS.md")).unwrap();
    assert!(
        agents_md.len() <= 700 && agents_md.contains("](.rulebook/standards/logging.md)"),
        "{agents_md}"
    );
    assert!(!org_repo.join(".claude").exists());
    assert_eq!(
        admin
            .put(
                "/api/v1/orgs/acme/settings/render",
                &json!({ "agents": ["agentsmd"], "always_on_cap": 256 })
            )
            .status,
        200
    );
    let r = inst.run(&["install", "-p", org_repo.to_str().unwrap()]);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    assert!(stderr(&r).contains("RB-RENDER-TOO-LARGE"), "{}", stderr(&r));

    // The server goes away: a network error, nothing written.
    server.stop();
    let gone = inst.tmp.path().join("gone");
    std::fs::create_dir_all(&gone).unwrap();
    let r = inst.run(&[
        "install",
        "backend",
        "-p",
        gone.to_str().unwrap(),
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 12, "{}", stderr(&r));
    assert!(tree(&gone).is_empty());
    inst.ok(&["logout"]);
    assert!(!creds.exists());
    inst.verify();
}

/// The playbook in a portable archive written by `rulebook import --out`.
fn imported(inst: &Instance, repo: &Path) -> rulebook::archive::portable::Bundle {
    let out = inst.tmp.path().join("imported.zip");
    let r = inst.run(&[
        "import",
        repo.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let entries = rulebook::archive::read(
        &std::fs::read(&out).unwrap(),
        rulebook::archive::Caps {
            entries: 1000,
            file_bytes: 1 << 20,
            total_bytes: 1 << 24,
        },
    )
    .unwrap();
    rulebook::archive::portable::read(entries).unwrap()
}

fn by_slug(
    b: &rulebook::archive::portable::Bundle,
) -> BTreeMap<(String, String), rulebook::model::artifact::Content> {
    b.items
        .iter()
        .map(|i| {
            (
                (i.content.kind().as_str().to_string(), i.slug.clone()),
                i.content.clone(),
            )
        })
        .collect()
}

#[test]
fn import_then_render_round_trips_what_each_agent_carries() {
    use rulebook::model::artifact::Content;
    let inst = Instance::new("import");
    let fixture = fixtures().join("playbook");
    let original = by_slug(&rulebook::install::source::from_path(&fixture).unwrap());
    // With Rulebook's own .rulebook/ folder, everything comes back, examples included.
    let full = by_slug(&imported(&inst, &fixtures().join("expected/claude")));
    for key in [("standard", "error-handling"), ("standard", "code-review")] {
        let key = (key.0.to_string(), key.1.to_string());
        assert_eq!(full[&key], original[&key], "{key:?}");
    }
    // From each agent's own files alone: names, rules, scope, command and subagent bodies,
    // and skills survive wherever the agent can hold them.
    for agent in AGENTS {
        let repo = inst.tmp.path().join(format!("{agent}-tree"));
        copy_tree(&fixtures().join("expected").join(agent), &repo);
        std::fs::remove_dir_all(repo.join(".rulebook")).unwrap();
        let got = by_slug(&imported(&inst, &repo));
        // What each agent's files can hold: (standards, commands, subagents, skills).
        let carries = match agent {
            "agentsmd" | "amazonq" => (2, 0, 0, 0),
            "agentskills" => (0, 0, 0, 1),
            "warp" | "zed" | "gitlab-duo" => (2, 0, 0, 1),
            "codex" | "copilot-cli" | "rovodev" | "goose" => (2, 0, 1, 1),
            "amp" | "crush" => (2, 0, 0, 1),
            "bob" => (2, 1, 0, 1),
            "continue" | "roo" | "zoocode" | "windsurf" => (2, 1, 0, 1),
            "aiassistant" => (2, 0, 0, 1),
            "hermes" => (2, 0, 0, 0),
            "vibe" | "pool" | "dsh" | "replit" | "musecode" => (2, 0, 0, 1),
            "cortexcode" | "deepagents" => (2, 0, 1, 1),
            "grok" | "pi" | "zcode" | "reasonix" => (2, 1, 0, 1),
            "codebuddy" => (2, 0, 0, 0),
            "kimi-code" => (2, 0, 1, 1),
            "devin" => (2, 0, 1, 2),
            _ => (2, 1, 1, 1),
        };
        let count = |k: &str| got.keys().filter(|(kind, _)| kind == k).count();
        assert_eq!(
            (
                count("standard"),
                count("command"),
                count("subagent"),
                count("skill")
            ),
            carries,
            "{agent}: {:?}",
            got.keys()
        );
        for ((kind, slug), want) in &original {
            let Some(have) = got.get(&(kind.clone(), slug.clone())) else {
                continue;
            };
            match (want, have) {
                (Content::Standard(w), Content::Standard(h)) => {
                    assert_eq!(h.name, w.name, "{agent} {slug}");
                    let texts = |s: &rulebook::model::artifact::Standard| {
                        s.rules.iter().map(|r| r.text.clone()).collect::<Vec<_>>()
                    };
                    assert_eq!(texts(h), texts(w), "{agent} {slug}");
                    assert_eq!(h.scope, w.scope, "{agent} {slug}");
                    assert_eq!(
                        h.description.lines().next(),
                        w.description.lines().next(),
                        "{agent} {slug}"
                    );
                }
                (Content::Command(w), Content::Command(h)) => {
                    assert_eq!(h.body, w.body, "{agent} {slug}");
                }
                (Content::Subagent(w), Content::Subagent(h)) => {
                    assert_eq!(h.body, w.body, "{agent} {slug}");
                    if agent != "codex"
                        && agent != "gemini"
                        && agent != "cursor"
                        && agent != "opencode"
                        && agent != "goose"
                        && agent != "kilo"
                        && agent != "deepagents"
                    {
                        assert_eq!(h.tools, w.tools, "{agent} {slug}");
                    }
                }
                (Content::Skill(w), Content::Skill(h)) => {
                    assert_eq!(
                        (&h.name, &h.description, &h.body, &h.files),
                        (&w.name, &w.description, &w.body, &w.files),
                        "{agent} {slug}"
                    );
                }
                _ => panic!("{agent}: kind changed for {slug}"),
            }
        }
        // Every agent that renders standards gives both back.
        // Claude Code's settings carry the agent policy back, rule for rule and hook for hook.
        let policy = got.get(&("policy".to_string(), "claude-settings".to_string()));
        if agent == "claude" {
            let (Some(Content::Policy(h)), Some(Content::Policy(w))) = (
                policy,
                original.get(&("policy".to_string(), "guard".to_string())),
            ) else {
                panic!("claude: no policy imported: {:?}", got.keys());
            };
            let rules = |p: &rulebook::model::policy::Policy| {
                let mut r: Vec<String> = p
                    .permissions
                    .iter()
                    .map(|r| format!("{:?} {:?} {}", r.effect, r.on, r.pattern))
                    .collect();
                r.sort();
                r
            };
            // The golden render's never_read paths are deny entries in the same list: the
            // file does not say which layer wrote one, so they come back as read denies too.
            let mut want_rules = rules(w);
            want_rules.push("Deny Read secrets/**".into());
            want_rules.sort();
            assert_eq!(rules(h), want_rules);
            let mut hooks = h.hooks.clone();
            hooks.sort_by_key(|x| x.command.clone());
            let mut want = w.hooks.clone();
            want.sort_by_key(|x| x.command.clone());
            assert_eq!(hooks, want);
        } else {
            assert!(policy.is_none(), "{agent}: {:?}", got.keys());
        }
        if agent != "agentskills" {
            for slug in ["error-handling", "code-review"] {
                assert!(
                    got.contains_key(&("standard".to_string(), slug.to_string())),
                    "{agent} lost standard {slug}: {:?}",
                    got.keys()
                );
            }
        }
    }
    // Hand-written files with no Rulebook markers become standards and commands too.
    let repo = inst.tmp.path().join("handwritten");
    std::fs::create_dir_all(repo.join(".cursor/rules")).unwrap();
    std::fs::create_dir_all(repo.join(".github/prompts")).unwrap();
    std::fs::write(
        repo.join("CLAUDE.md"),
        "# Project\n\nWe ship a payments API.\n",
    )
    .unwrap();
    std::fs::write(repo.join(".cursor/rules/api.mdc"), "---\ndescription: API rules\nglobs: src/api/**/*.ts,src/api/**/*.tsx\nalwaysApply: false\n---\n# API handlers\n\n- Validate request bodies before use.\n- Return problem+json errors.\n").unwrap();
    std::fs::write(
        repo.join(".github/prompts/review.prompt.md"),
        "---\ndescription: Review a PR\nagent: agent\n---\nReview ${input:arguments} carefully.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/passwd", repo.join("AGENTS.md")).unwrap();
    let got = by_slug(&imported(&inst, &repo));
    let Content::Standard(api) = &got[&("standard".to_string(), "api".to_string())] else {
        panic!()
    };
    assert_eq!(api.scope, ["src/api/**/*.ts", "src/api/**/*.tsx"]);
    assert_eq!(api.rules.len(), 2);
    let Content::Command(review) = &got[&("command".to_string(), "review".to_string())] else {
        panic!()
    };
    assert_eq!(review.body, "Review $ARGUMENTS carefully.\n");
    assert!(
        got.contains_key(&("standard".to_string(), "project-claude".to_string())),
        "{:?}",
        got.keys()
    );
    assert_eq!(
        got.len(),
        3,
        "the symlinked AGENTS.md is not followed: {:?}",
        got.keys()
    );
}

#[test]
fn device_login_is_approved_in_the_browser_session_and_hands_out_one_key() {
    use std::io::{BufRead, BufReader};
    let inst = Instance::new("device-login");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let mut child = inst
        .cmd(&["login", "--host", &server.url, "--device"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("/#/device?code="), "{line}");
    let user_code = line.trim().rsplit(' ').next().unwrap().to_string();
    assert_eq!(user_code.len(), 9, "{line}");
    // Wrong codes and API keys cannot approve; a signed-in session can, once.
    let r = admin.post(
        "/api/v1/orgs/acme/device/approve",
        &json!({ "user_code": "AAAA-AAAA" }),
    );
    assert_eq!(r.status, 410, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/device/approve",
        &json!({ "user_code": user_code.to_lowercase(), "scope": "read" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let status = child.wait().unwrap();
    assert!(status.success());
    let who = inst.ok(&["whoami"]);
    assert!(
        who.contains("user    admin") && who.contains("org     acme"),
        "{who}"
    );
    let r = admin.post(
        "/api/v1/orgs/acme/device/approve",
        &json!({ "user_code": user_code }),
    );
    assert_eq!(r.status, 410, "a code approves once");
    // The key is listed (and revocable) like any other, and expires in 90 days.
    let keys = admin.get("/api/v1/orgs/acme/apikeys").json();
    let k = keys["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "CLI (device login)")
        .unwrap()
        .clone();
    assert_eq!(k["scope"], "read");
    assert!(k["expires_at"].is_string());
    // A device code nobody approved is pending; an unknown one is refused.
    let anon = server.client();
    let start = anon.post("/api/v1/device/code", &json!({})).json();
    let poll = anon.post(
        "/api/v1/device/token",
        &json!({ "device_code": start["device_code"] }),
    );
    assert_eq!(poll.status, 202);
    let bad = anon.post("/api/v1/device/token", &json!({ "device_code": "00" }));
    assert_eq!(bad.status, 410);
    assert_eq!(
        admin
            .delete(&format!("/api/v1/orgs/acme/apikeys/{}", k["id"]))
            .status,
        200
    );
    let r = inst.run(&["whoami"]);
    assert_eq!(code(&r), 12, "a revoked key stops working: {}", stderr(&r));
    server.stop();
    inst.verify();
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "user.email=t@example.internal",
            "-c",
            "user.name=t",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn installs_in_tracked_repositories_are_reported_for_the_overview() {
    let inst = Instance::new("distribution");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin);
    let key = cli_login(&inst, &server, &admin, "read");
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    let track = json!({ "url": "ssh://git.example.internal/team/api.git/", "branch": "main" });
    assert_eq!(
        viewer.post("/api/v1/orgs/acme/repositories", &track).status,
        403
    );
    let r = admin.post("/api/v1/orgs/acme/repositories", &track);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["url"], "ssh://git.example.internal/team/api");
    assert_eq!(
        admin.post("/api/v1/orgs/acme/repositories", &track).status,
        409
    );
    // A monorepo checkout of the tracked repository.
    let checkout = inst.tmp.path().join("api");
    std::fs::create_dir_all(checkout.join("services/api")).unwrap();
    git(&checkout, &["init", "-q"]);
    git(
        &checkout,
        &[
            "remote",
            "add",
            "origin",
            "ssh://git.example.internal/team/api.git",
        ],
    );
    git(&checkout, &["commit", "-q", "--allow-empty", "-m", "start"]);
    let pkg = checkout.join("services/api");
    std::fs::write(
        pkg.join("rulebook.json"),
        json!({ "packages": { "backend": "latest" }, "agents": ["claude"] }).to_string(),
    )
    .unwrap();
    let r = inst.run(&["install", "-p", checkout.to_str().unwrap()]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("reported to the server"),
        "{}",
        stderr(&r)
    );
    let overview = viewer.get("/api/v1/orgs/acme/repositories").json();
    let install = &overview["repositories"][0]["installs"][0];
    assert_eq!(install["path"], "services/api", "{overview}");
    assert_eq!(
        install["packages"][0],
        json!({ "package": "backend", "installed": "1", "latest": "1", "status": "up to date" })
    );
    assert_eq!(install["commit"].as_str().unwrap().len(), 40);
    assert_eq!(install["artifacts"].as_array().unwrap().len(), 3);
    assert_eq!(install["reported_by"], "admin");
    // A newer release makes it outdated in the overview.
    assert_eq!(
        admin
            .post(
                "/api/v1/orgs/acme/spaces/default/packages/backend/releases",
                &json!({ "version": "2" })
            )
            .status,
        201
    );
    let overview = viewer.get("/api/v1/orgs/acme/repositories").json();
    assert_eq!(
        overview["repositories"][0]["installs"][0]["packages"][0]["status"],
        "outdated"
    );
    // An untracked checkout (another origin, or another branch) is not reported.
    let other = inst.tmp.path().join("scratch");
    std::fs::create_dir_all(&other).unwrap();
    git(&other, &["init", "-q"]);
    git(
        &other,
        &[
            "remote",
            "add",
            "origin",
            "ssh://git.example.internal/someone/scratch.git",
        ],
    );
    std::fs::write(
        other.join("rulebook.json"),
        json!({ "packages": { "backend": "1" }, "agents": ["claude"] }).to_string(),
    )
    .unwrap();
    let r = inst.run(&["install", "-p", other.to_str().unwrap()]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(!stderr(&r).contains("reported"), "{}", stderr(&r));
    assert_eq!(
        viewer.get("/api/v1/orgs/acme/repositories").json()["repositories"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // The server refuses a forged report for an untracked repository without recording it.
    let reader = Client {
        cookie: None,
        csrf: None,
        bearer: Some(key),
        ..server.client()
    };
    let forged = json!({ "url": "ssh://elsewhere/x", "branch": "main", "packages": {}, "artifacts": [], "agents": [] });
    assert_eq!(
        reader
            .post("/api/v1/orgs/acme/distributions", &forged)
            .json()["recorded"],
        false
    );
    server.stop();
    inst.verify();
}

#[test]
fn an_unwritable_folder_fails_cleanly_and_staged_files_are_removed() {
    use std::os::unix::fs::PermissionsExt;
    let inst = Instance::new("unwritable");
    let v1 = fixtures().join("playbook");
    // Root ignores permissions, so the install runs as `nobody` when the tests run as root.
    let as_nobody = unsafe { libc::geteuid() } == 0;
    let run = |repo: &Path| {
        let mut c = if as_nobody {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
            c
        } else {
            std::process::Command::new(BIN)
        };
        c.args(["--data-dir", "/nonexistent", "--config-dir", "/nonexistent"])
            .args([
                "install",
                "--from",
                v1.to_str().unwrap(),
                "-p",
                repo.to_str().unwrap(),
                "--agents",
                "claude,agentsmd",
            ])
            .output()
            .unwrap()
    };
    let chown_nobody = |p: &Path| {
        if as_nobody {
            std::os::unix::fs::chown(p, Some(65534), Some(65534)).unwrap();
        }
    };
    // The whole repository is read-only.
    let repo = inst.tmp.path().join("ro");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::set_permissions(&repo, std::fs::Permissions::from_mode(0o555)).unwrap();
    let r = run(&repo);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("RB-INSTALL-IO") && stderr(&r).contains("nothing was changed"),
        "{}",
        stderr(&r)
    );
    assert!(tree(&repo).is_empty());
    // Only `.rulebook` is read-only: `.claude/` files (earlier in path order) were already
    // staged, and are rolled back (no temp files, no new folders).
    let repo = inst.tmp.path().join("partly");
    std::fs::create_dir_all(repo.join(".rulebook")).unwrap();
    chown_nobody(&repo);
    std::fs::write(repo.join("AGENTS.md"), "mine\n").unwrap();
    chown_nobody(&repo.join("AGENTS.md"));
    std::fs::set_permissions(
        repo.join(".rulebook"),
        std::fs::Permissions::from_mode(0o555),
    )
    .unwrap();
    let r = run(&repo);
    assert_eq!(code(&r), 1, "{}", stderr(&r));
    assert!(stderr(&r).contains("RB-INSTALL-IO"), "{}", stderr(&r));
    let left: Vec<String> = tree(&repo).into_keys().collect();
    assert_eq!(
        left,
        ["AGENTS.md"],
        "staged files or folders were left behind"
    );
    assert_eq!(
        std::fs::read_to_string(repo.join("AGENTS.md")).unwrap(),
        "mine\n"
    );
    assert!(
        !repo.join(".claude").exists(),
        "a folder created while staging is removed"
    );
    std::fs::set_permissions(
        repo.join(".rulebook"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
}

/// Every agent's YAML frontmatter (and TOML) parses back with real parsers (PyYAML, tomllib)
/// to the names, descriptions and globs written, for playbooks drawn from YAML's hard cases
/// (`**/*.ts`, `{src,lib}/**`, `!vendor/**`, `key: value`, `yes`, `#hash`, ...), several seeds.
#[test]
fn every_frontmatter_parses_back_with_real_yaml_and_toml_parsers() {
    let inst = Instance::new("frontmatter");
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    let script = format!(
        "{}/tests/it/frontmatter_check.py",
        env!("CARGO_MANIFEST_DIR")
    );
    for seed in ["1", "2", "3", "4"] {
        let src = inst.tmp.path().join(format!("playbook-{seed}"));
        let out = std::process::Command::new(&python)
            .args([&script, "write", src.to_str().unwrap(), seed])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected = inst.tmp.path().join(format!("expected-{seed}.json"));
        std::fs::write(&expected, &out.stdout).unwrap();
        let rendered = inst.tmp.path().join(format!("out-{seed}"));
        let r = inst.run(&[
            "render",
            "--from",
            src.to_str().unwrap(),
            "--agents",
            "all",
            "--out",
            rendered.to_str().unwrap(),
        ]);
        assert_eq!(code(&r), 0, "seed {seed}: {}", stderr(&r));
        let out = std::process::Command::new(&python)
            .args([
                &script,
                "check",
                rendered.to_str().unwrap(),
                expected.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(report["parsed"].as_u64().unwrap() > 100, "{report}");
        assert_eq!(report["problems"], json!([]), "seed {seed}: {report:#}");
    }
}

#[test]
fn render_check_lists_generated_files_that_drifted_from_the_lock() {
    let inst = Instance::new("render-check");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin);
    crate::harness::cli_login(&inst, &server, &admin, "read");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let at = repo.to_str().unwrap();
    inst.ok(&[
        "install",
        "backend",
        "-p",
        at,
        "--agents",
        "claude,agentsmd",
    ]);
    let check = |extra: &[&str]| {
        let out = inst
            .cmd(&[&["render", "--check"], extra].concat())
            .current_dir(&repo)
            .output()
            .unwrap();
        (
            code(&out),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr(&out),
        )
    };
    let (c, out, err) = check(&[]);
    assert_eq!(c, 0, "{out}{err}");
    assert!(
        out.contains("match what rulebook.lock's releases render"),
        "{out}"
    );

    // A new release is not drift: the check renders what the lock pins.
    let base = "/api/v1/orgs/acme/spaces/default";
    let r = admin.get(&format!("{base}/standards/logging"));
    let etag = r.header("etag").unwrap().to_string();
    let r = admin.send_if_match(
        "PUT",
        &format!("{base}/standards/logging"),
        Some(&etag),
        &json!({ "name": "Logging", "description": "What to log.", "rules": [{ "text": "Never log secrets or tokens." }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin
            .post(&format!("{base}/packages/backend/releases"), &json!({}))
            .status,
        201
    );
    assert_eq!(check(&[]).0, 0, "a newer release is not drift");

    // A hand edit, a deleted file and a left-over file are each listed; exit 1; nothing written.
    let claude = repo.join("AGENTS.md");
    // Inside Rulebook's section (text outside its markers is the repository's own).
    let original = std::fs::read_to_string(&claude).unwrap();
    assert!(original.contains("Never log secrets."), "{original}");
    let edited = original.replace("Never log secrets.", "Log what you like.");
    std::fs::write(&claude, &edited).unwrap();
    let command = repo.join(".claude/commands/triage.md");
    assert!(command.is_file());
    std::fs::remove_file(&command).unwrap();
    let (c, out, err) = check(&[]);
    assert_eq!(c, 1, "{out}{err}");
    assert!(out.contains("differs  AGENTS.md"), "{out}");
    assert!(out.contains("missing  .claude/commands/triage.md"), "{out}");
    assert!(
        err.contains("RB-RENDER-DRIFT") || err.contains("differ from what"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&claude).unwrap(),
        edited,
        "--check wrote"
    );
    assert!(!command.exists(), "--check wrote");
    // Fewer agents than the lock's: their files are left over.
    let (c, out, _) = check(&["--agents", "agentsmd"]);
    assert_eq!(c, 1);
    assert!(out.contains("extra    "), "{out}");
    // Put back by install --force: clean again.
    inst.ok(&["install", "-p", at, "--force"]);
    let (c, out, err) = check(&[]);
    assert_eq!(c, 0, "{out}{err}");

    // Usage errors: no lock here; packages named with --check.
    let empty = inst.tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = inst
        .cmd(&["render", "--check"])
        .current_dir(&empty)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no rulebook.lock"),
        "{}",
        stderr(&out)
    );
    assert_eq!(code(&inst.run(&["render", "--check", "backend"])), 2);
    server.stop();
    inst.verify();
}

#[test]
fn a_claude_marketplace_holds_the_packages_as_plugins_with_claudes_own_files() {
    let inst = Instance::new("marketplace");
    let fixture = fixtures().join("playbook");
    let out = inst.tmp.path().join("marketplace");
    std::fs::create_dir_all(out.join("plugins/own")).unwrap();
    std::fs::write(
        out.join("plugins/own/x.md"),
        "a project's own plugins folder",
    )
    .unwrap();
    std::fs::write(out.join("README.md"), "ours\n").unwrap();
    let run = |name: &str| {
        inst.run(&[
            "render",
            "--from",
            fixture.to_str().unwrap(),
            "--claude-marketplace",
            name,
            "--owner",
            "Platform team",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    // A folder with a plugins/ of its own and no marketplace.json is someone's project.
    let r = run("acme");
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("is not a marketplace"),
        "{}",
        stderr(&r)
    );
    assert!(
        out.join("plugins/own/x.md").is_file(),
        "nothing was deleted"
    );
    std::fs::remove_dir_all(out.join("plugins")).unwrap();
    let r = run("acme");
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    // In a marketplace folder, a plugin no longer rendered does not linger.
    std::fs::create_dir_all(out.join("plugins/stale")).unwrap();
    std::fs::write(out.join("plugins/stale/x.md"), "old").unwrap();
    let r = run("acme");
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let json = |p: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(out.join(p)).unwrap()).unwrap()
    };
    let m = json(".claude-plugin/marketplace.json");
    assert_eq!(m["name"], "acme");
    assert_eq!(m["owner"]["name"], "Platform team");
    assert_eq!(m["plugins"].as_array().unwrap().len(), 1, "{m}");
    assert_eq!(m["plugins"][0]["source"], "./plugins/fixture");
    let p = json("plugins/fixture/.claude-plugin/plugin.json");
    assert_eq!(p["name"], m["plugins"][0]["name"]);
    assert!(
        p.get("version").is_none(),
        "an archive without a release: {p}"
    );
    // Commands, subagents and skills are byte for byte what Claude Code gets from install.
    let claude = tree(&fixtures().join("expected/claude"));
    let plugin = tree(&out.join("plugins/fixture"));
    let mut moved = 0;
    for (path, want) in &claude {
        let Some(rel) = path.strip_prefix(".claude/") else {
            continue;
        };
        // Rules become skills (below); agent policies are a repository's settings, which a
        // plugin does not carry (`install` writes them).
        if rel.starts_with("rules/") || rel == "settings.json" {
            continue;
        }
        assert_eq!(plugin.get(rel), Some(want), "{rel}");
        moved += 1;
    }
    assert!(moved >= 4, "{moved}");
    // Each standard is a skill named for it, with the full standard and where it applies.
    for slug in ["error-handling", "code-review"] {
        let (bytes, _) = &plugin[&format!("skills/standard-{slug}/SKILL.md")];
        let skill = rulebook::model::skill_md::parse(std::str::from_utf8(bytes).unwrap()).unwrap();
        assert_eq!(skill.name, format!("standard-{slug}"));
        assert!(
            skill.description.starts_with("Team standard"),
            "{}",
            skill.description
        );
        let full = &claude[&format!(".rulebook/standards/{slug}.md")].0;
        assert_eq!(skill.body.as_bytes(), full.as_slice(), "{slug}");
    }
    let (eh, _) = &plugin["skills/standard-error-handling/SKILL.md"];
    assert!(String::from_utf8_lossy(eh).contains("src/**/*.rs"));
    // Rulebook's folders are replaced whole; the rest of the folder stays.
    assert!(!out.join("plugins/stale").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("README.md")).unwrap(),
        "ours\n"
    );
    // A second run gives the same bytes.
    let before = tree(&out);
    assert_eq!(code(&run("acme")), 0);
    assert_eq!(tree(&out), before);
    // Refused: a name that is not kebab-case, and no --out.
    let r = run("Bad_Name");
    assert_ne!(code(&r), 0);
    assert!(stderr(&r).contains("not a plugin name"), "{}", stderr(&r));
    assert_eq!(tree(&out), before, "a refused run changes nothing");
    let r = inst.run(&[
        "render",
        "--from",
        fixture.to_str().unwrap(),
        "--claude-marketplace",
        "acme",
    ]);
    assert_eq!(code(&r), 2, "{}", stderr(&r));
}
