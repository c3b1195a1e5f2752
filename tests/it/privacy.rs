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
    assert!(plan.contains("audit     365 days"), "{plan}");
    let old_audit = before; // every row written on day 0 is older than 365 days now
    assert!(
        plan.contains(&format!("would delete {old_audit}")),
        "{plan}"
    );
    assert!(
        plan.contains("sessions  30 days        would delete 1"),
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
    assert_eq!(r.status, 410, "{}", r.text());
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
