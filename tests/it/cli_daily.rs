//! The developer's CLI in daily use, through the real binary: help that shows only a
//! command's own options, `diff` that never proposes twice and says what it ignores, what
//! `update` says when accepted changes wait for a release, committed files (newline, 0644),
//! and progress that only a terminal sees.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::harness::*;

fn help(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn developer_commands_show_only_their_own_options_and_old_forms_still_work() {
    for cmd in ["install", "login", "diff", "status", "packages"] {
        let h = help(&[cmd, "--help"]);
        for opt in ["--data-dir", "--passphrase", "--key-file", "--config-dir"] {
            assert!(!h.contains(opt), "{cmd} --help shows {opt}:\n{h}");
        }
    }
    // The install help still names the agents with their products.
    assert!(help(&["install", "--help"]).contains("Claude Code"));
    for cmd in ["serve", "backup", "db"] {
        let h = help(&[cmd, "--help"]);
        assert!(
            h.contains("--data-dir") && h.contains("--passphrase") && h.contains("Server options"),
            "{cmd}:\n{h}"
        );
    }
    // Options before the subcommand (scripts, the systemd unit) and after it both work, and
    // a hidden server option is still accepted by a developer command.
    let inst = Instance::new("cli-split");
    inst.init();
    let data = inst.data();
    let cfg = inst.cfg();
    let after = Command::new(BIN)
        .args(["db", "status", "--data-dir"])
        .arg(&data)
        .arg("--config-dir")
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(after.status.success(), "{}", stderr(&after));
    let r = inst.run(&["whoami", "--config-dir", cfg.to_str().unwrap()]);
    assert_eq!(
        code(&r),
        3,
        "not logged in, not a usage error: {}",
        stderr(&r)
    );
    assert!(stderr(&r).contains("not logged in"), "{}", stderr(&r));
    inst.verify();
}

/// Every file below `dir` (relative path → bytes).
fn files(dir: &Path, rel: &str, out: &mut Vec<(String, Vec<u8>)>) {
    for e in std::fs::read_dir(dir.join(rel)).unwrap() {
        let e = e.unwrap();
        let name = format!("{rel}{}", e.file_name().to_string_lossy());
        if e.file_type().unwrap().is_dir() {
            files(dir, &format!("{name}/"), out);
        } else {
            out.push((name, std::fs::read(e.path()).unwrap()));
        }
    }
}

/// `script` runs the command on a pseudo-terminal, as a person at a terminal would.
fn on_terminal(inst: &Instance, args: &[&str]) -> String {
    let mut line = format!(
        "{BIN} --data-dir {} --config-dir {}",
        inst.data().display(),
        inst.cfg().display()
    );
    for a in args {
        line.push(' ');
        line.push_str(a);
    }
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_remove("RULEBOOK_SERVER")
        .env_remove("RULEBOOK_API_KEY")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn diff_update_and_install_tell_the_developer_the_truth() {
    let inst = Instance::new("cli-daily");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    cli_login(&inst, &server, &admin, "write");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let at = repo.to_str().unwrap();
    inst.ok(&["install", "backend", "-p", at, "--agents", "all", "--mcp"]);
    assert!(repo.join(".mcp.json").is_file());

    // What install writes is committed: text ends with a newline, the lock is 0644.
    let mut written = Vec::new();
    files(&repo, "", &mut written);
    assert!(written.len() > 20, "{}", written.len());
    for (path, bytes) in &written {
        if std::str::from_utf8(bytes).is_ok() && !bytes.is_empty() {
            assert!(bytes.ends_with(b"\n"), "{path} does not end with a newline");
        }
    }
    for f in ["rulebook.lock", "rulebook.json"] {
        let mode = std::fs::metadata(repo.join(f))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o644, "{f}");
    }

    // Local changes: an edited command, a deleted generated rule, a new hand-written rule.
    let triage = repo.join(".claude/commands/triage.md");
    let text = std::fs::read_to_string(&triage).unwrap();
    std::fs::write(
        &triage,
        text.replace("Triage $ARGUMENTS.", "Triage $ARGUMENTS by severity."),
    )
    .unwrap();
    let rule = repo.join(".claude/rules/rulebook/api-errors.md");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, text.replace("with a code.", "with a stable code.")).unwrap();
    std::fs::remove_file(repo.join(".claude/rules/rulebook/logging.md")).unwrap();
    std::fs::write(
        repo.join(".claude/rules/review-notes.md"),
        "# Review notes\n\n- Link the issue in every pull request.\n",
    )
    .unwrap();

    // --dry-run shows the content diff and creates nothing.
    let dry = inst.ok(&["diff", "-p", at, "--dry-run"]);
    assert!(
        dry.contains("would propose command triage (base v1)")
            && dry.contains("-Triage $ARGUMENTS.")
            && dry.contains("+Triage $ARGUMENTS by severity."),
        "{dry}"
    );
    assert!(
        dry.contains("would propose new standard review-notes"),
        "{dry}"
    );
    assert!(dry.contains("+  \"name\": \"Review notes\""), "{dry}");
    assert!(
        dry.contains("ignored: .claude/rules/rulebook/logging.md was deleted"),
        "{dry}"
    );
    let base = "/api/v1/orgs/acme/spaces/default";
    let open = |path: &str| -> Vec<Value> {
        admin.get(path).json()["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["status"] == "open")
            .cloned()
            .collect()
    };
    assert!(open(&format!("{base}/proposals")).is_empty());

    let sent = inst.ok(&["diff", "-p", at, "-m", "from my repo"]);
    assert!(
        sent.contains("proposed command triage (base v1)")
            && sent.contains("proposed new standard review-notes"),
        "{sent}"
    );
    let edits = open(&format!("{base}/commands/triage/proposals"));
    assert_eq!(edits.len(), 1, "{edits:?}");
    let id = edits[0]["id"].as_i64().unwrap();
    assert!(
        sent.contains(&format!("{}/#/acme/default/proposals/{id}", server.url)),
        "{sent}"
    );
    // Twice: nothing new, each one reported as already proposed, with where to review it.
    let again = inst.ok(&["diff", "-p", at, "-m", "from my repo"]);
    assert!(
        sent.contains("proposed standard api-errors (base v1)"),
        "{sent}"
    );
    assert_eq!(again.matches("already proposed: ").count(), 3, "{again}");
    assert!(
        !again.contains("proposed standard") && !again.contains("proposed command"),
        "{again}"
    );
    assert!(
        again.contains(&format!(
            "already proposed: {}/#/acme/default/proposals/{id}",
            server.url
        )),
        "{again}"
    );
    assert_eq!(open(&format!("{base}/commands/triage/proposals")).len(), 1);
    assert_eq!(
        open(&format!("{base}/standards/api-errors/proposals")).len(),
        1
    );
    let all_open = open(&format!("{base}/proposals"));
    assert_eq!(all_open.len(), 3, "{all_open:?}");
    let new_id = all_open
        .iter()
        .find(|p| p["new"] == true)
        .and_then(|p| p["id"].as_i64())
        .unwrap();

    // Accepting does not move `latest`; the answer names the package to publish.
    let accepted = admin.post(
        &format!("{base}/commands/triage/proposals/{id}/accept"),
        &json!({}),
    );
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    assert_eq!(
        accepted.json()["packages_to_release"],
        json!([{ "slug": "backend", "name": "Backend", "latest_version": "1" }])
    );
    let new_accepted = admin.post(&format!("{base}/proposals/{new_id}/accept"), &json!({}));
    assert_eq!(new_accepted.status, 200, "{}", new_accepted.text());
    assert_eq!(new_accepted.json()["packages_to_release"], json!([]));
    assert_eq!(
        admin.get(&format!("{base}/packages/backend")).json()["unreleased_changes"],
        1
    );
    assert_eq!(
        admin.get(&format!("{base}/packages/ops")).json()["unreleased_changes"],
        0
    );

    // update and status say why the accepted change is not here yet, and how it gets here.
    std::fs::remove_file(repo.join(".claude/rules/review-notes.md")).unwrap();
    let note = format!(
        "up to date with backend 1; 1 accepted change is not released yet — a maintainer publishes it with a release (UI: Packages › Publish, or POST {}{base}/packages/backend/releases)",
        server.url
    );
    let updated = inst.ok(&["update", "-p", at, "--force"]);
    assert!(updated.contains(&note), "{updated}");
    let status = inst.ok(&["status", "-p", at]);
    assert!(
        status.contains("up to date") && status.contains(&note),
        "{status}"
    );
    // Released: update brings it, and the note is gone.
    assert_eq!(
        admin
            .post(&format!("{base}/packages/backend/releases"), &json!({}))
            .status,
        201
    );
    assert_eq!(
        admin.get(&format!("{base}/packages/backend")).json()["unreleased_changes"],
        0
    );
    let updated = inst.ok(&["update", "-p", at]);
    assert!(!updated.contains("not released yet"), "{updated}");
    assert!(
        std::fs::read_to_string(&triage)
            .unwrap()
            .contains("by severity"),
        "the released change arrived"
    );
    assert!(!inst.ok(&["status", "-p", at]).contains("not released yet"));
    // A package never released is listed with no version; a removed item is a change too.
    let fresh = json!({ "name": "Fresh", "items": [{ "kind": "command", "slug": "triage" }] });
    assert_eq!(admin.post(&format!("{base}/packages"), &fresh).status, 201);
    let proposed = admin.send_bytes(
        "POST",
        &format!("{base}/commands/triage/proposals"),
        "application/json",
        json!({ "name": "Triage", "description": "Triage an issue", "body": "Triage $ARGUMENTS by impact.\n" })
            .to_string()
            .as_bytes(),
        &[("If-Match", "\"v2\"")],
    );
    assert_eq!(proposed.status, 201, "{}", proposed.text());
    let accepted = admin.post(
        &format!(
            "{base}/commands/triage/proposals/{}/accept",
            proposed.json()["id"]
        ),
        &json!({}),
    );
    assert_eq!(
        accepted.json()["packages_to_release"],
        json!([{ "slug": "backend", "name": "Backend", "latest_version": "2" },
               { "slug": "fresh", "name": "Fresh", "latest_version": null }])
    );
    assert_eq!(
        admin.get(&format!("{base}/packages/fresh")).json()["unreleased_changes"],
        1
    );
    let fewer = json!({ "name": "Ops", "items": [] });
    assert_eq!(
        admin.put(&format!("{base}/packages/ops"), &fewer).status,
        200
    );
    assert_eq!(
        admin.get(&format!("{base}/packages/ops")).json()["unreleased_changes"],
        1
    );

    // Progress: on a terminal, counted steps across a monorepo; piped, not a byte of it.
    let mono = inst.tmp.path().join("mono");
    for dir in ["services/api", "tools/ops"] {
        std::fs::create_dir_all(mono.join(dir)).unwrap();
        std::fs::write(
            mono.join(dir).join("rulebook.json"),
            json!({ "packages": { "ops": "latest" }, "agents": ["cursor"] }).to_string(),
        )
        .unwrap();
    }
    let piped = inst.run(&["install", "-p", mono.to_str().unwrap()]);
    assert_eq!(code(&piped), 0, "{}", stderr(&piped));
    let err = stderr(&piped);
    assert!(
        !err.contains('\r') && !err.contains("[1/2]") && !err.contains('\u{1b}'),
        "{err:?}"
    );
    let export = inst.tmp.path().join("space.zip");
    let piped = inst.run(&["archive", "export", "--out", export.to_str().unwrap()]);
    assert_eq!(code(&piped), 0, "{}", stderr(&piped));
    assert!(!stderr(&piped).contains('\r'), "{:?}", stderr(&piped));
    let tty = on_terminal(&inst, &["install", "-p", mono.to_str().unwrap()]);
    assert!(
        tty.contains("[1/2] installing")
            && tty.contains("[2/2] installing")
            && tty.contains("tools/ops"),
        "{tty}"
    );
    server.stop();
    inst.verify();
}
