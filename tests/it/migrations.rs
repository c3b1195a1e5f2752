//! Databases written at every earlier schema version (committed fixtures) migrate to the
//! current one, keep their data, and verify.

use std::os::unix::fs::PermissionsExt;

use serde_json::json;

use crate::harness::*;

/// Copies `tests/fixtures/schema-N` into a fresh instance (key files back to mode 0600,
/// which git does not keep).
fn from_fixture(version: u32) -> Instance {
    let inst = Instance::new(&format!("fixture{version}"));
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-{version}"));
    for (sub, dst) in [("data", inst.data()), ("cfg", inst.cfg())] {
        std::fs::create_dir_all(&dst).unwrap();
        for e in std::fs::read_dir(src.join(sub)).unwrap().flatten() {
            let to = dst.join(e.file_name());
            std::fs::copy(e.path(), &to).unwrap();
            std::fs::set_permissions(&to, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }
    inst
}

/// The schema a fresh instance of this binary gets (so these tests need no edit per migration).
fn latest_schema() -> u64 {
    let fresh = Instance::new("latest-schema");
    fresh.init();
    fresh.schema_version()
}

#[test]
fn schema_1_migrates_and_keeps_its_rows() {
    let inst = from_fixture(1);
    let status = inst.ok(&["db", "status"]);
    assert!(
        status.contains("schema: 1")
            && status.contains(&format!("pending: {} migration", latest_schema() - 1)),
        "{status}"
    );
    inst.ok(&["init"]);
    let status = inst.ok(&["db", "status"]);
    assert_eq!(inst.schema_version(), latest_schema(), "{status}");
    let rows = inst.ok(&["db", "probe", "--list"]);
    assert_eq!(
        rows.lines().count(),
        3,
        "the probe rows of schema 1 survive"
    );
    inst.verify();
    // A schema-1 instance had no accounts: first-run setup works after the migration.
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    assert_eq!(admin.get("/api/v1/auth/me").status, 200);
    server.stop();
    assert!(inst.ok(&["audit", "verify"]).starts_with("ok:"));
    inst.verify();
}

#[test]
fn schema_2_opens_with_its_users_and_audit_chain() {
    let inst = from_fixture(2);
    inst.verify();
    assert!(inst.ok(&["audit", "verify"]).starts_with("ok:"));
    let server = inst.serve(&[]);
    let c = Client::login(server.addr, "fixture-admin", "fixture admin passphrase");
    assert_eq!(c.get("/api/v1/orgs/fixture").json()["role"], "admin");
    assert_eq!(
        c.post(
            "/api/v1/orgs/fixture/spaces",
            &json!({ "name": "After", "visibility": "open" })
        )
        .status,
        201
    );
    server.stop();
    assert_eq!(inst.ok(&["db", "probe", "--list"]).lines().count(), 3);
    inst.verify();
}

#[test]
fn schema_6_keeps_its_playbook_and_gains_distributions() {
    let inst = from_fixture(6);
    inst.verify();
    assert!(inst.ok(&["audit", "verify"]).starts_with("ok:"));
    let server = inst.serve(&[]);
    let c = Client::login(server.addr, "fixture-admin", "fixture admin passphrase");
    let base = "/api/v1/orgs/fixture/spaces/default";
    let s = c.get(&format!("{base}/standards/fixture-standard")).json();
    assert_eq!(s["content"]["rules"][0]["examples"][0]["bad"], "a.unwrap()");
    let r = c.get(&format!("{base}/packages/fixture-package/releases/1"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        c.get("/api/v1/orgs/fixture/repositories").json()["repositories"],
        json!([])
    );
    server.stop();
    assert_eq!(inst.schema_version(), latest_schema());
    inst.verify();
}

#[test]
fn schema_9_api_keys_keep_working_and_gain_the_mcp_scopes() {
    let inst = from_fixture(9);
    assert!(inst.ok(&["db", "status"]).contains("schema: 9"));
    let before: Vec<(i64, String, String)> = {
        let c = inst.sql();
        let mut s = c
            .prepare("SELECT id, prefix, scope FROM api_keys ORDER BY id")
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(before.len(), 2, "{before:?}");
    let out = inst.ok(&[
        "apikey",
        "create",
        "--user",
        "fixture-admin",
        "--org",
        "fixture",
        "--scope",
        "mcp:read",
        "--name",
        "agent",
    ]);
    assert!(out.contains("rbk_"), "{out}");
    assert_eq!(inst.schema_version(), latest_schema());
    let after: Vec<(i64, String, String)> = {
        let c = inst.sql();
        let mut s = c
            .prepare("SELECT id, prefix, scope FROM api_keys ORDER BY id")
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(&after[..2], &before[..], "migrated keys changed");
    assert_eq!(after[2].2, "mcp:read");
    // Schema 11: the two proposals keep their ids, status and content, and now name their
    // space, kind and slug.
    type Row = (i64, Option<i64>, i64, String, String, i64, String);
    let props: Vec<Row> = {
        let c = inst.sql();
        let mut s = c
            .prepare("SELECT p.id, p.artifact_id, p.space_id, p.kind, p.slug, p.base_version, p.status FROM proposals p ORDER BY p.id")
            .unwrap();
        s.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    assert_eq!(props.len(), 2, "{props:?}");
    for p in &props {
        assert!(
            p.1.is_some() && p.3 == "standard" && p.4 == "fixture-standard" && p.5 == 2,
            "{p:?}"
        );
    }
    assert_eq!(
        props.iter().map(|p| p.6.as_str()).collect::<Vec<_>>(),
        ["open", "rejected"]
    );
    let server = inst.serve(&[]);
    let c = Client::login(server.addr, "fixture-admin", "fixture admin passphrase");
    let r = c.get("/api/v1/orgs/fixture/spaces/default/proposals");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.json()["proposals"].as_array().unwrap().len(),
        1,
        "{}",
        r.text()
    );
    // Schema 13 rebuilt the search index keyed by artifact: the standard is still found.
    let hits = c.get("/api/v1/orgs/fixture/search?q=fixture").json();
    assert_eq!(hits["hits"][0]["slug"], "fixture-standard", "{hits}");
    server.stop();
    inst.verify();
}

#[test]
fn schema_7_audit_chain_is_upgraded_to_cover_erasures_and_the_anchor() {
    let inst = from_fixture(7);
    inst.verify();
    assert!(inst.ok(&["db", "status"]).contains("schema: 7"));
    // The fixture holds an old-format chain with a pruning anchor and erased rows.
    let (erased, anchor): (i64, String) = inst
        .sql()
        .query_row(
            "SELECT (SELECT count(*) FROM audit_log WHERE erased = 1), (SELECT value FROM meta WHERE key = 'audit_anchor')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        erased >= 1 && anchor.split(':').count() == 2,
        "{erased} {anchor}"
    );
    // The first open with the audit key migrates and re-MACs the intact old chain.
    let out = inst.ok(&["audit", "verify"]);
    assert!(out.starts_with("ok:"), "{out}");
    assert_eq!(inst.schema_version(), latest_schema());
    let (format, anchor, sealed): (String, String, String) = inst
        .sql()
        .query_row(
            "SELECT (SELECT value FROM meta WHERE key = 'audit_format'), (SELECT value FROM meta WHERE key = 'audit_anchor'),
                    (SELECT detail FROM audit_log WHERE action = 'audit.sealed')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(format, "2");
    assert_eq!(anchor.split(':').count(), 4, "{anchor}");
    assert!(sealed.contains("rows: "), "{sealed}");
    // Its playbook is still there, and the upgraded rows are now covered: the review's
    // rewrite of an old row flagged erased is detected.
    let server = inst.serve(&[]);
    let c = Client::login(server.addr, "fixture-admin", "fixture admin passphrase");
    let s = c.get("/api/v1/orgs/fixture/spaces/default/standards/fixture-standard");
    assert_eq!(s.status, 200, "{}", s.text());
    server.stop();
    assert!(inst.ok(&["audit", "verify"]).starts_with("ok:"));
    let first: i64 = inst
        .sql()
        .query_row("SELECT min(seq) FROM audit_log WHERE erased = 0", [], |r| {
            r.get(0)
        })
        .unwrap();
    inst.sql()
        .execute(
            "UPDATE audit_log SET erased = 1, actor = 'mallory', detail = 'nothing happened' WHERE seq = ?1",
            [first],
        )
        .unwrap();
    let out = inst.run(&["audit", "verify"]);
    assert!(
        stderr(&out).contains("RB-AUDIT-BROKEN") && stderr(&out).contains(&format!("row {first}")),
        "{}",
        stderr(&out)
    );
    inst.verify();
}
