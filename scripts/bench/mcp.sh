#!/usr/bin/env bash
# The MCP server under load (issue 15): `tools/call` of rules_for_path, get_standard and search
# over loopback, 64 connections, against 10,000 artifacts, on the shipped static binary.
#  1. A fresh instance: init, an admin in org "bench", an mcp:read key (for the load) and an
#     admin key (for the import only).
#  2. 9,000 standards + 1,000 commands as one portable archive (scripts/bench/mcp/gen_archive.py
#     says what they look like), POSTed to .../spaces/default/import on a server that is then
#     stopped, so the import's memory does not count in the RSS figures.
#  3. A fresh `serve --mcp-rate-per-minute 0` (otherwise the shipped defaults): idle RSS; then
#     1,000 handshake-era sessions opened and kept (scripts/bench/mcp/sessions.py), RSS after;
#     then one call of each shape, to show what the answers hold.
#  4. wrk, stateless era (2026-07-28), each run on a fresh server (same database) after one
#     warm-up call: per tool -t2 -c64 for MCP_BENCH_SECONDS (20), then -t1 -c1 for 10 s (latency
#     without queueing). --timeout 30s, so slow answers are measured, not dropped.
#     scripts/bench/mcp/call.lua varies paths and slugs per request and checks every response
#     (200, a result, no isError, search hits). Server CPU per call is its utime+stime over the
#     run divided by the calls; RSS is VmRSS at the end and VmHWM of that run's server.
#     For reference, the same reads over REST (GET a standard; search q=error) at -c64.
#  5. A table, the targets, and exit 1 if any request failed.
# wrk and the server share the machine's cores; the figures are lower bounds for a dedicated
# host.
# Usage: scripts/bench/mcp.sh    (RULEBOOK_BIN=path overrides the binary; MCP_BENCH_SECONDS=N)
# Needs: wrk, curl, python3 (apt-get install wrk curl python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/bench/mcp
seconds=${MCP_BENCH_SECONDS:-20}
artifacts=10000
sessions=1000

if [ -n "${RULEBOOK_BIN:-}" ]; then
  bin=$RULEBOOK_BIN
else
  bin=target/x86_64-unknown-linux-musl/release/rulebook
  if [ ! -x "$bin" ] || [ -n "$(find src build.rs Cargo.toml Cargo.lock assets patches vendor \
        -newer "$bin" -print -quit 2>/dev/null)" ]; then
    echo "mcp.sh: $bin is missing or older than the sources: scripts/build-static.sh (niced)" >&2
    nice -n 19 scripts/build-static.sh >&2
  fi
fi
[ -x "$bin" ] || { echo "mcp.sh: no binary at $bin" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >&2; else echo "apt-get install wrk" >&2; exit 1; fi
fi
for tool in curl python3; do
  command -v $tool >/dev/null || { echo "mcp.sh: needs $tool" >&2; exit 1; }
done

tmp=$(mktemp -d); pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
rb() { "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" "$@"; }

# Starts the server with extra flags; sets pid and port.
start() {
  : >"$tmp/serve.log"
  "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" serve --listen 127.0.0.1:0 "$@" \
    </dev/null >/dev/null 2>"$tmp/serve.log" &
  pid=$!
  port=
  for _ in $(seq 1 500); do
    port=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$tmp/serve.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 $pid 2>/dev/null || { cat "$tmp/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  [ -n "$port" ] || { echo "mcp.sh: the server did not say where it listens" >&2; cat "$tmp/serve.log" >&2; exit 1; }
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
kib() { awk -v k="$1:" '$1 == k {print $2}' /proc/$pid/status; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
cpu_ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
val() { grep -o "\b$2=[^ ]*" <<<"$1" | cut -d= -f2; }

echo "== machine"
echo "nproc: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "kernel: $(uname -sr); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "binary: $bin ($(stat -c %s "$bin") bytes) $("$bin" --version)"
file "$bin" | grep -q static || echo "note: $bin is not statically linked"

echo "== instance and $artifacts artifacts"
rb init >/dev/null 2>&1
echo "bench passphrase 123" | rb user create bench --admin --org Bench --password-stdin >/dev/null 2>&1
key=$(rb apikey create --user bench --org bench --scope mcp:read --name mcp-bench 2>/dev/null | grep -o 'rbk_[0-9a-f]*')
seed_key=$(rb apikey create --user bench --org bench --scope admin --name mcp-seed 2>/dev/null | grep -o 'rbk_[0-9a-f]*')
rest_key=$(rb apikey create --user bench --org bench --scope read --name rest-reference 2>/dev/null | grep -o 'rbk_[0-9a-f]*')
[ -n "$key" ] && [ -n "$seed_key" ] && [ -n "$rest_key" ] || { echo "mcp.sh: could not create the API keys" >&2; exit 1; }
python3 $here/gen_archive.py "$tmp/seed.zip" $artifacts
echo "archive: $(stat -c %s "$tmp/seed.zip") bytes"
start --max-body 67108864
# The import endpoint itself, not `rulebook archive import`: the CLI's HTTP client gives up
# after 30 s, and importing 10,000 artifacts into an empty space takes longer than that here.
t0=$(date +%s%N)
status=$(curl -s -o "$tmp/import.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $seed_key" \
  -H 'Content-Type: application/zip' --data-binary @"$tmp/seed.zip" \
  "http://127.0.0.1:$port/api/v1/orgs/bench/spaces/default/import?message=mcp%20benchmark%20seed")
t1=$(date +%s%N)
created=$(grep -o '"action":"created"' "$tmp/import.json" | wc -l)
echo "imported: HTTP $status, $created created in $(( (t1 - t0) / 1000000 )) ms (one transaction)"
[ "$status" = 201 ] && [ "$created" = $artifacts ] || {
  echo "mcp.sh: expected $artifacts created: $(head -c 300 "$tmp/import.json")" >&2; exit 1; }
stop

# One MCP call with curl: prints "status bytes seconds".
mcp_call() { # $1 tool, $2 arguments (JSON)
  curl -s -o "$tmp/call.json" -w '%{http_code} %{size_download} %{time_total}' http://127.0.0.1:$port/mcp \
    -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
    -H "Authorization: Bearer $key" -H 'MCP-Protocol-Version: 2026-07-28' \
    -H 'Mcp-Method: tools/call' -H "Mcp-Name: $1" \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"$1\",\"arguments\":$2,\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}"
}
describe() { # what the last call returned
  python3 - "$tmp/call.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["result"]
assert not r.get("isError"), r
sc = r["structuredContent"]
if "standards" in sc:
    print(f"{len(sc['standards'])} standards returned, {len(sc['omitted'])} more matched but over the "
          f"byte budget, truncated={sc['truncated']}, {sc['bytes']} bytes counted")
elif "hits" in sc:
    print(f"{len(sc['hits'])} hits, first {sc['hits'][0]['slug'] if sc['hits'] else None}")
else:
    print(f"{sc['slug']} v{sc['version']}, {len(sc['content']['rules'])} rules")
PY
}
# Calls one tool, checks the answer, prints a line about it.
probe() { # $1 tool, $2 arguments
  local status bytes secs
  read -r status bytes secs <<<"$(mcp_call "$1" "$2")"
  [ "$status" = 200 ] || { echo "mcp.sh: $1 $2 -> $status: $(head -c 300 "$tmp/call.json")" >&2; exit 1; }
  printf '  %-16s %-44s %s, %6s bytes, %7.1f ms: %s\n' "$1" "$2" "$status" "$bytes" \
    "$(awk -v s="$secs" 'BEGIN {print s * 1000}')" "$(describe)"
}

echo "== $sessions handshake-era sessions (fresh server: serve --listen 127.0.0.1:0 --mcp-rate-per-minute 0)"
start --mcp-rate-per-minute 0
sleep 1
idle_rss=$(kib VmRSS)
echo "idle RSS: $idle_rss KiB"
sess_out=$(python3 $here/sessions.py $port "$key" $sessions) && sess_ok=1 || sess_ok=0
echo "$sess_out"
sess_rss=$(kib VmRSS)
echo "RSS with $sessions sessions open: $sess_rss KiB (+$(( sess_rss - idle_rss )) KiB over idle)"
echo "first calls on this server (the first rules_for_path compiles the globs of all 9,000 standards):"
probe rules_for_path '{"path":"src/mod1242/feature1/widget1.ts"}'
probe rules_for_path '{"path":"src/mod1242/feature1/widget1.ts"}'
probe rules_for_path '{"path":"services/svc7/handlers/h1.py"}'
probe rules_for_path '{"path":"services/svc7/generated/pb1.py"}'
probe rules_for_path '{"path":"docs/guide1.md"}'
probe get_standard '{"slug":"std-04242"}'
probe search '{"query":"error"}'
probe search '{"query":"quetzal"}'
stop

failed=0
rows=()
peak_max=0
# Each run gets a fresh server (same database), so one run's heap does not carry into the next,
# and one warm-up call first (for rules_for_path it compiles the globs once, as any server does
# on its first call after a change).
run() { # $1 label, $2 tool, $3 query, $4 threads, $5 connections, $6 seconds, $7 warm-up arguments
  local before after out res calls cpu_us rss hwm
  local k=$key
  start --mcp-rate-per-minute 0
  if [ "${2#rest_}" != "$2" ]; then
    k=$rest_key
    curl -fs -o /dev/null -H "Authorization: Bearer $k" "http://127.0.0.1:$port/api/v1/orgs/bench/search?q=error" \
      || { echo "mcp.sh: REST warm-up failed" >&2; exit 1; }
  else
    probe "$2" "$7"
  fi
  before=$(cpu_ticks)
  echo "-- $1: MCP_TOOL=$2${3:+ MCP_QUERY=$3} wrk -t$4 -c$5 -d$6s --timeout 30s --latency -s $here/call.lua http://127.0.0.1:$port/mcp"
  out=$(MCP_KEY=$k MCP_TOOL=$2 MCP_QUERY=$3 wrk -t"$4" -c"$5" -d"$6"s --timeout 30s --latency -s $here/call.lua \
        http://127.0.0.1:$port/mcp 2>"$tmp/wrk.err")
  after=$(cpu_ticks)
  rss=$(kib VmRSS); hwm=$(kib VmHWM)
  stop
  [ "$hwm" -gt "$peak_max" ] && peak_max=$hwm
  echo "$out" | grep -E 'Latency|Req/Sec|requests in|Requests/sec|Non-2xx|Socket' || true
  [ -s "$tmp/wrk.err" ] && sed 's/^/   wrk: /' "$tmp/wrk.err" | head -6
  res=$(grep '^RESULT' <<<"$out" || true)
  if [ -z "$res" ]; then
    echo "mcp.sh: wrk printed no RESULT line" >&2; failed=$((failed + 1)); return
  fi
  echo "$res"
  echo "server: RSS $rss KiB at the end, peak $hwm KiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
  calls=$(val "$res" requests)
  cpu_us=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$calls" 'BEGIN {printf "%.0f", n ? t / hz * 1e6 / n : 0}')
  local bad=$(( $(val "$res" non200) + $(val "$res" rpc_errors) + $(val "$res" tool_errors) + $(val "$res" empty) + $(val "$res" socket_errors) ))
  [ "$(val "$res" checked)" -gt 0 ] || bad=$((bad + 1))
  failed=$((failed + bad))
  rows+=("$(awk -v l="$1" -v c="$5" -v n="$calls" -v s="$(val "$res" seconds)" -v p50="$(val "$res" p50_us)" \
      -v p95="$(val "$res" p95_us)" -v p99="$(val "$res" p99_us)" -v mx="$(val "$res" max_us)" \
      -v cpu="$cpu_us" -v b="$(val "$res" avg_bytes)" -v rss="$rss" -v hwm="$hwm" -v bad="$bad" \
      'BEGIN {printf "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d | %d | %.1f / %.1f | %d |", l, c, n / s, p50 / 1000, p95 / 1000, p99 / 1000, mx / 1000, cpu, b, rss / 1024, hwm / 1024, bad}')")
}

echo "== load"
short=$(( seconds < 10 ? seconds : 10 ))
for c in "2 64 $seconds" "1 1 $short"; do
  read -r t n d <<<"$c"
  run "rules_for_path, varied paths" rules_for_path "" $t $n $d '{"path":"src/mod1242/feature1/widget1.ts"}'
  run "get_standard, varied slugs" get_standard "" $t $n $d '{"slug":"std-04242"}'
  run "search \"error\" (in all 10,000)" search error $t $n $d '{"query":"error"}'
  run "search \"quetzal\" (in 1)" search quetzal $t $n $d '{"query":"quetzal"}'
done
# The same reads over the REST API (a read-scope key), to separate MCP's own cost from the
# store's: GET .../standards/std-NNNNN and GET /api/v1/orgs/bench/search?q=error&limit=10.
run "REST reference: GET standard, varied slugs" rest_standard "" 2 64 "$seconds" ""
run "REST reference: search q=error" rest_search error 2 64 "$seconds" ""
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== results ($artifacts artifacts; server and wrk on the same $(nproc) cores)"
echo "| run | connections | calls/s | p50 ms | p95 ms | p99 ms | max ms | server CPU µs/call | avg response bytes | RSS end / peak MiB | failed |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "| memory | KiB | MiB |"
echo "|---|---|---|"
echo "| idle, 1 s after start | $idle_rss | $(mib $idle_rss) |"
echo "| $sessions handshake-era sessions open ($(val "$sess_out" per_second) initialize/s; $(val "$sess_out" alive) still answer ping) | $sess_rss | $(mib $sess_rss) |"
echo "| highest peak (VmHWM) of any load run's server (each run starts a fresh one) | $peak_max | $(mib $peak_max) |"
echo
target() { # $1 what, $2 measured, $3 ok (1/0)
  if [ "$3" = 1 ]; then echo "met:    $1 ($2)"; else echo "MISSED: $1 ($2)"; fi
}
row() { printf '%s\n' "${rows[@]}" | grep -F -- "| $1 | $2 |" | head -1; }
col() { awk -F'|' -v c="$1" '{gsub(/ /, "", $c); print $c}'; }
for t in "rules_for_path, varied paths" "get_standard, varied slugs"; do
  r=$(row "$t" 64)
  rps=$(col 4 <<<"$r"); p99=$(col 7 <<<"$r")
  target "$t at 64 connections: >= 5,000 calls/s" "$rps calls/s" "$(awk -v x="$rps" 'BEGIN {print (x >= 5000)}')"
  target "$t at 64 connections: p99 < 10 ms" "p99 $p99 ms" "$(awk -v x="$p99" 'BEGIN {print (x < 10)}')"
done
for t in "search \"error\" (in all 10,000)" "search \"quetzal\" (in 1)"; do
  for c in 1 64; do
    p95=$(row "$t" $c | col 6)
    target "$t, $c connection(s): p95 < 20 ms" "p95 $p95 ms" "$(awk -v x="$p95" 'BEGIN {print (x < 20)}')"
  done
done
target "$sessions open handshake-era sessions within 64 MiB RSS" "$(mib $sess_rss) MiB" "$(( sess_rss <= 65536 ))"
[ "$sess_ok" = 1 ] || { echo "mcp.sh: the session run failed" >&2; failed=$((failed + 1)); }
if [ "$failed" -gt 0 ]; then
  echo "mcp.sh: $failed failed or unchecked requests; the figures above are not valid" >&2
  exit 1
fi
