//! The Git servers of distribution tests: the Python fakes in `tests/fakes/` (GitHub and
//! GitLab APIs over real bare repositories, and `git http-backend` with Basic auth), started
//! on loopback per test and stopped on drop, plus helpers that read the bare repositories
//! with plain `git` to check exactly what landed.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};

use serde_json::{Value, json};

use crate::harness::{TempDir, request};

/// A running fake.
pub struct Fake {
    child: Child,
    _stdin: ChildStdin,
    pub port: u16,
    pub root: TempDir,
}

impl Fake {
    /// Starts `tests/fakes/<script>` with `token`, adding `latency_ms` to every API call.
    pub fn start(script: &str, token: &str, latency_ms: u32) -> Fake {
        let root = TempDir::new(&format!("fake-{script}"));
        let path = format!("{}/tests/fakes/{script}", env!("CARGO_MANIFEST_DIR"));
        // The fake's own log goes to a file beside its repositories, never into the test
        // output; a failing test prints it (see Drop).
        let log = std::fs::File::create(root.path().join("fake.log")).expect("fake log");
        let mut child = Command::new("python3")
            .arg(&path)
            .arg("--root")
            .arg(root.path())
            .arg("--token")
            .arg(token)
            .arg("--latency-ms")
            .arg(latency_ms.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("python3 runs the fake");
        let stdin = child.stdin.take().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port: u16 = line
            .trim()
            .strip_prefix("READY ")
            .unwrap_or_else(|| panic!("{script} did not start: {line:?}"))
            .parse()
            .unwrap();
        Fake {
            child,
            _stdin: stdin,
            port,
            root,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The egress allowlist entry for this fake.
    pub fn entry(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Calls the fake's control API.
    pub fn control(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let raw = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let addr = format!("127.0.0.1:{}", self.port).parse().unwrap();
        let r = request(addr, &raw).unwrap();
        assert!(r.status < 300, "{method} {path}: {} {}", r.status, r.text());
        serde_json::from_str(&r.text()).unwrap_or(Value::Null)
    }

    /// Creates `repo` with `files` (path → text) on branch main; `exec` lists 100755 paths.
    pub fn repo(&self, repo: &str, files: Value, exec: &[&str]) -> PathBuf {
        let v = self.control(
            "POST",
            "/_fake/repos",
            Some(json!({ "repo": repo, "default_branch": "main", "files": files, "executable": exec })),
        );
        PathBuf::from(v["path"].as_str().unwrap())
    }

    /// Every API request the fake saw.
    pub fn requests(&self) -> Vec<Value> {
        self.control("GET", "/_fake/requests", None)
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    pub fn fault(&self, fault: Value) {
        self.control("POST", "/_fake/faults", Some(fault));
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            let log =
                std::fs::read_to_string(self.root.path().join("fake.log")).unwrap_or_default();
            eprintln!("--- log of the fake on port {} ---\n{log}", self.port);
        }
    }
}

/// Runs git in `dir`; panics on failure; returns stdout.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `path → (mode, bytes)` of `rev` in a bare repository.
pub fn tree(bare: &Path, rev: &str) -> BTreeMap<String, (String, Vec<u8>)> {
    let mut out = BTreeMap::new();
    for line in git(bare, &["ls-tree", "-r", "--full-tree", rev]).lines() {
        let (meta, path) = line.split_once('\t').unwrap();
        let parts: Vec<&str> = meta.split(' ').collect();
        let bytes = Command::new("git")
            .args(["cat-file", "blob", parts[2]])
            .current_dir(bare)
            .output()
            .unwrap()
            .stdout;
        out.insert(path.to_string(), (parts[0].to_string(), bytes));
    }
    out
}

/// Commit messages of `rev`'s first-parent history, newest first.
pub fn messages(bare: &Path, rev: &str) -> Vec<String> {
    git(bare, &["log", "--first-parent", "--format=%B%x00", rev])
        .split('\0')
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

/// True if `rev` exists.
pub fn has_ref(bare: &Path, rev: &str) -> bool {
    Command::new("git")
        .args(["rev-parse", "--verify", "--quiet", rev])
        .current_dir(bare)
        .output()
        .unwrap()
        .status
        .success()
}
