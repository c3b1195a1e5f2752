//! The audit chain: `rulebook audit verify` on copies of a real instance's database with one
//! row altered, one deleted, a pair reordered, and the newest rows cut off.

use serde_json::json;

use crate::harness::*;

/// Copies data and config dirs of `src` into a fresh instance.
fn copy_instance(src: &Instance, tag: &str) -> Instance {
    let dst = Instance::new(tag);
    for (from, to) in [(src.data(), dst.data()), (src.cfg(), dst.cfg())] {
        std::fs::create_dir_all(&to).unwrap();
        for e in std::fs::read_dir(&from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() && e.file_name() != "rulebook.lock" {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }
    dst
}

fn verify_fails_at(inst: &Instance, seq: i64) {
    let out = inst.run(&["audit", "verify"]);
    assert_ne!(code(&out), 0, "tampering not detected");
    let err = stderr(&out);
    assert!(
        err.contains("RB-AUDIT-BROKEN") && err.contains(&format!("row {seq}")),
        "{err}"
    );
}

#[test]
fn audit_verify_names_the_first_tampered_row() {
    let inst = Instance::new("audit");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    for name in ["One", "Two", "Three", "Four"] {
        assert_eq!(
            admin
                .post(
                    "/api/v1/orgs/acme/spaces",
                    &json!({ "name": name, "visibility": "open" })
                )
                .status,
            201
        );
    }
    // Failed logins are audited too.
    server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "admin", "password": "nope nope nope" }),
    );
    let via_api = admin.post("/api/v1/audit/verify", &json!({}));
    assert_eq!(via_api.json()["status"], "intact", "{}", via_api.text());
    let listed = admin.get("/api/v1/audit?action=space.created").json();
    assert_eq!(listed["events"].as_array().unwrap().len(), 4);
    server.stop();

    let out = inst.ok(&["audit", "verify"]);
    assert!(out.starts_with("ok: audit chain intact"), "{out}");
    let rows = inst
        .sql()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get::<_, i64>(0))
        .unwrap();
    assert!(rows >= 8, "{rows}");
    let export = inst.ok(&["audit", "export", "--format", "jsonl"]);
    assert_eq!(
        export.lines().count() as i64,
        rows + 1,
        "the export records itself first"
    );
    let rows = rows + 1;
    let first: serde_json::Value = serde_json::from_str(export.lines().next().unwrap()).unwrap();
    for field in [
        "seq",
        "at",
        "actor",
        "action",
        "target",
        "outcome",
        "ip",
        "request_id",
        "mac",
    ] {
        assert!(first.get(field).is_some(), "{field} missing from export");
    }

    // One byte of one row changed.
    let c = copy_instance(&inst, "audit-flip");
    c.sql()
        .execute(
            "UPDATE audit_log SET target = target || 'x' WHERE seq = 4",
            [],
        )
        .unwrap();
    verify_fails_at(&c, 4);

    // A row deleted from the middle.
    let c = copy_instance(&inst, "audit-delete");
    c.sql()
        .execute("DELETE FROM audit_log WHERE seq = 3", [])
        .unwrap();
    verify_fails_at(&c, 4);

    // A pair reordered (contents swapped, sequence numbers kept).
    let c = copy_instance(&inst, "audit-swap");
    c.sql()
        .execute_batch(
            "UPDATE audit_log SET seq = -5 WHERE seq = 5;
             UPDATE audit_log SET seq = 5 WHERE seq = 6;
             UPDATE audit_log SET seq = 6 WHERE seq = -5;",
        )
        .unwrap();
    verify_fails_at(&c, 5);

    // The newest row cut off.
    let c = copy_instance(&inst, "audit-tail");
    c.sql()
        .execute(&format!("DELETE FROM audit_log WHERE seq = {rows}"), [])
        .unwrap();
    verify_fails_at(&c, rows);

    // A wrong audit key cannot verify anything.
    let c = copy_instance(&inst, "audit-key");
    std::fs::remove_file(c.cfg().join("audit.key")).unwrap();
    let out = c.run(&["audit", "verify"]);
    assert_eq!(
        code(&out),
        3,
        "a missing audit key with existing rows is an error: {}",
        stderr(&out)
    );
    inst.verify();
}

/// A short-lived instance with a few audit rows and one erased person (`leaver`).
fn instance_with_an_erasure(tag: &str) -> Instance {
    let inst = Instance::new(tag);
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    for name in ["One", "Two", "Three", "Four", "Five", "Six"] {
        admin.post(
            "/api/v1/orgs/acme/spaces",
            &json!({ "name": name, "visibility": "open" }),
        );
    }
    let leaver = join(&admin, "member", "leaver", "leaver passphrase here");
    leaver.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "laptop", "scope": "read" }),
    );
    server.stop();
    inst.ok(&["user", "erase", "leaver", "--yes"]);
    assert!(inst.ok(&["audit", "verify"]).starts_with("ok:"));
    inst
}

fn erased_seqs(inst: &Instance) -> Vec<i64> {
    let conn = inst.sql();
    let mut stmt = conn
        .prepare("SELECT seq FROM audit_log WHERE erased = 1 ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn marking_a_row_erased_cannot_hide_a_rewrite() {
    let inst = instance_with_an_erasure("audit-erased");
    let erased = erased_seqs(&inst);
    assert!(erased.len() >= 2, "{erased:?}");
    let record = inst
        .sql()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'user.erased'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap();
    assert!(
        record.contains("rows: "),
        "the erasure names its rows: {record}"
    );

    // The reproduction of the review: a row rewritten and flagged erased, without the audit key.
    let c = copy_instance(&inst, "audit-erased-forge");
    c.sql()
        .execute(
            "UPDATE audit_log SET erased=1, actor='mallory', target='user:nobody', ip='203.0.113.66', detail='nothing happened' WHERE seq=10",
            [],
        )
        .unwrap();
    assert!(!erased.contains(&10));
    verify_fails_at(&c, 10);

    // An erased row's remaining fields edited.
    let e = erased[0];
    let c = copy_instance(&inst, "audit-erased-edit");
    c.sql()
        .execute(
            &format!("UPDATE audit_log SET actor = 'someone-else' WHERE seq = {e}"),
            [],
        )
        .unwrap();
    verify_fails_at(&c, e);

    // The erased flag cleared again.
    let c = copy_instance(&inst, "audit-erased-unflag");
    c.sql()
        .execute(
            &format!("UPDATE audit_log SET erased = 0 WHERE seq = {e}"),
            [],
        )
        .unwrap();
    verify_fails_at(&c, e);

    // Another row's erasure record copied onto a row that was not erased.
    let c = copy_instance(&inst, "audit-erased-copy");
    c.sql()
        .execute(
            &format!(
                "UPDATE audit_log SET erased = 1, detail = 'nothing happened',
                 erasure = (SELECT erasure FROM audit_log WHERE seq = {e}) WHERE seq = 10"
            ),
            [],
        )
        .unwrap();
    verify_fails_at(&c, 10);

    // The record of the erasure rewritten so that it no longer names the rows.
    let c = copy_instance(&inst, "audit-erased-record");
    c.sql()
        .execute(
            "UPDATE audit_log SET action = 'space.created' WHERE action = 'user.erased'",
            [],
        )
        .unwrap();
    verify_fails_at(&c, e);
    inst.verify();
}

#[test]
fn pruning_anchor_cannot_be_forged_to_cut_off_the_oldest_rows() {
    let inst = Instance::new("audit-anchor");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    for name in ["One", "Two", "Three", "Four", "Five", "Six"] {
        admin.post(
            "/api/v1/orgs/acme/spaces",
            &json!({ "name": name, "visibility": "open" }),
        );
    }
    server.stop();
    let mac5: String = inst
        .sql()
        .query_row("SELECT mac FROM audit_log WHERE seq = 5", [], |r| r.get(0))
        .unwrap();

    // The reproduction of the review: anchor set to row 5, rows 1-5 deleted.
    let c = copy_instance(&inst, "audit-anchor-forge");
    c.sql()
        .execute_batch(&format!(
            "INSERT INTO meta (key, value) VALUES ('audit_anchor', '5:{mac5}')
               ON CONFLICT (key) DO UPDATE SET value = excluded.value;
             DELETE FROM audit_log WHERE seq <= 5;"
        ))
        .unwrap();
    verify_fails_at(&c, 6);

    // A real pruning leaves an authenticated anchor that verifies...
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let run = |i: &Instance, args: &[&str]| {
        i.cmd(args)
            .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
            .output()
            .unwrap()
    };
    assert!(
        run(&inst, &["retention", "set", "audit", "--days", "1"])
            .status
            .success()
    );
    std::fs::write(&clock, (3 * 86_400).to_string()).unwrap();
    // One row written after the shift, which the pruning keeps.
    assert!(
        run(&inst, &["retention", "set", "sessions", "--days", "30"])
            .status
            .success()
    );
    assert!(run(&inst, &["retention", "apply"]).status.success());
    let out = inst.ok(&["audit", "verify"]);
    assert!(out.starts_with("ok:"), "{out}");
    let (anchor, first): (String, i64) = inst
        .sql()
        .query_row(
            "SELECT (SELECT value FROM meta WHERE key = 'audit_anchor'), (SELECT min(seq) FROM audit_log)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(anchor.split(':').count(), 4, "{anchor}");
    let remaining: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert!(remaining >= 2, "{remaining}");

    // ...but moving it forward over a further row (keeping its mac and record) does not.
    let c = copy_instance(&inst, "audit-anchor-move");
    let mac: String = c
        .sql()
        .query_row(
            &format!("SELECT mac FROM audit_log WHERE seq = {first}"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    let parts: Vec<&str> = anchor.split(':').collect();
    let moved = format!("{first}:{mac}:{}:{}", parts[2], parts[3]);
    c.sql()
        .execute_batch(&format!(
            "UPDATE meta SET value = '{moved}' WHERE key = 'audit_anchor';
             DELETE FROM audit_log WHERE seq <= {first};"
        ))
        .unwrap();
    verify_fails_at(&c, first + 1);

    // Nor does an anchor stripped back to the old unauthenticated form.
    let c = copy_instance(&inst, "audit-anchor-strip");
    let stripped = format!("{}:{}", parts[0], parts[1]);
    c.sql()
        .execute(
            "UPDATE meta SET value = ?1 WHERE key = 'audit_anchor'",
            [&stripped],
        )
        .unwrap();
    verify_fails_at(&c, first);
    inst.verify();
}

#[test]
fn serve_refuses_a_broken_audit_chain_unless_accepted_and_recorded() {
    let inst = Instance::new("audit-failclosed");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "One", "visibility": "open" }),
    );
    assert_eq!(server.get("/readyz").json()["audit"], "intact");
    server.stop();
    assert!(inst.ok(&["doctor"]).contains("[ok  ] audit: chain intact"));

    // The audit key swapped for another one: every row fails.
    let audit_key = inst.cfg().join("audit.key");
    std::fs::write(&audit_key, format!("{}\n", "ab".repeat(32))).unwrap();
    let out = inst.run(&["audit", "verify"]);
    assert!(stderr(&out).contains("RB-AUDIT-BROKEN"), "{}", stderr(&out));

    let out = serve_refused(&inst, &[]);
    assert_ne!(code(&out), 0);
    assert!(
        stderr(&out).contains("RB-AUDIT-BROKEN")
            && stderr(&out).contains("refusing to start")
            && stderr(&out).contains("--accept-broken-audit"),
        "{}",
        stderr(&out)
    );
    let doctor = inst.run(&["doctor"]);
    assert_ne!(code(&doctor), 0);
    let text = String::from_utf8_lossy(&doctor.stdout);
    assert!(
        text.contains("[FAIL] audit: chain broken at row 1"),
        "{text}"
    );

    // Accepted explicitly: it starts, says so in /readyz, and the acceptance is audited.
    let rows = |i: &Instance| {
        i.sql()
            .query_row(
                "SELECT count(*) FROM audit_log WHERE action = 'audit.broken_accepted'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
    };
    assert_eq!(rows(&inst), 0);
    let server = inst.serve(&["--accept-broken-audit"]);
    let ready = server.get("/readyz");
    assert_eq!(ready.status, 200);
    assert_eq!(ready.json()["audit"], "broken", "{}", ready.text());
    assert!(
        server.log.lock().unwrap().contains("--accept-broken-audit"),
        "a warning is logged"
    );
    server.stop();
    assert_eq!(rows(&inst), 1);
    inst.verify();
}
