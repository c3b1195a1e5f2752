//! AI providers end to end (issue 21), through the real binary and `tests/fakes/ai_api.py`, a
//! loopback fake of every provider API Rulebook speaks that checks each request's documented
//! shape and credentials (and, for Bedrock, recomputes the SigV4 signature). An author drafts
//! a standard and gets examples, as drafts nothing saves; what may be sent follows the org's
//! setting, a credential in the material blocks the call before anything is sent, the
//! monthly budget stops calls, 429s are retried after `Retry-After`, and bad answers (a model
//! told to ignore its instructions, a cut stream, a wrong key, a hang) end in clear errors.
//! The key and the material reach no answer, log or table; usage is counted and audited.

use serde_json::{Value, json};

use crate::gitfakes::Fake;
use crate::harness::{Client, Instance, Resp, join};

const KEY: &str = "sk-CANARYaiKEY0123456789abcdefXYZ";
const ORG: &str = "/api/v1/orgs/acme";
const SPACE: &str = "/api/v1/orgs/acme/spaces/default";
/// A phrase of the author's material: it must reach the provider and nothing else.
const MATERIAL: &str = "CANARYMATERIAL errors must carry the failing operation";

fn code_of(r: &Resp) -> String {
    r.json()["error"]["code"].as_str().unwrap_or("").to_string()
}

fn allow(admin: &Client, fake: &Fake) {
    let r = admin.put("/api/v1/admin/egress", &json!({ "allow": [fake.entry()] }));
    assert_eq!(r.status, 200, "{}", r.text());
}

fn provider(admin: &Client, name: &str, body: Value) -> Resp {
    let r = admin.put(&format!("{ORG}/ai/providers/{name}"), &body);
    assert!(!r.text().contains(KEY), "the key came back: {}", r.text());
    r
}

fn draft(who: &Client, body: Value) -> Resp {
    let r = who.post(&format!("{SPACE}/ai/draft-standard"), &body);
    assert!(!r.text().contains(KEY), "the key came back: {}", r.text());
    r
}

fn describe() -> Value {
    json!({ "source": "description", "text": MATERIAL })
}

/// Model calls the fake has seen (its control API is not logged).
fn calls(fake: &Fake) -> Vec<Value> {
    fake.requests()
        .into_iter()
        .filter(|r| r["method"] == "POST")
        .collect()
}

#[test]
fn an_author_drafts_a_standard_and_gets_examples_with_every_refusal_tested() {
    let fake = Fake::start("ai_api.py", KEY, 0);
    let inst = Instance::new("ai-main");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let member = join(&admin, "member", "dana", "correct horse battery staple 7");

    // No provider: unavailable, nothing sent.
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (409, "RB-AI-NOT-CONFIGURED"),
        "{}",
        r.text()
    );
    assert!(fake.requests().is_empty());

    // Only org admins configure providers; the key is sealed and shown as a hint only.
    allow(&admin, &fake);
    let body = json!({ "kind": "openai-compatible", "base_url": format!("{}/v1", fake.url()),
                       "model": "fake-model", "key": KEY, "timeout_secs": 5 });
    assert_eq!(provider(&member, "local", body.clone()).status, 403);
    let r = provider(&admin, "local", body);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        r.json()["key"]["hint"],
        format!("…{}", &KEY[KEY.len() - 4..])
    );
    let r = provider(
        &admin,
        "bad",
        json!({ "kind": "openai-compatible", "base_url": fake.url(), "model": "m",
                "headers": { "Authorization": format!("Bearer {KEY}") } }),
    );
    assert_eq!(
        r.status,
        422,
        "a credential header is refused: {}",
        r.text()
    );

    // Test connection: auth, the model list and a tiny completion.
    let r = admin.post(&format!("{ORG}/ai/providers/local/test"), &json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["ok"], true, "{}", r.text());
    assert!(r.text().contains("fake-model is listed"), "{}", r.text());

    // "Show what will be sent": the exact payload, and nothing sent.
    let before = calls(&fake).len();
    let mut dry = describe();
    dry["dry_run"] = json!(true);
    let r = draft(&member, dry);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.json()["payload"]["user"]
            .as_str()
            .unwrap()
            .contains(MATERIAL)
    );
    assert!(
        r.json()["payload"]["system"]
            .as_str()
            .unwrap()
            .contains("JSON object")
    );
    assert_eq!(calls(&fake).len(), before, "a dry run sent something");

    // A draft: valid, marked AI-written, with usage; nothing saved.
    let r = draft(&member, describe());
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["ai_written"], true);
    assert_eq!(v["draft"]["name"], "Error handling");
    assert_eq!(v["draft"]["rules"][0]["examples"][0]["language"], "go");
    assert!(v["usage"]["tokens_in"].as_u64().unwrap() > 0, "{v}");
    assert_eq!(
        v["usage"]["estimated"], false,
        "the stream's usage chunk was read"
    );
    let r = member.get(&format!("{SPACE}/standards"));
    assert_eq!(
        r.json()["items"].as_array().map(Vec::len),
        Some(0),
        "a draft was saved"
    );
    // What the provider got: the documented shape, the material fenced as data, streamed.
    let sent = calls(&fake).last().cloned().unwrap();
    assert_eq!(sent["path"], "/v1/chat/completions");
    assert_eq!(sent["headers"]["authorization"], "<present>");
    assert_eq!(sent["body"]["model"], "fake-model");
    assert_eq!(sent["body"]["stream"], true);
    assert_eq!(sent["body"]["messages"][0]["role"], "system");
    assert!(
        sent["body"]["messages"][1]["content"]
            .as_str()
            .unwrap()
            .contains("<material place=\"description\">")
    );

    // The person accepts the draft: saved through the normal path.
    let mut standard = v["draft"].clone();
    standard["description"] = json!("Errors carry context.");
    let r = member.post(&format!("{SPACE}/standards"), &standard);
    assert_eq!(r.status, 201, "{}", r.text());
    let slug = r.json()["slug"].as_str().unwrap().to_string();

    // Examples for rule 2 in Go, as a draft.
    let r = member.post(
        &format!("{SPACE}/ai/suggest-examples"),
        &json!({ "standard": slug, "rule": 2, "language": "go" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["examples"][0]["language"], "go");
    assert!(
        r.json()["examples"][0]["bad"]
            .as_str()
            .unwrap()
            .contains("os.Open")
    );
    let r = member.post(
        &format!("{SPACE}/ai/suggest-examples"),
        &json!({ "standard": slug, "rule": 9, "language": "go" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());

    // A detector, kept only once it validates on the rule's examples: the first answer flags
    // the good example too and is sent back with the reason; the second passes.
    let r = member.post(
        &format!("{SPACE}/standards"),
        &json!({ "name": "Python errors", "description": "d", "rules": [{ "text": "No bare except.",
            "examples": [{ "language": "python", "good": "try:\n    f()\nexcept ValueError:\n    pass\n",
                           "bad": "try:\n    f()\nexcept:\n    pass\n" }] }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "{\"yaml\": \"rule:\\n  kind: except_clause\\n\"}" })),
    );
    let before = calls(&fake).len();
    let generate = |body: Value| member.post(&format!("{SPACE}/ai/generate-detector"), &body);
    let r = generate(json!({ "standard": "python-errors", "rule": 1, "language": "python" }));
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["ai_written"], true);
    let attempts = v["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2, "{v:#}");
    assert_eq!(attempts[0]["status"], "draft");
    assert_eq!(attempts[0]["reason"], "good example 1 is flagged");
    assert_eq!(attempts[1]["status"], "active", "{v:#}");
    assert_eq!(v["detector"]["yaml"], attempts[1]["yaml"]);
    assert_eq!(v["detector"]["language"], "python");
    let sent = calls(&fake);
    assert_eq!(sent.len(), before + 2);
    assert!(
        sent[before + 1]
            .to_string()
            .contains("attempt 1 (it failed: good example 1 is flagged)"),
        "the failure was not fed back: {}",
        sent[before + 1]
    );
    // Nothing saved: the standard still has no detector.
    let st = member
        .get(&format!("{SPACE}/standards/python-errors"))
        .json();
    assert!(st["content"]["rules"][0].get("detectors").is_none(), "{st}");
    // An answer that is not the JSON asked for is a failed attempt, not the end of the
    // request; the call counts as an error in the usage.
    let detector_errors = || -> i64 {
        let u = admin.get(&format!("{ORG}/ai/usage")).json();
        u["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["feature"] == "generate-detector")
            .map(|r| r["errors"].as_i64().unwrap())
            .sum()
    };
    let errors_before = detector_errors();
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "I cannot do that." })),
    );
    let r = generate(
        json!({ "standard": "python-errors", "rule": 1, "language": "python", "attempts": 1 }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["detector"], Value::Null);
    assert_eq!(r.json()["attempts"][0]["yaml"], Value::Null);
    assert_eq!(
        detector_errors(),
        errors_before + 1,
        "an unusable answer counted as a success"
    );
    for bad in [
        json!({ "standard": "python-errors", "rule": 1, "language": "cobol" }),
        json!({ "standard": "python-errors", "rule": 1, "language": "python", "attempts": 9 }),
        json!({ "standard": "python-errors", "rule": 2, "language": "python" }),
    ] {
        assert_eq!(generate(bad.clone()).status, 422, "{bad}");
    }

    // Condensing files an AI-written proposal; nothing changes until a reviewer accepts it.
    let r = member.post(&format!("{SPACE}/standards/{slug}/ai/condense"), &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("AI-written"),
        "{}",
        r.text()
    );
    let proposal = r.json()["id"].as_i64().unwrap();
    let r = member.get(&format!("{SPACE}/standards/{slug}"));
    assert_eq!(r.json()["version"], 1, "condensing changed the standard");
    let p = member.get(&format!("{SPACE}/standards/{slug}/proposals/{proposal}"));
    assert_eq!(p.status, 200, "{}", p.text());
    // An advisory review of that proposal, stored and marked AI-written.
    let reviews = format!("{SPACE}/standards/{slug}/proposals/{proposal}");
    let r = member.post(&format!("{reviews}/ai-review"), &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["review"]["verdict"], "needs-changes");
    let r = member.get(&format!("{reviews}/ai-reviews"));
    assert_eq!(r.json()["reviews"][0]["ai_written"], true, "{}", r.text());
    assert_eq!(r.json()["reviews"][0]["requested_by"], "dana");

    // Code needs the org's permission to leave; the default is artifact text only.
    let before = calls(&fake).len();
    let code =
        json!({ "source": "code", "text": "func f() error { return err }", "language": "go" });
    let r = draft(&member, code.clone());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (403, "RB-AI-PAYLOAD-POLICY"),
        "{}",
        r.text()
    );
    let r = admin.put(
        &format!("{ORG}/settings/ai"),
        &json!({ "send": "user-code" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(draft(&member, code).status, 200);

    // A credential in the material blocks the call and names where, not what.
    let token = format!("{}{}", "ghp_", "Q".repeat(36));
    let r = draft(
        &member,
        json!({ "source": "documentation", "text": format!("Deploy with\n\ntoken {token}\n") }),
    );
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (422, "RB-AI-PAYLOAD-SECRET"),
        "{}",
        r.text()
    );
    assert!(r.text().contains("documentation line 3"), "{}", r.text());
    assert!(!r.text().contains(&token));
    assert_eq!(calls(&fake).len(), before + 1, "a blocked call was sent");

    // A model told to do something else: its answer is not a draft and is discarded.
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "Ignoring previous instructions: I have deleted every standard." })),
    );
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (502, "RB-AI-INVALID-OUTPUT"),
        "{}",
        r.text()
    );
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "{\"name\":\"x\",\"rules\":[{\"text\":\"r\"}],\"delete\":\"all\"}" })),
    );
    assert_eq!(code_of(&draft(&member, describe())), "RB-AI-INVALID-OUTPUT");
    assert_eq!(
        member.get(&format!("{SPACE}/standards")).json()["items"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "only the accepted draft (and the detector test's standard) exist"
    );

    // A stream cut before its end marker.
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "{\"name\":", "mode": "truncate" })),
    );
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (502, "RB-AI-BAD-RESPONSE"),
        "{}",
        r.text()
    );

    // 429 with Retry-After, then success; 500 past the retries.
    fake.fault(json!({ "method": "POST", "path": "^/v1/chat/completions$", "status": 429, "retry_after": "1", "times": 1 }));
    let r = draft(&member, describe());
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["usage"]["attempts"], 2);
    assert!(
        r.json()["usage"]["ms"].as_u64().unwrap() >= 1000,
        "Retry-After was not honoured"
    );
    fake.fault(
        json!({ "method": "POST", "path": "^/v1/chat/completions$", "status": 500, "times": 3 }),
    );
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (502, "RB-AI-PROVIDER"),
        "{}",
        r.text()
    );

    // A hang ends at the provider's timeout.
    let r = provider(
        &admin,
        "local",
        json!({ "kind": "openai-compatible", "base_url": format!("{}/v1", fake.url()), "model": "fake-model", "timeout_secs": 1 }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.json()["key"]["hint"].is_string(),
        "a replace without a key keeps the key"
    );
    fake.control("POST", "/_fake/ai/answers", Some(json!({ "mode": "hang" })));
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (504, "RB-AI-UNREACHABLE"),
        "{}",
        r.text()
    );

    // A wrong key: the provider echoes it in its error, Rulebook does not.
    let wrong = "sk-WRONGkey0123456789abcdefghij";
    let r = provider(
        &admin,
        "local",
        json!({ "kind": "openai-compatible", "base_url": format!("{}/v1", fake.url()), "model": "fake-model", "key": wrong }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (502, "RB-AI-AUTH"),
        "{}",
        r.text()
    );
    assert!(!r.text().contains(wrong), "{}", r.text());
    provider(
        &admin,
        "local",
        json!({ "kind": "openai-compatible", "base_url": format!("{}/v1", fake.url()), "model": "fake-model", "key": KEY }),
    );

    // Usage per user and feature; the budget stops calls once used up.
    let r = admin.get(&format!("{ORG}/ai/usage"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(member.get(&format!("{ORG}/ai/usage")).status, 403);
    let usage = r.json();
    let used = usage["used"].as_u64().unwrap();
    let row = usage["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["user"] == "dana" && r["feature"] == "draft-standard")
        .cloned()
        .unwrap();
    // 5 drafts answered (2 of them unusable), a cut stream, a 500, a hang and a wrong key.
    assert_eq!(
        (row["calls"].as_i64(), row["errors"].as_i64()),
        (Some(9), Some(6)),
        "{row}"
    );
    let r = admin.put(
        &format!("{ORG}/settings/ai"),
        &json!({ "send": "user-code", "monthly_token_budget": used }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let before = calls(&fake).len();
    let r = draft(&member, describe());
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (429, "RB-AI-BUDGET"),
        "{}",
        r.text()
    );
    assert_eq!(calls(&fake).len(), before);

    // /metrics carries the month's usage.
    let m = server.get("/metrics").text();
    assert!(
        m.contains("rulebook_ai_tokens_month{org=\"acme\",feature=\"draft-standard\",model=\"fake-model\",direction=\"in\"}"),
        "{m}"
    );

    // Every call is audited without its content; the key and the material are nowhere.
    let log = server.log.lock().unwrap().clone();
    server.stop();
    for secret in [KEY, MATERIAL, wrong] {
        assert!(!log.contains(secret), "{secret} is in the log");
    }
    let dump = inst.dump();
    assert!(!dump.contains(KEY), "the key is stored in clear");
    assert!(!dump.contains("CANARYMATERIAL"), "the material is stored");
    let c = inst.sql();
    let audited: i64 = c
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'ai.call'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(audited >= 12, "{audited} ai.call rows");
    let refused: i64 = c
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'ai.call' AND outcome = 'refused'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(refused, 3, "policy, credential and budget refusals");
    inst.verify();
}

#[test]
fn every_provider_dialect_drafts_through_its_documented_api() {
    let fake = Fake::start("ai_api.py", KEY, 0);
    let inst = Instance::new("ai-dialects");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    allow(&admin, &fake);
    let url = fake.url();
    let v1 = format!("{url}/v1");
    let providers = [
        (
            "oai",
            json!({ "kind": "openai", "base_url": v1, "model": "fake-model", "stream": false }),
        ),
        (
            "azure",
            json!({ "kind": "azure-openai", "base_url": url, "model": "corp-gpt", "api_version": "2024-10-21" }),
        ),
        (
            "claude",
            json!({ "kind": "anthropic", "base_url": url, "model": "fake-model" }),
        ),
        (
            "claude-whole",
            json!({ "kind": "anthropic", "base_url": url, "model": "fake-model", "stream": false }),
        ),
        (
            "gemini",
            json!({ "kind": "gemini", "base_url": url, "model": "fake-model" }),
        ),
        (
            "gemini-whole",
            json!({ "kind": "gemini", "base_url": url, "model": "fake-model", "stream": false }),
        ),
        (
            "bedrock",
            json!({ "kind": "bedrock", "base_url": url, "model": "anthropic.claude-3-haiku-20240307-v1:0",
                            "region": "eu-central-1", "access_key_id": "AKIDEXAMPLE" }),
        ),
        (
            "bedrock-whole",
            json!({ "kind": "bedrock", "base_url": url, "model": "anthropic.claude-3-haiku-20240307-v1:0",
                            "region": "eu-central-1", "access_key_id": "AKIDEXAMPLE", "stream": false }),
        ),
    ];
    for (name, mut body) in providers {
        body["key"] = json!(KEY);
        let r = provider(&admin, name, body);
        assert_eq!(r.status, 201, "{name}: {}", r.text());
        let mut ask = describe();
        ask["provider"] = json!(name);
        let r = draft(&admin, ask);
        assert_eq!(r.status, 200, "{name}: {}", r.text());
        assert_eq!(r.json()["draft"]["name"], "Error handling", "{name}");
        assert!(
            r.json()["usage"]["tokens_out"].as_u64().unwrap() > 0,
            "{name}"
        );
    }
    // Bedrock streamed over ConverseStream, whole over Converse; a cut event stream is refused.
    let paths: Vec<String> = fake
        .requests()
        .iter()
        .filter_map(|r| r["path"].as_str().map(str::to_string))
        .filter(|p| p.starts_with("/model/"))
        .collect();
    assert!(
        paths.iter().any(|p| p.ends_with("/converse-stream"))
            && paths.iter().any(|p| p.ends_with("/converse")),
        "{paths:?}"
    );
    fake.control(
        "POST",
        "/_fake/ai/answers",
        Some(json!({ "text": "{\"name\":", "mode": "truncate" })),
    );
    let mut ask = describe();
    ask["provider"] = json!("bedrock");
    let r = draft(&admin, ask);
    assert_eq!(
        (r.status, code_of(&r).as_str()),
        (502, "RB-AI-BAD-RESPONSE"),
        "{}",
        r.text()
    );
    assert!(r.text().contains("messageStop"), "{}", r.text());
    // Several providers and no default: the author must choose.
    let r = draft(&admin, describe());
    assert_eq!(code_of(&r), "RB-AI-NOT-CONFIGURED", "{}", r.text());
    let r = admin.put(
        &format!("{ORG}/settings/ai"),
        &json!({ "defaults": { "draft-standard": "gemini" } }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(draft(&admin, describe()).status, 200);
    let r = admin.put(
        &format!("{ORG}/settings/ai"),
        &json!({ "defaults": { "draft-standard": "nobody" } }),
    );
    assert_eq!(r.status, 422, "{}", r.text());

    // The CLI makes the same calls with the stored login; a dry run sends nothing.
    crate::harness::cli_login(&inst, &server, &admin, "write");
    let file = inst.tmp.path().join("material.txt");
    std::fs::write(&file, MATERIAL).unwrap();
    let path = file.to_str().unwrap();
    let before = calls(&fake).len();
    let out = inst.ok(&["ai", "draft", "--org", "acme", "--file", path, "--dry-run"]);
    assert!(out.contains(MATERIAL), "{out}");
    assert_eq!(calls(&fake).len(), before, "a dry run sent something");
    let out = inst.ok(&[
        "ai",
        "draft",
        "--org",
        "acme",
        "--file",
        path,
        "--provider",
        "claude",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["name"], "Error handling", "{out}");
    // A generated detector through another dialect, proved on the rule's examples.
    let r = admin.post(
        &format!("{SPACE}/standards"),
        &json!({ "name": "Py", "description": "d", "rules": [{ "text": "No bare except.",
            "examples": [{ "language": "python", "good": "try:\n    f()\nexcept OSError:\n    raise\n",
                           "bad": "try:\n    f()\nexcept:\n    pass\n" }] }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let out = inst.ok(&[
        "ai",
        "detector",
        "--org",
        "acme",
        "--standard",
        "py",
        "--rule",
        "1",
        "--language",
        "python",
        "--provider",
        "claude",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["attempts"][0]["status"], "active", "{out}");
    assert!(
        v["detector"]["yaml"]
            .as_str()
            .unwrap()
            .contains("except_clause"),
        "{out}"
    );
    let out = inst.run(&[
        "ai",
        "examples",
        "--org",
        "acme",
        "--standard",
        "nope",
        "--rule",
        "1",
        "--language",
        "go",
    ]);
    assert_eq!(
        crate::harness::code(&out),
        12,
        "{}",
        crate::harness::stderr(&out)
    );

    // A wrong Bedrock secret: the fake's signature check fails, and says so.
    let r = provider(
        &admin,
        "bedrock",
        json!({ "kind": "bedrock", "base_url": url, "model": "m", "region": "eu-central-1",
                "access_key_id": "AKIDEXAMPLE", "key": "not-the-secret-access-key" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut ask = describe();
    ask["provider"] = json!("bedrock");
    assert_eq!(code_of(&draft(&admin, ask)), "RB-AI-AUTH");

    assert!(calls(&fake).len() >= 9, "{:?}", fake.requests());
    let r = admin.delete(&format!("{ORG}/ai/providers/bedrock"));
    assert_eq!(r.status, 204, "{}", r.text());
    server.stop();
    let c = inst.sql();
    let sealed: i64 = c
        .query_row(
            "SELECT count(*) FROM secrets WHERE name LIKE 'org.%.ai.%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sealed, 7, "the deleted provider's key went with it");
    assert!(!inst.dump().contains(KEY));
    inst.verify();
}
