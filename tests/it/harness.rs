//! Test harness: temporary instances, the real binary, a raw HTTP/1.1 client, process stats.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_rulebook");

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let mut rnd = [0u8; 8];
        std::fs::File::open("/dev/urandom")
            .unwrap()
            .read_exact(&mut rnd)
            .unwrap();
        let name = format!(
            "rulebook-it-{tag}-{}",
            rnd.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        let p = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A Rulebook instance on disk: data dir and config dir.
pub struct Instance {
    pub tmp: TempDir,
}

impl Instance {
    pub fn new(tag: &str) -> Instance {
        Instance {
            tmp: TempDir::new(tag),
        }
    }
    pub fn data(&self) -> PathBuf {
        self.tmp.path().join("data")
    }
    pub fn cfg(&self) -> PathBuf {
        self.tmp.path().join("cfg")
    }
    pub fn db(&self) -> PathBuf {
        self.data().join("rulebook.db")
    }
    pub fn key_file(&self) -> PathBuf {
        self.cfg().join("db.key")
    }

    /// A command for the binary with this instance's directories and a clean environment.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.arg("--data-dir")
            .arg(self.data())
            .arg("--config-dir")
            .arg(self.cfg());
        c.args(args);
        c.env_remove("RULEBOOK_DB_KEY_FILE")
            .env_remove("CREDENTIALS_DIRECTORY");
        c.env_remove("RULEBOOK_LISTEN").env("RULEBOOK_LOG", "info");
        for v in [
            "RULEBOOK_SERVER",
            "RULEBOOK_API_KEY",
            "RULEBOOK_ORG",
            "RULEBOOK_CA_FILE",
            "CODEX_HOME",
        ] {
            c.env_remove(v);
        }
        c.stdin(Stdio::null());
        c
    }

    /// Runs the binary to completion.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs and asserts success, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "rulebook {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn init(&self) {
        self.ok(&["init"]);
    }

    /// `rulebook db verify` must pass: integrity_check ok, cipher_integrity_check clean.
    pub fn verify(&self) {
        let out = self.ok(&["db", "verify"]);
        assert!(out.starts_with("ok:"), "verify said: {out}");
    }

    pub fn serve(&self, extra: &[&str]) -> Server {
        Server::start(self, extra, None)
    }
}

/// A running server; killed on drop.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub url: String,
    pub log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `rulebook serve --listen 127.0.0.1:0 EXTRA`, optionally under `prlimit`.
    pub fn start(inst: &Instance, extra: &[&str], nofile: Option<u32>) -> Server {
        let prefix: Vec<String> = match nofile {
            Some(n) => vec!["prlimit".into(), format!("--nofile={n}:{n}"), "--".into()],
            None => Vec::new(),
        };
        Server::start_under(inst, extra, &prefix)
    }

    /// Starts the server under a wrapper command (`prlimit ... --`, `strace ...`).
    pub fn start_under(inst: &Instance, extra: &[&str], prefix: &[String]) -> Server {
        let mut cmd = match prefix.split_first() {
            Some((program, args)) => {
                let mut c = Command::new(program);
                c.args(args).arg(BIN);
                c.arg("--data-dir")
                    .arg(inst.data())
                    .arg("--config-dir")
                    .arg(inst.cfg());
                c.env_remove("RULEBOOK_DB_KEY_FILE")
                    .env_remove("CREDENTIALS_DIRECTORY");
                c.stdin(Stdio::null());
                c
            }
            None => inst.cmd(&[]),
        };
        cmd.args(["serve", "--listen", "127.0.0.1:0"]).args(extra);
        ENV_OVERRIDE.with(|e| {
            for (k, v) in e.borrow().iter() {
                cmd.env(k, v);
            }
        });
        cmd.stdout(Stdio::null()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let log2 = log.clone();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.strip_prefix("rulebook listening on ")
                    && let Some(tx) = tx.take()
                {
                    let _ = tx.send(url.to_string());
                }
                let mut l = log2.lock().unwrap();
                l.push_str(&line);
                l.push('\n');
            }
        });
        let url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(u) => u,
            Err(_) => {
                let _ = child.kill();
                panic!("server did not start:\n{}", log.lock().unwrap());
            }
        };
        let addr: SocketAddr = url.rsplit("://").next().unwrap().parse().unwrap();
        Server {
            child,
            addr,
            url,
            log,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident memory of the server process in KiB.
    pub fn rss_kib(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// Threads of the server process.
    pub fn threads(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    pub fn get(&self, path: &str) -> Resp {
        request(
            self.addr,
            &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        )
        .unwrap_or_else(|e| panic!("GET {path}: {e}\n{}", self.log.lock().unwrap()))
    }

    /// Stops the server (SIGKILL: the store must not depend on a clean shutdown).
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops a server started under a tracer (`strace`): SIGTERM to the tracer's children
    /// (the server), so it ends cleanly and the trace is complete, and only then the tracer.
    /// Killing the tracer first would detach the server and leave it running.
    pub fn stop_traced(self) {
        let pid = self.pid();
        let kids: Vec<i32> = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect();
        for k in &kids {
            // SAFETY: signals the server process this test started (the tracer's child).
            unsafe { libc::kill(*k, libc::SIGTERM) };
        }
        wait_until(Duration::from_secs(10), || {
            kids.iter()
                .all(|k| !std::path::Path::new(&format!("/proc/{k}")).exists())
        });
        self.stop();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A parsed HTTP response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// Sends raw request bytes on a new connection and reads the response until close.
pub fn request(addr: SocketAddr, raw: &str) -> std::io::Result<Resp> {
    request_bytes(addr, raw.as_bytes())
}

/// Like [`request`], for requests with binary bodies.
pub fn request_bytes(addr: SocketAddr, raw: &[u8]) -> std::io::Result<Resp> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    // A server that refuses a body early (413) answers and closes before reading it all.
    if let Err(e) = s.write_all(raw)
        && !matches!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
        )
    {
        return Err(e);
    }
    read_response(&mut s)
}

/// Reads one response from a stream until the server closes it.
pub fn read_response(s: &mut impl Read) -> std::io::Result<Resp> {
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    parse_response(&buf)
}

pub fn parse_response(buf: &[u8]) -> std::io::Result<Resp> {
    let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, m.to_string());
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("no header end"))?;
    let head = String::from_utf8_lossy(&buf[..end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().ok_or_else(|| bad("empty"))?;
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad(status_line))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = buf[end + 4..].to_vec();
    let declared = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok());
    if let Some(n) = declared {
        body.truncate(n);
    }
    Ok(Resp {
        status,
        headers,
        body,
    })
}

/// Polls `f` until it returns true or `limit` passes; returns the time it took.
pub fn wait_until(limit: Duration, mut f: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// sha256 of a file, hex.
pub fn sha256_file(p: &Path) -> String {
    let data = std::fs::read(p).unwrap();
    let d = ring::digest::digest(&ring::digest::SHA256, &data);
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Exit code of a finished command.
pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

impl Server {
    /// The one-time setup token printed at start (waits for the line).
    pub fn setup_token(&self) -> Option<String> {
        let mut found = None;
        wait_until(Duration::from_secs(5), || {
            let log = self.log.lock().unwrap();
            found = log.lines().find_map(|l| {
                l.split("#/setup/")
                    .nth(1)
                    .map(|t| t.split_whitespace().next().unwrap_or("").to_string())
            });
            found.is_some()
        });
        found
    }

    /// A client with no credentials.
    pub fn client(&self) -> Client {
        Client {
            addr: self.addr,
            cookie: None,
            csrf: None,
            bearer: None,
            origin: None,
        }
    }

    /// Completes first-run setup as `admin` in organization "Acme" and returns the signed-in client.
    pub fn setup_admin(&self) -> Client {
        let token = self.setup_token().expect("setup token printed");
        let mut c = self.client();
        let r = c.post(
            "/api/v1/setup",
            &serde_json::json!({ "token": token, "org_name": "Acme", "username": "admin",
                                 "display_name": "Ada Admin", "password": ADMIN_PW }),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        c.adopt(&r);
        c
    }
}

pub const ADMIN_PW: &str = "a very long admin passphrase";

/// A small HTTP/1.1 JSON client with a cookie jar of one, a CSRF token and an optional key.
#[derive(Clone)]
pub struct Client {
    pub addr: SocketAddr,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    pub bearer: Option<String>,
    pub origin: Option<String>,
}

impl Client {
    pub fn send(&self, method: &str, path: &str, body: Option<&serde_json::Value>) -> Resp {
        let mut raw = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        if let Some(c) = &self.cookie {
            raw.push_str(&format!("Cookie: rb_session={c}\r\n"));
        }
        if let Some(t) = &self.csrf {
            raw.push_str(&format!("X-CSRF-Token: {t}\r\n"));
        }
        if let Some(k) = &self.bearer {
            raw.push_str(&format!("Authorization: Bearer {k}\r\n"));
        }
        if let Some(o) = &self.origin {
            raw.push_str(&format!("Origin: {o}\r\n"));
        }
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        if !body.is_empty() || method != "GET" {
            raw.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        raw.push_str("\r\n");
        raw.push_str(&body);
        request(self.addr, &raw).unwrap()
    }
    pub fn get(&self, path: &str) -> Resp {
        self.send("GET", path, None)
    }
    /// Sends a binary body (archives) with extra headers.
    pub fn send_bytes(
        &self,
        method: &str,
        path: &str,
        content_type: &str,
        body: &[u8],
        extra: &[(&str, &str)],
    ) -> Resp {
        let mut raw = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        if let Some(c) = &self.cookie {
            raw.push_str(&format!("Cookie: rb_session={c}\r\n"));
        }
        if let Some(t) = &self.csrf {
            raw.push_str(&format!("X-CSRF-Token: {t}\r\n"));
        }
        if let Some(k) = &self.bearer {
            raw.push_str(&format!("Authorization: Bearer {k}\r\n"));
        }
        for (k, v) in extra {
            raw.push_str(&format!("{k}: {v}\r\n"));
        }
        raw.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        ));
        let mut bytes = raw.into_bytes();
        bytes.extend_from_slice(body);
        request_bytes(self.addr, &bytes).unwrap()
    }
    pub fn post(&self, path: &str, body: &serde_json::Value) -> Resp {
        self.send("POST", path, Some(body))
    }
    /// A cookie-session request with `If-Match: etag` (none when `None`).
    pub fn send_if_match(
        &self,
        method: &str,
        path: &str,
        etag: Option<&str>,
        body: &serde_json::Value,
    ) -> Resp {
        let mut raw = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        raw.push_str(&format!(
            "Cookie: rb_session={}\r\nX-CSRF-Token: {}\r\n",
            self.cookie.as_ref().unwrap(),
            self.csrf.as_ref().unwrap()
        ));
        if let Some(e) = etag {
            raw.push_str(&format!("If-Match: {e}\r\n"));
        }
        let b = body.to_string();
        raw.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
            b.len()
        ));
        request(self.addr, &raw).unwrap()
    }

    pub fn put(&self, path: &str, body: &serde_json::Value) -> Resp {
        self.send("PUT", path, Some(body))
    }
    pub fn delete(&self, path: &str) -> Resp {
        self.send("DELETE", path, None)
    }
    /// Takes the session cookie and CSRF token from a sign-in response.
    pub fn adopt(&mut self, r: &Resp) {
        let cookie = r.header("set-cookie").expect("Set-Cookie");
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Path=/"),
            "{cookie}"
        );
        self.cookie = Some(
            cookie
                .split(';')
                .next()
                .unwrap()
                .trim_start_matches("rb_session=")
                .to_string(),
        );
        self.csrf = r.json()["csrf_token"].as_str().map(str::to_string);
    }
    /// Signs in; panics unless 200.
    pub fn login(addr: SocketAddr, user: &str, password: &str) -> Client {
        let mut c = Client {
            addr,
            cookie: None,
            csrf: None,
            bearer: None,
            origin: None,
        };
        let r = c.post(
            "/api/v1/auth/login",
            &serde_json::json!({ "username": user, "password": password }),
        );
        assert_eq!(r.status, 200, "login {user}: {}", r.text());
        c.adopt(&r);
        c
    }
}

impl Instance {
    /// The database key (hex) of this instance.
    pub fn key_hex(&self) -> String {
        std::fs::read_to_string(self.key_file())
            .unwrap()
            .trim()
            .to_string()
    }

    /// Opens the database with rusqlite and the key (for tampering and dumps in tests).
    pub fn sql(&self) -> rusqlite::Connection {
        let c = rusqlite::Connection::open(self.db()).unwrap();
        c.execute_batch(&format!("PRAGMA key = \"x'{}'\";", self.key_hex()))
            .unwrap();
        c
    }

    /// Every text and blob value of every table, decrypted, as one string.
    pub fn dump(&self) -> String {
        let c = self.sql();
        let tables: Vec<String> = c
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut out = String::new();
        for t in tables {
            let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(row) = rows.next().unwrap() {
                for i in 0..n {
                    match row.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(s) => {
                            out.push_str(&String::from_utf8_lossy(s))
                        }
                        rusqlite::types::ValueRef::Blob(b) => {
                            out.push_str(&String::from_utf8_lossy(b))
                        }
                        other => out.push_str(&format!("{other:?}")),
                    }
                    out.push('\n');
                }
            }
        }
        out
    }
}

impl Server {
    /// Starts with extra environment variables.
    pub fn start_with_env(inst: &Instance, extra: &[&str], env: &[(&str, &str)]) -> Server {
        ENV_OVERRIDE.with(|e| {
            *e.borrow_mut() = env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        });
        let s = Server::start(inst, extra, None);
        ENV_OVERRIDE.with(|e| e.borrow_mut().clear());
        s
    }
}

thread_local! {
    pub static ENV_OVERRIDE: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Instance {
    /// Runs the binary with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// Runs the binary with `RULEBOOK_TEST_PAUSE_AT=step`, waits until it says it paused
    /// there, and kills it with SIGKILL.
    pub fn kill_at(&self, args: &[&str], step: &str) {
        let mut child = self
            .cmd(args)
            .env("RULEBOOK_TEST_PAUSE_AT", step)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        let paused = wait_until(Duration::from_secs(30), || {
            line.clear();
            err.read_line(&mut line).is_ok() && line.contains("paused at")
        });
        assert!(paused.is_some(), "rulebook {args:?} never reached {step}");
        child.kill().unwrap();
        child.wait().unwrap();
    }
}

impl Instance {
    /// The schema version `db status` reports.
    pub fn schema_version(&self) -> u64 {
        let out = self.ok(&["db", "status"]);
        out.lines()
            .find_map(|l| l.strip_prefix("schema: "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no schema in {out}"))
    }
}

/// Asserts the audit log holds `action` at least `times` times.
pub fn assert_audited(admin: &Client, action: &str, times: usize) {
    let audit = admin.get("/api/v1/audit?limit=500").text();
    assert!(
        audit.matches(action).count() >= times,
        "{action} audited fewer than {times} times: {audit}"
    );
}

/// Creates the private space `slug` in organization `acme`.
pub fn private_space(admin: &Client, slug: &str) {
    let r = admin.post(
        "/api/v1/orgs/acme/spaces",
        &serde_json::json!({ "slug": slug, "name": slug, "visibility": "private" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

/// Invites `username` into organization `acme` with `role`, accepts (checking the link is
/// single use) and signs them in.
pub fn join(admin: &Client, role: &str, username: &str, password: &str) -> Client {
    let r = admin.post(
        "/api/v1/orgs/acme/invites",
        &serde_json::json!({ "role": role }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let token = r.json()["token"].as_str().unwrap().to_string();
    assert!(r.json()["url"].as_str().unwrap().contains("/#/invite/"));
    let anon = Client {
        cookie: None,
        csrf: None,
        bearer: None,
        origin: None,
        ..admin.clone()
    };
    let r = anon.post(
        "/api/v1/invites/accept",
        &serde_json::json!({ "token": token, "username": username, "password": password }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Single use.
    let again = anon.post(
        "/api/v1/invites/accept",
        &serde_json::json!({ "token": token, "username": "other", "password": password }),
    );
    assert_eq!(again.status, 410, "{}", again.text());
    Client::login(admin.addr, username, password)
}

/// The user id of `username` in organization `acme`, as its admins see it.
pub fn member_id(admin: &Client, username: &str) -> i64 {
    admin.get("/api/v1/orgs/acme/members").json()["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["username"] == username)
        .unwrap_or_else(|| panic!("no member {username}"))["id"]
        .as_i64()
        .unwrap()
}

/// A connection to the server from source address `src` (any 127.x.y.z works on loopback),
/// bound with libc before connecting, as std cannot.
pub fn connect_from(src: std::net::Ipv4Addr, to: std::net::SocketAddr) -> std::net::TcpStream {
    use std::os::fd::FromRawFd;
    let std::net::SocketAddr::V4(to) = to else {
        panic!("the test server listens on IPv4")
    };
    let sockaddr = |ip: std::net::Ipv4Addr, port: u16| libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: port.to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from_ne_bytes(ip.octets()),
        },
        sin_zero: [0; 8],
    };
    let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
    // SAFETY: plain socket calls on a descriptor this function owns; the addresses are
    // initialised sockaddr_in values of the length given.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        assert!(fd >= 0, "socket: {}", std::io::Error::last_os_error());
        let stream = std::net::TcpStream::from_raw_fd(fd);
        let local = sockaddr(src, 0);
        let rc = libc::bind(fd, (&raw const local).cast(), len);
        assert_eq!(rc, 0, "bind {src}: {}", std::io::Error::last_os_error());
        let remote = sockaddr(*to.ip(), to.port());
        let rc = libc::connect(fd, (&raw const remote).cast(), len);
        assert_eq!(rc, 0, "connect: {}", std::io::Error::last_os_error());
        stream
    }
}

/// Runs `serve`, which must exit on its own (refusing to start) within 30 s.
pub fn serve_refused(inst: &Instance, extra: &[&str]) -> std::process::Output {
    let mut cmd = inst.cmd(&["serve", "--listen", "127.0.0.1:0"]);
    cmd.args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!("serve started anyway:\n{}", stderr(&out));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

/// Mints an API key of `scope` (`read`, `write`) in organization `acme` as `admin`, named
/// `name`; returns the key.
pub fn mint_key(admin: &Client, name: &str, scope: &str) -> String {
    let r = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &serde_json::json!({ "name": name, "scope": scope }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["key"].as_str().unwrap().to_string()
}

/// Writes a freshly minted key (see [`mint_key`]) to `<tmp>/key` for `--api-key-file`.
pub fn key_file(inst: &Instance, admin: &Client, name: &str, scope: &str) -> (String, PathBuf) {
    let key = mint_key(admin, name, scope);
    let file = inst.tmp.path().join("key");
    std::fs::write(&file, &key).unwrap();
    (key, file)
}

/// Stores `server` and a fresh key of `scope` with `rulebook login`, as a developer would;
/// returns the key.
pub fn cli_login(inst: &Instance, server: &Server, admin: &Client, scope: &str) -> String {
    let (key, file) = key_file(inst, admin, "dev", scope);
    inst.ok(&[
        "login",
        "--host",
        &server.url,
        "--api-key-file",
        file.to_str().unwrap(),
    ]);
    key
}
