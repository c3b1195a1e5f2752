"""Small HTTP and /proc helpers shared by the distribution benchmark scripts (stdlib only)."""
import json
import os
import urllib.error
import urllib.request


def call(method, url, body=None, key=None, timeout=120):
    """One JSON request; returns (status, parsed body or None)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        raw = e.read()
        status = e.code
    try:
        return status, (json.loads(raw) if raw.strip() else None)
    except ValueError:
        return status, {"_raw": raw[:300].decode(errors="replace")}


def must(expect, method, url, body=None, key=None):
    status, out = call(method, url, body, key)
    if status != expect:
        raise SystemExit(f"{method} {url}: expected {expect}, got {status}: {json.dumps(out)[:400]}")
    return out


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid, children=False):
    """utime+stime (and, with children, the reaped children's cutime+cstime) in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state); utime is field 14 -> index 11
    t = int(fields[11]) + int(fields[12])
    if children:
        t += int(fields[13]) + int(fields[14])
    return t / TICK


def status_kib(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None
