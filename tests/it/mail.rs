//! Mail through the site's relay, against a real SMTP server (aiosmtpd from PyPI,
//! `tests/fakes/smtp_relay.py`) on loopback, with a certificate only the site's CA bundle
//! trusts.
//!
//! It checks:
//! - the relay must be on the egress allowlist, and plain text is refused unless the relay is
//!   on this host;
//! - STARTTLS and implicit TLS both work, and a relay that does not offer STARTTLS is refused
//!   before anything is said;
//! - a test message and an invitation arrive with their headers and body, the invitation
//!   carrying its link;
//! - header injection in an address is refused;
//! - a wrong password fails with the relay's code, and the password (a canary) is in no
//!   answer, log line or table in clear;
//! - each message is audited;
//! - the database verifies afterwards.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use base64::Engine;
use serde_json::{Value, json};

use crate::harness::*;

const PASSWORD: &str = "smtp-CANARY-relay-password-77";
const MAIL: &str = "/api/v1/admin/mail";

struct Relay {
    child: Child,
    port: u16,
    out: PathBuf,
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> String {
    std::env::var("RULEBOOK_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn relay(tls: &Path, mode: &str, out: PathBuf) -> Relay {
    let cfg = json!({ "mode": mode, "cert": tls.join("cert.pem"), "key": tls.join("key.pem"),
                      "user": "relay", "password": PASSWORD, "out": out });
    let mut child = Command::new(python())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fakes/smtp_relay.py"))
        .arg(cfg.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("python with aiosmtpd (scripts/test.sh installs it)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = serde_json::from_str::<Value>(&line)
        .unwrap_or_else(|_| panic!("the relay did not start: {line:?}"))["port"]
        .as_u64()
        .unwrap() as u16;
    Relay { child, port, out }
}

fn received(r: &Relay) -> Vec<Value> {
    std::fs::read_to_string(&r.out)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The body of a received message (base64, as Rulebook sends it).
fn body_of(m: &Value) -> String {
    let data = m["data"].as_str().unwrap();
    let b64: String = data
        .split("\n\n")
        .nth(1)
        .or_else(|| data.split("\r\n\r\n").nth(1))
        .unwrap()
        .split_whitespace()
        .collect();
    String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
    )
    .unwrap()
}

fn settings(port: u16, security: &str) -> Value {
    json!({ "enabled": true, "host": "127.0.0.1", "port": port, "security": security, "username": "relay",
            "password": PASSWORD, "from_address": "rulebook@corp.example", "from_name": "Rulebook" })
}

#[test]
fn mail_goes_through_the_sites_relay_over_tls_and_never_shows_its_password() {
    let inst = Instance::new("mail");
    inst.init();
    let tls = inst.tmp.path().join("relay-tls");
    inst.ok(&["tls", "self-signed", "--out", tls.to_str().unwrap()]);
    let starttls = relay(&tls, "starttls", inst.tmp.path().join("starttls.jsonl"));
    let implicit = relay(&tls, "tls", inst.tmp.path().join("tls.jsonl"));
    let plain = relay(&tls, "none", inst.tmp.path().join("plain.jsonl"));
    let server = inst.serve(&[]);
    let admin = server.setup_admin();

    // Off by default: an invitation with an address says to copy the link.
    let r = admin.post(
        "/api/v1/orgs/acme/invites",
        &json!({ "role": "member", "email": "dana@corp.example" }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    // The relay must be on the allowlist; plain text only to this host; never a password
    // without TLS.
    let r = admin.put(MAIL, &settings(starttls.port, "starttls"));
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("allowlist"), "{}", r.text());
    let allow: Vec<String> = [&starttls, &implicit, &plain]
        .iter()
        .map(|r| format!("127.0.0.1:{}", r.port))
        .collect();
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": allow, "ca_file": tls.join("cert.pem") }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut remote = settings(starttls.port, "none");
    remote["host"] = json!("smtp.corp.example");
    assert_eq!(admin.put(MAIL, &remote).status, 422);
    assert!(
        admin
            .put(MAIL, &settings(plain.port, "none"))
            .text()
            .contains("without TLS")
    );
    let member = join(&admin, "member", "mo", "member passphrase 123");
    assert_eq!(member.get(MAIL).status, 403);

    // STARTTLS with AUTH: a test message arrives over TLS, signed in.
    let r = admin.put(MAIL, &settings(starttls.port, "starttls"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["password_set"], true);
    let r = admin.post(
        &format!("{MAIL}/test"),
        &json!({ "to": "ops@corp.example" }),
    );
    assert_eq!(r.json(), json!({ "sent": true }), "{}", r.text());
    let got = received(&starttls);
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0]["tls"].clone(), got[0]["auth"].clone()),
        (json!(true), json!(true))
    );
    assert_eq!(got[0]["from"], "rulebook@corp.example");
    assert_eq!(got[0]["to"], json!(["ops@corp.example"]));
    let data = got[0]["data"].as_str().unwrap();
    assert!(
        data.contains("Subject: Rulebook test message")
            && data.contains("From: \"Rulebook\" <rulebook@corp.example>"),
        "{data}"
    );
    assert!(body_of(&got[0]).contains("the mail relay works"));

    // An invitation by mail carries its link.
    let r = admin.post(
        "/api/v1/orgs/acme/invites",
        &json!({ "role": "viewer", "email": "dana@corp.example" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["mailed"], true, "{}", r.text());
    let url = r.json()["url"].as_str().unwrap().to_string();
    let got = received(&starttls);
    assert_eq!(got.len(), 2);
    assert!(
        got[1]["data"]
            .as_str()
            .unwrap()
            .contains("Subject: Invitation to Acme on Rulebook")
    );
    let body = body_of(&got[1]);
    assert!(body.contains(&url) && body.contains("as viewer"), "{body}");
    // Header injection through the address is refused before anything is created or sent.
    for bad in [
        "dana@corp.example\r\nBcc: all@corp.example",
        "dana@corp.example>, all@corp.example",
        "dana",
    ] {
        let r = admin.post(
            "/api/v1/orgs/acme/invites",
            &json!({ "role": "viewer", "email": bad }),
        );
        assert_eq!(r.status, 422, "{bad:?}: {}", r.text());
    }
    assert_eq!(received(&starttls).len(), 2);

    // A relay that offers no STARTTLS is refused before anything is said in clear.
    let r = admin.put(
        MAIL,
        &json!({ "enabled": true, "host": "127.0.0.1", "port": plain.port, "security": "starttls",
        "username": "relay", "from_address": "rulebook@corp.example" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin
        .post(
            &format!("{MAIL}/test"),
            &json!({ "to": "ops@corp.example" }),
        )
        .json();
    assert_eq!(r["sent"], false);
    assert!(r["error"].as_str().unwrap().contains("STARTTLS"), "{r}");
    assert!(received(&plain).is_empty());

    // Implicit TLS; then a wrong password fails with the relay's code.
    let mut tls_settings = settings(implicit.port, "tls");
    tls_settings.as_object_mut().unwrap().remove("password");
    assert_eq!(admin.put(MAIL, &tls_settings).status, 200);
    let r = admin
        .post(
            &format!("{MAIL}/test"),
            &json!({ "to": "ops@corp.example" }),
        )
        .json();
    assert_eq!(r["sent"], true, "{r}");
    assert_eq!(received(&implicit).len(), 1);
    let mut wrong = settings(implicit.port, "tls");
    wrong["password"] = json!("not-the-password");
    assert_eq!(admin.put(MAIL, &wrong).status, 200);
    let r = admin
        .post(
            &format!("{MAIL}/test"),
            &json!({ "to": "ops@corp.example" }),
        )
        .json();
    assert_eq!(r["sent"], false);
    assert!(r["error"].as_str().unwrap().contains("535"), "{r}");
    assert!(!r.to_string().contains("not-the-password"));
    assert_eq!(received(&implicit).len(), 1);

    // Audited; the password is nowhere in clear.
    assert_audited(&admin, "mail.sent", 3);
    assert_audited(&admin, "mail.failed", 2);
    let shown = admin.get(MAIL).text();
    assert!(
        !shown.contains(PASSWORD) && !shown.contains("not-the-password"),
        "{shown}"
    );
    assert!(
        !inst.dump().contains(PASSWORD),
        "the relay password is stored in clear"
    );
    assert!(!server.log.lock().unwrap().contains(PASSWORD));
    assert!(
        !admin
            .get("/api/v1/audit?limit=500")
            .text()
            .contains(PASSWORD)
    );
    assert_eq!(admin.delete(MAIL).json()["settings"], Value::Null);
    server.stop();
    inst.verify();
}

/// Waits (up to 15 s: the worker looks every 2 s) for the relay to hold `n` messages.
fn wait_for(r: &Relay, n: usize) -> Vec<Value> {
    let t0 = std::time::Instant::now();
    loop {
        let got = received(r);
        if got.len() >= n || t0.elapsed() > std::time::Duration::from_secs(15) {
            return got;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn subject_of(m: &Value) -> String {
    let data = m["data"].as_str().unwrap();
    data.lines()
        .find_map(|l| l.strip_prefix("Subject: "))
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn notifications_go_through_the_outbox_to_those_who_want_them() {
    let inst = Instance::new("mail-notify");
    inst.init();
    let tls = inst.tmp.path().join("relay-tls");
    inst.ok(&["tls", "self-signed", "--out", tls.to_str().unwrap()]);
    let relay = relay(&tls, "starttls", inst.tmp.path().join("notify.jsonl"));
    let server = inst.serve(&["--public-url", "http://rulebook.corp.example:8080"]);
    let admin = server.setup_admin();
    let mo = join(&admin, "member", "mo", "member passphrase 123");
    let core = "/api/v1/orgs/acme/spaces/default/standards";
    let standard = |desc: &str| {
        json!({ "name": "Error handling", "description": desc, "scope": ["src/**/*.rs"],
                "rules": [{ "text": "Return errors.", "severity": "error" }], "message": "edit" })
    };
    assert_eq!(admin.post(core, &standard("v1\n")).status, 201);
    let url = format!("{core}/error-handling");

    // Addresses are each person's own; a bad one is refused.
    let r = admin.put(
        "/api/v1/account/mail",
        &json!({ "email": "admin@corp.example", "notifications": true }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["relay"], false);
    let r = mo.put(
        "/api/v1/account/mail",
        &json!({ "email": "mo@corp.example\r\nBcc: all@corp.example", "notifications": true }),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(
        mo.put(
            "/api/v1/account/mail",
            &json!({ "email": "mo@corp.example", "notifications": true })
        )
        .status,
        200
    );

    // No relay yet: nothing is queued for a proposal.
    let r = mo.post(&format!("{url}/proposals"), &standard("proposed\n"));
    assert_eq!(r.status, 201, "{}", r.text());
    let first = r.json()["id"].as_i64().unwrap();
    let queued = |inst: &Instance| -> i64 {
        inst.sql()
            .query_row("SELECT count(*) FROM mail_outbox", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(queued(&inst), 0);

    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [format!("127.0.0.1:{}", relay.port)], "ca_file": tls.join("cert.pem") }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin.put(MAIL, &settings(relay.port, "starttls")).status,
        200
    );

    // A proposal waiting for review: the admins hear of it (not the author), with a link.
    let r = mo.post(&format!("{url}/proposals"), &standard("again\n"));
    let second = r.json()["id"].as_i64().unwrap();
    let got = wait_for(&relay, 1);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["to"], json!(["admin@corp.example"]));
    assert!(
        subject_of(&got[0]).starts_with(&format!("Proposal #{second} waiting for review")),
        "{}",
        subject_of(&got[0])
    );
    let body = body_of(&got[0]);
    assert!(
        body.contains(&format!(
            "http://rulebook.corp.example:8080/#/acme/default/proposals/{second}"
        )) && body.contains("mo proposed"),
        "{body}"
    );

    // Decided: the author hears of it, with the comment.
    let r = admin.post(
        &format!("{url}/proposals/{second}/reject"),
        &json!({ "comment": "not now" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let got = wait_for(&relay, 2);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1]["to"], json!(["mo@corp.example"]));
    assert!(subject_of(&got[1]).starts_with(&format!("Proposal #{second} rejected")));
    assert!(body_of(&got[1]).contains("not now"));

    // Opted out: nothing is queued for mo any more.
    assert_eq!(
        mo.put(
            "/api/v1/account/mail",
            &json!({ "email": "mo@corp.example", "notifications": false })
        )
        .status,
        200
    );
    let before = queued(&inst);
    let r = admin.post(
        &format!("{url}/proposals/{first}/reject"),
        &json!({ "comment": "no" }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        queued(&inst),
        before,
        "a notification was queued for someone who opted out"
    );

    // A reset link goes to the person's own address at once (the opt-out is for
    // notifications), and the admin still sees it.
    let mo_id = member_id(&admin, "mo");
    let r = admin.post(
        &format!("/api/v1/orgs/acme/members/{mo_id}/reset-link"),
        &json!({}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["mailed"], true, "{}", r.text());
    let link = r.json()["url"].as_str().unwrap().to_string();
    let got = received(&relay);
    assert_eq!(got.len(), 3);
    assert_eq!(got[2]["to"], json!(["mo@corp.example"]));
    assert!(body_of(&got[2]).contains(&link));

    // Sent messages keep their subject for the record, not their body; each is audited.
    let (sent, bodies): (i64, i64) = inst
        .sql()
        .query_row(
            "SELECT count(*), coalesce(sum(length(body)), 0) FROM mail_outbox WHERE status = 'sent'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((sent, bodies), (2, 0));
    let audit = admin.get("/api/v1/audit?action=mail.sent&limit=50").text();
    assert!(
        audit.contains("mail:proposal.filed")
            && audit.contains("mail:proposal.decided")
            && audit.contains("mail:reset"),
        "{audit}"
    );
    assert_audited(&admin, "user.mail_prefs", 3);
    server.stop();
    inst.verify();
}

#[test]
fn a_failed_scheduled_backup_is_mailed_to_the_instance_administrators() {
    let inst = Instance::new("mail-backup");
    inst.init();
    let tls = inst.tmp.path().join("relay-tls");
    inst.ok(&["tls", "self-signed", "--out", tls.to_str().unwrap()]);
    let relay = relay(&tls, "starttls", inst.tmp.path().join("backup.jsonl"));
    // Backups are sealed to a recipient (age-keygen's), and go to a file where the folder
    // should be: every scheduled backup fails.
    let id = inst.tmp.path().join("id.txt");
    let made = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&id)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let recipient = std::fs::read_to_string(&id)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_string))
        .unwrap();
    std::fs::create_dir_all(inst.cfg()).unwrap();
    std::fs::write(
        inst.cfg().join("backup-recipients.txt"),
        format!("{recipient}\n"),
    )
    .unwrap();
    let not_a_dir = inst.tmp.path().join("not-a-folder");
    std::fs::write(&not_a_dir, "x").unwrap();
    let server = inst.serve(&[
        "--backup-every",
        "2s",
        "--backup-dir",
        not_a_dir.to_str().unwrap(),
    ]);
    let admin = server.setup_admin();
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [format!("127.0.0.1:{}", relay.port)], "ca_file": tls.join("cert.pem") }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin.put(MAIL, &settings(relay.port, "starttls")).status,
        200
    );
    assert_eq!(
        admin
            .put(
                "/api/v1/account/mail",
                &json!({ "email": "ops@corp.example", "notifications": true })
            )
            .status,
        200
    );
    let got = wait_for(&relay, 1);
    assert!(!got.is_empty(), "no mail about the failed backup");
    assert_eq!(got[0]["to"], json!(["ops@corp.example"]));
    assert_eq!(subject_of(&got[0]), "Rulebook: a scheduled backup failed");
    let body = body_of(&got[0]);
    assert!(
        body.contains("not-a-folder") && body.contains("/#/admin/backups"),
        "{body}"
    );
    server.stop();
    inst.verify();
}
