//! Signing in with the site's directory, against a real OpenLDAP server (Debian's `slapd`)
//! started here on loopback with a seeded directory and a certificate only the site's CA
//! bundle trusts:
//! - a valid login makes the account with the roles its groups grant; a wrong password, an
//!   empty one and a disabled person get 401; a group change at the directory moves the role
//!   at the next sign-in;
//! - LDAPS and StartTLS both work with the site's CA; plain LDAP is refused to a non-loopback
//!   directory;
//! - usernames with `*`, `)(`, NUL and non-ASCII letters are escaped (RFC 4515): they match
//!   nobody and never sign in as someone else;
//! - with the directory down, its people get a clear 503 and the local break-glass admin still
//!   signs in;
//! - the service account's password (a canary) is in no answer, log line or database page in
//!   clear; the database verifies afterwards.

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::*;

const LDAP: &str = "/api/v1/admin/sso/ldap";
const SERVICE_PW: &str = "ldap-CANARY-service-password-31";
const BASE: &str = "dc=corp,dc=example";

/// A slapd on two loopback ports (ldap:// and ldaps://), stopped when dropped.
struct Slapd {
    child: Option<Child>,
    plain: u16,
    tls: u16,
    dir: std::path::PathBuf,
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn seed() -> String {
    let person = |uid: &str, cn: &str, pw: &str, extra: &str| {
        format!(
            "dn: uid={uid},ou=people,{BASE}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {cn}\nsn: {cn}\nmail: {uid}@corp.example\nuserPassword: {pw}\n{extra}\n"
        )
    };
    let group = |cn: &str, members: &[&str]| {
        let mut g = format!("dn: cn={cn},ou=groups,{BASE}\nobjectClass: groupOfNames\ncn: {cn}\n");
        for m in members {
            g.push_str(&format!("member: {m}\n"));
        }
        g + "\n"
    };
    let service = format!("cn=rulebook,ou=services,{BASE}");
    let alice = format!("uid=alice,ou=people,{BASE}");
    [
        format!("dn: {BASE}\nobjectClass: dcObject\nobjectClass: organization\no: Corp\ndc: corp\n\n"),
        format!("dn: ou=people,{BASE}\nobjectClass: organizationalUnit\nou: people\n\n"),
        format!("dn: ou=groups,{BASE}\nobjectClass: organizationalUnit\nou: groups\n\n"),
        format!("dn: ou=services,{BASE}\nobjectClass: organizationalUnit\nou: services\n\n"),
        format!("dn: {service}\nobjectClass: person\ncn: rulebook\nsn: service\nuserPassword: {SERVICE_PW}\n\n"),
        person("alice", "Alice Liddell", "alice directory pw", ""),
        person("bob", "Bob Disabled", "bob directory pw", "employeeType: disabled\n"),
        person("carol", "Carol Local", "carol directory pw", ""),
        group("eng", &[&alice]),
        group("rb-admins", &[&service]),
    ]
    .concat()
}

impl Slapd {
    fn start(dir: &Path, tls: &Path) -> Slapd {
        assert!(
            Path::new("/usr/sbin/slapd").exists(),
            "slapd is not installed (apt-get install slapd ldap-utils; .ci/run does)"
        );
        let db = dir.join("db");
        std::fs::create_dir_all(&db).unwrap();
        let conf = format!(
            "include /etc/ldap/schema/core.schema\n\
             include /etc/ldap/schema/cosine.schema\n\
             include /etc/ldap/schema/inetorgperson.schema\n\
             pidfile {dir}/slapd.pid\n\
             modulepath /usr/lib/ldap\n\
             moduleload back_mdb\n\
             TLSCertificateFile {tls}/cert.pem\n\
             TLSCertificateKeyFile {tls}/key.pem\n\
             database mdb\n\
             maxsize 10485760\n\
             suffix \"{BASE}\"\n\
             rootdn \"cn=admin,{BASE}\"\n\
             rootpw rootsecret\n\
             directory {db}\n\
             access to attrs=userPassword by anonymous auth by * none\n\
             access to * by users read by * none\n",
            dir = dir.display(),
            tls = tls.display(),
            db = db.display(),
        );
        std::fs::write(dir.join("slapd.conf"), conf).unwrap();
        std::fs::write(dir.join("seed.ldif"), seed()).unwrap();
        let out = Command::new("/usr/sbin/slapadd")
            .args(["-f", "slapd.conf", "-l", "seed.ldif"])
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "slapadd: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut s = Slapd {
            child: None,
            plain: free_port(),
            tls: free_port(),
            dir: dir.to_path_buf(),
        };
        s.run();
        s
    }

    fn run(&mut self) {
        let child = Command::new("/usr/sbin/slapd")
            .args([
                "-f",
                "slapd.conf",
                "-h",
                &format!(
                    "ldap://127.0.0.1:{}/ ldaps://127.0.0.1:{}/",
                    self.plain, self.tls
                ),
                "-d",
                "0",
            ])
            .current_dir(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let t0 = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.tls)).is_err() {
            assert!(
                t0.elapsed() < Duration::from_secs(20),
                "slapd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Applies an LDIF change as the directory's root.
    fn modify(&self, ldif: &str) {
        use std::io::Write;
        let mut c = Command::new("ldapmodify")
            .args([
                "-x",
                "-H",
                &format!("ldap://127.0.0.1:{}", self.plain),
                "-D",
                &format!("cn=admin,{BASE}"),
                "-w",
                "rootsecret",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        c.stdin.take().unwrap().write_all(ldif.as_bytes()).unwrap();
        assert!(c.wait().unwrap().success(), "ldapmodify failed");
    }
}

fn settings(url: &str, starttls: bool) -> Value {
    json!({
        "enabled": true, "url": url, "starttls": starttls,
        "bind_dn": format!("cn=rulebook,ou=services,{BASE}"), "bind_password": SERVICE_PW,
        "user_base": format!("ou=people,{BASE}"),
        "user_filter": "(&(objectClass=inetOrgPerson)(uid={username})(!(employeeType=disabled)))",
        "group_base": format!("ou=groups,{BASE}"),
        "groups": [
            { "group": "eng", "org": "acme", "role": "member", "space": "web", "space_role": "member" },
            { "group": "rb-admins", "org": "acme", "role": "admin" },
        ],
    })
}

fn sign_in(server: &Server, user: &str, password: &str) -> Resp {
    server.client().post(
        "/api/v1/auth/login",
        &json!({ "username": user, "password": password }),
    )
}

fn role(c: &Client) -> Option<String> {
    c.get("/api/v1/auth/me").json()["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["slug"] == "acme")
        .map(|o| o["role"].as_str().unwrap().to_string())
}

#[test]
fn the_sites_directory_signs_people_in_with_roles_from_its_groups() {
    let inst = Instance::new("ldap");
    inst.init();
    let tls = inst.tmp.path().join("ldap-tls");
    inst.ok(&["tls", "self-signed", "--out", tls.to_str().unwrap()]);
    let dir = inst.tmp.path().join("slapd");
    let mut slapd = Slapd::start(&dir, &tls);
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    private_space(&admin, "web");
    // carol has a local account before the directory comes.
    join(&admin, "viewer", "carol", "carol local passphrase 1");

    // Off the allowlist, refused; plain LDAP to a remote directory, refused.
    let ldaps = format!("ldaps://127.0.0.1:{}", slapd.tls);
    let r = admin.put(LDAP, &settings(&ldaps, false));
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("allowlist"), "{}", r.text());
    let r = admin.put(LDAP, &settings("ldap://ldap.corp.example", false));
    assert!(r.text().contains("starttls"), "{}", r.text());
    let r = admin.put(
        "/api/v1/admin/egress",
        &json!({ "allow": [format!("127.0.0.1:{}", slapd.tls), format!("127.0.0.1:{}", slapd.plain)],
                 "ca_file": tls.join("cert.pem") }),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // Only an instance admin sets it.
    let member = join(&admin, "member", "mo", "member passphrase 123");
    assert_eq!(member.put(LDAP, &settings(&ldaps, false)).status, 403);
    let r = admin.put(LDAP, &settings(&ldaps, false));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["bind_password_set"], true);
    assert!(!r.text().contains(SERVICE_PW));

    // The test binds the service account and finds alice with her groups.
    let t = admin
        .post(&format!("{LDAP}/test"), &json!({ "username": "alice" }))
        .json();
    assert_eq!(t["ok"], true, "{t}");
    assert_eq!(t["dn"], format!("uid=alice,ou=people,{BASE}"));
    assert!(t["groups"].to_string().contains("eng"), "{t}");

    // alice signs in over LDAPS: her account is made, eng makes her a member of acme and web.
    let r = sign_in(&server, "alice", "alice directory pw");
    assert_eq!(r.status, 200, "{}", r.text());
    let mut alice = server.client();
    alice.adopt(&r);
    assert_eq!(role(&alice).as_deref(), Some("member"));
    let spaces = alice.get("/api/v1/orgs/acme/spaces").text();
    assert!(
        spaces.contains("\"web\""),
        "the private space web is not hers: {spaces}"
    );
    // Wrong, empty: 401. bob is disabled in the directory: 401 with his right password.
    for (user, pw) in [
        ("alice", "wrong"),
        ("alice", ""),
        ("bob", "bob directory pw"),
        ("nobody", "x"),
    ] {
        assert_eq!(sign_in(&server, user, pw).status, 401, "{user}");
    }
    // Injection: escaped, these match nobody (and never alice), whatever the password.
    for evil in ["*", "alice)(uid=*", "*)(|(uid=*", "alice\0", "al*", "Lučić"] {
        let r = sign_in(&server, evil, "alice directory pw");
        assert_eq!(r.status, 401, "{evil:?}: {}", r.text());
    }

    // A group change at the directory moves the role at the next sign-in.
    slapd.modify(&format!(
        "dn: cn=rb-admins,ou=groups,{BASE}\nchangetype: modify\nadd: member\nmember: uid=alice,ou=people,{BASE}\n"
    ));
    let r = sign_in(&server, "alice", "alice directory pw");
    let mut alice = server.client();
    alice.adopt(&r);
    assert_eq!(role(&alice).as_deref(), Some("admin"));
    slapd.modify(&format!(
        "dn: cn=rb-admins,ou=groups,{BASE}\nchangetype: modify\ndelete: member\nmember: uid=alice,ou=people,{BASE}\n"
    ));
    let r = sign_in(&server, "alice", "alice directory pw");
    let mut alice = server.client();
    alice.adopt(&r);
    assert_eq!(role(&alice).as_deref(), Some("member"));

    // carol's local account keeps its password; the directory does not take it over unless
    // allowed, and then it signs in with the directory's password only.
    assert_eq!(
        sign_in(&server, "carol", "carol local passphrase 1").status,
        200
    );
    assert_eq!(sign_in(&server, "carol", "carol directory pw").status, 401);
    let mut linking = settings(&ldaps, false);
    linking.as_object_mut().unwrap().remove("bind_password");
    linking["link_existing_by_username"] = json!(true);
    assert_eq!(admin.put(LDAP, &linking).status, 200);
    assert_eq!(sign_in(&server, "carol", "carol directory pw").status, 200);
    assert_eq!(
        sign_in(&server, "carol", "carol local passphrase 1").status,
        401
    );

    // StartTLS on the plain port works the same.
    let mut starttls = settings(&format!("ldap://127.0.0.1:{}", slapd.plain), true);
    starttls.as_object_mut().unwrap().remove("bind_password");
    assert_eq!(admin.put(LDAP, &starttls).status, 200);
    assert_eq!(sign_in(&server, "alice", "alice directory pw").status, 200);

    // The directory down: a clear 503 for its people, audited; the break-glass admin still
    // signs in with the local password.
    slapd.stop();
    let r = sign_in(&server, "alice", "alice directory pw");
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(
        r.text().contains("directory cannot be reached"),
        "{}",
        r.text()
    );
    let admin2 = Client::login(server.addr, "admin", ADMIN_PW);
    assert_audited(&admin2, "auth.ldap_login", 4);
    let t = admin2.post(&format!("{LDAP}/test"), &json!({})).json();
    assert_eq!(t["ok"], false, "{t}");
    slapd.run();
    assert_eq!(sign_in(&server, "alice", "alice directory pw").status, 200);

    // alice is the directory's for good: no reset link gives her a local password, and the
    // day she leaves (disabled in the directory) she is out.
    let alice_id = member_id(&admin2, "alice");
    let r = admin2.post(
        &format!("/api/v1/orgs/acme/members/{alice_id}/reset-link"),
        &json!({}),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    slapd.modify(&format!(
        "dn: uid=alice,ou=people,{BASE}\nchangetype: modify\nadd: employeeType\nemployeeType: disabled\n"
    ));
    assert_eq!(sign_in(&server, "alice", "alice directory pw").status, 401);

    // The service account's password is sealed: in no answer, log line or page in clear.
    assert!(!admin2.get(LDAP).text().contains(SERVICE_PW));
    assert!(
        !inst.dump().contains(SERVICE_PW),
        "the password is stored in clear"
    );
    assert!(!server.log.lock().unwrap().contains(SERVICE_PW));
    let audit = admin2.get("/api/v1/audit?limit=500").text();
    assert!(!audit.contains(SERVICE_PW));
    // One identity per person, under the directory's lasting id.
    let ids: Vec<(String, String)> = inst
        .sql()
        .prepare("SELECT s.issuer, u.username FROM sso_identities s JOIN users u ON u.id = s.user_id ORDER BY u.username")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        ids,
        vec![
            ("ldap".to_string(), "alice".to_string()),
            ("ldap".to_string(), "carol".to_string())
        ]
    );
    drop(slapd);
    server.stop();
    inst.verify();
}
