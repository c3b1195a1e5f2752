//! The HTTP surface a browser and a monitor see: health, readiness, the UI shell with its
//! security headers and caching, the JSON error shape.

use crate::harness::*;

#[test]
fn health_readiness_and_the_ui_shell() {
    let inst = Instance::new("web");
    inst.init();
    let server = inst.serve(&[]);
    let h = server.get("/healthz");
    assert_eq!(h.status, 200);
    assert_eq!(h.json()["status"], "ok");
    let r = server.get("/readyz");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ready");

    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.text().contains("<title>Rulebook</title>"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    assert!(
        page.header("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );
    assert!(page.header("x-request-id").is_some());

    let js = server.get("/app.js");
    assert_eq!(js.status, 200);
    assert!(
        js.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(
        server
            .get("/app.css")
            .header("content-type")
            .unwrap()
            .starts_with("text/css")
    );
    // No asset refers to another host.
    // Every embedded script and style sheet, found on disk so a new page is covered too.
    let mut assets: Vec<String> = vec!["/".into(), "/app.js".into(), "/app.css".into()];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    for dir in ["js", "js/pages"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".js") {
                assets.push(format!("/{dir}/{name}"));
            }
        }
    }
    assert!(assets.len() > 12, "{assets:?}");
    for asset in &assets {
        let asset = asset.as_str();
        assert_eq!(server.get(asset).status, 200, "{asset}");
        let t = server.get(asset).text();
        // Nothing is loaded from another host: no import, fetch, src, href or url() of an
        // absolute URL (example URLs in labels and placeholders are fine).
        for load in [
            "from 'http",
            "from \"http",
            "import('http",
            "import(\"http",
            "fetch('http",
            "fetch(\"http",
            "src=\"http",
            "href=\"http",
            "url(http",
            "url('http",
            "url(\"http",
            "src: 'http",
            "href: 'http",
        ] {
            assert!(
                !t.contains(load),
                "{asset} loads from another host ({load})"
            );
        }
    }

    let etag = js.header("etag").unwrap().to_string();
    let again = request(
        server.addr,
        &format!(
            "GET /app.js HTTP/1.1\r\nHost: {}\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n",
            server.addr
        ),
    )
    .unwrap();
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    server.stop();
    inst.verify();
}

#[test]
fn api_errors_have_one_shape_with_a_stable_code() {
    let inst = Instance::new("apierr");
    inst.init();
    let server = inst.serve(&[]);
    let r = server.get("/api/v1/nope");
    assert_eq!(r.status, 404);
    let j = r.json();
    assert_eq!(j["error"]["code"], "RB-HTTP-NOT-FOUND");
    assert!(j["error"]["message"].is_string());
    assert_eq!(j["error"]["request_id"].as_str(), r.header("x-request-id"));
    let r = request(
        server.addr,
        "DELETE /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    assert_eq!(r.status, 405);
    assert_eq!(r.json()["error"]["code"], "RB-HTTP-METHOD");
    let r = request(
        server.addr,
        &format!(
            "BREW /coffee HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.addr
        ),
    )
    .unwrap();
    assert!(r.status == 405 || r.status == 400, "{}", r.status);
    let r = request(server.addr, "garbage\r\n\r\n").unwrap();
    assert_eq!(r.status, 400);
    // Logs carry request ids and never the query string (a 404 is logged by default).
    server.get("/api/v1/nothing-here?token=SECRET-TOKEN-123");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let log = server.log.lock().unwrap().clone();
    assert!(
        log.contains("req=") && log.contains("GET /api/v1/nothing-here 404"),
        "{log}"
    );
    assert!(!log.contains("SECRET-TOKEN-123"), "query string logged");
    server.stop();
    inst.verify();
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let inst = Instance::new("sigterm");
    inst.init();
    let mut server = inst.serve(&[]);
    assert_eq!(server.get("/healthz").status, 200);
    let pid = server.pid() as i32;
    // SAFETY: sends SIGTERM to the child we started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let exited = wait_until(std::time::Duration::from_secs(10), || {
        matches!(server.child.try_wait(), Ok(Some(_)))
    });
    assert!(exited.is_some(), "the server did not stop on SIGTERM");
    let status = server.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "a clean stop exits 0");
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert!(server.log.lock().unwrap().contains("stopped"));
    inst.verify();
}

#[test]
fn openapi_document_lists_every_route_and_validates() {
    let inst = Instance::new("openapi");
    inst.init();
    let routes: serde_json::Value = serde_json::from_str(&inst.ok(&["routes"])).unwrap();
    let server = inst.serve(&[]);
    let doc = server.get("/api/v1/openapi.json");
    assert_eq!(doc.status, 200);
    let spec = doc.json();
    assert_eq!(spec["openapi"], "3.1.0");
    // A `{kind}` route is documented once per kind (their bodies differ).
    let mut expected = 0;
    for r in routes.as_array().unwrap() {
        let pattern = r["path"].as_str().unwrap();
        let method = r["method"].as_str().unwrap().to_ascii_lowercase();
        let paths: Vec<String> = if pattern.contains("{kind}") {
            ["standards", "commands", "skills", "subagents", "policies"]
                .iter()
                .map(|k| pattern.replace("{kind}", k))
                .collect()
        } else {
            vec![pattern.to_string()]
        };
        for path in paths {
            let op = &spec["paths"][&path][&method];
            assert!(
                op.is_object(),
                "{method} {path} missing from the OpenAPI document"
            );
            assert_eq!(op["x-rulebook-need"], r["need"]);
            assert!(
                op["operationId"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric())
            );
            assert!(op["summary"].as_str().is_some_and(|s| !s.is_empty()));
            if matches!(method.as_str(), "get" | "post" | "put") {
                assert!(
                    op["responses"]["4XX"]["content"]["application/json"]["schema"].is_object()
                );
            }
            expected += 1;
        }
    }
    let documented: usize = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(documented, expected, "no undocumented or phantom routes");
    // The artifact bodies are typed per kind, with examples.
    let create = &spec["paths"]["/api/v1/orgs/{org}/spaces/{space}/standards"]["post"];
    assert_eq!(create["operationId"], "createStandard");
    assert_eq!(
        create["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/StandardIn"
    );
    assert!(spec["components"]["schemas"]["StandardIn"]["examples"].is_array());
    // The reference validator accepts it.
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    let file = inst.tmp.path().join("openapi.json");
    std::fs::write(&file, &doc.body).unwrap();
    let out = std::process::Command::new(&python)
        .arg("-c")
        .arg("import sys, json; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1])))")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openapi-spec-validator: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    server.stop();
    inst.verify();
}
