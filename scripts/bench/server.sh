#!/usr/bin/env bash
# Server benchmarks: idle RSS, start-to-first-200, and wrk throughput/latency on /healthz and
# on one API read (/api/v1), against the release binary on loopback.
# Usage: scripts/bench/server.sh [BINARY]   (default: the static musl build)
# Needs: wrk, curl (apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/x86_64-unknown-linux-musl/release/rulebook}
[ -x "$bin" ] || { echo "build first: scripts/build-static.sh" >&2; exit 1; }
command -v wrk >/dev/null || { echo "apt-get install wrk" >&2; exit 1; }
tmp=$(mktemp -d); trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
port=$((20000 + RANDOM % 20000))
args=(--data-dir "$tmp/data" --config-dir "$tmp/cfg")
"$bin" "${args[@]}" init >/dev/null 2>&1

# Start to first 200, best of 5 (the database exists; this is a restart).
best=999999
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  RULEBOOK_LOG=warn "$bin" "${args[@]}" serve --listen 127.0.0.1:$port 2>/dev/null & pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.001; done
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 )); [ $ms -lt $best ] && best=$ms
  kill $pid; wait $pid 2>/dev/null || true
done
echo "start_to_first_200_ms_best_of_5 $best"

RULEBOOK_LOG=warn "$bin" "${args[@]}" serve --listen 127.0.0.1:$port 2>/dev/null & pid=$!
until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.01; done
sleep 1
echo "idle_rss_kib $(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
for path in /healthz /api/v1 /readyz; do
  echo "--- wrk -t2 -c64 -d10s $path"
  wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|99%"
done
echo "rss_after_load_kib $(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
