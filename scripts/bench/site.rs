//! Load generator for the largest-site simulation (issue 19): an open-loop mix of the reads
//! agents and CLIs send (MCP tool calls, `status`/`install` fetches, search, UI page loads) plus
//! artifact edits, against a running server, with per-request-type latency.
//!
//! Why Rust and std only: 2,000 requests/s with per-type percentiles on two cores shared with
//! the server is more than a Python client can send, and wrk runs one request shape per run.
//! Why open loop: every request has a scheduled time (rate-spaced per connection) and its
//! latency counts from that time, not from when it was sent, so a slow answer that delays the
//! next request on its connection shows up in the figures instead of lowering the load
//! (coordinated omission).
//!
//! Usage (scripts/bench/site.sh sets this up and explains the mix):
//!   site --addr 127.0.0.1:PORT --keys FILE --seconds 600 --rate 2000 --write-rate 20
//!        [--connections 64] [--writers 4] [--pid SERVER_PID] [--backup-dir DIR]
//!        [--package SLUG --release VERSION] [--standards 9000] [--commands 1000]
//!        [--only NAME-PART]   (only the read types whose name contains NAME-PART)
//!        [--skip PART,PART]   (leave out the read types whose name contains one of them;
//!                              the remaining ones keep their relative weights and --rate)
//! FILE holds lines `mcp KEY`, `read KEY`, `write KEY`. Exits 1 if any request failed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "scopes.rs"]
mod scopes;

const ORG: &str = "bench";
const SPACE: &str = "default";
const SAMPLE_SECONDS: u64 = 5;

/// One request shape of the mix: its name, what it models, and its weight in 100 reads.
struct Kind {
    name: &'static str,
    weight: u32,
}

/// The read mix (weights sum to 100). Index order is the order of `build_read`.
const READS: &[Kind] = &[
    Kind {
        name: "mcp rules_for_path",
        weight: 28,
    },
    Kind {
        name: "mcp get_standard",
        weight: 14,
    },
    Kind {
        name: "mcp search",
        weight: 8,
    },
    Kind {
        name: "cli status: GET package",
        weight: 14,
    },
    Kind {
        name: "cli install: GET settings/render",
        weight: 3,
    },
    Kind {
        name: "cli install: GET install-policy",
        weight: 3,
    },
    Kind {
        name: "cli install: GET package export",
        weight: 3,
    },
    Kind {
        name: "search: GET /search?q=",
        weight: 7,
    },
    Kind {
        name: "ui: GET /api/v1/auth/me",
        weight: 3,
    },
    Kind {
        name: "ui: GET dashboard",
        weight: 3,
    },
    Kind {
        name: "ui: GET standards?limit=200",
        weight: 3,
    },
    Kind {
        name: "ui: GET standard ?render=markdown",
        weight: 5,
    },
    Kind {
        name: "ui: GET standard proposals",
        weight: 3,
    },
    Kind {
        name: "ui: GET /app.js (static)",
        weight: 3,
    },
];
const WRITE: usize = READS.len();
const N_TYPES: usize = READS.len() + 1;
const WORDS: &[&str] = &[
    "error", "logging", "retry", "timeout", "cache", "review", "deploy", "secret", "config",
    "parse", "validate", "naming", "async", "metrics", "tracing", "quetzal",
];
const TOPICS: &[&str] = &[
    "logging",
    "retry",
    "timeout",
    "cache",
    "review",
    "deploy",
    "secret",
    "config",
    "parse",
    "validate",
    "format",
    "naming",
    "async",
    "testing",
    "paging",
    "migration",
    "locking",
    "metrics",
    "tracing",
];

fn main() {
    if let Err(e) = run() {
        eprintln!("site: {e}");
        std::process::exit(2);
    }
}

#[derive(Clone)]
struct Config {
    addr: String,
    seconds: u64,
    rate: f64,
    write_rate: f64,
    connections: usize,
    writers: usize,
    pid: Option<u32>,
    backup_dir: Option<String>,
    package: String,
    release: String,
    standards: u64,
    commands: u64,
    mcp_keys: Vec<String>,
    read_keys: Vec<String>,
    write_keys: Vec<String>,
    /// Only the read types whose name contains this (for finding the slow one by elimination).
    only: Option<String>,
    /// Leave out the read types whose name contains any of these (comma-separated).
    skip: Vec<String>,
}

fn parse_args() -> Result<Config, String> {
    let mut m: HashMap<String, String> = HashMap::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--bench" {
            continue; // cargo bench passes it to harness = false targets
        }
        let Some(name) = a.strip_prefix("--") else {
            return Err(format!("unexpected argument {a:?}"));
        };
        let v = args.next().ok_or(format!("--{name} needs a value"))?;
        m.insert(name.to_string(), v);
    }
    let num = |k: &str, d: f64| -> Result<f64, String> {
        m.get(k).map_or(Ok(d), |v| {
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or(format!("--{k} must be a number >= 0, not {v:?}"))
        })
    };
    let keys_file = m.get("keys").ok_or("--keys FILE is required")?;
    let text = std::fs::read_to_string(keys_file).map_err(|e| format!("{keys_file}: {e}"))?;
    let (mut mcp, mut read, mut write) = (Vec::new(), Vec::new(), Vec::new());
    for line in text.lines() {
        match line.split_once(' ') {
            Some(("mcp", k)) => mcp.push(k.trim().to_string()),
            Some(("read", k)) => read.push(k.trim().to_string()),
            Some(("write", k)) => write.push(k.trim().to_string()),
            _ if line.trim().is_empty() => {}
            _ => return Err(format!("{keys_file}: bad line {line:?}")),
        }
    }
    if mcp.is_empty() || read.is_empty() || write.is_empty() {
        return Err(format!(
            "{keys_file}: needs at least one mcp, read and write key"
        ));
    }
    let c = Config {
        addr: m.get("addr").ok_or("--addr HOST:PORT is required")?.clone(),
        seconds: num("seconds", 60.0)? as u64,
        rate: num("rate", 2000.0)?,
        write_rate: num("write-rate", 20.0)?,
        connections: (num("connections", 64.0)? as usize).max(1),
        writers: (num("writers", 4.0)? as usize).max(1),
        pid: m.get("pid").and_then(|p| p.parse().ok()),
        backup_dir: m.get("backup-dir").cloned(),
        package: m
            .get("package")
            .cloned()
            .unwrap_or_else(|| "backend".into()),
        release: m.get("release").cloned().unwrap_or_else(|| "1.0.0".into()),
        standards: (num("standards", 9000.0)? as u64).max(1),
        commands: (num("commands", 1000.0)? as u64).max(1),
        mcp_keys: mcp,
        read_keys: read,
        write_keys: write,
        only: m.get("only").cloned(),
        skip: m
            .get("skip")
            .map(|v| {
                v.split(',')
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
    };
    if c.seconds == 0 || c.rate <= 0.0 {
        return Err("--seconds and --rate must be above 0".into());
    }
    Ok(c)
}

/// A log-bucket latency histogram in microseconds: 64 sub-buckets per power of two (values
/// within about 1.6% of the truth), up to about 2^40 µs.
#[derive(Clone)]
struct Hist {
    buckets: Vec<u64>,
    count: u64,
    max: u64,
}

impl Hist {
    fn new() -> Hist {
        Hist {
            buckets: vec![0; 128 + 64 * 40],
            count: 0,
            max: 0,
        }
    }
    fn index(v: u64) -> usize {
        if v < 128 {
            return v as usize;
        }
        let e = 63 - v.leading_zeros() as u64; // >= 7
        let i = (e - 6) * 64 + (v >> (e - 6));
        (i as usize).min(128 + 64 * 40 - 1)
    }
    fn value(i: usize) -> u64 {
        if i < 128 {
            return i as u64;
        }
        let e = (i / 64) as u64 + 5; // the inverse of index (upper edge of the bucket)
        let m = (i % 64) as u64 + 64;
        ((m + 1) << (e - 6)) - 1
    }
    fn record(&mut self, us: u64) {
        self.buckets[Hist::index(us)] += 1;
        self.count += 1;
        self.max = self.max.max(us);
    }
    fn merge(&mut self, o: &Hist) {
        for (a, b) in self.buckets.iter_mut().zip(&o.buckets) {
            *a += b;
        }
        self.count += o.count;
        self.max = self.max.max(o.max);
    }
    fn percentile(&self, p: f64) -> u64 {
        if self.count == 0 {
            return 0;
        }
        let want = ((self.count as f64) * p / 100.0).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= want {
                return Hist::value(i).min(self.max);
            }
        }
        self.max
    }
}

/// What all connections record: per type for the whole run, and all reads per sample interval.
struct Stats {
    per_type: Vec<Hist>,
    errors: Vec<u64>,
    interval: Hist,
    interval_errors: u64,
    interval_writes: u64,
    first_errors: Vec<String>,
}

struct Shared {
    stats: Mutex<Stats>,
    stop: AtomicBool,
    /// Largest delay (µs) between a request's scheduled time and the moment it was written.
    max_send_lag: AtomicU64,
}

fn lock(s: &Shared) -> std::sync::MutexGuard<'_, Stats> {
    s.stats.lock().unwrap_or_else(|p| p.into_inner())
}

/// xorshift64*: deterministic per connection, no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// One HTTP/1.1 keep-alive connection; reconnects after the server closes it.
struct Conn {
    addr: String,
    reader: Option<BufReader<TcpStream>>,
}

struct Answer {
    status: u16,
    etag: Option<String>,
    body: Vec<u8>,
}

impl Conn {
    fn send(&mut self, req: &[u8]) -> Result<Answer, String> {
        // One retry on a stale keep-alive connection (closed by the server while idle).
        for attempt in 0..2 {
            let fresh = self.reader.is_none();
            if fresh {
                let s = TcpStream::connect(&self.addr).map_err(|e| format!("connect: {e}"))?;
                s.set_nodelay(true).ok();
                s.set_read_timeout(Some(Duration::from_secs(30))).ok();
                self.reader = Some(BufReader::with_capacity(64 * 1024, s));
            }
            let r = self.reader.as_mut().ok_or("no connection")?;
            let res = r
                .get_mut()
                .write_all(req)
                .map_err(|e| format!("write: {e}"))
                .and_then(|()| read_answer(r));
            match res {
                Ok((a, close)) => {
                    if close {
                        self.reader = None;
                    }
                    return Ok(a);
                }
                Err(e) => {
                    self.reader = None;
                    if fresh || attempt == 1 {
                        return Err(e);
                    }
                }
            }
        }
        Err("unreachable".into())
    }
}

/// Reads one response: status, headers, and a Content-Length or chunked body.
fn read_answer(r: &mut BufReader<TcpStream>) -> Result<(Answer, bool), String> {
    let mut line = String::new();
    let io = |e: std::io::Error| format!("read: {e}");
    if r.read_line(&mut line).map_err(io)? == 0 {
        return Err("closed before the status line".into());
    }
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or(format!("bad status line {line:?}"))?;
    let (mut length, mut chunked, mut close, mut etag) = (None, false, false, None);
    loop {
        line.clear();
        if r.read_line(&mut line).map_err(io)? == 0 {
            return Err("closed in the headers".into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            match k.as_str() {
                "content-length" => length = v.parse::<usize>().ok(),
                "transfer-encoding" => chunked = v.eq_ignore_ascii_case("chunked"),
                "connection" => close = v.eq_ignore_ascii_case("close"),
                "etag" => etag = Some(v.to_string()),
                _ => {}
            }
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            r.read_line(&mut line).map_err(io)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| format!("bad chunk size {line:?}"))?;
            let start = body.len();
            body.resize(start + size, 0);
            r.read_exact(&mut body[start..]).map_err(io)?;
            line.clear();
            r.read_line(&mut line).map_err(io)?;
            if size == 0 {
                break;
            }
        }
    } else if let Some(n) = length {
        body.resize(n, 0);
        r.read_exact(&mut body).map_err(io)?;
    } else if status != 204 && status != 304 {
        r.read_to_end(&mut body).map_err(io)?;
        close = true;
    }
    Ok((Answer { status, etag, body }, close))
}

fn get(path: &str, key: &str) -> Vec<u8> {
    format!(
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {key}\r\nAccept: application/json\r\n\r\n"
    )
    .into_bytes()
}

fn with_body(method: &str, path: &str, key: &str, extra: &str, body: &str) -> Vec<u8> {
    format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A file path in the tree gen_archive.py's scopes describe (the shapes of call.lua).
fn file_path(rng: &mut Rng) -> String {
    let r = rng.below(100);
    let m = rng.below(scopes::MODULES);
    match r {
        0..45 => format!(
            "src/mod{}/feature{}/widget{}.ts",
            m - m % 2,
            rng.below(50) + 1,
            rng.below(500) + 1
        ),
        45..81 => format!(
            "services/svc{}/handlers/h{}.py",
            m - m % 2 + 1,
            rng.below(500) + 1
        ),
        81..85 => format!(
            "services/svc{}/generated/pb{}.py",
            m - m % 2 + 1,
            rng.below(500) + 1
        ),
        85..95 => format!("tests/unit/test_{}.py", rng.below(1000) + 1),
        _ => format!("docs/guide{}.md", rng.below(100) + 1),
    }
}

fn mcp(tool: &str, args: &str, key: &str) -> Vec<u8> {
    let body = format!(
        "{{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{{\"name\":\"{tool}\",\"arguments\":{args},\"_meta\":{{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{{}}}}}}}}"
    );
    let extra = format!(
        "Accept: application/json, text/event-stream\r\nMCP-Protocol-Version: 2026-07-28\r\nMcp-Method: tools/call\r\nMcp-Name: {tool}\r\n"
    );
    with_body("POST", "/mcp", key, &extra, &body)
}

/// The request of read type `t`.
fn build_read(t: usize, c: &Config, rng: &mut Rng) -> Vec<u8> {
    let sp = format!("/api/v1/orgs/{ORG}/spaces/{SPACE}");
    let mkey = &c.mcp_keys[rng.below(c.mcp_keys.len() as u64) as usize];
    let rkey = &c.read_keys[rng.below(c.read_keys.len() as u64) as usize];
    let std_slug = format!("std-{:05}", rng.below(c.standards));
    let word = WORDS[rng.below(WORDS.len() as u64) as usize];
    match t {
        0 => mcp(
            "rules_for_path",
            &format!("{{\"path\":\"{}\"}}", file_path(rng)),
            mkey,
        ),
        1 => mcp(
            "get_standard",
            &format!("{{\"slug\":\"{std_slug}\"}}"),
            mkey,
        ),
        2 => mcp("search", &format!("{{\"query\":\"{word}\"}}"), mkey),
        3 => get(&format!("{sp}/packages/{}", c.package), rkey),
        4 => get(&format!("/api/v1/orgs/{ORG}/settings/render"), rkey),
        5 => get(&format!("/api/v1/orgs/{ORG}/settings/install-policy"), rkey),
        6 => get(
            &format!("{sp}/packages/{}/export?release={}", c.package, c.release),
            rkey,
        ),
        7 => get(
            &format!("/api/v1/orgs/{ORG}/search?q={word}&limit=20"),
            rkey,
        ),
        8 => get("/api/v1/auth/me", rkey),
        9 => get(&format!("{sp}/dashboard"), rkey),
        10 => get(&format!("{sp}/standards?limit=200"), rkey),
        11 => get(&format!("{sp}/standards/{std_slug}?render=markdown"), rkey),
        12 => get(&format!("{sp}/standards/{std_slug}/proposals"), rkey),
        _ => get("/app.js", rkey),
    }
}

/// Checks an answer beyond its status: MCP answers must hold a result and no tool error.
fn check(t: usize, a: &Answer) -> Result<(), String> {
    let want = 200;
    if a.status != want {
        return Err(format!(
            "HTTP {} {}",
            a.status,
            String::from_utf8_lossy(&a.body[..a.body.len().min(200)])
        ));
    }
    if t <= 2 {
        let b = String::from_utf8_lossy(&a.body);
        if !b.contains("\"result\"") || b.contains("\"isError\":true") {
            return Err(format!("MCP error: {}", &b[..b.len().min(200)]));
        }
    }
    Ok(())
}

fn record(shared: &Shared, t: usize, us: u64, err: Option<String>) {
    let mut s = lock(shared);
    s.per_type[t].record(us);
    if t == WRITE {
        s.interval_writes += 1;
    } else {
        s.interval.record(us);
    }
    if let Some(e) = err {
        s.errors[t] += 1;
        s.interval_errors += 1;
        if s.first_errors.len() < 10 {
            s.first_errors.push(format!("{}: {e}", type_name(t)));
        }
    }
}

fn type_name(t: usize) -> &'static str {
    READS
        .get(t)
        .map_or("write: PUT artifact (If-Match)", |k| k.name)
}

/// Waits for the scheduled time; returns false once the run is over.
fn wait_until(start: Instant, at: Duration, end: Duration, shared: &Shared) -> bool {
    if at >= end || start.elapsed() >= end || shared.stop.load(Ordering::Relaxed) {
        return false;
    }
    let now = start.elapsed();
    if at > now {
        std::thread::sleep(at - now);
    }
    true
}

/// A reader connection: requests at start + (k * n + i) / rate, types drawn from the mix.
fn reader(i: usize, c: Arc<Config>, shared: Arc<Shared>, start: Instant) {
    let mut conn = Conn {
        addr: c.addr.clone(),
        reader: None,
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ ((i as u64 + 1) * 0x1000_0001));
    let weight = |kd: &Kind| match &c.only {
        Some(o) if !kd.name.contains(o.as_str()) => 0,
        _ if c.skip.iter().any(|p| kd.name.contains(p.as_str())) => 0,
        _ => kd.weight,
    };
    let total: u32 = READS.iter().map(weight).sum();
    if total == 0 {
        return;
    }
    let end = Duration::from_secs(c.seconds);
    let n = c.connections as f64;
    for k in 0u64.. {
        let at = Duration::from_secs_f64((k as f64 * n + i as f64) / c.rate);
        if !wait_until(start, at, end, &shared) {
            break;
        }
        let mut pick = rng.below(total as u64) as u32;
        let t = READS
            .iter()
            .position(|kd| {
                if pick < weight(kd) {
                    true
                } else {
                    pick -= weight(kd);
                    false
                }
            })
            .unwrap_or(0);
        let req = build_read(t, &c, &mut rng);
        let lag = start.elapsed().saturating_sub(at).as_micros() as u64;
        shared.max_send_lag.fetch_max(lag, Ordering::Relaxed);
        let res = conn.send(&req);
        let us = start.elapsed().saturating_sub(at).as_micros() as u64;
        let err = match res {
            Ok(a) => check(t, &a).err(),
            Err(e) => Some(e),
        };
        record(&shared, t, us, err);
    }
}

fn scope_json(i: u64) -> String {
    let globs: Vec<String> = scopes::scope(i)
        .iter()
        .map(|g| format!("\"{g}\""))
        .collect();
    format!("[{}]", globs.join(","))
}

/// The body of edit `n` of artifact `i` (a standard keeps its scope, so rules_for_path answers
/// the same files; only the wording changes).
fn edit_body(standard: bool, i: u64, n: u64) -> String {
    let t = TOPICS[(i as usize) % TOPICS.len()];
    if standard {
        format!(
            "{{\"name\":\"{t} standard {i}\",\"description\":\"How module {} deals with {t} errors (edit {n}).\",\"scope\":{},\"rules\":[{{\"text\":\"Handle every {t} error explicitly and say which input caused it (edit {n}).\",\"severity\":\"error\"}},{{\"text\":\"Log each {t} error once, with its cause.\",\"severity\":\"warning\"}}],\"message\":\"site simulation edit {n}\"}}",
            i % scopes::MODULES,
            scope_json(i)
        )
    } else {
        format!(
            "{{\"name\":\"{t} triage {i}\",\"description\":\"Triage a {t} error report (edit {n}).\",\"body\":\"Reproduce the error in $ARGUMENTS and write a failing test first (edit {n}).\\n\",\"message\":\"site simulation edit {n}\"}}"
        )
    }
}

/// A writer connection: edits at its share of --write-rate, each to an artifact only this
/// writer touches (so its If-Match version is known), 9 in 10 standards, 1 in 10 commands.
fn writer(w: usize, c: Arc<Config>, shared: Arc<Shared>, start: Instant) {
    let mut conn = Conn {
        addr: c.addr.clone(),
        reader: None,
    };
    let mut rng = Rng(0xD1B5_4A32_D192_ED03 ^ ((w as u64 + 7) * 0x1_0000_0003));
    let mut versions: HashMap<(bool, u64), u64> = HashMap::new();
    let end = Duration::from_secs(c.seconds);
    let n = c.writers as f64;
    let key = c.write_keys[w % c.write_keys.len()].clone();
    for k in 0u64.. {
        if c.write_rate <= 0.0 {
            break;
        }
        let at = Duration::from_secs_f64((k as f64 * n + w as f64) / c.write_rate);
        if !wait_until(start, at, end, &shared) {
            break;
        }
        let standard = rng.below(10) != 0;
        let pool = if standard { c.standards } else { c.commands };
        let slots = (pool / c.writers as u64).max(1);
        let i = (rng.below(slots) * c.writers as u64 + w as u64) % pool;
        let version = versions.entry((standard, i)).or_insert(1);
        let (kind, slug) = if standard {
            ("standards", format!("std-{i:05}"))
        } else {
            ("commands", format!("cmd-{i:04}"))
        };
        let path = format!("/api/v1/orgs/{ORG}/spaces/{SPACE}/{kind}/{slug}");
        let req = with_body(
            "PUT",
            &path,
            &key,
            &format!("If-Match: \"v{version}\"\r\n"),
            &edit_body(standard, i, k),
        );
        let res = conn.send(&req);
        let us = start.elapsed().saturating_sub(at).as_micros() as u64;
        let err = match res {
            Ok(a) if a.status == 200 => {
                let v = a
                    .etag
                    .as_deref()
                    .map(|e| e.trim_matches('"').trim_start_matches('v'));
                match v.and_then(|v| v.parse().ok()) {
                    Some(v) => {
                        *version = v;
                        None
                    }
                    None => Some(format!("200 without a usable ETag for {slug}")),
                }
            }
            Ok(a) => {
                *version += 1; // a conflict means someone else edited; do not repeat it forever
                Some(format!(
                    "{slug}: HTTP {} {}",
                    a.status,
                    String::from_utf8_lossy(&a.body[..a.body.len().min(200)])
                ))
            }
            Err(e) => Some(e),
        };
        record(&shared, WRITE, us, err);
    }
}

/// utime + stime of a process, in clock ticks, and VmRSS in KiB.
fn proc_sample(pid: &str) -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some((ticks, rss))
}

fn backups(dir: &Option<String>) -> usize {
    dir.as_ref()
        .and_then(|d| std::fs::read_dir(d).ok())
        .map_or(0, |r| {
            r.filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().ends_with(".age"))
                .count()
        })
}

fn ms(us: u64) -> String {
    format!("{:.2}", us as f64 / 1000.0)
}

fn run() -> Result<(), String> {
    let c = Arc::new(parse_args()?);
    let shared = Arc::new(Shared {
        stats: Mutex::new(Stats {
            per_type: vec![Hist::new(); N_TYPES],
            errors: vec![0; N_TYPES],
            interval: Hist::new(),
            interval_errors: 0,
            interval_writes: 0,
            first_errors: Vec::new(),
        }),
        stop: AtomicBool::new(false),
        max_send_lag: AtomicU64::new(0),
    });
    let hz = 100.0; // USER_HZ on Linux
    let server = c.pid.map(|p| p.to_string());
    println!(
        "site: {} s, {} reads/s over {} connections, {} writes/s over {} connections, {} MCP / {} read / {} write keys",
        c.seconds,
        c.rate,
        c.connections,
        c.write_rate,
        c.writers,
        c.mcp_keys.len(),
        c.read_keys.len(),
        c.write_keys.len()
    );
    let start = Instant::now();
    let mut handles = Vec::new();
    for i in 0..c.connections {
        let (c, s) = (c.clone(), shared.clone());
        handles.push(std::thread::spawn(move || reader(i, c, s, start)));
    }
    for w in 0..c.writers {
        let (c, s) = (c.clone(), shared.clone());
        handles.push(std::thread::spawn(move || writer(w, c, s, start)));
    }
    // The sampler: every 5 s, this interval's reads (rate, p50, p99), writes, errors, the
    // server's RSS and CPU, this generator's CPU, and the backups present.
    let mut timeline = Vec::new();
    let mut last = (
        server.as_deref().and_then(proc_sample).map_or(0, |s| s.0),
        proc_sample("self").map_or(0, |s| s.0),
        Instant::now(),
    );
    let mut peak_rss = 0;
    let base_backups = backups(&c.backup_dir);
    let mut tick = 1;
    loop {
        let due = Duration::from_secs(tick * SAMPLE_SECONDS);
        let now = start.elapsed();
        if due > now {
            std::thread::sleep(due - now);
        }
        let (h, errs, writes) = {
            let mut s = lock(&shared);
            let h = std::mem::replace(&mut s.interval, Hist::new());
            let e = std::mem::take(&mut s.interval_errors);
            let w = std::mem::take(&mut s.interval_writes);
            (h, e, w)
        };
        let secs = last.2.elapsed().as_secs_f64();
        let srv = server.as_deref().and_then(proc_sample);
        let me = proc_sample("self").map_or(0, |s| s.0);
        let (cpu, rss) = match srv {
            Some((t, rss)) => ((t - last.0) as f64 / hz / secs * 100.0, rss),
            None => (0.0, 0),
        };
        peak_rss = peak_rss.max(rss);
        let gen_cpu = (me - last.1) as f64 / hz / secs * 100.0;
        last = (srv.map_or(last.0, |s| s.0), me, Instant::now());
        timeline.push(format!(
            "| {:>4} | {:>6.0} | {:>5.1} | {:>7} | {:>7} | {:>7} | {:>5} | {:>6.1} | {:>5.0} | {:>5.0} | {:>3} |",
            tick * SAMPLE_SECONDS,
            h.count as f64 / secs,
            writes as f64 / secs,
            ms(h.percentile(50.0)),
            ms(h.percentile(99.0)),
            ms(h.max),
            errs,
            rss as f64 / 1024.0,
            cpu,
            gen_cpu,
            backups(&c.backup_dir).saturating_sub(base_backups)
        ));
        eprintln!("{}", timeline.last().map_or("", String::as_str));
        if due.as_secs() >= c.seconds {
            break;
        }
        tick += 1;
    }
    shared.stop.store(true, Ordering::Relaxed);
    for h in handles {
        let _ = h.join();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let s = lock(&shared);
    println!();
    println!(
        "| request type | weight % | count | per s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut all = Hist::new();
    let mut all_errors = 0;
    for t in 0..N_TYPES {
        let h = &s.per_type[t];
        if t != WRITE {
            all.merge(h);
            all_errors += s.errors[t];
        }
        let weight = READS
            .get(t)
            .map_or("-".to_string(), |k| k.weight.to_string());
        println!(
            "| {} | {} | {} | {:.1} | {} | {} | {} | {} | {} | {} |",
            type_name(t),
            weight,
            h.count,
            h.count as f64 / elapsed,
            ms(h.percentile(50.0)),
            ms(h.percentile(90.0)),
            ms(h.percentile(99.0)),
            ms(h.percentile(99.9)),
            ms(h.max),
            s.errors[t]
        );
    }
    println!(
        "| **all reads** | 100 | {} | {:.1} | {} | {} | {} | {} | {} | {} |",
        all.count,
        all.count as f64 / elapsed,
        ms(all.percentile(50.0)),
        ms(all.percentile(90.0)),
        ms(all.percentile(99.0)),
        ms(all.percentile(99.9)),
        ms(all.max),
        all_errors
    );
    println!();
    println!(
        "Over time (every {SAMPLE_SECONDS} s; latency of the reads in that interval; CPU % of one core):"
    );
    println!(
        "| t s | reads/s | writes/s | p50 ms | p99 ms | max ms | errors | server RSS MiB | server CPU % | generator CPU % | backups |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for l in &timeline {
        println!("{l}");
    }
    println!();
    let lag = shared.max_send_lag.load(Ordering::Relaxed);
    // Requests still queued behind slow answers when the time was up were never sent: an
    // overloaded server shows here, not as a shorter run.
    let scheduled_reads = (c.rate * c.seconds as f64) as u64;
    let scheduled_writes = (c.write_rate * c.seconds as f64) as u64;
    println!(
        "scheduled: {scheduled_reads} reads, {scheduled_writes} writes; sent and answered: {} reads ({:.1}%), {} writes",
        all.count,
        all.count as f64 * 100.0 / scheduled_reads.max(1) as f64,
        s.per_type[WRITE].count
    );
    println!(
        "RESULT seconds={elapsed:.1} scheduled_reads={scheduled_reads} reads={} writes={} errors={} read_p99_ms={} worst_type_p99_ms={} peak_rss_mib={:.1} backups={} max_send_lag_ms={}",
        all.count,
        s.per_type[WRITE].count,
        all_errors + s.errors[WRITE],
        ms(all.percentile(99.0)),
        ms((0..N_TYPES)
            .map(|t| s.per_type[t].percentile(99.0))
            .max()
            .unwrap_or(0)),
        peak_rss as f64 / 1024.0,
        backups(&c.backup_dir).saturating_sub(base_backups),
        ms(lag)
    );
    for e in &s.first_errors {
        println!("first errors: {e}");
    }
    if all_errors + s.errors[WRITE] > 0 {
        std::process::exit(1);
    }
    Ok(())
}
