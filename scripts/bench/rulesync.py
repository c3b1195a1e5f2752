#!/usr/bin/env python3
"""Rulebook and rulesync side by side (issue #17), on one playbook generated in both formats
(gen_both.py: rules of 8 bullets with globs, 50 commands, 20 skills), every agent each tool
knows, into a fresh folder on tmpfs and on the disk. Reports per tool and place: median wall
time, peak RSS (the process tree's largest, from wait4) and files written; and the ratios.

usage: scripts/bench/rulesync.py [--rulebook BIN] [--rulesync BIN] [--sizes 200,4000]
  --rulebook  default target/x86_64-unknown-linux-musl/release/rulebook (what users run)
  --rulesync  default: rulesync@17 installed with npm into a temporary folder
Needs: python3, node and npm (for rulesync)."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, cwd=None):
    """Wall seconds and peak RSS (KiB) of one run of cmd, which must succeed."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    err = p.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    return wall, usage.ru_maxrss


def files(d, skip=None):
    n = 0
    for r, ds, fs in os.walk(d):
        if skip and skip in ds:
            ds.remove(skip)
        n += len(fs)
    return n


def bench(label, prepare, cmd, cwd_of, count_of, runs):
    walls, rss = [], 0
    for _ in range(runs):
        prepare()
        w, m = run(cmd, cwd_of())
        walls.append(w)
        rss = max(rss, m)
    return {"label": label, "wall": statistics.median(walls), "min": min(walls), "runs": runs,
            "rss_mib": rss / 1024, "files": count_of()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rulebook", default=os.path.join(ROOT, "target/x86_64-unknown-linux-musl/release/rulebook"))
    ap.add_argument("--rulesync")
    ap.add_argument("--sizes", default="200,4000")
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement at 200 standards (1 above 1,000)")
    a = ap.parse_args()
    rb = os.path.realpath(a.rulebook)
    tool = None
    if a.rulesync:
        rs = a.rulesync
    else:
        tool = tempfile.mkdtemp()
        subprocess.run(["npm", "init", "-y"], cwd=tool, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["npm", "i", "--silent", "rulesync@17"], cwd=tool, check=True, stdout=subprocess.DEVNULL)
        rs = os.path.join(tool, "node_modules/.bin/rulesync")
    ver = lambda c: subprocess.run(c, capture_output=True, text=True).stdout.strip()
    print(f"rulebook {ver([rb, '--version'])}; rulesync {ver([rs, '--version'])}; node {ver(['node', '--version'])}")
    places = [("tmpfs", tempfile.mkdtemp(dir="/dev/shm")), ("disk", tempfile.mkdtemp(dir=os.path.join(ROOT, "target")))]
    rows = []
    try:
        for size in [int(s) for s in a.sizes.split(",")]:
            runs = a.runs if size <= 1000 else 1
            for place, base in places:
                pb = os.path.join(base, f"pb{size}")
                subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/gen_both.py"), pb, str(size), "50", "20"],
                               check=True, stdout=subprocess.DEVNULL)
                out, rsrun = os.path.join(base, "out"), os.path.join(base, "rsrun")

                def prep_rb():
                    shutil.rmtree(out, ignore_errors=True)

                def prep_rs():
                    shutil.rmtree(rsrun, ignore_errors=True)
                    shutil.copytree(os.path.join(pb, "rulesync"), rsrun)
                    subprocess.run(["sync"])

                r1 = bench("rulebook", prep_rb, [rb, "render", "--from", os.path.join(pb, "rulebook"), "--agents", "all", "--out", out],
                           lambda: None, lambda: files(out), runs)
                r2 = bench("rulesync", prep_rs, [rs, "generate", "-t", "*", "-f", "rules,commands,skills", "-s"],
                           lambda: rsrun, lambda: files(rsrun, ".rulesync") - 1, runs)
                for r in (r1, r2):
                    r.update(size=size, place=place)
                    rows.append(r)
                print(f"{size:>5} standards, {place:<5}: rulebook {r1['wall']:.3f} s {r1['rss_mib']:.1f} MiB {r1['files']} files | "
                      f"rulesync {r2['wall']:.3f} s {r2['rss_mib']:.1f} MiB {r2['files']} files | "
                      f"{r2['wall'] / r1['wall']:.1f}x faster, {r2['rss_mib'] / r1['rss_mib']:.1f}x less memory, "
                      f"per file {r2['wall'] / r2['files'] * 1e3:.3f} vs {r1['wall'] / r1['files'] * 1e3:.3f} ms", flush=True)
                shutil.rmtree(pb)
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(rsrun, ignore_errors=True)
    finally:
        for _, b in places:
            shutil.rmtree(b, ignore_errors=True)
        if tool:
            shutil.rmtree(tool, ignore_errors=True)


if __name__ == "__main__":
    main()
