#!/usr/bin/env bash
# Backup and restore throughput on a database of SIZE_MB (default 1024) megabytes.
# Usage: scripts/bench/backup.sh [SIZE_MB] [BINARY]
# Needs: age (age-keygen) and a Python with sqlcipher3 (scripts/test.sh makes target/test-venv).
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-1024}
bin=${2:-target/x86_64-unknown-linux-musl/release/rulebook}
[ -x "$bin" ] || { echo "build first: scripts/build-static.sh" >&2; exit 1; }
tmp=$(mktemp -d -p "${BENCH_TMP:-/var/tmp}"); trap 'rm -rf "$tmp"' EXIT
args=(--data-dir "$tmp/data" --config-dir "$tmp/cfg")
export RULEBOOK_LOG=warn
"$bin" "${args[@]}" init >/dev/null
key=$(cat "$tmp/cfg/db.key")
rows=$(( size_mb * 1024 ))   # ~1 KiB per row
python=${PYTHON:-target/test-venv/bin/python}
"$python" - "$tmp/data/rulebook.db" "$key" "$rows" <<'PY'
import sys, sqlcipher3
db, key, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
c = sqlcipher3.connect(db)
c.execute(f"PRAGMA key = \"x'{key}'\"")
c.execute(f"""WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {rows})
INSERT INTO durability_probe (payload, written_at) SELECT hex(randomblob(500)), 'bench' FROM c""")
c.commit()
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.close()
PY
db_bytes=$(stat -c %s "$tmp/data/rulebook.db")
age-keygen -o "$tmp/id.txt" 2>/dev/null
recipient=$(sed -n 's/^# public key: //p' "$tmp/id.txt")

t0=$(date +%s.%N)
"$bin" "${args[@]}" backup --to "$tmp/b.age" --recipient "$recipient" >/dev/null
t1=$(date +%s.%N)
"$bin" "${args[@]}" restore "$tmp/b.age" --identity "$tmp/id.txt" >/dev/null
t2=$(date +%s.%N)
"$bin" "${args[@]}" db verify >/dev/null
t3=$(date +%s.%N)

awk -v b="$db_bytes" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" 'BEGIN {
  mb = b / 1048576
  printf "database: %.0f MiB (%d rows of ~1 KiB)\n", mb, '"$rows"'
  printf "backup (snapshot + seal + decrypt-and-verify + manifest): %.1f s, %.1f MiB/s\n", t1 - t0, mb / (t1 - t0)
  printf "restore (check + decrypt + verify + swap + verify):       %.1f s, %.1f MiB/s\n", t2 - t1, mb / (t2 - t1)
  printf "db verify after restore:                                  %.1f s\n", t3 - t2
}'
ls -l "$tmp/b.age" | awk '{ printf "backup file: %d bytes\n", $5 }'
