//! Markdown served as safe element trees (issue 16): `?render=markdown` on an artifact and
//! `POST /api/v1/markdown` for text not stored yet; and an edited rule diffed as one edit.

use serde_json::{Value, json};

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

/// Every tag of a tree, depth first.
fn tags(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| tags(x, out)),
        Value::Object(o) => {
            out.push(o["t"].as_str().unwrap_or_default().to_string());
            if let Some(c) = o.get("c") {
                tags(c, out);
            }
        }
        _ => {}
    }
}

#[test]
fn artifacts_and_texts_are_served_as_safe_trees() {
    let inst = Instance::new("markdown");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let description = "## Why\n\n- one\n- two\n\n[docs](https://example.com/docs) [bad](javascript:alert(1))\n\n<script>alert(1)</script>\n";
    let r = admin.post(
        &format!("{BASE}/standards"),
        &json!({ "name": "Markdown", "description": description, "scope": [],
                 "rules": [{ "text": "Use `Result` for errors.", "severity": null, "examples": [] }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let url = format!("{BASE}/standards/markdown");

    let plain = admin.get(&url).json();
    assert!(plain.get("rendered").is_none(), "only on request");
    let got = admin.get(&format!("{url}?render=markdown"));
    assert_eq!(got.status, 200, "{}", got.text());
    assert_eq!(got.header("etag"), Some("\"v1\""));
    let v = got.json();
    assert_eq!(
        v["content"]["description"], description,
        "the source is kept"
    );
    let tree = &v["rendered"]["description"];
    let mut t = Vec::new();
    tags(tree, &mut t);
    assert_eq!(t, ["h2", "ul", "li", "li", "p", "a", "p"], "{tree}");
    let s = tree.to_string();
    assert!(s.contains(r#""href":"https://example.com/docs""#), "{s}");
    assert!(s.contains("noopener noreferrer"), "{s}");
    assert!(!s.contains("javascript:"), "the bad link is text: {s}");
    assert!(
        s.contains("<script>alert(1)</script>"),
        "raw HTML is text: {s}"
    );
    assert_eq!(
        v["rendered"]["rules"],
        json!([[{ "t": "p", "c": ["Use ", { "t": "code", "c": ["Result"] }, " for errors."] }]])
    );
    assert_eq!(admin.get(&format!("{url}?render=html")).status, 400);

    // A command's body.
    let r = admin.post(
        &format!("{BASE}/commands"),
        &json!({ "name": "Ship", "description": "Ships *it*.", "body": "1. Build\n2. Tag\n" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let c = admin
        .get(&format!("{BASE}/commands/ship?render=markdown"))
        .json();
    let mut t = Vec::new();
    tags(&c["rendered"]["body"], &mut t);
    assert_eq!(t, ["ol", "li", "li"]);
    assert_eq!(
        c["rendered"]["description"][0]["c"][1],
        json!({ "t": "em", "c": ["it"] })
    );

    // Text not stored yet; deep nesting is flattened, not a crash.
    let deep = ">".repeat(10_000) + " deep";
    let r = admin.post("/api/v1/markdown", &json!({ "texts": ["**b**", deep] }));
    assert_eq!(r.status, 200, "{}", r.text());
    let trees = r.json()["trees"].clone();
    assert_eq!(
        trees[0],
        json!([{ "t": "p", "c": [{ "t": "strong", "c": ["b"] }] }])
    );
    assert!(trees[1].to_string().contains("deep"));
    let many = vec![""; 1001];
    assert_eq!(
        admin
            .post("/api/v1/markdown", &json!({ "texts": many }))
            .status,
        422
    );
    assert_eq!(
        admin
            .post("/api/v1/markdown", &json!({ "text": "x" }))
            .status,
        400
    );
    let anonymous = server.client();
    assert_eq!(
        anonymous
            .post("/api/v1/markdown", &json!({ "texts": ["x"] }))
            .status,
        401
    );

    // An edited rule is one edit with a word diff, not a removal and an addition.
    let r = admin.send_if_match(
        "PUT",
        &url,
        Some("\"v1\""),
        &json!({ "name": "Markdown", "description": description, "scope": [],
                 "rules": [{ "text": "Use `Result` for all errors.", "severity": null, "examples": [] }] }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let d = admin.get(&format!("{url}/diff")).json();
    assert_eq!(d["diff"]["rules_added"], json!([]));
    assert_eq!(d["diff"]["rules_removed"], json!([]));
    let edit = &d["diff"]["rules_edited"][0];
    assert_eq!(edit["before"], "Use `Result` for errors.");
    assert_eq!(edit["after"], "Use `Result` for all errors.");
    assert!(
        edit["words"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["op"] == "insert" && w["text"].as_str().unwrap().contains("all"))
    );

    server.stop();
    inst.verify();
}
