//! `/metrics` parses with the reference Prometheus parser (Python prometheus_client), its
//! numbers move with traffic, and access is limited to loopback, a token, or admins.

use serde_json::json;

use crate::harness::*;

/// Parses exposition text with prometheus_client and returns `name{labels} value` lines.
fn parse(text: &str) -> Vec<String> {
    let python = std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")));
    assert!(
        std::path::Path::new(&python).exists(),
        "no test Python at {python}: run scripts/test.sh"
    );
    let script = concat!(
        "import sys\n",
        "from prometheus_client.parser import text_string_to_metric_families\n",
        "for fam in text_string_to_metric_families(sys.stdin.read()):\n",
        "    for s in fam.samples:\n",
        "        labels = ','.join(f'{k}={v}' for k, v in sorted(s.labels.items()))\n",
        "        print(f'{s.name}{{{labels}}} {s.value}')\n",
    );
    let mut child = std::process::Command::new(&python)
        .arg("-c")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "prometheus_client rejected the text: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn sample(samples: &[String], prefix: &str) -> f64 {
    samples
        .iter()
        .find(|s| s.starts_with(prefix))
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

#[test]
fn metrics_parse_and_move_with_traffic() {
    let inst = Instance::new("metrics");
    let server = inst.serve(&[]);
    let first = server.get("/metrics");
    assert_eq!(first.status, 200);
    assert!(
        first
            .header("content-type")
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let before = parse(&first.text());
    let healthz = "rulebook_http_requests_total{method=GET,route=/healthz,status=200}";
    let n0 = sample(&before, healthz);
    for _ in 0..3 {
        server.get("/healthz");
    }
    server.get("/api/v1/nope");
    // A request is counted after its answer is sent, so the counters may lag the answer by a
    // moment under load: wait for them (a missing count still fails after 5 s).
    let unmatched = "rulebook_http_requests_total{method=GET,route=unmatched,status=404}";
    let mut after = Vec::new();
    wait_until(std::time::Duration::from_secs(5), || {
        after = parse(&server.get("/metrics").text());
        sample(&after, healthz) >= n0 + 3.0 && sample(&after, unmatched) >= 1.0
    });
    assert_eq!(sample(&after, healthz), n0 + 3.0);
    assert!(
        sample(
            &after,
            "rulebook_http_requests_total{method=GET,route=unmatched,status=404}"
        ) >= 1.0
    );
    assert!(
        sample(
            &after,
            "rulebook_http_request_duration_seconds_count{route=/healthz}"
        ) >= 3.0
    );
    assert!(sample(&after, "rulebook_database_size_bytes{}") > 0.0);
    assert!(
        after
            .iter()
            .any(|s| s.starts_with("rulebook_build_info{commit=")),
        "{after:?}"
    );
    let _admin = server.setup_admin();
    let later = parse(&server.get("/metrics").text());
    assert_eq!(sample(&later, "rulebook_sessions_open{}"), 1.0);
    server.stop();
    inst.verify();
}

#[test]
fn metrics_access_is_limited_without_loopback_trust() {
    let inst = Instance::new("metrics-auth");
    let token_file = inst.tmp.path().join("metrics.token");
    std::fs::write(&token_file, "scraper-token-0123456789\n").unwrap();
    let server = inst.serve(&[
        "--metrics-no-loopback",
        "--metrics-token-file",
        token_file.to_str().unwrap(),
    ]);
    let admin = server.setup_admin();
    assert_eq!(server.get("/metrics").status, 401);
    let scraper = Client {
        bearer: Some("scraper-token-0123456789".into()),
        ..server.client()
    };
    assert_eq!(scraper.get("/metrics").status, 200);
    let wrong = Client {
        bearer: Some("scraper-token-0123456788".into()),
        ..server.client()
    };
    assert_eq!(wrong.get("/metrics").status, 401);
    assert_eq!(admin.get("/metrics").status, 200);
    let r = admin.post("/api/v1/orgs/acme/invites", &json!({ "role": "member" }));
    let anon = server.client();
    anon.post("/api/v1/invites/accept", &json!({ "token": r.json()["token"], "username": "mo", "password": "member passphrase 123" }));
    let member = Client::login(server.addr, "mo", "member passphrase 123");
    assert_eq!(member.get("/metrics").status, 403);
    server.stop();
    inst.verify();
}

/// `--database-threads 1`: eight clients at once on eight workers are all answered, one at a
/// time in the database, and `/metrics` shows the cap and the waits it caused. A server
/// started without the flag caps at one thread per core, at least two.
#[test]
fn the_database_thread_cap_holds_and_is_reported() {
    let inst = Instance::new("dbthreads");
    let server = inst.serve(&["--workers", "8", "--database-threads", "1"]);
    let admin = server.setup_admin();
    let before = parse(&server.get("/metrics").text());
    assert_eq!(sample(&before, "rulebook_database_threads_max{}"), 1.0);
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let c = admin.clone();
            std::thread::spawn(move || {
                (0..40)
                    .map(|_| c.get("/api/v1/orgs/acme/spaces").status)
                    .filter(|s| *s != 200)
                    .count()
            })
        })
        .collect();
    let failed: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(failed, 0, "every request under the cap is answered");
    let after = parse(&server.get("/metrics").text());
    assert!(
        sample(&after, "rulebook_database_thread_waits_total{}") > 0.0,
        "eight clients on one database thread must have waited: {after:?}"
    );
    server.stop();
    inst.verify();

    let other = Instance::new("dbthreads-default");
    let server = other.serve(&[]);
    let cap = sample(
        &parse(&server.get("/metrics").text()),
        "rulebook_database_threads_max{}",
    );
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    assert_eq!(cap, cores.max(2) as f64);
    server.stop();
    other.verify();
}
