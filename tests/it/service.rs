//! systemd integration: the generated unit passes `systemd-analyze verify` with an exposure
//! score of at most 2.0; the server says READY=1 and feeds the watchdog only while a real
//! health request to itself succeeds.

use std::io::Write;
use std::net::TcpStream;
use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

use crate::harness::*;

#[test]
fn the_unit_verifies_and_scores_at_most_2() {
    let tmp = TempDir::new("unit");
    let out = std::process::Command::new(BIN)
        .args([
            "service",
            "install",
            "--print",
            "--bin",
            BIN,
            "--listen",
            "0.0.0.0:8443",
            "--backup-dir",
            "/var/backups/rulebook",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let unit = tmp.path().join("rulebook.service");
    std::fs::write(&unit, &out.stdout).unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("ReadWritePaths=/var/backups/rulebook")
            && text.contains("--backup-dir /var/backups/rulebook")
    );
    let verify = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&unit)
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
    let sec = std::process::Command::new("systemd-analyze")
        .args(["security", "--offline=true"])
        .arg(&unit)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&sec.stdout);
    let score: f64 = report
        .lines()
        .find_map(|l| {
            l.split("Overall exposure level for rulebook.service: ")
                .nth(1)
        })
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no score in: {report}"));
    eprintln!("systemd-analyze security exposure: {score}");
    assert!(score <= 2.0, "exposure {score}");
    // install writes the unit and creates missing keys with mode 0600.
    let dir = tmp.path().join("etc");
    let out = std::process::Command::new(BIN)
        .args(["service", "install", "--bin", BIN])
        .arg("--unit-dir")
        .arg(tmp.path())
        .arg("--db-key")
        .arg(dir.join("db.key"))
        .arg("--audit-key")
        .arg(dir.join("audit.key"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(dir.join("db.key"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
}

#[test]
fn ready_and_a_watchdog_fed_only_while_healthy() {
    let inst = Instance::new("notify");
    inst.init();
    let sock_path = inst.tmp.path().join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let server = Server::start_with_env(
        &inst,
        &["--max-connections", "4"],
        &[
            ("NOTIFY_SOCKET", sock_path.to_str().unwrap()),
            ("WATCHDOG_USEC", "400000"),
        ],
    );
    let mut buf = [0u8; 512];
    let mut messages = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5)
        && !messages.iter().any(|m: &String| m.contains("WATCHDOG=1"))
    {
        if let Ok(n) = sock.recv(&mut buf) {
            messages.push(String::from_utf8_lossy(&buf[..n]).into_owned());
        }
    }
    assert!(messages[0].starts_with("READY=1"), "{messages:?}");
    assert!(messages.iter().any(|m| m == "WATCHDOG=1"), "{messages:?}");

    // Make the listener deaf to new connections: hold every connection slot open.
    let mut held = Vec::new();
    for _ in 0..8 {
        if let Ok(mut s) = TcpStream::connect(server.addr) {
            let _ = s.write_all(b"GET /healthz HTTP/1.1\r\n");
            held.push(s);
        }
    }
    // Drain pings from probes that began before the attack took hold (under a loaded machine
    // one can finish late): wait for 600 ms without one (three probe intervals), at most 3 s.
    // A server that keeps feeding never gets that quiet, and the check below catches it.
    let settle = Instant::now();
    let mut last = Instant::now();
    while settle.elapsed() < Duration::from_secs(3) && last.elapsed() < Duration::from_millis(600) {
        if sock.recv(&mut buf).is_ok() {
            last = Instant::now();
        }
    }
    let quiet = Instant::now();
    let mut fed = 0;
    while quiet.elapsed() < Duration::from_millis(1200) {
        if let Ok(n) = sock.recv(&mut buf)
            && &buf[..n] == b"WATCHDOG=1"
        {
            fed += 1;
        }
    }
    assert_eq!(
        fed, 0,
        "the watchdog was fed while the listener refused connections"
    );
    drop(held);
    let resumed = wait_until(
        Duration::from_secs(5),
        || matches!(sock.recv(&mut buf), Ok(n) if &buf[..n] == b"WATCHDOG=1"),
    );
    assert!(
        resumed.is_some(),
        "the watchdog did not resume after the listener recovered"
    );
    server.stop();
    inst.verify();
}
