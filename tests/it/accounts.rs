//! Accounts over HTTP against the real binary: first-run setup, sessions, CSRF, the role
//! matrix over every route, brute-force throttling under a controlled clock, user
//! enumeration, API keys, invitations, and bad input.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::harness::*;

#[test]
fn setup_token_is_single_use_and_no_default_credentials_exist() {
    let inst = Instance::new("setup");
    let server = inst.serve(&[]);
    let anon = server.client();
    assert_eq!(anon.get("/api/v1/setup").json()["needed"], true);
    // No default credentials.
    for (u, p) in [
        ("admin", "admin"),
        ("admin", "password"),
        ("root", "rulebook"),
    ] {
        assert_eq!(
            anon.post(
                "/api/v1/auth/login",
                &json!({ "username": u, "password": p })
            )
            .status,
            401
        );
    }
    let token = server.setup_token().unwrap();
    let body = |t: &str| json!({ "token": t, "org_name": "Acme", "username": "admin", "password": ADMIN_PW });
    let wrong = anon.post("/api/v1/setup", &body(&"0".repeat(64)));
    assert_eq!(wrong.status, 410, "{}", wrong.text());
    let weak = anon.post("/api/v1/setup", &json!({ "token": token, "org_name": "Acme", "username": "admin", "password": "Password1234" }));
    assert_eq!(weak.status, 422, "{}", weak.text());
    let ok = anon.post("/api/v1/setup", &body(&token));
    assert_eq!(ok.status, 201, "{}", ok.text());
    let replay = anon.post("/api/v1/setup", &body(&token));
    assert_eq!(replay.status, 410, "{}", replay.text());
    assert_eq!(anon.get("/api/v1/setup").json()["needed"], false);
    server.stop();
    // A restart after setup prints no setup link.
    let server = inst.serve(&[]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!server.log.lock().unwrap().contains("#/setup/"));
    server.stop();
    inst.verify();
}

#[test]
fn login_logout_and_session_replay() {
    let inst = Instance::new("session");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let me = admin.get("/api/v1/auth/me");
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["user"]["username"], "admin");
    assert_eq!(me.json()["orgs"][0]["role"], "admin");
    let c = Client::login(server.addr, "admin", ADMIN_PW);
    let sessions = c.get("/api/v1/sessions").json();
    assert_eq!(sessions["sessions"].as_array().unwrap().len(), 2);
    // Logout ends the session on the server: replaying the cookie fails.
    let out = c.post("/api/v1/auth/logout", &json!({}));
    assert_eq!(out.status, 200);
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    assert_eq!(c.get("/api/v1/auth/me").status, 401);
    // Revoking another session works at once.
    let other = Client::login(server.addr, "admin", ADMIN_PW);
    let list = admin.get("/api/v1/sessions").json();
    let victim = list["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == false)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        admin.delete(&format!("/api/v1/sessions/{victim}")).status,
        200
    );
    assert_eq!(other.get("/api/v1/auth/me").status, 401);
    assert_eq!(admin.get("/api/v1/auth/me").status, 200);
    server.stop();
    inst.verify();
}

#[test]
fn csrf_token_and_origin_are_enforced() {
    let inst = Instance::new("csrf");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let body = json!({ "name": "Platform", "visibility": "open" });
    let mut no_token = admin.clone();
    no_token.csrf = None;
    let r = no_token.post("/api/v1/orgs/acme/spaces", &body);
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-CSRF");
    let mut wrong = admin.clone();
    wrong.csrf = Some("0".repeat(64));
    assert_eq!(
        wrong.post("/api/v1/orgs/acme/spaces", &body).json()["error"]["code"],
        "RB-AUTH-CSRF"
    );
    let mut foreign = admin.clone();
    foreign.origin = Some("https://evil.example".into());
    let r = foreign.post("/api/v1/orgs/acme/spaces", &body);
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-ORIGIN");
    let mut same = admin.clone();
    same.origin = Some(format!("http://{}", server.addr));
    assert_eq!(same.post("/api/v1/orgs/acme/spaces", &body).status, 201);
    // Login from a foreign origin is refused too (login CSRF).
    let mut anon = server.client();
    anon.origin = Some("https://evil.example".into());
    assert_eq!(
        anon.post(
            "/api/v1/auth/login",
            &json!({ "username": "admin", "password": ADMIN_PW })
        )
        .status,
        403
    );
    server.stop();
    inst.verify();
}

#[test]
fn every_route_refuses_anonymous_and_wrong_role_callers() {
    let inst = Instance::new("matrix");
    inst.init();
    let routes: serde_json::Value = serde_json::from_str(&inst.ok(&["routes"])).unwrap();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    let member = join(&admin, "member", "mo", "member passphrase 123");
    let key = admin
        .post(
            "/api/v1/orgs/acme/apikeys",
            &json!({ "name": "ci", "scope": "admin" }),
        )
        .json()["key"]
        .as_str()
        .unwrap()
        .to_string();
    let keyed = Client {
        cookie: None,
        csrf: None,
        bearer: Some(key),
        ..server.client()
    };
    let anon = server.client();
    let mut checked = 0;
    for r in routes.as_array().unwrap() {
        let method = r["method"].as_str().unwrap();
        let path = r["path"]
            .as_str()
            .unwrap()
            .replace("{org}", "acme")
            .replace("{space}", "default")
            .replace("{kind}", "standards")
            .replace("{slug}", "nope")
            .replace("{package}", "nope")
            .replace("{release}", "1")
            .replace("{proposal}", "1")
            .replace("{n}", "1")
            .replace("{template}", "rust-error-handling")
            .replace("{id}", "999999");
        let need = r["need"].as_str().unwrap();
        let body = json!({});
        let call = |c: &Client| {
            if method == "GET" {
                c.get(&path)
            } else {
                c.send(method, &path, Some(&body))
            }
        };
        if need == "public" || need == "monitoring" {
            continue; // monitoring: tests/it/metrics.rs
        }
        let a = call(&anon);
        assert_eq!(a.status, 401, "anonymous {method} {path}: {}", a.text());
        assert_eq!(a.json()["error"]["code"], "RB-AUTH-REQUIRED");
        let weak = match need {
            "org:admin" => Some((&viewer, "viewer")),
            "org:member" => Some((&viewer, "viewer")),
            "instance-admin" => Some((&member, "member")),
            _ => None,
        };
        if let Some((c, who)) = weak {
            let w = call(c);
            assert_eq!(w.status, 403, "{who} {method} {path}: {}", w.text());
            if need == "org:admin" {
                assert_eq!(call(&member).status, 403, "member {method} {path}");
            }
        }
        if r["session_only"] == true {
            let k = call(&keyed);
            assert_eq!(k.status, 403, "API key {method} {path}: {}", k.text());
        }
        // A non-member learns nothing about other organizations.
        if path.contains("/orgs/acme") {
            let other = path.replace("/orgs/acme", "/orgs/nosuchorg");
            let o = if method == "GET" {
                admin.get(&other)
            } else {
                admin.send(method, &other, Some(&body))
            };
            assert_eq!(o.status, 404, "{method} {other}");
        }
        checked += 1;
    }
    assert!(checked >= 35, "only {checked} routes checked");
    server.stop();
    inst.verify();
}

#[test]
fn lockout_follows_the_schedule_under_a_controlled_clock() {
    let inst = Instance::new("lockout");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let server = Server::start_with_env(
        &inst,
        &["--login-rate-per-minute", "100000"],
        &[("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())],
    );
    let admin = server.setup_admin();
    let anon = server.client();
    let bad = json!({ "username": "admin", "password": "wrong wrong wrong" });
    let mut offset = 0i64;
    let mut advance = |secs: i64| {
        offset += secs;
        std::fs::write(&clock, offset.to_string()).unwrap();
    };
    // Three free failures, then waits of 1 s, 2 s, 4 s ... up to 30 s.
    for _ in 0..3 {
        assert_eq!(anon.post("/api/v1/auth/login", &bad).status, 401);
    }
    for (wait, failures_after) in [(1, 4), (2, 5), (4, 6)] {
        let r = anon.post("/api/v1/auth/login", &bad);
        assert_eq!(r.status, 429, "{}", r.text());
        assert_eq!(r.json()["error"]["code"], "RB-AUTH-RATE-LIMITED");
        assert_eq!(
            r.header("retry-after"),
            Some(wait.to_string().as_str()),
            "after {} failures",
            failures_after - 1
        );
        advance(wait - 1);
        assert_eq!(
            anon.post("/api/v1/auth/login", &bad).status,
            429,
            "one second early"
        );
        advance(1);
        assert_eq!(anon.post("/api/v1/auth/login", &bad).status, 401);
    }
    // Keep failing, waiting out each delay, until the hourly lock (100 failures).
    let mut failures = 6;
    let mut locked = false;
    for _ in 0..200 {
        let r = anon.post("/api/v1/auth/login", &bad);
        match (r.status, r.json()["error"]["code"].as_str()) {
            (401, _) => failures += 1,
            (429, Some("RB-AUTH-LOCKED")) => {
                locked = true;
                break;
            }
            (429, _) => advance(r.header("retry-after").unwrap().parse().unwrap()),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(locked, "not locked after {failures} failures");
    assert_eq!(
        failures, 100,
        "the lock comes at the 100th failure within the hour"
    );
    assert!(
        offset < 3600,
        "the 100 failures took {offset} s of clock time"
    );
    // Locked: even the right password is refused, until an admin releases the lock.
    let good = json!({ "username": "admin", "password": ADMIN_PW });
    let r = anon.post("/api/v1/auth/login", &good);
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-LOCKED");
    // The lock says when it ends (issue 12, finding 15b): seconds until unlock.
    let retry: i64 = r
        .header("retry-after")
        .expect("Retry-After on RB-AUTH-LOCKED")
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry), "Retry-After: {retry}");
    std::fs::write(&clock, (offset + retry - 2).to_string()).unwrap();
    let r = anon.post("/api/v1/auth/login", &good);
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-LOCKED");
    let left: i64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!(left <= 2, "Retry-After counts down: {left}");
    let r = admin.post("/api/v1/orgs/acme/members/1/unlock", &json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(anon.post("/api/v1/auth/login", &good).status, 200);
    // Lockout and release are audit events.
    let audit = admin.get("/api/v1/audit?limit=500").json();
    let actions: Vec<&str> = audit["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"auth.lockout") && actions.contains(&"auth.lock_released"),
        "{actions:?}"
    );
    server.stop();
    inst.verify();
}

#[test]
fn unknown_and_known_usernames_look_the_same() {
    let inst = Instance::new("enum");
    let server = inst.serve(&[]);
    let _admin = server.setup_admin();
    let anon = server.client();
    let strip = |r: &Resp| {
        let mut j = r.json();
        j["error"]["request_id"] = json!(null);
        (r.status, j)
    };
    let mut t_known = Duration::ZERO;
    let mut t_unknown = Duration::ZERO;
    for i in 0..3 {
        let t = Instant::now();
        let known = anon.post(
            "/api/v1/auth/login",
            &json!({ "username": "admin", "password": format!("wrong password {i}") }),
        );
        t_known += t.elapsed();
        let t = Instant::now();
        let unknown = anon.post(
            "/api/v1/auth/login",
            &json!({ "username": format!("ghost{i}"), "password": "wrong password" }),
        );
        t_unknown += t.elapsed();
        assert_eq!(strip(&known), strip(&unknown));
    }
    let ratio = t_known.as_secs_f64() / t_unknown.as_secs_f64();
    assert!(
        (0.5..2.0).contains(&ratio),
        "timing differs: known {t_known:?} unknown {t_unknown:?}"
    );
    server.stop();
    inst.verify();
}

#[test]
fn api_keys_are_scoped_shown_once_and_revoked_at_once() {
    let inst = Instance::new("apikeys");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "reader", "scope": "read", "expires_in_days": 30 }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let key = r.json()["key"].as_str().unwrap().to_string();
    let id = r.json()["id"].as_i64().unwrap();
    assert!(key.starts_with("rbk_") && key.len() == 68, "{key}");
    let reader = Client {
        bearer: Some(key.clone()),
        cookie: None,
        csrf: None,
        ..admin.clone()
    };
    assert_eq!(reader.get("/api/v1/orgs/acme").status, 200);
    assert_eq!(reader.get("/api/v1/auth/me").json()["via"], "api_key");
    // Read scope cannot act as admin, whatever its owner is.
    assert_eq!(reader.get("/api/v1/orgs/acme/members").status, 403);
    // Listing never shows the key again.
    let list = admin.get("/api/v1/orgs/acme/apikeys");
    assert!(!list.text().contains(&key));
    assert_eq!(list.json()["keys"][0]["prefix"], key[..12]);
    // Revocation takes effect on the next request.
    assert_eq!(
        admin
            .delete(&format!("/api/v1/orgs/acme/apikeys/{id}"))
            .status,
        200
    );
    let r = reader.get("/api/v1/orgs/acme");
    assert_eq!(r.status, 401);
    // Garbage and unknown keys are 401.
    for k in ["rbk_nope", "nothex", &format!("rbk_{}", "0".repeat(64))] {
        let c = Client {
            bearer: Some(k.to_string()),
            ..reader.clone()
        };
        assert_eq!(c.get("/api/v1/auth/me").status, 401, "{k}");
    }
    // A key limited to some spaces cannot reach others.
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Web", "visibility": "open" }),
    );
    let r = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "lim", "scope": "admin", "spaces": ["default"] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let limited = Client {
        bearer: Some(r.json()["key"].as_str().unwrap().to_string()),
        ..reader.clone()
    };
    assert_eq!(
        limited
            .get("/api/v1/orgs/acme/spaces/default/members")
            .status,
        200
    );
    assert_eq!(
        limited.get("/api/v1/orgs/acme/spaces/web/members").status,
        403
    );
    let bad = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "x", "scope": "read", "spaces": ["nope"] }),
    );
    assert_eq!(bad.status, 422);
    // A member cannot mint an admin key.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    let r = member.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "x", "scope": "admin" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    server.stop();
    inst.verify();
}

#[test]
fn disabled_users_and_reset_links() {
    let inst = Instance::new("disable");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let member = join(&admin, "member", "mo", "member passphrase 123");
    let mo = member_id(&admin, "mo");
    assert_eq!(
        admin
            .post(
                &format!("/api/v1/orgs/acme/members/{mo}/disable"),
                &json!({})
            )
            .status,
        200
    );
    assert_eq!(
        member.get("/api/v1/auth/me").status,
        401,
        "a disabled user's session ends at once"
    );
    assert_eq!(
        server
            .client()
            .post(
                "/api/v1/auth/login",
                &json!({ "username": "mo", "password": "member passphrase 123" })
            )
            .status,
        401
    );
    assert_eq!(
        admin
            .post(
                &format!("/api/v1/orgs/acme/members/{mo}/enable"),
                &json!({})
            )
            .status,
        200
    );
    // The last admin cannot be demoted or disabled.
    let r = admin.put(
        "/api/v1/orgs/acme/members/1/role",
        &json!({ "role": "viewer" }),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(
        admin
            .put(
                "/api/v1/orgs/acme/members/1/role",
                &json!({ "role": "superuser" })
            )
            .status,
        422
    );
    // Reset link: single use, ends sessions, new password works.
    let old = Client::login(server.addr, "mo", "member passphrase 123");
    let link = admin
        .post(
            &format!("/api/v1/orgs/acme/members/{mo}/reset-link"),
            &json!({}),
        )
        .json();
    let token = link["token"].as_str().unwrap();
    let anon = server.client();
    let r = anon.post(
        "/api/v1/password-reset",
        &json!({ "token": token, "password": "brand new passphrase 9" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        anon.post(
            "/api/v1/password-reset",
            &json!({ "token": token, "password": "another passphrase 99" })
        )
        .status,
        410
    );
    assert_eq!(old.get("/api/v1/auth/me").status, 401);
    Client::login(server.addr, "mo", "brand new passphrase 9");
    server.stop();
    inst.verify();
}

#[test]
fn bad_input_gets_clear_4xx_and_writes_nothing() {
    let inst = Instance::new("badinput");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let audit_rows = || {
        inst.sql()
            .query_row("SELECT count(*) FROM audit_log", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    let before = audit_rows();
    let raw = |body: &str| {
        let c = &admin;
        let req = format!(
            "POST /api/v1/orgs/acme/spaces HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nCookie: rb_session={}\r\nX-CSRF-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            c.addr,
            c.cookie.as_ref().unwrap(),
            c.csrf.as_ref().unwrap(),
            body.len()
        );
        request(c.addr, &req).unwrap()
    };
    for (body, status) in [
        ("{not json", 400),
        (
            "{\"name\": \"x\", \"visibility\": \"open\", \"extra\": 1}",
            400,
        ),
        ("{\"name\": \"\\u0000\", \"visibility\": \"open\"}", 422),
        (
            &format!(
                "{{\"name\": \"{}\", \"visibility\": \"open\"}}",
                "n".repeat(1000)
            ),
            422,
        ),
        ("{\"name\": \"ok\", \"visibility\": \"public\"}", 422),
        (
            "{\"name\": \"ok\", \"slug\": \"Bad Slug\", \"visibility\": \"open\"}",
            422,
        ),
    ] {
        let r = raw(body);
        assert_eq!(r.status, status, "{body}: {}", r.text());
        assert!(
            r.json()["error"]["code"]
                .as_str()
                .unwrap()
                .starts_with("RB-")
        );
    }
    // Invalid UTF-8.
    let mut req = format!(
        "POST /api/v1/orgs/acme/spaces HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nCookie: rb_session={}\r\nX-CSRF-Token: {}\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\n",
        admin.addr,
        admin.cookie.as_ref().unwrap(),
        admin.csrf.as_ref().unwrap()
    )
    .into_bytes();
    req.extend_from_slice(&[0x22, 0xff, 0xfe, 0x22]);
    let mut s = std::net::TcpStream::connect(admin.addr).unwrap();
    std::io::Write::write_all(&mut s, &req).unwrap();
    assert_eq!(read_response(&mut s).unwrap().status, 400);
    assert_eq!(audit_rows(), before, "refused requests wrote nothing");
    // A duplicate space is a conflict.
    assert_eq!(
        raw("{\"name\": \"Ops\", \"visibility\": \"open\"}").status,
        201
    );
    assert_eq!(
        raw("{\"name\": \"Ops\", \"visibility\": \"open\"}").status,
        409
    );
    // Expired invitations are refused.
    server.stop();
    inst.verify();
}

#[test]
fn secrets_are_never_stored_in_clear() {
    let inst = Instance::new("noclear");
    let server = inst.serve(&[]);
    let token = server.setup_token().unwrap();
    let admin = server.setup_admin();
    let key = admin
        .post(
            "/api/v1/orgs/acme/apikeys",
            &json!({ "name": "ci", "scope": "read" }),
        )
        .json()["key"]
        .as_str()
        .unwrap()
        .to_string();
    let invite = admin
        .post("/api/v1/orgs/acme/invites", &json!({ "role": "member" }))
        .json()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let cookie = admin.cookie.clone().unwrap();
    server.stop();
    let dump = inst.dump();
    assert!(dump.contains("admin"), "the dump must contain data at all");
    for (what, secret) in [
        ("API key", key.as_str()),
        ("session token", &cookie),
        ("password", ADMIN_PW),
        ("setup token", &token),
        ("invite token", &invite),
    ] {
        assert!(!dump.contains(secret), "{what} stored in clear");
    }
    inst.verify();
}

#[test]
fn organizations_spaces_and_space_roles() {
    let inst = Instance::new("spaces");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Secret Ops", "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["slug"], "secret-ops");
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Web", "visibility": "open" }),
    );
    let seen = |c: &Client| -> Vec<String> {
        c.get("/api/v1/orgs/acme/spaces").json()["spaces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["slug"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(seen(&admin), vec!["default", "secret-ops", "web"]);
    assert_eq!(
        seen(&viewer),
        vec!["default", "web"],
        "a private space is hidden from non-members"
    );
    let vera = member_id(&admin, "vera");
    let r = admin.put(
        &format!("/api/v1/orgs/acme/spaces/secret-ops/members/{vera}"),
        &json!({ "role": "member" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(seen(&viewer), vec!["default", "secret-ops", "web"]);
    assert_eq!(
        admin
            .put(
                &format!("/api/v1/orgs/acme/spaces/secret-ops/members/{vera}"),
                &json!({ "role": "owner" })
            )
            .status,
        422
    );
    let list = admin
        .get("/api/v1/orgs/acme/spaces/secret-ops/members")
        .json();
    assert_eq!(list["members"].as_array().unwrap().len(), 2);
    assert_eq!(
        admin
            .delete(&format!(
                "/api/v1/orgs/acme/spaces/secret-ops/members/{vera}"
            ))
            .status,
        200
    );
    assert_eq!(seen(&viewer), vec!["default", "web"]);
    // The default space cannot be deleted; others can.
    assert_eq!(admin.delete("/api/v1/orgs/acme/spaces/default").status, 409);
    assert_eq!(admin.delete("/api/v1/orgs/acme/spaces/web").status, 200);
    assert_eq!(admin.delete("/api/v1/orgs/acme/spaces/web").status, 404);
    // Several organizations on one instance; a user may belong to several.
    let r = admin.post("/api/v1/orgs", &json!({ "name": "Second Org" }));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        admin
            .post("/api/v1/orgs", &json!({ "name": "Second Org" }))
            .status,
        409
    );
    let me = admin.get("/api/v1/auth/me").json();
    assert_eq!(me["orgs"].as_array().unwrap().len(), 2);
    assert_eq!(
        viewer.get("/api/v1/orgs/second-org").status,
        404,
        "not a member"
    );
    assert_eq!(
        viewer
            .post("/api/v1/orgs", &json!({ "name": "Mine" }))
            .status,
        403
    );
    server.stop();
    inst.verify();
}

#[test]
fn sessions_expire_when_idle_and_at_their_maximum_age() {
    let inst = Instance::new("expiry");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let server = Server::start_with_env(
        &inst,
        &["--session-idle-minutes", "30", "--session-max-hours", "2"],
        &[("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())],
    );
    let admin = server.setup_admin();
    let set = |secs: i64| std::fs::write(&clock, secs.to_string()).unwrap();
    set(29 * 60);
    assert_eq!(
        admin.get("/api/v1/auth/me").status,
        200,
        "used within the idle limit"
    );
    set(29 * 60 + 31 * 60);
    assert_eq!(
        admin.get("/api/v1/auth/me").status,
        401,
        "idle for 31 minutes"
    );
    let c = Client::login(server.addr, "admin", ADMIN_PW);
    // An invitation expires.
    let invite = c
        .post(
            "/api/v1/orgs/acme/invites",
            &json!({ "role": "member", "expires_in_hours": 1 }),
        )
        .json();
    set(29 * 60 + 31 * 60 + 3601);
    let r = server.client().post(
        "/api/v1/invites/accept",
        &json!({ "token": invite["token"], "username": "late", "password": "late passphrase 1234" }),
    );
    assert_eq!(r.status, 410, "{}", r.text());
    let c = Client::login(server.addr, "admin", ADMIN_PW);
    let start = 29 * 60 + 31 * 60 + 3601;
    for step in 1..=4 {
        set(start + step * 25 * 60);
        let status = c.get("/api/v1/auth/me").status;
        if step * 25 < 120 {
            assert_eq!(status, 200, "at {} minutes", step * 25);
        } else {
            assert_eq!(status, 401, "past the 2 h maximum");
        }
    }
    server.stop();
    inst.verify();
}

#[test]
fn the_per_address_limiter_answers_429() {
    let inst = Instance::new("iplimit");
    let server = inst.serve(&["--login-rate-per-minute", "3"]);
    let anon = server.client();
    let body = json!({ "username": "nobody", "password": "wrong wrong wrong" });
    for _ in 0..3 {
        assert_eq!(anon.post("/api/v1/auth/login", &body).status, 401);
    }
    let r = anon.post("/api/v1/auth/login", &body);
    assert_eq!(r.status, 429, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-RATE-LIMITED");
    assert!(r.header("retry-after").is_some());
    server.stop();
    assert!(inst.ok(&["audit", "export"]).contains("auth.rate_limited"));
    inst.verify();
}

// ---- Issue 12, finding 10: the login throttle under parallel guesses -----------------------

/// Sends `n` wrong-password logins for `username` at once (one thread each, released
/// together) and returns the statuses.
fn parallel_guesses(server: &Server, username: &str, n: usize) -> Vec<u16> {
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|i| {
            let anon = server.client();
            let barrier = barrier.clone();
            let body =
                json!({ "username": username, "password": format!("wrong guess number {i}") });
            std::thread::spawn(move || {
                barrier.wait();
                anon.post("/api/v1/auth/login", &body).status
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

/// The throttle was read before hashing and written after, so 16-32 parallel guesses all
/// passed the check: 10 were evaluated where the schedule allows 3. The attempt is now
/// reserved atomically before the hash: a burst gets the schedule's allowance, no more.
#[test]
fn parallel_guesses_get_no_more_than_the_schedule_allows() {
    let inst = Instance::new("throttle-race");
    inst.init();
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let server = Server::start_with_env(
        &inst,
        &["--login-rate-per-minute", "100000"],
        &[("RULEBOOK_TEST_CLOCK_FILE", clock.to_str().unwrap())],
    );
    let admin = server.setup_admin();
    let count = |v: &[u16], s: u16| v.iter().filter(|&&x| x == s).count();
    // A fresh account: three free failures, then 1 s, 2 s, 4 s (whole seconds), so a burst
    // that crosses second boundaries may get a few more (6 within 7 s), never the ten seen.
    let burst = parallel_guesses(&server, "admin", 32);
    assert!(
        (3..=6).contains(&count(&burst, 401)) && count(&burst, 401) + count(&burst, 429) == 32,
        "evaluated {} of 32: {burst:?}",
        count(&burst, 401)
    );
    // Fail on, waiting out each delay, until the delay is the 30 s maximum.
    let anon = server.client();
    let bad = json!({ "username": "admin", "password": "wrong wrong wrong" });
    let mut offset = 0i64;
    let mut wait = 0;
    for _ in 0..40 {
        let r = anon.post("/api/v1/auth/login", &bad);
        if r.status == 429 {
            wait = r.header("retry-after").unwrap().parse::<i64>().unwrap();
            if wait >= 29 {
                break;
            }
            offset += wait;
            std::fs::write(&clock, offset.to_string()).unwrap();
        }
    }
    assert!(wait >= 29, "the delay never reached 30 s");
    // The delay over: a burst of 32 gets exactly one evaluation, the 31 others wait.
    offset += 31;
    std::fs::write(&clock, offset.to_string()).unwrap();
    let burst = parallel_guesses(&server, "admin", 32);
    assert_eq!(count(&burst, 401), 1, "{burst:?}");
    assert_eq!(count(&burst, 429), 31, "{burst:?}");
    // The right password still works once the delay is over, and clears the throttle.
    offset += 31;
    std::fs::write(&clock, offset.to_string()).unwrap();
    let good = json!({ "username": "admin", "password": ADMIN_PW });
    assert_eq!(anon.post("/api/v1/auth/login", &good).status, 200);
    assert_eq!(anon.post("/api/v1/auth/login", &good).status, 200);
    // Every evaluated guess is audited as a failure; a wait is not an evaluation.
    let audit = admin.get("/api/v1/audit?limit=1000").json();
    let failures = audit["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "auth.login" && e["outcome"] == "failure")
        .count();
    assert!(failures >= 4, "{failures}");
    server.stop();
    inst.verify();
}

// ---- Issue 12, finding 11: one client cannot block device login for everyone ----------------

fn device_code_from(src: std::net::Ipv4Addr, server: &Server) -> Resp {
    use std::io::Write;
    let mut s = connect_from(src, server.addr);
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "POST /api/v1/device/code HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}",
        server.addr
    )
    .unwrap();
    read_response(&mut s).unwrap()
}

/// 1,000 `POST /device/code` from one client filled the table of pending logins, and every
/// other client got 429 for a minute. Now one address holds at most its own allowance of
/// pending codes; another address still gets one.
#[test]
fn one_address_cannot_exhaust_device_login_for_others() {
    let inst = Instance::new("device-flood");
    // The per-address login limiter off (it would stop the flood first); the device table's
    // own limits are what is tested.
    let server = inst.serve(&["--login-rate-per-minute", "100000"]);
    let admin = server.setup_admin();
    let (flooder, other) = (
        std::net::Ipv4Addr::new(127, 0, 0, 2),
        std::net::Ipv4Addr::new(127, 0, 0, 3),
    );
    let mut granted = 0;
    let mut refused = None;
    for _ in 0..1100 {
        let r = device_code_from(flooder, &server);
        match r.status {
            200 => granted += 1,
            429 => {
                refused = Some(r);
                break;
            }
            s => panic!("unexpected {s}: {}", r.text()),
        }
    }
    let refused = refused.expect("the flood was never refused");
    assert!(
        (1..=32).contains(&granted),
        "one address got {granted} pending codes"
    );
    assert_eq!(refused.json()["error"]["code"], "RB-AUTH-RATE-LIMITED");
    let retry: i64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=600).contains(&retry), "retry-after {retry}");
    // Still refused on the next try; another address is served.
    assert_eq!(device_code_from(flooder, &server).status, 429);
    let r = device_code_from(other, &server);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.json()["user_code"].is_string());
    // And the usual client on 127.0.0.1 too, whose code can still be approved.
    let anon = server.client();
    let start = anon.post("/api/v1/device/code", &json!({}));
    assert_eq!(start.status, 200, "{}", start.text());
    let r = admin.post(
        "/api/v1/orgs/acme/device/approve",
        &json!({ "user_code": start.json()["user_code"] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = anon.post(
        "/api/v1/device/token",
        &json!({ "device_code": start.json()["device_code"] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    server.stop();
    inst.verify();
}
