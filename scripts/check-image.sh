#!/usr/bin/env bash
# Checks the container image scripts/oci-image.py wrote, the way a site would use it:
# - skopeo reads the OCI archive and copies it (every blob's digest is verified);
# - the image runs as UID 65532 with nothing but the binary (no shell, no package manager);
# - podman loads it, when podman is installed;
# - it starts, as its config says (entrypoint, environment, user), on a read-only root file
#   system with /data and /config volumes and its keys (database, audit, secrets) as secret
#   files under /run/secrets, answers /healthz and /readyz, and stops cleanly on SIGTERM.
# Where a container runtime cannot start containers (sandboxes that forbid setrlimit, such as
# CI's), the start is made with the same parts a runtime uses: a private mount namespace, the
# image's root file system bind-mounted read-only, chroot, and the image's user.
# Usage: scripts/check-image.sh IMAGE.tar   (as root; needs skopeo, curl, python3)
set -euo pipefail
img=${1:?usage: scripts/check-image.sh IMAGE.tar}
[ "$(id -u)" = 0 ] || { echo "check-image.sh: run as root (mount namespace, chroot)" >&2; exit 1; }
command -v skopeo >/dev/null || { echo "check-image.sh: apt-get install skopeo" >&2; exit 1; }
work=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== skopeo inspect and copy (digests verified)"
skopeo inspect --config "oci-archive:$img" > "$work/config.json"
skopeo copy -q "oci-archive:$img" "dir:$work/copy"
python3 - "$work/config.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))["config"]
assert c["User"] == "65532:65532", c["User"]
assert c["Entrypoint"] == ["/usr/local/bin/rulebook"], c["Entrypoint"]
assert "/data" in c["Volumes"] and "/config" in c["Volumes"], c["Volumes"]
assert c["StopSignal"] == "SIGTERM"
print("config: user", c["User"], "entrypoint", c["Entrypoint"], "cmd", c["Cmd"])
EOF

echo "== contents: the binary and its user, nothing else"
layer=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/manifest.json")); print(m["layers"][0]["digest"].split(":")[1])' "$work/copy")
mkdir "$work/rootfs"
tar -xzf "$work/copy/$layer" -C "$work/rootfs"
files=$(cd "$work/rootfs" && find . -type f | sort | tr '\n' ' ')
[ "$files" = "./etc/group ./etc/passwd ./usr/local/bin/rulebook " ] || { echo "unexpected files: $files" >&2; exit 1; }
echo "files: $files"

if command -v podman >/dev/null; then
  echo "== podman load"
  podman --storage-driver vfs --root "$work/podman" --runroot "$work/podman-run" load -q -i "$img"
fi

echo "== start on a read-only root, as the image's user, with volumes and secret keys"
if ! unshare -m true 2>/dev/null; then
  echo "SKIPPED: this host allows no mount namespace (unshare -m), so the image is not started here"
  exit 0
fi
mkdir -p "$work/data" "$work/config" "$work/secrets"
# The three keys, as a site makes them (docs/OPERATIONS.md, Containers): 64 hex characters each.
for k in rulebook-db-key rulebook-audit-key rulebook-secrets-key; do
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/secrets/$k"
done
chown -R 65532:65532 "$work/data" "$work/config" "$work/secrets"
chmod 700 "$work/data" "$work/config"; chmod 600 "$work/secrets"/*
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
envs=$(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["config"]["Env"]))' "$work/config.json")
mapfile -t envlist <<<"$envs"
envlist+=("RULEBOOK_LISTEN=127.0.0.1:$port")
r=$work/rootfs
unshare -m --propagation private sh -c '
  set -e
  r=$1; w=$2; shift 2
  mount --bind "$r" "$r" && mount -o remount,bind,ro "$r"
  mount --bind "$w/data" "$r/data"
  mount --bind "$w/config" "$r/config"
  mount --bind "$w/secrets" "$r/run/secrets" && mount -o remount,bind,ro "$r/run/secrets"
  mount -t tmpfs -o mode=1777 tmpfs "$r/tmp"
  exec env -i "$@" "$(command -v chroot)" --userspec=65532:65532 "$r" /usr/local/bin/rulebook serve
' sh "$r" "$work" "${envlist[@]}" > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null || { echo "no /healthz"; cat "$work/log"; exit 1; }
curl -fsS "http://127.0.0.1:$port/readyz" > /dev/null || { echo "no /readyz"; cat "$work/log"; exit 1; }
# The image's own health check (no curl inside): `rulebook probe`, as the image's user.
chroot --userspec=65532:65532 "$r" /usr/local/bin/rulebook probe "127.0.0.1:$port" \
  || { echo "rulebook probe failed inside the image"; cat "$work/log"; exit 1; }
grep -q "first-run setup: open" "$work/log" || { echo "no setup link"; cat "$work/log"; exit 1; }
[ -f "$work/data/rulebook.db" ] || { echo "no database on the /data volume"; exit 1; }
[ "$(stat -c %u "$work/data/rulebook.db")" = 65532 ] || { echo "database not owned by 65532"; exit 1; }
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
pid=
[ "$rc" = 0 ] || { echo "exit $rc after SIGTERM"; cat "$work/log"; exit 1; }
echo "ok: /healthz and /readyz answered on a read-only root as UID 65532; SIGTERM ended it with exit 0"
