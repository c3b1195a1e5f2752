#!/usr/bin/env python3
"""Opens N handshake-era MCP sessions (POST initialize at 2025-11-25, then
notifications/initialized), keeps their Mcp-Session-Id values, then pings every one to check
it is still open. Prints one RESULT line; exits 1 if any request failed.

Usage: sessions.py PORT KEY [N]     (N = 1000)
"""
import http.client, json, sys, time

port, key = int(sys.argv[1]), sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
VERSION = "2025-11-25"
conn = http.client.HTTPConnection("127.0.0.1", port)
base = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
        "Authorization": f"Bearer {key}"}
failed = 0


def post(body, extra=None):
    conn.request("POST", "/mcp", json.dumps(body), {**base, **(extra or {})})
    r = conn.getresponse()
    return r.status, r.getheader("Mcp-Session-Id"), r.read()


def fail(what, status, data):
    global failed
    failed += 1
    if failed <= 3:
        print(f"{what}: {status} {data[:200]!r}", file=sys.stderr)


ids = []
t0 = time.perf_counter()
for i in range(n):
    status, sid, data = post({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": VERSION, "capabilities": {}, "clientInfo": {"name": f"bench-{i}", "version": "1"}}})
    if status != 200 or not sid or json.loads(data)["result"]["protocolVersion"] != VERSION:
        fail("initialize", status, data)
        continue
    ids.append(sid)
    status, _, data = post({"jsonrpc": "2.0", "method": "notifications/initialized"},
                           {"Mcp-Session-Id": sid, "MCP-Protocol-Version": VERSION})
    if status != 202:
        fail("notifications/initialized", status, data)
opened = time.perf_counter() - t0
alive = 0
for sid in ids:
    status, _, data = post({"jsonrpc": "2.0", "id": 2, "method": "ping"},
                           {"Mcp-Session-Id": sid, "MCP-Protocol-Version": VERSION})
    if status == 200 and json.loads(data).get("result") == {}:
        alive += 1
    else:
        fail("ping", status, data)
print(f"RESULT opened={len(ids)} distinct={len(set(ids))} alive={alive} seconds={opened:.2f} "
      f"per_second={len(ids) / opened:.0f} failed={failed}")
sys.exit(1 if failed or alive != n or len(set(ids)) != n else 0)
