//! Signed archives and releases through the real binary and server: exports carry an Ed25519
//! signature over the manifest; `rulebook verify` names the signer; `install --from` refuses
//! unsigned, altered and untrusted archives before writing anything (unless
//! `--allow-unsigned`, loudly); another instance's archive needs its key trusted; a release
//! replayed over a newer lock or with other content for the locked version is refused; key
//! rotation keeps old archives verifiable; the private key appears nowhere.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use ring::signature::KeyPair as _;
use serde_json::{Value, json};

use crate::harness::*;

const BASE: &str = "/api/v1/orgs/acme/spaces/default";
const SIG: &str = "rulebook-archive.sig";
const MANIFEST: &str = "rulebook-archive.json";

fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.push((f.name().unwrap().to_string(), data));
    }
    out
}

fn zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (path, data) in entries {
        let opts = zip::write::SimpleFileOptions::default().unix_permissions(0o644);
        w.start_file(path.as_str(), opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// `entries` with `f` applied to the entry at `path`, written as a zip file.
fn altered(
    dir: &Path,
    name: &str,
    entries: &[(String, Vec<u8>)],
    path: &str,
    f: impl Fn(&mut Vec<u8>),
) -> PathBuf {
    let mut es = entries.to_vec();
    let e = es.iter_mut().find(|e| e.0 == path).unwrap();
    f(&mut e.1);
    let p = dir.join(name);
    std::fs::write(&p, zip(&es)).unwrap();
    p
}

fn keys(c: &Client) -> Vec<Value> {
    let r = c.get("/api/v1/signing-keys");
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["keys"].as_array().unwrap().clone()
}

fn fresh(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn empty(repo: &Path) -> bool {
    std::fs::read_dir(repo).unwrap().next().is_none()
}

fn install_from(
    inst: &Instance,
    archive: &Path,
    repo: &Path,
    extra: &[&str],
) -> std::process::Output {
    let mut args = vec![
        "install",
        "--from",
        archive.to_str().unwrap(),
        "-p",
        repo.to_str().unwrap(),
        "--agents",
        "claude",
    ];
    args.extend(extra);
    inst.run(&args)
}

fn lock(repo: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo.join("rulebook.lock")).unwrap()).unwrap()
}

/// Fails if any 64-hex or base64 run in `hay` is the seed of `public`.
fn assert_no_private_key(what: &str, hay: &str, public: &[u8]) {
    let is_seed = |bytes: &[u8]| {
        bytes.len() == 32
            && ring::signature::Ed25519KeyPair::from_seed_unchecked(bytes)
                .is_ok_and(|k| k.public_key().as_ref() == public)
    };
    let runs = |ok: fn(char) -> bool| -> Vec<String> {
        hay.split(|c: char| !ok(c))
            .filter(|s| s.len() >= 43)
            .map(str::to_string)
            .collect()
    };
    for run in runs(|c| c.is_ascii_hexdigit()) {
        for w in 0..=run.len() - 64.min(run.len()) {
            if run.len() >= 64 {
                let bytes: Vec<u8> = (0..32)
                    .map(|i| u8::from_str_radix(&run[w + 2 * i..w + 2 * i + 2], 16).unwrap())
                    .collect();
                assert!(
                    !is_seed(&bytes),
                    "{what} holds the private signing key (hex)"
                );
            }
        }
    }
    for run in runs(|c| c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '=') {
        for w in 0..run.len().saturating_sub(43) {
            for n in [43, 44] {
                if let Some(chunk) = run.get(w..w + n) {
                    for engine in [
                        base64::engine::general_purpose::STANDARD,
                        base64::engine::general_purpose::STANDARD_NO_PAD,
                    ] {
                        if let Ok(bytes) = engine.decode(chunk) {
                            assert!(
                                !is_seed(&bytes),
                                "{what} holds the private signing key (base64)"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn archives_are_signed_verified_and_refused_when_altered_or_untrusted() {
    let inst = Instance::new("signing");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    let dir = inst.tmp.path().to_path_buf();

    // An export is signed; the key is created on first need and listed without secrets.
    let export = admin.get(&format!("{BASE}/packages/backend/export?release=1"));
    assert_eq!(export.status, 200, "{}", export.text());
    let listed = keys(&admin);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["status"], "current");
    let key_a = listed[0]["key_id"].as_str().unwrap().to_string();
    let public_a = listed[0]["public_key"].as_str().unwrap().to_string();
    let raw_a = base64::engine::general_purpose::STANDARD
        .decode(&public_a)
        .unwrap();
    let entries = unzip(&export.body);
    let sig: Value =
        serde_json::from_slice(&entries.iter().find(|e| e.0 == SIG).unwrap().1).unwrap();
    assert_eq!(sig["key_id"], key_a.as_str());
    assert_eq!(sig["public_key"], public_a.as_str());
    let archive = dir.join("backend.zip");
    std::fs::write(&archive, &export.body).unwrap();

    // Not trusted yet: verify names the signer and fails; install refuses, writing nothing.
    let r = inst.run(&["verify", archive.to_str().unwrap()]);
    assert_ne!(code(&r), 0);
    let out = String::from_utf8_lossy(&r.stdout).to_string();
    assert!(out.contains(&format!("signed by:   key {key_a}")), "{out}");
    assert!(out.contains("NO (not in your trust store)"), "{out}");
    assert!(
        out.contains("package backend of acme/default, release 1"),
        "{out}"
    );
    assert!(
        stderr(&r).contains("RB-INSTALL-SIGNATURE"),
        "{}",
        stderr(&r)
    );
    let repo = fresh(&dir, "untrusted");
    let r = install_from(&inst, &archive, &repo, &[]);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("RB-INSTALL-SIGNATURE") && stderr(&r).contains(&key_a),
        "{}",
        stderr(&r)
    );
    assert!(empty(&repo));

    // Trusted: verify passes and the install records the signer and digest in the lock.
    let added = inst.ok(&["trust", "add", &public_a]);
    assert!(added.contains(&key_a), "{added}");
    assert!(inst.ok(&["trust", "list"]).contains(&key_a));
    let out = inst.ok(&["verify", archive.to_str().unwrap()]);
    assert!(
        out.contains("trusted:     yes") && out.contains("verified"),
        "{out}"
    );
    assert!(out.contains("artifacts:   3"), "{out}");
    let repo = fresh(&dir, "trusted");
    let r = install_from(&inst, &archive, &repo, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let l = lock(&repo);
    assert_eq!(l["packages"]["backend"]["signed_by"], key_a.as_str());
    assert_eq!(
        l["packages"]["backend"]["digest"].as_str().unwrap().len(),
        64
    );
    assert!(l["packages"]["backend"].get("unverified").is_none());

    // One byte changed in a file, in the manifest, in the signature: each refused.
    let file = entries
        .iter()
        .find(|e| e.0.starts_with("standards/"))
        .unwrap()
        .0
        .clone();
    let cases = [
        (
            altered(&dir, "file.zip", &entries, &file, |d| {
                let n = d.len() - 2;
                d[n] ^= 1;
            }),
            "RB-INSTALL-SOURCE",
        ),
        (
            altered(&dir, "manifest.zip", &entries, MANIFEST, |d| {
                let i = d.windows(7).position(|w| w == b"Backend").unwrap();
                d[i + 6] = b'e';
            }),
            "RB-INSTALL-SIGNATURE",
        ),
        (
            altered(&dir, "sig.zip", &entries, SIG, |d| {
                let text = String::from_utf8(d.clone()).unwrap();
                let at = text.find("\"signature\": \"").unwrap() + 14;
                d[at] = if d[at] == b'A' { b'B' } else { b'A' };
            }),
            "RB-INSTALL-SIGNATURE",
        ),
    ];
    for (bad, code_want) in &cases {
        let r = inst.run(&["verify", bad.to_str().unwrap()]);
        assert_ne!(code(&r), 0, "{} verified", bad.display());
        let repo = fresh(
            &dir,
            &format!("t-{}", bad.file_stem().unwrap().to_str().unwrap()),
        );
        let r = install_from(&inst, bad, &repo, &[]);
        assert_ne!(code(&r), 0, "{} installed", bad.display());
        assert!(
            stderr(&r).contains(code_want),
            "{}: {}",
            bad.display(),
            stderr(&r)
        );
        assert!(empty(&repo), "{} wrote files", bad.display());
    }
    // The server refuses an import whose manifest no longer matches its signature.
    let bytes = std::fs::read(&cases[1].0).unwrap();
    let r = admin.send_bytes(
        "POST",
        &format!("{BASE}/import?dry_run=1"),
        "application/zip",
        &bytes,
        &[],
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains(SIG), "{}", r.text());

    // Unsigned: refused, then installed with --allow-unsigned, loudly, recorded as unverified.
    let unsigned: Vec<_> = entries.iter().filter(|e| e.0 != SIG).cloned().collect();
    let unsigned_zip = dir.join("unsigned.zip");
    std::fs::write(&unsigned_zip, zip(&unsigned)).unwrap();
    let repo = fresh(&dir, "unsigned");
    let r = install_from(&inst, &unsigned_zip, &repo, &[]);
    assert!(stderr(&r).contains("is not signed"), "{}", stderr(&r));
    assert!(empty(&repo));
    let r = install_from(&inst, &unsigned_zip, &repo, &["--allow-unsigned"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("WARNING: --allow-unsigned: installing UNVERIFIED"),
        "{}",
        stderr(&r)
    );
    assert_eq!(lock(&repo)["packages"]["backend"]["unverified"], true);

    // `render --from`, `mcp --from` and `distribute --from` read a carried archive only after
    // the same checks: altered or unsigned archives are refused, nothing is written.
    for (bad, code_want) in cases
        .iter()
        .chain([(unsigned_zip.clone(), "is not signed")].iter())
    {
        let out = dir.join("rendered");
        let r = inst.run(&[
            "render",
            "--from",
            bad.to_str().unwrap(),
            "--agents",
            "claude",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_ne!(code(&r), 0, "render --from {} worked", bad.display());
        assert!(stderr(&r).contains(code_want), "{}", stderr(&r));
        assert!(!out.exists() || empty(&out), "render wrote files");
        let r = inst.run(&["mcp", "--from", bad.to_str().unwrap()]);
        assert_ne!(code(&r), 0, "mcp --from {} served", bad.display());
        assert!(stderr(&r).contains(code_want), "{}", stderr(&r));
    }
    let out = dir.join("rendered-unsigned");
    let r = inst.run(&[
        "render",
        "--from",
        unsigned_zip.to_str().unwrap(),
        "--agents",
        "claude",
        "--out",
        out.to_str().unwrap(),
        "--allow-unsigned",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("WARNING: --allow-unsigned"),
        "{}",
        stderr(&r)
    );
    assert!(out.join("CLAUDE.md").exists() || !empty(&out));

    // A repository that pins other keys trusts only those.
    let pinned = fresh(&dir, "pinned");
    std::fs::write(
        pinned.join("rulebook.json"),
        json!({ "packages": {}, "agents": [], "trusted_keys": [base64::engine::general_purpose::STANDARD.encode([7u8; 32])] }).to_string(),
    )
    .unwrap();
    let r = install_from(&inst, &archive, &pinned, &[]);
    assert!(
        stderr(&r).contains("not trusted by this repository"),
        "{}",
        stderr(&r)
    );

    // Another instance's archive: refused until its key is trusted.
    let other = Instance::new("signing-b");
    let b = other.serve(&[]);
    let admin_b = b.setup_admin();
    crate::render::seed(&admin_b);
    let export_b = admin_b.get(&format!("{BASE}/packages/backend/export?release=1"));
    assert_eq!(export_b.status, 200);
    let kb = keys(&admin_b);
    let key_b = kb[0]["key_id"].as_str().unwrap().to_string();
    assert_ne!(key_b, key_a);
    let archive_b = dir.join("from-b.zip");
    std::fs::write(&archive_b, &export_b.body).unwrap();
    let repo = fresh(&dir, "from-b");
    let r = install_from(&inst, &archive_b, &repo, &[]);
    assert!(
        stderr(&r).contains("RB-INSTALL-SIGNATURE") && stderr(&r).contains(&key_b),
        "{}",
        stderr(&r)
    );
    assert!(empty(&repo));
    // The importing server reports the signer and that it does not trust it; its own: trusted.
    let r = admin.send_bytes(
        "POST",
        &format!("{BASE}/import?dry_run=1"),
        "application/zip",
        &export_b.body,
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["signature"]["key_id"], key_b.as_str());
    assert_eq!(r.json()["signature"]["trusted"], false);
    let r = admin.send_bytes(
        "POST",
        &format!("{BASE}/import?dry_run=1"),
        "application/zip",
        &export.body,
        &[],
    );
    assert_eq!(r.json()["signature"]["trusted"], true, "{}", r.text());
    inst.ok(&["trust", "add", kb[0]["public_key"].as_str().unwrap()]);
    let r = install_from(&inst, &archive_b, &repo, &[]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(
        lock(&repo)["packages"]["backend"]["signed_by"],
        key_b.as_str()
    );
    inst.ok(&["trust", "remove", &key_b]);
    assert!(!inst.ok(&["trust", "list"]).contains(&key_b));

    // Rotation: a new current key; the old one stays listed, its archives still verify and
    // the server still knows them as its own.
    let rotated = inst.ok(&["signing", "rotate"]);
    let listed = keys(&admin);
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert_eq!(listed[0]["status"], "retired");
    assert_eq!(listed[1]["status"], "current");
    let key_new = listed[1]["key_id"].as_str().unwrap().to_string();
    assert!(rotated.contains(&key_new), "{rotated}");
    let shown = inst.ok(&["signing", "show"]);
    assert!(
        shown.contains(&key_a) && shown.contains(&key_new),
        "{shown}"
    );
    let newer = admin.get(&format!("{BASE}/packages/backend/export?release=1"));
    let sig: Value =
        serde_json::from_slice(&unzip(&newer.body).iter().find(|e| e.0 == SIG).unwrap().1).unwrap();
    assert_eq!(sig["key_id"], key_new.as_str());
    assert!(
        inst.ok(&["verify", archive.to_str().unwrap()])
            .contains("verified")
    );
    let r = admin.send_bytes(
        "POST",
        &format!("{BASE}/import?dry_run=1"),
        "application/zip",
        &export.body,
        &[],
    );
    assert_eq!(r.json()["signature"]["trusted"], true, "{}", r.text());
    // Rotation and key creation are audited.
    let audit = admin.get("/api/v1/audit?limit=500").text();
    assert!(audit.contains("signing.key_created"), "{audit}");

    // Canary: the private keys appear in no response, archive, log, audit row, secrets
    // listing or backup listing (they are sealed in the database, never in clear).
    let mut hay = String::new();
    for k in keys(&admin) {
        hay.push_str(&k.to_string());
    }
    for e in unzip(&export.body).into_iter().chain(unzip(&newer.body)) {
        hay.push_str(&String::from_utf8_lossy(&e.1));
    }
    hay.push_str(&audit);
    hay.push_str(&admin.get("/api/v1/admin/secrets").text());
    hay.push_str(&admin.get("/api/v1/admin/backups").text());
    hay.push_str(&inst.ok(&["secrets", "list", "--json"]));
    hay.push_str(&server.log.lock().unwrap());
    hay.push_str(&inst.dump());
    for l in keys(&admin) {
        let public = base64::engine::general_purpose::STANDARD
            .decode(l["public_key"].as_str().unwrap())
            .unwrap();
        assert_no_private_key("responses, archives, logs and the database", &hay, &public);
    }
    // The canary can fail: a hex seed in the haystack is found.
    let caught = std::panic::catch_unwind(|| {
        assert_no_private_key("test", &format!("x {} y", "00".repeat(32)), &{
            let k = ring::signature::Ed25519KeyPair::from_seed_unchecked(&[0u8; 32]).unwrap();
            k.public_key().as_ref().to_vec()
        });
    });
    assert!(caught.is_err());
    let _ = raw_a;
    drop(b);
    drop(server);
    inst.verify();
}

#[test]
fn a_release_replayed_over_a_newer_lock_is_refused() {
    let inst = Instance::new("signing-replay");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    crate::render::seed(&admin);
    // Release 2 of backend.
    let r = admin.post(&format!("{BASE}/packages/backend/releases"), &json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    let release = r.json()["version"].as_str().unwrap_or("2").to_string();
    cli_login(&inst, &server, &admin, "read");
    let repo = fresh(inst.tmp.path(), "repo");
    let at = repo.to_str().unwrap();
    let r = inst.run(&[
        "install",
        &format!("backend@{release}"),
        "-p",
        at,
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let l = lock(&repo);
    let key = keys(&admin)[0]["key_id"].as_str().unwrap().to_string();
    assert_eq!(l["packages"]["backend"]["signed_by"], key.as_str());
    assert_eq!(l["packages"]["backend"]["release"], release.as_str());
    let digest = l["packages"]["backend"]["digest"]
        .as_str()
        .unwrap()
        .to_string();

    // The older release over the newer lock: refused, nothing changed.
    let before = std::fs::read(repo.join("rulebook.lock")).unwrap();
    let r = inst.run(&["install", "backend@1", "-p", at, "--agents", "claude"]);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("RB-INSTALL-REPLAY") && stderr(&r).contains("older"),
        "{}",
        stderr(&r)
    );
    assert_eq!(std::fs::read(repo.join("rulebook.lock")).unwrap(), before);
    // Asked for explicitly: allowed.
    let r = inst.run(&[
        "install",
        "backend@1",
        "-p",
        at,
        "--agents",
        "claude",
        "--allow-downgrade",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert_eq!(lock(&repo)["packages"]["backend"]["release"], "1");

    // The locked version with other content (a forged lock digest stands in for a server
    // that now serves different bytes under the same version): refused.
    let r = inst.run(&[
        "install",
        &format!("backend@{release}"),
        "-p",
        at,
        "--agents",
        "claude",
    ]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    let mut l = lock(&repo);
    assert_eq!(l["packages"]["backend"]["digest"], digest.as_str());
    l["packages"]["backend"]["digest"] = json!("0".repeat(64));
    std::fs::write(
        repo.join("rulebook.lock"),
        serde_json::to_string_pretty(&l).unwrap(),
    )
    .unwrap();
    let r = inst.run(&[
        "install",
        &format!("backend@{release}"),
        "-p",
        at,
        "--agents",
        "claude",
    ]);
    assert_ne!(code(&r), 0);
    assert!(
        stderr(&r).contains("other content than rulebook.lock records"),
        "{}",
        stderr(&r)
    );
    // `update` makes the same checks: the replay is refused there too...
    let r = inst.run(&["update", "-p", at]);
    assert!(
        code(&r) != 0 && stderr(&r).contains("RB-INSTALL-REPLAY"),
        "{}",
        stderr(&r)
    );
    l["packages"]["backend"]["digest"] = json!(digest);
    std::fs::write(
        repo.join("rulebook.lock"),
        serde_json::to_string_pretty(&l).unwrap(),
    )
    .unwrap();
    // ...a signer the repository does not pin is refused, and `--allow-unsigned` installs it
    // loudly, recorded as unverified.
    let config_path = repo.join("rulebook.json");
    let mut config: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&config_path).unwrap()).unwrap();
    config["trusted_keys"] = json!([base64::engine::general_purpose::STANDARD.encode([7u8; 32])]);
    std::fs::write(&config_path, config.to_string()).unwrap();
    let before = std::fs::read(repo.join("rulebook.lock")).unwrap();
    let r = inst.run(&["update", "-p", at]);
    assert!(
        code(&r) != 0 && stderr(&r).contains("RB-INSTALL-SIGNATURE"),
        "{}",
        stderr(&r)
    );
    assert_eq!(std::fs::read(repo.join("rulebook.lock")).unwrap(), before);
    let r = inst.run(&["update", "-p", at, "--allow-unsigned"]);
    assert_eq!(code(&r), 0, "{}", stderr(&r));
    assert!(
        stderr(&r).contains("WARNING: --allow-unsigned"),
        "{}",
        stderr(&r)
    );
    assert_eq!(lock(&repo)["packages"]["backend"]["unverified"], true);
    drop(server);
    inst.verify();
}
