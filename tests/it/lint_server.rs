//! Detectors stored on the server, through the real binary: a standard's rule carries an
//! ast-grep detector that proves itself on the rule's examples (active) and one that flags the
//! good example too (draft, with the reason); editing the examples so the first one misses
//! sends it back to draft, and the save says so; `POST …/lint` runs a detector on a scratch
//! snippet with its caps; bad detectors are refused with the field named; versions and diffs
//! carry detectors; a release installed into a repository writes only the active detector to
//! `.rulebook/detectors/`, and `rulebook lint` there applies it within the standard's scope,
//! as `rulebook lint --server` does with the same detectors fetched from the server.

use serde_json::{Value, json};

use crate::harness::{Client, Instance, cli_login, code};

const BASE: &str = "/api/v1/orgs/acme/spaces/default";
const BARE: &str = "rule:\n  kind: except_clause\n  regex: '^except\\s*:'\n";
const TOO_WIDE: &str = "rule:\n  kind: except_clause\n";
const GOOD: &str = "try:\n    load()\nexcept ValueError:\n    pass\n";
const BAD: &str = "try:\n    load()\nexcept:\n    pass\n";

fn standard(bad: &str, detectors: Value) -> Value {
    json!({
        "name": "Python errors", "description": "How Python code handles errors.",
        "scope": ["src/**"],
        "rules": [{ "text": "Never write a bare `except:`.", "severity": "error",
                    "examples": [{ "language": "python", "good": GOOD, "bad": bad }],
                    "detectors": detectors }],
    })
}

fn two_detectors() -> Value {
    json!([{ "language": "python", "yaml": BARE }, { "language": "python", "severity": "info", "yaml": TOO_WIDE }])
}

fn statuses(v: &Value) -> Vec<String> {
    v["detectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["status"].as_str().unwrap().to_string())
        .collect()
}

fn refused(admin: &Client, detectors: Value, field: &str) {
    let r = admin.post(
        &format!("{BASE}/standards"),
        &standard(BAD, detectors.clone()),
    );
    assert_eq!(r.status, 422, "{detectors}: {}", r.text());
    assert!(r.text().contains(field), "{detectors}: {}", r.text());
}

#[test]
fn detectors_validate_on_their_examples_and_install_for_the_linter() {
    let inst = Instance::new("lint-server");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();

    // Create: the first detector is active, the second flags the good example too.
    let r = admin.post(
        &format!("{BASE}/standards"),
        &standard(BAD, two_detectors()),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let v = r.json();
    assert_eq!(statuses(&v), ["active", "draft"]);
    assert_eq!(v["detectors"][0]["checks"][0]["lines"], json!([3]));
    assert_eq!(
        v["detectors"][1]["reason"], "good example 1 is flagged",
        "{v}"
    );
    assert_eq!(v["content"]["rules"][0]["detectors"][1]["severity"], "info");
    let etag = r.header("etag").unwrap().to_string();

    // Edit the bad example so the detector misses it: back to draft, and the save says so.
    let r = admin.send_if_match(
        "PUT",
        &format!("{BASE}/standards/python-errors"),
        Some(&etag),
        &standard("raise Oops()\n", two_detectors()),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(statuses(&v), ["draft", "draft"]);
    assert_eq!(
        v["demoted"],
        json!([{ "rule": 1, "detector": 1, "reason": "bad example 1 is not flagged" }])
    );
    let etag = r.header("etag").unwrap().to_string();
    let r = admin.send_if_match(
        "PUT",
        &format!("{BASE}/standards/python-errors"),
        Some(&etag),
        &standard(BAD, two_detectors()),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(statuses(&r.json()), ["active", "draft"]);
    assert!(r.json().get("demoted").is_none());

    // History: version 2 shows the draft detector; the diff names the detectors.
    let v2 = admin.get(&format!("{BASE}/standards/python-errors/versions/2"));
    assert_eq!(v2.status, 200);
    assert_eq!(
        v2.json()["content"]["rules"][0]["detectors"][0]["yaml"],
        BARE
    );
    let d = admin.get(&format!("{BASE}/standards/python-errors/diff?from=1&to=2"));
    assert_eq!(d.status, 200, "{}", d.text());
    assert_eq!(
        d.json()["diff"]["rules_changed"],
        json!(["Never write a bare `except:`."]),
        "{}",
        d.text()
    );

    // The scratch snippet.
    let lint = |body: Value| admin.post("/api/v1/orgs/acme/lint", &body);
    let snippet = "def f():\n    try:\n        g()\n    except:\n        raise\n";
    let r = lint(
        json!({ "content": standard(BAD, two_detectors()), "rule": 1, "detector": 1, "code": snippet }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(statuses(&v), ["active", "draft"]);
    assert_eq!(v["findings"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["findings"][0]["line"], 4);
    assert_eq!(v["findings"][0]["message"], "Never write a bare `except:`.");
    // With a path outside the standard's scope, the detector does not apply.
    let r = lint(
        json!({ "content": standard(BAD, two_detectors()), "rule": 1, "detector": 1, "code": snippet, "path": "tools/x.py" }),
    );
    assert_eq!(r.json()["applies"], false);
    assert_eq!(r.json()["findings"], json!([]));
    let r = lint(
        json!({ "content": standard(BAD, two_detectors()), "rule": 1, "detector": 1, "code": snippet, "path": "src/x.py" }),
    );
    assert_eq!(r.json()["findings"].as_array().unwrap().len(), 1);
    for (body, why) in [
        (
            json!({ "content": standard(BAD, two_detectors()), "rule": 1, "detector": 1, "code": "x".repeat(256 * 1024 + 1) }),
            "at most 262144",
        ),
        (
            json!({ "content": standard(BAD, two_detectors()), "code": "x" }),
            "name the `rule` and `detector`",
        ),
        (
            json!({ "content": standard(BAD, two_detectors()), "rule": 1, "detector": 3, "code": "x" }),
            "rule 1 has no detector 3",
        ),
        (
            json!({ "content": standard(BAD, json!([{ "language": "python", "yaml": "rule:\n  nonsense: 1\n" }])), "rule": 1, "detector": 1, "code": "x" }),
            "detector 1/1",
        ),
        (
            json!({ "content": standard(BAD, two_detectors()), "unknown": 1 }),
            "unknown field",
        ),
    ] {
        let r = lint(body);
        let want = if why == "unknown field" { 400 } else { 422 };
        assert_eq!(r.status, want, "{why}: {}", r.text());
        assert!(r.text().contains(why), "{why}: {}", r.text());
    }

    // Refused on save, each with its field.
    refused(
        &admin,
        json!([{ "language": "cobol", "yaml": BARE }]),
        "rules[0].detectors[0].language",
    );
    refused(
        &admin,
        json!([{ "language": "python", "yaml": format!("{BARE}---\nid: smuggled\n") }]),
        "one YAML document",
    );
    refused(
        &admin,
        json!([{ "language": "python", "severity": "fatal", "yaml": BARE }]),
        "error, warning or info",
    );
    refused(
        &admin,
        json!([{ "language": "python", "yaml": "" }]),
        "rules[0].detectors[0].yaml",
    );
    refused(
        &admin,
        json!(vec![json!({ "language": "python", "yaml": BARE }); 21]),
        "rules[0].detectors",
    );

    // A release installed into a repository: only the active detector goes to the linter.
    assert_eq!(
        admin
            .post(
                &format!("{BASE}/packages"),
                &json!({ "name": "Python", "items": [{ "kind": "standard", "slug": "python-errors" }] })
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .post(&format!("{BASE}/packages/python/releases"), &json!({}))
            .status,
        201
    );
    cli_login(&inst, &server, &admin, "read");
    let repo = inst.tmp.path().join("repo");
    std::fs::create_dir_all(repo.join("src/app")).unwrap();
    std::fs::create_dir_all(repo.join("tools")).unwrap();
    std::fs::write(repo.join("src/app/load.py"), BAD).unwrap();
    std::fs::write(repo.join("src/app/ok.py"), GOOD).unwrap();
    std::fs::write(repo.join("tools/script.py"), BAD).unwrap();
    let at = repo.to_str().unwrap();
    inst.ok(&["install", "python", "-p", at, "--agents", "claude"]);
    let file = std::fs::read_to_string(repo.join(".rulebook/detectors/python-errors.yml")).unwrap();
    assert!(file.contains("id: \"python-errors/1/1\""), "{file}");
    assert!(!file.contains("python-errors/1/2"), "{file}");
    assert!(file.contains("1 draft detector(s)"), "{file}");
    let lock = std::fs::read_to_string(repo.join("rulebook.lock")).unwrap();
    assert!(
        lock.contains(".rulebook/detectors/python-errors.yml"),
        "{lock}"
    );

    let out = inst
        .cmd(&["lint", "--format", "ide"])
        .current_dir(&repo)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        code(&out),
        1,
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains(
            "src/app/load.py:3:1: error: Never write a bare `except:`. [python-errors/1]"
        ),
        "{text}"
    );
    assert!(!text.contains("tools/script.py"), "scope ignored: {text}");
    assert!(!text.contains("ok.py"), "{text}");

    // --server: the same detectors straight from the server, nothing written.
    std::fs::remove_dir_all(repo.join(".rulebook/detectors")).unwrap();
    let out = inst
        .cmd(&["lint", "--server", "--format", "ide"])
        .current_dir(&repo)
        .output()
        .unwrap();
    let from_server = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(from_server, text);
    assert!(!repo.join(".rulebook/detectors").exists());
    let out = inst
        .cmd(&["lint", "--server", "--detector", "x.yml"])
        .current_dir(&repo)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    // Elsewhere (no rulebook.json) --server says what it needs.
    let out = inst
        .cmd(&["lint", "--server"])
        .current_dir(inst.tmp.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs rulebook.json"));

    server.stop();
    inst.verify();
    // The database holds the detectors as the API wrote them.
    let dump = inst.dump();
    assert!(dump.contains("except_clause"), "detectors not stored");
}
