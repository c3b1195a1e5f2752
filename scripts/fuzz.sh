#!/usr/bin/env bash
# Fuzzes every parser of outside input with cargo-fuzz (libFuzzer): the targets are in
# tests/fuzz/fuzz_targets (one per [[bin]] in tests/fuzz/Cargo.toml), their seed corpora in
# tests/fuzz/corpus/<target> (committed; new inputs found in a run go to a scratch copy, so a
# run never dirties the tree). Builds once, then runs each target for SECONDS (default 60).
# Any crash, panic or timeout fails the run and leaves the input in
# tests/fuzz/artifacts/<target>/: turn it into a regression test next to the code it broke.
#
# Usage: scripts/fuzz.sh [SECONDS]
# Needs: cargo-fuzz (cd /tmp && cargo install cargo-fuzz --locked --version 0.13.2).
# The sanitizer is `none`: the code under test is safe Rust (the only unsafe is in vendored
# crates), so what fuzzing finds here is panics, aborts, hangs and runaway memory, which the
# plain build catches; AddressSanitizer would double the build time for little more. Without a
# sanitizer cargo-fuzz passes no unstable flag, so the project's stable toolchain builds the
# targets (no nightly to fetch on an isolated host).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
target_dir=${RULEBOOK_FUZZ_TARGET_DIR:-/var/tmp/rulebook-fuzz-build}
command -v cargo-fuzz >/dev/null || {
  echo "fuzz.sh: cargo-fuzz is missing: (cd /tmp && cargo install cargo-fuzz --locked --version 0.13.2)" >&2
  exit 1
}
fuzz=(cargo fuzz)
opts=(--fuzz-dir tests/fuzz -s none -O --target-dir "$target_dir")
"${fuzz[@]}" build "${opts[@]}"
targets=$("${fuzz[@]}" list --fuzz-dir tests/fuzz)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=()
for t in $targets; do
  mkdir -p "$scratch/$t" "tests/fuzz/artifacts/$t"
  cp -r "tests/fuzz/corpus/$t/." "$scratch/$t/" 2>/dev/null || true
  log="$scratch/$t.log"
  if "${fuzz[@]}" run "${opts[@]}" "$t" "$scratch/$t" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="tests/fuzz/artifacts/$t/" > "$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1)
    echo "fuzz.sh: $t: ${runs:-done} in ${seconds}s, no crash"
  else
    tail -40 "$log" >&2
    echo "fuzz.sh: $t FAILED (input in tests/fuzz/artifacts/$t/)" >&2
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in: ${failed[*]}" >&2
  exit 1
fi
