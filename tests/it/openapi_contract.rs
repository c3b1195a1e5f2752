//! The API contract: schemathesis (PyPI) reads the served `/api/v1/openapi.json` and sends
//! every operation property-based requests with an admin API key, over a seeded instance (a
//! space, one artifact of each kind, a package with a release, a proposal) so GETs of real
//! objects are checked too. It fails on any 5xx, any undocumented status, a wrong content type
//! or an answer that does not match its schema. Then the database verifies.

use std::process::Command;

use serde_json::json;

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

const CONFIG: &str = r#"
[parameters]
"path.org" = "acme"
"path.space" = "default"
"path.package" = "baseline"
"path.template" = "rust-error-handling"
"path.proposal" = 1

[[operations]]
include-path-regex = "/standards/"
parameters = { "path.slug" = "error-handling" }

[[operations]]
include-path-regex = "/commands/"
parameters = { "path.slug" = "review" }

[[operations]]
include-path-regex = "/subagents/"
parameters = { "path.slug" = "reviewer" }

[[operations]]
include-path-regex = "/skills/"
parameters = { "path.slug" = "pdf-tools" }

[[operations]]
include-path-regex = "/policies/"
parameters = { "path.slug" = "safe-shell" }
"#;

/// The content the document's path examples name (`error-handling`, `review`, ...).
fn seed(admin: &Client) {
    let created = |path: &str, body: serde_json::Value| {
        let r = admin.post(path, &body);
        assert_eq!(r.status, 201, "{path}: {}", r.text());
    };
    created(
        &format!("{BASE}/standards"),
        json!({ "name": "Error handling", "description": "How errors are handled.", "scope": ["src/**/*.rs"],
                "rules": [{ "text": "Return errors; never panic on input.", "severity": "error",
                            "examples": [{ "language": "rust", "good": "fn f() -> Result<(), E>", "bad": "x.unwrap()" }] }] }),
    );
    created(
        &format!("{BASE}/commands"),
        json!({ "name": "Review", "description": "Review the diff.", "body": "Review the staged changes." }),
    );
    created(
        &format!("{BASE}/subagents"),
        json!({ "name": "Reviewer", "description": "Reviews code.", "tools": ["Read"], "body": "You review code." }),
    );
    created(
        &format!("{BASE}/skills"),
        json!({ "name": "pdf-tools", "description": "Work with PDF files.", "body": "Use the scripts.",
                "files": [{ "path": "scripts/run.sh", "content": "#!/bin/sh\n", "executable": true }] }),
    );
    created(
        &format!("{BASE}/policies"),
        json!({ "name": "Safe shell", "description": "What agents may run without asking.",
                "permissions": [{ "effect": "deny", "on": "shell", "match": "git push" }],
                "hooks": [{ "event": "before_shell", "command": "scripts/agent/guard.sh", "timeout_s": 30 }] }),
    );
    created(
        &format!("{BASE}/packages"),
        json!({ "name": "Baseline", "slug": "baseline", "items": [
            { "kind": "standard", "slug": "error-handling" }, { "kind": "command", "slug": "review" } ] }),
    );
    created(
        &format!("{BASE}/packages/baseline/releases"),
        json!({ "notes": "first" }),
    );
    created(
        &format!("{BASE}/standards/error-handling/proposals?base_version=1"),
        json!({ "name": "Error handling", "description": "Proposed wording.", "scope": ["src/**/*.rs"],
                "rules": [{ "text": "Return errors.", "severity": "error" }] }),
    );
    created(
        "/api/v1/orgs/acme/spaces",
        json!({ "name": "Backend", "slug": "backend", "visibility": "open" }),
    );
}

/// Checks `[schema name, answer]` pairs against the served document's component schemas.
fn conforms(inst: &Instance, server: &Server, python: &str, answers: &serde_json::Value) {
    let spec = inst.tmp.path().join("spec.json");
    std::fs::write(&spec, server.get("/api/v1/openapi.json").body).unwrap();
    let pairs = inst.tmp.path().join("answers.json");
    std::fs::write(&pairs, answers.to_string()).unwrap();
    let out = Command::new(python)
        .arg("-c")
        .arg(
            "import json, sys, jsonschema\n\
             spec = json.load(open(sys.argv[1]))\n\
             for name, body in json.load(open(sys.argv[2])):\n\
             \x20   schema = {'$ref': '#/components/schemas/' + name, 'components': spec['components']}\n\
             \x20   jsonschema.Draft202012Validator(schema).validate(body)\n",
        )
        .arg(&spec)
        .arg(&pairs)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "an answer does not match its schema: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn schemathesis_finds_no_server_error_and_no_schema_mismatch() {
    let inst = Instance::new("openapi-contract");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed(&admin);
    let r = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "schemathesis", "scope": "admin" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let key = r.json()["key"].as_str().unwrap().to_string();
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    // Session-only operations answer a key with 403, so schemathesis cannot reach them: their
    // answers to the admin's session are checked against their schemas here.
    let answers = json!([
        ["NewApiKey", r.json()],
        ["ApiKeys", admin.get("/api/v1/orgs/acme/apikeys").json()],
        ["Sessions", admin.get("/api/v1/sessions").json()],
        ["Me", admin.get("/api/v1/auth/me").json()],
        [
            "StandardProposalDetail",
            admin
                .get(&format!("{BASE}/standards/error-handling/proposals/1"))
                .json()
        ],
        [
            "SpaceProposals",
            admin.get(&format!("{BASE}/proposals")).json()
        ],
    ]);
    conforms(&inst, &server, &python, &answers);

    let report = inst.tmp.path().join("schemathesis");
    // Bounded so the run takes a minute or two on two busy cores; a deeper run sets both
    // (RULEBOOK_CONTRACT_EXAMPLES=200 RULEBOOK_CONTRACT_SEED=$RANDOM).
    let examples = std::env::var("RULEBOOK_CONTRACT_EXAMPLES").unwrap_or_else(|_| "20".into());
    let seed = std::env::var("RULEBOOK_CONTRACT_SEED").unwrap_or_else(|_| "16".into());
    // Requests name the seeded organization, space and objects, so bodies reach the handlers'
    // logic instead of stopping at a 404 for a random organization.
    let config = inst.tmp.path().join("schemathesis.toml");
    std::fs::write(&config, CONFIG).unwrap();
    let run = || {
        Command::new(&python)
            .args(["-m", "schemathesis.cli", "--config-file"])
            .arg(&config)
            .arg("run")
            .arg(format!("http://{}/api/v1/openapi.json", server.addr))
            .args(["-H", &format!("Authorization: Bearer {key}")])
            .args([
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                "--phases",
                "examples,coverage,fuzzing",
                "--max-examples",
                &examples,
                "--workers",
                "2",
                "--seed",
                &seed,
                "--suppress-health-check",
                "all",
                "--generation-database",
                "none",
                "--request-timeout",
                "30",
                "--no-color",
                "--report-dir",
            ])
            .arg(&report)
            // Not REST: /mcp is JSON-RPC (its own tests drive it with the MCP SDK and Inspector).
            .args(["--exclude-path-regex", "^/mcp$"])
            // Browser redirect flow: answers 302 to the UI; the OAuth tests in mcp.rs cover it.
            .args(["--exclude-path", "/oauth/authorize"])
            .current_dir(inst.tmp.path())
            .output()
            .expect("schemathesis is installed in the test venv (scripts/test.sh)")
    };
    // CPython 3.11 sometimes fails inside Hypothesis's own code generation under two workers
    // ("SystemError: AST constructor recursion depth mismatch"): an interpreter fault, not a
    // finding about the server, so that one error alone earns a second run.
    let mut out = run();
    if !out.status.success() && String::from_utf8_lossy(&out.stdout).contains("SystemError") {
        out = run();
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "schemathesis found problems:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The key still works: nothing in the run revoked it.
    let keyed = Client {
        bearer: Some(key),
        cookie: None,
        csrf: None,
        ..admin.clone()
    };
    assert_eq!(keyed.get("/api/v1/auth/me").status, 200);
    server.stop();
    inst.verify();
}

#[test]
fn validation_errors_name_fields_as_people_see_them_and_keep_the_path() {
    let inst = Instance::new("openapi-fields");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post(
        &format!("{BASE}/standards"),
        &json!({ "name": "Logging", "rules": [
            { "text": "Log once." },
            { "text": " ", "examples": [{ "language": "cobol", "good": "x" }] } ] }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let e = &r.json()["error"];
    assert_eq!(e["code"], "RB-HTTP-INVALID");
    assert_eq!(
        e["message"],
        "rule 2: text is required; rule 2, example 1: language \"cobol\" is not one of the supported languages"
    );
    assert_eq!(e["field"], "rules[1].text");
    assert_eq!(e["problems"][1]["field"], "rules[1].examples[0].language");
    assert_eq!(e["problems"].as_array().unwrap().len(), 2);
    // Other refusals keep the plain shape.
    let r = admin.post(
        &format!("{BASE}/standards"),
        &json!({ "name": "x", "body": "y" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.json()["error"].get("field").is_none());
    server.stop();
    inst.verify();
}
