//! CLI basics: version, completions, doctor, usage errors.

use std::os::unix::fs::PermissionsExt;

use crate::harness::*;

#[test]
fn version_names_version_commit_and_target() {
    let out = std::process::Command::new(BIN)
        .arg("--version")
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(s.starts_with("rulebook 0."), "{s}");
    let long = std::process::Command::new(BIN)
        .arg("version")
        .output()
        .unwrap();
    assert_eq!(code(&long), 2, "unknown subcommand is a usage error");
    let out = std::process::Command::new(BIN)
        .args(["--version"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("rulebook"));
    let out = std::process::Command::new(BIN)
        .args(["serve", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--listen"));
}

#[test]
fn long_version_has_commit_and_target() {
    let out = std::process::Command::new(BIN).arg("-V").output().unwrap();
    assert!(out.status.success());
    let out = std::process::Command::new(BIN)
        .arg("--version")
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(s.contains("commit") && s.contains("linux"), "{s}");
}

#[test]
fn completions_for_bash() {
    let out = std::process::Command::new(BIN)
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("_rulebook"));
    let bad = std::process::Command::new(BIN)
        .args(["completions", "cmd.exe"])
        .output()
        .unwrap();
    assert_eq!(code(&bad), 2);
}

#[test]
fn doctor_passes_on_a_fresh_install_and_names_fixes() {
    let inst = Instance::new("doctor");
    inst.init();
    let out = inst.ok(&["doctor"]);
    assert!(
        out.contains("[ok  ] key") && out.contains("[ok  ] database"),
        "{out}"
    );
    std::fs::set_permissions(inst.key_file(), std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = inst.run(&["doctor"]);
    assert_eq!(code(&out), 1);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("[FAIL] key") && s.contains("fix: chmod 600"),
        "{s}"
    );
    std::fs::set_permissions(inst.key_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
    inst.verify();
}

#[test]
fn bad_arguments_are_usage_errors() {
    let inst = Instance::new("usage");
    for args in [
        &["serve", "--listen", "not-an-address"][..],
        &["serve", "--workers", "0"][..],
        &["db", "probe", "--count", "-1"][..],
    ] {
        let out = inst.run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
    }
    assert!(
        !inst.data().exists(),
        "a usage error must not create anything"
    );
}

#[test]
fn user_create_admin_from_the_shell_then_sign_in() {
    let inst = Instance::new("usercreate");
    let out = inst.run_stdin(
        &[
            "user",
            "create",
            "root.admin",
            "--admin",
            "--org",
            "Platform Team",
            "--password-stdin",
        ],
        "scripted admin passphrase\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("organization platform-team"));
    // A weak password is refused.
    let out = inst.run_stdin(
        &["user", "create", "second", "--admin", "--password-stdin"],
        "password1234\n",
    );
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("commonly used"), "{}", stderr(&out));
    // No setup link once a user exists; the admin can sign in.
    let server = inst.serve(&[]);
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!server.log.lock().unwrap().contains("#/setup/"));
    let c = Client::login(server.addr, "root.admin", "scripted admin passphrase");
    assert_eq!(c.get("/api/v1/orgs/platform-team").json()["role"], "admin");
    server.stop();
    let out = inst.ok(&["audit", "verify"]);
    assert!(out.starts_with("ok:"));
    inst.verify();
}

#[test]
fn api_keys_and_users_from_the_shell() {
    let inst = Instance::new("clikeys");
    let out = inst.run_stdin(
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
    assert!(out.status.success(), "{}", stderr(&out));
    let key = inst.ok(&[
        "apikey", "create", "--user", "ops", "--org", "acme", "--scope", "write", "--name", "ci",
    ]);
    let key = key.trim().to_string();
    assert!(key.starts_with("rbk_"), "{key}");
    let bad = inst.run(&[
        "apikey", "create", "--user", "ghost", "--org", "acme", "--name", "x",
    ]);
    assert_ne!(code(&bad), 0);
    let listed = inst.ok(&["apikey", "list", "--user", "ops"]);
    assert!(
        listed.contains(&key[..12]) && !listed.contains(&key),
        "{listed}"
    );
    let users = inst.ok(&["user", "list"]);
    assert!(
        users.contains("ops") && users.contains("acme:admin"),
        "{users}"
    );
    let server = inst.serve(&[]);
    let c = Client {
        bearer: Some(key.clone()),
        ..server.client()
    };
    assert_eq!(c.get("/api/v1/orgs/acme").status, 200);
    let id = listed.split_whitespace().next().unwrap().to_string();
    inst.ok(&["apikey", "revoke", "--user", "ops", &id]);
    assert_eq!(
        c.get("/api/v1/orgs/acme").status,
        401,
        "revoked from the shell, refused at once"
    );
    // The last admin cannot be disabled from the shell either.
    let out = inst.run(&["user", "disable", "ops", "--org", "acme"]);
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("last admin"), "{}", stderr(&out));
    server.stop();
    assert!(inst.ok(&["audit", "export"]).contains("apikey.revoked"));
    inst.verify();
}

#[test]
fn doctor_checks_tls_expiry_exposure_backups_and_clock() {
    let inst = Instance::new("doctor2");
    inst.init();
    let dir = inst.tmp.path().join("tls");
    inst.ok(&["tls", "self-signed", "--out", dir.to_str().unwrap()]);
    let cert = dir.join("cert.pem");
    let out = inst.run(&[
        "doctor",
        "--listen",
        "0.0.0.0:8443",
        "--tls-cert",
        cert.to_str().unwrap(),
    ]);
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        s.contains("[ok  ] tls") && s.contains("[ok  ] listen") && s.contains("[ok  ] clock"),
        "{s}"
    );
    assert!(s.contains("[warn] backups"), "no backup yet: {s}");
    // Exposed without TLS: a failure with the fix.
    let out = inst.run(&["doctor", "--listen", "0.0.0.0:8420"]);
    assert_eq!(code(&out), 1);
    assert!(String::from_utf8_lossy(&out.stdout).contains("[FAIL] listen"));
    // 900 days later the certificate (825 days) has expired and the clock check still holds.
    let clock = inst.tmp.path().join("clock");
    std::fs::write(&clock, (900 * 86_400).to_string()).unwrap();
    let out = inst
        .cmd(&[
            "doctor",
            "--listen",
            "127.0.0.1:8443",
            "--tls-cert",
            cert.to_str().unwrap(),
        ])
        .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(s.contains("[FAIL] tls") && s.contains("expired"), "{s}");
    // A clock set before the database was created is a failure.
    std::fs::write(&clock, (-400 * 86_400).to_string()).unwrap();
    let out = inst
        .cmd(&["doctor"])
        .env("RULEBOOK_TEST_CLOCK_FILE", &clock)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("[FAIL] clock"));
    inst.verify();
}

#[test]
fn doctor_fails_a_key_kept_with_the_backups() {
    let inst = Instance::new("doctor3");
    let backups = inst.tmp.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let key = backups.join("db.key");
    inst.ok(&["--key-file", key.to_str().unwrap(), "init"]);
    let out = inst.run(&[
        "--key-file",
        key.to_str().unwrap(),
        "doctor",
        "--backup-dir",
        backups.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    assert!(String::from_utf8_lossy(&out.stdout).contains("inside the backup folder"));
}

// ---- Issue 12, finding 14: a closed stdout ends a command quietly, never the server ---------

/// The write end of a pipe whose read end is already closed: every write gets EPIPE.
fn closed_pipe() -> std::process::Stdio {
    use std::os::fd::FromRawFd;
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two descriptors this function then owns.
    let (read, write) = unsafe {
        assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC), 0);
        (
            std::os::fd::OwnedFd::from_raw_fd(fds[0]),
            std::os::fd::OwnedFd::from_raw_fd(fds[1]),
        )
    };
    drop(read);
    std::process::Stdio::from(write)
}

/// Exit 0 (all was written before the reader left) or killed by SIGPIPE, as `head` expects
/// of any command; never a panic (exit 101, or 134 in the release build that aborts).
fn assert_quiet_end(what: &str, status: std::process::ExitStatus, stderr: &[u8]) {
    use std::os::unix::process::ExitStatusExt;
    let err = String::from_utf8_lossy(stderr);
    assert!(
        status.success() || status.signal() == Some(libc::SIGPIPE),
        "{what}: {status:?}\n{err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{what}: {err}"
    );
}

#[test]
fn printing_commands_end_quietly_when_stdout_is_closed() {
    use std::io::BufRead;
    let commands: [&[&str]; 3] = [&["routes"], &["completions", "bash"], &["--help"]];
    for args in commands {
        for round in 0..50 {
            let mut cmd = std::process::Command::new(BIN);
            cmd.args(args).stderr(std::process::Stdio::piped());
            let out = if round % 2 == 0 {
                // Like `rulebook routes | head -1`: the reader leaves after one line.
                let mut child = cmd.stdout(std::process::Stdio::piped()).spawn().unwrap();
                let mut first = String::new();
                std::io::BufReader::new(child.stdout.take().unwrap())
                    .read_line(&mut first)
                    .unwrap();
                assert!(!first.is_empty(), "{args:?}: no first line");
                child.wait_with_output().unwrap()
            } else {
                // The reader is gone before the first write: always EPIPE.
                cmd.stdout(closed_pipe()).output().unwrap()
            };
            assert_quiet_end(&format!("{args:?} round {round}"), out.status, &out.stderr);
        }
    }
}

#[test]
fn the_server_survives_a_closed_stdout_and_stderr() {
    use std::io::BufRead;
    let inst = Instance::new("sigpipe-serve");
    // With a user in place the server prints no first-run link after "listening on" (the
    // link is written with eprintln!, which panics on a closed stderr; not tested here).
    let out = inst.run_stdin(
        &[
            "user",
            "create",
            "root.admin",
            "--admin",
            "--org",
            "Acme",
            "--password-stdin",
        ],
        "scripted admin passphrase\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut child = inst
        .cmd(&["serve", "--listen", "127.0.0.1:0"])
        .stdout(closed_pipe())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let addr: std::net::SocketAddr = loop {
        let line = lines
            .next()
            .expect("the server ended before listening")
            .unwrap();
        if let Some(url) = line.strip_prefix("rulebook listening on ") {
            break url.rsplit("://").next().unwrap().parse().unwrap();
        }
    };
    // From now on every log line the server writes meets a closed pipe.
    drop(lines);
    for i in 0..5 {
        let body = format!(r#"{{"username":"nobody{i}","password":"wrong wrong wrong"}}"#);
        let r = request(
            addr,
            &format!(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ),
        )
        .unwrap();
        assert_eq!(r.status, 401, "{}", r.text());
    }
    let r = request(
        addr,
        &format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )
    .unwrap();
    assert_eq!(r.status, 200);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the server died on a closed stderr"
    );
    // SIGTERM: the orderly stop still works.
    // SAFETY: signals the child this test started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    inst.verify();
}
