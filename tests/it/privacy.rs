//! Retention (nothing is deleted by default; policies under a controlled clock), legal hold,
//! and personal-data export and erasure with the audit chain still verifiable.

use serde_json::json;

use crate::harness::*;

#[test]
fn retention_keeps_everything_by_default_and_applies_policies_under_a_controlled_clock() {
    let inst = Instance::new("retention");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let env = [("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())];
    let server = Server::start_with_env(&inst, &[], &env);
    let admin = server.setup_admin();
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Web", "visibility": "open" }),
    );
    server.stop();
    let run = |args: &[&str]| {
        let out = inst
            .cmd(args)
            .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let audit_rows = || {
        inst.sql()
            .query_row("SELECT count(*) FROM audit_log", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    // 400 days later, with no policy, nothing would go.
    std::fs::write(&clock, (400 * 86_400).to_string()).unwrap();
    let plan = run(&["retention", "plan"]);
    assert!(
        plan.lines()
            .all(|l| l.contains("keep forever") && l.contains("would delete 0")),
        "{plan}"
    );
    let before = audit_rows();
    run(&["retention", "apply"]);
    assert_eq!(
        audit_rows(),
        before + 1,
        "apply with no policy deletes nothing (and records itself)"
    );

    run(&["retention", "set", "audit", "--days", "365"]);
    run(&["retention", "set", "sessions", "--days", "30"]);
    let plan = run(&["retention", "plan"]);
    assert!(
        plan.contains(&format!("{:<13} {:<20} would delete", "audit", "365 days")),
        "{plan}"
    );
    let old_audit = before; // every row written on day 0 is older than 365 days now
    assert!(
        plan.contains(&format!("would delete {old_audit}")),
        "{plan}"
    );
    assert!(
        plan.contains(&format!(
            "{:<13} {:<20} would delete 1",
            "sessions", "30 days"
        )),
        "{plan}"
    );

    // A legal hold blocks audit pruning.
    run(&["space", "hold", "acme", "web"]);
    let plan = run(&["retention", "plan"]);
    assert!(plan.contains("blocked by a legal hold"), "{plan}");
    run(&["space", "hold", "acme", "web", "--off"]);

    let applied = run(&["retention", "apply"]);
    assert!(
        applied.contains(&format!("deleted {old_audit}")),
        "{applied}"
    );
    let sessions: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sessions, 0);
    // The chain still verifies from the pruning anchor, and the counts were recorded.
    let out = run(&["audit", "verify"]);
    assert!(out.starts_with("ok:"), "{out}");
    let export = run(&["audit", "export"]);
    assert!(
        export.contains("retention.applied") && export.contains(&format!("audit={old_audit}")),
        "{export}"
    );
    inst.verify();
}

#[test]
fn legal_hold_blocks_space_deletion() {
    let inst = Instance::new("hold");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Evidence", "visibility": "private" }),
    );
    server.stop();
    inst.ok(&["space", "hold", "acme", "evidence"]);
    let server = inst.serve(&[]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let r = admin.delete("/api/v1/orgs/acme/spaces/evidence");
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("legal hold")
    );
    server.stop();
    inst.ok(&["space", "hold", "acme", "evidence", "--off"]);
    let server = inst.serve(&[]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    assert_eq!(
        admin.delete("/api/v1/orgs/acme/spaces/evidence").status,
        200
    );
    server.stop();
    inst.verify();
}

#[test]
fn export_and_erase_a_person_keeping_the_audit_chain() {
    let inst = Instance::new("erase");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let invite = admin
        .post("/api/v1/orgs/acme/invites", &json!({ "role": "member" }))
        .json();
    let anon = server.client();
    let r = anon.post(
        "/api/v1/invites/accept",
        &json!({ "token": invite["token"], "username": "valentina", "display_name": "Valentina Tereshkova", "password": "vostok six passphrase" }),
    );
    assert_eq!(r.status, 201);
    let v = Client::login(server.addr, "valentina", "vostok six passphrase");
    v.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "laptop", "scope": "read" }),
    );
    // Reports she made from a tracked repository carry her name until she is erased.
    let repo = json!({ "url": "https://git.example/team/app", "branch": "main" });
    assert_eq!(
        admin.post("/api/v1/orgs/acme/repositories", &repo).status,
        201
    );
    let r = v.post(
        "/api/v1/orgs/acme/lint/reports",
        &json!({ "url": "https://git.example/team/app", "branch": "main", "files_checked": 1,
                 "findings_total": 0, "rules": [], "findings": [] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = v.post(
        "/api/v1/orgs/acme/distributions",
        &json!({ "url": "https://git.example/team/app", "branch": "main", "packages": {},
                 "artifacts": [], "agents": ["claude"] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    anon.post(
        "/api/v1/auth/login",
        &json!({ "username": "valentina", "password": "wrong wrong wrong" }),
    );
    server.stop();

    let export: serde_json::Value =
        serde_json::from_str(&inst.ok(&["user", "export", "valentina"])).unwrap();
    assert_eq!(export["user"]["display_name"], "Valentina Tereshkova");
    assert_eq!(export["organizations"][0]["role"], "member");
    assert_eq!(export["api_keys"][0]["name"], "laptop");
    let kinds: Vec<&str> = export["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.len(), 2, "{export}");
    assert!(
        kinds.contains(&"lint") && kinds.contains(&"install"),
        "{export}"
    );
    assert!(export["sessions"].as_array().unwrap().len() == 1);
    assert!(
        export["audit_events"].as_array().unwrap().len() >= 3,
        "{export}"
    );
    assert!(
        !export.to_string().contains("pbkdf2"),
        "no password hash in the export"
    );

    let refused = inst.run(&["user", "erase", "valentina"]);
    assert_ne!(code(&refused), 0, "erasure needs --yes");
    let out = inst.ok(&["user", "erase", "valentina", "--yes"]);
    assert!(
        out.contains("erased-2") && out.contains("chain intact"),
        "{out}"
    );
    let dump = inst.dump();
    assert!(
        !dump.to_lowercase().contains("valentina") && !dump.contains("Tereshkova"),
        "personal data left in the database"
    );
    assert!(
        inst.ok(&["audit", "verify"]).starts_with("ok:"),
        "the chain must still verify after erasure"
    );
    let server = inst.serve(&[]);
    let r = server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "valentina", "password": "vostok six passphrase" }),
    );
    assert_eq!(r.status, 401);
    // The erased person still appears as a pseudonymous member, and erasing again is refused.
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let members = admin.get("/api/v1/orgs/acme/members").text();
    assert!(members.contains("erased-2"), "{members}");
    server.stop();
    assert_ne!(code(&inst.run(&["user", "erase", "erased-2", "--yes"])), 0);
    // The last admin cannot be erased.
    let out = inst.run(&["user", "erase", "admin", "--yes"]);
    assert!(stderr(&out).contains("last admin"), "{}", stderr(&out));
    inst.verify();
}

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

fn standard(name: &str, desc: &str) -> serde_json::Value {
    json!({ "name": name, "description": desc, "scope": ["src/**"],
            "rules": [{ "text": "Return errors.", "severity": "error" }], "message": "edit" })
}

/// A request with `If-Match` (edits and proposals name the version they read).
fn if_match(c: &Client, method: &str, path: &str, version: i64, body: &serde_json::Value) -> Resp {
    let b = body.to_string();
    let raw = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nCookie: rb_session={}\r\nX-CSRF-Token: {}\r\nIf-Match: \"v{version}\"\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
        c.addr,
        c.cookie.as_ref().unwrap(),
        c.csrf.as_ref().unwrap(),
        b.len()
    );
    request(c.addr, &raw).unwrap()
}

/// Creates a standard and edits it until it is at version `n`; returns its URL.
fn standard_at(c: &Client, space: &str, name: &str, words: &str, n: i64) -> String {
    let base = format!("/api/v1/orgs/acme/spaces/{space}/standards");
    let r = c.post(&base, &standard(name, &format!("{words} v1\n")));
    assert_eq!(r.status, 201, "{}", r.text());
    let url = format!("{base}/{}", r.json()["slug"].as_str().unwrap());
    for v in 2..=n {
        let r = if_match(
            c,
            "PUT",
            &url,
            v - 1,
            &standard(name, &format!("{words} v{v}\n")),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    url
}

fn versions_of(inst: &Instance, slug: &str) -> Vec<i64> {
    let c = inst.sql();
    let mut stmt = c
        .prepare(
            "SELECT v.version FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
             WHERE a.slug = ?1 ORDER BY v.version",
        )
        .unwrap();
    stmt.query_map([slug], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn count(inst: &Instance, sql: &str) -> i64 {
    inst.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The class lines and listed targets of `retention plan --list` / the counts of `apply`.
fn listed(out: &str) -> (Vec<String>, std::collections::BTreeSet<String>) {
    let mut counts = Vec::new();
    let mut targets = std::collections::BTreeSet::new();
    for l in out.lines() {
        if let Some(t) = l.strip_prefix("  ") {
            targets.insert(t.to_string());
        } else {
            let words: Vec<&str> = l.split_whitespace().collect();
            let n = words
                .iter()
                .position(|w| *w == "delete" || *w == "deleted")
                .and_then(|i| words.get(i + 1))
                .copied()
                .unwrap_or("");
            counts.push(format!("{} {n}", l.split_whitespace().next().unwrap_or("")));
        }
    }
    (counts, targets)
}

/// Issue 12, finding 17: retention covers artifact versions (keep the N newest and/or those
/// replaced within D days; never the current version, one a release pins or one a proposal is
/// based on), the trash, decided proposals and install reports, with plan/apply and legal hold.
/// The plan lists exactly what apply deletes; history, diffs, releases, proposals and search
/// keep working; the audit chain and the database verify afterwards.
#[test]
fn retention_of_versions_trash_proposals_and_reports_keeps_what_is_pinned_or_held() {
    let inst = Instance::new("retention-playbook");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let env = [("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())];
    let server = Server::start_with_env(&inst, &[], &env);
    let admin = server.setup_admin();
    let mo = join(&admin, "member", "mo", "a passphrase of length");
    // alpha: v2 is pinned by a release, v3 is the base of an open proposal, v1 the base of a
    // rejected one; v7 is current.
    let alpha = standard_at(&admin, "default", "Alpha rules", "quokka", 2);
    admin.post(
        &format!("{BASE}/standards"),
        &standard("Gamma rules", "released then trashed\n"),
    );
    let r = admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "Pinned", "description": "",
                 "items": [{ "kind": "standard", "slug": "alpha-rules" }, { "kind": "standard", "slug": "gamma-rules" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let rel = admin.post(
        &format!("{BASE}/packages/pinned/releases"),
        &json!({ "version": "1.0.0" }),
    );
    assert_eq!(rel.status, 201, "{}", rel.text());
    for v in 3..=7 {
        let r = if_match(
            &admin,
            "PUT",
            &alpha,
            v - 1,
            &standard("Alpha rules", &format!("quokka v{v}\n")),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    let open = if_match(
        &mo,
        "POST",
        &format!("{alpha}/proposals"),
        3,
        &standard("Alpha rules", "open\n"),
    );
    assert_eq!(open.status, 201, "{}", open.text());
    let open = open.json()["id"].as_i64().unwrap();
    let rejected = if_match(
        &mo,
        "POST",
        &format!("{alpha}/proposals"),
        1,
        &standard("Alpha rules", "no\n"),
    );
    let rejected = rejected.json()["id"].as_i64().unwrap();
    let r = admin.post(
        &format!("{alpha}/proposals/{rejected}/reject"),
        &json!({ "comment": "no" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // beta: in the trash, in an unreleased package, with an open proposal: purged whole.
    let beta = standard_at(&admin, "default", "Beta rules", "zanzibar", 2);
    admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "Draft", "description": "", "items": [{ "kind": "standard", "slug": "beta-rules" }] }),
    );
    assert_eq!(
        if_match(
            &mo,
            "POST",
            &format!("{beta}/proposals"),
            2,
            &standard("Beta rules", "x\n")
        )
        .status,
        201
    );
    assert_eq!(admin.delete(&beta).status, 200);
    // gamma: in the trash but pinned by a release: never purged.
    assert_eq!(
        admin
            .delete(&format!("{BASE}/standards/gamma-rules"))
            .status,
        200
    );
    // A space under legal hold: delta's old versions and the trashed epsilon stay.
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "visibility": "private" }),
    );
    standard_at(&admin, "vault", "Delta rules", "delta", 3);
    let epsilon = standard_at(&admin, "vault", "Epsilon rules", "epsilon", 1);
    assert_eq!(admin.delete(&epsilon).status, 200);
    // Install reports: three for the root of a repository, one for a sub-path.
    let track = json!({ "url": "https://git.example/team/app", "branch": "main" });
    assert_eq!(
        admin.post("/api/v1/orgs/acme/repositories", &track).status,
        201
    );
    for path in ["", "", "", "svc"] {
        let r = admin.post(
            "/api/v1/orgs/acme/distributions",
            &json!({ "url": "https://git.example/team/app", "branch": "main", "path": path,
                     "packages": {}, "artifacts": [], "agents": ["claude"] }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    server.stop();

    let run = |args: &[&str]| {
        let out = inst
            .cmd(args)
            .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let show = run(&["retention", "show"]);
    assert!(!show.contains("no such data"), "{show}");
    for class in ["versions", "trash", "proposals", "distributions"] {
        assert!(show.contains(class), "{show}");
    }
    assert_ne!(
        code(&inst.run(&["retention", "set", "trash", "--keep", "2"])),
        0,
        "--keep is for versions only"
    );
    std::fs::write(&clock, (100 * 86_400).to_string()).unwrap();
    run(&[
        "retention",
        "set",
        "versions",
        "--days",
        "30",
        "--keep",
        "2",
    ]);
    for class in ["trash", "proposals", "distributions"] {
        run(&["retention", "set", class, "--days", "30"]);
    }
    run(&["space", "hold", "acme", "vault"]);

    let plan = run(&["retention", "plan", "--list"]);
    let (counts, targets) = listed(&plan);
    let expected: std::collections::BTreeSet<String> = [
        "acme/default standard alpha-rules v4",
        "acme/default standard alpha-rules v5",
        "acme/default standard beta-rules",
        &format!("acme/default standard alpha-rules proposal {rejected} (rejected)"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(targets, expected, "{plan}");
    assert!(
        plan.contains("(1 kept by a legal hold)"),
        "delta v1 and epsilon: {plan}"
    );
    assert!(
        plan.contains("(2 kept by a legal hold)"),
        "the organization's old reports: {plan}"
    );
    let fts_before = count(&inst, "SELECT count(*) FROM artifact_search");

    let applied = run(&["retention", "apply"]);
    let (applied_counts, _) = listed(&applied);
    assert_eq!(
        applied_counts, counts,
        "apply deletes what the plan counts:\n{plan}\n{applied}"
    );
    // Exactly the listed rows went.
    assert_eq!(
        versions_of(&inst, "alpha-rules"),
        [1, 2, 3, 6, 7],
        "current, pinned, proposal bases and the 2 newest stay"
    );
    assert_eq!(versions_of(&inst, "beta-rules"), Vec::<i64>::new());
    assert_eq!(
        versions_of(&inst, "gamma-rules"),
        [1],
        "a released artifact is never purged"
    );
    assert_eq!(versions_of(&inst, "delta-rules"), [1, 2, 3], "legal hold");
    assert_eq!(versions_of(&inst, "epsilon-rules"), [1], "legal hold");
    assert_eq!(
        count(
            &inst,
            "SELECT count(*) FROM artifacts WHERE slug = 'beta-rules'"
        ),
        0
    );
    assert_eq!(
        count(&inst, "SELECT count(*) FROM proposals"),
        1,
        "only the open proposal on alpha"
    );
    assert_eq!(
        count(&inst, "SELECT count(*) FROM distributions"),
        4,
        "reports under the org's hold"
    );
    assert_eq!(
        count(
            &inst,
            "SELECT count(*) FROM packages p WHERE slug = 'draft' AND EXISTS (SELECT 1 FROM package_items i WHERE i.package_id = p.id)"
        ),
        0
    );
    // The search index matches the live artifacts.
    assert_eq!(
        count(&inst, "SELECT count(*) FROM artifact_search"),
        fts_before
    );
    assert_eq!(
        count(&inst, "SELECT count(*) FROM artifact_search"),
        count(
            &inst,
            "SELECT count(*) FROM artifacts WHERE deleted_at IS NULL"
        )
    );
    assert_eq!(
        count(
            &inst,
            "SELECT count(*) FROM artifact_search WHERE artifact_id NOT IN (SELECT id FROM artifacts)"
        ),
        0
    );

    // With the hold released, the next run takes the held rows and alpha v1 (its rejected
    // proposal is gone now), and still keeps the newest report per path.
    run(&["space", "hold", "acme", "vault", "--off"]);
    let plan = run(&["retention", "plan", "--list"]);
    let (counts, targets) = listed(&plan);
    let expected: std::collections::BTreeSet<String> = [
        "acme/default standard alpha-rules v1",
        "acme/vault standard delta-rules v1",
        "acme/vault standard epsilon-rules",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(
        [1, 2]
            .iter()
            .map(|id| format!("acme https://git.example/team/app#main: report {id}")),
    )
    .collect();
    assert_eq!(targets, expected, "{plan}");
    let applied = run(&["retention", "apply"]);
    assert_eq!(listed(&applied).0, counts, "{plan}\n{applied}");
    assert_eq!(versions_of(&inst, "alpha-rules"), [2, 3, 6, 7]);
    assert_eq!(versions_of(&inst, "delta-rules"), [2, 3]);
    assert_eq!(versions_of(&inst, "epsilon-rules"), Vec::<i64>::new());
    assert_eq!(
        count(&inst, "SELECT count(*) FROM distributions"),
        2,
        "the newest per path"
    );
    let again = run(&["retention", "plan"]);
    assert!(
        again.lines().all(|l| l.contains("would delete 0")),
        "{again}"
    );
    let out = run(&["audit", "verify"]);
    assert!(out.starts_with("ok:"), "{out}");
    let export = run(&["audit", "export"]);
    assert!(
        export.contains("versions=2") && export.contains("trash=1"),
        "{export}"
    );

    // History, diffs, releases, proposals and search keep working with the gaps.
    let server = Server::start_with_env(&inst, &[], &env);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let versions = admin.get(&format!("{alpha}/versions"));
    assert_eq!(versions.status, 200, "{}", versions.text());
    let listed_versions: Vec<i64> = versions.json()["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_i64().unwrap())
        .collect();
    assert_eq!(listed_versions, [7, 6, 3, 2]);
    let d = admin.get(&format!("{alpha}/diff?from=3&to=7"));
    assert_eq!(d.status, 200, "{}", d.text());
    assert_eq!(admin.get(&format!("{alpha}/diff?from=2&to=6")).status, 200);
    assert_eq!(admin.get(&format!("{alpha}/versions/4")).status, 404);
    let restore = admin.post(&format!("{alpha}/versions/4/restore"), &json!({}));
    assert_eq!(restore.status, 404, "{}", restore.text());
    assert_eq!(admin.get(&format!("{alpha}/versions/2")).status, 200);
    let shown = admin.get(&format!("{alpha}/proposals/{open}"));
    assert_eq!(
        shown.status,
        200,
        "the open proposal's base stays: {}",
        shown.text()
    );
    let release = admin.get(&format!("{BASE}/packages/pinned/releases/1.0.0"));
    assert_eq!(release.status, 200, "{}", release.text());
    assert!(release.text().contains("quokka v2"), "{}", release.text());
    let hits = admin.get("/api/v1/orgs/acme/search?q=quokka").json();
    assert_eq!(hits["hits"].as_array().unwrap().len(), 1, "{hits}");
    let hits = admin.get("/api/v1/orgs/acme/search?q=zanzibar").json();
    assert_eq!(hits["hits"].as_array().unwrap().len(), 0, "{hits}");
    // The API shows and sets the count to keep.
    let ret = admin.get("/api/v1/admin/retention").json();
    let versions_row = ret["classes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["class"] == "versions")
        .unwrap()
        .clone();
    assert_eq!(versions_row["keep"], 2, "{ret}");
    assert_eq!(versions_row["days"], 30, "{ret}");
    let r = admin.put(
        "/api/v1/admin/retention",
        &json!({ "versions.keep": 5, "trash": null }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin
            .put("/api/v1/admin/retention", &json!({ "versions.keep": 0 }))
            .status,
        422
    );
    server.stop();
    let show = run(&["retention", "show"]);
    assert!(show.contains("30 days, newest 5"), "{show}");
    inst.verify();
}
