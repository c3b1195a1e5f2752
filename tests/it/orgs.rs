//! Organizations from a user's side (issue 16): who may create one (the instance setting
//! `users_can_create_orgs`), and invitations accepted by an account that already exists,
//! including the refusals (already a member, an invitation issued to someone else).

use serde_json::json;

use crate::authz::join_org;
use crate::harness::*;

fn orgs_of(c: &Client) -> Vec<(String, String)> {
    c.get("/api/v1/auth/me").json()["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["slug"].as_str().unwrap().to_string(),
                o["role"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn invite(admin: &Client, org: &str, body: serde_json::Value) -> String {
    let r = admin.post(&format!("/api/v1/orgs/{org}/invites"), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["token"].as_str().unwrap().to_string()
}

fn audit_actions(admin: &Client) -> Vec<String> {
    admin.get("/api/v1/audit?limit=500").json()["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["action"].as_str().unwrap(),
                e["outcome"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn users_create_organizations_only_when_the_instance_allows_it() {
    let inst = Instance::new("orgcreate");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let mo = join_org(&admin, "acme", "member", "mo", "member passphrase 123");
    let body = json!({ "name": "Side Project" });

    assert_eq!(mo.get("/api/v1/auth/me").json()["can_create_orgs"], false);
    assert_eq!(admin.get("/api/v1/auth/me").json()["can_create_orgs"], true);
    let r = mo.post("/api/v1/orgs", &body);
    assert_eq!(r.status, 403, "{}", r.text());

    // Only instance admins read or change the setting.
    assert_eq!(mo.get("/api/v1/admin/settings").status, 403);
    let r = mo.put(
        "/api/v1/admin/settings",
        &json!({ "users_can_create_orgs": true }),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        admin.get("/api/v1/admin/settings").json()["users_can_create_orgs"],
        false,
        "off by default"
    );
    let r = admin.put(
        "/api/v1/admin/settings",
        &json!({ "users_can_create_orgs": "yes" }),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    let r = admin.put(
        "/api/v1/admin/settings",
        &json!({ "users_can_create_orgs": true }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["users_can_create_orgs"], true);

    assert_eq!(mo.get("/api/v1/auth/me").json()["can_create_orgs"], true);
    let r = mo.post("/api/v1/orgs", &body);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["slug"], "side-project");
    assert_eq!(
        orgs_of(&mo),
        vec![
            ("acme".to_string(), "member".to_string()),
            ("side-project".to_string(), "admin".to_string())
        ]
    );
    let spaces = mo.get("/api/v1/orgs/side-project/spaces").json();
    assert_eq!(spaces["spaces"][0]["slug"], "default", "{spaces}");
    // The instance admin did not join it.
    assert_eq!(admin.get("/api/v1/orgs/side-project").status, 404);
    assert_eq!(mo.post("/api/v1/orgs", &body).status, 409, "slug taken");

    // Off again: refused again.
    let r = admin.put(
        "/api/v1/admin/settings",
        &json!({ "users_can_create_orgs": false }),
    );
    assert_eq!(r.json()["users_can_create_orgs"], false);
    assert_eq!(
        mo.post("/api/v1/orgs", &json!({ "name": "Third" })).status,
        403
    );

    let actions = audit_actions(&admin);
    for want in [
        "org.create_refused denied",
        "settings.changed success",
        "org.created success",
    ] {
        assert!(
            actions.iter().any(|a| a == want),
            "{want} missing in {actions:?}"
        );
    }
    server.stop();
    inst.verify();
}

#[test]
fn an_existing_user_accepts_an_invitation_while_signed_in() {
    let inst = Instance::new("orgjoin");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post("/api/v1/orgs", &json!({ "name": "Beta" }));
    assert_eq!(r.status, 201, "{}", r.text());
    let mo = join_org(&admin, "acme", "member", "mo", "member passphrase 123");
    let eve = join_org(&admin, "acme", "viewer", "eve", "viewer passphrase 123");

    // Not signed in and no account details: 401, and the invitation stays usable.
    let token = invite(&admin, "beta", json!({ "role": "viewer" }));
    let anon = server.client();
    let r = anon.post("/api/v1/invites/accept", &json!({ "token": token }));
    assert_eq!(r.status, 401, "{}", r.text());
    // A session without its CSRF token is refused.
    let no_csrf = Client {
        csrf: None,
        ..mo.clone()
    };
    let r = no_csrf.post("/api/v1/invites/accept", &json!({ "token": token }));
    assert_eq!(r.status, 403, "{}", r.text());
    // An API key is not a signed-in user here.
    let r = mo.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "ci", "scope": "write" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let keyed = Client {
        cookie: None,
        csrf: None,
        bearer: r.json()["key"].as_str().map(str::to_string),
        ..mo.clone()
    };
    let r = keyed.post("/api/v1/invites/accept", &json!({ "token": token }));
    assert_eq!(r.status, 403, "{}", r.text());
    // Half an account is a clear 422.
    let r = anon.post(
        "/api/v1/invites/accept",
        &json!({ "token": token, "username": "x" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());

    let r = mo.post("/api/v1/invites/accept", &json!({ "token": token }));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["org"], "beta");
    assert_eq!(r.json()["role"], "viewer");
    assert_eq!(
        orgs_of(&mo),
        vec![
            ("acme".to_string(), "member".to_string()),
            ("beta".to_string(), "viewer".to_string())
        ]
    );
    assert_eq!(mo.get("/api/v1/orgs/beta/spaces").status, 200);
    // Single use.
    let r = eve.post("/api/v1/invites/accept", &json!({ "token": token }));
    assert_eq!(r.status, 410, "{}", r.text());

    // Already a member: 409, and the token is not spent.
    let again = invite(&admin, "beta", json!({ "role": "admin" }));
    let r = mo.post("/api/v1/invites/accept", &json!({ "token": again }));
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(orgs_of(&mo)[1].1, "viewer", "the role did not change");
    let r = eve.post("/api/v1/invites/accept", &json!({ "token": again }));
    assert_eq!(r.status, 200, "{}", r.text());

    // An invitation bound to mo: refused for someone else, signed in or as a new account.
    let r = admin.post(
        "/api/v1/orgs/acme/invites",
        &json!({ "role": "member", "username": "nobody-here" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/invites",
        &json!({ "role": "member", "username": "mo" }),
    );
    assert_eq!(r.status, 409, "mo already belongs to acme: {}", r.text());
    admin.post("/api/v1/orgs", &json!({ "name": "Gamma" }));
    let bound = invite(
        &admin,
        "gamma",
        json!({ "role": "member", "username": "mo" }),
    );
    let r = eve.post("/api/v1/invites/accept", &json!({ "token": bound }));
    assert_eq!(r.status, 403, "{}", r.text());
    let r = anon.post(
        "/api/v1/invites/accept",
        &json!({ "token": bound, "username": "mallory", "password": "mallory passphrase 1" }),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        Client::login(server.addr, "admin", ADMIN_PW)
            .get("/api/v1/orgs/gamma/members")
            .json()["members"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "nobody joined"
    );
    let r = mo.post("/api/v1/invites/accept", &json!({ "token": bound }));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(orgs_of(&mo).len(), 3);
    assert!(
        audit_actions(&admin)
            .iter()
            .any(|a| a == "invite.refused denied"),
        "the refusal is audited"
    );
    server.stop();

    // The memberships as stored.
    let db = inst.sql();
    let rows: Vec<(String, String, String)> = db
        .prepare(
            "SELECT u.username, o.slug, m.role FROM memberships m JOIN users u ON u.id = m.user_id
             JOIN orgs o ON o.id = m.org_id WHERE u.username IN ('mo', 'eve', 'mallory')
             ORDER BY u.username, o.slug",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let want = [
        ("eve", "acme", "viewer"),
        ("eve", "beta", "admin"),
        ("mo", "acme", "member"),
        ("mo", "beta", "viewer"),
        ("mo", "gamma", "member"),
    ];
    assert_eq!(
        rows,
        want.iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect::<Vec<_>>()
    );
    drop(db);
    inst.verify();
}
