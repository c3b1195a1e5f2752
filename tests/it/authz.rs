//! Authorization edges found by the outside review (issue 12): what an organization admin may
//! do to accounts it does not own alone, what a space-limited API key reaches across the
//! organization, and who may report and read distributions.

use serde_json::json;

use crate::harness::*;

/// Invites `username` into organization `org` with `role` (as `inviter`) and signs them in.
pub(crate) fn join_org(
    inviter: &Client,
    org: &str,
    role: &str,
    username: &str,
    password: &str,
) -> Client {
    let r = inviter.post(
        &format!("/api/v1/orgs/{org}/invites"),
        &json!({ "role": role }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let token = r.json()["token"].as_str().unwrap().to_string();
    let anon = Client {
        cookie: None,
        csrf: None,
        bearer: None,
        origin: None,
        ..inviter.clone()
    };
    let r = anon.post(
        "/api/v1/invites/accept",
        &json!({ "token": token, "username": username, "password": password }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    Client::login(inviter.addr, username, password)
}

fn id_in(admin: &Client, org: &str, username: &str) -> i64 {
    admin.get(&format!("/api/v1/orgs/{org}/members")).json()["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["username"] == username)
        .unwrap_or_else(|| panic!("no member {username} in {org}"))["id"]
        .as_i64()
        .unwrap()
}

/// Every `members/{id}/...` route that acts on the account rather than the membership.
const ACCOUNT_ROUTES: [&str; 4] = ["reset-link", "disable", "enable", "unlock"];

fn act(c: &Client, org: &str, id: i64, what: &str) -> Resp {
    c.post(
        &format!("/api/v1/orgs/{org}/members/{id}/{what}"),
        &json!({}),
    )
}

#[test]
fn org_admins_cannot_take_over_or_disable_accounts_beyond_their_org() {
    let inst = Instance::new("takeover");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    // The instance admin creates `beta` (and so belongs to it) and invites bob as its admin.
    let r = admin.post("/api/v1/orgs", &json!({ "name": "Beta", "slug": "beta" }));
    assert_eq!(r.status, 201, "{}", r.text());
    let bob = join_org(&admin, "beta", "admin", "bob", "bob passphrase 12345");
    let carol = join_org(&bob, "beta", "member", "carol", "carol passphrase 1234");
    join_org(&bob, "beta", "member", "dave", "dave passphrase 12345");
    // dave also belongs to acme (no route adds an existing account to a second organization
    // yet; the data model allows it, so the test writes the membership itself).
    let dave = id_in(&bob, "beta", "dave");
    inst.sql()
        .execute(
            "INSERT INTO memberships (org_id, user_id, role) VALUES ((SELECT id FROM orgs WHERE slug = 'acme'), ?1, 'viewer')",
            [dave],
        )
        .unwrap();
    let root = id_in(&bob, "beta", "admin");
    let carol_id = id_in(&bob, "beta", "carol");

    // The reported takeover: bob may neither reset, disable, enable nor unlock the instance
    // admin, nor dave, who belongs to acme too.
    for target in [root, dave] {
        for what in ACCOUNT_ROUTES {
            let r = act(&bob, "beta", target, what);
            assert_eq!(r.status, 403, "bob {what} user {target}: {}", r.text());
            assert_eq!(r.json()["error"]["code"], "RB-AUTH-ACCOUNT-BEYOND-ORG");
        }
    }
    // Nothing happened: the instance admin still signs in with their own password and is
    // still enabled; no reset link was issued.
    let again = Client::login(server.addr, "admin", ADMIN_PW);
    assert_eq!(
        again.get("/api/v1/auth/me").json()["user"]["instance_admin"],
        true
    );
    let resets: i64 = inst
        .sql()
        .query_row(
            "SELECT count(*) FROM one_time_tokens WHERE purpose = 'reset' AND user_id IN (?1, ?2)",
            [root, dave],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(resets, 0);
    let refused = admin.get("/api/v1/audit?limit=500").json()["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "member.action_refused")
        .count();
    assert_eq!(refused, 8, "every refusal is audited");

    // What the organization owns, its admin still manages: roles and membership.
    let r = bob.put(
        &format!("/api/v1/orgs/beta/members/{dave}/role"),
        &json!({ "role": "viewer" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = bob.delete(&format!("/api/v1/orgs/beta/members/{dave}"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        bob.get("/api/v1/orgs/beta/members").json()["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["username"] == "dave")
            .count(),
        0
    );
    let dave_client = Client::login(server.addr, "dave", "dave passphrase 12345");
    assert_eq!(dave_client.get("/api/v1/orgs/beta").status, 404);
    assert_eq!(dave_client.get("/api/v1/orgs/acme").status, 200);
    let r = bob.put(
        &format!("/api/v1/orgs/beta/members/{root}/role"),
        &json!({ "role": "member" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = bob.put(
        &format!("/api/v1/orgs/beta/members/{root}/role"),
        &json!({ "role": "admin" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The last admin cannot be removed.
    assert_eq!(
        bob.delete(&format!("/api/v1/orgs/acme/members/{root}"))
            .status,
        404
    );
    assert_eq!(
        admin
            .delete(&format!("/api/v1/orgs/acme/members/{root}"))
            .status,
        409
    );

    // An account beta owns alone: its admin resets, disables, enables and unlocks it.
    for what in ["disable", "enable", "unlock"] {
        let r = act(&bob, "beta", carol_id, what);
        assert_eq!(r.status, 200, "bob {what} carol: {}", r.text());
    }
    assert_eq!(
        carol.get("/api/v1/auth/me").status,
        401,
        "disable ended the session"
    );
    let link = act(&bob, "beta", carol_id, "reset-link");
    assert_eq!(link.status, 201, "{}", link.text());
    let token = link.json()["token"].as_str().unwrap().to_string();
    let r = server.client().post(
        "/api/v1/password-reset",
        &json!({ "token": token, "password": "carol's new passphrase" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    Client::login(server.addr, "carol", "carol's new passphrase");
    // A link bob issued is void once the account is no longer beta's alone.
    let link = act(&bob, "beta", carol_id, "reset-link").json();
    inst.sql()
        .execute(
            "INSERT INTO memberships (org_id, user_id, role) VALUES ((SELECT id FROM orgs WHERE slug = 'acme'), ?1, 'viewer')",
            [carol_id],
        )
        .unwrap();
    let r = server.client().post(
        "/api/v1/password-reset",
        &json!({ "token": link["token"], "password": "bob chose this passphrase" }),
    );
    assert_eq!(r.status, 410, "{}", r.text());
    Client::login(server.addr, "carol", "carol's new passphrase");

    // The instance admin, an admin of beta, may act on shared accounts.
    for what in ACCOUNT_ROUTES {
        let r = act(&admin, "beta", carol_id, what);
        assert!(
            r.status == 200 || r.status == 201,
            "admin {what} carol: {}",
            r.text()
        );
    }
    server.stop();
    inst.verify();
}

fn keyed(server: &Server, key: &str) -> Client {
    Client {
        cookie: None,
        csrf: None,
        bearer: Some(key.to_string()),
        ..server.client()
    }
}

fn new_key(admin: &Client, body: serde_json::Value) -> String {
    let r = admin.post("/api/v1/orgs/acme/apikeys", &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["key"].as_str().unwrap().to_string()
}

/// Spaces `pub` (open), `restr` (restricted) and `priv` (private) besides `default`, each with
/// a standard mentioning "zebracorn" and a released package `<space>-pkg`.
fn seed_spaces(admin: &Client) {
    for (slug, vis) in [
        ("pub", "open"),
        ("restr", "restricted"),
        ("priv", "private"),
    ] {
        let r = admin.post(
            "/api/v1/orgs/acme/spaces",
            &json!({ "name": slug, "slug": slug, "visibility": vis }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    for space in ["default", "pub", "restr", "priv"] {
        let base = format!("/api/v1/orgs/acme/spaces/{space}");
        let r = admin.post(
            &format!("{base}/standards"),
            &json!({ "name": format!("{space} zebracorn"), "description": format!("The {space} zebracorn rules."),
                     "rules": [{ "text": "Feed the zebracorn." }] }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        let slug = format!("{space}-zebracorn");
        let r = admin.post(
            &format!("{base}/packages"),
            &json!({ "name": format!("{space} pkg"), "slug": format!("{space}-pkg"),
                     "items": [{ "kind": "standard", "slug": slug }] }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        let r = admin.post(
            &format!("{base}/packages/{space}-pkg/releases"),
            &json!({ "version": "1" }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
}

#[test]
fn a_space_limited_key_reaches_only_its_spaces_on_every_route() {
    let inst = Instance::new("keyspaces");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed_spaces(&admin);
    let write = keyed(
        &server,
        &new_key(
            &admin,
            json!({ "name": "pub-ci", "scope": "write", "spaces": ["pub"] }),
        ),
    );
    let admin_key = keyed(
        &server,
        &new_key(
            &admin,
            json!({ "name": "pub-admin", "scope": "admin", "spaces": ["pub"] }),
        ),
    );
    for c in [&write, &admin_key] {
        // Search: hits and snippets only from the key's space (the reported leak).
        let r = c.get("/api/v1/orgs/acme/search?q=zebracorn");
        assert_eq!(r.status, 200, "{}", r.text());
        let hits = r.json()["hits"].as_array().unwrap().clone();
        assert!(!hits.is_empty(), "{}", r.text());
        assert!(hits.iter().all(|h| h["space"] == "pub"), "{}", r.text());
        assert!(
            !r.text().contains("priv") && !r.text().contains("restr"),
            "{}",
            r.text()
        );
        assert_eq!(
            c.get("/api/v1/orgs/acme/search?q=zebracorn&space=priv")
                .json()["hits"],
            json!([])
        );
        // The spaces list shows only the key's spaces.
        let listed = c.get("/api/v1/orgs/acme/spaces").json();
        assert_eq!(listed["spaces"].as_array().unwrap().len(), 1, "{listed}");
        assert_eq!(listed["spaces"][0]["slug"], "pub");
        // Exports, packages, archives: its space only.
        for space in ["default", "restr", "priv"] {
            for path in [
                format!("/api/v1/orgs/acme/spaces/{space}/export"),
                format!("/api/v1/orgs/acme/spaces/{space}/packages/{space}-pkg/export"),
                format!("/api/v1/orgs/acme/spaces/{space}/standards"),
                format!("/api/v1/orgs/acme/spaces/{space}/packages"),
            ] {
                assert_eq!(c.get(&path).status, 403, "{path}");
            }
        }
        assert_eq!(c.get("/api/v1/orgs/acme/spaces/pub/export").status, 200);
        assert_eq!(
            c.get("/api/v1/orgs/acme/spaces/pub/packages/pub-pkg/export")
                .status,
            200
        );
        // Preview renders only what is sent (it reads no stored content), so it is allowed.
        let r = c.post(
            "/api/v1/orgs/acme/preview",
            &json!({ "kind": "standard", "agents": ["claude"], "content": { "name": "X", "description": "y" } }),
        );
        assert_eq!(r.status, 200, "{}", r.text());
        assert!(!r.text().contains("zebracorn"));
        // Templates: the catalogue is built in; copying one follows the space.
        assert_eq!(c.get("/api/v1/templates").status, 200);
    }
    let copy = |space: &str| {
        admin_key.post(
            &format!("/api/v1/orgs/acme/spaces/{space}/templates/rust-error-handling"),
            &json!({}),
        )
    };
    assert_eq!(copy("default").status, 403);
    assert_eq!(copy("priv").status, 403);
    assert_eq!(copy("pub").status, 201, "{}", copy("pub").text());
    // An admin-scope key limited to a space administers that space, not the organization.
    assert_eq!(admin_key.get("/api/v1/orgs/acme/members").status, 403);
    assert_eq!(
        admin_key
            .post("/api/v1/orgs/acme/invites", &json!({ "role": "admin" }))
            .status,
        403
    );
    assert_eq!(
        admin_key.get("/api/v1/orgs/acme/spaces/pub/members").status,
        200
    );
    // Distributions: the key reports only its space's packages and sees only those.
    let track = json!({ "url": "https://git.example/team/app", "branch": "main" });
    assert_eq!(
        admin.post("/api/v1/orgs/acme/repositories", &track).status,
        201
    );
    let report = |packages: serde_json::Value| {
        let artifacts: Vec<serde_json::Value> = packages
            .as_object()
            .unwrap()
            .keys()
            .map(|p| json!({ "kind": "standard", "slug": "s", "version": 1, "package": p }))
            .collect();
        json!({ "url": "https://git.example/team/app", "branch": "main", "path": "",
                "packages": packages, "artifacts": artifacts, "agents": ["claude"] })
    };
    let r = write.post(
        "/api/v1/orgs/acme/distributions",
        &report(json!({ "default-pkg": "1" })),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let r = write.post(
        "/api/v1/orgs/acme/distributions",
        &report(json!({ "pub/pub-pkg": "1" })),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/distributions",
        &report(json!({ "pub/pub-pkg": "1", "priv/priv-pkg": "1", "default-pkg": "1" })),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let seen = write.get("/api/v1/orgs/acme/repositories").json();
    let install = &seen["repositories"][0]["installs"][0];
    assert_eq!(install["packages"].as_array().unwrap().len(), 1, "{seen}");
    assert_eq!(install["packages"][0]["package"], "pub/pub-pkg");
    assert_eq!(install["artifacts"].as_array().unwrap().len(), 1, "{seen}");
    assert!(!seen.to_string().contains("priv"), "{seen}");
    server.stop();
    inst.verify();
}

#[test]
fn distribution_reports_and_the_overview_follow_space_visibility() {
    let inst = Instance::new("distpriv");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed_spaces(&admin);
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    let track = json!({ "url": "https://git.example/team/app", "branch": "main" });
    assert_eq!(
        admin.post("/api/v1/orgs/acme/repositories", &track).status,
        201
    );
    let report = |packages: serde_json::Value| {
        json!({ "url": "https://git.example/team/app", "branch": "main", "path": "",
                "packages": packages, "artifacts": [], "agents": ["claude"] })
    };
    let post = |c: &Client, packages: serde_json::Value| {
        c.post("/api/v1/orgs/acme/distributions", &report(packages))
    };
    // The reported forgery: a viewer outside the private space names its package, or one
    // that does not exist. Both get the same refusal, and nothing is recorded.
    for forged in [
        json!({ "priv/priv-pkg": "1" }),
        json!({ "priv/secret-pkg": "0.1" }),
        json!({ "nosuch/pkg": "1" }),
        json!({ "pub/pub-pkg": "1", "priv/priv-pkg": "1" }),
    ] {
        let r = post(&viewer, forged.clone());
        assert_eq!(r.status, 422, "{forged}: {}", r.text());
        assert_eq!(r.json()["error"]["code"], "RB-HTTP-INVALID");
    }
    let r = post(&admin, json!({ "priv/priv-pkg": "1", "pub/pub-pkg": "0" }));
    assert_eq!(r.status, 201, "{}", r.text());
    // An artifact must belong to a reported package.
    let mut stray = report(json!({ "pub/pub-pkg": "1" }));
    stray["artifacts"] =
        json!([{ "kind": "standard", "slug": "x", "version": 1, "package": "priv/priv-pkg" }]);
    assert_eq!(
        viewer
            .post("/api/v1/orgs/acme/distributions", &stray)
            .status,
        422
    );
    // The overview shows each caller only the packages they can read.
    let seen = viewer.get("/api/v1/orgs/acme/repositories").json();
    let rows = &seen["repositories"][0]["installs"][0]["packages"];
    assert_eq!(
        rows,
        &json!([{ "package": "pub/pub-pkg", "installed": "0", "latest": "1", "status": "outdated" }]),
        "{seen}"
    );
    assert!(!seen.to_string().contains("priv"), "{seen}");
    let all = admin.get("/api/v1/orgs/acme/repositories").json();
    assert_eq!(
        all["repositories"][0]["installs"][0]["packages"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "{all}"
    );
    server.stop();
    inst.verify();
}

/// A JSON request with exactly the given Host, Origin and cookie headers.
fn raw(
    c: &Client,
    method: &str,
    path: &str,
    host: &str,
    origin: Option<&str>,
    body: &serde_json::Value,
) -> Resp {
    let mut r = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if let Some(o) = origin {
        r.push_str(&format!("Origin: {o}\r\n"));
    }
    if let Some(k) = &c.cookie {
        r.push_str(&format!("Cookie: rb_session={k}\r\n"));
    }
    if let Some(t) = &c.csrf {
        r.push_str(&format!("X-CSRF-Token: {t}\r\n"));
    }
    let b = body.to_string();
    r.push_str(&format!(
        "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
        b.len()
    ));
    request(c.addr, &r).unwrap()
}

#[test]
fn host_and_origin_are_bound_to_the_configured_names() {
    let inst = Instance::new("rebinding");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let port = server.addr.port();
    let evil = format!("evil.example:{port}");
    let evil_origin = format!("http://evil.example:{port}");
    let space = json!({ "name": "Rebound", "visibility": "open" });
    // The reported bypass: Origin and Host both name the attacker's re-pointed name.
    let r = raw(
        &admin,
        "POST",
        "/api/v1/orgs/acme/spaces",
        &evil,
        Some(&evil_origin),
        &space,
    );
    assert_eq!(r.status, 421, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-HTTP-MISDIRECTED");
    let login = json!({ "username": "admin", "password": ADMIN_PW });
    let anon = server.client();
    let r = raw(
        &anon,
        "POST",
        "/api/v1/auth/login",
        &evil,
        Some(&evil_origin),
        &login,
    );
    assert_eq!(r.status, 421, "{}", r.text());
    for path in ["/", "/app.js", "/api/v1/setup", "/api/v1/orgs/acme"] {
        let r = raw(&admin, "GET", path, &evil, None, &json!({}));
        assert_eq!(r.status, 421, "GET {path}");
    }
    // A foreign Origin with our Host is still refused; our names are accepted.
    let r = raw(
        &admin,
        "POST",
        "/api/v1/orgs/acme/spaces",
        &server.addr.to_string(),
        Some(&evil_origin),
        &space,
    );
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-ORIGIN");
    for (host, origin) in [
        (
            format!("127.0.0.1:{port}"),
            format!("http://127.0.0.1:{port}"),
        ),
        (
            format!("localhost:{port}"),
            format!("http://localhost:{port}"),
        ),
    ] {
        let r = raw(
            &anon,
            "POST",
            "/api/v1/auth/login",
            &host,
            Some(&origin),
            &login,
        );
        assert_eq!(r.status, 200, "{host}: {}", r.text());
    }
    for origin in [
        format!("https://127.0.0.1:{port}"),
        format!("http://127.0.0.1:{}", port.wrapping_add(1)),
        "null".to_string(),
    ] {
        let r = raw(
            &anon,
            "POST",
            "/api/v1/auth/login",
            &server.addr.to_string(),
            Some(&origin),
            &login,
        );
        assert_eq!(r.status, 403, "{origin}: {}", r.text());
    }
    // Health and metrics probes answer whatever the Host.
    for path in ["/healthz", "/readyz", "/metrics"] {
        let r = raw(&anon, "GET", path, "monitor.internal", None, &json!({}));
        assert_eq!(r.status, 200, "{path}");
    }
    server.stop();

    // With --public-url, that name (and its origin) is accepted too, and links use it.
    let server = inst.serve(&["--public-url", "https://rules.example.test"]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let r = raw(
        &server.client(),
        "POST",
        "/api/v1/auth/login",
        "rules.example.test",
        Some("https://rules.example.test"),
        &login,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.post("/api/v1/orgs/acme/invites", &json!({ "role": "viewer" }));
    assert!(
        r.json()["url"]
            .as_str()
            .unwrap()
            .starts_with("https://rules.example.test/#/invite/"),
        "{}",
        r.text()
    );
    let r = raw(
        &admin,
        "GET",
        "/api/v1/orgs/acme",
        "other.example.test",
        None,
        &json!({}),
    );
    assert_eq!(r.status, 421);
    let bad = inst.run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--public-url",
        "https://x.test/path",
    ]);
    assert_eq!(code(&bad), 2, "{}", stderr(&bad));
    server.stop();
    inst.verify();
}

#[test]
fn login_with_a_stale_session_cookie_and_no_csrf_token_signs_in() {
    let inst = Instance::new("relogin");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    // A browser that still holds a session cookie but not its CSRF token (a reload of the
    // login page) signs in again: login is pre-session, the Origin check guards it.
    let mut stale = admin.clone();
    stale.csrf = None;
    stale.origin = Some(format!("http://{}", server.addr));
    let r = stale.post(
        "/api/v1/auth/login",
        &json!({ "username": "admin", "password": ADMIN_PW }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut fresh = stale.clone();
    fresh.adopt(&r);
    assert_ne!(fresh.cookie, admin.cookie, "a new session token");
    assert_eq!(fresh.get("/api/v1/auth/me").status, 200);
    assert_eq!(
        admin.get("/api/v1/auth/me").status,
        401,
        "the replaced session ended"
    );
    // Still refused: a foreign Origin, and any other change without the CSRF token.
    let mut foreign = fresh.clone();
    foreign.csrf = None;
    foreign.origin = Some("https://evil.example".into());
    let r = foreign.post(
        "/api/v1/auth/login",
        &json!({ "username": "admin", "password": ADMIN_PW }),
    );
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-ORIGIN");
    let mut no_token = fresh.clone();
    no_token.csrf = None;
    let r = no_token.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "X", "visibility": "open" }),
    );
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-CSRF");
    server.stop();
    inst.verify();
}

#[test]
fn a_locked_account_says_when_the_lock_ends() {
    let inst = Instance::new("lockretry");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    // Lock the account for 30 minutes, as 100 failures within an hour would.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    inst.sql()
        .execute(
            "INSERT INTO login_throttle (username, failures, window_start, hour_failures, blocked_until, locked)
             VALUES ('admin', 100, ?1, 100, ?2, 1)
             ON CONFLICT (username) DO UPDATE SET blocked_until = ?2, locked = 1",
            [now, now + 1800],
        )
        .unwrap();
    let good = json!({ "username": "admin", "password": ADMIN_PW });
    let r = server.client().post("/api/v1/auth/login", &good);
    assert_eq!(r.status, 429, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-LOCKED");
    let retry: i64 = r
        .header("retry-after")
        .expect("Retry-After on RB-AUTH-LOCKED")
        .parse()
        .unwrap();
    assert!((1790..=1800).contains(&retry), "Retry-After: {retry}");
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("{retry} s"))
    );
    // An admin's release ends it at once.
    let r = admin.post("/api/v1/orgs/acme/members/1/unlock", &json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        server.client().post("/api/v1/auth/login", &good).status,
        200
    );
    server.stop();
    inst.verify();
}
