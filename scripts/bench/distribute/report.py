#!/usr/bin/env python3
"""Prints the markdown section (for docs/BENCHMARKS.md) from run.py's results.

Usage: report.py META.json RESULTS.json [RESULTS_LATENCY0.json]
"""
import json
import math
import sys

meta = json.load(open(sys.argv[1]))
runs = [json.load(open(p)) for p in sys.argv[2:]]


def pct(values, p):
    v = sorted(x for x in values if x is not None)
    if not v:
        return float("nan")
    return v[max(0, math.ceil(p / 100 * len(v)) - 1)]


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def stats(rows, key):
    v = [r[key] for r in rows if r[key] is not None]
    return pct(v, 50), pct(v, 95), max(v), min(v)


main = runs[0]
rows = main["rows"]
lat = main["latency_ms"]
calls = [r["calls"] for r in rows]
kinds = {}
for r in rows:
    for k, n in r["kinds"].items():
        kinds.setdefault(k, []).append(n)
j50, j95, jmax, jmin = stats(rows, "job_s")
f50, f95, fmax, fmin = stats(rows, "fake_span")
q50, q95, qmax, _ = stats(rows, "queued_s")
wall = main["wall_s"]
hwm = main["server"]["vmhwm_kib"]
fake = main["fake"]
peak_fake = max((w[1] for w in fake["windows"]), default=0)
mean_fake = 100 * fake["cpu_self_s"] / wall
mean_fake_all = 100 * fake["cpu_with_git_s"] / wall
busy = main["machine"]["busy_fraction"]
ncpu = meta["nproc"]
total_calls = sum(calls)
floor = max(total_calls * lat / 1000 / 8, max(calls) * lat / 1000)
ok = not main["problems"] and main["states"] == {"done": main["targets"]}

P = print
P("## Git distribution: 200 targets through the GitHub API (issue: server-side distribution)")
P()
P(f"Measured {meta['date']} on `{meta['binary']}` ({meta['binary_bytes']:,} bytes, "
  f"{meta['version']}{'' if meta['static'] else ', **not** static'}), built from {meta['commit']}"
  f"{' with uncommitted changes in the working tree' if meta['dirty'] else ''}, "
  f"with `{meta['build_cmd']}`.")
P(f"Machine: {ncpu} CPUs ({meta['cpu']}), {meta['mem']}, {meta['kernel']}; Python {meta['python']}, "
  f"git {meta['git']}. Server, fake and git subprocesses share these {ncpu} CPUs.")
P()
P("What runs: one `rulebook serve --distribution-workers 8` (SQLCipher store, otherwise the shipped "
  "defaults, including the egress cap of 8 requests at once per host); one GitHub fake "
  f"(`tests/fakes/github_api.py --latency-ms {lat}`: Python `ThreadingHTTPServer`, real bare "
  "repositories, Git objects written by the fake itself, refs moved by `git update-ref`) holding 200 repositories; "
  "one connection (`provider: github`, `max_concurrency: 8`); 200 targets `bench/repo-NNN@main`, "
  "agents `claude`, `cursor`, `codex`, direct commits, one package `base` (release 1.0.0) of "
  f"100 artifacts: {', '.join(f'{n} {k}' for k, n in meta['artifacts'].items())} "
  "(1-4 KB of JSON each; every skill has an executable script and a reference file). "
  f"Every API call to the fake waits {lat} ms before it is answered. The distribution is one "
  "`POST /api/v1/orgs/acme/git/distribute` with all 200 target ids, then "
  "`GET .../git/jobs?limit=1000` every 0.2 s until no job is queued or running.")
P()
P("Command (the static build is made first if it is missing or older than the sources):")
P()
P("```sh")
P(meta["command"])
P("```")
P()
P("| | measured | aim |")
P("|---|---|---|")
P(f"| total wall time, POST distribute → last job finished (0.2 s polling) | **{wall:.1f} s** | < 60 s "
  f"{'✅' if wall < 60 else '❌'} |")
P(f"| per target, job `finished_at − started_at` (whole seconds) | p50 {j50:.0f} s, p95 **{j95:.0f} s**, max {jmax:.0f} s | |")
P(f"| per target, first → last API call at the fake | p50 {f50:.2f} s, p95 **{f95:.2f} s**, max {fmax:.2f} s | |")
P(f"| per target, waiting in the queue (`started_at − created_at`) | p50 {q50:.0f} s, p95 {q95:.0f} s, max {qmax:.0f} s | |")
P(f"| peak RSS of the server (VmHWM of a server started fresh for the run) | **{mib(hwm)}** "
  f"(idle before the POST: {mib(main['server']['rss_idle_kib'])}) | < 64 MiB {'✅' if hwm < 64 * 1024 else '❌'} |")
P(f"| server CPU (utime+stime) over the run | {main['server']['cpu_s']:.1f} s "
  f"({100 * main['server']['cpu_s'] / wall:.0f} % of one CPU) | |")
P(f"| API calls per target | {min(calls)}–{max(calls)} (p50 {pct(calls, 50)}), {total_calls:,} in all | |")
P(f"| jobs | {', '.join(f'{n} {s}' for s, n in main['states'].items())}; {main['retries']} retried | |")
P(f"| git check of the 200 bare repositories | {main['targets'] - len(main['problems'])} of {main['targets']} "
  f"have exactly one new commit (parent = the initial commit, trailer = its job, head = the job's "
  f"recorded commit) | all {'✅' if ok else '❌'} |")
P()
P("API calls per target, by kind (every target alike unless a range is shown):")
P()
P("| call | per target |")
P("|---|---|")
for k in sorted(kinds, key=lambda k: -sum(kinds[k])):
    v = kinds[k]
    P(f"| `{k}` | {min(v)}{'' if min(v) == max(v) else '–' + str(max(v))} |")
P()
P(f"Files changed per commit: {', '.join(f'{n} targets × {f} files' for f, n in sorted(main['files_added'].items()))}. "
  "The GitHub provider sends text files inside the one `POST /git/trees` and uploads only binary "
  "files as blobs of their own, so the calls per target do not grow with the files rendered.")
P()
P("### Is the fake the bottleneck?")
P()
P(f"The fake's own threads used {fake['cpu_self_s']:.1f} s of CPU over the {wall:.1f} s run "
  f"(mean {mean_fake:.0f} % of one CPU, busiest 1 s window {peak_fake:.0f} %); with the `git` "
  f"subprocesses it started, {fake['cpu_with_git_s']:.1f} s (mean {mean_fake_all:.0f} %). "
  f"The server used {main['server']['cpu_s']:.1f} s. The machine as a whole was "
  f"{100 * busy:.0f} % busy ({busy * ncpu:.2f} of {ncpu} CPUs). "
  f"Latency alone puts a floor under the wall time: {total_calls:,} calls × {lat} ms ÷ 8 jobs at once "
  f"(and at least one target's {max(calls)} calls one after another) = {floor:.1f} s.")
P()
P(meta.get("verdict", ""))
P()
P("### Peers")
P()
P("The benchmark guide asks for ratios against peers run side by side. Packmind (the peer that "
  "distributes to Git repositories) cannot be run here: this machine is offline, and Packmind needs "
  "its own services and a real Git host or network access to install. No peer numbers are given and "
  "none are estimated; the figures above are Rulebook's alone.")
