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
