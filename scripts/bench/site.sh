#!/usr/bin/env bash
# The largest-site simulation (issue 19): one static binary serving a 50,000-developer
# organization's read and write load, with scheduled backups, on this machine's cores (shared
# with the load generator). docs/BENCHMARKS.md, "Largest-site simulation", explains the mix.
#  1. A fresh instance: init, one admin in org "bench", and API keys: 100 mcp:read keys (agents),
#     100 read keys (CLIs and browsers), 4 write keys (editors), 1 admin key (seeding only).
#     50,000 users are not created one by one: the server's per-request cost depends on the key
#     lookup and the load, not on how many rows the users table holds; 200 keys spread the
#     MCP calls so that none reaches the shipped per-key MCP limit (3,000/min; the load gives
#     each key about 600/min), the way many developers' keys would.
#  2. 10,000 artifacts (9,000 standards with path scopes, 1,000 commands; scripts/bench/mcp/
#     gen_archive.py) as one portable archive POSTed to .../spaces/default/import (seeding time
#     printed), and a package "backend" of 30 of them with release 1.0.0 (what `install` fetches).
#  3. serve with the shipped defaults plus --backup-every (SECONDS/5, at least 20 s, so about
#     five backups run during the load) to an age recipient.
#  4. The load generator (scripts/bench/site.rs, std-only Rust, compiled here with rustc -O):
#     open loop, RATE reads/s over 64 keep-alive connections and WRITE_RATE edits/s over 4,
#     latency counted from each request's scheduled time; every 5 s the server's RSS and CPU.
#  5. The per-type table, the timeline, the backups the server reports, and the aims.
# Usage: scripts/bench/site.sh [SECONDS] [BINARY]     (SECONDS = 600)
#   SITE_RATE (2000), SITE_WRITE_RATE (20), SITE_CONNECTIONS (64) override the load;
#   SITE_ARGS passes more generator options (e.g. "--only mcp" to find a slow type).
# Needs: curl, python3, age-keygen, rustc.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
default_bin=/var/tmp/rulebook-static-build/x86_64-unknown-linux-musl/release/rulebook
bin=${2:-$default_bin}
rate=${SITE_RATE:-2000}
write_rate=${SITE_WRITE_RATE:-20}
connections=${SITE_CONNECTIONS:-64}
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -ge 10 ] || { echo "site.sh: SECONDS must be a whole number >= 10" >&2; exit 2; }
if [ ! -x "$bin" ]; then
  echo "site.sh: no binary at $bin: build the static one first (scripts/build-static.sh; it writes" >&2
  echo "  to \$RULEBOOK_STATIC_TARGET_DIR, $default_bin by default), or pass BINARY" >&2
  exit 1
fi
for tool in curl python3 age-keygen rustc; do
  command -v $tool >/dev/null || { echo "site.sh: needs $tool" >&2; exit 1; }
done

tmp=$(mktemp -d -p "${BENCH_TMP:-/var/tmp}" rb-site.XXXXXX); pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
export RULEBOOK_LOG=warn
rb() { "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" "$@"; }
start() {
  : >"$tmp/serve.log"
  RULEBOOK_LOG=info "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" serve --listen 127.0.0.1:0 "$@" \
    </dev/null >/dev/null 2>"$tmp/serve.log" &
  pid=$!
  port=
  for _ in $(seq 1 500); do
    port=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$tmp/serve.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 $pid 2>/dev/null || { cat "$tmp/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  [ -n "$port" ] || { echo "site.sh: the server did not say where it listens" >&2; exit 1; }
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
api() { # $1 method, $2 path, $3 body: prints the status; the answer is in $tmp/answer.json
  curl -s -o "$tmp/answer.json" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $admin_key" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "http://127.0.0.1:$port$2"
}

echo "== machine"
echo "nproc: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "kernel: $(uname -sr); uptime before: $(uptime)"
echo "binary: $bin ($(stat -c %s "$bin") bytes, $(stat -c %y "$bin" | cut -d. -f1)) $("$bin" --version)"
file "$bin" | grep -q 'static' || echo "note: $bin is not statically linked: not the binary users get"
# A copy, so a rebuild of $bin during the run cannot swap the binary between two starts.
cp "$bin" "$tmp/rulebook"; bin=$tmp/rulebook

echo "== load generator"
t0=$(date +%s%N)
nice -n 10 rustc --edition 2024 -C opt-level=3 scripts/bench/site.rs -o "$tmp/site"
echo "compiled scripts/bench/site.rs in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

echo "== instance, keys, 10,000 artifacts"
rb init >/dev/null 2>&1
echo "bench passphrase 123" | rb user create bench --admin --org Bench --password-stdin >/dev/null 2>&1
newkey() { rb apikey create --user bench --org bench --scope "$1" --name "$2" 2>/dev/null | grep -o 'rbk_[0-9a-f]*'; }
t0=$(date +%s%N)
admin_key=$(newkey admin seed)
: >"$tmp/keys"
for i in $(seq 1 100); do echo "mcp $(newkey mcp:read agent-$i)" >>"$tmp/keys"; done
for i in $(seq 1 100); do echo "read $(newkey read developer-$i)" >>"$tmp/keys"; done
for i in $(seq 1 4); do echo "write $(newkey write editor-$i)" >>"$tmp/keys"; done
[ -n "$admin_key" ] && ! grep -q ' $' "$tmp/keys" || { echo "site.sh: could not create the API keys" >&2; exit 1; }
echo "205 API keys in $(( ($(date +%s%N) - t0) / 1000000 )) ms (rulebook apikey create, one process each)"
python3 scripts/bench/mcp/gen_archive.py "$tmp/seed.zip" 10000
start --max-body 67108864
t0=$(date +%s%N)
status=$(curl -s -o "$tmp/import.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $admin_key" \
  -H 'Content-Type: application/zip' --data-binary @"$tmp/seed.zip" \
  "http://127.0.0.1:$port/api/v1/orgs/bench/spaces/default/import?message=site%20simulation%20seed")
t1=$(date +%s%N)
created=$(grep -o '"action":"created"' "$tmp/import.json" | wc -l)
echo "seeding: HTTP $status, $created artifacts created in $(( (t1 - t0) / 1000000 )) ms (one import, one transaction)"
[ "$status" = 201 ] && [ "$created" = 10000 ] || { echo "site.sh: import failed: $(head -c 300 "$tmp/import.json")" >&2; exit 1; }
items=$(python3 -c 'import json; print(json.dumps([{"kind": "standard", "slug": f"std-{i:05d}"} for i in range(2, 1500, 60)] + [{"kind": "command", "slug": f"cmd-{i:04d}"} for i in range(5)]))')
s=$(api POST /api/v1/orgs/bench/spaces/default/packages "{\"name\":\"Backend\",\"slug\":\"backend\",\"description\":\"The backend team's set\",\"items\":$items}")
[ "$s" = 201 ] || { echo "site.sh: package: $s $(head -c 300 "$tmp/answer.json")" >&2; exit 1; }
s=$(api POST /api/v1/orgs/bench/spaces/default/packages/backend/releases '{"version":"1.0.0","notes":"site simulation"}')
[ "$s" = 201 ] || { echo "site.sh: release: $s $(head -c 300 "$tmp/answer.json")" >&2; exit 1; }
export_bytes=$(curl -s -H "Authorization: Bearer $admin_key" -o /dev/null -w '%{size_download}' \
  "http://127.0.0.1:$port/api/v1/orgs/bench/spaces/default/packages/backend/export?release=1.0.0")
echo "package backend: 30 artifacts, release 1.0.0, export $export_bytes bytes"
stop

echo "== serve with scheduled backups"
age-keygen -o "$tmp/backup-identity.txt" 2>/dev/null
sed -n 's/^# public key: //p' "$tmp/backup-identity.txt" >"$tmp/cfg/backup-recipients.txt"
every=$(( seconds / 5 < 20 ? 20 : seconds / 5 ))
mkdir -p "$tmp/backups"
db_bytes=$(( $(stat -c %s "$tmp/data/rulebook.db") + $(stat -c %s "$tmp/data/rulebook.db-wal" 2>/dev/null || echo 0) ))
echo "database: $((db_bytes / 1048576)) MiB; serve --backup-every ${every}s --backup-dir $tmp/backups (otherwise the shipped defaults)"
start --backup-every "${every}s" --backup-dir "$tmp/backups"
idle_rss=$(awk '$1 == "VmRSS:" {print $2}' /proc/$pid/status)
echo "server pid $pid, port $port, idle RSS $((idle_rss / 1024)) MiB"
# One call of the costliest first-time shape, as any server gets soon after it starts.
curl -s -o /dev/null http://127.0.0.1:$port/mcp -H 'Content-Type: application/json' \
  -H 'Accept: application/json, text/event-stream' -H "Authorization: Bearer $(sed -n 's/^mcp //p' "$tmp/keys" | head -1)" \
  -H 'MCP-Protocol-Version: 2026-07-28' -H 'Mcp-Method: tools/call' -H 'Mcp-Name: rules_for_path' \
  -d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"rules_for_path","arguments":{"path":"src/mod2/a.ts"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}'

echo "== load: $seconds s, $rate reads/s, $write_rate writes/s (uptime before: $(cut -d' ' -f1-3 /proc/loadavg))"
rc=0
"$tmp/site" --addr "127.0.0.1:$port" --keys "$tmp/keys" --seconds "$seconds" --rate "$rate" \
  --write-rate "$write_rate" --connections "$connections" --writers 4 --pid "$pid" \
  --backup-dir "$tmp/backups" ${SITE_ARGS:-} | tee "$tmp/site.out" || rc=$?
echo "uptime after: $(uptime)"
hwm=$(awk '$1 == "VmHWM:" {print $2}' /proc/$pid/status)
echo "server peak RSS (VmHWM): $((hwm / 1024)) MiB"
s=$(api GET /api/v1/admin/backups)
echo "backups the server reports: HTTP $s $(head -c 600 "$tmp/answer.json")"
grep -iE 'backup' "$tmp/serve.log" | grep -viE 'GET /api' | tail -12 | sed 's/^/  log: /' || true
ls -l "$tmp/backups" | awk 'NR > 1 {print "  " $5 " " $9}'
stop

res=$(grep '^RESULT' "$tmp/site.out" || true)
[ -n "$res" ] || { echo "site.sh: the generator printed no RESULT (exit $rc)" >&2; exit 1; }
val() { grep -o "\b$1=[^ ]*" <<<"$res" | cut -d= -f2; }
target() { if [ "$3" = 1 ]; then echo "met:    $1 ($2)"; else echo "MISSED: $1 ($2)"; fi; }
echo
worst=$(val worst_type_p99_ms)
target "p99 under 20 ms for every request type" "worst type p99 $worst ms, all reads p99 $(val read_p99_ms) ms" \
  "$(awk -v x="$worst" 'BEGIN {print (x < 20)}')"
target "zero errors" "$(val errors) errors" "$(( $(val errors) == 0 ))"
target "RSS under 128 MiB" "peak VmHWM $((hwm / 1024)) MiB" "$(( hwm < 131072 ))"
target "backups ran during the load" "$(val backups) new backup files" "$(( $(val backups) > 0 ))"
exit $rc
