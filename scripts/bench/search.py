#!/usr/bin/env python3
"""Seeds N artifacts through the API (default 10,000) and reports write throughput and
search/list latency (p50/p95) over HTTP on loopback, against the release binary.

Usage: scripts/bench/search.py [BINARY] [N]
"""
import http.client, json, os, re, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/x86_64-unknown-linux-musl/release/rulebook"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
tmp = tempfile.mkdtemp()
env = dict(os.environ, RULEBOOK_LOG="warn")
args = [binary, "--data-dir", f"{tmp}/data", "--config-dir", f"{tmp}/cfg"]
proc = subprocess.Popen(args + ["serve", "--listen", "127.0.0.1:0"], stderr=subprocess.PIPE, text=True, env=env)
port = token = None
while token is None:
    line = proc.stderr.readline()
    m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
    if m:
        port = int(m.group(1))
    m = re.search(r"#/setup/([0-9a-f]{64})", line)
    if m:
        token = m.group(1)
conn = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Content-Type": "application/json"}

def call(method, path, body=None):
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    r = conn.getresponse()
    data = r.read()
    return r.status, (json.loads(data) if data else None), r.getheader("Set-Cookie")

status, body, cookie = call("POST", "/api/v1/setup", {"token": token, "org_name": "Bench", "username": "bench", "password": "bench passphrase 123"})
assert status == 201, body
headers["Cookie"] = cookie.split(";")[0]
headers["X-CSRF-Token"] = body["csrf_token"]
words = "error logging retry timeout cache test review deploy secret config parse validate format naming async".split()
t0 = time.time()
for i in range(n):
    w = words[i % len(words)]
    kind = ["standards", "commands"][i % 2]
    doc = {"name": f"{w} guide {i}", "description": f"How we handle {w} in service {i}."}
    if kind == "standards":
        doc["rules"] = [{"text": f"Always {w} carefully ({i}).", "examples": [{"language": "rust", "good": f"{w}()?", "bad": f"{w}().unwrap()"}]}]
    else:
        doc["body"] = f"Run the {w} procedure for $ARGUMENTS (case {i})."
    status, body, _ = call("POST", f"/api/v1/orgs/bench/spaces/default/{kind}", doc)
    assert status == 201, body
write_s = time.time() - t0

def timed(path, rounds=200):
    samples = []
    for i in range(rounds):
        t = time.perf_counter()
        status, body, _ = call("GET", path.format(w=words[i % len(words)]))
        samples.append((time.perf_counter() - t) * 1000)
        assert status == 200, body
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]

s50, s95 = timed("/api/v1/orgs/bench/search?q={w}&limit=20")
k50, k95 = timed("/api/v1/orgs/bench/search?q={w}&kind=standards&language=rust&limit=20")
l50, l95 = timed("/api/v1/orgs/bench/spaces/default/standards?limit=50")
proc.terminate()
proc.wait()
print(f"artifacts: {n} (half standards with a rule and an example, half commands)")
print(f"writes over HTTP (one connection, each a committed, audited transaction): {n / write_s:.0f}/s ({write_s:.1f} s)")
print(f"search q=<word>, 20 hits:                 p50 {s50:.2f} ms, p95 {s95:.2f} ms")
print(f"search with kind and language filters:   p50 {k50:.2f} ms, p95 {k95:.2f} ms")
print(f"list 50 standards:                       p50 {l50:.2f} ms, p95 {l95:.2f} ms")
