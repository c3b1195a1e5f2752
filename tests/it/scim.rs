//! SCIM 2.0 provisioning through the real binary, driven by a SCIM client written from the
//! examples of RFC 7643 §8 and RFC 7644 §3 (and the path-less PATCH Entra ID sends).
//!
//! It checks:
//! - the bearer token: minted once by an instance admin from a browser session, stored only
//!   as its hash; a wrong or missing token gets a SCIM 401, audited;
//! - users are created, filtered, replaced, patched and deleted;
//! - groups grant org and space roles through the single sign-on group rules, at once;
//! - a provisioned user's first single sign-on links to the provisioned account;
//! - deactivation ends that user's sessions and revokes their API keys at once;
//! - local accounts and the instance admin are out of SCIM's reach;
//! - the database verifies afterwards.

use serde_json::{Value, json};

use crate::harness::*;
use crate::sso::{FakeIdp, SSO, client_of, role_in, settings, sign_in};

const SCIM_JSON: &str = "application/scim+json";

/// A SCIM client: bearer token, `application/scim+json` both ways.
struct Scim {
    addr: std::net::SocketAddr,
    token: String,
}

impl Scim {
    fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Resp {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let raw = format!(
            "{method} /scim/v2{path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAuthorization: Bearer {}\r\n\
             Accept: {SCIM_JSON}\r\nContent-Type: {SCIM_JSON}\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            self.token,
            body.len()
        );
        request(self.addr, &raw).unwrap()
    }
    fn get(&self, path: &str) -> Resp {
        self.send("GET", path, None)
    }
    fn post(&self, path: &str, body: &Value) -> Resp {
        self.send("POST", path, Some(body))
    }
    fn patch(&self, path: &str, ops: Value) -> Resp {
        let body = json!({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops });
        self.send("PATCH", path, Some(&body))
    }
}

fn user_body(name: &str, external: &str) -> Value {
    // RFC 7643 §8.2 (the "full" user, trimmed to what an IdP sends).
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": name, "externalId": external,
        "name": { "formatted": format!("{name} Jensen"), "familyName": "Jensen", "givenName": name },
        "emails": [{ "value": format!("{name}@example.com"), "type": "work", "primary": true }],
        "active": true,
    })
}

fn members(admin: &Client) -> String {
    admin.get("/api/v1/orgs/acme/members").json().to_string()
}

#[test]
fn an_idp_provisions_and_deprovisions_through_scim_with_roles_from_its_groups() {
    let inst = Instance::new("scim");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let bob = join(&admin, "member", "bob", "bob passphrase 123456");
    private_space(&admin, "web");
    let idp = FakeIdp::start();
    let issuer = idp.issuer();
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [issuer.trim_start_matches("http://")] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(admin.put(SSO, &settings(&issuer)).status, 200);

    // No token yet: SCIM answers 401 in its own format; so does a wrong token.
    let mut scim = Scim {
        addr: server.addr,
        token: "rbscim_nope".into(),
    };
    let r = scim.get("/Users");
    assert_eq!(r.status, 401, "{}", r.text());
    assert_eq!(r.header("content-type"), Some(SCIM_JSON));
    assert_eq!(
        r.json()["schemas"][0],
        "urn:ietf:params:scim:api:messages:2.0:Error"
    );
    assert!(
        r.header("www-authenticate")
            .is_some_and(|h| h.starts_with("Bearer"))
    );
    // Only an instance admin mints it, from a browser session, and sees it once.
    assert_eq!(bob.post("/api/v1/admin/scim/token", &json!({})).status, 403);
    let mut by_key = server.client();
    by_key.bearer = Some(mint_key(&admin, "automation", "admin"));
    assert_eq!(
        by_key.post("/api/v1/admin/scim/token", &json!({})).status,
        403
    );
    let r = admin.post("/api/v1/admin/scim/token", &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    let token = r.json()["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("rbscim_"));
    assert_eq!(admin.get("/api/v1/admin/scim").json()["token_set"], true);
    assert!(!admin.get("/api/v1/admin/scim").text().contains(&token));
    assert_eq!(scim.get("/Users").status, 401);
    assert_audited(&admin, "scim.auth_failed", 2);
    scim.token = token.clone();

    // Discovery.
    let spc = scim.get("/ServiceProviderConfig").json();
    assert_eq!(spc["patch"]["supported"], true);
    assert_eq!(scim.get("/ResourceTypes").json()["totalResults"], 2);

    // Create (RFC 7644 §3.3): 201, Location, meta; the same userName again is 409 uniqueness;
    // a local account's name or the instance admin's is taken too.
    let r = scim.post("/Users", &user_body("alice", "701984"));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.header("content-type"), Some(SCIM_JSON));
    let alice = r.json();
    let alice_id = alice["id"].as_str().unwrap().to_string();
    assert_eq!(r.header("location"), alice["meta"]["location"].as_str());
    assert_eq!(alice["userName"], "alice");
    assert_eq!(alice["displayName"], "alice Jensen");
    assert_eq!(alice["emails"][0]["value"], "alice@example.com");
    assert_eq!(alice["active"], true);
    for taken in ["alice", "bob", "admin"] {
        let r = scim.post("/Users", &user_body(taken, "x"));
        assert_eq!(r.status, 409, "{taken}: {}", r.text());
        assert_eq!(r.json()["scimType"], "uniqueness");
    }
    let r = scim.post(
        "/Users",
        &json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"] }),
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["scimType"], "invalidValue");
    let dave = scim.post("/Users", &user_body("dave", "701985")).json();
    let dave_id = dave["id"].as_str().unwrap().to_string();

    // Filter (RFC 7644 §3.4.2.2): only eq on what we keep; the listing shows only the IdP's
    // own accounts (no admin, no bob).
    let found = scim.get("/Users?filter=userName%20eq%20%22alice%22").json();
    assert_eq!(found["totalResults"], 1, "{found}");
    assert_eq!(found["Resources"][0]["id"], alice_id.as_str());
    assert_eq!(
        scim.get("/Users?filter=externalId%20eq%20%22701985%22")
            .json()["totalResults"],
        1
    );
    let r = scim.get("/Users?filter=userName%20sw%20%22a%22");
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["scimType"], "invalidFilter");
    let all = scim.get("/Users").json();
    assert_eq!(all["totalResults"], 2, "{all}");
    let page = scim.get("/Users?startIndex=2&count=1").json();
    assert_eq!(
        (page["startIndex"].as_u64(), page["itemsPerPage"].as_u64()),
        (Some(2), Some(1))
    );
    let admin_id = member_id(&admin, "admin");
    let bob_id = member_id(&admin, "bob");
    for id in [admin_id, bob_id] {
        assert_eq!(scim.get(&format!("/Users/{id}")).status, 404);
        let r = scim.patch(
            &format!("/Users/{id}"),
            json!([{ "op": "replace", "value": { "active": false } }]),
        );
        assert_eq!(r.status, 404, "SCIM reached a local account: {}", r.text());
    }

    // A group grants roles through the rules at once (eng: acme member and web member).
    let r = scim.post(
        "/Groups",
        &json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "eng",
                 "members": [{ "value": alice_id, "display": "alice" }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let eng = r.json()["id"].as_str().unwrap().to_string();
    assert!(members(&admin).contains("\"alice\""));
    assert!(
        admin
            .get("/api/v1/orgs/acme/spaces/web/members")
            .text()
            .contains("alice")
    );
    assert_eq!(
        scim.get(&format!("/Users/{alice_id}")).json()["groups"][0]["display"],
        "eng"
    );
    let admins = scim
        .post(
            "/Groups",
            &json!({ "displayName": "rb-admins", "members": [] }),
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        scim.post("/Groups", &json!({ "displayName": "eng" }))
            .status,
        409
    );
    let r = scim.post(
        "/Groups",
        &json!({ "displayName": "x", "members": [{ "value": admin_id.to_string() }] }),
    );
    assert_eq!(
        r.status,
        400,
        "the instance admin joined a SCIM group: {}",
        r.text()
    );

    // alice's first single sign-on links to her provisioned account (the IdP made it).
    let alice_web = client_of(&server, &sign_in(&server, |u| u, true));
    let me = alice_web.get("/api/v1/auth/me").json();
    assert_eq!(me["user"]["id"].as_i64().unwrap().to_string(), alice_id);
    assert_eq!(role_in(&alice_web, "acme").as_deref(), Some("member"));
    let key = mint_key(&alice_web, "laptop", "read");

    // PATCH members (RFC 7644 §3.5.2.1, §3.5.2.2): dave in rb-admins becomes admin; alice
    // removed from eng loses acme (and with it her acme key).
    let r = scim.patch(
        &format!("/Groups/{admins}"),
        json!([{ "op": "add", "path": "members", "value": [{ "value": dave_id }] }]),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(members(&admin).contains("\"dave\""));
    let r = scim.patch(
        &format!("/Groups/{eng}"),
        json!([{ "op": "remove", "path": format!("members[value eq \"{alice_id}\"]") }]),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(role_in(&alice_web, "acme"), None);
    let mut with_key = server.client();
    with_key.bearer = Some(key);
    assert_eq!(with_key.get("/api/v1/orgs/acme/spaces").status, 401);
    // Back in (PUT replaces the members), then deactivated the Entra ID way: her session and
    // every key end at once.
    let r = scim.send(
        "PUT",
        &format!("/Groups/{eng}"),
        Some(&json!({ "displayName": "eng", "members": [{ "value": alice_id }] })),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(role_in(&alice_web, "acme").as_deref(), Some("member"));
    let key2 = mint_key(&alice_web, "laptop2", "read");
    let r = scim.patch(
        &format!("/Users/{alice_id}"),
        json!([{ "op": "Replace", "value": { "active": false } }]),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["active"], false);
    assert_eq!(
        alice_web.get("/api/v1/auth/me").status,
        401,
        "the session outlived deactivation"
    );
    with_key.bearer = Some(key2);
    assert_eq!(
        with_key.get("/api/v1/orgs/acme/spaces").status,
        401,
        "a key outlived deactivation"
    );
    let m = crate::sso::failure_of(&sign_in(&server, |u| u, true));
    assert!(m.contains("disabled"), "{m}");
    // Reactivated by PUT (RFC 7644 §3.5.1), with a new display name.
    let mut again = user_body("alice", "701984");
    again["displayName"] = json!("Alice J.");
    let r = scim.send("PUT", &format!("/Users/{alice_id}"), Some(&again));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        (r.json()["active"].clone(), r.json()["displayName"].clone()),
        (json!(true), json!("Alice J."))
    );
    // The old session and key stay ended: deactivation cut them, not only hid them.
    assert_eq!(
        alice_web.get("/api/v1/auth/me").status,
        401,
        "a reactivation revived a session"
    );
    assert_eq!(
        with_key.get("/api/v1/orgs/acme/spaces").status,
        401,
        "a reactivation revived a key"
    );
    let r = scim.patch(
        &format!("/Users/{alice_id}"),
        json!([{ "op": "replace", "path": "password", "value": "x" }]),
    );
    assert_eq!(r.json()["scimType"], "invalidPath");

    // Delete (RFC 7644 §3.6): gone from SCIM and from every organization; a later create of the
    // same userName brings the account back.
    assert_eq!(
        scim.send("DELETE", &format!("/Users/{dave_id}"), None)
            .status,
        204
    );
    assert_eq!(scim.get(&format!("/Users/{dave_id}")).status, 404);
    assert!(!members(&admin).contains("\"dave\""));
    let r = scim.post("/Users", &user_body("dave", "701985"));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["id"].as_str(), Some(dave_id.as_str()));
    // Deleting a group takes away what it granted.
    assert_eq!(
        scim.send("DELETE", &format!("/Groups/{eng}"), None).status,
        204
    );
    assert!(!members(&admin).contains("\"alice\""));
    assert_eq!(scim.get(&format!("/Groups/{eng}")).status, 404);

    // PATCH operations apply in the order sent: everyone out, then dave back in.
    let r = scim.patch(
        &format!("/Groups/{admins}"),
        json!([{ "op": "remove", "path": "members" },
               { "op": "add", "path": "members", "value": [{ "value": dave_id }] }]),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let kept: Vec<String> = r.json()["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kept, vec![dave_id.clone()]);

    // A deleted user loses its single sign-on link: a re-created account is taken by the next
    // sign-on only on the exact userName, like a new one.
    let alice_num: i64 = alice_id.parse().unwrap();
    let linked = |id: i64| -> i64 {
        inst.sql()
            .query_row(
                "SELECT count(*) FROM sso_identities WHERE user_id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(linked(alice_num), 1);
    assert_eq!(
        scim.send("DELETE", &format!("/Users/{alice_id}"), None)
            .status,
        204
    );
    assert_eq!(linked(alice_num), 0);

    // With domains stripped, the account SCIM made for erin@a.example is not taken by the
    // first sign-on of erin@b.example, though both are "erin"; erin@a.example's is.
    let mut strip = settings(&issuer);
    strip.as_object_mut().unwrap().remove("client_secret");
    strip["claims"] = json!({ "strip_domain": true });
    assert_eq!(admin.put(SSO, &strip).status, 200);
    let r = scim.post("/Users", &user_body("erin@a.example", "701990"));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["userName"], "erin");
    let erin_id = r.json()["id"].as_str().unwrap().to_string();
    let found = |name: &str| {
        scim.get(&format!("/Users?filter=userName%20eq%20%22{name}%22"))
            .json()["totalResults"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(
        (found("erin%40a.example"), found("erin%40b.example")),
        (1, 0)
    );
    for (sub, claim) in [
        ("sub-erin-b", "erin@b.example"),
        ("sub-erin-a", "erin@a.example"),
    ] {
        idp.set(|s| {
            s.users.insert(
                claim.into(),
                json!({ "sub": sub, "preferred_username": claim, "name": "Erin", "groups": [] }),
            );
            s.next_user = claim.into();
        });
    }
    idp.set(|s| s.next_user = "erin@b.example".into());
    let m = crate::sso::failure_of(&sign_in(&server, |u| u, true));
    assert!(m.contains("local account"), "{m}");
    idp.set(|s| s.next_user = "erin@a.example".into());
    let erin = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(
        erin.get("/api/v1/auth/me").json()["user"]["id"]
            .as_i64()
            .unwrap()
            .to_string(),
        erin_id
    );

    // Audited as scim; the token is revocable, and is in no log line or table in clear.
    assert_audited(&admin, "scim.user_deactivated", 1);
    assert_audited(&admin, "scim.group_patched", 2);
    let audit = admin
        .get("/api/v1/audit?action=scim.group_patched&limit=10")
        .text();
    assert!(audit.contains("\"actor\":\"scim\""), "{audit}");
    assert!(!inst.dump().contains(&token));
    assert!(!server.log.lock().unwrap().contains(&token));
    assert_eq!(admin.delete("/api/v1/admin/scim/token").status, 200);
    assert_eq!(scim.get("/Users").status, 401);
    server.stop();
    inst.verify();
}
