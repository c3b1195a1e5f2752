//! Backups and restores against the real binary, checked with the standard `age` tool:
//! online backup under a writer, refusal of damaged/foreign/newer backups with the live
//! database untouched, SIGKILL at every restore step, passphrase sealing.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use crate::harness::*;

/// An age identity file and its recipient, made by `age-keygen`.
fn keypair(dir: &std::path::Path, name: &str) -> (std::path::PathBuf, String) {
    let id = dir.join(format!("{name}.txt"));
    let out = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&id)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&id).unwrap();
    let recipient = text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap()
        .to_string();
    (id, recipient)
}

fn probe_count(inst: &Instance) -> usize {
    inst.ok(&["db", "probe", "--list"]).lines().count()
}

fn backup(inst: &Instance, to: &std::path::Path, recipient: &str) -> String {
    inst.ok(&[
        "backup",
        "--to",
        to.to_str().unwrap(),
        "--recipient",
        recipient,
    ])
}

#[test]
fn online_backup_decrypts_with_age_and_holds_no_clear_text() {
    let inst = Instance::new("backup");
    inst.init();
    let (id, recipient) = keypair(inst.tmp.path(), "id");
    let canary = "CANARY-backup-9c1d-must-not-appear";
    inst.ok(&["db", "probe", "--count", "200", "--payload", canary]);
    // A writer keeps committing while the backup runs.
    let mut writer = inst
        .cmd(&["db", "probe", "--count", "0", "--payload", "during-backup"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(writer.stdout.take().unwrap()).lines();
    lines.next().unwrap().unwrap();
    let file = inst.tmp.path().join("b1.age");
    let out = backup(&inst, &file, &recipient);
    assert!(out.contains("verified:"), "{out}");
    writer.kill().unwrap();
    writer.wait().unwrap();

    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"), "an age file");
    assert!(
        !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
        "canary in clear"
    );
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(inst.tmp.path().join("b1.age.manifest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest["schema_version"], inst.schema_version());
    assert_eq!(manifest["recipients"][0], recipient.as_str());
    let rows_in_manifest = manifest["counts"]["durability_probe"].as_i64().unwrap();
    assert!(rows_in_manifest >= 201, "{rows_in_manifest}");

    // The standard age tool decrypts it; SQLCipher with the database key opens the result.
    let plain = inst.tmp.path().join("decrypted.db");
    let out = std::process::Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&id)
        .arg("-o")
        .arg(&plain)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let c = rusqlite::Connection::open(&plain).unwrap();
    c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", inst.key_hex()))
        .unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM durability_probe", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, rows_in_manifest);
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    drop(c);
    // And so does independent tooling: Python's sqlcipher3 (SQLCipher 4) with the key.
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    assert!(
        std::path::Path::new(&python).exists(),
        "no Python with sqlcipher3 at {python}: run the tests through scripts/test.sh"
    );
    let script = format!(
        "import sqlcipher3\nc = sqlcipher3.connect({:?})\nc.execute(\"PRAGMA key = \\\"x'{}'\\\"\")\nprint(c.execute('SELECT count(*) FROM durability_probe').fetchone()[0])",
        plain.to_str().unwrap(),
        inst.key_hex()
    );
    let out = std::process::Command::new(&python)
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        rows_in_manifest.to_string()
    );

    let out = inst.ok(&[
        "backup",
        "verify",
        file.to_str().unwrap(),
        "--identity",
        id.to_str().unwrap(),
    ]);
    assert!(out.starts_with("ok:"), "{out}");
    let out = inst.ok(&["backup", "verify", file.to_str().unwrap()]);
    assert!(out.contains("matches its manifest"), "{out}");
    assert!(inst.ok(&["audit", "export"]).contains("backup.created"));
    // No recipients: a clear refusal, nothing written.
    let out = inst.run(&[
        "backup",
        "--to",
        inst.tmp.path().join("b2.age").to_str().unwrap(),
    ]);
    assert_ne!(code(&out), 0);
    assert!(
        stderr(&out).contains("RB-BACKUP-NO-RECIPIENTS"),
        "{}",
        stderr(&out)
    );
    assert!(!inst.tmp.path().join("b2.age").exists());
    inst.verify();
}

#[test]
fn damaged_foreign_or_newer_backups_are_refused_and_change_nothing() {
    let inst = Instance::new("restore-refuse");
    inst.init();
    let (id, recipient) = keypair(inst.tmp.path(), "id");
    let (other_id, _) = keypair(inst.tmp.path(), "other");
    inst.ok(&["db", "probe", "--count", "50"]);
    let good = inst.tmp.path().join("good.age");
    backup(&inst, &good, &recipient);
    let live = sha256_file(&inst.db());
    let bytes = std::fs::read(&good).unwrap();
    let manifest = std::fs::read(inst.tmp.path().join("good.age.manifest.json")).unwrap();
    let restore = |file: &std::path::Path, identity: &std::path::Path| {
        inst.run(&[
            "restore",
            file.to_str().unwrap(),
            "--identity",
            identity.to_str().unwrap(),
        ])
    };
    let case = |name: &str, data: &[u8], with_manifest: bool| {
        let f = inst.tmp.path().join(name);
        std::fs::write(&f, data).unwrap();
        if with_manifest {
            std::fs::write(
                inst.tmp.path().join(format!("{name}.manifest.json")),
                &manifest,
            )
            .unwrap();
        }
        f
    };
    // Truncated at several lengths, with and without the manifest.
    for (i, len) in [10usize, 100, bytes.len() / 2, bytes.len() - 1]
        .into_iter()
        .enumerate()
    {
        for with_manifest in [true, false] {
            let f = case(
                &format!("trunc{i}-{with_manifest}.age"),
                &bytes[..len],
                with_manifest,
            );
            let out = restore(&f, &id);
            assert_ne!(code(&out), 0, "truncated at {len} accepted");
            let err = stderr(&out);
            assert!(
                err.contains("RB-BACKUP-TRUNCATED")
                    || err.contains("RB-BACKUP-ALTERED")
                    || err.contains("RB-BACKUP-NOT-A-BACKUP"),
                "len {len} manifest {with_manifest}: {err}"
            );
            if with_manifest {
                assert!(err.contains("RB-BACKUP-TRUNCATED"), "{err}");
            }
        }
    }
    // One flipped byte in the payload.
    let mut flipped = bytes.clone();
    let at = bytes.len() - 100;
    flipped[at] ^= 0x01;
    for with_manifest in [true, false] {
        let out = restore(
            &case(
                &format!("flip-{with_manifest}.age"),
                &flipped,
                with_manifest,
            ),
            &id,
        );
        assert_eq!(code(&out), 5, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("RB-BACKUP-ALTERED"),
            "{}",
            stderr(&out)
        );
    }
    // The wrong identity.
    let out = restore(&good, &other_id);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RB-BACKUP-WRONG-IDENTITY"),
        "{}",
        stderr(&out)
    );
    // A backup from a newer schema: re-sealed with age after raising user_version.
    let plain = inst.tmp.path().join("newer.db");
    assert!(
        std::process::Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&id)
            .arg("-o")
            .arg(&plain)
            .arg(&good)
            .status()
            .unwrap()
            .success()
    );
    let c = rusqlite::Connection::open(&plain).unwrap();
    c.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\"; PRAGMA user_version = 99;",
        inst.key_hex()
    ))
    .unwrap();
    drop(c);
    let newer = inst.tmp.path().join("newer.age");
    assert!(
        std::process::Command::new("age")
            .arg("-r")
            .arg(&recipient)
            .arg("-o")
            .arg(&newer)
            .arg(&plain)
            .status()
            .unwrap()
            .success()
    );
    let out = restore(&newer, &id);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RB-BACKUP-SCHEMA-TOO-NEW"),
        "{}",
        stderr(&out)
    );

    assert_eq!(
        sha256_file(&inst.db()),
        live,
        "a refused restore must not touch the live database"
    );
    let leftovers: Vec<_> = std::fs::read_dir(inst.data())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        !leftovers
            .iter()
            .any(|n| n.to_string_lossy().contains("restore-tmp")),
        "{leftovers:?}"
    );
    // A restore while the server runs is refused.
    let server = inst.serve(&[]);
    let out = restore(&good, &id);
    assert_eq!(code(&out), 9, "{}", stderr(&out));
    server.stop();
    inst.verify();
}

#[test]
fn restore_killed_at_every_step_leaves_the_old_or_the_new_database() {
    let inst = Instance::new("restore-kill");
    inst.init();
    let (id, recipient) = keypair(inst.tmp.path(), "id");
    inst.ok(&["db", "probe", "--count", "30"]);
    let file = inst.tmp.path().join("b.age");
    backup(&inst, &file, &recipient);
    inst.ok(&["db", "probe", "--count", "20"]);
    let (old, new) = (50, 30);
    for step in [
        "decrypted",
        "verified",
        "old-closed",
        "old-kept",
        "installed",
    ] {
        inst.kill_at(
            &[
                "restore",
                file.to_str().unwrap(),
                "--identity",
                id.to_str().unwrap(),
            ],
            step,
        );
        inst.verify();
        let n = probe_count(&inst);
        assert!(
            n == old || n == new,
            "after a kill at {step}: {n} rows, neither old ({old}) nor new ({new})"
        );
        // Put the old database back for the next round.
        if n == new {
            inst.ok(&["db", "probe", "--count", "20"]);
        }
    }
    // And a restore that runs to the end installs the backup and keeps the previous file.
    let out = inst.ok(&[
        "restore",
        file.to_str().unwrap(),
        "--identity",
        id.to_str().unwrap(),
    ]);
    assert!(out.contains("previous database is kept"), "{out}");
    assert_eq!(probe_count(&inst), new);
    assert!(inst.ok(&["audit", "export"]).contains("backup.restored"));
    inst.verify();
}

#[test]
fn passphrase_sealed_backup_round_trip() {
    let inst = Instance::new("backup-pass");
    inst.init();
    inst.ok(&["db", "probe", "--count", "5"]);
    let pass = inst.tmp.path().join("pass.txt");
    std::fs::write(&pass, "a long backup passphrase for tests\n").unwrap();
    let wrong = inst.tmp.path().join("wrong.txt");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    let file = inst.tmp.path().join("p.age");
    inst.ok(&[
        "backup",
        "--to",
        file.to_str().unwrap(),
        "--passphrase-file",
        pass.to_str().unwrap(),
    ]);
    inst.ok(&["db", "probe", "--count", "5"]);
    let out = inst.run(&[
        "restore",
        file.to_str().unwrap(),
        "--passphrase-file",
        wrong.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    inst.ok(&[
        "restore",
        file.to_str().unwrap(),
        "--passphrase-file",
        pass.to_str().unwrap(),
    ]);
    assert_eq!(probe_count(&inst), 5);
    inst.verify();
}

#[test]
fn scheduled_backups_run_keep_n_and_report_failures() {
    let inst = Instance::new("sched");
    inst.init();
    let (id, recipient) = keypair(inst.tmp.path(), "id");
    std::fs::create_dir_all(inst.cfg()).unwrap();
    std::fs::write(
        inst.cfg().join("backup-recipients.txt"),
        format!("# ops team\n{recipient}\n"),
    )
    .unwrap();
    let dir = inst.tmp.path().join("scheduled");
    let server = inst.serve(&[
        "--backup-every",
        "1s",
        "--backup-dir",
        dir.to_str().unwrap(),
        "--backup-keep",
        "2",
    ]);
    let admin = server.setup_admin();
    // The scheduler runs below the request threads' priority (nice 10), the rest do not.
    let nice_of = |task: &std::path::Path| -> (String, i32) {
        let comm = std::fs::read_to_string(task.join("comm")).unwrap_or_default();
        let stat = std::fs::read_to_string(task.join("stat")).unwrap_or_default();
        let nice = stat
            .rfind(')')
            .and_then(|i| stat[i + 2..].split(' ').nth(16))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        (comm.trim().to_string(), nice)
    };
    let tasks: Vec<(String, i32)> = std::fs::read_dir(format!("/proc/{}/task", server.pid()))
        .unwrap()
        .flatten()
        .map(|t| nice_of(&t.path()))
        .collect();
    let main_nice = nice_of(std::path::Path::new(&format!("/proc/{}", server.pid()))).1;
    let scheduler = tasks
        .iter()
        .find(|(comm, _)| comm == "backup-schedule")
        .unwrap_or_else(|| panic!("no backup-schedule thread in {tasks:?}"));
    assert_eq!(scheduler.1, main_nice.max(10), "{tasks:?}");
    assert!(
        tasks
            .iter()
            .filter(|(comm, _)| comm != "backup-schedule")
            .all(|(_, n)| *n == main_nice),
        "{tasks:?}"
    );
    let done = wait_until(Duration::from_secs(30), || {
        admin.get("/api/v1/admin/backups").json()["successes"]
            .as_u64()
            .unwrap_or(0)
            >= 4
    });
    assert!(
        done.is_some(),
        "{}",
        admin.get("/api/v1/admin/backups").text()
    );
    let status = admin.get("/api/v1/admin/backups").json();
    assert_eq!(status["enabled"], true);
    assert!(status["last_size"].as_u64().unwrap() > 0);
    assert!(status["last_error"].is_null());
    let last = std::path::PathBuf::from(status["last_file"].as_str().unwrap());
    server.stop();
    let ages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "age"))
        .collect();
    assert!(
        ages.len() <= 3,
        "keep 2 (plus at most one written since the last prune): {}",
        ages.len()
    );
    let out = inst.ok(&[
        "backup",
        "verify",
        last.to_str().unwrap(),
        "--identity",
        id.to_str().unwrap(),
    ]);
    assert!(out.starts_with("ok:"), "{out}");

    // A folder that cannot be written: failures are counted and audited, the server stays up.
    let blocker = inst.tmp.path().join("not-a-dir");
    std::fs::write(&blocker, "x").unwrap();
    let server = inst.serve(&[
        "--backup-every",
        "1s",
        "--backup-dir",
        blocker.to_str().unwrap(),
    ]);
    let admin = Client::login(server.addr, "admin", ADMIN_PW);
    let failed = wait_until(Duration::from_secs(20), || {
        admin.get("/api/v1/admin/backups").json()["failures"]
            .as_u64()
            .unwrap_or(0)
            >= 1
    });
    assert!(failed.is_some());
    assert!(
        admin.get("/api/v1/admin/backups").json()["last_error"]
            .as_str()
            .unwrap()
            .starts_with("RB-BACKUP")
    );
    assert_eq!(server.get("/healthz").status, 200);
    server.stop();
    assert!(inst.ok(&["audit", "export"]).contains("backup.failed"));
    inst.verify();
}
