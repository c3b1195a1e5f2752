#!/usr/bin/env bash
# Builds the static release binary for x86_64-unknown-linux-musl, offline, and prints its
# path, size and sha256. Extra arguments go to cargo (e.g. `--features musl-malloc`, only to
# measure musl's own allocator: scripts/bench/server.sh); RULEBOOK_STATIC_OUT names where the
# binary is copied (default target/x86_64-unknown-linux-musl/release/rulebook). Needs: rustup target add x86_64-unknown-linux-musl; apt-get install
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

# Reproducible: two clean clones of one commit, wherever they are checked out, give the same
# bytes (scripts/check-reproducible.sh proves it). What used to differ, and what fixes it:
# - the checkout path in Rust paths (panic locations, vendored sources): --remap-path-prefix;
# - the checkout path in C sources compiled from vendor/ (tree-sitter's assert messages name
#   vendor/tree-sitter/src/*.c by absolute path): the C compiler is a wrapper written into the
#   fixed target directory that adds -ffile-prefix-map=<checkout>=/rulebook. No C flag names
#   the checkout path itself, because OpenSSL records its compiler command and flags in the
#   binary (it records the wrapper's fixed path; the checkout path reaches the wrapper
#   through the environment);
# - OpenSSL's ENGINESDIR/MODULESDIR, compiled in from its install prefix inside the target
#   directory: the static build uses a fixed target directory (RULEBOOK_STATIC_TARGET_DIR);
# - OpenSSL's "built on" date: SOURCE_DATE_EPOCH, the commit's time;
# - rust-embed's per-asset mtime: its deterministic-timestamps feature (Cargo.toml).
here=$(pwd -P)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1)}
export CARGO_TARGET_DIR=${RULEBOOK_STATIC_TARGET_DIR:-/var/tmp/rulebook-static-build}
export CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_RUSTFLAGS="--remap-path-prefix=$here=/rulebook"
mkdir -p "$CARGO_TARGET_DIR"
cc_wrapper=$CARGO_TARGET_DIR/musl-gcc-reproducible
printf '#!/bin/sh\nexec musl-gcc "-ffile-prefix-map=$RULEBOOK_CHECKOUT=/rulebook" "$@"\n' > "$cc_wrapper.tmp"
chmod 755 "$cc_wrapper.tmp"
mv "$cc_wrapper.tmp" "$cc_wrapper"
export RULEBOOK_CHECKOUT=$here
export CC_x86_64_unknown_linux_musl=$cc_wrapper
cargo build --release --offline --locked --target "$target" "$@"
# Where users, CI and release.sh look for it.
bin=${RULEBOOK_STATIC_OUT:-target/$target/release/rulebook}
mkdir -p "$(dirname "$bin")"
cp "$CARGO_TARGET_DIR/$target/release/rulebook" "$bin.tmp"
mv "$bin.tmp" "$bin"
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
