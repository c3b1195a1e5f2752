#!/usr/bin/env bash
# Server-side Git distribution under load (issue: "Distribute a 100-artifact package for 3
# agents to 200 targets on loopback fakes with 20 ms latency added per API call: total wall
# time, p95 per target, peak RSS. Aim: under 60 s for all 200 with 8 concurrent jobs, RSS
# under 64 MiB."), on the shipped static binary.
#  1. A GitHub fake (tests/fakes/github_api.py --latency-ms 20, real bare repositories) and a
#     fresh instance: init, an instance admin in org "acme", an admin API key.
#  2. scripts/bench/distribute/seed.py over the REST API: egress allowlist for the fake, 100
#     artifacts (70 standards, 10 commands, 10 skills, 10 subagents), package "base" with
#     release 1.0.0, connection "gh" (max_concurrency 8), 200 repositories on the fake and
#     200 targets (agents claude, cursor, codex). That server is then stopped, so seeding does
#     not count in the RSS figures.
#  3. A fresh `serve --distribution-workers 8`; scripts/bench/distribute/run.py POSTs one
#     distribution to all 200 targets, polls the jobs, samples RSS and CPU, reads the fake's
#     request log and checks every bare repository with git.
#  4. scripts/bench/distribute/report.py writes the markdown section to DIST_BENCH_OUT
#     (/tmp/bench-distribute.md) and prints it; exit 1 if a job failed or a repository is wrong.
# Usage: scripts/bench/distribute.sh   (RULEBOOK_BIN=path overrides the binary; DIST_BENCH_TARGETS=N,
#        DIST_BENCH_LATENCY_MS=N, DIST_BENCH_OUT=file)
# Needs: python3 (3.11), git, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/bench/distribute
n=${DIST_BENCH_TARGETS:-200}
latency=${DIST_BENCH_LATENCY_MS:-20}
out=${DIST_BENCH_OUT:-/tmp/bench-distribute.md}
token=ghp_BENCHgithubTOKEN0123456789abcdef
fake_py=${DIST_BENCH_FAKE:-tests/fakes/github_api.py}
build_cmd="nice -n 19 scripts/build-static.sh"

if [ -n "${RULEBOOK_BIN:-}" ]; then
  bin=$RULEBOOK_BIN
  build_cmd="(given: RULEBOOK_BIN=$bin)"
else
  bin=target/x86_64-unknown-linux-musl/release/rulebook
  if [ ! -x "$bin" ] || [ -n "$(find src build.rs Cargo.toml Cargo.lock assets patches vendor \
        -newer "$bin" -print -quit 2>/dev/null)" ]; then
    echo "distribute.sh: $bin is missing or older than the sources: $build_cmd" >&2
    $build_cmd >&2
  fi
fi
[ -x "$bin" ] || { echo "distribute.sh: no binary at $bin" >&2; exit 1; }
for tool in curl python3 git; do
  command -v $tool >/dev/null || { echo "distribute.sh: needs $tool" >&2; exit 1; }
done

tmp=$(mktemp -d); pid=; fpid=
cleanup() {
  if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; fi
  if [ -n "$fpid" ]; then exec 9>&- 2>/dev/null || true; kill $fpid 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Starts the server of instance $1 with extra flags; sets pid and port.
start() {
  local dir=$1; shift
  : >"$dir/serve.log"
  "$bin" --data-dir "$dir/data" --config-dir "$dir/cfg" serve --listen 127.0.0.1:0 "$@" \
    </dev/null >/dev/null 2>"$dir/serve.log" &
  pid=$!
  port=
  for _ in $(seq 1 500); do
    port=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$dir/serve.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 $pid 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  [ -n "$port" ] || { echo "distribute.sh: the server did not say where it listens" >&2; exit 1; }
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
kib() { awk -v k="$1:" '$1 == k {print $2}' /proc/$pid/status; }

# Starts the GitHub fake for instance $1 with --latency-ms $2; sets fpid and fport. Its stdin
# is a FIFO held open on fd 9 (the fake exits at EOF).
start_fake() {
  local dir=$1
  mkdir -p "$dir/repos"
  mkfifo "$dir/fake.in"
  python3 "$fake_py" --root "$dir/repos" --token "$token" --latency-ms "$2" \
    <"$dir/fake.in" >"$dir/fake.out" 2>"$dir/fake.err" &
  fpid=$!
  exec 9>"$dir/fake.in"
  fport=
  for _ in $(seq 1 500); do
    fport=$(awk '$1 == "READY" {print $2}' "$dir/fake.out")
    [ -n "$fport" ] && break
    kill -0 $fpid 2>/dev/null || { cat "$dir/fake.err" >&2; exit 1; }
    sleep 0.02
  done
  [ -n "$fport" ] || { echo "distribute.sh: the fake did not print READY" >&2; exit 1; }
}
stop_fake() { exec 9>&-; kill $fpid 2>/dev/null || true; wait $fpid 2>/dev/null || true; fpid=; }

# One complete run: instance, fake, seed, fresh server, distribute; results in $2.
run() { # $1 latency ms, $2 results file, $3 fake script
  local dir="$tmp/run-$(basename "$2" .json)"
  fake_py=$3
  mkdir -p "$dir"
  rb() { "$bin" --data-dir "$dir/data" --config-dir "$dir/cfg" "$@"; }
  rb init >/dev/null 2>&1
  echo "bench passphrase 123" | rb user create bench --admin --org Acme --password-stdin >/dev/null 2>&1
  key=$(rb apikey create --user bench --org acme --scope admin --name dist-bench 2>/dev/null | grep -o 'rbk_[0-9a-f]*')
  [ -n "$key" ] || { echo "distribute.sh: could not create the API key" >&2; exit 1; }
  start_fake "$dir" "$1"
  echo "== latency $1 ms, $fake_py: fake on 127.0.0.1:$fport (pid $fpid)"
  start "$dir"
  local t0=$(date +%s%N)
  python3 $here/seed.py "http://127.0.0.1:$port" "$key" "http://127.0.0.1:$fport" "$token" "$n" "$dir/seed.json"
  echo "seeding took $(( ($(date +%s%N) - t0) / 1000000 )) ms; seeding server VmHWM $(kib VmHWM) KiB"
  stop
  start "$dir" --distribution-workers 8
  sleep 1
  echo "fresh server (pid $pid, --distribution-workers 8): idle RSS $(kib VmRSS) KiB"
  python3 $here/run.py "http://127.0.0.1:$port" "$key" "$pid" "http://127.0.0.1:$fport" "$fpid" \
    "$dir/seed.json" "$1" "$2"
  if grep -qiE 'panic|error' "$dir/serve.log"; then
    echo "server log lines with panic/error:"; grep -iE 'panic|error' "$dir/serve.log" | head -5
  fi
  cp "$dir/seed.json" "${2%.json}.seed.json"
  stop
  stop_fake
}

echo "== machine"
echo "nproc: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin ($(stat -c %s "$bin") bytes) $("$bin" --version)"
run "$latency" "$tmp/results.json" "$fake_py"
files=("$tmp/results.json")

cmd="scripts/bench/distribute.sh"
[ "$n" != 200 ] && cmd="DIST_BENCH_TARGETS=$n $cmd"
[ "$latency" != 20 ] && cmd="DIST_BENCH_LATENCY_MS=$latency $cmd"
python3 - "$tmp/meta.json" <<PY
import json, subprocess, sys, time, os, platform
def sh(c):
    return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
seed = json.load(open("$tmp/results.seed.json"))
json.dump({
    "date": time.strftime("%Y-%m-%d"), "binary": "$bin", "binary_bytes": os.path.getsize("$bin"),
    "version": sh("'$bin' --version"), "static": "static" in sh("file -L '$bin'"),
    "commit": sh("'$bin' --version").split("commit ")[-1].split(",")[0], "dirty": bool(sh("git status --porcelain --untracked-files=no")),
    "build_cmd": "$build_cmd", "nproc": os.cpu_count(),
    "cpu": sh("grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'"),
    "mem": sh("awk '/MemTotal/ {printf \"%.1f GiB RAM\", \$2/1048576}' /proc/meminfo"),
    "kernel": platform.system() + " " + platform.release(), "python": platform.python_version(),
    "git": sh("git --version").split()[-1], "artifacts": seed["artifacts"], "command": "$cmd",
}, open(sys.argv[1], "w"))
PY
cp "$tmp/results.json" "${out%.md}.results.json"; cp "$tmp/meta.json" "${out%.md}.meta.json"
python3 $here/report.py "$tmp/meta.json" "${files[@]}" | tee "$out"
echo "written: $out (raw results: ${out%.md}.results*.json)" >&2
python3 - "${files[@]}" <<'PY'
import json, sys
bad = [p for p in sys.argv[1:] if json.load(open(p))["problems"]]
sys.exit(1 if bad else 0)
PY
