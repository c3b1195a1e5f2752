//! The outbound client and sealed secrets against the real binary and real loopback servers
//! (`fakes.rs`): a fresh install connects nowhere; the allowlist, the address guard, redirects,
//! the response cap, timeouts, a proxy that wants credentials and a TLS server with an unknown
//! CA each refuse with their own error code; a secret set through the CLI and the API appears
//! in clear nowhere (database, WAL, logs, audit, metrics, API, backup, archive); a lost or wrong
//! secrets key never blocks start; key rotation survives a kill at each step; and no module
//! outside `src/egress/` opens outbound connections.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::fakes::{Answer, FakeHttp, FakeProxy};
use crate::harness::*;

// ---- helpers -------------------------------------------------------------------------------

/// `rulebook egress test URL --json`: exit code and the report.
fn probe_cli(inst: &Instance, url: &str) -> (i32, Value) {
    let out = inst.run(&["egress", "test", url, "--json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "egress test {url} --json printed no report ({e}); exit {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        )
    });
    (code(&out), report)
}

/// `POST /api/v1/admin/egress/test`.
fn probe_http(admin: &Client, url: &str) -> Value {
    let r = admin.post("/api/v1/admin/egress/test", &json!({ "url": url }));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

fn stage_names(r: &Value) -> Vec<String> {
    r["stages"]
        .as_array()
        .unwrap_or_else(|| panic!("no stages in {r}"))
        .iter()
        .map(|s| s["stage"].as_str().unwrap().to_string())
        .collect()
}

fn stage<'a>(r: &'a Value, name: &str) -> &'a Value {
    r["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == name)
        .unwrap_or_else(|| panic!("no {name} stage in {r:#}"))
}

/// The report failed, at stage `name` (the last stage run), with `needle` in its detail.
fn failed_at(r: &Value, name: &str, needle: &str) {
    assert_eq!(r["ok"], false, "expected a failure at {name}: {r:#}");
    let stages = r["stages"].as_array().unwrap();
    let last = stages.last().unwrap_or_else(|| panic!("no stages: {r:#}"));
    assert_eq!(
        last["stage"], name,
        "expected the {name} stage to fail: {r:#}"
    );
    assert_eq!(last["ok"], false, "{r:#}");
    let detail = last["detail"].as_str().unwrap();
    assert!(
        detail.contains(needle),
        "the {name} stage should mention {needle:?}: {detail}"
    );
    for s in &stages[..stages.len() - 1] {
        assert_eq!(s["ok"], true, "an earlier stage failed: {r:#}");
    }
}

/// Every stage passed.
fn passed(r: &Value) {
    assert_eq!(r["ok"], true, "{r:#}");
    for s in r["stages"].as_array().unwrap() {
        assert_eq!(s["ok"], true, "{r:#}");
        assert!(s["ms"].is_u64(), "{s}");
    }
}

/// The settings as `rulebook egress show` prints them.
fn show(inst: &Instance) -> Value {
    let out = inst.ok(&["egress", "show"]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("egress show: {e}: {out}"))
}

/// A `rulebook` command that must fail with `code_text` in its message; returns its output.
fn refused(inst: &Instance, args: &[&str], code_text: &str) -> String {
    let out = inst.run(args);
    assert_ne!(code(&out), 0, "rulebook {args:?} succeeded");
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(all.contains(code_text), "rulebook {args:?}: {all}");
    all
}

/// The value of an unlabelled sample in Prometheus text, or of the first labelled one.
fn metric(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find(|l| {
            l.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' ') || rest.starts_with('{'))
        })
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// The rows of the audit log with `action`, read over the API.
fn audit_rows(admin: &Client, action: &str) -> Vec<Value> {
    let r = admin.get(&format!("/api/v1/audit?action={action}&limit=500"));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["events"].as_array().unwrap().clone()
}

fn secrets_json(inst: &Instance) -> Vec<Value> {
    let out = inst.ok(&["secrets", "list", "--json"]);
    serde_json::from_str::<Value>(&out)
        .unwrap_or_else(|e| panic!("secrets list --json: {e}: {out}"))
        .as_array()
        .unwrap_or_else(|| panic!("secrets list --json is not an array: {out}"))
        .clone()
}

fn set_secret(inst: &Instance, name: &str, value: &str) -> std::process::Output {
    inst.run_stdin(&["secrets", "set", name], value)
}

// ---- 1. nothing allowed --------------------------------------------------------------------

#[test]
fn a_fresh_install_refuses_every_outbound_request() {
    let inst = Instance::new("egress-fresh");
    inst.init();
    let fake = FakeHttp::start("127.0.0.1", |_| Answer::ok("hello"));
    let url = format!("http://127.0.0.1:{}/", fake.port());

    let settings = show(&inst);
    assert_eq!(settings["allow"], json!([]), "{settings:#}");
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "policy", "RB-EGRESS-DENIED");
    assert_eq!(
        stage_names(&r),
        ["policy"],
        "nothing runs after the policy stage"
    );
    // The plain report: one line per stage.
    let out = inst.run(&["egress", "test", &url]);
    assert_eq!(code(&out), 1);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("policy") && text.contains("RB-EGRESS-DENIED"),
        "{text}"
    );
    assert_eq!(fake.connections(), 0, "the fake was contacted");

    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let anon = server.client();
    let r = anon.post("/api/v1/admin/egress/test", &json!({ "url": url }));
    assert!(matches!(r.status, 401 | 403), "{} {}", r.status, r.text());
    let r = admin.get("/api/v1/admin/egress");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["allow"], json!([]));
    assert!(r.json()["counters"].is_object(), "{}", r.text());
    let denied_before = metric(
        &server.get("/metrics").text(),
        "rulebook_egress_denied_total",
    );

    let report = probe_http(&admin, &url);
    failed_at(&report, "policy", "RB-EGRESS-DENIED");
    assert_eq!(stage_names(&report), ["policy"]);
    assert_eq!(fake.connections(), 0, "the fake was contacted");

    // Audited, with the host, and counted.
    let rows = audit_rows(&admin, "egress.denied");
    assert!(
        rows.iter().any(|e| e["target"]
            .as_str()
            .unwrap_or_default()
            .contains("127.0.0.1")
            && e["actor"].as_str().unwrap_or_default().contains("admin")),
        "no egress.denied row for 127.0.0.1 by admin: {rows:#?}"
    );
    let metrics = server.get("/metrics").text();
    let denied = metric(&metrics, "rulebook_egress_denied_total")
        .unwrap_or_else(|| panic!("no rulebook_egress_denied_total in /metrics:\n{metrics}"));
    assert!(
        denied >= denied_before.unwrap_or(0.0) + 1.0,
        "denied {denied}, before {denied_before:?}"
    );
    let counters = &admin.get("/api/v1/admin/egress").json()["counters"];
    assert!(counters["denied"].as_u64().unwrap_or(0) >= 1, "{counters}");
    server.stop();

    let export = inst.ok(&["audit", "export", "--format", "jsonl"]);
    assert!(
        export
            .lines()
            .any(|l| l.contains("\"egress.denied\"") && l.contains("127.0.0.1")),
        "{export}"
    );
    assert_eq!(fake.connections(), 0);
    inst.verify();
}

// ---- 2. allowed literally ------------------------------------------------------------------

#[test]
fn an_allowed_address_passes_every_stage_and_the_policy_is_edited_safely() {
    let inst = Instance::new("egress-allowed");
    inst.init();
    let fake = FakeHttp::start("127.0.0.1", |_| Answer::ok("hello from the fake"));
    let entry = format!("127.0.0.1:{}", fake.port());
    let url = format!("http://{entry}/hello/world?token=secret-query-value");

    inst.ok(&["egress", "allow", &entry]);
    assert_eq!(show(&inst)["allow"], json!([entry]));
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    assert_eq!(stage_names(&r), ["policy", "dns", "tcp", "http"], "{r:#}");
    let http = stage(&r, "http")["detail"].as_str().unwrap();
    assert!(http.contains("200"), "{http}");
    assert!(
        !r.to_string().contains("secret-query-value"),
        "the report echoes the query: {r}"
    );
    let seen = fake.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].method, "GET");
    assert_eq!(seen[0].target, "/hello/world?token=secret-query-value");
    let version = inst.ok(&["--version"]);
    let version = version
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no version in {version}"))
        .to_string();
    assert_eq!(
        seen[0].header("User-Agent"),
        Some(format!("rulebook/{version}").as_str()),
        "{seen:?}"
    );
    assert!(
        seen[0]
            .header("Host")
            .is_some_and(|h| h.starts_with("127.0.0.1")),
        "{seen:?}"
    );

    // Bad entries are refused whole, and nothing changes.
    for bad in [
        "https://127.0.0.1/",
        "*.internal",
        "127.0.0.1:0",
        "user@host",
    ] {
        refused(
            &inst,
            &["egress", "allow", "ok.example.internal", bad],
            "RB-EGRESS",
        );
    }
    assert_eq!(show(&inst)["allow"], json!([entry]));
    refused(
        &inst,
        &["egress", "set", "--read-timeout", "0"],
        "read_timeout",
    );
    refused(
        &inst,
        &["egress", "set", "--proxy", "http://u:p@127.0.0.1:3128"],
        "proxy",
    );
    refused(
        &inst,
        &["egress", "set", "--ca-file", "relative.pem"],
        "ca_file",
    );
    let settings = show(&inst);
    assert_eq!(settings["read_timeout_secs"], 60, "{settings:#}");
    assert_eq!(settings["proxy"], Value::Null, "{settings:#}");
    assert_eq!(settings["ca_file"], Value::Null, "{settings:#}");

    // Denied again: refused at policy, the fake sees nothing more.
    inst.ok(&["egress", "deny", &entry]);
    assert_eq!(show(&inst)["allow"], json!([]));
    let before = fake.connections();
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1);
    failed_at(&r, "policy", "RB-EGRESS-DENIED");
    assert_eq!(fake.connections(), before);

    // Over HTTP: a bad field is a 422 naming it and stores nothing; a good one is audited.
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let mut body = admin.get("/api/v1/admin/egress").json();
    body.as_object_mut().unwrap().remove("counters");
    for (field, value) in [
        ("allow", json!(["https://x.example/"])),
        ("proxy", json!("http://user:pw@proxy.internal:3128")),
        ("ca_file", json!("relative.pem")),
        ("read_timeout_secs", json!(0)),
        ("max_response_bytes", json!(1)),
        ("per_host_concurrency", json!(0)),
        ("bogus_field", json!(1)),
    ] {
        let mut b = body.clone();
        b[field] = value;
        let r = admin.put("/api/v1/admin/egress", &b);
        assert_eq!(r.status, 422, "{field}: {}", r.text());
        assert!(
            r.text().contains(field),
            "the error should name {field}: {}",
            r.text()
        );
    }
    let mut unchanged = admin.get("/api/v1/admin/egress").json();
    unchanged.as_object_mut().unwrap().remove("counters");
    assert_eq!(unchanged, body);
    let mut b = body.clone();
    b["allow"] = json!([entry]);
    let r = admin.put("/api/v1/admin/egress", &b);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["allow"], json!([entry]));
    assert!(
        !audit_rows(&admin, "egress.changed").is_empty(),
        "the change is not audited"
    );
    let report = probe_http(&admin, &url);
    passed(&report);
    assert!(
        stage(&report, "http")["detail"]
            .as_str()
            .unwrap()
            .contains("200")
    );
    assert_eq!(fake.requests().len(), 2);
    // Only instance admins: an organization admin gets 403 on every route.
    let org_admin = join(&admin, "admin", "olga", "org admin passphrase 123");
    for (method, path, body) in [
        ("GET", "/api/v1/admin/egress", None),
        ("PUT", "/api/v1/admin/egress", Some(b.clone())),
        (
            "POST",
            "/api/v1/admin/egress/test",
            Some(json!({ "url": url })),
        ),
        ("GET", "/api/v1/admin/secrets", None),
        (
            "PUT",
            "/api/v1/admin/secrets/egress.proxy-password",
            Some(json!({ "value": "org-admin-value-000000" })),
        ),
        (
            "DELETE",
            "/api/v1/admin/secrets/egress.proxy-password",
            None,
        ),
    ] {
        let r = org_admin.send(method, path, body.as_ref());
        assert_eq!(r.status, 403, "{method} {path}: {}", r.text());
    }
    assert_eq!(fake.requests().len(), 2, "a refused caller made a request");
    assert_eq!(
        admin.get("/api/v1/admin/secrets").json()["secrets"],
        json!([])
    );
    // The running server follows a change made by the CLI.
    inst.ok(&["egress", "deny", &entry]);
    failed_at(&probe_http(&admin, &url), "policy", "RB-EGRESS-DENIED");
    assert_eq!(fake.requests().len(), 2);
    server.stop();
    inst.verify();
}

// ---- 3. address guard ----------------------------------------------------------------------

#[test]
fn a_name_that_resolves_to_loopback_is_refused_after_dns() {
    let inst = Instance::new("egress-guard");
    inst.init();
    let fake = FakeHttp::start("127.0.0.1", |_| Answer::ok("hello"));
    let port = fake.port();

    // The IP is allowed literally, but the name is not on the list: refused before DNS.
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{port}")]);
    let (exit, r) = probe_cli(&inst, &format!("http://localhost:{port}/"));
    assert_eq!(exit, 1);
    failed_at(&r, "policy", "RB-EGRESS-DENIED");
    inst.ok(&["egress", "deny", &format!("127.0.0.1:{port}")]);

    // The name is allowed, but it resolves to loopback: refused after DNS.
    inst.ok(&["egress", "allow", &format!("localhost:{port}")]);
    let (exit, r) = probe_cli(&inst, &format!("http://localhost:{port}/"));
    assert_eq!(exit, 1, "{r:#}");
    assert_eq!(r["ok"], false, "{r:#}");
    assert_eq!(stage(&r, "policy")["ok"], true, "{r:#}");
    let failed = r["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["ok"] == false)
        .unwrap_or_else(|| panic!("no failed stage: {r:#}"))
        .clone();
    let detail = failed["detail"].as_str().unwrap();
    assert!(
        (failed["stage"] == "dns" && detail.contains("refused: loopback"))
            || (failed["stage"] == "http" && detail.contains("RB-EGRESS-GUARDED")),
        "expected a dns refusal (loopback) or RB-EGRESS-GUARDED: {r:#}"
    );
    assert_eq!(fake.connections(), 0, "the guarded address was contacted");

    // The same over HTTP.
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let denied = || {
        metric(
            &server.get("/metrics").text(),
            "rulebook_egress_denied_total",
        )
    };
    let guarded_rows = || {
        audit_rows(&admin, "egress.denied")
            .iter()
            .filter(|e| {
                e["target"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("localhost")
                    && e["detail"]
                        .as_str()
                        .unwrap_or_default()
                        .contains("RB-EGRESS-GUARDED")
            })
            .count()
    };
    let m0 = denied().unwrap_or(0.0);
    let report = probe_http(&admin, &format!("http://localhost:{port}/"));
    assert_eq!(report["ok"], false, "{report:#}");
    assert!(
        report.to_string().contains("refused: loopback")
            || report.to_string().contains("RB-EGRESS-GUARDED"),
        "{report:#}"
    );
    assert_eq!(fake.connections(), 0, "the guarded address was contacted");
    let m1 = denied().unwrap_or(0.0);
    let rows1 = guarded_rows();

    // The client's own resolver guards too: an allowed address redirects to the allowed name,
    // which resolves to loopback at connection time.
    let hop = FakeHttp::start("127.0.0.1", move |_| {
        Answer::redirect(302, &format!("http://localhost:{port}/rebound"))
    });
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", hop.port())]);
    let report = probe_http(&admin, &format!("http://127.0.0.1:{}/", hop.port()));
    failed_at(&report, "http", "RB-EGRESS-GUARDED");
    assert_eq!(hop.requests().len(), 1);
    assert_eq!(fake.connections(), 0, "the guarded address was contacted");
    let m2 = denied().unwrap_or(0.0);
    assert!(
        m2 >= m1 + 1.0,
        "the guarded redirect is not counted: {m1} -> {m2}"
    );
    assert!(
        guarded_rows() > rows1,
        "the guarded redirect is not audited as egress.denied with RB-EGRESS-GUARDED"
    );

    // "Test connection" refusing at its DNS stage is a refusal too: audited and counted.
    assert!(
        rows1 >= 1,
        "the probe's DNS-stage refusal (guard) is not audited as egress.denied"
    );
    assert!(
        m1 >= m0 + 1.0,
        "the probe's DNS-stage refusal (guard) is not counted in rulebook_egress_denied_total: {m0} -> {m1}"
    );
    server.stop();
    inst.verify();
}

// ---- 4. redirects --------------------------------------------------------------------------

#[test]
fn redirects_are_followed_only_to_allowed_hosts_and_at_most_three_times() {
    let inst = Instance::new("egress-redirect");
    inst.init();
    let b = FakeHttp::start("127.0.0.2", |_| Answer::ok("landed"));
    let b_port = b.port();
    let a = FakeHttp::start("127.0.0.1", move |seen| match seen.target.as_str() {
        "/start" => Answer::redirect(302, &format!("http://127.0.0.2:{b_port}/landing")),
        "/loop" => Answer::redirect(302, "/loop"),
        _ => Answer::ok("a"),
    });
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", a.port())]);
    let start = format!("http://127.0.0.1:{}/start", a.port());

    let (exit, r) = probe_cli(&inst, &start);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "http", "RB-EGRESS-DENIED");
    assert!(
        stage(&r, "http")["detail"]
            .as_str()
            .unwrap()
            .contains("127.0.0.2"),
        "{r:#}"
    );
    assert_eq!(b.connections(), 0, "the host off the list was contacted");
    let export = inst.ok(&["audit", "export", "--format", "jsonl"]);
    assert!(
        export
            .lines()
            .any(|l| l.contains("\"egress.denied\"") && l.contains("127.0.0.2")),
        "the refused redirect is not audited: {export}"
    );

    inst.ok(&["egress", "allow", &format!("127.0.0.2:{b_port}")]);
    let (exit, r) = probe_cli(&inst, &start);
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    let http = stage(&r, "http")["detail"].as_str().unwrap();
    assert!(http.contains("200") && http.contains("127.0.0.2"), "{http}");
    let landed = b.requests();
    assert_eq!(landed.len(), 1, "{landed:?}");
    assert_eq!(landed[0].target, "/landing");

    let (exit, r) = probe_cli(&inst, &format!("http://127.0.0.1:{}/loop", a.port()));
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "http", "RB-EGRESS-REDIRECT");
    let loops = a.requests().iter().filter(|s| s.target == "/loop").count();
    assert_eq!(
        loops, 4,
        "one request and three redirects followed, no more"
    );
    inst.verify();
}

// ---- 5. response cap -----------------------------------------------------------------------

#[test]
fn a_response_over_the_cap_is_refused_with_or_without_content_length() {
    let inst = Instance::new("egress-oversize");
    inst.init();
    const MIB: usize = 1024 * 1024;
    let fake = FakeHttp::start("127.0.0.1", |seen| match seen.target.as_str() {
        "/length" => Answer::Full {
            status: 200,
            headers: vec![],
            body: vec![b'x'; 2 * MIB],
        },
        "/chunked" => Answer::Chunked {
            status: 200,
            body: vec![b'y'; 2 * MIB],
        },
        "/exact" => Answer::Chunked {
            status: 200,
            body: vec![b'z'; MIB],
        },
        _ => Answer::ok("small"),
    });
    let base = format!("http://127.0.0.1:{}", fake.port());
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", fake.port())]);
    inst.ok(&["egress", "set", "--max-response-bytes", &MIB.to_string()]);
    assert_eq!(show(&inst)["max_response_bytes"], MIB);

    for path in ["/length", "/chunked"] {
        let t = Instant::now();
        let (exit, r) = probe_cli(&inst, &format!("{base}{path}"));
        assert_eq!(exit, 1, "{path}: {r:#}");
        failed_at(&r, "http", "RB-EGRESS-TOO-LARGE");
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "{path}: {:?}",
            t.elapsed()
        );
    }
    let (exit, r) = probe_cli(&inst, &format!("{base}/exact"));
    assert_eq!(exit, 0, "a body of exactly the cap is fine: {r:#}");
    passed(&r);
    inst.verify();
}

// ---- 6. timeouts ---------------------------------------------------------------------------

#[test]
fn a_server_that_never_answers_times_out() {
    let inst = Instance::new("egress-slow");
    inst.init();
    let fake = FakeHttp::start("127.0.0.1", |seen| match seen.target.as_str() {
        "/hang" => Answer::Hang,
        _ => Answer::Stall {
            content_length: 1000,
            sent: b"0123456789".to_vec(),
        },
    });
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", fake.port())]);
    inst.ok(&["egress", "set", "--read-timeout", "1"]);
    assert_eq!(show(&inst)["read_timeout_secs"], 1);
    for path in ["/hang", "/stall"] {
        let t = Instant::now();
        let (exit, r) = probe_cli(&inst, &format!("http://127.0.0.1:{}{path}", fake.port()));
        let took = t.elapsed();
        assert_eq!(exit, 1, "{path}: {r:#}");
        failed_at(&r, "http", "RB-EGRESS-TIMEOUT");
        assert!(
            took < Duration::from_secs(8),
            "{path}: a 1 s read timeout took {took:?}"
        );
    }
    assert_eq!(
        fake.requests().len(),
        2,
        "one request each, no retries: {:?}",
        fake.requests()
    );
    inst.verify();
}

// ---- 7. proxy ------------------------------------------------------------------------------

#[test]
fn a_proxy_that_wants_credentials_gets_the_sealed_password() {
    let inst = Instance::new("egress-proxy");
    inst.init();
    let target = FakeHttp::start("127.0.0.1", |_| Answer::ok("through the proxy"));
    let proxy = FakeProxy::start("user", "pw");
    let url = format!("http://127.0.0.1:{}/via-proxy", target.port());
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", target.port())]);
    inst.ok(&[
        "egress",
        "set",
        "--proxy",
        &format!("http://127.0.0.1:{}", proxy.port()),
        "--proxy-username",
        "user",
    ]);
    let settings = show(&inst);
    assert_eq!(settings["proxy_username"], "user", "{settings:#}");
    assert!(
        settings.get("proxy_password").is_none(),
        "a password field in the settings: {settings:#}"
    );

    // No password yet: the proxy answers 407, and the target sees nothing.
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "proxy", "407");
    assert_eq!(target.connections(), 0);
    assert!(!proxy.requests().is_empty(), "the proxy was not used");

    // A wrong password: still 407.
    let out = set_secret(&inst, "egress.proxy-password", "wrong\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, r) = probe_cli(&inst, &url);
    failed_at(&r, "proxy", "407");
    assert_eq!(target.connections(), 0);

    // The right one, from stdin: every stage passes, through the tunnel.
    let out = set_secret(&inst, "egress.proxy-password", "pw\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    assert!(stage(&r, "proxy")["ok"] == true, "{r:#}");
    assert!(
        stage(&r, "http")["detail"]
            .as_str()
            .unwrap()
            .contains("200")
    );
    let seen = target.requests();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].target, "/via-proxy");
    let connects: Vec<_> = proxy
        .requests()
        .into_iter()
        .filter(|s| s.method == "CONNECT")
        .map(|s| s.target)
        .collect();
    assert!(
        connects
            .iter()
            .all(|t| *t == format!("127.0.0.1:{}", target.port())),
        "{connects:?}"
    );

    // The allowlist still applies to the target: a host off the list never reaches the proxy.
    let before = proxy.connections();
    let (exit, r) = probe_cli(&inst, "http://127.0.0.2:9/elsewhere");
    assert_eq!(exit, 1);
    failed_at(&r, "policy", "RB-EGRESS-DENIED");
    assert_eq!(
        proxy.connections(),
        before,
        "a denied host went to the proxy"
    );

    // A host on no_proxy is reached directly, never through the proxy.
    let direct = FakeHttp::start("127.0.0.2", |_| Answer::ok("direct"));
    inst.ok(&["egress", "allow", &format!("127.0.0.2:{}", direct.port())]);
    inst.ok(&["egress", "set", "--no-proxy", "127.0.0.2"]);
    assert_eq!(show(&inst)["no_proxy"], json!(["127.0.0.2"]));
    let before = proxy.connections();
    let (exit, r) = probe_cli(&inst, &format!("http://127.0.0.2:{}/direct", direct.port()));
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    assert_eq!(stage_names(&r), ["policy", "dns", "tcp", "http"], "{r:#}");
    assert_eq!(direct.requests().len(), 1, "{:?}", direct.requests());
    assert_eq!(
        proxy.connections(),
        before,
        "a no_proxy host went through the proxy: {:?}",
        proxy.requests()
    );

    // The running server uses the same sealed password.
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    passed(&probe_http(&admin, &url));
    assert_eq!(target.requests().len(), 2);
    let secrets = admin.get("/api/v1/admin/secrets").json();
    let pw = secrets["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "egress.proxy-password")
        .unwrap_or_else(|| panic!("{secrets:#}"))
        .clone();
    assert_eq!(pw["usable"], true, "{pw}");
    assert_eq!(pw["set"], true, "{pw}");
    server.stop();
    inst.verify();
}

// ---- 8. TLS with the site's own CA ---------------------------------------------------------

#[test]
fn a_tls_server_with_an_unknown_ca_is_refused_until_its_ca_file_is_set() {
    // The target: a second Rulebook serving https with a self-signed certificate.
    let site = Instance::new("egress-tls-site");
    site.init();
    let site_tls = site.tmp.path().join("tls");
    site.ok(&["tls", "self-signed", "--out", site_tls.to_str().unwrap()]);
    let https = site.serve(&[
        "--tls-cert",
        site_tls.join("cert.pem").to_str().unwrap(),
        "--tls-key",
        site_tls.join("key.pem").to_str().unwrap(),
    ]);
    assert!(https.url.starts_with("https://"), "{}", https.url);
    let port = https.addr.port();
    let url = format!("https://127.0.0.1:{port}/healthz");

    let inst = Instance::new("egress-tls");
    inst.init();
    let other_tls = inst.tmp.path().join("other-ca");
    inst.ok(&["tls", "self-signed", "--out", other_tls.to_str().unwrap()]);
    let right_ca = site_tls.join("cert.pem");
    let wrong_ca = other_tls.join("cert.pem");
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{port}")]);

    // No CA at all: the TLS stage says so.
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "tls", "ca_file");
    assert_eq!(stage(&r, "tcp")["ok"], true);

    // A CA of another name: unknown issuer.
    let unknown_ca = inst.tmp.path().join("unknown-ca.pem");
    let out = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args([
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=Some Other Root CA",
            "-keyout",
        ])
        .arg(inst.tmp.path().join("unknown-ca.key"))
        .arg("-out")
        .arg(&unknown_ca)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    inst.ok(&["egress", "set", "--ca-file", unknown_ca.to_str().unwrap()]);
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "tls", "handshake failed");
    let detail = stage(&r, "tls")["detail"].as_str().unwrap();
    assert!(
        detail.contains("UnknownIssuer") && detail.contains("not signed by a CA in ca_file"),
        "{detail}"
    );
    // A CA with the same name but another key: refused too.
    inst.ok(&["egress", "set", "--ca-file", wrong_ca.to_str().unwrap()]);
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    failed_at(&r, "tls", "handshake failed");

    // Its CA: TLS with issuer and expiry, then HTTP 200.
    inst.ok(&["egress", "set", "--ca-file", right_ca.to_str().unwrap()]);
    assert_eq!(show(&inst)["ca_file"], right_ca.to_str().unwrap());
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    assert_eq!(stage_names(&r), ["policy", "dns", "tcp", "tls", "http"]);
    let tls = stage(&r, "tls")["detail"].as_str().unwrap();
    assert!(tls.contains("issuer localhost"), "{tls}");
    assert!(tls.contains("valid until 20"), "{tls}");
    assert!(
        stage(&r, "http")["detail"]
            .as_str()
            .unwrap()
            .contains("200")
    );

    // A CA file that is not PEM, or missing, is refused when it is set, and nothing changes.
    let before = inst.ok(&["egress", "show"]);
    let junk = inst.tmp.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate\n").unwrap();
    for bad in [junk.to_str().unwrap(), "/nonexistent/ca.pem"] {
        let out = inst.run(&["egress", "set", "--ca-file", bad]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("RB-EGRESS-CONFIG"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(inst.ok(&["egress", "show"]), before);
    // A file that goes bad after it was set is a clear error when used, not a crash.
    let later = inst.tmp.path().join("later.pem");
    std::fs::copy(&right_ca, &later).unwrap();
    inst.ok(&["egress", "set", "--ca-file", later.to_str().unwrap()]);
    std::fs::write(&later, "not a certificate\n").unwrap();
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 1, "{r:#}");
    assert!(r.to_string().contains("RB-EGRESS-CONFIG"), "{r:#}");

    // --egress-ca-file wins over the setting.
    inst.ok(&["egress", "set", "--ca-file", wrong_ca.to_str().unwrap()]);
    let server = inst.serve(&["--egress-ca-file", right_ca.to_str().unwrap()]);
    let admin = server.setup_admin();
    let report = probe_http(&admin, &url);
    passed(&report);
    server.stop();
    let server = inst.serve(&["--egress-ca-file", wrong_ca.to_str().unwrap()]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    inst.ok(&["egress", "set", "--ca-file", right_ca.to_str().unwrap()]);
    failed_at(&probe_http(&admin, &url), "tls", "handshake failed");
    server.stop();

    // https through a CONNECT proxy: TLS runs end to end inside the tunnel.
    let proxy = FakeProxy::start("user", "tunnel-pw");
    inst.ok(&[
        "egress",
        "set",
        "--proxy",
        &format!("http://127.0.0.1:{}", proxy.port()),
        "--proxy-username",
        "user",
    ]);
    let out = set_secret(&inst, "egress.proxy-password", "tunnel-pw");
    assert!(out.status.success(), "{}", stderr(&out));
    let (exit, r) = probe_cli(&inst, &url);
    assert_eq!(exit, 0, "{r:#}");
    passed(&r);
    assert_eq!(
        stage_names(&r),
        ["policy", "dns", "tcp", "proxy", "tls", "http"],
        "{r:#}"
    );
    let connects: Vec<String> = proxy
        .requests()
        .into_iter()
        .filter(|s| s.method == "CONNECT")
        .map(|s| s.target)
        .collect();
    assert!(
        connects.len() >= 2 && connects.iter().all(|t| *t == format!("127.0.0.1:{port}")),
        "the probe and the request both tunnel: {connects:?}"
    );
    https.stop();
    inst.verify();
    site.verify();
}

// ---- 9. no secret in clear anywhere --------------------------------------------------------

const CANARY: &str = "CANARY-rb-secret-7f3a9c";

/// The forms a secret value could leak in: clear, base64, hex, inside a Basic header.
fn leak_needles(values: &[&str]) -> Vec<(String, Vec<u8>)> {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    let mut out = vec![
        ("canary".to_string(), CANARY.as_bytes().to_vec()),
        ("canary core".to_string(), b"7f3a9c".to_vec()),
    ];
    for v in values {
        out.push((format!("base64 of {v}"), b64(v).into_bytes()));
        out.push((format!("hex of {v}"), hex(v).into_bytes()));
        out.push((
            format!("Basic user:{v}"),
            b64(&format!("user:{v}")).into_bytes(),
        ));
    }
    out
}

/// Every place in `places` that holds one of `needles`.
fn leaks(places: &[(String, Vec<u8>)], needles: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut found = Vec::new();
    for (place, bytes) in places {
        for (what, needle) in needles {
            if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
                found.push(format!("{what} in {place}"));
            }
        }
    }
    found
}

/// Every file under `dir`, recursively, with its bytes.
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((format!("file {}", p.display()), bytes));
            }
        }
    }
    out
}

/// Every text and blob value of a SQLCipher database at `path`.
fn dump_db(path: &Path, key_hex: &str) -> String {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(&format!("PRAGMA key = \"x'{key_hex}'\";"))
        .unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(s) => out.push_str(&String::from_utf8_lossy(s)),
                    rusqlite::types::ValueRef::Blob(b) => out.push_str(&String::from_utf8_lossy(b)),
                    other => out.push_str(&format!("{other:?}")),
                }
                out.push('\n');
            }
        }
    }
    out
}

fn output_bytes(label: &str, out: &std::process::Output) -> (String, Vec<u8>) {
    let mut b = out.stdout.clone();
    b.extend_from_slice(&out.stderr);
    (label.to_string(), b)
}

#[test]
fn a_secret_appears_in_clear_nowhere() {
    let inst = Instance::new("egress-canary");
    inst.init();
    let cli_value = format!("{CANARY}-cli-0001");
    let http_value = format!("{CANARY}-http-0002");
    let proxy_value = format!("{CANARY}-proxy-0003");
    let needles = leak_needles(&[&cli_value, &http_value, &proxy_value]);
    let mut places: Vec<(String, Vec<u8>)> = Vec::new();

    let target = FakeHttp::start("127.0.0.1", |_| Answer::ok("fine"));
    let proxy = FakeProxy::start("user", &proxy_value);
    let server = Server::start_with_env(
        &inst,
        &["--access-log", "all"],
        &[("RULEBOOK_LOG", "trace")],
    );
    let admin = server.setup_admin();
    let log = server.log.clone();

    // Through the CLI (stdin) while the server runs.
    let out = set_secret(&inst, "canary.cli", &format!("{cli_value}\n"));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("…0001"),
        "the CLI shows the hint: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    places.push(output_bytes("secrets set (cli)", &out));
    let out = set_secret(&inst, "Bad Name", &cli_value);
    assert_ne!(code(&out), 0, "a bad name was accepted");
    places.push(output_bytes("secrets set with a bad name", &out));

    // Through the API.
    let r = admin.put(
        "/api/v1/admin/secrets/canary.http",
        &json!({ "value": http_value }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let meta = r.json();
    assert_eq!(meta["name"], "canary.http");
    assert_eq!(meta["set"], true);
    assert_eq!(meta["hint"], "…0002");
    assert!(meta.get("value").is_none(), "{meta}");
    keep(&mut places, "PUT secret", &r);
    let r = admin.put(
        "/api/v1/admin/secrets/egress.proxy-password",
        &json!({ "value": proxy_value }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    keep(&mut places, "PUT proxy password", &r);
    for (path, body) in [
        (
            "/api/v1/admin/secrets/Bad%20Name",
            json!({ "value": http_value }),
        ),
        (
            "/api/v1/admin/secrets/UPPER",
            json!({ "value": http_value }),
        ),
        (
            "/api/v1/admin/secrets/canary.other",
            json!({ "value": http_value, "extra": http_value }),
        ),
        ("/api/v1/admin/secrets/canary.empty", json!({ "value": "" })),
    ] {
        let r = admin.put(path, &body);
        assert!(
            (400..500).contains(&r.status),
            "{path}: {} {}",
            r.status,
            r.text()
        );
        keep(&mut places, &format!("refused PUT {path}"), &r);
    }
    // Broken JSON that holds the value.
    let r = admin.send_bytes(
        "PUT",
        "/api/v1/admin/secrets/canary.broken",
        "application/json",
        format!("{{\"value\": \"{http_value}\"").as_bytes(),
        &[],
    );
    assert!((400..500).contains(&r.status), "{} {}", r.status, r.text());
    keep(&mut places, "PUT broken JSON", &r);

    // The proxy password in use, on success and on failure.
    let mut settings = admin.get("/api/v1/admin/egress").json();
    settings.as_object_mut().unwrap().remove("counters");
    settings["allow"] = json!([format!("127.0.0.1:{}", target.port()), "127.0.0.3"]);
    settings["proxy"] = json!(format!("http://127.0.0.1:{}", proxy.port()));
    settings["proxy_username"] = json!("user");
    let r = admin.put("/api/v1/admin/egress", &settings);
    assert_eq!(r.status, 200, "{}", r.text());
    let report = probe_http(&admin, &format!("http://127.0.0.1:{}/x", target.port()));
    passed(&report);
    places.push((
        "probe through the proxy".into(),
        report.to_string().into_bytes(),
    ));
    let report = probe_http(&admin, "http://127.0.0.3:9/nothing-listens");
    assert_eq!(report["ok"], false, "{report:#}");
    places.push((
        "failed probe through the proxy".into(),
        report.to_string().into_bytes(),
    ));
    let out = inst.run(&["egress", "test", "http://127.0.0.3:9/nothing-listens"]);
    places.push(output_bytes("egress test (cli)", &out));
    assert!(
        !proxy.requests().is_empty(),
        "the proxy was never used: {report:#}"
    );

    // What admins can read.
    let r = admin.get("/api/v1/admin/secrets");
    assert_eq!(r.status, 200, "{}", r.text());
    let list = r.json()["secrets"].as_array().unwrap().clone();
    for name in ["canary.cli", "canary.http", "egress.proxy-password"] {
        let s = list
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {list:#?}"));
        assert_eq!(s["set"], true, "{s}");
        assert_eq!(s["usable"], true, "{s}");
        assert!(s["hint"].as_str().unwrap().starts_with('…'), "{s}");
    }
    assert_eq!(list.len(), 3, "refused writes stored something: {list:#?}");
    keep(&mut places, "GET secrets", &r);
    let out = inst.run(&["secrets", "list", "--json"]);
    places.push(output_bytes("secrets list --json", &out));
    let out = inst.run(&["secrets", "list"]);
    places.push(output_bytes("secrets list", &out));
    for path in [
        "/api/v1/admin/egress",
        "/api/v1/audit?limit=500",
        "/api/v1/orgs/acme/members",
        "/api/v1/admin/limits",
    ] {
        let r = admin.get(path);
        keep(&mut places, &format!("GET {path}"), &r);
    }
    let metrics = server.get("/metrics");
    assert_eq!(metrics.status, 200);
    keep(&mut places, "/metrics", &metrics);
    let export = admin.get("/api/v1/orgs/acme/spaces/default/export");
    assert_eq!(export.status, 200, "{}", export.text());
    keep(&mut places, "archive export (zip bytes)", &export);
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(export.body.clone())).unwrap();
    for i in 0..z.len() {
        use std::io::Read;
        let mut f = z.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        places.push((
            format!(
                "archive entry {}",
                f.name().map(|n| n.to_string()).unwrap_or_default()
            ),
            data,
        ));
    }
    let out = inst.run(&["user", "export", "admin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    places.push(output_bytes("user export", &out));

    // An online backup, decrypted with the age tool.
    let id = inst.tmp.path().join("age-id.txt");
    let out = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&id)
        .output()
        .expect("age-keygen (Debian package age)");
    assert!(out.status.success(), "{}", stderr(&out));
    let recipient = std::fs::read_to_string(&id)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_string))
        .unwrap();
    let backup_dir = inst.tmp.path().join("backups");
    std::fs::create_dir_all(&backup_dir).unwrap();
    let file = backup_dir.join("canary.age");
    inst.ok(&[
        "backup",
        "--to",
        file.to_str().unwrap(),
        "--recipient",
        &recipient,
    ]);
    let plain = inst.tmp.path().join("backup-plain.db");
    let out = std::process::Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&id)
        .arg("-o")
        .arg(&plain)
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    places.push((
        "backup decrypted by age (raw)".into(),
        std::fs::read(&plain).unwrap(),
    ));
    let backup_dump = dump_db(&plain, &inst.key_hex());
    assert!(
        backup_dump.contains("canary.cli"),
        "the backup holds the sealed secrets"
    );
    places.push((
        "backup decrypted by age, then by SQLCipher".into(),
        backup_dump.into_bytes(),
    ));

    server.stop();
    let log = log.lock().unwrap().clone();
    assert!(
        log.contains("PUT /api/v1/admin/secrets/"),
        "the access log is on: {log}"
    );
    places.push((
        "server log (trace level, access log all)".into(),
        log.into_bytes(),
    ));
    places.extend(files_under(&inst.data()));
    places.extend(files_under(&inst.cfg()));
    let dump = inst.dump();
    assert!(
        dump.contains("canary.cli") && dump.contains("canary.http"),
        "the dump should hold the secrets' names"
    );
    places.push(("decrypted database".into(), dump.into_bytes()));
    let out = inst.run(&["audit", "export", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let audit = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        audit.contains("secret.set") && audit.contains("canary.http"),
        "setting a secret is audited by name: {audit}"
    );
    places.push(output_bytes("audit export", &out));
    let found = leaks(&places, &needles);
    assert!(found.is_empty(), "the secret leaked:\n{}", found.join("\n"));
    inst.verify();
}

fn keep(places: &mut Vec<(String, Vec<u8>)>, label: &str, r: &Resp) {
    places.push((label.to_string(), r.body.clone()));
}

// ---- 9b. a lost, wrong or misplaced key ----------------------------------------------------

fn problems(list: &[Value]) -> Vec<(String, bool, String)> {
    list.iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["usable"].as_bool().unwrap(),
                s["problem"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn all_unusable_with(list: &[Value], code_text: &str) {
    assert!(!list.is_empty());
    for (name, usable, problem) in problems(list) {
        assert!(!usable, "{name} is usable: {list:#?}");
        assert!(problem.contains(code_text), "{name}: {problem}");
    }
}

#[test]
fn a_lost_or_wrong_secrets_key_never_blocks_start_and_moved_ciphertexts_do_not_open() {
    let inst = Instance::new("secrets-key");
    inst.init();
    for (name, value) in [
        ("git.one.token", "first-token-value-aaaa-1111"),
        ("git.two.token", "second-token-value-bbbb-2222"),
    ] {
        let out = set_secret(&inst, name, value);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let key = inst.cfg().join("secrets.key");
    assert!(key.exists(), "the default secrets key file was not created");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_ne!(
        std::fs::read(&key).unwrap(),
        std::fs::read(inst.key_file()).unwrap(),
        "the secrets key must not be the database key"
    );
    let list = secrets_json(&inst);
    assert!(problems(&list).iter().all(|p| p.1), "{list:#?}");

    // Key file gone: listed as unusable, no new key is made, nothing new is stored.
    let saved = inst.tmp.path().join("secrets.key.saved");
    std::fs::rename(&key, &saved).unwrap();
    all_unusable_with(&secrets_json(&inst), "RB-SECRET-NO-KEY");
    let out = set_secret(&inst, "git.three.token", "third-token-value-cccc-3333");
    assert_ne!(code(&out), 0, "a secret was sealed without the key");
    assert!(
        stderr(&out).contains("RB-SECRET-NO-KEY"),
        "{}",
        stderr(&out)
    );
    assert!(!key.exists(), "a new secrets key replaced the lost one");
    assert_eq!(secrets_json(&inst).len(), 2);

    let server = inst.serve(&[]);
    assert_eq!(server.get("/healthz").status, 200);
    let admin = server.setup_admin();
    let r = admin.get("/api/v1/admin/secrets");
    assert_eq!(r.status, 200, "{}", r.text());
    all_unusable_with(r.json()["secrets"].as_array().unwrap(), "RB-SECRET-NO-KEY");
    let r = admin.put(
        "/api/v1/admin/secrets/git.three.token",
        &json!({ "value": "third-token-value-cccc-3333" }),
    );
    assert!((400..500).contains(&r.status), "{} {}", r.status, r.text());
    assert!(r.text().contains("RB-SECRET-NO-KEY"), "{}", r.text());
    assert_eq!(
        admin.get("/api/v1/admin/secrets").json()["secrets"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // The rest of Rulebook works.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Still works", "visibility": "open" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    server.stop();

    // Another instance's key: wrong key.
    let other = Instance::new("secrets-key-other");
    other.init();
    let out = set_secret(&other, "x", "some-other-value-0000");
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::copy(other.cfg().join("secrets.key"), &key).unwrap();
    all_unusable_with(&secrets_json(&inst), "RB-SECRET-WRONG-KEY");
    let server = inst.serve(&[]);
    assert_eq!(server.get("/healthz").status, 200);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let r = admin.get("/api/v1/admin/secrets");
    assert_eq!(r.status, 200, "{}", r.text());
    all_unusable_with(
        r.json()["secrets"].as_array().unwrap(),
        "RB-SECRET-WRONG-KEY",
    );
    server.stop();

    // The right key again: usable.
    std::fs::rename(&saved, &key).unwrap();
    let list = secrets_json(&inst);
    assert!(problems(&list).iter().all(|p| p.1), "{list:#?}");

    // A ciphertext (alone, or with its wrapped data key) copied into another row does not open.
    let c = inst.sql();
    c.execute(
        "UPDATE secrets SET ciphertext = (SELECT ciphertext FROM secrets WHERE name = 'git.two.token')
         WHERE name = 'git.one.token'",
        [],
    )
    .unwrap();
    drop(c);
    let p = problems(&secrets_json(&inst));
    assert_eq!(
        p,
        [
            ("git.one.token".to_string(), false, p[0].2.clone()),
            ("git.two.token".to_string(), true, String::new()),
        ],
        "{p:?}"
    );
    assert!(p[0].2.contains("RB-SECRET-DAMAGED"), "{p:?}");
    let c = inst.sql();
    c.execute(
        "UPDATE secrets SET
           ciphertext = (SELECT ciphertext FROM secrets WHERE name = 'git.two.token'),
           wrapped_key = (SELECT wrapped_key FROM secrets WHERE name = 'git.two.token'),
           key_id = (SELECT key_id FROM secrets WHERE name = 'git.two.token')
         WHERE name = 'git.one.token'",
        [],
    )
    .unwrap();
    drop(c);
    let p = problems(&secrets_json(&inst));
    assert!(!p[0].1 && p[0].2.contains("RB-SECRET-DAMAGED"), "{p:?}");
    assert!(p[1].1, "{p:?}");
    let server = inst.serve(&[]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let list = admin.get("/api/v1/admin/secrets").json();
    let one = &list["secrets"][0];
    assert_eq!(one["name"], "git.one.token");
    assert_eq!(one["usable"], false);
    assert!(
        one["problem"]
            .as_str()
            .unwrap()
            .contains("RB-SECRET-DAMAGED"),
        "{one}"
    );
    server.stop();
    inst.verify();
}

// ---- 10. key rotation ----------------------------------------------------------------------

fn key_ids(inst: &Instance) -> Vec<String> {
    let list = secrets_json(inst);
    assert_eq!(list.len(), 3, "{list:#?}");
    for s in &list {
        assert_eq!(s["usable"], true, "{s}");
    }
    list.iter()
        .map(|s| s["key_id"].as_str().unwrap().to_string())
        .collect()
}

fn new_key_file(inst: &Instance) -> PathBuf {
    inst.cfg().join("secrets.key.new")
}

#[test]
fn secrets_key_rotation_survives_a_kill_at_every_step() {
    let inst = Instance::new("secrets-rotate");
    inst.init();
    for (name, value) in [
        ("egress.proxy-password", "proxy-password-value-1111"),
        ("git.main.token", "git-token-value-aaaa-2222"),
        ("llm.key", "llm-key-value-bbbb-3333"),
    ] {
        let out = set_secret(&inst, name, value);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let key = inst.cfg().join("secrets.key");
    let ids0 = key_ids(&inst);
    let bytes0 = std::fs::read(&key).unwrap();

    let out = inst.ok(&["secrets", "rotate-key"]);
    assert!(out.contains('3'), "{out}");
    let ids1 = key_ids(&inst);
    let bytes1 = std::fs::read(&key).unwrap();
    assert_ne!(bytes0, bytes1, "the key file was not replaced");
    assert!(
        ids1.iter().all(|i| *i == ids1[0]) && ids1[0] != ids0[0],
        "{ids0:?} {ids1:?}"
    );
    assert!(!new_key_file(&inst).exists());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // Killed after the new key was written: the old key stays in force.
    inst.kill_at(&["secrets", "rotate-key"], "secrets-rotate-new-key-written");
    let ids = key_ids(&inst);
    assert_eq!(ids, ids1, "the rotation should have been abandoned");
    assert_eq!(std::fs::read(&key).unwrap(), bytes1);
    assert!(
        !new_key_file(&inst).exists(),
        "the abandoned key was left behind"
    );

    // Killed after the database moved: the new key is installed by the next command.
    inst.kill_at(&["secrets", "rotate-key"], "secrets-rotate-database-moved");
    let ids2 = key_ids(&inst);
    assert_ne!(ids2, ids1, "the rotation should have been finished");
    assert_ne!(std::fs::read(&key).unwrap(), bytes1);
    assert!(!new_key_file(&inst).exists());

    // The same, finished by a starting server instead of a CLI command.
    inst.kill_at(&["secrets", "rotate-key"], "secrets-rotate-database-moved");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let list = admin.get("/api/v1/admin/secrets").json();
    let list = list["secrets"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    for s in list {
        assert_eq!(s["usable"], true, "{s}");
        assert_ne!(s["key_id"], ids2[0].as_str(), "{s}");
    }
    server.stop();
    assert!(!new_key_file(&inst).exists());
    let rows = inst.ok(&["audit", "export", "--format", "jsonl"]);
    assert!(rows.contains("secrets.key_rotated"), "{rows}");
    inst.verify();
}

// ---- 11. one module opens outbound connections ---------------------------------------------

#[test]
fn no_module_outside_egress_opens_outbound_connections() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Where outbound connections may be made, and why.
    let allowed_dirs = [
        src.join("egress"), // the one guarded outbound client
        src.join("client"), // the CLI's own client, to the server the user names
    ];
    // The watchdog connects to the server's own loopback health endpoint (READY/WATCHDOG),
    // never to another host.
    let allowed_connect = [src.join("ops").join("watchdog.rs")];
    let patterns = [
        "ureq::",
        "use ureq",
        "Agent::new_with_defaults",
        "Agent::config_builder",
        "Agent::with_parts",
        "Agent::new_with_config",
        "TcpStream::connect",
        "UdpSocket",
        "Command::new(\"curl\")",
        "Command::new(\"wget\")",
    ];
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 50, "found only {} source files", files.len());
    let mut offenders = Vec::new();
    let mut seen_in_egress = false;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        if allowed_dirs.iter().any(|d| f.starts_with(d)) {
            seen_in_egress |= text.contains("ureq::Agent") || text.contains("ureq::");
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            for p in patterns {
                if !line.contains(p) {
                    continue;
                }
                if p == "TcpStream::connect" && allowed_connect.contains(f) {
                    continue;
                }
                offenders.push(format!(
                    "{}:{}: {}",
                    f.strip_prefix(&src).unwrap().display(),
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        seen_in_egress,
        "the scan does not see the egress client's ureq use"
    );
    assert!(
        offenders.is_empty(),
        "outbound connections outside src/egress/ and src/client/:\n{}",
        offenders.join("\n")
    );
    // The watchdog's one connection goes to loopback.
    let watchdog = std::fs::read_to_string(&allowed_connect[0]).unwrap();
    assert!(
        watchdog.contains("Ipv4Addr::LOCALHOST") || watchdog.contains("loopback"),
        "the watchdog should connect to loopback only"
    );
}

// ---- per-host concurrency cap --------------------------------------------------------------

/// Runs `n` connection tests at once over HTTP and returns their reports.
fn probes_at_once(admin: &Client, url: &str, n: usize) -> Vec<Value> {
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let admin = admin.clone();
            let url = url.to_string();
            std::thread::spawn(move || probe_http(&admin, &url))
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

#[test]
fn requests_to_one_host_respect_the_per_host_cap() {
    let inst = Instance::new("egress-per-host");
    inst.init();
    let fake = FakeHttp::start("127.0.0.1", |_| Answer::Delay {
        wait: Duration::from_millis(700),
        body: b"slow".to_vec(),
    });
    let url = format!("http://127.0.0.1:{}/slow", fake.port());
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", fake.port())]);
    let server = inst.serve(&[]);
    let admin = server.setup_admin();

    // Without a tight cap the fake does see requests at once (so the test can tell).
    for r in probes_at_once(&admin, &url, 3) {
        passed(&r);
    }
    assert!(
        fake.max_inflight() >= 2,
        "the probes did not overlap ({}), so the cap below proves nothing",
        fake.max_inflight()
    );

    inst.ok(&["egress", "set", "--per-host", "1"]);
    let fake = FakeHttp::start("127.0.0.1", |_| Answer::Delay {
        wait: Duration::from_millis(700),
        body: b"slow".to_vec(),
    });
    let url = format!("http://127.0.0.1:{}/slow", fake.port());
    inst.ok(&["egress", "allow", &format!("127.0.0.1:{}", fake.port())]);
    for r in probes_at_once(&admin, &url, 3) {
        passed(&r);
    }
    assert_eq!(fake.requests().len(), 3);
    assert_eq!(fake.max_inflight(), 1, "more than one request at once");
    server.stop();
    inst.verify();
}

// ---- where the secrets key comes from ------------------------------------------------------

#[test]
fn the_secrets_key_follows_the_database_keys_precedence_and_permission_rules() {
    use std::os::unix::fs::PermissionsExt;
    let inst = Instance::new("secrets-key-location");
    inst.init();
    let out = set_secret(&inst, "git.one.token", "first-token-value-aaaa-1111");
    assert!(out.status.success(), "{}", stderr(&out));
    let key = inst.cfg().join("secrets.key");
    let usable = |out: &std::process::Output| -> Vec<(String, bool, String)> {
        assert!(out.status.success(), "{}", stderr(out));
        let list: Value = serde_json::from_slice(&out.stdout).unwrap();
        problems(list.as_array().unwrap())
    };

    // A key file others can read is refused, like the database key; nothing is sealed with it.
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let p = usable(&inst.run(&["secrets", "list", "--json"]));
    assert!(!p[0].1, "a world-readable key was used: {p:?}");
    let out = set_secret(&inst, "git.two.token", "second-token-value-bbbb-2222");
    assert_ne!(code(&out), 0, "sealed with a world-readable key");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(secrets_json(&inst).len(), 1);

    // Moved elsewhere: found by --secrets-key-file, $RULEBOOK_SECRETS_KEY_FILE and
    // $CREDENTIALS_DIRECTORY/rulebook-secrets-key.
    let creds = inst.tmp.path().join("creds");
    std::fs::create_dir_all(&creds).unwrap();
    let moved = creds.join("rulebook-secrets-key");
    std::fs::rename(&key, &moved).unwrap();
    assert!(!usable(&inst.run(&["secrets", "list", "--json"]))[0].1);
    let flag = ["--secrets-key-file", moved.to_str().unwrap()];
    let out = inst.run(&[&flag[..], &["secrets", "list", "--json"]].concat());
    assert!(usable(&out)[0].1, "--secrets-key-file: {}", stderr(&out));
    let out = inst
        .cmd(&["secrets", "list", "--json"])
        .env("RULEBOOK_SECRETS_KEY_FILE", &moved)
        .output()
        .unwrap();
    assert!(
        usable(&out)[0].1,
        "$RULEBOOK_SECRETS_KEY_FILE: {}",
        stderr(&out)
    );
    let out = inst
        .cmd(&["secrets", "list", "--json"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    assert!(
        usable(&out)[0].1,
        "$CREDENTIALS_DIRECTORY: {}",
        stderr(&out)
    );
    // The flag wins over the credential.
    let other = Instance::new("secrets-key-location-other");
    other.init();
    assert!(
        set_secret(&other, "x", "other-value-0000-0000")
            .status
            .success()
    );
    let wrong = other.cfg().join("secrets.key");
    let out = inst
        .cmd(&[
            "--secrets-key-file",
            wrong.to_str().unwrap(),
            "secrets",
            "list",
            "--json",
        ])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    let p = usable(&out);
    assert!(!p[0].1 && p[0].2.contains("RB-SECRET-WRONG-KEY"), "{p:?}");
    // A key from a systemd credential cannot be rotated in place: a clear refusal.
    let out = inst
        .cmd(&["secrets", "rotate-key"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    assert_ne!(code(&out), 0, "rotated a systemd credential in place");
    assert!(stderr(&out).contains("credential"), "{}", stderr(&out));
    assert!(!creds.join("rulebook-secrets-key.new").exists());

    // The server takes the same flag; delete is 204, then 404.
    let server = inst.serve(&flag);
    let admin = server.setup_admin();
    let list = admin.get("/api/v1/admin/secrets").json();
    assert_eq!(list["secrets"][0]["usable"], true, "{list}");
    assert_eq!(
        admin.delete("/api/v1/admin/secrets/git.one.token").status,
        204
    );
    assert_eq!(
        admin.delete("/api/v1/admin/secrets/git.one.token").status,
        404
    );
    assert_eq!(
        admin.get("/api/v1/admin/secrets").json()["secrets"],
        json!([])
    );
    assert!(!audit_rows(&admin, "secret.deleted").is_empty());
    server.stop();
    inst.verify();
}
