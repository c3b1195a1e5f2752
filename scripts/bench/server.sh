#!/usr/bin/env bash
# Server benchmarks, builds side by side: start to first 200, idle RSS, and wrk throughput and
# p99 on /healthz, /readyz, /api/v1 and an authenticated API read that touches the database
# (GET /api/v1/orgs/bench/spaces with a read key), then RSS after load.
#
# Usage: scripts/bench/server.sh [BINARY...]
#   default: the static musl build (scripts/build-static.sh) and a glibc release build of the
#   same tree (cargo build --release), in that order.
# The builds run INTERLEAVED (for each round, each path, each binary in turn), so that whatever
# else the machine does affects them alike; each cell is the median over ROUNDS (default 3) runs
# of DURATION seconds (default 5). The last binary is the reference: every other one gets a
# ratio "reference req/s / its req/s" (1.00 = as fast; the issue's aim is <= 1.10).
# Needs: wrk, curl (apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-3}
duration=${DURATION:-5}
if [ $# -eq 0 ]; then
  set -- target/x86_64-unknown-linux-musl/release/rulebook target/release/rulebook
fi
for b in "$@"; do
  [ -x "$b" ] || { echo "missing $b: scripts/build-static.sh and cargo build --release" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "apt-get install wrk" >&2; exit 1; }
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT

bins=("$@")
n=${#bins[@]}
ports=()
keys=()
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); rounds $rounds x ${duration}s; wrk -t2 -c64"
for i in $(seq 0 $((n - 1))); do
  b=${bins[$i]}
  d="$tmp/$i"
  args=(--data-dir "$d/data" --config-dir "$d/cfg")
  "$b" "${args[@]}" init >/dev/null 2>&1
  echo "bench passphrase 123" | "$b" "${args[@]}" user create bench --admin --org Bench --password-stdin >/dev/null 2>&1
  keys+=("$("$b" "${args[@]}" apikey create --user bench --org bench --scope read --name bench 2>/dev/null | grep -o 'rbk_[0-9a-f]*')")
  port=$((20000 + RANDOM % 20000 + i))
  ports+=("$port")
  # Start to first 200, best of 5 (the database exists; this is a restart).
  best=999999
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    RULEBOOK_LOG=warn "$b" "${args[@]}" serve --listen 127.0.0.1:$port 2>/dev/null & pid=$!
    until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.001; done
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); [ $ms -lt $best ] && best=$ms
    kill $pid; wait $pid 2>/dev/null || true
  done
  RULEBOOK_LOG=warn "$b" "${args[@]}" serve --listen 127.0.0.1:$port 2>/dev/null & pids+=($!)
  until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.01; done
  sleep 1
  echo "[$i] $b"
  echo "    sha256 $(sha256sum "$b" | cut -c1-16)  start_to_first_200_ms_best_of_5 $best  idle_rss_kib $(awk '/VmRSS/ {print $2}' /proc/${pids[$i]}/status)"
done

paths=(/healthz /readyz /api/v1 /api/v1/orgs/bench/spaces)
# results[path|bin] = "rps p99ms rps p99ms ..."
declare -A results
# wrk's p99 in milliseconds.
p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
    if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.3f", v }'
}
for r in $(seq 1 "$rounds"); do
  for path in "${paths[@]}"; do
    for i in $(seq 0 $((n - 1))); do
      hdr=()
      [[ $path == /api/v1/orgs/* ]] && hdr=(-H "Authorization: Bearer ${keys[$i]}")
      out=$(wrk -t2 -c64 -d"${duration}"s --latency "${hdr[@]}" "http://127.0.0.1:${ports[$i]}$path")
      if echo "$out" | grep -q "Non-2xx"; then
        echo "non-2xx answers from [$i] on $path:" >&2; echo "$out" >&2; exit 1
      fi
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p99=$(echo "$out" | p99_ms)
      results["$path|$i"]+="$rps $p99 "
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ref=$((n - 1))
printf '\n%-28s' "path"
for i in $(seq 0 $((n - 1))); do printf '%22s' "[$i] req/s  p99 ms"; done
printf '%16s\n' "ratio vs [$ref]"
for path in "${paths[@]}"; do
  printf '%-28s' "$path"
  declare -A med=()
  for i in $(seq 0 $((n - 1))); do
    set -- ${results["$path|$i"]}
    rps_list=(); p99_list=()
    while [ $# -gt 0 ]; do rps_list+=("$1"); p99_list+=("$2"); shift 2; done
    med[$i]=$(echo "${rps_list[*]}" | median)
    p=$(echo "${p99_list[*]}" | median)
    printf '%14.0f %7.2f' "${med[$i]}" "$p"
  done
  ratios=()
  for i in $(seq 0 $((ref - 1))); do
    ratios+=("$(awk -v a="${med[$ref]}" -v b="${med[$i]}" 'BEGIN { printf "%.2f", a / b }')")
  done
  printf '%16s\n' "${ratios[*]}"
done
for i in $(seq 0 $((n - 1))); do
  echo "[$i] rss_after_load_kib $(awk '/VmRSS/ {print $2}' /proc/${pids[$i]}/status)"
done
