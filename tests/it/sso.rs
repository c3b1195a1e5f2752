//! Single sign-on through the real binary against a fake OpenID provider on loopback that
//! implements the documented flow on real state (`FakeIdp`): discovery, an authorization
//! endpoint that binds a code to the PKCE challenge, nonce and redirect URI it was given, a
//! token endpoint that checks the client's Basic credentials, the code (once), the redirect
//! URI and the verifier, and signs ES256 ID tokens with keys published in its JWKS.
//!
//! Here the test plays the browser. It checks: group rules map to org and space roles, a
//! group change moves the role at the next sign-in, and leaving every group removes the
//! membership and revokes the org's API keys. Tokens with the wrong audience, an expired one,
//! a forged signature, a replayed code, a crossed `state`, a missing cookie and the IdP being
//! down all sign nobody in, and each is audited. Rotated keys are fetched again. SSO-only
//! organizations refuse passwords except an instance admin's break-glass, which is audited.
//! A local account is never taken over unless allowed. The client secret is a canary seen
//! nowhere. The browser round trip through a real provider (oidc-provider, Chromium) is in
//! tests/e2e/sso.test.mjs.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine;
use ring::signature::{self, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};

use crate::fakes::{Answer, FakeHttp, Seen};
use crate::harness::*;

const SECRET: &str = "oidc-CANARY-client-secret-4f9a2c";
pub const SSO: &str = "/api/v1/admin/sso/oidc";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn query(target: &str) -> HashMap<String, String> {
    let q = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    q.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), decode(v)))
        .collect()
}

fn decode(v: &str) -> String {
    let mut out = Vec::new();
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

pub struct Key {
    kid: String,
    pair: EcdsaKeyPair,
}

fn new_key(kid: &str) -> Key {
    let rng = ring::rand::SystemRandom::new();
    let alg = &signature::ECDSA_P256_SHA256_FIXED_SIGNING;
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(alg, &rng).unwrap();
    Key {
        kid: kid.into(),
        pair: EcdsaKeyPair::from_pkcs8(alg, pkcs8.as_ref(), &rng).unwrap(),
    }
}

impl Key {
    fn jwk(&self) -> Value {
        let p = self.pair.public_key().as_ref();
        json!({ "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": self.kid,
                "x": b64(&p[1..33]), "y": b64(&p[33..]) })
    }
    fn sign(&self, kid: &str, claims: &Value) -> String {
        let head = json!({ "alg": "ES256", "typ": "JWT", "kid": kid });
        let input = format!(
            "{}.{}",
            b64(head.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let sig = self
            .pair
            .sign(&ring::rand::SystemRandom::new(), input.as_bytes())
            .unwrap();
        format!("{input}.{}", b64(sig.as_ref()))
    }
}

/// What the next ID token gets wrong, if anything.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Flaw {
    None,
    Audience,
    Expired,
    /// Signed by a key the IdP never published, under the published kid.
    Forged,
}

pub struct Code {
    redirect_uri: String,
    challenge: String,
    nonce: String,
    user: String,
    used: bool,
}

pub struct IdpState {
    issuer: String,
    keys: Vec<Key>,
    pub users: HashMap<String, Value>,
    /// Who signs in at the next authorization.
    pub next_user: String,
    flaw: Flaw,
    codes: HashMap<String, Code>,
    jwks_fetches: usize,
    token_requests: Vec<Seen>,
    counter: usize,
}

pub struct FakeIdp {
    http: Option<FakeHttp>,
    state: Arc<Mutex<IdpState>>,
}

fn json_answer(status: u16, v: &Value) -> Answer {
    Answer::Full {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: v.to_string().into_bytes(),
    }
}

fn s256(verifier: &str) -> String {
    b64(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()).as_ref())
}

fn handle(st: &Arc<Mutex<IdpState>>, seen: &Seen) -> Answer {
    let mut s = st.lock().unwrap();
    let path = seen.target.split('?').next().unwrap_or("");
    let iss = s.issuer.clone();
    match (seen.method.as_str(), path) {
        ("GET", "/.well-known/openid-configuration") => json_answer(
            200,
            &json!({
                "issuer": iss,
                "authorization_endpoint": format!("{iss}/authorize"),
                "token_endpoint": format!("{iss}/token"),
                "jwks_uri": format!("{iss}/jwks"),
                "end_session_endpoint": format!("{iss}/logout"),
                "id_token_signing_alg_values_supported": ["ES256"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic"],
                "response_types_supported": ["code"],
            }),
        ),
        ("GET", "/jwks") => {
            s.jwks_fetches += 1;
            let keys: Vec<Value> = s.keys.iter().map(Key::jwk).collect();
            json_answer(200, &json!({ "keys": keys }))
        }
        ("GET", "/authorize") => {
            let q = query(&seen.target);
            let ok = q.get("client_id").map(String::as_str) == Some("rulebook")
                && q.get("response_type").map(String::as_str) == Some("code")
                && q.get("code_challenge_method").map(String::as_str) == Some("S256")
                && q.get("scope")
                    .is_some_and(|s| s.split(' ').any(|x| x == "openid"))
                && q.get("nonce").is_some_and(|n| n.len() >= 32)
                && q.get("state").is_some_and(|n| n.len() >= 32);
            if !ok {
                return json_answer(400, &json!({ "error": "invalid_request" }));
            }
            s.counter += 1;
            let code = format!("code-{}", s.counter);
            let user = s.next_user.clone();
            s.codes.insert(
                code.clone(),
                Code {
                    redirect_uri: q["redirect_uri"].clone(),
                    challenge: q["code_challenge"].clone(),
                    nonce: q["nonce"].clone(),
                    user,
                    used: false,
                },
            );
            Answer::redirect(
                302,
                &format!("{}?code={code}&state={}", q["redirect_uri"], q["state"]),
            )
        }
        ("POST", "/token") => {
            s.token_requests.push(seen.clone());
            let form = query(&format!("?{}", String::from_utf8_lossy(&seen.body)));
            let basic = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("rulebook:{SECRET}"))
            );
            if seen.header("authorization") != Some(basic.as_str()) {
                return json_answer(401, &json!({ "error": "invalid_client" }));
            }
            let code = form.get("code").cloned().unwrap_or_default();
            let Some(c) = s.codes.get_mut(&code) else {
                return json_answer(400, &json!({ "error": "invalid_grant" }));
            };
            let verifier = form.get("code_verifier").cloned().unwrap_or_default();
            if c.used
                || form.get("grant_type").map(String::as_str) != Some("authorization_code")
                || form.get("redirect_uri") != Some(&c.redirect_uri)
                || s256(&verifier) != c.challenge
            {
                return json_answer(400, &json!({ "error": "invalid_grant" }));
            }
            c.used = true;
            let (nonce, user) = (c.nonce.clone(), c.user.clone());
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            let mut claims = s.users[&user].clone();
            claims["iss"] = json!(iss);
            claims["aud"] = json!(if s.flaw == Flaw::Audience {
                "someone-else"
            } else {
                "rulebook"
            });
            claims["iat"] = json!(if s.flaw == Flaw::Expired {
                now - 4000
            } else {
                now
            });
            claims["exp"] = json!(if s.flaw == Flaw::Expired {
                now - 3000
            } else {
                now + 300
            });
            claims["nonce"] = json!(nonce);
            let key = &s.keys[0];
            let token = if s.flaw == Flaw::Forged {
                new_key("x").sign(&key.kid, &claims)
            } else {
                key.sign(&key.kid, &claims)
            };
            json_answer(
                200,
                &json!({ "access_token": "at", "token_type": "Bearer", "id_token": token }),
            )
        }
        _ => json_answer(404, &json!({ "error": "not_found" })),
    }
}

impl FakeIdp {
    pub fn start() -> FakeIdp {
        let user = |sub: &str, name: &str, groups: &[&str]| json!({ "sub": sub, "preferred_username": name, "name": format!("{name} Example"), "groups": groups });
        let users = HashMap::from([
            ("alice".to_string(), user("sub-alice", "alice", &["eng"])),
            ("carol".to_string(), user("sub-carol", "carol", &["eng"])),
        ]);
        let state = Arc::new(Mutex::new(IdpState {
            issuer: String::new(),
            keys: vec![new_key("k1")],
            users,
            next_user: "alice".into(),
            flaw: Flaw::None,
            codes: HashMap::new(),
            jwks_fetches: 0,
            token_requests: Vec::new(),
            counter: 0,
        }));
        let st = state.clone();
        let http = FakeHttp::start("127.0.0.1", move |seen| handle(&st, seen));
        state.lock().unwrap().issuer = format!("http://127.0.0.1:{}", http.port());
        FakeIdp {
            http: Some(http),
            state,
        }
    }
    pub fn issuer(&self) -> String {
        self.state.lock().unwrap().issuer.clone()
    }
    pub fn set(&self, f: impl FnOnce(&mut IdpState)) {
        f(&mut self.state.lock().unwrap());
    }
}

/// The browser's side of one sign-in: the final answer of Rulebook's callback.
pub struct Round {
    /// The server that answered.
    addr: std::net::SocketAddr,
    callback: Resp,
    /// The callback's URL and the binding cookie, to replay it.
    again: (String, Option<String>),
}

pub fn raw_get(addr: std::net::SocketAddr, target: &str, cookie: Option<&str>) -> Resp {
    let mut raw = format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(c) = cookie {
        raw.push_str(&format!("Cookie: {c}\r\n"));
    }
    raw.push_str("\r\n");
    request(addr, &raw).unwrap()
}

fn set_cookie_value(r: &Resp, name: &str) -> Option<String> {
    r.headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, v)| v.split(';').next().unwrap_or("").to_string())
        .find(|c| c.starts_with(&format!("{name}=")) && c.len() > name.len() + 1)
}

/// Starts at Rulebook, goes through the IdP's authorization endpoint, and comes back with
/// `tamper` applied to the callback URL.
pub fn sign_in(server: &Server, tamper: impl Fn(String) -> String, send_cookie: bool) -> Round {
    let start = raw_get(server.addr, "/auth/oidc/start", None);
    assert_eq!(start.status, 302, "{}", start.text());
    let to_idp = start.header("location").unwrap().to_string();
    let binding = set_cookie_value(&start, "rb_sso");
    let cookie_line = start.header("set-cookie").unwrap_or("").to_string();
    if binding.is_some() {
        assert!(
            cookie_line.contains("HttpOnly")
                && cookie_line.contains("SameSite=Lax")
                && cookie_line.contains("Path=/auth/oidc"),
            "{cookie_line}"
        );
    }
    let idp_addr: std::net::SocketAddr = to_idp
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = format!(
        "/{}",
        to_idp
            .trim_start_matches("http://")
            .split_once('/')
            .unwrap()
            .1
    );
    let at_idp = raw_get(idp_addr, &path, None);
    assert_eq!(
        at_idp.status,
        302,
        "the IdP refused the authorization request: {}",
        at_idp.text()
    );
    let back = at_idp.header("location").unwrap().to_string();
    let back = tamper(back);
    let target = format!(
        "/{}",
        back.trim_start_matches("http://")
            .split_once('/')
            .unwrap()
            .1
    );
    let cookie = binding.filter(|_| send_cookie);
    let callback = raw_get(server.addr, &target, cookie.as_deref());
    Round {
        addr: server.addr,
        callback,
        again: (target, cookie),
    }
}

/// A signed-in client from a successful round.
pub fn client_of(server: &Server, round: &Round) -> Client {
    let r = &round.callback;
    assert_eq!(r.status, 302, "{}", r.text());
    assert_eq!(r.header("location"), Some("/#/"), "{:?}", r.headers);
    let session = set_cookie_value(r, "rb_session").expect("a session cookie");
    let mut c = server.client();
    c.cookie = Some(session.trim_start_matches("rb_session=").to_string());
    let me = c.get("/api/v1/auth/me");
    assert_eq!(me.status, 200, "{}", me.text());
    c.csrf = me.json()["csrf_token"].as_str().map(String::from);
    c
}

/// The message a failed round sends the browser back with: the browser gets an id, and the
/// sign-in page reads the server's message once by it.
pub fn failure_of(round: &Round) -> String {
    let r = &round.callback;
    assert_eq!(r.status, 302, "{}", r.text());
    assert!(
        set_cookie_value(r, "rb_session").is_none(),
        "a failed sign-in set a session"
    );
    let to = r.header("location").unwrap();
    assert!(to.starts_with("/#/login?sso_error="), "{to}");
    let id = to.split_once("sso_error=").unwrap().1;
    assert!(
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c)),
        "the browser was sent text, not an id: {to}"
    );
    let read = |id: &str| {
        let r = raw_get(round.addr, &format!("/api/v1/auth/sso?error={id}"), None);
        assert_eq!(r.status, 200, "{}", r.text());
        r.json()["error"].clone()
    };
    let message = read(id);
    assert_eq!(read(id), Value::Null, "a failure message is read once");
    message.as_str().expect("a failure message").to_string()
}

pub fn role_in(c: &Client, org: &str) -> Option<String> {
    c.get("/api/v1/auth/me").json()["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["slug"] == org)
        .map(|o| o["role"].as_str().unwrap().to_string())
}

pub fn settings(issuer: &str) -> Value {
    json!({
        "enabled": true, "issuer": issuer, "client_id": "rulebook", "client_secret": SECRET,
        "groups": [
            { "group": "eng", "org": "acme", "role": "member", "space": "web", "space_role": "member" },
            { "group": "rb-admins", "org": "acme", "role": "admin", "space": "web", "space_role": "admin" },
        ],
    })
}

#[test]
fn oidc_sign_in_maps_groups_to_roles_and_signs_nobody_in_on_a_bad_answer() {
    let inst = Instance::new("sso-oidc");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let idp = FakeIdp::start();
    let issuer = idp.issuer();
    private_space(&admin, "web");

    // Not configured: no button, no route.
    assert_eq!(
        server.client().get("/api/v1/auth/sso").json()["oidc"],
        Value::Null
    );
    assert_eq!(raw_get(server.addr, "/auth/oidc/start", None).status, 404);
    // The IdP must be on the egress allowlist, https unless loopback, and a secret is needed.
    let r = admin.put(SSO, &settings(&issuer));
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("allowlist"), "{}", r.text());
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [issuer.trim_start_matches("http://")] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut plain = settings("http://idp.example");
    plain["issuer"] = json!("http://idp.example");
    assert_eq!(admin.put(SSO, &plain).status, 422);
    let mut no_secret = settings(&issuer);
    no_secret.as_object_mut().unwrap().remove("client_secret");
    assert!(admin.put(SSO, &no_secret).text().contains("client_secret"));
    // A member may not read or change them.
    let bob = join(&admin, "member", "bob", "bob passphrase 123456");
    assert_eq!(bob.get(SSO).status, 403);
    assert_eq!(bob.put(SSO, &settings(&issuer)).status, 403);
    let r = admin.put(SSO, &settings(&issuer));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["client_secret_set"], true);
    assert!(
        r.json()["redirect_uri"]
            .as_str()
            .unwrap()
            .ends_with("/auth/oidc/callback")
    );
    let test = admin.post(&format!("{SSO}/test"), &json!({})).json();
    assert_eq!(test["ok"], true, "{test}");
    assert_eq!(test["keys"], 1);
    let offer = server.client().get("/api/v1/auth/sso").json();
    assert_eq!(offer["oidc"]["start"], "/auth/oidc/start");

    // alice (group eng) gets an account, member of acme and of its space web.
    let alice = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(role_in(&alice, "acme").as_deref(), Some("member"));
    let me = alice.get("/api/v1/auth/me").json();
    assert_eq!(me["user"]["username"], "alice");
    assert_eq!(me["user"]["display_name"], "alice Example");
    let web = admin.get("/api/v1/orgs/acme/spaces/web/members").json();
    assert!(web.to_string().contains("alice"), "{web}");
    // What the token endpoint got: Basic client credentials, the verifier, the redirect URI.
    {
        let s = idp.state.lock().unwrap();
        let t = &s.token_requests[0];
        assert_eq!(
            t.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        let body = String::from_utf8_lossy(&t.body);
        assert!(
            body.contains("code_verifier=") && body.contains("grant_type=authorization_code"),
            "{body}"
        );
        assert!(
            !body.contains(SECRET),
            "the secret went in the form as well as in Basic"
        );
    }
    // alice has no password: a password sign-in is sent to the IdP.
    let r = server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "alice", "password": "!sso" }),
    );
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-SSO-REQUIRED");

    // Her group changes at the IdP: admin at the next sign-in; then no group: out of acme, her
    // acme keys revoked.
    let key = mint_key(&alice, "ci", "read");
    idp.set(|s| s.users.get_mut("alice").unwrap()["groups"] = json!(["eng", "rb-admins"]));
    let alice = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(role_in(&alice, "acme").as_deref(), Some("admin"));
    idp.set(|s| s.users.get_mut("alice").unwrap()["groups"] = json!([]));
    let alice = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(role_in(&alice, "acme"), None);
    let mut by_key = server.client();
    by_key.bearer = Some(key);
    assert_eq!(
        by_key.get("/api/v1/orgs/acme/spaces").status,
        401,
        "the key outlived the membership"
    );
    idp.set(|s| s.users.get_mut("alice").unwrap()["groups"] = json!(["eng"]));
    assert_eq!(
        role_in(&client_of(&server, &sign_in(&server, |u| u, true)), "acme").as_deref(),
        Some("member")
    );
    let audit = admin
        .get("/api/v1/audit?action=auth.sso_login&limit=500")
        .json()
        .to_string();
    assert!(
        audit.contains("acme:member>admin")
            && audit.contains("-acme")
            && audit.contains("+acme:member"),
        "{audit}"
    );

    // Bad answers sign nobody in.
    let sessions = |inst: &Instance| -> i64 {
        inst.sql()
            .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
            .unwrap()
    };
    let before = sessions(&inst);
    for (flaw, expect) in [
        (Flaw::Audience, "aud"),
        (Flaw::Expired, "expired"),
        (Flaw::Forged, "signature"),
    ] {
        idp.set(|s| s.flaw = flaw);
        let m = failure_of(&sign_in(&server, |u| u, true));
        assert!(m.contains(expect), "{expect}: {m}");
    }
    idp.set(|s| s.flaw = Flaw::None);
    // A crossed state, a missing cookie, a replayed callback.
    let m = failure_of(&sign_in(&server, |u| u.replace("state=", "state=0"), true));
    assert!(m.contains("state"), "{m}");
    let m = failure_of(&sign_in(&server, |u| u, false));
    assert!(m.contains("cookie"), "{m}");
    let round = sign_in(&server, |u| u, true);
    client_of(&server, &round);
    let replay = raw_get(server.addr, &round.again.0, round.again.1.as_deref());
    let m = failure_of(&Round {
        addr: server.addr,
        callback: replay,
        again: round.again.clone(),
    });
    assert!(m.contains("already used"), "{m}");
    // The IdP refuses a code twice, whoever asks.
    assert_eq!(
        sessions(&inst),
        before + 1,
        "only the good round made a session"
    );

    // Rotated keys: the token names a kid the cached set lacks; the set is fetched again.
    let fetches = idp.state.lock().unwrap().jwks_fetches;
    idp.set(|s| s.keys = vec![new_key("k2")]);
    client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(idp.state.lock().unwrap().jwks_fetches, fetches + 1);

    // A local account of the same name is not taken over unless the admin allows it.
    join(&admin, "member", "carol", "carol passphrase 123456");
    idp.set(|s| s.next_user = "carol".into());
    let m = failure_of(&sign_in(&server, |u| u, true));
    assert!(m.contains("local account"), "{m}");
    let mut linking = settings(&issuer);
    linking.as_object_mut().unwrap().remove("client_secret");
    linking["link_existing_by_username"] = json!(true);
    assert_eq!(admin.put(SSO, &linking).status, 200);
    let carol = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(
        carol.get("/api/v1/auth/me").json()["user"]["username"],
        "carol"
    );
    // Linked, carol signs in through the IdP only: her password is gone, and one set later
    // (a reset link) would not get round the IdP either.
    let hash: String = inst
        .sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'carol'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hash, "!sso");
    let r = server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "carol", "password": "carol passphrase 123456" }),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-SSO-REQUIRED");
    // A provider that sends no groups claim leaves the roles as they are.
    let role = role_in(&carol, "acme");
    assert!(role.is_some());
    idp.set(|s| {
        s.users
            .get_mut("carol")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove("groups");
    });
    let carol = client_of(&server, &sign_in(&server, |u| u, true));
    assert_eq!(role_in(&carol, "acme"), role);
    // An instance administrator's account is never taken over by name, linking allowed or not.
    idp.set(|s| {
        s.users.insert(
            "admin".into(),
            json!({ "sub": "sub-intruder", "preferred_username": "admin", "name": "Intruder", "groups": ["rb-admins"] }),
        );
        s.next_user = "admin".into();
    });
    let m = failure_of(&sign_in(&server, |u| u, true));
    assert!(m.contains("instance administrator"), "{m}");
    idp.set(|s| s.next_user = "alice".into());
    // A callback with the binding cookie twice (one tossed in by a neighbour) is refused, and
    // the sign-in page shows only what the server said (a made-up id shows nothing).
    let r = raw_get(
        server.addr,
        "/auth/oidc/callback?state=s&code=c",
        Some("rb_sso=ours; rb_sso=tossed"),
    );
    let m = failure_of(&Round {
        addr: server.addr,
        callback: r,
        again: (String::new(), None),
    });
    assert!(m.contains("two sign-in cookies"), "{m}");
    let r = raw_get(
        server.addr,
        "/api/v1/auth/sso?error=You%20were%20hacked",
        None,
    );
    assert_eq!(r.json()["error"], Value::Null);

    // SSO only: members lose password sign-in; an instance admin's is break-glass, audited.
    assert_eq!(
        bob.put(
            "/api/v1/orgs/acme/settings/sign-in",
            &json!({ "sso_only": true })
        )
        .status,
        403
    );
    let r = admin.put(
        "/api/v1/orgs/acme/settings/sign-in",
        &json!({ "sso_only": true }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "bob", "password": "bob passphrase 123456" }),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-SSO-REQUIRED");
    // The same answer to a wrong password: no oracle for a password that may not be used.
    let r = server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": "bob", "password": "not bob's passphrase" }),
    );
    assert_eq!(r.json()["error"]["code"], "RB-AUTH-SSO-REQUIRED");
    let admin2 = Client::login(server.addr, "admin", ADMIN_PW);
    assert_audited(&admin2, "auth.break_glass", 1);
    // Removing the provider, or switching it off, while an org requires it is refused.
    assert_eq!(admin2.delete(SSO).status, 409);
    let mut off = settings(&issuer);
    off.as_object_mut().unwrap().remove("client_secret");
    off["enabled"] = json!(false);
    assert_eq!(admin2.put(SSO, &off).status, 409);

    // Signing out of an SSO session points the browser at the IdP's end-session endpoint.
    let alice = client_of(&server, &sign_in(&server, |u| u, true));
    let out = alice.post("/api/v1/auth/logout", &json!({})).json();
    let to = out["sso_logout_url"].as_str().unwrap();
    assert!(
        to.starts_with(&format!(
            "{issuer}/logout?client_id=rulebook&post_logout_redirect_uri="
        )),
        "{to}"
    );
    assert_eq!(
        admin2.post("/api/v1/auth/logout", &json!({})).json()["sso_logout_url"],
        Value::Null
    );

    // The IdP down: the sign-in page gets a clear message; nothing is created.
    let users_before: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    let mut idp = idp;
    drop(idp.http.take());
    let admin3 = Client::login(server.addr, "admin", ADMIN_PW);
    assert_eq!(
        admin3.post(&format!("{SSO}/test"), &json!({})).json()["ok"],
        false
    );
    let start = raw_get(server.addr, "/auth/oidc/start", None);
    assert_eq!(start.status, 302);
    let to = start.header("location").unwrap();
    assert!(to.starts_with("/#/login?sso_error="), "{to}");
    let users_after: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(users_before, users_after);

    // The client secret is sealed: in no answer, no log line, nowhere in the database in clear.
    let shown = admin3.get(SSO).text();
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(
        !inst.dump().contains(SECRET),
        "the secret is stored in clear"
    );
    assert!(
        !server.log.lock().unwrap().contains(SECRET),
        "the secret reached the log"
    );
    let failures = admin3
        .get("/api/v1/audit?action=auth.sso_login&limit=500")
        .json()
        .to_string();
    assert!(!failures.contains(SECRET));
    let identities: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM sso_identities", [], |r| r.get(0))
        .unwrap();
    assert_eq!(identities, 2, "alice and carol");
    server.stop();
    inst.verify();
}
