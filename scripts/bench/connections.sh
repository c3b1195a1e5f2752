#!/usr/bin/env bash
# Connection fairness and the cost of the access log, on the release binary over loopback.
#  1. Fairness: the first `wrk -t2 -c32 -d3s` on a freshly started server. Requests/s x mean
#     latency is the number of requests in flight; with fair scheduling it is close to 32 (every
#     keep-alive connection has a request being served or queued), with the starvation of
#     issue 12 #18 it was 4. Max latency shows the longest any request waited.
#  2. Access log: the same load against `--access-log off|errors|writes|all` at RULEBOOK_LOG=info
#     with stderr written to a file: requests/s and bytes of log per second of load.
# Usage: scripts/bench/connections.sh [BINARY]   (default: the static musl build)
# Needs: wrk, curl (apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/x86_64-unknown-linux-musl/release/rulebook}
[ -x "$bin" ] || { echo "build first: scripts/build-static.sh" >&2; exit 1; }
command -v wrk >/dev/null || { echo "apt-get install wrk" >&2; exit 1; }
tmp=$(mktemp -d); pid=
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
port=$((20000 + RANDOM % 20000))
args=(--data-dir "$tmp/data" --config-dir "$tmp/cfg")
"$bin" "${args[@]}" init >/dev/null 2>&1

start() { # $1: access-log mode ("" for the binary's default), $2: log file
  local mode=()
  [ -n "$1" ] && mode=(--access-log "$1")
  RULEBOOK_LOG=info "$bin" "${args[@]}" serve --listen 127.0.0.1:$port "${mode[@]}" 2>"$2" &
  pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.01; done
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
# wrk's summary: "Requests/sec: N" and "Latency mean stdev max ..."
summary() { # $1: wrk output
  local rps mean max
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$1")
  mean=$(awk '/Latency/ {print $2; exit}' <<<"$1")
  max=$(awk '/Latency/ {print $4; exit}' <<<"$1")
  python3 - "$rps" "$mean" "$max" <<'PY'
import sys
def ms(v):
    for suf, f in (("us", 1e-3), ("ms", 1.0), ("s", 1e3)):
        if v.endswith(suf):
            return float(v[: -len(suf)]) * f
    return float(v)
rps, mean, mx = float(sys.argv[1]), ms(sys.argv[2]), ms(sys.argv[3])
print(f"req/s {rps:.0f}  mean {mean:.2f} ms  max {mx:.1f} ms  in_flight {rps * mean / 1000:.1f}/32")
PY
}

echo "binary: $bin ($(stat -c %s "$bin") bytes)"
for round in 1 2 3; do
  start "" /dev/null
  out=$(wrk -t2 -c32 -d3s "http://127.0.0.1:$port/api/v1")
  echo "fresh server $round, first wrk -t2 -c32 -d3s /api/v1: $(summary "$out")"
  stop
done

[ "${FAIRNESS_ONLY:-}" = 1 ] && exit 0
for mode in off errors writes all; do
  log="$tmp/$mode.log"
  start "$mode" "$log"
  before=$(stat -c %s "$log")
  out=$(wrk -t2 -c32 -d10s "http://127.0.0.1:$port/api/v1")
  after=$(stat -c %s "$log")
  echo "access-log $mode, wrk -t2 -c32 -d10s /api/v1: $(summary "$out")  log $(( (after - before) / 10 )) B/s"
  stop
done
