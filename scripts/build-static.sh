#!/usr/bin/env bash
# Builds the static release binary for x86_64-unknown-linux-musl, offline, and prints its
# path, size and sha256. Needs: rustup target add x86_64-unknown-linux-musl; apt-get install
# musl-tools perl make (OpenSSL, inside SQLCipher, is built from vendored source).
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-unknown-linux-musl

missing=()
rustup target list --installed 2>/dev/null | grep -qx "$target" || missing+=("rustup target add $target")
command -v musl-gcc >/dev/null || missing+=("apt-get install musl-tools")
command -v perl >/dev/null || missing+=("apt-get install perl")
command -v make >/dev/null || missing+=("apt-get install make")
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-static.sh: missing prerequisites:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi

export CC_x86_64_unknown_linux_musl=musl-gcc
cargo build --release --offline --locked --target "$target"
bin="target/$target/release/rulebook"
echo "binary: $bin"
echo "size:   $(stat -c %s "$bin") bytes"
echo "sha256: $(sha256sum "$bin" | cut -d' ' -f1)"
file "$bin"
if ! file "$bin" | grep -q 'static'; then
  echo "build-static.sh: $bin is not statically linked" >&2
  exit 1
fi
# Test hooks are compiled into debug builds only (docs/SECURITY.md).
if grep -q RULEBOOK_TEST_CLOCK_FILE "$bin"; then
  echo "build-static.sh: $bin contains the test-clock hook" >&2
  exit 1
fi
