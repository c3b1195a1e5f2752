//! The MCP server against the official MCP Python SDK (`mcp` 2.x) in every client mode, over
//! HTTP and stdio, and wire-level tests of each transport rule and refusal.

use serde_json::{Value, json};

use crate::harness::{
    BIN, Client, Instance, Resp, Server, cli_login, join, request, request_bytes,
};

const MODERN: &str = "2026-07-28";

fn python() -> String {
    std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")))
}

/// A playbook that exercises every tool: a TypeScript-scoped standard with examples in two
/// languages and a detector, a command, a skill with an executable script, a subagent, a released package.
fn seed(admin: &Client) {
    let base = "/api/v1/orgs/acme/spaces/default";
    for (kind, body) in [
        (
            "standards",
            json!({ "name": "TypeScript errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
            "rules": [{ "text": "Never swallow errors.", "examples": [
                { "language": "typescript", "bad": "try {} catch {}", "good": format!("try {{}} catch (e) {{ throw e }}{}", "\n// rethrow".repeat(120)) },
                { "language": "python", "bad": "except: pass", "good": "raise" }],
              "detectors": [{ "language": "typescript", "yaml": "regex: 'catch\\s*(\\([^)]*\\))?\\s*\\{\\s*\\}'\nnote: rethrow or handle it\n" }] }] }),
        ),
        (
            "standards",
            json!({ "name": "Logging", "description": "What to log.", "rules": [{ "text": "Never log secrets." }] }),
        ),
        (
            "standards",
            json!({ "name": "Go only", "description": "Go code.", "scope": ["**/*.go", "!vendor/**"], "rules": [{ "text": "Wrap errors." }] }),
        ),
        (
            "commands",
            json!({ "name": "Review", "description": "Review code.", "body": "Review $ARGUMENTS carefully.\n" }),
        ),
        (
            "skills",
            json!({ "name": "deploy", "description": "Deploys.", "body": "Run scripts/run.sh.\n",
            "files": [{ "path": "scripts/run.sh", "content": "#!/bin/sh\necho hi\n", "executable": true }] }),
        ),
        (
            "subagents",
            json!({ "name": "Security reviewer", "description": "Reviews security.", "tools": ["Read"], "body": "Check.\n" }),
        ),
        (
            "policies",
            json!({ "name": "Safe shell", "description": "What agents may run.",
                    "permissions": [{ "effect": "deny", "on": "shell", "match": "git push" }] }),
        ),
    ] {
        let r = admin.post(&format!("{base}/{kind}"), &body);
        assert_eq!(r.status, 201, "{}", r.text());
    }
    let items = json!([{ "kind": "standard", "slug": "typescript-errors" }, { "kind": "command", "slug": "review" },
                       { "kind": "skill", "slug": "deploy" }, { "kind": "subagent", "slug": "security-reviewer" },
                       { "kind": "policy", "slug": "safe-shell" }]);
    let r = admin.post(
        &format!("{base}/packages"),
        &json!({ "name": "Base", "items": items }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        &format!("{base}/packages/base/releases"),
        &json!({ "version": "1.0.0" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

fn key(c: &Client, scope: &str) -> String {
    crate::harness::mint_key(c, &format!("mcp {scope}"), scope)
}

/// Runs the SDK client script; returns its JSON report.
fn sdk(args: &[&str]) -> Value {
    let script = format!("{}/tests/it/mcp_sdk_client.py", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new(python())
        .arg(&script)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "no report ({e}): {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        out.status.success() && report["ok"] == json!(true),
        "{args:?}: {report:#}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    report
}

#[test]
fn the_official_sdk_uses_every_tool_prompt_and_resource_in_both_eras_over_http_and_stdio() {
    let inst = Instance::new("mcp-sdk");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin);
    let write = key(&admin, "mcp:write");
    let read = key(&admin, "mcp:read");
    let url = format!("{}/mcp", server.url);
    for mode in ["legacy", "auto", MODERN] {
        let r = sdk(&["--url", &url, "--key", &write, "--mode", mode]);
        let expected = if mode == "legacy" {
            "2025-11-25"
        } else {
            MODERN
        };
        assert_eq!(r["protocol_version"], expected, "{r:#}");
        assert_eq!(r["counts"]["tools"], 21, "{r:#}");
    }
    // A read-only key reads and proposes, but cannot add rules.
    sdk(&[
        "--url",
        &url,
        "--key",
        &read,
        "--mode",
        "auto",
        "--expect-write-denied",
    ]);
    // stdio, relaying to the server with the key from the environment.
    let relay = format!("mcp --server {}", server.url);
    for mode in ["legacy", "auto"] {
        sdk(&[
            "--stdio",
            "--command",
            BIN,
            &format!("--args={relay}"),
            "--key",
            &write,
            "--mode",
            mode,
        ]);
    }
    // Every proposal is a proposal (nothing was edited), authored by the key's owner, audited.
    let conn = inst.sql();
    let (proposals, open): (i64, i64) = conn
        .query_row(
            "SELECT count(*), sum(status = 'open') FROM proposals",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    // 3 HTTP modes × 3 (propose_change, add_rule, create_standard) + the read key's
    // propose_change + 2 stdio × 3.
    assert_eq!((proposals, open), (16, 16));
    let new: i64 = conn
        .query_row(
            "SELECT count(*) FROM proposals WHERE artifact_id IS NULL AND base_version = 0 AND kind = 'standard'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(new, 5, "one proposed new standard per write run");
    let audited: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'proposal.created' AND detail LIKE 'via mcp%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 16);
    let versions: i64 = conn
        .query_row("SELECT max(version) FROM artifact_versions", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(versions, 1, "an MCP call edited an artifact directly");
    // A reviewer sees the space's open proposals and accepts a proposed standard: it is created
    // at version 1, authored by the proposer; a second accept is refused.
    let open = admin
        .get("/api/v1/orgs/acme/spaces/default/proposals")
        .json();
    let new: Vec<&Value> = open["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["new"] == true)
        .collect();
    assert_eq!(new.len(), 5, "{open:#}");
    let (id, slug) = (
        new[0]["id"].clone(),
        new[0]["slug"].as_str().unwrap().to_string(),
    );
    let shown = admin.get(&format!("/api/v1/orgs/acme/spaces/default/proposals/{id}"));
    assert_eq!(
        shown.json()["content"]["scope"],
        json!(["**/*.ts"]),
        "{}",
        shown.text()
    );
    let acc = format!("/api/v1/orgs/acme/spaces/default/proposals/{id}/accept");
    let r = admin.post(&acc, &json!({ "comment": "good" }));
    assert_eq!(r.status, 200, "{}", r.text());
    let made = admin.get(&format!(
        "/api/v1/orgs/acme/spaces/default/standards/{slug}"
    ));
    assert_eq!(
        (made.status, made.json()["version"].clone()),
        (200, json!(1)),
        "{}",
        made.text()
    );
    assert_eq!(admin.post(&acc, &json!({})).status, 409);
    let rej = format!(
        "/api/v1/orgs/acme/spaces/default/proposals/{}/reject",
        new[1]["id"]
    );
    assert_eq!(admin.post(&rej, &json!({ "comment": "" })).status, 422);
    assert_eq!(
        admin.post(&rej, &json!({ "comment": "not for us" })).status,
        200
    );
    // An edit proposal is decided on its artifact's routes, not here.
    let edit = open["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["new"] == false)
        .unwrap()["id"]
        .clone();
    let r = admin.post(
        &format!("/api/v1/orgs/acme/spaces/default/proposals/{edit}/accept"),
        &json!({}),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    // A space holding an open proposal for a new artifact is not deleted under it.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Scratch", "slug": "scratch", "visibility": "open" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/scratch/proposals",
        &json!({ "kind": "command", "content": { "name": "Ship", "description": "Ships.", "body": "Ship it." } }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.delete("/api/v1/orgs/acme/spaces/scratch");
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("open proposal"), "{}", r.text());

    // Per-tool counters in /metrics.
    let m = server.get("/metrics").text();
    assert!(m.contains("route=\"mcp:rules_for_path\""), "{m}");

    // Offline from the package's portable archive: every read tool works, proposals say why not.
    let zip = admin.get("/api/v1/orgs/acme/spaces/default/packages/base/export");
    assert_eq!(zip.status, 200);
    let archive = inst.tmp.path().join("base.zip");
    std::fs::write(&archive, &zip.body).unwrap();
    // An archive is served only once its signer is trusted (as `install --from` requires).
    let keys = admin.get("/api/v1/signing-keys").json();
    inst.ok(&[
        "trust",
        "add",
        keys["keys"][0]["public_key"].as_str().unwrap(),
    ]);
    server.stop();
    for mode in ["legacy", MODERN] {
        sdk(&[
            "--stdio",
            "--command",
            BIN,
            &format!(
                "--args=--config-dir {} mcp --from {}",
                inst.cfg().display(),
                archive.display()
            ),
            "--mode",
            mode,
            "--offline",
        ]);
    }
    inst.verify();
}

/// One raw MCP POST.
fn post(server: &Server, headers: &[(&str, &str)], body: &str) -> Resp {
    let mut raw = format!(
        "POST /mcp HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        server.addr,
        body.len()
    );
    for (k, v) in headers {
        raw.push_str(&format!("{k}: {v}\r\n"));
    }
    raw.push_str("\r\n");
    raw.push_str(body);
    request(server.addr, &raw).unwrap()
}

/// A stateless-era request with every header that era requires (`Mcp-Name` from the body).
fn rpc(server: &Server, key: &str, method: &str, params: Value) -> Resp {
    let name = ["name", "uri"]
        .iter()
        .find_map(|k| params.get(*k).and_then(Value::as_str))
        .map(str::to_string);
    let bearer = format!("Bearer {key}");
    let mut headers = vec![
        ACCEPT,
        ("Authorization", bearer.as_str()),
        ("MCP-Protocol-Version", MODERN),
        ("Mcp-Method", method),
    ];
    if let Some(n) = &name {
        headers.push(("Mcp-Name", n.as_str()));
    }
    post(server, &headers, &modern(method, params))
}

/// `tools/call` in the stateless era.
pub(crate) fn tool(server: &Server, key: &str, name: &str, args: Value) -> Resp {
    rpc(
        server,
        key,
        "tools/call",
        json!({ "name": name, "arguments": args }),
    )
}

fn modern(method: &str, params: Value) -> String {
    let mut p = params;
    p["_meta"] = json!({ "io.modelcontextprotocol/protocolVersion": MODERN,
                         "io.modelcontextprotocol/clientCapabilities": {} });
    json!({ "jsonrpc": "2.0", "id": 7, "method": method, "params": p }).to_string()
}

const ACCEPT: (&str, &str) = ("Accept", "application/json, text/event-stream");

#[test]
fn every_transport_rule_and_refusal_is_enforced() {
    let inst = Instance::new("mcp-wire");
    inst.init();
    let server = inst.serve(&["--mcp-rate-per-minute", "400"]);
    let admin = server.setup_admin();
    seed(&admin);
    let k = key(&admin, "mcp:write");
    let bearer = format!("Bearer {k}");
    let auth = ("Authorization", bearer.as_str());
    let tools_call = |name: &str, args: Value| tool(&server, &k, name, args);

    // Stateless era: a call that works, with the result fields the revision requires.
    let r = tools_call("rules_for_path", json!({ "path": "web/src/app.ts" }));
    assert_eq!(r.status, 200, "{}", r.text());
    let res = &r.json()["result"];
    assert_eq!(res["resultType"], "complete");
    let sc = &res["structuredContent"];
    let slugs: Vec<&str> = sc["standards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["logging", "typescript-errors"], "{sc:#}");
    assert_eq!(sc["language"], "typescript");
    let ex = &sc["standards"][1]["rules"][0]["examples"];
    assert_eq!(ex.as_array().unwrap().len(), 1, "{ex}");
    assert_eq!(ex[0]["language"], "typescript");
    // The Go standard's exclusion holds; a tiny byte budget drops examples, then standards.
    let go = tools_call("rules_for_path", json!({ "path": "vendor/x/y.go" })).json();
    assert_eq!(
        go["result"]["structuredContent"]["standards"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Edits reach the compiled scopes: the index is brought up to date from what changed (one
    // standard re-read), and rebuilt when a standard comes or goes.
    let slugs_for = |path: &str| -> Vec<String> {
        let r = tools_call("rules_for_path", json!({ "path": path })).json();
        r["result"]["structuredContent"]["standards"]
            .as_array()
            .unwrap_or_else(|| panic!("{r}"))
            .iter()
            .map(|s| s["slug"].as_str().unwrap().to_string())
            .collect()
    };
    let base = "/api/v1/orgs/acme/spaces/default";
    let scope_go = |scope: Value, version: &str| {
        let body = json!({ "name": "Go only", "description": "Go code.", "scope": scope,
                           "rules": [{ "text": "Wrap errors." }] });
        let r = admin.send_bytes(
            "PUT",
            &format!("{base}/standards/go-only"),
            "application/json",
            body.to_string().as_bytes(),
            &[("If-Match", version)],
        );
        assert_eq!(r.status, 200, "{}", r.text());
    };
    scope_go(json!(["web/**/*.ts"]), "\"v1\"");
    assert_eq!(
        slugs_for("web/src/app.ts"),
        ["go-only", "logging", "typescript-errors"]
    );
    assert_eq!(slugs_for("cmd/x.go"), ["logging"]);
    let r = admin.post(
        &format!("{base}/standards"),
        &json!({ "name": "Web", "description": "Web code.", "scope": ["web/**"], "rules": [{ "text": "Use the design system." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        slugs_for("web/src/app.ts"),
        ["go-only", "logging", "typescript-errors", "web"]
    );
    // Purging the newest standard frees its id: a standard created next reuses it at
    // version 1, and the cached index must not answer with the purged one's scope.
    let r = admin.delete(&format!("{base}/standards/web"));
    assert!(r.status < 300, "{}", r.text());
    let r = admin.delete(&format!("{base}/standards/web/purge"));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.post(
        &format!("{base}/standards"),
        &json!({ "name": "Web", "description": "Docs now.", "scope": ["docs/**"], "rules": [{ "text": "Link the design system." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        slugs_for("web/src/app.ts"),
        ["go-only", "logging", "typescript-errors"]
    );
    assert!(slugs_for("docs/a.md").contains(&"web".to_string()));
    let r = admin.delete(&format!("{base}/standards/web"));
    assert!(r.status < 300, "{}", r.text());
    scope_go(json!(["**/*.go", "!vendor/**"]), "\"v2\"");
    assert_eq!(
        slugs_for("web/src/app.ts"),
        ["logging", "typescript-errors"]
    );
    assert_eq!(slugs_for("cmd/x.go"), ["go-only", "logging"]);
    let small = tools_call(
        "rules_for_path",
        json!({ "path": "a.ts", "max_bytes": 1024 }),
    )
    .json();
    let small = &small["result"]["structuredContent"];
    assert_eq!(small["truncated"], true, "{small:#}");
    assert!(small["bytes"].as_u64().unwrap() <= 1024, "{small:#}");
    // lint_snippet: the detector applies within the standard's scope only; caps hold.
    let lint = |path: &str, code: Value| {
        tools_call("lint_snippet", json!({ "path": path, "code": code })).json()["result"].clone()
    };
    let r = lint("src/a.ts", json!("try { f() } catch (e) {}\n"));
    assert_eq!(
        r["structuredContent"]["findings"][0]["standard"], "typescript-errors",
        "{r}"
    );
    assert_eq!(r["structuredContent"]["findings"][0]["rule"], 1, "{r}");
    let r = lint("src/a.py", json!("try { f() } catch (e) {}\n"));
    assert_eq!(r["structuredContent"]["detectors"], 0, "{r}");
    let r = lint("src/a.ts", json!("x".repeat(256 * 1024 + 1)));
    assert_eq!(r["isError"], true, "{r}");
    let r = lint("src/a.ts", json!(42));
    assert_eq!(r["isError"], true, "{r}");
    // A tool failure is a result with isError; an unknown tool is a protocol error.
    let r = tools_call("get_standard", json!({ "slug": "nope" })).json();
    assert_eq!(r["result"]["isError"], true, "{r}");
    let r = tools_call("no_such_tool", json!({})).json();
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // Lists carry ttlMs and cacheScope.
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/list"),
        ],
        &modern("tools/list", json!({})),
    );
    let res = &r.json()["result"];
    assert!(
        res["ttlMs"].as_u64().is_some() && res["cacheScope"] == "private",
        "{res}"
    );

    // Header mismatches: 400 with -32020.
    for headers in [
        vec![
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", "2025-11-25"),
            ("Mcp-Method", "tools/list"),
        ],
        vec![
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "prompts/list"),
        ],
        vec![ACCEPT, auth, ("MCP-Protocol-Version", MODERN)],
    ] {
        let r = post(&server, &headers, &modern("tools/list", json!({})));
        assert_eq!(r.status, 400, "{headers:?} {}", r.text());
        assert_eq!(r.json()["error"]["code"], -32020, "{}", r.text());
    }
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/call"),
            ("Mcp-Name", "search"),
        ],
        &modern(
            "tools/call",
            json!({ "name": "get_standard", "arguments": { "slug": "logging" } }),
        ),
    );
    assert_eq!(
        (r.status, r.json()["error"]["code"].clone()),
        (400, json!(-32020)),
        "{}",
        r.text()
    );
    // The base64 sentinel is decoded before comparing.
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/call"),
            ("Mcp-Name", "=?base64?Z2V0X3N0YW5kYXJk?="),
        ],
        &modern(
            "tools/call",
            json!({ "name": "get_standard", "arguments": { "slug": "logging" } }),
        ),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // An unknown revision: 400 with -32022 and what is supported.
    let body = json!({ "jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": { "_meta": {
        "io.modelcontextprotocol/protocolVersion": "1900-01-01", "io.modelcontextprotocol/clientCapabilities": {} } } });
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", "1900-01-01"),
            ("Mcp-Method", "tools/list"),
        ],
        &body.to_string(),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    let e = &r.json()["error"];
    assert_eq!(
        (e["code"].clone(), e["data"]["requested"].clone()),
        (json!(-32022), json!("1900-01-01"))
    );
    assert_eq!(e["data"]["supported"][0], MODERN);
    // `ping` is gone in the stateless era: 404 with -32601.
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "ping"),
        ],
        &modern("ping", json!({})),
    );
    assert_eq!(
        (r.status, r.json()["error"]["code"].clone()),
        (404, json!(-32601))
    );

    // Handshake era: initialize opens a session; ping works in it; DELETE ends it; then 404.
    let init = json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": { "name": "t", "version": "1" } } });
    let r = post(&server, &[ACCEPT, auth], &init.to_string());
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["result"]["protocolVersion"], "2025-06-18");
    let sid = r.header("Mcp-Session-Id").unwrap().to_string();
    let in_session = [
        ACCEPT,
        auth,
        ("Mcp-Session-Id", sid.as_str()),
        ("MCP-Protocol-Version", "2025-06-18"),
    ];
    let r = post(
        &server,
        &in_session,
        r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
    );
    assert_eq!(r.status, 202);
    let r = post(
        &server,
        &in_session,
        r#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#,
    );
    assert_eq!((r.status, r.json()["result"].clone()), (200, json!({})));
    // SSE when the client accepts only that.
    let sse = [
        ("Accept", "text/event-stream"),
        auth,
        ("Mcp-Session-Id", sid.as_str()),
    ];
    let r = post(
        &server,
        &sse,
        r#"{"jsonrpc":"2.0","id":3,"method":"tools/list"}"#,
    );
    assert_eq!(r.header("Content-Type"), Some("text/event-stream"));
    assert!(
        r.text().starts_with("event: message\ndata: {"),
        "{}",
        r.text()
    );
    // Another key cannot use this session.
    let other = format!("Bearer {}", key(&admin, "mcp:read"));
    let r = post(
        &server,
        &[
            ACCEPT,
            ("Authorization", other.as_str()),
            ("Mcp-Session-Id", sid.as_str()),
        ],
        r#"{"jsonrpc":"2.0","id":4,"method":"ping"}"#,
    );
    assert_eq!(r.status, 404);
    // The wrong revision in the header of a session: 400.
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("Mcp-Session-Id", sid.as_str()),
            ("MCP-Protocol-Version", "2025-11-25"),
        ],
        r#"{"jsonrpc":"2.0","id":5,"method":"ping"}"#,
    );
    assert_eq!(r.status, 400);
    let del = format!(
        "DELETE /mcp HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAuthorization: {bearer}\r\nMcp-Session-Id: {sid}\r\n\r\n",
        server.addr
    );
    assert_eq!(request(server.addr, &del).unwrap().status, 204);
    let r = post(
        &server,
        &in_session,
        r#"{"jsonrpc":"2.0","id":6,"method":"ping"}"#,
    );
    assert_eq!(r.status, 404);
    // No session and no revision: 400; GET: 405.
    let r = post(
        &server,
        &[ACCEPT, auth],
        r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#,
    );
    assert_eq!(r.status, 400);
    let get = format!(
        "GET /mcp HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAccept: text/event-stream\r\nAuthorization: {bearer}\r\n\r\n",
        server.addr
    );
    assert_eq!(request(server.addr, &get).unwrap().status, 405);

    // Accept, Origin and Host.
    let r = post(
        &server,
        &[("Accept", "text/html"), auth],
        &modern("tools/list", json!({})),
    );
    assert_eq!(r.status, 406);
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("Origin", "http://evil.example"),
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/list"),
        ],
        &modern("tools/list", json!({})),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    let raw = format!(
        "POST /mcp HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\nAuthorization: {bearer}\r\nContent-Length: 2\r\n\r\n{{}}"
    );
    assert_eq!(request(server.addr, &raw).unwrap().status, 421);

    // Authentication: none, unknown, revoked; the 401 points to the resource metadata.
    let r = post(&server, &[ACCEPT], &modern("tools/list", json!({})));
    assert_eq!(r.status, 401);
    let www = r.header("WWW-Authenticate").unwrap_or("").to_string();
    assert!(
        www.contains("resource_metadata=\"")
            && www.contains("/.well-known/oauth-protected-resource/mcp"),
        "{www}"
    );
    let meta = server.get("/.well-known/oauth-protected-resource/mcp");
    assert_eq!(meta.status, 200);
    assert!(meta.json()["resource"].as_str().unwrap().ends_with("/mcp"));
    let r = post(
        &server,
        &[ACCEPT, ("Authorization", "Bearer rbk_0000")],
        &modern("tools/list", json!({})),
    );
    assert_eq!(r.status, 401);
    let keys = admin.get("/api/v1/orgs/acme/apikeys").json();
    let read_id = keys["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["scope"] == "mcp:read")
        .unwrap()["id"]
        .clone();
    assert_eq!(
        admin
            .delete(&format!("/api/v1/orgs/acme/apikeys/{read_id}"))
            .status,
        200
    );
    let r = post(
        &server,
        &[
            ACCEPT,
            ("Authorization", other.as_str()),
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/list"),
        ],
        &modern("tools/list", json!({})),
    );
    assert_eq!(r.status, 401, "a revoked key still works");
    // An MCP-only key opens no REST route.
    let mut rest = server.client();
    rest.bearer = Some(k.clone());
    assert_eq!(rest.get("/api/v1/orgs/acme/spaces").status, 403);
    assert_eq!(rest.get("/api/v1/auth/me").status, 403);

    // Malformed JSON-RPC: clear errors, and the server stays up.
    for (body, status, code) in [
        (
            &b"[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"[..],
            400,
            -32600,
        ),
        (b"{\"jsonrpc\":\"2.0\",\"id\":", 400, -32700),
        (b"\xff\xfe{}", 400, -32700),
        (
            b"{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}",
            400,
            -32600,
        ),
        (b"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 400, -32600),
    ] {
        let mut raw = format!(
            "POST /mcp HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAccept: application/json\r\nAuthorization: {bearer}\r\nContent-Length: {}\r\n\r\n",
            server.addr,
            body.len()
        )
        .into_bytes();
        raw.extend_from_slice(body);
        let r = request_bytes(server.addr, &raw).unwrap();
        assert_eq!(r.status, status, "{}", r.text());
        assert_eq!(r.json()["error"]["code"], code, "{}", r.text());
    }
    let huge = modern(
        "tools/call",
        json!({ "name": "search", "arguments": { "query": "x".repeat(2 << 20) } }),
    );
    let r = post(
        &server,
        &[
            ACCEPT,
            auth,
            ("MCP-Protocol-Version", MODERN),
            ("Mcp-Method", "tools/call"),
            ("Mcp-Name", "search"),
        ],
        &huge,
    );
    assert_eq!(r.status, 413, "{}", r.text());
    assert_eq!(server.get("/healthz").status, 200);
    server.stop();
    inst.verify();
}

#[test]
fn spaces_roles_and_the_rate_limit_apply_to_mcp_as_to_rest() {
    let inst = Instance::new("mcp-authz");
    inst.init();
    let server = inst.serve(&["--mcp-rate-per-minute", "12"]);
    let admin = server.setup_admin();
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Secret", "slug": "secret", "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/secret/standards",
        &json!({ "name": "Hidden zebracorn", "description": "Private.", "rules": [{ "text": "Keep it." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let viewer = join(&admin, "viewer", "vera", "a long viewer passphrase");
    // A viewer may not mint a write key; a read key sees no private space.
    let r = viewer.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "w", "scope": "mcp:write" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let vk = key(&viewer, "mcp:read");
    let call = |name: &str, args: Value| tool(&server, &vk, name, args);
    let r = call("search", json!({ "query": "zebracorn" })).json();
    assert_eq!(r["result"]["structuredContent"]["hits"], json!([]), "{r}");
    let r = call(
        "get_standard",
        json!({ "slug": "hidden-zebracorn", "space": "secret" }),
    )
    .json();
    assert_eq!(r["result"]["isError"], true, "{r}");
    let read = rpc(
        &server,
        &vk,
        "resources/read",
        json!({ "uri": "rulebook://acme/secret/standards/hidden-zebracorn" }),
    )
    .json();
    assert_eq!(read["error"]["code"], -32602, "{read}");
    // The admin's key sees it.
    let ak = key(&admin, "mcp:read");
    let r = tool(&server, &ak, "search", json!({ "query": "zebracorn" })).json();
    assert_eq!(
        r["result"]["structuredContent"]["hits"][0]["space"], "secret",
        "{r}"
    );
    // The rate limit is per key: the viewer's key runs out, the admin's does not.
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(call("list_standards", json!({})).status);
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(rpc(&server, &ak, "tools/list", json!({})).status, 200);
    server.stop();
    inst.verify();
}

#[test]
fn mcp_config_prints_agent_configs_that_reference_the_key_by_variable() {
    let inst = Instance::new("mcp-config");
    for agent in ["claude", "cursor", "copilot", "gemini", "codex", "windsurf"] {
        let out = inst.ok(&[
            "mcp",
            "config",
            "--agent",
            agent,
            "--server",
            "https://rb.example.com",
        ]);
        assert!(
            out.contains("RULEBOOK_API_KEY") || out.contains("\"mcp\""),
            "{agent}: {out}"
        );
        assert!(!out.contains("rbk_"), "{agent}: {out}");
    }
    let out = inst.run(&[
        "mcp",
        "config",
        "--agent",
        "nope",
        "--server",
        "https://rb.example.com",
    ]);
    assert_ne!(crate::harness::code(&out), 0);
}

/// A raw form POST.
fn form_post(server: &Server, path: &str, form: &str) -> Resp {
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        server.addr,
        form.len()
    );
    request(server.addr, &raw).unwrap()
}

fn query_of(url: &str) -> std::collections::HashMap<String, String> {
    url.split_once('?')
        .map(|(_, q)| q)
        .unwrap_or("")
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace("%3A", ":").replace("%2F", "/")))
        .collect()
}

#[test]
fn an_mcp_client_signs_in_with_oauth_and_pkce_and_gets_a_revocable_key() {
    use rulebook::model::oauth::{encode, s256};
    let inst = Instance::new("mcp-oauth");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let anon = server.client();
    // Discovery: /mcp's metadata names this server as its authorization server.
    let prm = anon.get("/.well-known/oauth-protected-resource/mcp").json();
    assert_eq!(prm["authorization_servers"][0], server.url);
    let asm = anon.get("/.well-known/oauth-authorization-server").json();
    assert_eq!(asm["code_challenge_methods_supported"], json!(["S256"]));
    assert_eq!(asm["token_endpoint"], format!("{}/oauth/token", server.url));
    // Registration: https or loopback redirect URIs only.
    let r = anon.post(
        "/oauth/register",
        &json!({ "redirect_uris": ["http://evil.example/cb"] }),
    );
    assert_eq!(
        (r.status, r.json()["error"].clone()),
        (400, json!("invalid_redirect_uri"))
    );
    let cb = "http://127.0.0.1:9/callback";
    let r = anon.post(
        "/oauth/register",
        &json!({ "redirect_uris": [cb], "client_name": "Test agent", "token_endpoint_auth_method": "none" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let client_id = r.json()["client_id"].as_str().unwrap().to_string();
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more";
    let challenge = s256(verifier);
    let authorize = |redirect: &str, extra: &str| {
        anon.get(&format!(
            "/oauth/authorize?response_type=code&client_id={client_id}&redirect_uri={}&code_challenge={challenge}&code_challenge_method=S256&state=st4te&scope=mcp%3Aread&resource={}{extra}",
            encode(redirect),
            encode(&format!("{}/mcp", server.url))
        ))
    };
    // The browser goes to the consent page; an unregistered redirect URI is never followed;
    // a request without PKCE goes back to the client with an error.
    let r = authorize(cb, "");
    assert_eq!(r.status, 302, "{}", r.text());
    assert!(
        r.header("Location").unwrap().starts_with("/#/authorize?"),
        "{:?}",
        r.header("Location")
    );
    let r = authorize("http://127.0.0.1:9/other", "");
    assert_eq!(r.status, 400);
    assert!(r.header("Location").is_none());
    let r = anon.get(&format!(
        "/oauth/authorize?response_type=code&client_id={client_id}&redirect_uri={}&state=s",
        encode(cb)
    ));
    assert_eq!(r.status, 302);
    assert!(
        r.header("Location")
            .unwrap()
            .contains("error=invalid_request")
    );
    // The signed-in user allows it (a session with its CSRF token; an API key cannot).
    let consent = json!({ "client_id": client_id, "redirect_uri": cb, "code_challenge": challenge,
                          "state": "st4te", "scope": "mcp:read", "org": "acme", "approve": true });
    let mut keyed = server.client();
    keyed.bearer = Some(key(&admin, "write"));
    assert_eq!(keyed.post("/api/v1/oauth/authorize", &consent).status, 403);
    let r = admin.post("/api/v1/oauth/authorize", &consent);
    assert_eq!(r.status, 200, "{}", r.text());
    let back = r.json()["redirect"].as_str().unwrap().to_string();
    assert!(back.starts_with(cb), "{back}");
    let q = query_of(&back);
    assert_eq!(q["state"], "st4te");
    assert_eq!(q["iss"], server.url);
    let code = q["code"].clone();
    // The token endpoint wants the right verifier, client and redirect URI.
    let token = |verifier: &str, redirect: &str| {
        form_post(
            &server,
            "/oauth/token",
            &format!(
                "grant_type=authorization_code&code={code}&client_id={client_id}&redirect_uri={}&code_verifier={verifier}",
                encode(redirect)
            ),
        )
    };
    let wrong = "x".repeat(43);
    let r = token(&wrong, cb);
    assert_eq!(
        (r.status, r.json()["error"].clone()),
        (400, json!("invalid_grant"))
    );
    let r = token(verifier, "http://127.0.0.1:9/other");
    assert_eq!(r.status, 400);
    let r = token(verifier, cb);
    assert_eq!(r.status, 200, "{}", r.text());
    let t = r.json();
    assert_eq!(
        (t["token_type"].clone(), t["scope"].clone()),
        (json!("Bearer"), json!("mcp:read"))
    );
    let access = t["access_token"].as_str().unwrap().to_string();
    let bearer = format!("Bearer {access}");
    let list = || {
        post(
            &server,
            &[
                ACCEPT,
                ("Authorization", bearer.as_str()),
                ("MCP-Protocol-Version", MODERN),
                ("Mcp-Method", "tools/list"),
            ],
            &modern("tools/list", json!({})),
        )
        .status
    };
    assert_eq!(list(), 200);
    // It is an ordinary key of the user: listed, named after the client.
    let keys = admin.get("/api/v1/orgs/acme/apikeys").json();
    assert!(
        keys["keys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["name"] == "MCP: Test agent" && k["scope"] == "mcp:read"),
        "{keys:#}"
    );
    // A replayed code is refused and revokes the token it produced.
    let r = token(verifier, cb);
    assert_eq!(
        (r.status, r.json()["error"].clone()),
        (400, json!("invalid_grant"))
    );
    assert_eq!(list(), 401);
    // Denying sends the browser back with access_denied.
    let mut deny = consent.clone();
    deny["approve"] = json!(false);
    let r = admin.post("/api/v1/oauth/authorize", &deny);
    assert!(
        r.json()["redirect"]
            .as_str()
            .unwrap()
            .contains("error=access_denied"),
        "{}",
        r.text()
    );
    server.stop();
    inst.verify();
}

#[test]
fn install_mcp_writes_each_agents_project_config_and_keeps_other_servers() {
    let inst = Instance::new("mcp-install");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    cli_login(&inst, &server, &admin, "read");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::write(
        repo.join(".mcp.json"),
        "{\n  \"mcpServers\": {\n    \"other\": { \"command\": \"other-server\" }\n  }\n}\n",
    )
    .unwrap();
    let repo_s = repo.to_str().unwrap();
    let args = [
        "install",
        "backend",
        "-p",
        repo_s,
        "--agents",
        "claude,cursor,copilot,windsurf",
        "--mcp",
    ];
    let out = inst.ok(&args);
    assert!(
        out.contains("windsurf reads MCP servers only from"),
        "{out}"
    );
    let claude: Value =
        serde_json::from_slice(&std::fs::read(repo.join(".mcp.json")).unwrap()).unwrap();
    assert_eq!(claude["mcpServers"]["other"]["command"], "other-server");
    assert_eq!(
        claude["mcpServers"]["rulebook"]["url"],
        format!("{}/mcp", server.url)
    );
    for f in [".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json"] {
        let text = std::fs::read_to_string(repo.join(f)).unwrap();
        assert!(
            text.contains("RULEBOOK_API_KEY") && !text.contains("rbk_"),
            "{f}: {text}"
        );
    }
    // Again: nothing changes.
    let out = inst.ok(&args);
    assert!(out.contains("mcp: .mcp.json unchanged"), "{out}");
    server.stop();
    inst.verify();
}
