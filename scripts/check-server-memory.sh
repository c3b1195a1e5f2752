#!/usr/bin/env bash
# Checks that the static server's C libraries allocate with mimalloc (ops::c_alloc: SQLite,
# OpenSSL and tree-sitter on musl's malloc made database reads 1.5x slower, docs/BENCHMARKS.md
# "Allocator"; the server logs what each library accepted), then that it turns transparent huge
# pages off for itself (ops::alloc::prefer_server_footprint: they doubled its RSS under load,
# "Server memory") and that an administrator's MIMALLOC_ALLOW_THP=1 is kept. Reads the kernel's own answer,
# `THP_enabled` in /proc/PID/status (Linux 6.0 and later). Skipped where the kernel cannot say
# or where this shell already has huge pages off (inherited: the check could not tell).
# Usage: scripts/check-server-memory.sh BINARY
set -euo pipefail
bin=${1:?usage: scripts/check-server-memory.sh BINARY}
tmp=$(mktemp -d); pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
RULEBOOK_LOG=warn "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" init >/dev/null
# Prints the server's THP_enabled, or "failed: why".
thp_of_server() {
  : >"$tmp/serve.log"
  env "$@" RULEBOOK_LOG=info "$bin" --data-dir "$tmp/data" --config-dir "$tmp/cfg" serve \
    --listen 127.0.0.1:0 </dev/null >/dev/null 2>"$tmp/serve.log" &
  pid=$!
  for _ in $(seq 1 500); do
    grep -q 'listening on' "$tmp/serve.log" && break
    kill -0 $pid 2>/dev/null || { echo "failed: the server exited: $(cat "$tmp/serve.log")"; return; }
    sleep 0.02
  done
  grep -q "listening on" "$tmp/serve.log" || { kill $pid 2>/dev/null; echo "failed: the server did not start"; return; }
  awk '/^THP_enabled:/ {print $2}' /proc/$pid/status
  kill $pid; wait $pid 2>/dev/null || true; pid=
}
got=$(thp_of_server)
want="C libraries allocate with mimalloc: tree-sitter, SQLite, OpenSSL"
grep -q "$want\$" "$tmp/serve.log" || {
  echo "the server does not say \"$want\" (and nothing else):"; cat "$tmp/serve.log"; exit 1; }
echo "server allocations: $want"
own=$(awk '/^THP_enabled:/ {print $2}' /proc/self/status)
[ "$own" = 1 ] || { echo "(THP_enabled here is '${own:-absent}': huge pages skipped)"; exit 0; }
[ -r /sys/kernel/mm/transparent_hugepage/enabled ] || { echo "(no THP in this kernel: huge pages skipped)"; exit 0; }
[ "$got" = 0 ] || { echo "the server left transparent huge pages on (THP_enabled: $got)"; exit 1; }
got=$(thp_of_server MIMALLOC_ALLOW_THP=1)
[ "$got" = 1 ] || { echo "MIMALLOC_ALLOW_THP=1 was not kept (THP_enabled: $got)"; exit 1; }
echo "server memory: huge pages off by default, MIMALLOC_ALLOW_THP=1 kept"
