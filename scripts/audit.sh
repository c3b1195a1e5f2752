#!/usr/bin/env bash
# Offline dependency audit with cargo-deny (scripts/deny.toml): RustSec advisories, licences,
# banned/duplicate crates, and sources (crates.io via vendor/ and path dependencies only).
# No network: the advisories come from a RustSec snapshot on disk.
#
# Usage:
#   scripts/audit.sh                  the audit (what scripts/test.sh and CI run)
#   scripts/audit.sh --self-test      proves the audit fails: a fabricated advisory against a
#                                     crate in Cargo.lock must fail it
#   scripts/audit.sh --refresh [DIR]  re-cuts the committed subset from a full snapshot
#                                     (default ../shared/advisory-db, or RULEBOOK_ADVISORY_DB)
#
# Which database: the full snapshot when one is on disk (RULEBOOK_ADVISORY_DB, else
# ../shared/advisory-db); otherwise the subset committed in scripts/audit/advisory-db, which
# holds the advisories of every crate Cargo.lock named when it was cut (COVERS lists them), so
# a clean clone audits the same way. A crate added since the cut fails the audit until the
# subset is refreshed: the subset never silently misses a crate.
# Needs cargo-deny (cargo install cargo-deny --locked --version 0.20.2, outside this tree) and git.
set -euo pipefail
cd "$(dirname "$0")/.."
subset=scripts/audit/advisory-db
snapshot=${RULEBOOK_ADVISORY_DB:-../shared/advisory-db}

lock_crates() {
  python3 -c 'import tomllib; print("\n".join(sorted({p["name"] for p in tomllib.load(open("Cargo.lock", "rb"))["package"]})))'
}

if [ "${1:-}" = "--refresh" ]; then
  src=${2:-$snapshot}
  [ -d "$src/crates" ] || { echo "audit.sh: no RustSec snapshot at $src" >&2; exit 1; }
  rm -rf "$subset"
  mkdir -p "$subset/crates"
  cp "$src/LICENSE.txt" "$src/SNAPSHOT.md" "$subset/"
  lock_crates > "$subset/COVERS"
  while read -r name; do
    if [ -d "$src/crates/$name" ]; then cp -r "$src/crates/$name" "$subset/crates/"; fi
  done < "$subset/COVERS"
  echo "audit.sh: $subset cut from $src for $(wc -l < "$subset/COVERS") crates ($(find "$subset/crates" -name '*.md' | wc -l) advisories)"
  exit 0
fi

command -v cargo-deny >/dev/null || {
  echo "audit.sh: cargo-deny is missing: (cd /tmp && cargo install cargo-deny --locked --version 0.20.2)" >&2
  exit 1
}

if [ -d "$snapshot/crates" ]; then
  src=$snapshot
  echo "audit.sh: advisories from the snapshot at $src"
else
  src=$subset
  missing=$(comm -23 <(lock_crates) <(sort "$subset/COVERS"))
  if [ -n "$missing" ]; then
    echo "audit.sh: Cargo.lock names crates the committed advisory subset was not cut for:" >&2
    echo "$missing" | sed 's/^/  /' >&2
    echo "refresh it from a RustSec snapshot: scripts/audit.sh --refresh DIR, and commit it" >&2
    exit 1
  fi
  echo "audit.sh: advisories from the committed subset ($(grep -m1 -o '[0-9a-f]\{40\}' "$subset/SNAPSHOT.md" | cut -c1-12))"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# cargo-deny reads its database as a git checkout named after the URL in scripts/deny.toml.
db="$tmp/db/advisory-db-3157b0e258782691"
mkdir -p "$tmp/db"
cp -r "$src" "$db"
if [ "${1:-}" = "--self-test" ]; then
  mkdir -p "$db/crates/similar"
  cat > "$db/crates/similar/RUSTSEC-2099-0001.md" <<'ADV'
```toml
[advisory]
id = "RUSTSEC-2099-0001"
package = "similar"
date = "2099-01-01"
url = "https://example.invalid/self-test"
categories = ["denial-of-service"]

[versions]
patched = [">= 999.0.0"]
```

# audit.sh self-test: a fabricated advisory
ADV
fi
(
  cd "$db"
  git init -q
  git add -A
  # Committed now: cargo-deny's staleness check measures the copy, not the snapshot. How old
  # the snapshot is shows in its SNAPSHOT.md; refreshing it is the site's routine.
  git -c user.name=audit -c user.email=audit@localhost commit -qm snapshot
  touch .git/FETCH_HEAD
)
sed "s|@DB_PATH@|$tmp/db|" scripts/deny.toml > "$tmp/deny.toml"
set +e
cargo deny --frozen --log-level warn --config "$tmp/deny.toml" check advisories bans licenses sources 2> "$tmp/out"
rc=$?
set -e
if [ "${1:-}" = "--self-test" ]; then
  # And a subset cut before a crate was added does not cover it.
  uncovered=$(comm -23 <(lock_crates) <(grep -vx similar "$subset/COVERS" | sort))
  if [ $rc -ne 0 ] && grep -q "RUSTSEC-2099-0001" "$tmp/out" && [ "$uncovered" = similar ]; then
    echo "audit.sh: self-test ok (a fabricated advisory against similar fails the audit; a crate missing from COVERS is found)"
    exit 0
  fi
  cat "$tmp/out" >&2
  echo "audit.sh: self-test FAILED: the fabricated advisory did not fail the audit" >&2
  exit 1
fi
grep -v '^$' "$tmp/out" | grep -E '^(error|warning)\[|FAILED|ok$' | sort | uniq -c >&2 || true
if [ $rc -ne 0 ]; then
  cat "$tmp/out" >&2
  echo "audit.sh: the dependency audit failed (above)" >&2
  exit 1
fi
echo "audit.sh: advisories, bans, licences and sources ok"
