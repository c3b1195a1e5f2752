//! The playbook over HTTP: every artifact kind created, edited (If-Match), versioned,
//! diffed, restored, trashed, untrashed and purged; space permissions; bad input.

use serde_json::{Value, json};

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

fn with_if_match(c: &Client, method: &str, path: &str, etag: Option<&str>, body: &Value) -> Resp {
    c.send_if_match(method, path, etag, body)
}

fn standard(desc: &str, rules: &[&str]) -> Value {
    json!({
        "name": "Error handling",
        "description": desc,
        "scope": ["src/**/*.rs"],
        "rules": rules.iter().map(|r| json!({ "text": r, "severity": "error",
            "examples": [{ "language": "rust", "good": "f()?", "bad": "f().unwrap()" }] })).collect::<Vec<_>>(),
        "message": "edit",
    })
}

#[test]
fn every_kind_round_trips_through_versions_diff_restore_and_trash() {
    let inst = Instance::new("playbook");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let bodies = [
        (
            "standards",
            standard("First.\n", &["Return errors.", "Never panic on input."]),
        ),
        (
            "commands",
            json!({ "name": "Release notes", "description": "Draft notes", "body": "Summarise $ARGUMENTS\n" }),
        ),
        (
            "subagents",
            json!({ "name": "Reviewer", "description": "Reviews diffs", "tools": ["Read", "Grep"], "model": "small", "body": "Review.\n" }),
        ),
        (
            "skills",
            json!({ "name": "pdf-tools", "description": "Work with PDFs", "body": "Use the scripts.\n",
                           "files": [{ "path": "scripts/run.sh", "content": "#!/bin/sh\necho hi\n", "executable": true },
                                     { "path": "logo.png", "content": "iVBORw0KGgo=", "base64": true }] }),
        ),
    ];
    for (kind, body) in bodies {
        let r = admin.post(&format!("{BASE}/{kind}"), &body);
        assert_eq!(r.status, 201, "{kind}: {}", r.text());
        let slug = r.json()["slug"].as_str().unwrap().to_string();
        assert_eq!(r.header("etag"), Some("\"v1\""));
        let url = format!("{BASE}/{kind}/{slug}");
        let got = admin.get(&url);
        assert_eq!(got.json()["content"]["name"], body["name"], "{kind}");
        // Edit: If-Match required, stale refused, current accepted.
        let mut edited = body.clone();
        edited["description"] = json!("Second.\n");
        assert_eq!(
            with_if_match(&admin, "PUT", &url, None, &edited).status,
            428,
            "{kind}"
        );
        let ok = with_if_match(&admin, "PUT", &url, Some("\"v1\""), &edited);
        assert_eq!(ok.status, 200, "{kind}: {}", ok.text());
        assert_eq!(ok.json()["version"], 2);
        let stale = with_if_match(&admin, "PUT", &url, Some("\"v1\""), &body);
        assert_eq!(
            stale.status, 412,
            "{kind}: a stale write must not overwrite"
        );
        assert_eq!(stale.json()["error"]["code"], "RB-HTTP-STALE");
        assert_eq!(
            admin.get(&url).json()["content"]["description"],
            "Second.\n"
        );
        // History and diff.
        let versions = admin.get(&format!("{url}/versions")).json();
        assert_eq!(versions["versions"].as_array().unwrap().len(), 2);
        assert_eq!(versions["versions"][0]["author"], "admin");
        let diff = admin.get(&format!("{url}/diff?from=1&to=2")).json();
        let unified = diff["diff"]["fields"][0]["unified"].as_str().unwrap();
        let first = body["description"].as_str().unwrap().trim_end().to_string();
        assert!(
            unified.contains(&format!("-{first}")) && unified.contains("+Second."),
            "{kind}: {diff}"
        );
        // Restore version 1 as version 3.
        let restored = admin.post(&format!("{url}/versions/1/restore"), &json!({}));
        assert_eq!(restored.json()["version"], 3, "{kind}: {}", restored.text());
        assert_eq!(
            restored.json()["content"]["description"],
            body["description"]
        );
        // Trash, list, untrash, trash again, purge.
        assert_eq!(admin.delete(&url).status, 200);
        assert_eq!(admin.get(&url).status, 404);
        let trash = admin.get(&format!("{BASE}/{kind}?trash=1")).json();
        assert_eq!(trash["items"][0]["slug"], slug.as_str());
        assert_eq!(
            admin.post(&format!("{url}/untrash"), &json!({})).status,
            200
        );
        assert_eq!(admin.get(&url).status, 200);
        assert_eq!(
            admin.delete(&format!("{url}/purge")).status,
            409,
            "only trashed artifacts are purged"
        );
        admin.delete(&url);
        assert_eq!(admin.delete(&format!("{url}/purge")).status, 200);
        assert_eq!(admin.get(&format!("{url}?trash=1")).status, 404);
    }
    // Rule-level diff of a standard.
    let r = admin.post(
        &format!("{BASE}/standards"),
        &standard("x\n", &["Keep.", "Drop."]),
    );
    let url = format!("{BASE}/standards/{}", r.json()["slug"].as_str().unwrap());
    with_if_match(
        &admin,
        "PUT",
        &url,
        Some("\"v1\""),
        &standard("x\n", &["Keep.", "Add."]),
    );
    let d = admin.get(&format!("{url}/diff")).json();
    assert_eq!(d["diff"]["rules_added"], json!(["Add."]));
    assert_eq!(d["diff"]["rules_removed"], json!(["Drop."]));
    server.stop();
    assert!(inst.ok(&["audit", "export"]).contains("artifact.purged"));
    inst.verify();
}

#[test]
fn paging_and_space_permissions() {
    let inst = Instance::new("playbook-perm");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    for i in 0..5 {
        let r = admin.post(
            &format!("{BASE}/commands"),
            &json!({ "name": format!("cmd {i}"), "body": "do it" }),
        );
        assert_eq!(r.status, 201);
    }
    let mut seen = Vec::new();
    let mut after = String::new();
    loop {
        let page = admin
            .get(&format!("{BASE}/commands?limit=2&after={after}"))
            .json();
        for item in page["items"].as_array().unwrap() {
            seen.push(item["slug"].as_str().unwrap().to_string());
        }
        match page["next_after"].as_str() {
            Some(n) => after = n.to_string(),
            None => break,
        }
    }
    assert_eq!(seen, vec!["cmd-0", "cmd-1", "cmd-2", "cmd-3", "cmd-4"]);

    let viewer = join(&admin, "viewer", "vera", "a passphrase of length");
    let member = join(&admin, "member", "mo", "a passphrase of length");
    assert_eq!(viewer.get(&format!("{BASE}/commands/cmd-0")).status, 200);
    assert_eq!(
        viewer
            .post(
                &format!("{BASE}/commands"),
                &json!({ "name": "v", "body": "b" })
            )
            .status,
        403
    );
    assert_eq!(
        member
            .post(
                &format!("{BASE}/commands"),
                &json!({ "name": "m", "body": "b" })
            )
            .status,
        201
    );
    // Restricted: everyone reads, only its members write. Private: only its members see it.
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Core", "visibility": "restricted" }),
    );
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "visibility": "private" }),
    );
    admin.post(
        "/api/v1/orgs/acme/spaces/core/commands",
        &json!({ "name": "c", "body": "b" }),
    );
    admin.post(
        "/api/v1/orgs/acme/spaces/vault/commands",
        &json!({ "name": "v", "body": "b" }),
    );
    assert_eq!(
        member
            .get("/api/v1/orgs/acme/spaces/core/commands/c")
            .status,
        200
    );
    assert_eq!(
        member
            .post(
                "/api/v1/orgs/acme/spaces/core/commands",
                &json!({ "name": "x", "body": "b" })
            )
            .status,
        403
    );
    assert_eq!(
        member
            .get("/api/v1/orgs/acme/spaces/vault/commands/v")
            .status,
        404
    );
    assert_eq!(
        member.get("/api/v1/orgs/acme/spaces/vault/commands").status,
        404
    );
    let mo = member_id(&admin, "mo");
    admin.put(
        &format!("/api/v1/orgs/acme/spaces/core/members/{mo}"),
        &json!({ "role": "member" }),
    );
    assert_eq!(
        member
            .post(
                "/api/v1/orgs/acme/spaces/core/commands",
                &json!({ "name": "x", "body": "b" })
            )
            .status,
        201
    );
    server.stop();
    inst.verify();
}

#[test]
fn bad_artifacts_are_refused_and_nothing_is_written() {
    let inst = Instance::new("playbook-bad");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let count = || {
        inst.sql()
            .query_row("SELECT count(*) FROM artifact_versions", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
    };
    let cases = [
        (
            "standards",
            json!({ "name": "S", "rules": [{ "text": "r", "examples": [{ "language": "cobol", "good": "a" }] }] }),
            422,
        ),
        (
            "standards",
            json!({ "name": "S", "scope": ["../../etc/*"] }),
            422,
        ),
        (
            "standards",
            json!({ "name": "S", "rules": [{ "text": "r", "severity": "fatal" }] }),
            422,
        ),
        (
            "standards",
            json!({ "name": "S", "body": "standards have no body" }),
            422,
        ),
        ("commands", json!({ "name": "C" }), 422),
        (
            "commands",
            json!({ "name": "C", "body": "b", "slug": "Not A Slug" }),
            422,
        ),
        (
            "commands",
            json!({ "name": "C", "body": "b", "surprise": 1 }),
            400,
        ),
        (
            "skills",
            json!({ "name": "Bad Name", "description": "d" }),
            422,
        ),
        (
            "skills",
            json!({ "name": "ok", "description": "d", "files": [{ "path": "../escape", "content": "x" }] }),
            422,
        ),
        (
            "skills",
            json!({ "name": "ok", "description": "d", "files": [{ "path": "/abs", "content": "x" }] }),
            422,
        ),
        (
            "skills",
            json!({ "name": "ok", "description": "x".repeat(1025) }),
            422,
        ),
        ("widgets", json!({ "name": "W" }), 404),
    ];
    for (kind, body, status) in cases {
        let r = admin.post(&format!("{BASE}/{kind}"), &body);
        assert_eq!(r.status, status, "{kind} {body}: {}", r.text());
    }
    assert_eq!(count(), 0, "refused requests wrote nothing");
    assert_eq!(
        admin
            .post(
                &format!("{BASE}/commands"),
                &json!({ "name": "Dup", "body": "b" })
            )
            .status,
        201
    );
    assert_eq!(
        admin
            .post(
                &format!("{BASE}/commands"),
                &json!({ "name": "Dup", "body": "b" })
            )
            .status,
        409
    );
    assert_eq!(
        admin.get(&format!("{BASE}/commands/dup/versions/9")).status,
        404
    );
    assert_eq!(
        admin
            .get(&format!("{BASE}/commands/dup/diff?from=x"))
            .status,
        400
    );
    server.stop();
    inst.verify();
}

#[test]
fn search_ranks_highlights_filters_and_respects_private_spaces() {
    let inst = Instance::new("search");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    admin.post(&format!("{BASE}/standards"), &json!({ "name": "Error handling", "description": "Never panic on bad input.",
        "rules": [{ "text": "Return Result from fallible functions.", "examples": [{ "language": "rust", "good": "parse()?", "bad": "parse().unwrap()" }] }] }));
    admin.post(&format!("{BASE}/standards"), &json!({ "name": "Logging", "description": "Log errors once, with context.",
        "rules": [{ "text": "Use structured logs.", "examples": [{ "language": "python", "good": "log.info('x', extra=e)", "bad": "print(e)" }] }] }));
    admin.post(
        &format!("{BASE}/commands"),
        &json!({ "name": "Triage errors", "body": "Find the error and fix it." }),
    );
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "visibility": "private" }),
    );
    admin.post(
        "/api/v1/orgs/acme/spaces/vault/standards",
        &json!({ "name": "Secret errors", "description": "errors in the vault" }),
    );
    let hits = |c: &Client, q: &str| {
        c.get(&format!("/api/v1/orgs/acme/search?{q}")).json()["hits"]
            .as_array()
            .unwrap()
            .clone()
    };
    let all = hits(&admin, "q=error");
    assert_eq!(all.len(), 4, "{all:?}");
    // Name matches (weighted 5x) rank before a match in the text only.
    assert_eq!(all[3]["slug"], "logging", "{all:?}");
    assert!(
        all[..3]
            .iter()
            .all(|h| h["name"].as_str().unwrap().contains('⟦')),
        "{all:?}"
    );
    assert_eq!(hits(&admin, "q=error&kind=commands").len(), 1);
    assert_eq!(
        hits(&admin, "q=error&language=python")[0]["slug"],
        "logging"
    );
    assert_eq!(hits(&admin, "q=pan*").len(), 1, "prefix search");
    assert_eq!(
        hits(&admin, "q=%22unterminated+AND+(").len(),
        0,
        "query syntax cannot break the search"
    );
    assert_eq!(admin.get("/api/v1/orgs/acme/search?q=").status, 400);
    // A member of the org but not of the private space never sees its hits.
    let mo = join(&admin, "member", "mo", "a passphrase of length");
    let seen = hits(&mo, "q=error");
    assert_eq!(seen.len(), 3);
    assert!(seen.iter().all(|h| h["space"] == "default"));
    // Trashed artifacts leave the index; edits are re-indexed.
    admin.delete(&format!("{BASE}/commands/triage-errors"));
    assert_eq!(hits(&admin, "q=triage").len(), 0);
    admin.post(
        &format!("{BASE}/commands/triage-errors/untrash"),
        &json!({}),
    );
    assert_eq!(hits(&admin, "q=triage").len(), 1);
    server.stop();
    inst.verify();
}

/// A word in more artifacts than search ranks (SEARCH_CANDIDATES, 1,000): the newest
/// 1,000 matches are ranked, and an older artifact with the word in its name still comes
/// first (name matches weigh 5x), from the pass over older name matches.
#[test]
fn search_beyond_the_ranked_candidates_still_finds_older_name_matches() {
    let inst = Instance::new("search-cap");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post(
        &format!("{BASE}/standards"),
        &json!({ "name": "Zebra crossings", "description": "Stop at them." }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    for i in 0..1_001 {
        let r = admin.post(
            &format!("{BASE}/standards"),
            &json!({ "name": format!("Rule {i}"), "description": "Paint zebra stripes." }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    let found = admin.get("/api/v1/orgs/acme/search?q=zebra&limit=5").json();
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 5, "{found}");
    assert_eq!(hits[0]["slug"], "zebra-crossings", "{found}");
    // The rest are text matches among the newest 1,000; rule-0, the oldest, is not ranked.
    assert!(
        hits[1..]
            .iter()
            .all(|h| h["slug"] != "rule-0" && h["slug"] != "zebra-crossings"),
        "{found}"
    );
    server.stop();
    inst.verify();
}

#[test]
fn packages_pin_exact_versions_in_immutable_releases() {
    let inst = Instance::new("packages");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    admin.post(
        &format!("{BASE}/standards"),
        &standard("Pinned.\n", &["Return errors."]),
    );
    admin.post(
        &format!("{BASE}/commands"),
        &json!({ "name": "Ship", "body": "ship it" }),
    );
    let pkg = json!({ "name": "Backend basics", "description": "For every service",
        "items": [{ "kind": "standard", "slug": "error-handling" }, { "kind": "command", "slug": "ship" }] });
    let r = admin.post(&format!("{BASE}/packages"), &pkg);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["items"].as_array().unwrap().len(), 2);
    let pkg_url = format!("{BASE}/packages/backend-basics");
    let rel = admin.post(
        &format!("{pkg_url}/releases"),
        &json!({ "version": "1.0.0", "notes": "first" }),
    );
    assert_eq!(rel.status, 201, "{}", rel.text());
    assert_eq!(rel.json()["items"][1]["version"], 1);
    // Editing the standard does not change the release.
    with_if_match(
        &admin,
        "PUT",
        &format!("{BASE}/standards/error-handling"),
        Some("\"v1\""),
        &standard("Changed.\n", &["Return errors."]),
    );
    let pinned = admin.get(&format!("{pkg_url}/releases/1.0.0")).json();
    let std_item = pinned["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "standard")
        .unwrap()
        .clone();
    assert_eq!(std_item["version"], 1);
    assert_eq!(std_item["content"]["description"], "Pinned.\n");
    let second = admin.post(
        &format!("{pkg_url}/releases"),
        &json!({ "notes": "second" }),
    );
    assert_eq!(second.json()["version"], "2");
    let latest = admin.get(&format!("{pkg_url}/releases/latest")).json();
    assert_eq!(latest["version"], "2");
    let latest_std = latest["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "standard")
        .unwrap()
        .clone();
    assert_eq!(latest_std["version"], 2);
    // Releases are immutable; released artifacts cannot be purged.
    assert_eq!(
        admin
            .post(
                &format!("{pkg_url}/releases"),
                &json!({ "version": "1.0.0" })
            )
            .status,
        409
    );
    admin.delete(&format!("{BASE}/standards/error-handling"));
    let purge = admin.delete(&format!("{BASE}/standards/error-handling/purge"));
    assert_eq!(purge.status, 409, "{}", purge.text());
    assert!(purge.text().contains("release"));
    // Bad input.
    let bad = json!({ "name": "X", "items": [{ "kind": "standard", "slug": "nope" }] });
    assert_eq!(admin.post(&format!("{BASE}/packages"), &bad).status, 422);
    assert_eq!(admin.post(&format!("{BASE}/packages"), &pkg).status, 409);
    assert_eq!(
        admin
            .post(
                &format!("{pkg_url}/releases"),
                &json!({ "version": "latest" })
            )
            .status,
        422
    );
    assert_eq!(admin.get(&format!("{pkg_url}/releases/9.9.9")).status, 404);
    let listed = admin.get(&format!("{BASE}/packages")).json();
    assert_eq!(listed["packages"][0]["slug"], "backend-basics");
    server.stop();
    assert!(inst.ok(&["audit", "export"]).contains("package.released"));
    inst.verify();
}

#[test]
fn proposals_are_reviewed_accepted_edited_rejected_and_conflicts_flagged() {
    let inst = Instance::new("proposals");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Core", "visibility": "restricted" }),
    );
    let core = "/api/v1/orgs/acme/spaces/core/standards";
    admin.post(core, &standard("v1\n", &["Return errors."]));
    let url = format!("{core}/error-handling");
    let mo = join(&admin, "member", "mo", "a passphrase of length");
    let vera = join(&admin, "viewer", "vera", "a passphrase of length");
    // A member outside the restricted space cannot edit, but can propose.
    assert_eq!(
        with_if_match(
            &mo,
            "PUT",
            &url,
            Some("\"v1\""),
            &standard("v2\n", &["Return errors."])
        )
        .status,
        403
    );
    let p1 = with_if_match(
        &mo,
        "POST",
        &format!("{url}/proposals"),
        Some("\"v1\""),
        &standard("proposed\n", &["Return errors.", "Add context."]),
    );
    assert_eq!(p1.status, 201, "{}", p1.text());
    let p1 = p1.json()["id"].as_i64().unwrap();
    // A proposal is not an edit: read access (a viewer) is enough to propose; reviewers
    // decide (issue 12, finding 15d; it was 403).
    let by_viewer = vera.post(&format!("{url}/proposals"), &standard("x\n", &["r"]));
    assert_eq!(by_viewer.status, 201, "{}", by_viewer.text());
    let by_viewer = by_viewer.json()["id"].as_i64().unwrap();
    assert_eq!(
        vera.post(&format!("{url}/proposals/{by_viewer}/reject"), &json!({}))
            .status,
        403,
        "viewers do not review"
    );
    assert_eq!(
        admin
            .post(
                &format!("{url}/proposals/{by_viewer}/reject"),
                &json!({ "comment": "no" })
            )
            .status,
        200
    );
    assert_eq!(
        mo.post(&format!("{url}/proposals/{p1}/accept"), &json!({}))
            .status,
        403,
        "authors do not review"
    );
    let shown = admin.get(&format!("{url}/proposals/{p1}")).json();
    assert_eq!(
        shown["diff_from_base"]["rules_added"],
        json!(["Add context."])
    );
    assert_eq!(shown["conflict"], false);
    let accepted = admin.post(
        &format!("{url}/proposals/{p1}/accept"),
        &json!({ "comment": "thanks" }),
    );
    assert_eq!(accepted.json()["version"], 2, "{}", accepted.text());
    let versions = admin.get(&format!("{url}/versions")).json();
    assert_eq!(
        versions["versions"][0]["author"], "mo",
        "the version is the proposer's"
    );
    // A proposal against version 1 is now a conflict: accepting it needs a resolution.
    let p2 = with_if_match(
        &mo,
        "POST",
        &format!("{url}/proposals"),
        Some("\"v1\""),
        &standard("stale\n", &["Return errors."]),
    );
    let p2 = p2.json()["id"].as_i64().unwrap();
    assert_eq!(
        admin.get(&format!("{url}/proposals/{p2}")).json()["conflict"],
        true
    );
    let r = admin.post(&format!("{url}/proposals/{p2}/accept"), &json!({}));
    assert_eq!(r.status, 409, "{}", r.text());
    let mut resolution = standard("resolved\n", &["Return errors.", "Add context."]);
    resolution.as_object_mut().unwrap().remove("message");
    let r = admin.post(
        &format!("{url}/proposals/{p2}/accept"),
        &json!({ "resolution": resolution, "comment": "merged by hand" }),
    );
    assert_eq!(r.json()["version"], 3, "{}", r.text());
    assert_eq!(
        admin.get(&url).json()["content"]["description"],
        "resolved\n"
    );
    // Reject needs a comment; decided proposals stay decided.
    let p3 = mo
        .post(
            &format!("{url}/proposals"),
            &standard("nope\n", &["Return errors."]),
        )
        .json()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        admin
            .post(
                &format!("{url}/proposals/{p3}/reject"),
                &json!({ "comment": "" })
            )
            .status,
        422
    );
    assert_eq!(
        admin
            .post(
                &format!("{url}/proposals/{p3}/reject"),
                &json!({ "comment": "out of scope" })
            )
            .status,
        200
    );
    assert_eq!(
        admin
            .post(
                &format!("{url}/proposals/{p3}/reject"),
                &json!({ "comment": "again" })
            )
            .status,
        409
    );
    assert_eq!(
        admin
            .post(&format!("{url}/proposals/{p3}/accept"), &json!({}))
            .status,
        409
    );
    let list = admin.get(&format!("{url}/proposals")).json();
    let statuses: Vec<&str> = list["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.len(), 4, "{statuses:?}");
    assert!(
        statuses.iter().filter(|s| **s == "rejected").count() == 2
            && statuses.iter().filter(|s| **s == "accepted").count() == 2
    );
    // A space admin (not an org admin) may review.
    let mo_id = member_id(&admin, "mo");
    admin.put(
        &format!("/api/v1/orgs/acme/spaces/core/members/{mo_id}"),
        &json!({ "role": "admin" }),
    );
    let vera_p = with_if_match(
        &admin,
        "POST",
        &format!("{url}/proposals"),
        Some("\"v3\""),
        &standard("by admin\n", &["Return errors."]),
    );
    let id = vera_p.json()["id"].as_i64().unwrap();
    assert_eq!(
        mo.post(&format!("{url}/proposals/{id}/accept"), &json!({}))
            .status,
        200
    );
    server.stop();
    let audit = inst.ok(&["audit", "export"]);
    assert!(audit.contains("proposal.accepted") && audit.contains("proposal.rejected"));
    inst.verify();
}

#[test]
fn the_cli_reads_a_running_server_with_an_api_key_over_https() {
    let inst = Instance::new("remote");
    inst.init();
    let tls = inst.tmp.path().join("tls");
    inst.ok(&["tls", "self-signed", "--out", tls.to_str().unwrap()]);
    let (cert, key) = (tls.join("cert.pem"), tls.join("key.pem"));
    // Set up over the CLI and plain HTTP: an admin, a write key, three standards.
    inst.run_stdin(
        &[
            "user",
            "create",
            "ops",
            "--admin",
            "--org",
            "Acme",
            "--password-stdin",
        ],
        "ops admin passphrase\n",
    );
    let api_key = inst
        .ok(&[
            "apikey", "create", "--user", "ops", "--org", "acme", "--scope", "write", "--name",
            "ci",
        ])
        .trim()
        .to_string();
    let plain = inst.serve(&[]);
    let writer = Client {
        bearer: Some(api_key.clone()),
        ..plain.client()
    };
    for name in ["Alpha rules", "Beta rules", "Gamma rules"] {
        let r = writer.post(
            &format!("{BASE}/standards"),
            &json!({ "name": name, "rules": [{ "text": "Be kind." }] }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    plain.stop();
    let server = inst.serve(&[
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    let url = server.url.clone();
    let remote = |args: &[&str]| {
        inst.cmd(args)
            .env("RULEBOOK_SERVER", &url)
            .env("RULEBOOK_API_KEY", &api_key)
            .env("RULEBOOK_CA_FILE", &cert)
            .env("RULEBOOK_ORG", "acme")
            .output()
            .unwrap()
    };
    let out = remote(&["standards", "list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        listing.contains("alpha-rules")
            && listing.contains("gamma-rules")
            && listing.contains("v1"),
        "{listing}"
    );
    let out = remote(&["standards", "show", "beta-rules"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["content"]["rules"][0]["text"], "Be kind.");
    // Errors: unknown slug (server), no CA for https (config), a revoked key (server).
    assert_eq!(code(&remote(&["standards", "show", "nope"])), 12);
    let out = inst
        .cmd(&["standards", "list"])
        .env("RULEBOOK_SERVER", &url)
        .env("RULEBOOK_API_KEY", &api_key)
        .env("RULEBOOK_ORG", "acme")
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("--ca-file"));
    let out = inst
        .cmd(&["standards", "list"])
        .env("RULEBOOK_SERVER", &url)
        .env("RULEBOOK_API_KEY", "rbk_wrong")
        .env("RULEBOOK_CA_FILE", &cert)
        .env("RULEBOOK_ORG", "acme")
        .output()
        .unwrap();
    assert_eq!(code(&out), 12);
    assert!(stderr(&out).contains("401"), "{}", stderr(&out));
    server.stop();
    inst.verify();
}

#[test]
fn a_space_that_holds_content_is_refused_deletion_with_what_it_holds() {
    let inst = Instance::new("spacedelete");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Team", "visibility": "open" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let team = "/api/v1/orgs/acme/spaces/team";
    let r = admin.post(
        &format!("{team}/standards"),
        &standard("Team rules.\n", &["Be kind."]),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Before the fix this was a 500 (FOREIGN KEY constraint failed).
    let r = admin.delete(team);
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("1 standard"), "{}", r.text());
    assert_eq!(
        admin
            .delete(&format!("{team}/standards/error-handling"))
            .status,
        200
    );
    let r = admin.delete(team);
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("1 standard in the trash"), "{}", r.text());
    let r = admin.delete(&format!("{team}/standards/error-handling/purge"));
    assert!(r.status < 300, "{}", r.text());
    let r = admin.delete(team);
    assert!(r.status < 300, "{}", r.text());
    assert_eq!(admin.delete(team).status, 404, "the space is gone");
    server.stop();
    inst.verify();
}

/// A portable archive of `n` standards named `{prefix} N` whose text holds `word`.
fn noise_archive(prefix: &str, n: usize, word: &str) -> Vec<u8> {
    use rulebook::archive::portable::{Bundle, Item, Source, write};
    use rulebook::model::artifact::{Content, Rule, Standard};
    let items = (0..n)
        .map(|i| Item {
            slug: format!("{prefix}-{i:05}"),
            version: 1,
            content: Content::Standard(Standard {
                name: format!("{} {i}", prefix.replace('-', " ")),
                description: format!("A note about one {word} among many."),
                scope: vec![],
                rules: vec![Rule {
                    detectors: Vec::new(),
                    text: format!("Handle the {word}."),
                    severity: None,
                    examples: vec![],
                }],
            }),
        })
        .collect();
    let bundle = Bundle {
        source: Source {
            org: "acme".into(),
            space: "default".into(),
            package: None,
            release: None,
            exported_at: "2026-12-02T00:00:00Z".into(),
            generator: "test".into(),
        },
        items,
        packages: vec![],
    };
    rulebook::archive::write_zip(&write(&bundle).unwrap()).unwrap()
}

#[test]
fn a_word_in_thousands_of_artifacts_still_finds_name_matches_and_the_callers_spaces() {
    let inst = Instance::new("search-cap");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    // The oldest artifact has the word in its name; then 1,200 newer ones in its text, in the
    // default space and in another space.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/default/standards",
        &json!({ "name": "Tapir budget", "description": "Old.", "rules": [{ "text": "Count." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Other", "slug": "other", "visibility": "open" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    for space in ["default", "other"] {
        let r = admin.send_bytes(
            "POST",
            &format!("/api/v1/orgs/acme/spaces/{space}/import"),
            "application/zip",
            &noise_archive(&format!("{space}-noise"), 1200, "tapir"),
            &[],
        );
        assert_eq!(r.status, 201, "{}", &r.text()[..r.text().len().min(300)]);
    }
    let hits = admin.get("/api/v1/orgs/acme/search?q=tapir&limit=5").json();
    assert_eq!(hits["hits"][0]["slug"], "tapir-budget", "{hits:#}");
    let only_default = admin
        .get("/api/v1/orgs/acme/search?q=tapir&limit=50&space=default")
        .json();
    let hits = only_default["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 50, "{only_default:#}");
    assert!(
        hits.iter().all(|h| h["space"] == "default"),
        "{only_default:#}"
    );
    server.stop();
    inst.verify();
}
