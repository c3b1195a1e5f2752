#!/usr/bin/env bash
# Rendering and install benchmarks (issue #5), against the release binary:
#  1. render 500 artifacts for all 22 agents, in memory (file list and stats printed);
#  2. the same written to a fresh folder on tmpfs and on the disk, next to `cp -r` of the
#     resulting tree as the floor of what the filesystem allows;
#  3. a re-render that changes nothing (every file read and hashed, none rewritten);
#  4. `rulebook install` of a 100-artifact package from a server on loopback into a fresh
#     repository for three agents.
# Usage: scripts/bench/render.sh [BINARY]     Needs: hyperfine, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/rulebook}")
[ -x "$bin" ] || { echo "build first: cargo build --release --offline" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "apt-get install hyperfine" >&2; exit 1; }
tmp=$(mktemp -d); shm=$(mktemp -d -p /dev/shm)
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp" "$shm"' EXIT
pid=

python3 scripts/bench/gen_playbook.py "$tmp/pb500" 500 >/dev/null
echo "--- render 500 artifacts for all agents (in memory)"
"$bin" render --from "$tmp/pb500" --agents all --stats 2>/dev/null | tail -1
hyperfine -N -w 2 -r 20 "$bin render --from $tmp/pb500 --agents all" 2>/dev/null | grep -E "Time|Range"
echo "--- render 500 artifacts for all agents into a fresh folder (tmpfs)"
hyperfine -w 1 -r 10 --prepare "rm -rf $shm/out" "$bin render --from $tmp/pb500 --agents all --out $shm/out" 2>/dev/null | grep -E "Time|Range"
echo "files: $(find "$shm/out" -type f | wc -l)"
echo "--- cp -r of that tree (tmpfs), the floor"
hyperfine -w 1 -r 10 --prepare "rm -rf $shm/copy" "cp -r $shm/out $shm/copy" 2>/dev/null | grep -E "Time|Range"
echo "--- the same on the data disk"
hyperfine -w 1 -r 5 --prepare "rm -rf $tmp/out" "$bin render --from $tmp/pb500 --agents all --out $tmp/out" 2>/dev/null | grep -E "Time|Range"
hyperfine -w 1 -r 5 --prepare "rm -rf $tmp/copy" "cp -r $shm/out $tmp/copy" 2>/dev/null | grep -E "Time|Range"
echo "--- re-render, nothing changes (tmpfs)"
hyperfine -w 1 -r 10 "$bin render --from $tmp/pb500 --agents all --out $shm/out" 2>/dev/null | grep -E "Time|Range"

echo "--- install a 100-artifact package over loopback (claude, cursor, agentsmd)"
python3 scripts/bench/gen_playbook.py "$tmp/pb100" 100 --package bench >/dev/null
(cd "$tmp/pb100" && python3 -c "import zipfile,os
z=zipfile.ZipFile('$tmp/pb100.zip','w',zipfile.ZIP_DEFLATED)
for r,_,fs in os.walk('.'):
    for f in fs:
        p=os.path.join(r,f)[2:]; i=zipfile.ZipInfo(p); i.external_attr=(os.stat(p).st_mode&0o777)<<16; z.writestr(i,open(p,'rb').read())
z.close()")
args=(--data-dir "$tmp/data" --config-dir "$tmp/cfg")
port=$((20000 + RANDOM % 20000))
echo "bench admin passphrase" | "$bin" "${args[@]}" user create bench --admin --org Bench --password-stdin >/dev/null 2>&1
key=$("$bin" "${args[@]}" apikey create --user bench --org bench --scope write --name bench 2>/dev/null)
RULEBOOK_LOG=warn "$bin" "${args[@]}" serve --listen 127.0.0.1:$port 2>/dev/null & pid=$!
until curl -fs -o /dev/null http://127.0.0.1:$port/healthz; do sleep 0.01; done
echo "$key" > "$tmp/key"
"$bin" archive import "$tmp/pb100.zip" --server http://127.0.0.1:$port --api-key-file "$tmp/key" --org bench >/dev/null
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d '{}' \
  http://127.0.0.1:$port/api/v1/orgs/bench/spaces/default/packages/bench/releases
"$bin" "${args[@]}" login --host http://127.0.0.1:$port --api-key-file "$tmp/key" >/dev/null
hyperfine -w 2 -r 20 --prepare "rm -rf $shm/repo; mkdir $shm/repo" \
  "$bin ${args[*]} install bench -p $shm/repo --agents claude,cursor,agentsmd" 2>/dev/null | grep -E "Time|Range"
echo "files: $(find "$shm/repo" -type f | wc -l)"
