//! Git distribution end to end: the real server commits a package into repositories held by
//! loopback fakes of GitHub, GitLab and a plain smart-HTTP Git server (`git http-backend`),
//! each writing real commits to bare repositories; every check reads those repositories
//! with plain `git`.

use std::time::Duration;

use serde_json::{Value, json};

use crate::gitfakes::{Fake, messages, tree};
use crate::harness::{Client, Instance, Server, wait_until};

const GH_TOKEN: &str = "ghp_CANARYgithubTOKEN0123456789abcdef";
const GL_TOKEN: &str = "glpat-CANARYgitlabTOKEN0123456789";
const GIT_TOKEN: &str = "CANARY-plain-git-password-0123456789";
const ORG: &str = "/api/v1/orgs/acme";

/// A standard, a skill with an executable script, a package and its first release.
fn seed(admin: &Client, version: &str) {
    let base = format!("{ORG}/spaces/default");
    let r = admin.post(
        &format!("{base}/standards"),
        &json!({ "name": "Errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
                 "rules": [{ "text": "Never swallow errors." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        &format!("{base}/skills"),
        &json!({ "name": "deploy", "description": "Deploys.", "body": "Run scripts/run.sh.\n",
                 "files": [{ "path": "scripts/run.sh", "content": "#!/bin/sh\necho hi\n", "executable": true },
                           { "path": "logo.png", "content": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64": true }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let items =
        json!([{ "kind": "standard", "slug": "errors" }, { "kind": "skill", "slug": "deploy" }]);
    let r = admin.post(
        &format!("{base}/packages"),
        &json!({ "name": "Base", "items": items }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    release(admin, version);
}

fn release(admin: &Client, version: &str) {
    let r = admin.post(
        &format!("{ORG}/spaces/default/packages/base/releases"),
        &json!({ "version": version }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

fn allow(admin: &Client, fakes: &[&Fake]) {
    let entries: Vec<String> = fakes.iter().map(|f| f.entry()).collect();
    let r = admin.put("/api/v1/admin/egress", &json!({ "allow": entries }));
    assert_eq!(r.status, 200, "{}", r.text());
}

fn connection(admin: &Client, body: Value) {
    let r = admin.post(&format!("{ORG}/git/connections"), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    assert!(!r.text().contains("CANARY"), "{}", r.text());
}

fn target(admin: &Client, body: Value) -> i64 {
    let r = admin.post(&format!("{ORG}/git/targets"), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["id"].as_i64().unwrap()
}

/// Distributes to `targets` and waits for every job to finish; returns the jobs.
fn distribute(admin: &Client, body: Value) -> Vec<Value> {
    let r = admin.post(&format!("{ORG}/git/distribute"), &body);
    assert_eq!(r.status, 202, "{}", r.text());
    let ids: Vec<i64> = r.json()["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["job"].as_i64().unwrap())
        .collect();
    wait_jobs(admin, &ids)
}

fn wait_jobs(admin: &Client, ids: &[i64]) -> Vec<Value> {
    let mut jobs = Vec::new();
    let done = wait_until(Duration::from_secs(90), || {
        jobs = ids
            .iter()
            .map(|id| admin.get(&format!("{ORG}/git/jobs/{id}")).json())
            .collect();
        jobs.iter()
            .all(|j| !matches!(j["state"].as_str(), Some("queued" | "running")))
    });
    assert!(done.is_some(), "jobs did not finish: {jobs:#?}");
    jobs
}

fn text(files: &std::collections::BTreeMap<String, (String, Vec<u8>)>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} missing: {:?}", files.keys()))
            .1
            .clone(),
    )
    .unwrap()
}

fn mode(files: &std::collections::BTreeMap<String, (String, Vec<u8>)>, path: &str) -> String {
    files
        .get(path)
        .unwrap_or_else(|| panic!("{path} missing: {:?}", files.keys()))
        .0
        .clone()
}

fn serve(inst: &Instance) -> Server {
    inst.serve(&[
        "--distribution-retry-secs",
        "1",
        "--distribution-pr-refresh-secs",
        "1",
    ])
}

fn no_canary(server: &Server, admin: &Client, inst: &Instance) {
    let log = server.log.lock().unwrap().clone();
    assert!(!log.contains("CANARY"), "a token reached the log:\n{log}");
    for path in [
        "git/connections",
        "git/jobs?limit=1000",
        "git/targets",
        "git/overview",
    ] {
        let r = admin.get(&format!("{ORG}/{path}"));
        assert!(!r.text().contains("CANARY"), "{path}: {}", r.text());
    }
    let dump = inst.dump();
    assert!(
        !dump.contains("CANARY"),
        "a token is in the database in clear"
    );
}

#[test]
fn an_admin_distributes_to_github_gitlab_and_plain_git_by_commit_and_by_merge_request() {
    let gh = Fake::start("github_api.py", GH_TOKEN, 0);
    let gl = Fake::start("gitlab_api.py", GL_TOKEN, 0);
    let plain = Fake::start("git_http.py", GIT_TOKEN, 0);
    let gh_repo = gh.repo(
        "acme/api",
        json!({ "README.md": "# api\n", "CLAUDE.md": "# Team notes\n\nKeep this.\n" }),
        &[],
    );
    let gl_repo = gl.repo("group/web", json!({ "README.md": "# web\n" }), &[]);
    let plain_repo = plain.repo("o/svc", json!({ "README.md": "# svc\n" }), &[]);

    let inst = Instance::new("dist-main");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&gh, &gl, &plain]);
    connection(
        &admin,
        json!({ "name": "gh", "provider": "github", "base_url": format!("{}/api/v3", gh.url()),
        "token": GH_TOKEN, "author_name": "Rulebook Bot", "author_email": "bot@acme.test" }),
    );
    connection(
        &admin,
        json!({ "name": "gl", "provider": "gitlab", "base_url": gl.url(), "token": GL_TOKEN }),
    );
    connection(
        &admin,
        json!({ "name": "plain", "provider": "git", "base_url": plain.url(), "username": "bot", "token": GIT_TOKEN }),
    );

    // Test connection reports auth, permissions, default branch and rate-limit headroom.
    for (name, repo) in [
        ("gh", "acme/api"),
        ("gl", "group/web"),
        ("plain", "o/svc.git"),
    ] {
        let r = admin.post(
            &format!("{ORG}/git/connections/{name}/test"),
            &json!({ "repo": repo }),
        );
        assert_eq!(r.status, 200, "{}", r.text());
        let v = r.json();
        assert_eq!(v["ok"], json!(true), "{name}: {v:#}");
        assert_eq!(v["probe"]["default_branch"], json!("main"), "{name}: {v:#}");
    }
    let r = admin.post(
        &format!("{ORG}/git/connections/gh/test"),
        &json!({ "repo": "acme/api" }),
    );
    assert_eq!(r.json()["probe"]["can_push"], json!(true));
    assert!(r.json()["probe"]["rate_remaining"].is_u64(), "{}", r.text());
    assert!(
        r.json()["probe"]["permissions"]
            .to_string()
            .contains("repo")
    );

    let t_gh = target(
        &admin,
        json!({ "connection": "gh", "repo": "acme/api", "branch": "main",
        "agents": ["claude", "cursor"], "packages": ["base"] }),
    );
    let t_gl = target(
        &admin,
        json!({ "connection": "gl", "repo": "group/web", "branch": "main",
        "agents": ["claude"], "mode": "pull_request", "packages": ["base"] }),
    );
    let t_plain = target(
        &admin,
        json!({ "connection": "plain", "repo": "o/svc.git", "branch": "main",
        "path": "services/api", "agents": ["claude", "codex"], "packages": ["base"] }),
    );
    // Plain Git has no pull requests: refused with a clear reason.
    let r = admin.post(
        &format!("{ORG}/git/targets"),
        &json!({ "connection": "plain", "repo": "o/svc.git",
        "branch": "dev", "agents": ["claude"], "mode": "pull_request" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("no pull requests"), "{}", r.text());

    let jobs = distribute(&admin, json!({ "targets": [t_gh, t_gl, t_plain] }));
    for j in &jobs {
        assert_eq!(j["state"], json!("done"), "{j:#}");
    }
    let metrics = admin.get("/metrics").text();
    assert!(
        metrics.contains("rulebook_distribution_jobs{state=\"done\"} 3"),
        "{metrics}"
    );
    let job_of = |t: i64| {
        jobs.iter()
            .find(|j| j["target"] == json!(t))
            .unwrap()
            .clone()
    };

    // GitHub: one commit with every file, the executable bit kept, hand-written notes kept.
    let files = tree(&gh_repo, "main");
    assert_eq!(
        mode(&files, ".claude/skills/deploy/scripts/run.sh"),
        "100755"
    );
    assert_eq!(mode(&files, ".claude/skills/deploy/SKILL.md"), "100644");
    let claude = text(&files, "CLAUDE.md");
    assert!(
        claude.starts_with("# Team notes\n\nKeep this.\n"),
        "{claude}"
    );
    assert!(
        claude.contains("Never swallow errors")
            || files.keys().any(|k| k.starts_with(".claude/rules/")),
        "{claude}"
    );
    assert!(
        files.keys().any(|k| k.starts_with(".cursor/rules/")),
        "{:?}",
        files.keys()
    );
    let lock: Value = serde_json::from_str(&text(&files, "rulebook.lock")).unwrap();
    assert_eq!(lock["packages"]["base"]["release"], json!("1.0.0"));
    let config: Value = serde_json::from_str(&text(&files, "rulebook.json")).unwrap();
    assert_eq!(
        config,
        json!({ "org": "acme", "packages": { "base": "latest" }, "agents": ["claude", "cursor"] })
    );
    let log = messages(&gh_repo, "main");
    assert_eq!(log.len(), 2, "{log:#?}");
    let gh_job = job_of(t_gh);
    assert!(log[0].starts_with("Rulebook: base 1.0.0"), "{}", log[0]);
    assert!(log[0].contains("- skill deploy v1 (base)"), "{}", log[0]);
    assert!(
        log[0].ends_with(&format!("Rulebook-Distribution: {}", gh_job["id"])),
        "{}",
        log[0]
    );
    assert_eq!(
        gh_job["commit"].as_str().unwrap(),
        crate::gitfakes::git(&gh_repo, &["rev-parse", "main"]).trim()
    );
    let author = crate::gitfakes::git(&gh_repo, &["log", "-1", "--format=%an <%ae>", "main"]);
    assert_eq!(author.trim(), "Rulebook Bot <bot@acme.test>");
    // The exact request shapes: a tree on the base tree, a fast-forward-only ref update.
    let reqs = gh.requests();
    let tree_req = reqs
        .iter()
        .find(|r| r["method"] == "POST" && r["path"].as_str().unwrap().ends_with("/git/trees"))
        .unwrap();
    assert!(tree_req["body"]["base_tree"].is_string(), "{tree_req:#}");
    // Text files ride inside the tree request; the binary one is a blob of its own.
    let blobs: Vec<_> = reqs
        .iter()
        .filter(|r| r["method"] == "POST" && r["path"].as_str().unwrap().ends_with("/git/blobs"))
        .collect();
    let pngs = files.keys().filter(|k| k.ends_with("logo.png")).count();
    assert!(pngs >= 1);
    assert_eq!(
        blobs.len(),
        pngs,
        "one blob per binary file, none for text: {blobs:#?}"
    );
    assert_eq!(
        files[".claude/skills/deploy/logo.png"].1[..4],
        [0x89, b'P', b'N', b'G']
    );
    let patch = reqs.iter().find(|r| r["method"] == "PATCH").unwrap();
    assert_eq!(patch["body"]["force"], json!(false), "{patch:#}");
    assert!(
        patch["path"]
            .as_str()
            .unwrap()
            .starts_with("/api/v3/repos/acme/api/git/refs/heads/main")
    );
    assert!(
        reqs.iter()
            .all(|r| r["headers"]["authorization"] == json!(format!("Bearer {GH_TOKEN}")))
    );

    // GitLab, merge request mode: main untouched, one commit on the rolling branch, one MR.
    assert_eq!(messages(&gl_repo, "main").len(), 1);
    let rolling = tree(&gl_repo, "rulebook/update");
    assert_eq!(
        mode(&rolling, ".claude/skills/deploy/scripts/run.sh"),
        "100755"
    );
    let gl_job = job_of(t_gl);
    assert_eq!(gl_job["pull_request"]["state"], json!("open"), "{gl_job:#}");
    let iid = gl_job["pull_request"]["number"].as_i64().unwrap();
    let commits = gl
        .requests()
        .into_iter()
        .filter(|r| {
            r["method"] == "POST" && r["path"].as_str().unwrap().ends_with("/repository/commits")
        })
        .collect::<Vec<_>>();
    assert_eq!(commits.len(), 1);
    let actions = commits[0]["body"]["actions"].as_array().unwrap();
    assert!(
        actions
            .iter()
            .any(|a| a["file_path"] == ".claude/skills/deploy/scripts/run.sh"
                && a["execute_filemode"] == json!(true)),
        "{actions:#?}"
    );
    assert!(commits[0]["body"]["start_sha"].is_string());

    // Plain Git: a real push into the folder of a monorepo.
    let files = tree(&plain_repo, "main");
    assert_eq!(
        mode(&files, "services/api/.claude/skills/deploy/scripts/run.sh"),
        "100755"
    );
    assert!(
        files.contains_key("services/api/AGENTS.md"),
        "{:?}",
        files.keys()
    );
    assert!(files.contains_key("services/api/rulebook.lock"));
    assert!(files.contains_key("README.md"));
    let plain_reqs = plain.requests();
    assert!(
        plain_reqs.iter().any(
            |r| r["path"].as_str().unwrap().ends_with("git-receive-pack") && r["auth"] == "ok"
        ),
        "{plain_reqs:#?}"
    );

    // Again with nothing new: no commit anywhere; the merge request is kept (same number).
    let again = distribute(&admin, json!({ "targets": [t_gh, t_plain] }));
    for j in &again {
        assert_eq!(j["state"], json!("no_changes"), "{j:#}");
    }
    assert_eq!(messages(&gh_repo, "main").len(), 2);
    assert_eq!(messages(&plain_repo, "main").len(), 2);
    let again = distribute(&admin, json!({ "targets": [t_gl] }));
    assert_eq!(again[0]["state"], json!("done"), "{:#}", again[0]);
    assert_eq!(again[0]["pull_request"]["number"], json!(iid));
    assert_eq!(
        messages(&gl_repo, "rulebook/update").len(),
        2,
        "the rolling branch is main plus one commit"
    );

    // The merge request is merged on GitLab: the job's status follows.
    gl.control(
        "POST",
        "/_fake/merge",
        Some(json!({ "repo": "group/web", "iid": iid })),
    );
    let gl_last = again[0]["id"].as_i64().unwrap();
    let merged = wait_until(Duration::from_secs(20), || {
        admin.get(&format!("{ORG}/git/jobs/{gl_last}")).json()["pull_request"]["state"]
            == json!("merged")
    });
    assert!(
        merged.is_some(),
        "{}",
        admin.get(&format!("{ORG}/git/jobs/{gl_last}")).text()
    );

    // A new release: the overview says what is outdated and which artifacts changed.
    let r = admin.send_if_match(
        "PUT",
        &format!("{ORG}/spaces/default/standards/errors"),
        Some("\"v1\""),
        &json!({ "name": "Errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
                 "rules": [{ "text": "Never swallow errors; rethrow with context." }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    release(&admin, "1.1.0");
    let over = admin.get(&format!("{ORG}/git/overview")).json();
    let row = over["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == json!(t_gh))
        .unwrap()
        .clone();
    assert_eq!(row["packages"][0]["status"], json!("outdated"), "{row:#}");
    assert_eq!(
        row["packages"][0]["changed"],
        json!([{ "kind": "standard", "slug": "errors", "version": 2 }]),
        "{row:#}"
    );
    let live = over["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["slug"] == "deploy")
        .unwrap();
    assert_eq!(live["live"].as_array().unwrap().len(), 3, "{live:#}");
    let outdated = distribute(&admin, json!({ "outdated": true, "package": "base" }));
    assert_eq!(outdated.len(), 3, "{outdated:#?}");
    let over = admin.get(&format!("{ORG}/git/overview")).json();
    for t in over["targets"].as_array().unwrap() {
        assert_eq!(t["packages"][0]["status"], json!("up to date"), "{t:#}");
    }
    assert!(text(&tree(&gh_repo, "main"), "rulebook.lock").contains("1.1.0"));

    // A package removed from a target: its files and its section go, the notes stay.
    let r = admin.put(
        &format!("{ORG}/git/targets/{t_gh}/packages"),
        &json!({ "packages": [] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let removed = distribute(&admin, json!({ "targets": [t_gh] }));
    assert_eq!(removed[0]["state"], json!("done"), "{:#}", removed[0]);
    let files = tree(&gh_repo, "main");
    assert!(
        !files.keys().any(|k| k.starts_with(".claude/skills/")),
        "{:?}",
        files.keys()
    );
    assert!(
        !files.keys().any(|k| k.starts_with(".cursor/")),
        "{:?}",
        files.keys()
    );
    assert_eq!(text(&files, "CLAUDE.md"), "# Team notes\n\nKeep this.\n");

    no_canary(&server, &admin, &inst);
    drop(server);
    inst.verify();
}

#[test]
fn a_moved_head_is_reread_a_429_is_retried_and_a_wrong_token_fails_without_leaking() {
    let gh = Fake::start("github_api.py", GH_TOKEN, 0);
    let repo = gh.repo("acme/api", json!({ "README.md": "# api\n" }), &[]);
    gh.repo("acme/other", json!({ "README.md": "# other\n" }), &[]);
    let inst = Instance::new("dist-faults");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    // Mail is on (to a relay that is not there: what is queued is checked in the outbox), and
    // the admin has an address.
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [gh.entry(), "127.0.0.1:9".to_string()] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.put(
        "/api/v1/admin/mail",
        &json!({ "enabled": true, "host": "127.0.0.1", "port": 9, "security": "none",
                 "from_address": "rulebook@corp.example" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.put(
        "/api/v1/account/mail",
        &json!({ "email": "admin@corp.example", "notifications": true }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let base = format!("{}/api/v3", gh.url());
    connection(
        &admin,
        json!({ "name": "gh", "provider": "github", "base_url": base, "token": GH_TOKEN }),
    );
    let t = target(
        &admin,
        json!({ "connection": "gh", "repo": "acme/api", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );

    // Someone pushes between our read and our ref update: GitHub answers 422, the job reads
    // the new head, plans again and lands on top of it.
    gh.fault(json!({ "method": "PATCH", "path": "git/refs/heads/main", "times": 1,
        "advance": { "repo": "acme/api", "branch": "main", "path": "hotfix.txt", "content": "urgent\n" } }));
    // And the first tree creation meets a rate limit with Retry-After.
    gh.fault(json!({ "method": "POST", "path": "git/trees", "status": 429, "times": 1, "retry_after": "1",
        "body": { "message": "API rate limit exceeded" } }));
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("done"), "{:#}", jobs[0]);
    assert_eq!(jobs[0]["attempts"], json!(2), "{:#}", jobs[0]);
    let log = messages(&repo, "main");
    assert_eq!(log.len(), 3, "initial, the other push, ours: {log:#?}");
    assert!(log[0].contains(&format!("Rulebook-Distribution: {}", jobs[0]["id"])));
    let files = tree(&repo, "main");
    assert!(files.contains_key("hotfix.txt"), "the other push is kept");
    assert!(files.contains_key("rulebook.lock"));
    let patches = gh
        .requests()
        .iter()
        .filter(|r| r["method"] == "PATCH")
        .count();
    assert_eq!(patches, 2, "one refused fast-forward, one accepted");

    // A hand-edited generated file on the branch is not overwritten: the job fails and says
    // which file.
    gh.control(
        "POST",
        "/_fake/advance",
        Some(json!({ "repo": "acme/api", "branch": "main",
        "path": ".claude/skills/deploy/SKILL.md", "content": "edited by hand\n" })),
    );
    release(&admin, "1.0.1");
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("failed"), "{:#}", jobs[0]);
    let detail = jobs[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("RB-INSTALL-LOCAL-EDITS") && detail.contains("SKILL.md"),
        "{detail}"
    );
    // The organization's admins are told by mail (queued in the same transaction).
    let queued: Vec<(String, String, String)> = inst
        .sql()
        .prepare("SELECT purpose, subject, body FROM mail_outbox ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].0, "distribution.failed");
    assert_eq!(queued[0].1, "Distribution to acme/api failed (acme)");
    assert!(
        queued[0].2.contains("RB-INSTALL-LOCAL-EDITS"),
        "{}",
        queued[0].2
    );

    // A wrong token: the job fails with a clear status and the token is nowhere.
    connection(
        &admin,
        json!({ "name": "bad", "provider": "github", "base_url": base,
        "token": "CANARY-wrong-token-0123456789" }),
    );
    let r = admin.post(
        &format!("{ORG}/git/connections/bad/test"),
        &json!({ "repo": "acme/other" }),
    );
    assert_eq!(r.json()["ok"], json!(false), "{}", r.text());
    assert_eq!(
        r.json()["error"]["code"],
        json!("RB-DIST-AUTH"),
        "{}",
        r.text()
    );
    let bad = target(
        &admin,
        json!({ "connection": "bad", "repo": "acme/other", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [bad] }));
    assert_eq!(jobs[0]["state"], json!("failed"), "{:#}", jobs[0]);
    assert!(
        jobs[0]["detail"].as_str().unwrap().contains("RB-DIST-AUTH"),
        "{:#}",
        jobs[0]
    );
    assert_eq!(
        jobs[0]["attempts"],
        json!(1),
        "an auth failure is not retried"
    );

    // A host off the allowlist is refused before any connection, audited, never retried.
    let r = admin.put("/api/v1/admin/egress", &json!({ "allow": [] }));
    assert_eq!(r.status, 200);
    let before = gh.requests().len();
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("failed"), "{:#}", jobs[0]);
    assert!(
        jobs[0]["detail"]
            .as_str()
            .unwrap()
            .contains("RB-DIST-EGRESS-DENIED"),
        "{:#}",
        jobs[0]
    );
    assert_eq!(
        gh.requests().len(),
        before,
        "nothing reached the Git server"
    );

    // Cancel: a queued job (its target's host unreachable for now) is cancelled at once.
    allow(&admin, &[&gh]);
    gh.fault(json!({ "method": "GET", "path": "git/ref/heads", "status": 503, "times": 100 }));
    let r = admin.post(&format!("{ORG}/git/distribute"), &json!({ "targets": [t] }));
    let id = r.json()["jobs"][0]["job"].as_i64().unwrap();
    let retrying = wait_until(Duration::from_secs(20), || {
        let j = admin.get(&format!("{ORG}/git/jobs/{id}")).json();
        j["state"] == json!("queued") && j["attempts"].as_i64().unwrap_or(0) >= 1
    });
    assert!(
        retrying.is_some(),
        "{}",
        admin.get(&format!("{ORG}/git/jobs/{id}")).text()
    );
    let r = admin.post(&format!("{ORG}/git/jobs/{id}/cancel"), &json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["state"], json!("cancelled"));
    let r = admin.post(&format!("{ORG}/git/jobs/{id}/cancel"), &json!({}));
    assert_eq!(r.status, 409, "{}", r.text());

    no_canary(&server, &admin, &inst);
    drop(server);
    inst.verify();
}

#[test]
fn a_server_distribution_and_a_local_install_of_one_release_write_byte_identical_trees() {
    let gh = Fake::start("github_api.py", GH_TOKEN, 0);
    let repo = gh.repo("acme/api", json!({ "README.md": "# api\n" }), &[]);
    let inst = Instance::new("dist-same");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&gh]);
    connection(
        &admin,
        json!({ "name": "gh", "provider": "github", "base_url": format!("{}/api/v3", gh.url()), "token": GH_TOKEN }),
    );
    let agents = ["claude", "codex", "copilot", "cursor"];
    let t = target(
        &admin,
        json!({ "connection": "gh", "repo": "acme/api", "branch": "main",
        "agents": agents, "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("done"), "{:#}", jobs[0]);
    let remote = tree(&repo, "main");

    // The same release installed by the CLI into a checkout with the same rulebook.json.
    let r = admin.post(
        &format!("{ORG}/apikeys"),
        &json!({ "name": "cli", "scope": "read" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let key_file = inst.data().join("cli.key");
    std::fs::write(&key_file, r.json()["key"].as_str().unwrap()).unwrap();
    inst.ok(&[
        "login",
        "--host",
        &server.url,
        "--api-key-file",
        key_file.to_str().unwrap(),
    ]);
    let local = crate::harness::TempDir::new("dist-local");
    std::fs::write(local.path().join("README.md"), "# api\n").unwrap();
    std::fs::write(
        local.path().join("rulebook.json"),
        &remote["rulebook.json"].1,
    )
    .unwrap();
    inst.ok(&["install", "-p", local.path().to_str().unwrap()]);
    let mut on_disk = std::collections::BTreeMap::new();
    walk(local.path(), local.path(), &mut on_disk);
    let remote: std::collections::BTreeMap<String, (String, Vec<u8>)> = remote;
    assert_eq!(
        on_disk.keys().collect::<Vec<_>>(),
        remote.keys().collect::<Vec<_>>(),
        "the same paths"
    );
    for (path, (mode, bytes)) in &remote {
        let (m, b) = &on_disk[path];
        assert_eq!(b, bytes, "{path}: same bytes");
        assert_eq!(m, mode, "{path}: same mode");
    }

    // `rulebook status` in a clone of the distributed branch agrees with the server.
    let clone = crate::harness::TempDir::new("dist-clone");
    crate::gitfakes::git(clone.path(), &["clone", "-q", repo.to_str().unwrap(), "co"]);
    let status = inst.ok(&["status", "-p", clone.path().join("co").to_str().unwrap()]);
    assert!(status.contains("up to date"), "{status}");
    assert!(status.contains("no local edits"), "{status}");

    // A distribution is an install: the organization's install policy refuses it too, before
    // anything reaches the repository.
    let r = admin.put(
        &format!("{ORG}/settings/install-policy"),
        &json!({ "allowed_agents": ["claude", "codex", "copilot"] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let before = tree(&repo, "main");
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("failed"), "{:#}", jobs[0]);
    assert!(
        jobs[0]["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("install policy: agent 'cursor' is not allowed"),
        "{:#}",
        jobs[0]
    );
    assert_eq!(tree(&repo, "main"), before);
    drop(server);
    inst.verify();
}

fn walk(
    root: &std::path::Path,
    dir: &std::path::Path,
    out: &mut std::collections::BTreeMap<String, (String, Vec<u8>)>,
) {
    use std::os::unix::fs::PermissionsExt;
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out);
        } else {
            let mode = if std::fs::metadata(&p).unwrap().permissions().mode() & 0o111 != 0 {
                "100755"
            } else {
                "100644"
            };
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            out.insert(rel, (mode.to_string(), std::fs::read(&p).unwrap()));
        }
    }
}

#[test]
fn kill_9_during_a_distribution_to_20_targets_leaves_exactly_one_commit_per_target() {
    // 40 ms per API call: a job takes about ten calls, so kills land mid-job.
    let gh = Fake::start("github_api.py", GH_TOKEN, 40);
    let repos: Vec<std::path::PathBuf> = (0..20)
        .map(|i| {
            gh.repo(
                &format!("acme/r{i:02}"),
                json!({ "README.md": format!("# r{i}\n") }),
                &[],
            )
        })
        .collect();
    let inst = Instance::new("dist-kill");
    inst.init();
    let mut server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&gh]);
    connection(
        &admin,
        json!({ "name": "gh", "provider": "github", "base_url": format!("{}/api/v3", gh.url()),
        "token": GH_TOKEN, "max_concurrency": 4 }),
    );
    let targets: Vec<i64> = (0..20)
        .map(|i| {
            target(
                &admin,
                json!({ "connection": "gh", "repo": format!("acme/r{i:02}"), "branch": "main",
            "agents": ["claude", "cursor"], "packages": ["base"] }),
            )
        })
        .collect();
    let r = admin.post(
        &format!("{ORG}/git/distribute"),
        &json!({ "targets": targets }),
    );
    assert_eq!(r.status, 202, "{}", r.text());
    let ids: Vec<i64> = r.json()["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["job"].as_i64().unwrap())
        .collect();

    // Two kill -9 rounds at different points of progress (PATCHes seen by the fake), each
    // followed by a restart on the same data.
    let mut admin = admin;
    for at in [4, 11] {
        let reached = wait_until(Duration::from_secs(60), || {
            gh.requests()
                .iter()
                .filter(|r| r["method"] == "PATCH")
                .count()
                >= at
        });
        assert!(reached.is_some(), "the distribution did not progress");
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        server = serve(&inst);
        admin = crate::harness::Client::login(server.addr, "admin", crate::harness::ADMIN_PW);
    }
    let jobs = wait_jobs(&admin, &ids);
    // The kills landed while a ref update was in flight: the commit was made but not
    // recorded, and the restarted job found it by its trailer instead of committing again.
    let recovered = jobs
        .iter()
        .filter(|j| {
            j["detail"]
                .as_str()
                .unwrap_or("")
                .contains("found by its trailer")
        })
        .count();
    assert!(recovered >= 1, "{jobs:#?}");
    for (i, repo) in repos.iter().enumerate() {
        let job = jobs
            .iter()
            .find(|j| j["target"] == json!(targets[i]))
            .unwrap();
        assert_eq!(job["state"], json!("done"), "{job:#}");
        let log = messages(repo, "main");
        assert_eq!(log.len(), 2, "exactly one commit on r{i:02}: {log:#?}");
        assert!(
            log[0].ends_with(&format!("Rulebook-Distribution: {}", job["id"])),
            "{}",
            log[0]
        );
        let head = crate::gitfakes::git(repo, &["rev-parse", "main"]);
        assert_eq!(
            job["commit"].as_str(),
            Some(head.trim()),
            "the record matches the repository"
        );
    }
    drop(server);
    inst.verify();
}

/// Git as the far side's own developer runs it.
fn far_git(dir: &std::path::Path, args: &[&str]) -> String {
    let mut full = vec!["-c", "user.name=Far", "-c", "user.email=far@example.test"];
    full.extend_from_slice(args);
    crate::gitfakes::git(dir, &full)
}

#[test]
fn a_repository_out_of_reach_gets_its_distribution_as_a_bundle_or_a_patch_that_plain_git_applies() {
    let inst = Instance::new("dist-bundle");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    let r = admin.get(&format!(
        "{ORG}/spaces/default/packages/base/export?release=1.0.0"
    ));
    assert_eq!(r.status, 200);
    let work = crate::harness::TempDir::new("dist-bundle");
    let w = work.path();
    let archive = w.join("base.zip");
    std::fs::write(&archive, &r.body).unwrap();
    let keys = admin.get("/api/v1/signing-keys").json();
    let public = keys["keys"][0]["public_key"].as_str().unwrap().to_string();
    drop(server);

    // The far side: a repository with hand-written notes; what is carried in is a bundle.
    let git = far_git;
    git(w, &["init", "-q", "-b", "main", "far"]);
    std::fs::write(w.join("far/CLAUDE.md"), "# Notes\n").unwrap();
    git(&w.join("far"), &["add", "."]);
    git(&w.join("far"), &["commit", "-q", "-m", "start"]);
    git(
        &w.join("far"),
        &[
            "bundle",
            "create",
            "-q",
            w.join("carried.bundle").to_str().unwrap(),
            "main",
        ],
    );

    // The far side trusts the server's signing key (carried with the archive, added once): an
    // archive is read only after its signature checks out.
    let never = w.join("never.bundle");
    let r = inst.run(&[
        "distribute",
        "--repo",
        w.join("carried.bundle").to_str().unwrap(),
        "--from",
        archive.to_str().unwrap(),
        "--agents",
        "claude",
        "base",
        "--bundle-out",
        never.to_str().unwrap(),
    ]);
    assert!(
        crate::harness::stderr(&r).contains("RB-INSTALL-SIGNATURE"),
        "an untrusted archive was read: {}",
        crate::harness::stderr(&r)
    );
    assert!(!never.exists());
    inst.ok(&["trust", "add", &public]);

    let out = w.join("rulebook.bundle");
    let patch = w.join("rulebook.patch");
    let printed = inst.ok(&[
        "distribute",
        "--repo",
        w.join("carried.bundle").to_str().unwrap(),
        "--branch",
        "main",
        "--from",
        archive.to_str().unwrap(),
        "--agents",
        "claude",
        "base",
        "--bundle-out",
        out.to_str().unwrap(),
        "--patch-out",
        patch.to_str().unwrap(),
    ]);
    assert!(printed.contains("git pull --ff-only"), "{printed}");

    // Plain git applies the bundle as a fast-forward...
    git(
        &w.join("far"),
        &["pull", "-q", "--ff-only", out.to_str().unwrap(), "main"],
    );
    let far = w.join("far");
    let script = far.join(".claude/skills/deploy/scripts/run.sh");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&script).unwrap().permissions().mode() & 0o111,
        0o111
    );
    let claude = std::fs::read_to_string(far.join("CLAUDE.md")).unwrap();
    assert!(claude.starts_with("# Notes\n"), "{claude}");
    let msg = git(&far, &["log", "-1", "--format=%B"]);
    assert!(msg.contains("Rulebook-Distribution: offline-"), "{msg}");
    let lock = std::fs::read_to_string(far.join("rulebook.lock")).unwrap();
    assert!(lock.contains("\"release\": \"1.0.0\""), "{lock}");
    // ...and the patch with `git am` on a checkout of the same base.
    git(
        w,
        &[
            "clone",
            "-q",
            "-b",
            "main",
            w.join("carried.bundle").to_str().unwrap(),
            "other",
        ],
    );
    git(&w.join("other"), &["am", "-q", patch.to_str().unwrap()]);
    let a = git(&far, &["rev-parse", "HEAD^{tree}"]);
    let b = git(&w.join("other"), &["rev-parse", "HEAD^{tree}"]);
    if a != b {
        git(
            &w.join("other"),
            &["fetch", "-q", far.to_str().unwrap(), "main"],
        );
        let d = git(&w.join("other"), &["diff", "HEAD", "FETCH_HEAD"]);
        panic!("the patch and the bundle give different trees:\n{d}");
    }

    // Nothing to change: nothing written, exit 0.
    git(
        &far,
        &[
            "bundle",
            "create",
            "-q",
            w.join("again.bundle").to_str().unwrap(),
            "main",
        ],
    );
    let again = w.join("again.out");
    let printed = inst.ok(&[
        "distribute",
        "--repo",
        w.join("again.bundle").to_str().unwrap(),
        "--from",
        archive.to_str().unwrap(),
        "--bundle-out",
        again.to_str().unwrap(),
    ]);
    assert!(printed.contains("nothing written"), "{printed}");
    assert!(!again.exists());
    // No output named: a usage error.
    let r = inst.run(&[
        "distribute",
        "--repo",
        w.join("again.bundle").to_str().unwrap(),
        "base",
    ]);
    assert_eq!(
        crate::harness::code(&r),
        2,
        "{}",
        crate::harness::stderr(&r)
    );
    inst.verify();
}

#[test]
fn an_online_distribute_obeys_the_organizations_install_policy() {
    let inst = Instance::new("dist-online-policy");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    crate::harness::cli_login(&inst, &server, &admin, "read");
    let work = crate::harness::TempDir::new("dist-online-policy");
    let w = work.path();
    let git = far_git;
    git(w, &["init", "-q", "-b", "main", "far"]);
    std::fs::write(w.join("far/README.md"), "# far\n").unwrap();
    git(&w.join("far"), &["add", "."]);
    git(&w.join("far"), &["commit", "-q", "-m", "start"]);
    let carried = w.join("carried.bundle");
    git(
        &w.join("far"),
        &["bundle", "create", "-q", carried.to_str().unwrap(), "main"],
    );
    let out = w.join("rulebook.bundle");
    let distribute = |agent: &str| {
        inst.run(&[
            "distribute",
            "--repo",
            carried.to_str().unwrap(),
            "--agents",
            agent,
            "base",
            "--bundle-out",
            out.to_str().unwrap(),
        ])
    };
    // Packages fetched from the server: the organization's policy is checked first.
    let policy = format!("{ORG}/settings/install-policy");
    let r = admin.put(&policy, &json!({ "allowed_agents": ["cursor"] }));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = distribute("claude");
    assert_ne!(crate::harness::code(&r), 0);
    assert!(
        crate::harness::stderr(&r).contains("agent 'claude' is not allowed"),
        "{}",
        crate::harness::stderr(&r)
    );
    assert!(!out.exists(), "nothing is written when refused");
    let r = distribute("cursor");
    assert_eq!(
        crate::harness::code(&r),
        0,
        "{}",
        crate::harness::stderr(&r)
    );
    assert!(out.exists());
    assert_eq!(admin.put(&policy, &json!({})).status, 200);
    drop(server);
    inst.verify();
}

#[test]
fn a_github_app_connection_mints_an_installation_token_per_job_and_never_shows_its_key() {
    let gh = Fake::start("github_api.py", GH_TOKEN, 0);
    let repo = gh.repo("acme/api", json!({ "README.md": "# api\n" }), &[]);
    let work = crate::harness::TempDir::new("dist-app");
    let key = work.path().join("app.pem");
    let out = std::process::Command::new("openssl")
        .args([
            "genrsa",
            "-traditional",
            "-out",
            key.to_str().unwrap(),
            "2048",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let modulus = std::process::Command::new("openssl")
        .args(["rsa", "-in", key.to_str().unwrap(), "-noout", "-modulus"])
        .output()
        .unwrap();
    let modulus = String::from_utf8(modulus.stdout).unwrap();
    gh.control(
        "POST",
        "/_fake/app",
        Some(json!({ "app_id": 4242, "installation_id": 77,
        "n": modulus.trim().trim_start_matches("Modulus="), "e": 65537 })),
    );
    let pem = std::fs::read_to_string(&key).unwrap();
    let secret_line = pem.lines().nth(5).unwrap().to_string();

    let inst = Instance::new("dist-app");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&gh]);
    // The key must look like one, and an App is a GitHub thing.
    let r = admin.post(&format!("{ORG}/git/connections"), &json!({ "name": "app", "provider": "github",
        "base_url": format!("{}/api/v3", gh.url()), "app_id": "4242", "installation_id": "77", "token": "not a key" }));
    assert_eq!(r.status, 422, "{}", r.text());
    let r = admin.post(
        &format!("{ORG}/git/connections"),
        &json!({ "name": "app", "provider": "gitlab",
        "base_url": gh.url(), "app_id": "4242", "installation_id": "77", "token": pem }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let r = admin.post(&format!("{ORG}/git/connections"), &json!({ "name": "app", "provider": "github",
        "base_url": format!("{}/api/v3", gh.url()), "app_id": "4242", "installation_id": "77", "token": pem }));
    assert_eq!(r.status, 201, "{}", r.text());
    assert!(!r.text().contains(&secret_line));
    let r = admin.post(
        &format!("{ORG}/git/connections/app/test"),
        &json!({ "repo": "acme/api" }),
    );
    assert_eq!(r.json()["ok"], json!(true), "{}", r.text());
    let t = target(
        &admin,
        json!({ "connection": "app", "repo": "acme/api", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("done"), "{:#}", jobs[0]);
    assert_eq!(messages(&repo, "main").len(), 2);
    let reqs = gh.requests();
    let minted = reqs
        .iter()
        .filter(|r| r["path"].as_str().unwrap().ends_with("/access_tokens"))
        .count();
    assert_eq!(
        minted, 2,
        "one installation token for the test, one for the job"
    );
    assert!(
        reqs.iter()
            .filter(|r| !r["path"].as_str().unwrap().ends_with("/access_tokens"))
            .all(|r| r["auth_kind"] == "installation"),
        "every API call used the installation token"
    );
    let log = server.log.lock().unwrap().clone();
    assert!(
        !log.contains(&secret_line) && !log.contains("ghs_"),
        "{log}"
    );
    assert!(
        !inst.dump().contains(&secret_line),
        "the key is sealed, not stored in clear"
    );
    drop(server);
    inst.verify();
}

/// Gitea, Azure DevOps Server and Bitbucket Data Center: by commit and by pull request, the
/// executable bit kept (pushed over Git where the API has no mode), the API used otherwise.
#[test]
fn gitea_azure_devops_and_bitbucket_receive_commits_and_pull_requests() {
    const TOKEN: &str = "CANARY-forge-token-0123456789abcdef";
    let gitea = Fake::start("gitea_api.py", TOKEN, 0);
    let azure = Fake::start("azure_api.py", TOKEN, 0);
    let bb = Fake::start("bitbucket_api.py", TOKEN, 0);
    let repos = [
        (
            gitea.repo("acme/direct", json!({ "README.md": "# a\n" }), &[]),
            "gitea",
        ),
        (
            azure.repo("proj/direct", json!({ "README.md": "# a\n" }), &[]),
            "azure",
        ),
        (
            bb.repo("PROJ/direct", json!({ "README.md": "# a\n" }), &[]),
            "bitbucket",
        ),
    ];
    let prs = [
        gitea.repo("acme/pr", json!({ "README.md": "# b\n" }), &[]),
        azure.repo("proj/pr", json!({ "README.md": "# b\n" }), &[]),
        bb.repo("PROJ/pr", json!({ "README.md": "# b\n" }), &[]),
    ];
    let inst = Instance::new("dist-forges");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&gitea, &azure, &bb]);
    connection(
        &admin,
        json!({ "name": "gitea", "provider": "gitea", "base_url": gitea.url(), "token": TOKEN }),
    );
    connection(
        &admin,
        json!({ "name": "azure", "provider": "azure", "base_url": format!("{}/DefaultCollection", azure.url()), "token": TOKEN }),
    );
    connection(
        &admin,
        json!({ "name": "bitbucket", "provider": "bitbucket", "base_url": bb.url(), "token": TOKEN }),
    );
    let names = [("gitea", "acme"), ("azure", "proj"), ("bitbucket", "PROJ")];
    let mut direct = Vec::new();
    let mut pull = Vec::new();
    for (conn, owner) in names {
        let r = admin.post(
            &format!("{ORG}/git/connections/{conn}/test"),
            &json!({ "repo": format!("{owner}/direct") }),
        );
        assert_eq!(r.json()["ok"], json!(true), "{conn}: {}", r.text());
        assert_eq!(
            r.json()["probe"]["default_branch"],
            json!("main"),
            "{conn}: {}",
            r.text()
        );
        direct.push(target(
            &admin,
            json!({ "connection": conn, "repo": format!("{owner}/direct"), "branch": "main",
            "agents": ["claude"], "packages": ["base"] }),
        ));
        pull.push(target(
            &admin,
            json!({ "connection": conn, "repo": format!("{owner}/pr"), "branch": "main",
            "agents": ["claude"], "mode": "pull_request", "packages": ["base"] }),
        ));
    }
    let all: Vec<i64> = direct.iter().chain(pull.iter()).copied().collect();
    let jobs = distribute(&admin, json!({ "targets": all }));
    for j in &jobs {
        assert_eq!(j["state"], json!("done"), "{j:#}");
    }
    for (repo, name) in &repos {
        let files = tree(repo, "main");
        assert_eq!(
            mode(&files, ".claude/skills/deploy/scripts/run.sh"),
            "100755",
            "{name}"
        );
        assert_eq!(
            mode(&files, ".claude/skills/deploy/SKILL.md"),
            "100644",
            "{name}"
        );
        let log = messages(repo, "main");
        assert_eq!(log.len(), 2, "{name}: {log:#?}");
        assert!(
            log[0].contains("Rulebook-Distribution: "),
            "{name}: {}",
            log[0]
        );
    }
    for (i, repo) in prs.iter().enumerate() {
        assert_eq!(
            messages(repo, "main").len(),
            1,
            "the target branch is untouched"
        );
        let files = tree(repo, "rulebook/update");
        assert_eq!(
            mode(&files, ".claude/skills/deploy/scripts/run.sh"),
            "100755"
        );
        let job = jobs.iter().find(|j| j["target"] == json!(pull[i])).unwrap();
        assert_eq!(job["pull_request"]["state"], json!("open"), "{job:#}");
    }

    // A content-only change goes through each API's own multi-file commit (no push).
    let r = admin.send_if_match(
        "PUT",
        &format!("{ORG}/spaces/default/standards/errors"),
        Some("\"v1\""),
        &json!({ "name": "Errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
                 "rules": [{ "text": "Never swallow errors; add context." }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    release(&admin, "1.1.0");
    let gitea_pushes = |f: &Fake| {
        f.requests()
            .iter()
            .filter(|r| {
                r["path"]
                    .as_str()
                    .unwrap_or("")
                    .ends_with("git-receive-pack")
            })
            .count()
    };
    let (g0, a0) = (gitea_pushes(&gitea), gitea_pushes(&azure));
    let jobs = distribute(&admin, json!({ "targets": direct }));
    for j in &jobs {
        assert_eq!(j["state"], json!("done"), "{j:#}");
    }
    assert_eq!(gitea_pushes(&gitea), g0, "Gitea: the contents API, no push");
    assert_eq!(
        gitea_pushes(&azure),
        a0,
        "Azure: the pushes API, no git push"
    );
    assert!(
        gitea
            .requests()
            .iter()
            .any(|r| r["method"] == "POST" && r["path"].as_str().unwrap().ends_with("/contents"))
    );
    let push = azure
        .requests()
        .into_iter()
        .rev()
        .find(|r| r["method"] == "POST" && r["path"].as_str().unwrap().contains("/pushes"))
        .unwrap();
    assert_eq!(
        push["body"]["refUpdates"][0]["oldObjectId"]
            .as_str()
            .unwrap()
            .len(),
        40,
        "{push:#}"
    );
    for (repo, name) in &repos {
        let lock = text(&tree(repo, "main"), "rulebook.lock");
        assert!(lock.contains("1.1.0"), "{name}: {lock}");
        assert_eq!(
            mode(&tree(repo, "main"), ".claude/skills/deploy/scripts/run.sh"),
            "100755",
            "{name}"
        );
    }

    // Pull requests merged on each forge: the jobs follow.
    for (i, (fake, owner)) in [(&gitea, "acme"), (&azure, "proj"), (&bb, "PROJ")]
        .iter()
        .enumerate()
    {
        let job = admin
            .get(&format!("{ORG}/git/jobs?target={}", pull[i]))
            .json()["jobs"][0]
            .clone();
        let n = job["pull_request"]["number"].as_i64().unwrap();
        fake.control(
            "POST",
            "/_fake/merge",
            Some(json!({ "repo": format!("{owner}/pr"), "number": n })),
        );
        let id = job["id"].as_i64().unwrap();
        let merged = wait_until(Duration::from_secs(20), || {
            admin.get(&format!("{ORG}/git/jobs/{id}")).json()["pull_request"]["state"]
                == json!("merged")
        });
        assert!(
            merged.is_some(),
            "{owner}: {}",
            admin.get(&format!("{ORG}/git/jobs/{id}")).text()
        );
    }
    no_canary(&server, &admin, &inst);
    drop(server);
    inst.verify();
}

/// The documented CI recipe (scripts/ci/rulebook-update.sh) run as a GitLab pipeline would:
/// a new release reaches a rolling branch and one merge request; a second run changes nothing.
#[test]
fn the_ci_auto_update_recipe_pushes_a_rolling_branch_and_opens_one_merge_request() {
    let gl = Fake::start("gitlab_api.py", GL_TOKEN, 0);
    let bare = gl.repo("group/app", json!({ "README.md": "# app\n" }), &[]);
    let inst = Instance::new("dist-ci");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    let r = admin.post(
        &format!("{ORG}/apikeys"),
        &json!({ "name": "ci", "scope": "read" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let work = crate::harness::TempDir::new("dist-ci");
    let w = work.path();
    let key = w.join("key");
    std::fs::write(&key, r.json()["key"].as_str().unwrap()).unwrap();
    let git = |dir: &std::path::Path, args: &[&str]| {
        let mut full = vec!["-c", "user.name=Dev", "-c", "user.email=dev@example.test"];
        full.extend_from_slice(args);
        crate::gitfakes::git(dir, &full)
    };
    // A developer installed 1.0.0 once and committed it.
    git(w, &["clone", "-q", bare.to_str().unwrap(), "co"]);
    let co = w.join("co");
    let cfg = w.join("cfg");
    let run_cli = |args: &[&str]| {
        let out = std::process::Command::new(crate::harness::BIN)
            .args(args)
            .env("RULEBOOK_CONFIG_DIR", &cfg)
            .env("RULEBOOK_DATA_DIR", w.join("data"))
            .current_dir(&co)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run_cli(&[
        "login",
        "--host",
        &server.url,
        "--api-key-file",
        key.to_str().unwrap(),
    ]);
    run_cli(&["install", "base", "--agents", "claude"]);
    git(&co, &["add", "-A"]);
    git(&co, &["commit", "-q", "-m", "rulebook 1.0.0"]);
    git(&co, &["push", "-q", "origin", "HEAD:main"]);

    // A new release, then the scheduled pipeline.
    let r = admin.send_if_match(
        "PUT",
        &format!("{ORG}/spaces/default/standards/errors"),
        Some("\"v1\""),
        &json!({ "name": "Errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
                 "rules": [{ "text": "Never swallow errors; add context." }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    release(&admin, "1.1.0");
    let script = format!(
        "{}/scripts/ci/rulebook-update.sh",
        env!("CARGO_MANIFEST_DIR")
    );
    let pipeline = || {
        std::process::Command::new("sh")
            .arg(&script)
            .current_dir(&co)
            .env("RULEBOOK_BIN", crate::harness::BIN)
            .env("RULEBOOK_CONFIG_DIR", &cfg)
            .env("RULEBOOK_DATA_DIR", w.join("data"))
            .env("RULEBOOK_URL", &server.url)
            .env("RULEBOOK_KEY_FILE", &key)
            .env("RB_FORGE", "gitlab")
            .env("CI_API_V4_URL", format!("{}/api/v4", gl.url()))
            .env("CI_PROJECT_ID", "group%2Fapp")
            .env("RB_GITLAB_TOKEN", GL_TOKEN)
            .output()
            .unwrap()
    };
    let out = pipeline();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("merge request from rulebook/update (201)"),
        "{said}"
    );
    let lock = text(&tree(&bare, "rulebook/update"), "rulebook.lock");
    assert!(lock.contains("1.1.0"), "{lock}");
    assert_eq!(messages(&bare, "main").len(), 2, "main is untouched");
    let mrs = gl
        .requests()
        .into_iter()
        .filter(|r| {
            r["method"] == "POST" && r["path"].as_str().unwrap().ends_with("/merge_requests")
        })
        .count();
    assert_eq!(mrs, 1);
    // The next scheduled run: nothing new.
    let out = pipeline();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() && said.contains("up to date"),
        "{said}"
    );
    drop(server);
    inst.verify();
}

/// A push with the system git: the token reaches git only through the credential helper's
/// pipe, never in any child's argv or environment (strace records every execve in full).
#[test]
fn a_plain_git_push_never_puts_the_token_in_argv_or_the_environment() {
    let plain = Fake::start("git_http.py", GIT_TOKEN, 0);
    let repo = plain.repo("o/svc", json!({ "README.md": "# svc\n" }), &[]);
    let inst = Instance::new("dist-strace");
    inst.init();
    let trace = inst.data().join("execve.trace");
    let prefix: Vec<String> = [
        "strace",
        "-f",
        "-qq",
        "-v",
        "-s",
        "65536",
        "-e",
        "trace=execve",
        "-o",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([trace.display().to_string(), "--".into()])
    .collect();
    let server = Server::start_under(&inst, &["--distribution-retry-secs", "1"], &prefix);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&plain]);
    connection(
        &admin,
        json!({ "name": "plain", "provider": "git", "base_url": plain.url(), "username": "bot", "token": GIT_TOKEN }),
    );
    let t = target(
        &admin,
        json!({ "connection": "plain", "repo": "o/svc.git", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("done"), "{:#}", jobs[0]);
    assert_eq!(messages(&repo, "main").len(), 2);
    server.stop_traced();
    let log = std::fs::read_to_string(&trace).unwrap();
    assert!(log.contains("\"push\""), "git push ran under strace");
    assert!(
        log.contains("credential.helper="),
        "through a credential helper"
    );
    assert!(
        !log.contains(GIT_TOKEN),
        "the token is in an execve:\n{}",
        log.lines()
            .filter(|l| l.contains(GIT_TOKEN))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(!log.contains("CANARY"), "no part of it either");
    inst.verify();
}

/// Plain Git over smart HTTP (`git http-backend` with Basic auth): a wrong token is refused
/// and not retried; a push on a stale base is refused by the server, re-read and retried.
#[test]
fn a_plain_git_push_is_refused_with_a_wrong_token_and_retried_on_a_stale_base() {
    let plain = Fake::start("git_http.py", GIT_TOKEN, 0);
    let repo = plain.repo("o/svc", json!({ "README.md": "# svc\n" }), &[]);
    plain.repo("o/other", json!({ "README.md": "# other\n" }), &[]);
    let inst = Instance::new("dist-plain");
    inst.init();
    let server = serve(&inst);
    let admin = server.setup_admin();
    seed(&admin, "1.0.0");
    allow(&admin, &[&plain]);
    connection(
        &admin,
        json!({ "name": "plain", "provider": "git", "base_url": plain.url(), "token": GIT_TOKEN }),
    );
    connection(
        &admin,
        json!({ "name": "wrong", "provider": "git", "base_url": plain.url(), "token": "CANARY-not-the-token" }),
    );
    let r = admin.post(
        &format!("{ORG}/git/connections/wrong/test"),
        &json!({ "repo": "o/other.git" }),
    );
    assert_eq!(
        r.json()["error"]["code"],
        json!("RB-DIST-AUTH"),
        "{}",
        r.text()
    );
    let bad = target(
        &admin,
        json!({ "connection": "wrong", "repo": "o/other.git", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [bad] }));
    assert_eq!(jobs[0]["state"], json!("failed"), "{:#}", jobs[0]);
    assert!(
        jobs[0]["detail"].as_str().unwrap().contains("RB-DIST-AUTH"),
        "{:#}",
        jobs[0]
    );
    assert_eq!(jobs[0]["attempts"], json!(1));

    // Someone pushes right before our push reaches the server: refused as non-fast-forward,
    // fetched again, planned again, pushed on top.
    plain.fault(json!({ "method": "POST", "path": "git-receive-pack", "times": 1,
        "advance": { "repo": "o/svc", "branch": "main", "path": "hotfix.txt", "content": "urgent\n" } }));
    let t = target(
        &admin,
        json!({ "connection": "plain", "repo": "o/svc.git", "branch": "main",
        "agents": ["claude"], "packages": ["base"] }),
    );
    let jobs = distribute(&admin, json!({ "targets": [t] }));
    assert_eq!(jobs[0]["state"], json!("done"), "{:#}", jobs[0]);
    let log = messages(&repo, "main");
    assert_eq!(log.len(), 3, "initial, the other push, ours: {log:#?}");
    assert!(tree(&repo, "main").contains_key("hotfix.txt"));
    let pushes = plain
        .requests()
        .iter()
        .filter(|r| {
            r["method"] == "POST"
                && r["path"]
                    .as_str()
                    .unwrap_or("")
                    .ends_with("git-receive-pack")
                && r["auth"] == "ok"
        })
        .count();
    assert_eq!(pushes, 2, "one refused push, one accepted");
    no_canary(&server, &admin, &inst);
    drop(server);
    inst.verify();
}
