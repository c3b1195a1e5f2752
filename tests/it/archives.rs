//! Archives over HTTP: skills uploaded as zip, tar and tar.gz and downloaded as zip; hostile
//! archives refused with stable codes and nothing written; a space exported on one instance
//! and imported on another with byte-identical content; starter templates; size limits.

use std::io::{Cursor, Read, Write};

use serde_json::{Value, json};

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";

const SKILL_MD: &str = "---\nname: deploy\ndescription: Deploys the service: safely.\nlicense: Apache-2.0\nmetadata:\n  owner: platform\n  tier: \"1\"\n---\n\n# Deploy\n\nRun `scripts/run.sh $ENV`.\n";
const RUN_SH: &[u8] = b"#!/bin/sh\nset -eu\necho deploying \"$1\"\n";
const LOGO: &[u8] = &[0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe, 7];

/// A zip of `(path, data, unix mode)` entries.
fn zip(entries: &[(&str, &[u8], u32)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (path, data, mode) in entries {
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(*mode);
        w.start_file(*path, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A tar whose header names are written raw, so tests can build paths `tar` would refuse.
fn tar(entries: &[(&str, &[u8], u32, tar::EntryType, &str)]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (path, data, mode, kind, link) in entries {
        let mut h = tar::Header::new_ustar();
        let name = &mut h.as_old_mut().name;
        name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_size(data.len() as u64);
        h.set_mode(*mode);
        h.set_entry_type(*kind);
        if !link.is_empty() {
            h.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
        }
        h.set_cksum();
        b.append(&h, *data).unwrap();
    }
    b.into_inner().unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn skill_zip() -> Vec<u8> {
    zip(&[
        ("deploy/SKILL.md", SKILL_MD.as_bytes(), 0o644),
        ("deploy/scripts/run.sh", RUN_SH, 0o755),
        ("deploy/assets/logo.png", LOGO, 0o644),
        ("__MACOSX/deploy/._SKILL.md", b"mac junk", 0o644),
    ])
}

/// The `(path, data, mode)` entries of a zip, by path.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>, u32)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.push((
            f.name().unwrap().to_string(),
            data,
            f.unix_mode().unwrap() & 0o777,
        ));
    }
    out.sort();
    out
}

fn upload(c: &Client, body: &[u8]) -> Resp {
    c.send_bytes(
        "POST",
        &format!("{BASE}/skill-uploads?message=first%20upload"),
        "application/zip",
        body,
        &[],
    )
}

#[test]
fn skills_upload_as_zip_tar_and_targz_and_download_as_zip() {
    let inst = Instance::new("skill-archives");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();

    let r = upload(&admin, &skill_zip());
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.header("etag"), Some("\"v1\""));
    let c = &r.json()["content"];
    assert_eq!(c["name"], "deploy");
    assert_eq!(c["description"], "Deploys the service: safely.");
    assert_eq!(c["extra"]["license"], "Apache-2.0");
    assert_eq!(c["extra"]["metadata"], "\n  owner: platform\n  tier: \"1\"");
    assert_eq!(c["body"], "# Deploy\n\nRun `scripts/run.sh $ENV`.\n");
    let files = c["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "mac junk dropped: {files:?}");
    let run = files
        .iter()
        .find(|f| f["path"] == "scripts/run.sh")
        .unwrap();
    assert_eq!(run["executable"], true);
    assert_eq!(run["base64"], false);
    let logo = files
        .iter()
        .find(|f| f["path"] == "assets/logo.png")
        .unwrap();
    assert_eq!(logo["base64"], true);
    let versions = admin.get(&format!("{BASE}/skills/deploy/versions")).json();
    assert_eq!(versions["versions"][0]["message"], "first upload");

    // Download: the folder layout, exact bytes and modes; SKILL.md reads back the same.
    let d = admin.get(&format!("{BASE}/skills/deploy/archive"));
    assert_eq!(d.status, 200);
    assert_eq!(d.header("content-type"), Some("application/zip"));
    assert!(
        d.header("content-disposition")
            .unwrap()
            .contains("deploy.zip")
    );
    let got = unzip(&d.body);
    let paths: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        paths,
        [
            "deploy/SKILL.md",
            "deploy/assets/logo.png",
            "deploy/scripts/run.sh"
        ]
    );
    assert_eq!(got[1].1, LOGO);
    assert_eq!((got[2].1.as_slice(), got[2].2), (RUN_SH, 0o755));
    assert_eq!(got[1].2, 0o644);
    // The same skill downloaded twice gives the same bytes.
    assert_eq!(
        admin.get(&format!("{BASE}/skills/deploy/archive")).body,
        d.body
    );
    // Re-uploading the download elsewhere gives identical content.
    let again = upload(&admin, &d.body);
    assert_eq!(again.status, 409, "same name in the same space");

    // A new version from a tar.gz whose files sit at the root; If-Match protects it.
    let md2 = SKILL_MD.replace("Run `", "First check, then run `");
    let tgz = gzip(&tar(&[
        (
            "SKILL.md",
            md2.as_bytes(),
            0o644,
            tar::EntryType::Regular,
            "",
        ),
        ("scripts/", b"", 0o755, tar::EntryType::Directory, ""),
        ("scripts/run.sh", RUN_SH, 0o755, tar::EntryType::Regular, ""),
    ]));
    let path = format!("{BASE}/skills/deploy/archive");
    let no_match = admin.send_bytes("PUT", &path, "application/gzip", &tgz, &[]);
    assert_eq!(no_match.status, 428);
    let r = admin.send_bytes(
        "PUT",
        &path,
        "application/gzip",
        &tgz,
        &[("If-Match", "\"v1\"")],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["version"], 2);
    assert_eq!(r.json()["content"]["files"].as_array().unwrap().len(), 1);
    let stale = admin.send_bytes(
        "PUT",
        &path,
        "application/gzip",
        &tgz,
        &[("If-Match", "\"v1\"")],
    );
    assert_eq!(stale.status, 412);
    // Version 1 is still downloadable as it was.
    let v1 = admin.get(&format!("{BASE}/skills/deploy/archive?version=1"));
    assert_eq!(v1.body, d.body);

    // A plain tar creates another skill.
    let md = "---\nname: lint\ndescription: Lints.\n---\nLint it.\n";
    let plain = tar(&[(
        "lint/SKILL.md",
        md.as_bytes(),
        0o644,
        tar::EntryType::Regular,
        "",
    )]);
    let r = upload(&admin, &plain);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["slug"], "lint");
    // A viewer may download but not upload.
    let viewer = join(&admin, "viewer", "vera", "viewer passphrase 123");
    assert_eq!(
        viewer.get(&format!("{BASE}/skills/lint/archive")).status,
        200
    );
    assert_eq!(upload(&viewer, &plain).status, 403);
    server.stop();
    inst.verify();
}

#[test]
fn hostile_skill_archives_are_refused_and_nothing_is_written() {
    let inst = Instance::new("hostile-archives");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let md = SKILL_MD.as_bytes();
    let zeros = vec![0u8; 64 << 20];
    let tar_bomb = {
        // A tar.gz whose one file inflates to 64 MiB: refused from its header, never inflated.
        let mut t = tar(&[("deploy/SKILL.md", md, 0o644, tar::EntryType::Regular, "")]);
        t.truncate(t.len() - 1024);
        let mut h = tar::Header::new_ustar();
        h.set_path("deploy/zeros.bin").unwrap();
        h.set_size(zeros.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        t.extend_from_slice(h.as_bytes());
        t.extend_from_slice(&zeros);
        t.extend_from_slice(&[0u8; 1024]);
        gzip(&t)
    };
    let symlink_zip = {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default();
        w.start_file("deploy/SKILL.md", o).unwrap();
        w.write_all(md).unwrap();
        w.add_symlink("deploy/passwd", "/etc/passwd", o).unwrap();
        w.finish().unwrap().into_inner()
    };
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "zip with ../",
            zip(&[
                ("deploy/SKILL.md", md, 0o644),
                ("deploy/../../evil.sh", b"x", 0o755),
            ]),
            422,
            "RB-ARCHIVE-UNSAFE-PATH",
        ),
        (
            "zip with an absolute path",
            zip(&[
                ("deploy/SKILL.md", md, 0o644),
                ("/etc/cron.d/evil", b"x", 0o644),
            ]),
            422,
            "RB-ARCHIVE-UNSAFE-PATH",
        ),
        (
            "zip with a backslash path",
            zip(&[
                ("deploy/SKILL.md", md, 0o644),
                ("deploy\\..\\evil", b"x", 0o644),
            ]),
            422,
            "RB-ARCHIVE-UNSAFE-PATH",
        ),
        ("zip with a symlink", symlink_zip, 422, "RB-ARCHIVE-LINK"),
        (
            "zip bomb",
            zip(&[
                ("deploy/SKILL.md", md, 0o644),
                ("deploy/zeros.bin", &zeros, 0o644),
            ]),
            413,
            "RB-ARCHIVE-BOMB",
        ),
        ("tar.gz bomb", tar_bomb, 413, "RB-ARCHIVE-BOMB"),
        (
            "tar with a symlink",
            tar(&[
                ("deploy/SKILL.md", md, 0o644, tar::EntryType::Regular, ""),
                (
                    "deploy/key",
                    b"",
                    0o777,
                    tar::EntryType::Symlink,
                    "/root/.ssh/id_rsa",
                ),
            ]),
            422,
            "RB-ARCHIVE-LINK",
        ),
        (
            "tar with a hard link",
            tar(&[
                ("deploy/SKILL.md", md, 0o644, tar::EntryType::Regular, ""),
                (
                    "deploy/shadow",
                    b"",
                    0o644,
                    tar::EntryType::Link,
                    "/etc/shadow",
                ),
            ]),
            422,
            "RB-ARCHIVE-LINK",
        ),
        (
            "tar with ../",
            tar(&[("../SKILL.md", md, 0o644, tar::EntryType::Regular, "")]),
            422,
            "RB-ARCHIVE-UNSAFE-PATH",
        ),
        (
            "not an archive",
            b"just some text, not a zip".to_vec(),
            422,
            "RB-ARCHIVE-INVALID",
        ),
        (
            "truncated zip",
            skill_zip()[..200].to_vec(),
            422,
            "RB-ARCHIVE-INVALID",
        ),
        (
            "folder does not match the name",
            zip(&[("other/SKILL.md", md, 0o644)]),
            422,
            "RB-ARCHIVE-CONTENT",
        ),
        (
            "no SKILL.md",
            zip(&[("deploy/README.md", b"hi", 0o644)]),
            422,
            "RB-ARCHIVE-CONTENT",
        ),
        (
            "SKILL.md that is not UTF-8",
            zip(&[("deploy/SKILL.md", &[0xff, 0xfe, 0x00], 0o644)]),
            422,
            "RB-ARCHIVE-CONTENT",
        ),
        (
            "invalid skill name",
            zip(&[(
                "SKILL.md",
                b"---\nname: Bad Name\ndescription: d\n---\n",
                0o644,
            )]),
            422,
            "RB-HTTP-INVALID",
        ),
        (
            "duplicate entries",
            tar(&[
                ("deploy/SKILL.md", md, 0o644, tar::EntryType::Regular, ""),
                ("deploy/SKILL.md", md, 0o644, tar::EntryType::Regular, ""),
            ]),
            422,
            "RB-ARCHIVE-CONTENT",
        ),
        (
            "dot segment inside a path",
            zip(&[("deploy/SKILL.md", md, 0o644), ("deploy/./x", md, 0o644)]),
            422,
            "RB-ARCHIVE-UNSAFE-PATH",
        ),
    ];
    for (what, body, status, code) in &cases {
        let r = upload(&admin, body);
        assert_eq!(r.status, *status, "{what}: {}", r.text());
        assert_eq!(r.json()["error"]["code"], *code, "{what}: {}", r.text());
    }
    // Caps follow the configurable limits: lower the file count, and a legal skill is refused.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    assert_eq!(
        member
            .put("/api/v1/admin/limits", &json!({ "skill_files": 1 }))
            .status,
        403
    );
    let r = admin.put("/api/v1/admin/limits", &json!({ "skill_files": 1 }));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = upload(&admin, &skill_zip());
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("more than 1 entries"), "{}", r.text());
    assert_eq!(
        admin
            .put("/api/v1/admin/limits", &json!({ "skill_files": null }))
            .status,
        200
    );
    // A too-large body stops at the listener's cap.
    let big = vec![b'P'; 9 << 20];
    assert_eq!(upload(&admin, &big).status, 413);
    // Nothing was written by any refused upload.
    let list = admin.get(&format!("{BASE}/skills")).json();
    assert_eq!(list["items"].as_array().unwrap().len(), 0, "{list}");
    assert_eq!(upload(&admin, &skill_zip()).status, 201);
    server.stop();
    let n: i64 = inst
        .sql()
        .query_row("SELECT count(*) FROM artifact_versions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    inst.verify();
}

/// Creates one artifact of every kind, a package and a release in `acme/default`.
fn seed_playbook(admin: &Client) {
    let standard = json!({
        "name": "Error handling", "description": "# Errors\n\n---\nNot frontmatter.\n",
        "scope": ["src/**/*.rs", "crates/*/src/**"],
        "rules": [
            { "text": "Return errors.", "severity": "error",
              "examples": [{ "language": "rust", "good": "f()?", "bad": "f().unwrap()\n" }] },
            { "text": "Log once, at the edge." }
        ],
    });
    for (kind, body) in [
        ("standards", standard),
        (
            "commands",
            json!({ "name": "Release notes", "description": "Drafts notes", "body": "Summarise $ARGUMENTS\n" }),
        ),
        (
            "subagents",
            json!({ "name": "Reviewer", "description": "Reviews", "tools": ["Read"], "model": "small", "body": "Review.\n" }),
        ),
    ] {
        let r = admin.post(&format!("{BASE}/{kind}"), &body);
        assert_eq!(r.status, 201, "{kind}: {}", r.text());
    }
    assert_eq!(upload(admin, &skill_zip()).status, 201);
    let r = admin.post(
        &format!("{BASE}/packages"),
        &json!({ "name": "Backend", "items": [
            { "kind": "standard", "slug": "error-handling" },
            { "kind": "skill", "slug": "deploy" }
        ] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(&format!("{BASE}/packages/backend/releases"), &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
}

fn import(c: &Client, body: &[u8], query: &str) -> Resp {
    c.send_bytes(
        "POST",
        &format!("{BASE}/import{query}"),
        "application/zip",
        body,
        &[],
    )
}

fn actions(r: &Resp) -> Vec<String> {
    r.json()["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{}/{}:{}",
                a["kind"],
                a["slug"].as_str().unwrap(),
                a["action"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_space_moves_between_instances_byte_identical() {
    let here = Instance::new("export-site-a");
    let a = here.serve(&[]);
    let admin_a = a.setup_admin();
    seed_playbook(&admin_a);
    let export = admin_a.get(&format!("{BASE}/export"));
    assert_eq!(export.status, 200, "{}", export.text());
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .contains("default.rulebook.zip")
    );
    let original = unzip(&export.body);
    let names: Vec<&str> = original.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "commands/release-notes.md",
            "rulebook-archive.json",
            "rulebook-archive.sig",
            "skills/deploy/SKILL.md",
            "skills/deploy/assets/logo.png",
            "skills/deploy/scripts/run.sh",
            "standards/error-handling.md",
            "subagents/reviewer.md",
        ]
    );
    let manifest: Value = serde_json::from_slice(&original[1].1).unwrap();
    assert_eq!(manifest["format"], "rulebook-archive");
    assert_eq!(manifest["format_version"], 1);
    assert_eq!(manifest["packages"][0]["slug"], "backend");
    let md = String::from_utf8(original[6].1.clone()).unwrap();
    assert!(
        md.starts_with("---\n{\n  \"name\": \"Error handling\""),
        "{md}"
    );
    assert!(
        md.ends_with("\n---\n# Errors\n\n---\nNot frontmatter.\n"),
        "{md}"
    );

    // The other site: a separate instance with its own key.
    let there = Instance::new("export-site-b");
    let b = there.serve(&[]);
    let admin_b = b.setup_admin();
    let dry = import(&admin_b, &export.body, "?dry_run=1");
    assert_eq!(dry.status, 200, "{}", dry.text());
    assert_eq!(dry.json()["dry_run"], true);
    assert_eq!(
        actions(&dry)
            .iter()
            .filter(|a| a.ends_with(":created"))
            .count(),
        4
    );
    assert_eq!(
        admin_b.get(&format!("{BASE}/standards")).json()["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let r = import(&admin_b, &export.body, "");
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["packages"][0]["action"], "created");
    // Content is byte-identical: every file, and the manifest apart from when it was made.
    let back = unzip(&admin_b.get(&format!("{BASE}/export")).body);
    assert_eq!(back.len(), original.len());
    for (x, y) in original.iter().zip(&back) {
        if x.0 == "rulebook-archive.json" {
            let mut m1: Value = serde_json::from_slice(&x.1).unwrap();
            let mut m2: Value = serde_json::from_slice(&y.1).unwrap();
            m1["exported_at"] = Value::Null;
            m2["exported_at"] = Value::Null;
            for m in [&mut m1, &mut m2] {
                for art in m["artifacts"].as_array_mut().unwrap() {
                    art["version"] = Value::Null;
                }
            }
            assert_eq!(m1, m2);
        } else if x.0 == "rulebook-archive.sig" {
            // Each site signs with its own key (tests/it/signing.rs).
            assert_eq!(x.0, y.0);
        } else {
            assert_eq!(x, y, "{} differs after the round trip", x.0);
        }
    }
    let skill = admin_b.get(&format!("{BASE}/skills/deploy")).json();
    assert_eq!(
        skill["content"],
        admin_a.get(&format!("{BASE}/skills/deploy")).json()["content"]
    );
    // Importing the same archive again changes nothing.
    let again = import(&admin_b, &export.body, "");
    assert_eq!(again.status, 201);
    assert!(
        actions(&again).iter().all(|a| a.ends_with(":unchanged")),
        "{:?}",
        actions(&again)
    );
    assert_eq!(
        admin_b
            .get(&format!("{BASE}/standards/error-handling"))
            .json()["version"],
        1
    );
    // An edit on site A arrives as a new version on site B, history kept.
    let edited = json!({ "name": "Error handling", "description": "Edited.\n", "rules": [{ "text": "Return errors." }] });
    let r = admin_a.send(
        "PUT",
        &format!("{BASE}/standards/error-handling"),
        Some(&edited),
    );
    assert_eq!(r.status, 428);
    let mut raw_put = admin_a.clone();
    raw_put.origin = None;
    let r = raw_put.send_bytes(
        "PUT",
        &format!("{BASE}/standards/error-handling"),
        "application/json",
        edited.to_string().as_bytes(),
        &[("If-Match", "\"v1\"")],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let second = admin_a.get(&format!("{BASE}/export")).body;
    let r = import(&admin_b, &second, "?message=sync%20from%20site%20A");
    assert!(
        actions(&r).contains(&"\"standard\"/error-handling:updated".to_string()),
        "{:?}",
        actions(&r)
    );
    let versions = admin_b
        .get(&format!("{BASE}/standards/error-handling/versions"))
        .json();
    assert_eq!(versions["versions"][0]["message"], "sync from site A");
    assert_eq!(versions["versions"].as_array().unwrap().len(), 2);

    // A package exported at its release carries the pinned (pre-edit) version.
    let pkg = unzip(
        &admin_a
            .get(&format!("{BASE}/packages/backend/export?release=1"))
            .body,
    );
    let std_md = pkg
        .iter()
        .find(|e| e.0 == "standards/error-handling.md")
        .unwrap();
    assert_eq!(std_md.1, original[6].1);
    let m: Value = serde_json::from_slice(
        &pkg.iter()
            .find(|e| e.0 == "rulebook-archive.json")
            .unwrap()
            .1,
    )
    .unwrap();
    assert_eq!(m["source"]["package"], "backend");
    assert_eq!(m["source"]["release"], "1");
    assert_eq!(m["artifacts"].as_array().unwrap().len(), 2);

    // An altered archive is refused whole: nothing of it lands.
    let mut tampered: Vec<(String, Vec<u8>, u32)> = unzip(&second);
    tampered[0].1.extend_from_slice(b"tampered");
    let tampered_zip = zip(&tampered
        .iter()
        .map(|(p, d, m)| (p.as_str(), d.as_slice(), *m))
        .collect::<Vec<_>>());
    let r = admin_b.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Fresh", "visibility": "open" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let fresh = "/api/v1/orgs/acme/spaces/fresh";
    let r = admin_b.send_bytes(
        "POST",
        &format!("{fresh}/import"),
        "application/zip",
        &tampered_zip,
        &[],
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(r.json()["error"]["code"], "RB-ARCHIVE-CONTENT");
    assert!(r.text().contains("SHA-256"), "{}", r.text());
    let newer = {
        let mut t = unzip(&second);
        let i = t
            .iter()
            .position(|e| e.0 == "rulebook-archive.json")
            .unwrap();
        t[i].1 = br#"{"format":"rulebook-archive","format_version":2}"#.to_vec();
        zip(&t
            .iter()
            .map(|(p, d, m)| (p.as_str(), d.as_slice(), *m))
            .collect::<Vec<_>>())
    };
    let r = admin_b.send_bytes(
        "POST",
        &format!("{fresh}/import"),
        "application/zip",
        &newer,
        &[],
    );
    assert_eq!(r.json()["error"]["code"], "RB-ARCHIVE-TOO-NEW");
    assert_eq!(
        admin_b.get(&format!("{fresh}/standards")).json()["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // A trashed artifact blocks the import instead of being shadowed.
    assert_eq!(
        admin_b
            .delete(&format!("{BASE}/commands/release-notes"))
            .status,
        200
    );
    let r = import(&admin_b, &second, "");
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(
        admin_b
            .get(&format!("{BASE}/standards/error-handling"))
            .json()["version"],
        2
    );
    a.stop();
    b.stop();
    here.verify();
    there.verify();
}

#[test]
fn starter_templates_are_listed_and_copied_by_admins_within_limits() {
    let inst = Instance::new("templates");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let list = admin.get("/api/v1/templates").json();
    let items = list["items"].as_array().unwrap();
    assert!(items.len() >= 30, "{}", items.len());
    let rust = admin.get("/api/v1/templates?tag=rust").json();
    assert!(
        rust["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["tags"].as_array().unwrap().contains(&json!("rust")))
    );
    let one = admin.get("/api/v1/templates/go-error-handling").json();
    assert!(one["content"]["rules"].as_array().unwrap().len() >= 3);
    assert_eq!(admin.get("/api/v1/templates/..%2Fetc").status, 404);
    assert_eq!(admin.get("/api/v1/templates/nope").status, 404);

    let member = join(&admin, "member", "mo", "member passphrase 123");
    let copy = format!("{BASE}/templates/go-error-handling");
    // Exports follow space visibility: a private space is invisible to non-members.
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &json!({ "name": "Vault", "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vault = "/api/v1/orgs/acme/spaces/vault";
    assert_eq!(member.get(&format!("{vault}/export")).status, 404);
    assert_eq!(
        member
            .send_bytes(
                "POST",
                &format!("{vault}/import"),
                "application/zip",
                b"PK",
                &[]
            )
            .status,
        404
    );
    assert_eq!(admin.get(&format!("{vault}/export")).status, 200);
    assert_eq!(member.send("POST", &copy, None).status, 403);
    let r = admin.send("POST", &copy, None);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["slug"], "go-error-handling");
    assert_eq!(r.json()["content"], one["content"]);
    let v = admin
        .get(&format!("{BASE}/standards/go-error-handling/versions"))
        .json();
    assert!(
        v["versions"][0]["message"]
            .as_str()
            .unwrap()
            .contains("starter template")
    );
    assert_eq!(admin.send("POST", &copy, None).status, 409);
    let r = admin.post(&copy, &json!({ "slug": "go-errors-2" }));
    assert_eq!(r.status, 201, "{}", r.text());

    // Limits: a lowered cap refuses a template that no longer fits; null resets it.
    let limits = admin.get("/api/v1/admin/limits").json();
    let rules = limits["limits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == "rules")
        .unwrap()
        .clone();
    assert_eq!(rules["value"], rules["default"]);
    assert_eq!(
        admin
            .put("/api/v1/admin/limits", &json!({ "rules": 0 }))
            .status,
        422
    );
    assert_eq!(
        admin
            .put("/api/v1/admin/limits", &json!({ "nonsense": 3 }))
            .status,
        422
    );
    assert_eq!(
        admin
            .put("/api/v1/admin/limits", &json!({ "rules": 2 }))
            .status,
        200
    );
    let r = admin.post(&copy, &json!({ "slug": "go-errors-3" }));
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(
        r.text().contains("rules has more than 2 entries"),
        "{}",
        r.text()
    );
    assert_eq!(
        admin
            .put("/api/v1/admin/limits", &json!({ "rules": null }))
            .status,
        200
    );
    assert_eq!(
        admin.post(&copy, &json!({ "slug": "go-errors-3" })).status,
        201
    );
    let audit = admin.get("/api/v1/audit?action=limits.changed").json();
    assert!(audit.to_string().contains("limit:rules"), "{audit}");
    server.stop();
    inst.verify();
}

#[test]
fn the_cli_exports_imports_lists_templates_and_sets_limits() {
    let inst = Instance::new("archive-cli");
    inst.init();
    // Limits are edited offline like any setting, audited.
    assert!(
        inst.ok(&["limits", "show"])
            .contains("skill_files        500")
    );
    assert!(
        inst.ok(&["limits", "set", "rules", "40"])
            .contains("rules = 40")
    );
    assert!(
        inst.ok(&["limits", "show"])
            .contains("rules              40  (default 500)")
    );
    let bad = inst.run(&["limits", "set", "nonsense", "4"]);
    assert_eq!(code(&bad), 2, "{}", stderr(&bad));
    inst.ok(&["limits", "reset", "rules"]);
    assert!(
        inst.ok(&["limits", "show"])
            .contains("rules              500\n")
    );
    // Templates need no server.
    let list = inst.ok(&["templates", "list", "--tag", "go"]);
    assert!(list.contains("go-error-handling"), "{list}");
    assert!(!list.contains("rust-error-handling"), "{list}");
    let show: Value =
        serde_json::from_str(&inst.ok(&["templates", "show", "rust-error-handling"])).unwrap();
    assert_eq!(show["name"], "Rust error handling");
    assert_eq!(code(&inst.run(&["templates", "show", "nope"])), 2);

    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    seed_playbook(&admin);
    let (_, key_file) = key_file(&inst, &admin, "usb", "write");
    let out = inst.tmp.path().join("space.zip");
    let remote = |extra: &[&str]| {
        let mut args: Vec<&str> = extra.to_vec();
        args.extend([
            "--server",
            &server.url,
            "--api-key-file",
            key_file.to_str().unwrap(),
            "--org",
            "acme",
        ]);
        inst.run(&args)
    };
    let r = remote(&["archive", "export", "--out", out.to_str().unwrap()]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        unzip(&bytes)
            .iter()
            .any(|e| e.0 == "standards/error-handling.md")
    );
    let pkg = inst.tmp.path().join("pkg.zip");
    let r = remote(&[
        "archive",
        "export",
        "--package",
        "backend",
        "--release",
        "latest",
        "--out",
        pkg.to_str().unwrap(),
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    // Two artifacts' files, the manifest and its signature.
    assert_eq!(unzip(&std::fs::read(&pkg).unwrap()).len(), 6);
    // Re-importing the space's own export: a dry run, then a real one, both unchanged.
    let r = remote(&["archive", "import", out.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let text = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(
        text.contains("unchanged  standard  error-handling"),
        "{text}"
    );
    assert!(text.contains("updated    package   backend"), "{text}");
    // Refusals exit 12 with the server's code.
    std::fs::write(&out, b"not a zip").unwrap();
    let r = remote(&["archive", "import", out.to_str().unwrap()]);
    assert_eq!(code(&r), 12, "{}", stderr(&r));
    assert!(stderr(&r).contains("RB-ARCHIVE-INVALID"), "{}", stderr(&r));
    let r = remote(&["archive", "import", "/nonexistent/file.zip"]);
    assert_ne!(code(&r), 0);
    server.stop();
    inst.verify();
}

// ---- Issue 12, finding 9: duplicate names in zip archives ----------------------------------

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A stored (uncompressed) zip written byte by byte, so it can hold what the zip crate's
/// writer refuses: two entries with one name, or a local header whose name is not the one
/// its central record gives. Entries are `(local name, central name, data)`.
fn raw_zip(entries: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (local, name, data) in entries {
        let offset = out.len() as u32;
        let (crc, len) = (crc32(data), data.len() as u32);
        // Local file header: signature, version 2.0, no flags, stored, 1980-01-01 00:00.
        out.extend_from_slice(b"PK\x03\x04");
        for v in [20u16, 0, 0, 0, 0x21] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, len, len] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(local.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(local.as_bytes());
        out.extend_from_slice(data);
        // Central directory record: made by Unix 3.0, the same fields, mode 0644, the offset.
        central.extend_from_slice(b"PK\x01\x02");
        for v in [0x031eu16, 20, 0, 0, 0, 0x21] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, len, len] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [name.len() as u16, 0, 0, 0, 0] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [0o100644u32 << 16, offset] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_len, n) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend_from_slice(&central);
    // End of central directory: one disk, n entries, its size and offset, no comment.
    out.extend_from_slice(b"PK\x05\x06");
    for v in [0u16, 0, n, n] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in [cd_len, cd_offset] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// The zip crate keys entries by name, so `dupskill/SKILL.md` twice was stored as the second
/// copy, and a portable import with a duplicated file passed when the manifest-matching copy
/// came last. Duplicates are now found on the raw central directory; local headers that
/// disagree with it are refused too.
#[test]
fn zip_archives_with_duplicate_or_cloaked_names_are_refused() {
    let inst = Instance::new("zip-duplicates");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let md = |d: &str| format!("---\nname: dupskill\ndescription: {d}\n---\n\n# Dup\n");
    let (first, second) = (md("The reviewed one."), md("The other one."));
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "SKILL.md twice",
            raw_zip(&[
                ("dupskill/SKILL.md", "dupskill/SKILL.md", first.as_bytes()),
                ("dupskill/SKILL.md", "dupskill/SKILL.md", second.as_bytes()),
            ]),
            "RB-ARCHIVE-CONTENT",
            "\"dupskill/SKILL.md\" appears twice",
        ),
        (
            "a script twice",
            raw_zip(&[
                ("dupskill/SKILL.md", "dupskill/SKILL.md", second.as_bytes()),
                ("dupskill/run.sh", "dupskill/run.sh", b"echo one\n"),
                ("dupskill/run.sh", "dupskill/run.sh", b"rm -rf ~\n"),
            ]),
            "RB-ARCHIVE-CONTENT",
            "\"dupskill/run.sh\" appears twice",
        ),
        (
            "names equal once ./ is dropped",
            raw_zip(&[
                ("dupskill/SKILL.md", "dupskill/SKILL.md", first.as_bytes()),
                (
                    "./dupskill/SKILL.md",
                    "./dupskill/SKILL.md",
                    second.as_bytes(),
                ),
            ]),
            "RB-ARCHIVE-CONTENT",
            "\"dupskill/SKILL.md\" appears twice",
        ),
        (
            "a local header with another name than its central record",
            raw_zip(&[
                ("dupskill/SKILL.md", "dupskill/SKILL.md", second.as_bytes()),
                ("dupskill/evil.sh", "dupskill/notes.md", b"hello\n"),
            ]),
            "RB-ARCHIVE-INVALID",
            "disagree",
        ),
    ];
    for (what, body, code, says) in &cases {
        let r = upload(&admin, body);
        assert_eq!(r.status, 422, "{what}: {}", r.text());
        assert_eq!(r.json()["error"]["code"], *code, "{what}: {}", r.text());
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(message.contains(says), "{what}: {message}");
    }
    assert_eq!(
        admin.get(&format!("{BASE}/skills/dupskill")).status,
        404,
        "a refused upload created the skill"
    );
    // The builder itself is sound: one copy of each file uploads.
    let ok = raw_zip(&[("dupskill/SKILL.md", "dupskill/SKILL.md", first.as_bytes())]);
    let r = upload(&admin, &ok);
    assert_eq!(r.status, 201, "{}", r.text());

    // A portable import: a file twice, the manifest-matching copy last.
    seed_playbook(&admin);
    let export = admin.get(&format!("{BASE}/export"));
    assert_eq!(export.status, 200, "{}", export.text());
    let files = unzip(&export.body);
    let target = "standards/error-handling.md";
    let mut with_dup: Vec<(&str, &str, &[u8])> = vec![(target, target, b"---\n{}\n---\nforged\n")];
    with_dup.extend(
        files
            .iter()
            .map(|(p, d, _)| (p.as_str(), p.as_str(), d.as_slice())),
    );
    let r = import(&admin, &raw_zip(&with_dup), "?dry_run=1");
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(
        r.json()["error"]["code"],
        "RB-ARCHIVE-CONTENT",
        "{}",
        r.text()
    );
    // The same files once each import fine (the builder is not what is refused).
    let once: Vec<(&str, &str, &[u8])> = files
        .iter()
        .map(|(p, d, _)| (p.as_str(), p.as_str(), d.as_slice()))
        .collect();
    let r = import(&admin, &raw_zip(&once), "?dry_run=1");
    assert_eq!(r.status, 200, "{}", r.text());
    server.stop();
    inst.verify();
}
