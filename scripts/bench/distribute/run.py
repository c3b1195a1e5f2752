#!/usr/bin/env python3
"""Distributes to every seeded target once and measures it; then checks every bare repository
with git.

  1. DELETE /_fake/requests (the log then holds only the distribution's calls).
  2. POST /api/v1/orgs/acme/git/distribute {"targets": [...all...]} -> 202 with one job each.
  3. Until every job is done/failed/...: GET .../git/jobs?limit=1000 every 0.2 s, and every
     0.1 s sample the server's VmRSS, the fake's CPU and the machine's CPU (/proc/stat).
  4. The server's VmHWM, CPU (utime+stime) and the fake's CPU (its own threads, plus the git
     subprocesses it ran: cutime+cstime) over the run.
  5. GET /_fake/requests: per repository the API calls (by kind) and the times of the first
     and last call as the fake received them (time.time(), logged before the latency sleep).
  6. Per repository: `git rev-list --count main` is 2 (the initial commit plus one), the new
     commit's parent is the initial commit, its trailer names this target's job, the job's
     recorded commit is the branch head; files added counted with `git diff --name-only`.

Usage: run.py SERVER_URL KEY SERVER_PID FAKE_URL FAKE_PID TARGETS.json LATENCY_MS OUT.json
"""
import collections
import datetime as dt
import json
import re
import subprocess
import sys
import time

from common import call, cpu_seconds, must, status_kib

server, key, spid, fake, fpid, targets_file, latency_ms, out = sys.argv[1:9]
spid, fpid, latency_ms = int(spid), int(fpid), int(latency_ms)
org = f"{server}/api/v1/orgs/acme"
seed = json.load(open(targets_file))
targets = seed["targets"]
by_id = {t["id"]: t for t in targets}


def machine_cpu():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


must(200, "DELETE", f"{fake}/_fake/requests")
s_cpu0, f_self0, f_all0 = cpu_seconds(spid), cpu_seconds(fpid), cpu_seconds(fpid, True)
m_busy0, m_total0 = machine_cpu()
rss_idle = status_kib(spid, "VmRSS")

t0 = time.time()
r = must(202, "POST", f"{org}/git/distribute", {"targets": [t["id"] for t in targets]}, key)
t_post = time.time()
batch = r["batch"]
job_of = {j["job"]: j["target"] for j in r["jobs"]}
assert len(job_of) == len(targets), r

rss_max, rss_samples = 0, []
fake_windows = []  # (seconds, fake self cpu %, fake incl. children cpu %)
last_sample = (time.time(), cpu_seconds(fpid), cpu_seconds(fpid, True))
jobs, t_end, next_poll, polls = {}, None, 0.0, 0
while True:
    now = time.time()
    rss = status_kib(spid, "VmRSS")
    rss_max = max(rss_max, rss)
    rss_samples.append((round(now - t0, 2), rss))
    if now - last_sample[0] >= 1.0:
        fs, fa = cpu_seconds(fpid), cpu_seconds(fpid, True)
        span = now - last_sample[0]
        fake_windows.append((round(now - t0, 1), 100 * (fs - last_sample[1]) / span,
                             100 * (fa - last_sample[2]) / span))
        last_sample = (now, fs, fa)
    if now >= next_poll:
        next_poll = now + 0.2
        status, body = call("GET", f"{org}/git/jobs?limit=1000", key=key)
        polls += 1
        if status == 200:
            jobs = {j["id"]: j for j in body["jobs"] if j["id"] in job_of}
            if len(jobs) == len(job_of) and all(j["state"] not in ("queued", "running") for j in jobs.values()):
                t_end = time.time()
                break
    if now - t0 > 1800:
        break
    time.sleep(0.1)

s_cpu1, f_self1, f_all1 = cpu_seconds(spid), cpu_seconds(fpid), cpu_seconds(fpid, True)
m_busy1, m_total1 = machine_cpu()
hwm = status_kib(spid, "VmHWM")
rss_end = status_kib(spid, "VmRSS")
fake_rss = status_kib(fpid, "VmRSS")
fake_hwm = status_kib(fpid, "VmHWM")
wall = (t_end or time.time()) - t0

# ---- the fake's request log ---------------------------------------------------------------
t_log = time.time()
reqs = must(200, "GET", f"{fake}/_fake/requests")
t_log = time.time() - t_log
REPO_RE = re.compile(r"^(?:/api/v3)?/repos/([^/]+/[^/]+)(/.*)?$")


def kind(method, rest):
    rest = rest or ""
    for pat, name in ((r"^/git/ref/", "GET ref"), (r"^/git/commits/", "GET commit"), (r"^/git/trees/", "GET tree"),
                      (r"^/git/blobs/", "GET blob"), (r"^/git/blobs$", "POST blob"), (r"^/git/trees$", "POST tree"),
                      (r"^/git/commits$", "POST commit"), (r"^/git/refs/", "PATCH ref")):
        if re.match(pat, rest):
            return name if name.split()[0] == method else f"{method} {rest}"
    return f"{method} {rest}"


per_repo = collections.defaultdict(lambda: {"calls": 0, "kinds": collections.Counter(), "first": None, "last": None})
other = 0
for q in reqs:
    m = REPO_RE.match(q["path"])
    if not m:
        other += 1
        continue
    p = per_repo[m.group(1)]
    p["calls"] += 1
    p["kinds"][kind(q["method"], m.group(2))] += 1
    p["first"] = q["time"] if p["first"] is None else min(p["first"], q["time"])
    p["last"] = q["time"] if p["last"] is None else max(p["last"], q["time"])
del reqs


def ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() if s else None


# ---- git checks ---------------------------------------------------------------------------
def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout.strip()


problems, rows = [], []
files_added = collections.Counter()
for jid, tid in job_of.items():
    t, j = by_id[tid], jobs.get(jid, {})
    repo = t["path"]
    count = int(git(repo, "rev-list", "--count", "main"))
    head = git(repo, "rev-parse", "main")
    parents = git(repo, "log", "-1", "--format=%P", "main").split()
    msg = git(repo, "log", "-1", "--format=%B", "main")
    n_files = len(git(repo, "diff", "--name-only", t["initial"], head).splitlines())
    files_added[n_files] += 1
    ok = (j.get("state") == "done" and count == 2 and parents == [t["initial"]] and j.get("commit") == head
          and msg.rstrip().endswith(f"Rulebook-Distribution: {jid}"))
    if not ok:
        problems.append({"repo": t["repo"], "job": jid, "state": j.get("state"), "detail": j.get("detail"),
                         "commits": count, "head_is_job_commit": j.get("commit") == head})
    p = per_repo.get(t["repo"], {"calls": 0, "first": None, "last": None, "kinds": {}})
    rows.append({"repo": t["repo"], "job": jid, "state": j.get("state"), "attempts": j.get("attempts"),
                 "queued_s": (ts(j.get("started_at")) or 0) - (ts(j.get("created_at")) or 0),
                 "job_s": (ts(j.get("finished_at")) or 0) - (ts(j.get("started_at")) or 0),
                 "calls": p["calls"], "kinds": dict(p["kinds"]),
                 "fake_first": p["first"] and p["first"] - t0, "fake_last": p["last"] and p["last"] - t0,
                 "fake_span": (p["last"] - p["first"]) if p["first"] else None, "files": n_files})

last_call = max((r["fake_last"] for r in rows if r["fake_last"] is not None), default=None)
res = {
    "targets": len(targets), "latency_ms": latency_ms, "batch": batch,
    "wall_s": wall, "post_s": t_post - t0, "polls": polls, "poll_interval_s": 0.2,
    "first_call_s": min((r["fake_first"] for r in rows if r["fake_first"] is not None), default=None),
    "last_call_s": last_call,
    "states": dict(collections.Counter(r["state"] for r in rows)),
    "retries": sum(1 for r in rows if (r["attempts"] or 0) > 1),
    "server": {"rss_idle_kib": rss_idle, "rss_max_sampled_kib": rss_max, "vmhwm_kib": hwm, "rss_end_kib": rss_end,
               "cpu_s": s_cpu1 - s_cpu0},
    "fake": {"cpu_self_s": f_self1 - f_self0, "cpu_with_git_s": f_all1 - f_all0,
             "rss_end_kib": fake_rss, "vmhwm_kib": fake_hwm, "windows": fake_windows,
             "other_calls": other, "log_fetch_s": t_log},
    "machine": {"busy_fraction": (m_busy1 - m_busy0) / max(1, m_total1 - m_total0)},
    "files_added": dict(files_added),
    "problems": problems, "rows": rows, "rss_samples": rss_samples[::5],
}
json.dump(res, open(out, "w"), indent=1)
print(f"distributed to {len(targets)} targets in {wall:.1f} s; states {res['states']}; "
      f"{len(problems)} repositories failed the git checks")
