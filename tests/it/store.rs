//! The encrypted store through the CLI: encryption at rest, wrong key vs damage, key sources,
//! schema refusal, key rotation.

use std::os::unix::fs::PermissionsExt;

use crate::harness::*;

/// Files of the data dir, without the instance lock (a lock is not data).
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "rulebook.lock")
        .collect();
    v.sort();
    v
}

fn write_key(path: &std::path::Path, hex: &str) {
    std::fs::write(path, format!("{hex}\n")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn database_is_encrypted_and_canary_is_not_in_any_file() {
    let inst = Instance::new("canary");
    inst.init();
    let canary = "CANARY-7f3a9e1c-visible-if-unencrypted";
    inst.ok(&["db", "probe", "--count", "50", "--payload", canary]);
    let db = std::fs::read(inst.db()).unwrap();
    assert!(db.len() >= 4096);
    assert_ne!(
        &db[..16],
        b"SQLite format 3\0",
        "header must not be plain SQLite"
    );
    for name in files_in(&inst.data()) {
        let bytes = std::fs::read(inst.data().join(&name)).unwrap();
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "canary found in clear in {name}"
        );
    }
    // The key is not in the data dir.
    assert!(!inst.key_file().starts_with(inst.data()));
    let list = inst.ok(&["db", "probe", "--list"]);
    assert_eq!(list.lines().count(), 50);
    inst.verify();
}

#[test]
fn wrong_key_is_named_and_leaves_the_file_untouched() {
    let inst = Instance::new("wrongkey");
    inst.init();
    inst.ok(&["db", "probe", "--count", "5"]);
    let before = sha256_file(&inst.db());
    let files_before = files_in(&inst.data());
    let other = inst.tmp.path().join("other.key");
    write_key(&other, &"ab".repeat(32));
    let other_s = other.to_str().unwrap();
    for args in [
        vec!["--key-file", other_s, "db", "verify"],
        vec!["--key-file", other_s, "db", "status"],
    ] {
        let out = inst.run(&args);
        assert_eq!(code(&out), 4, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("RB-STORE-WRONG-KEY"),
            "{}",
            stderr(&out)
        );
    }
    // serve with the wrong key must not start and must not create anything.
    let out = inst
        .cmd(&["--key-file", other_s, "serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert_eq!(sha256_file(&inst.db()), before);
    assert_eq!(files_in(&inst.data()), files_before);
    inst.verify();
}

#[test]
fn flipped_bytes_are_reported_as_damage_with_the_page() {
    let inst = Instance::new("damage");
    inst.init();
    inst.ok(&[
        "db",
        "probe",
        "--count",
        "300",
        "--payload",
        &"x".repeat(200),
    ]);
    inst.verify();
    let good = std::fs::read(inst.db()).unwrap();
    assert!(
        good.len() > 4096 * 4,
        "need several pages, have {}",
        good.len()
    );

    // A byte in page 3.
    let mut bad = good.clone();
    bad[4096 * 2 + 1000] ^= 0x01;
    std::fs::write(inst.db(), &bad).unwrap();
    let out = inst.run(&["db", "verify"]);
    assert_eq!(
        code(&out),
        5,
        "stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("RB-STORE-DAMAGED"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("page 3"), "{}", stderr(&out));

    // A byte in page 1: SQLCipher cannot tell this from a wrong key; the key-check can.
    let mut bad1 = good.clone();
    bad1[200] ^= 0x80;
    std::fs::write(inst.db(), &bad1).unwrap();
    let out = inst.run(&["db", "verify"]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("damaged (page 1)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(inst.db()).unwrap(),
        bad1,
        "a damaged file is never rewritten"
    );

    std::fs::write(inst.db(), &good).unwrap();
    inst.verify();
}

#[test]
fn key_file_readable_by_others_is_refused() {
    let inst = Instance::new("perms");
    inst.init();
    std::fs::set_permissions(inst.key_file(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = inst.run(&["db", "verify"]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("RB-KEY-PERMISSIONS") && stderr(&out).contains("chmod 600"),
        "{}",
        stderr(&out)
    );
    std::fs::set_permissions(inst.key_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    inst.verify();
}

#[test]
fn a_missing_key_is_never_replaced_for_an_existing_database() {
    let inst = Instance::new("nokey");
    inst.init();
    let key = std::fs::read_to_string(inst.key_file()).unwrap();
    std::fs::remove_file(inst.key_file()).unwrap();
    let out = inst
        .cmd(&["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RB-KEY-UNREADABLE"),
        "{}",
        stderr(&out)
    );
    assert!(
        !inst.key_file().exists(),
        "no new key may be made for an existing database"
    );
    write_key(&inst.key_file(), key.trim());
    inst.verify();
}

#[test]
fn a_newer_schema_is_refused() {
    let inst = Instance::new("schema");
    inst.init();
    let key = std::fs::read_to_string(inst.key_file()).unwrap();
    let current: i64 = {
        let c = rusqlite::Connection::open(inst.db()).unwrap();
        c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.trim()))
            .unwrap();
        let v = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        c.execute_batch("PRAGMA user_version = 99;").unwrap();
        v
    };
    for args in [&["db", "status"][..], &["db", "verify"][..], &["init"][..]] {
        let out = inst.run(args);
        assert_eq!(code(&out), 6, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("schema version 99"),
            "{}",
            stderr(&out)
        );
    }
    let c = rusqlite::Connection::open(inst.db()).unwrap();
    c.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\"; PRAGMA user_version = {current};",
        key.trim()
    ))
    .unwrap();
    drop(c);
    inst.verify();
}

#[test]
fn status_lists_the_applied_migrations() {
    let inst = Instance::new("status");
    inst.init();
    let out = inst.ok(&["db", "status"]);
    let n = inst.schema_version();
    assert!(
        n >= 8 && out.contains(&format!("schema: {n} (this binary supports up to {n})")),
        "{out}"
    );
    assert!(out.contains("instance metadata"), "{out}");
    inst.verify();
}

#[test]
fn rekey_rotates_the_key_and_the_old_key_stops_working() {
    let inst = Instance::new("rekey");
    inst.init();
    inst.ok(&["db", "probe", "--count", "20"]);
    let old = std::fs::read_to_string(inst.key_file()).unwrap();
    let out = inst.ok(&["db", "rekey"]);
    assert!(out.contains("re-encrypted"), "{out}");
    let new = std::fs::read_to_string(inst.key_file()).unwrap();
    assert_ne!(old, new);
    let mode = std::fs::metadata(inst.key_file())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(inst.ok(&["db", "probe", "--list"]).lines().count(), 20);
    let old_file = inst.tmp.path().join("old.key");
    write_key(&old_file, old.trim());
    let out = inst.run(&["--key-file", old_file.to_str().unwrap(), "db", "verify"]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    inst.verify();
}

#[test]
fn an_interrupted_rekey_is_completed_on_next_open() {
    let inst = Instance::new("rekey-crash");
    inst.init();
    inst.ok(&["db", "probe", "--count", "3"]);
    let old = std::fs::read_to_string(inst.key_file()).unwrap();
    inst.ok(&["db", "rekey"]);
    let new = std::fs::read_to_string(inst.key_file()).unwrap();
    // The state a crash between installing the database and swapping the key files leaves.
    let next = inst.cfg().join("db.key.new");
    std::fs::rename(inst.key_file(), &next).unwrap();
    write_key(&inst.key_file(), old.trim());
    inst.verify();
    assert_eq!(std::fs::read_to_string(inst.key_file()).unwrap(), new);
    assert!(!next.exists());
    assert_eq!(inst.ok(&["db", "probe", "--list"]).lines().count(), 3);
}

#[test]
fn rekey_is_refused_while_the_server_runs() {
    let inst = Instance::new("rekey-busy");
    inst.init();
    let server = inst.serve(&[]);
    let out = inst.run(&["db", "rekey"]);
    assert_eq!(code(&out), 9, "{}", stderr(&out));
    let second = inst
        .cmd(&["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(code(&second), 9, "{}", stderr(&second));
    server.stop();
    inst.verify();
}

#[test]
fn key_sources_follow_the_documented_precedence() {
    let inst = Instance::new("sources");
    let custom = inst.tmp.path().join("custom.key");
    inst.ok(&["--key-file", custom.to_str().unwrap(), "init"]);
    assert!(custom.exists() && !inst.key_file().exists());
    // RULEBOOK_DB_KEY_FILE
    let out = inst
        .cmd(&["db", "verify"])
        .env("RULEBOOK_DB_KEY_FILE", &custom)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // systemd credentials win over the environment variable.
    let creds = inst.tmp.path().join("creds");
    std::fs::create_dir(&creds).unwrap();
    std::fs::copy(&custom, creds.join("rulebook-db-key")).unwrap();
    std::fs::set_permissions(
        creds.join("rulebook-db-key"),
        std::fs::Permissions::from_mode(0o400),
    )
    .unwrap();
    let bogus = inst.tmp.path().join("bogus.key");
    write_key(&bogus, &"cd".repeat(32));
    let out = inst
        .cmd(&["db", "verify"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .env("RULEBOOK_DB_KEY_FILE", &bogus)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // --key-file wins over both.
    let out = inst
        .cmd(&["--key-file", bogus.to_str().unwrap(), "db", "verify"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    assert_eq!(code(&out), 4, "{}", stderr(&out));
}

#[test]
fn passphrase_mode_unlocks_with_the_right_passphrase_only() {
    let inst = Instance::new("passphrase");
    let run_with = |args: &[&str], pass: &str| inst.run_stdin(args, &format!("{pass}\n"));
    let out = run_with(&["--passphrase", "init"], "correct horse battery staple");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(inst.data().join("rulebook.kdf").exists());
    assert!(
        !inst.key_file().exists(),
        "passphrase mode writes no key file"
    );
    let out = run_with(
        &["--passphrase", "db", "verify"],
        "correct horse battery staple",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run_with(
        &["--passphrase", "db", "verify"],
        "correct horse battery stapler",
    );
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let out = run_with(&["--passphrase", "db", "verify"], "");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn serve_refuses_a_damaged_database_and_never_writes_it() {
    let inst = Instance::new("serve-damage");
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    for name in ["One", "Two", "Three"] {
        admin.post(
            "/api/v1/orgs/acme/spaces",
            &serde_json::json!({ "name": name, "visibility": "open" }),
        );
    }
    server.stop();
    inst.ok(&[
        "db",
        "probe",
        "--count",
        "300",
        "--payload",
        &"x".repeat(200),
    ]);
    inst.verify();
    let good = std::fs::read(inst.db()).unwrap();
    let pages = good.len() / 4096;
    assert!(pages > 20, "need several pages, have {pages}");
    // One bit in a page near the end (the review flipped page 92 of a larger file).
    let page = pages - 3;
    let mut bad = good.clone();
    bad[4096 * (page - 1) + 1000] ^= 0x01;
    std::fs::write(inst.db(), &bad).unwrap();

    let out = serve_refused(&inst, &[]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RB-STORE-DAMAGED") && stderr(&out).contains(&format!("page {page}")),
        "{}",
        stderr(&out)
    );
    assert!(
        std::fs::read(inst.db()).unwrap() == bad,
        "a damaged file is never written, not even by the start-up"
    );
    let wal = inst.data().join("rulebook.db-wal");
    assert!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) == 0,
        "nothing was written to the WAL either"
    );

    std::fs::write(inst.db(), &good).unwrap();
    let server = inst.serve(&[]);
    assert_eq!(server.get("/readyz").status, 200);
    server.stop();
    inst.verify();
}
