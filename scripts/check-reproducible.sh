#!/usr/bin/env bash
# Proves the static build is reproducible: clones the current commit twice, into checkout paths
# of different lengths, builds each with scripts/build-static.sh from an empty target directory,
# and compares the binaries' sha256. Exit 0 if identical, 1 if not (then it names the first
# differing offsets and strings found in one binary only, to find the cause).
# Takes two full release builds (about 2 x 4 minutes on 2 cores); CI runs it on every change
# (docs/OPERATIONS.md, "Reproducible builds").
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse HEAD)
work=$(mktemp -d /var/tmp/rulebook-repro.XXXXXX)
trap 'rm -rf "$work"' EXIT
export RULEBOOK_STATIC_TARGET_DIR=$work/target
sums=()
for dir in "$work/a" "$work/a-much-longer-checkout-path/b"; do
  git clone -q --no-hardlinks "$PWD" "$dir"
  git -C "$dir" checkout -q "$commit"
  rm -rf "$RULEBOOK_STATIC_TARGET_DIR"
  (cd "$dir" && scripts/build-static.sh >/dev/null)
  sums+=("$(sha256sum "$dir/target/x86_64-unknown-linux-musl/release/rulebook" | cut -d' ' -f1)")
  echo "$dir: ${sums[-1]}"
done
if [ "${sums[0]}" = "${sums[1]}" ]; then
  echo "reproducible: commit $commit builds to sha256 ${sums[0]} from both checkouts"
  exit 0
fi
echo "NOT reproducible: commit $commit gives two binaries" >&2
a=$work/a/target/x86_64-unknown-linux-musl/release/rulebook
b=$work/a-much-longer-checkout-path/b/target/x86_64-unknown-linux-musl/release/rulebook
cmp "$a" "$b" | head -1 >&2 || true
diff <(strings -n 8 "$a" | sort -u) <(strings -n 8 "$b" | sort -u) | head -20 >&2 || true
exit 1
