//! A space's dashboard and trash over HTTP: the numbers on a seeded space are exact (what is
//! distributed follows the release a repository holds now, not any release ever published),
//! activity names who did what, the trash says who trashed what, and both follow space
//! visibility like every other content route.

use serde_json::{Value, json};

use crate::harness::{Instance, join};

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

fn standard(name: &str) -> Value {
    json!({ "name": name, "description": format!("{name} rules."), "rules": [{ "text": "Do it well." }] })
}

fn kind<'a>(d: &'a Value, k: &str) -> &'a Value {
    d["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == k)
        .unwrap_or_else(|| panic!("no kind {k} in {d}"))
}

#[test]
fn dashboard_counts_distribution_outdated_proposals_activity_and_trash_exactly() {
    let inst = Instance::new("dashboard");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let vera = join(&admin, "viewer", "vera", "viewer passphrase 123");

    // An empty space: nothing yet, every getting-started count at zero but the spaces.
    let d = admin.get(&format!("{BASE}/dashboard"));
    assert_eq!(d.status, 200, "{}", d.text());
    let d = d.json();
    assert_eq!(d["setup"]["artifacts"], 0, "{d}");
    assert_eq!(d["setup"]["packages"], 0);
    assert_eq!(d["setup"]["api_keys"], 0);
    assert_eq!(d["setup"]["installed_locations"], 0);
    assert_eq!(d["setup"]["spaces"], 1);
    assert_eq!(d["kinds"].as_array().unwrap().len(), 5);
    assert!(d["activity"].as_array().unwrap().is_empty(), "{d}");

    for name in ["Alpha", "Beta", "Gamma", "Delta"] {
        let r = admin.post(&format!("{BASE}/standards"), &standard(name));
        assert_eq!(r.status, 201, "{}", r.text());
    }
    let r = admin.post(
        &format!("{BASE}/commands"),
        &json!({ "name": "Ship", "body": "ship it" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Delta goes to the trash: not counted, listed in the trash with who trashed it.
    assert_eq!(admin.delete(&format!("{BASE}/standards/delta")).status, 200);

    // Package p: release 1 pins alpha and ship; release 2 adds beta. Package q pins gamma.
    let r = admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "P", "slug": "p", "items": [{ "kind": "standard", "slug": "alpha" }, { "kind": "command", "slug": "ship" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        admin
            .post(
                &format!("{BASE}/packages/p/releases"),
                &json!({ "version": "1" })
            )
            .status,
        201
    );
    let r = admin.put(
        &format!("{BASE}/packages/p"),
        &json!({ "name": "P", "description": "", "items": [{ "kind": "standard", "slug": "alpha" },
                 { "kind": "command", "slug": "ship" }, { "kind": "standard", "slug": "beta" }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.post(
        &format!("{BASE}/packages/p/releases"),
        &json!({ "version": "2", "notes": "beta" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "Q", "slug": "q", "items": [{ "kind": "standard", "slug": "gamma" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        admin
            .post(
                &format!("{BASE}/packages/q/releases"),
                &json!({ "version": "1" })
            )
            .status,
        201
    );

    // A tracked repository: its root holds p 1 (outdated: 2 is the latest), `svc` holds q 1.
    let url = "https://git.example/team/app";
    assert_eq!(
        admin
            .post(
                "/api/v1/orgs/acme/repositories",
                &json!({ "url": url, "branch": "main" })
            )
            .status,
        201
    );
    for (path, packages) in [("", json!({ "p": "1" })), ("svc", json!({ "q": "1" }))] {
        let r = admin.post(
            "/api/v1/orgs/acme/distributions",
            &json!({ "url": url, "branch": "main", "path": path, "packages": packages,
                     "artifacts": [], "agents": ["claude"] }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    // A report for an untracked repository changes nothing.
    let r = admin.post(
        "/api/v1/orgs/acme/distributions",
        &json!({ "url": "https://git.example/else", "branch": "main", "path": "", "packages": { "p": "2" },
                 "artifacts": [], "agents": ["claude"] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["recorded"], false);

    // Proposals: vera's stays open, another is rejected.
    let r = vera.post(
        &format!("{BASE}/standards/alpha/proposals"),
        &json!({ "name": "Alpha", "description": "Better alpha.", "rules": [{ "text": "Do it better." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = vera.post(
        &format!("{BASE}/standards/beta/proposals"),
        &json!({ "name": "Beta", "description": "No.", "rules": [{ "text": "x" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let rejected = r.json()["id"].as_i64().unwrap();
    let r = admin.post(
        &format!("{BASE}/standards/beta/proposals/{rejected}/reject"),
        &json!({ "comment": "no" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    let d = vera.get(&format!("{BASE}/dashboard"));
    assert_eq!(d.status, 200, "{}", d.text());
    let d = d.json();
    let s = kind(&d, "standard");
    assert_eq!(
        (s["total"].as_i64(), s["distributed"].as_i64()),
        (Some(3), Some(2)),
        "alpha (p 1) and gamma (q 1) are distributed, beta only in p 2: {d}"
    );
    let c = kind(&d, "command");
    assert_eq!(
        (c["total"].as_i64(), c["distributed"].as_i64()),
        (Some(1), Some(1))
    );
    let sk = kind(&d, "skill");
    assert_eq!(
        (sk["total"].as_i64(), sk["distributed"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(
        d["never_distributed"],
        json!([{ "kind": "standard", "slug": "beta", "name": "Beta" }])
    );
    assert_eq!(
        d["outdated"],
        json!([{ "via": "install", "location": format!("{url} (main)"), "package": "p", "package_name": "P",
                 "installed": "1", "latest": "2" }])
    );
    assert_eq!(d["open_proposals"], 1);
    assert_eq!(d["setup"]["artifacts"], 4);
    assert_eq!(d["setup"]["standards"], 3);
    assert_eq!(d["setup"]["packages"], 2);
    assert_eq!(d["setup"]["releases"], 3);
    assert_eq!(d["setup"]["installed_locations"], 2);
    assert!(
        d["distributed_means"]
            .as_str()
            .unwrap()
            .contains("install report")
    );
    // Activity: newest first, by name, with readable actions.
    let activity = d["activity"].as_array().unwrap();
    assert_eq!(activity[0]["who"], "admin", "{d}");
    assert_eq!(activity[0]["action"], "rejected");
    assert_eq!(activity[0]["slug"], "beta");
    assert!(
        activity
            .iter()
            .any(|a| a["who"] == "vera" && a["action"] == "proposed" && a["slug"] == "alpha"),
        "{d}"
    );
    assert!(activity.iter().any(|a| a["action"] == "published"
        && a["slug"] == "p"
        && a["version"] == "2"
        && a["who"] == "admin"));
    assert!(
        activity
            .iter()
            .all(|a| a["at"].as_str().unwrap().ends_with('Z'))
    );

    // A newer report at the root (p 2) makes beta distributed and nothing outdated.
    let r = admin.post(
        "/api/v1/orgs/acme/distributions",
        &json!({ "url": url, "branch": "main", "path": "", "packages": { "p": "2" },
                 "artifacts": [], "agents": ["claude"] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let d = admin.get(&format!("{BASE}/dashboard")).json();
    assert_eq!(kind(&d, "standard")["distributed"], 3, "{d}");
    assert_eq!(d["never_distributed"], json!([]));
    assert_eq!(d["outdated"], json!([]));

    // The trash: delta, trashed by admin.
    let t = vera.get(&format!("{BASE}/trash"));
    assert_eq!(t.status, 200, "{}", t.text());
    let items = t.json()["items"].clone();
    assert_eq!(items.as_array().unwrap().len(), 1, "{items}");
    assert_eq!(items[0]["slug"], "delta");
    assert_eq!(items[0]["kind"], "standard");
    assert_eq!(items[0]["name"], "Delta");
    assert_eq!(items[0]["deleted_by"], "admin");
    assert!(items[0]["deleted_at"].as_str().unwrap().ends_with('Z'));

    // A private space: its dashboard and trash are hidden from a viewer who is not its member,
    // as every content route of it is.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "slug": "vault", "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    for path in ["dashboard", "trash", "standards"] {
        let r = vera.get(&format!("/api/v1/orgs/acme/spaces/vault/{path}"));
        assert_eq!(r.status, 404, "{path}: {}", r.text());
    }
    let d = admin.get("/api/v1/orgs/acme/spaces/vault/dashboard");
    assert_eq!(d.status, 200, "{}", d.text());
    let d = d.json();
    assert_eq!(d["setup"]["spaces"], 2);
    assert_eq!(d["setup"]["artifacts"], 0);
    // Nothing of the default space leaks into another space's numbers.
    assert_eq!(d["setup"]["installed_locations"], 0, "{d}");
    assert!(d["activity"].as_array().unwrap().is_empty(), "{d}");
    // Another organization's member learns nothing either.
    assert_eq!(
        server.client().get(&format!("{BASE}/dashboard")).status,
        401
    );

    // Activity is found two ways: a space holding most of the instance walks every version
    // newest first, a small one sorts its own (store::dashboard). Both give the newest
    // fifteen, newest first, and nothing of another space.
    let pairs = |activity: &Value| -> Vec<(String, String)> {
        activity
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["action"].as_str().unwrap().to_string(),
                    a["slug"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let owned = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, s)| (a.to_string(), s.to_string()))
            .collect()
    };
    let before = admin.get(&format!("{BASE}/dashboard")).json()["activity"].clone();
    assert_eq!(
        pairs(&before),
        owned(&[
            ("rejected", "beta"),
            ("proposed", "beta"),
            ("proposed", "alpha"),
            ("published", "q"),
            ("published", "p"),
            ("published", "p"),
            ("created", "ship"),
            ("created", "delta"),
            ("created", "gamma"),
            ("created", "beta"),
            ("created", "alpha"),
        ]),
        "{before:#}"
    );
    let vault = "/api/v1/orgs/acme/spaces/vault";
    for i in 0..25 {
        let r = admin.post(
            &format!("{vault}/standards"),
            &standard(&format!("V{i:02}")),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    let r = admin.send_if_match(
        "PUT",
        &format!("{vault}/standards/v03"),
        Some("\"v1\""),
        &standard("V03 again"),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let d = admin.get(&format!("{vault}/dashboard")).json();
    let mut want = vec![("updated".to_string(), "v03".to_string())];
    want.extend(
        (11..25)
            .rev()
            .map(|i| ("created".to_string(), format!("v{i:02}"))),
    );
    assert_eq!(pairs(&d["activity"]), want, "{d}");
    let after = admin.get(&format!("{BASE}/dashboard")).json()["activity"].clone();
    assert_eq!(after, before);
    server.stop();
    inst.verify();
}
