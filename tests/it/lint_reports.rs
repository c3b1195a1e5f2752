//! Lint results from CI, through the real binary: `rulebook lint --report` in a checkout of a
//! tracked repository uploads counts per rule and where the findings are (never the code: a
//! canary on a flagged line never reaches the server), on a branch or a detached HEAD as CI
//! checks out; the overview shows each place's newest run, its history and the daily trend
//! per rule as the clock moves; untracked branches are not kept; inconsistent or oversized
//! uploads, partial runs, another organization's reports are refused; retention deletes old
//! runs but keeps the newest of each place.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

use crate::harness::{ADMIN_PW, Client, Instance, Server, cli_login, code, join, stderr};

/// The checkout's origin, as CI writes it: with the job's token, which must never be sent.
const URL: &str = "https://gitlab-ci-token:CANARY-ci-token-5e1d@git.example.internal/team/api.git";
const TRACKED: &str = "https://git.example.internal/team/api";
const CANARY: &str = "CANARY-7f3e9b2c-lint-report";
const CI_VARS: &[&str] = &[
    "CI_COMMIT_REF_NAME",
    "GITHUB_HEAD_REF",
    "GITHUB_REF_NAME",
    "BRANCH_NAME",
    "GIT_BRANCH",
    "GITHUB_EVENT_NAME",
];
const DETECTORS: &str = "id: no-todo\nregex: 'TODO'\nmessage: Resolve TODOs before merging.\nseverity: error\nmetadata:\n  standard: hygiene\n  rule: 1\n---\nid: no-print\nregex: 'print\\('\nmessage: Log, do not print.\nseverity: warning\nmetadata:\n  standard: hygiene\n  rule: 2\n";

fn git(dir: &Path, args: &[&str]) {
    let s = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(s.status.success(), "git {args:?}: {}", stderr(&s));
}

fn lint(inst: &Instance, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = inst.cmd(&[&["lint", "--detector", "../detectors.yml"], args].concat());
    c.current_dir(dir);
    for v in CI_VARS {
        c.env_remove(v);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn overview(c: &Client) -> Value {
    let r = c.get("/api/v1/orgs/acme/lint/reports");
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

#[test]
fn ci_lint_runs_are_reported_per_repository_and_rule_over_time() {
    let inst = Instance::new("lint-reports");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let clock_env = [("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())];
    let server = Server::start_with_env(&inst, &[], &clock_env);
    let admin = server.setup_admin();
    cli_login(&inst, &server, &admin, "read");
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    let r = admin.post(
        "/api/v1/orgs/acme/repositories",
        &json!({ "url": TRACKED, "branch": "main" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // The standard the detectors belong to: its rules are shown to whoever reads its space.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/default/standards",
        &json!({ "name": "Hygiene", "description": "Clean code.", "rules": [{ "text": "Resolve TODOs before merging." }, { "text": "Log, do not print." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    // A checkout of the tracked repository with three violations, one carrying a canary.
    std::fs::write(inst.tmp.path().join("detectors.yml"), DETECTORS).unwrap();
    let repo = inst.tmp.path().join("api");
    std::fs::create_dir_all(repo.join("src")).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["remote", "add", "origin", URL]);
    std::fs::write(
        repo.join("src/a.py"),
        format!("x = 1  # TODO: rotate {CANARY}\nprint(x)\n# TODO again\n"),
    )
    .unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "start"]);

    let out = lint(&inst, &repo, &["--report", "--format", "json"], &[]);
    assert_eq!(code(&out), 1, "errors found: {}", stderr(&out));
    assert!(
        stderr(&out).contains("uploaded for https://git.example.internal/team/api (main)"),
        "{}",
        stderr(&out)
    );
    let v = overview(&viewer);
    let place = &v["places"][0];
    assert_eq!(place["url"], TRACKED);
    assert_eq!(place["path"], "");
    assert_eq!(
        (&place["latest"]["errors"], &place["latest"]["warnings"]),
        (&json!(2), &json!(1)),
        "{v}"
    );
    assert_eq!(place["latest"]["files_checked"], 1);
    assert_eq!(place["latest"]["reported_by"], "admin");
    assert_eq!(place["latest"]["commit"].as_str().unwrap().len(), 40);
    let rules: Vec<(String, u64)> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule"].as_str().unwrap().into(),
                r["violations"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rules, [("hygiene/1".into(), 2), ("hygiene/2".into(), 1)]);
    assert_eq!(v["rules"][0]["message"], "Resolve TODOs before merging.");
    assert_eq!(v["series"].as_array().unwrap().len(), 30);
    assert_eq!(v["series"][29]["violations"], 3);
    assert_eq!(v["series"][28]["violations"], 0);
    let id = place["latest"]["id"].as_i64().unwrap();
    let one = viewer.get(&format!("/api/v1/orgs/acme/lint/reports/{id}"));
    assert_eq!(one.status, 200, "{}", one.text());
    let one = one.json();
    assert_eq!(one["findings"].as_array().unwrap().len(), 3);
    assert_eq!(
        one["findings"][0],
        json!({ "path": "src/a.py", "line": 1, "column": 10, "rule": "hygiene/1", "level": "error" })
    );
    assert!(!one.to_string().contains(CANARY));

    // A day later, CI on a detached HEAD (the branch from the CI variable) after a fix.
    std::fs::write(&clock, "86400").unwrap();
    std::fs::write(repo.join("src/a.py"), "x = 1\nprint(x)\n").unwrap();
    git(&repo, &["commit", "-q", "-am", "fix"]);
    git(&repo, &["checkout", "-q", "--detach"]);
    let out = lint(&inst, &repo, &["--report"], &[]);
    assert_eq!(code(&out), 2, "no branch for a detached HEAD");
    assert!(stderr(&out).contains("--report-branch"), "{}", stderr(&out));
    let out = lint(
        &inst,
        &repo,
        &["--report"],
        &[("CI_COMMIT_REF_NAME", "main")],
    );
    assert_eq!(code(&out), 0, "warnings only: {}", stderr(&out));
    // Sessions idle for a day have ended: sign in again.
    let viewer = Client::login(server.addr, "vera", "viewer passphrase 123");
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let v = overview(&viewer);
    assert_eq!(v["places"][0]["latest"]["errors"], 0);
    assert_eq!(v["places"][0]["history"].as_array().unwrap().len(), 2);
    assert_eq!(v["rules"][0]["violations"], 0, "{v}");
    assert_eq!(v["rules"][0]["places_checked"], 1);
    assert_eq!(v["rules"][0]["series"][28], 2);
    assert_eq!(v["rules"][0]["series"][29], 0);
    assert_eq!(v["series"][29]["violations"], 1);

    // A GitHub pull-request run is not a branch's state: refused unless a branch is named.
    let out = lint(
        &inst,
        &repo,
        &["--report"],
        &[
            ("GITHUB_EVENT_NAME", "pull_request"),
            ("GITHUB_REF_NAME", "main"),
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pull-request run"),
        "{}",
        stderr(&out)
    );
    // A subset of the folder is not its state either.
    let out = lint(
        &inst,
        &repo,
        &["--report", "src"],
        &[("CI_COMMIT_REF_NAME", "main")],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // An untracked branch is not kept; partial runs are refused.
    let out = lint(
        &inst,
        &repo,
        &["--report", "--report-branch", "feature"],
        &[],
    );
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("not a tracked repository"),
        "{}",
        stderr(&out)
    );
    let out = lint(&inst, &repo, &["--report", "--changed-files"], &[]);
    assert_eq!(code(&out), 2);
    // Outside Git, --report says what it needs.
    let out = lint(&inst, inst.tmp.path(), &["--report"], &[]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));

    // Forged uploads: each refusal names its reason; nothing is stored.
    let good = json!({ "url": URL, "branch": "main", "files_checked": 1, "findings_total": 1,
        "rules": [{ "rule": "hygiene/1", "message": "m", "level": "error", "violations": 1, "suppressed": 0 }],
        "findings": [{ "path": "a.py", "line": 1, "column": 1, "rule": "hygiene/1", "level": "error" }] });
    let forge = |f: &dyn Fn(&mut Value)| {
        let mut b = good.clone();
        f(&mut b);
        viewer.post("/api/v1/orgs/acme/lint/reports", &b)
    };
    for (f, status, why) in [
        (
            &(|b: &mut Value| b["findings_total"] = json!(5)) as &dyn Fn(&mut Value),
            422,
            "findings_total",
        ),
        (
            &|b: &mut Value| b["findings"][0]["rule"] = json!("other/9"),
            422,
            "does not count",
        ),
        (
            &|b: &mut Value| b["commit"] = json!("HEAD; rm -rf /"),
            422,
            "object id",
        ),
        (
            &|b: &mut Value| b["rules"][0]["level"] = json!("fatal"),
            400,
            "unknown variant",
        ),
        (
            &|b: &mut Value| b["code"] = json!("x"),
            400,
            "unknown field",
        ),
        (
            &|b: &mut Value| b["branch"] = json!("has space"),
            422,
            "branch",
        ),
        (
            &|b: &mut Value| b["findings"] = json!(vec![good["findings"][0].clone(); 1001]),
            422,
            "at most 1000",
        ),
    ] {
        let r = forge(f);
        assert_eq!(r.status, status, "{why}: {}", r.text());
        assert!(r.text().contains(why), "{why}: {}", r.text());
    }
    let r = forge(&|_| {});
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["errors"], 1);
    let forged = r.json()["id"].as_i64().unwrap();

    // A rule of a standard in a space the viewer cannot read: the admin sees it, the viewer
    // sees neither its text, nor its places, nor its counts in the totals.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/vault/standards",
        &json!({ "name": "Vault rules", "description": "Private.", "rules": [{ "text": "VAULT-SECRET-RULE" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut vault = good.clone();
    vault["rules"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "rule": "vault-rules/1", "message": "VAULT-SECRET-RULE", "level": "error", "violations": 3, "suppressed": 0 }));
    vault["findings"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "path": "secret/vault.py", "line": 1, "column": 1, "rule": "vault-rules/1", "level": "error" }));
    vault["findings_total"] = json!(4);
    let r = admin.post("/api/v1/orgs/acme/lint/reports", &vault);
    assert_eq!(r.status, 201, "{}", r.text());
    let vault_id = r.json()["id"].as_i64().unwrap();
    let seen = viewer.get("/api/v1/orgs/acme/lint/reports").text();
    assert!(
        !seen.contains("VAULT-SECRET") && !seen.contains("vault-rules"),
        "{seen}"
    );
    let v: Value = serde_json::from_str(&seen).unwrap();
    assert_eq!(v["places"][0]["latest"]["errors"], 1, "{v}");
    let one = viewer
        .get(&format!("/api/v1/orgs/acme/lint/reports/{vault_id}"))
        .text();
    assert!(
        !one.contains("VAULT-SECRET") && !one.contains("secret/vault.py"),
        "{one}"
    );
    let all = admin.get("/api/v1/orgs/acme/lint/reports").json();
    assert_eq!(all["places"][0]["latest"]["errors"], 4, "{all}");
    assert!(all.to_string().contains("VAULT-SECRET-RULE"));

    // Another organization neither sees nor reaches this one's reports.
    let r = admin.post("/api/v1/orgs", &json!({ "slug": "other", "name": "Other" }));
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.get(&format!("/api/v1/orgs/other/lint/reports/{forged}"));
    assert_eq!(r.status, 404, "{}", r.text());
    assert_eq!(
        admin.get("/api/v1/orgs/other/lint/reports").json()["places"],
        json!([])
    );
    let outsider = join(&admin, "member", "otto", "outsider passphrase 123");
    let r = outsider.get("/api/v1/orgs/other/lint/reports");
    assert!(matches!(r.status, 403 | 404), "{}", r.text());
    assert_eq!(
        viewer.get("/api/v1/orgs/acme/lint/reports?days=0").status,
        422
    );
    server.stop();

    // Retention: runs older than a day go, the newest of the place stays.
    std::fs::write(&clock, (3 * 86_400).to_string()).unwrap();
    let run = |args: &[&str]| {
        let out = inst
            .cmd(args)
            .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["retention", "set", "lint", "--days", "1"]);
    let plan = run(&["retention", "plan", "--list"]);
    assert!(plan.contains(&format!("lint report {id}")), "{plan}");
    assert!(plan.contains(&format!("lint report {forged}")), "{plan}");
    assert!(!plan.contains(&format!("lint report {vault_id}")), "{plan}");
    run(&["retention", "apply"]);
    inst.verify();
    let db = inst.sql();
    let left: Vec<i64> = db
        .prepare("SELECT id FROM lint_reports ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(left, [vault_id]);
    let rules: i64 = db
        .query_row(
            "SELECT count(*) FROM lint_report_rules WHERE report_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rules, 0, "rule rows go with their report");
    let audited: i64 = db
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'lint.reported'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 4);
    let dump = inst.dump();
    assert!(!dump.contains(CANARY), "code reached the database");
    assert!(
        !dump.contains("CANARY-ci-token"),
        "the CI token reached the database"
    );
}
