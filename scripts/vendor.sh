#!/usr/bin/env bash
# Regenerates vendor/ from Cargo.lock for the Linux targets only, without crates' tests and
# benches, so that `cargo build --offline --locked` works with an empty CARGO_HOME.
# Needs network access to crates.io and `cargo install cargo-vendor-filterer`.
# Commit the result in a commit of its own; never re-vendor twice in one submission.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-vendor-filterer >/dev/null || {
  echo "vendor.sh: cargo-vendor-filterer is missing: cargo install cargo-vendor-filterer" >&2
  exit 1
}

# With the source replacement active, vendoring fails ("failed to read root of directory source").
mv .cargo/config.toml .cargo/config.toml.off
trap 'mv .cargo/config.toml.off .cargo/config.toml' EXIT

rm -rf vendor
cargo vendor-filterer --platform=x86_64-unknown-linux-gnu --platform=x86_64-unknown-linux-musl \
  --exclude-crate-path='*#tests' --exclude-crate-path='*#benches' --exclude-crate-path='rust-embed#examples' \
  --exclude-crate-path='*#rust-toolchain.toml' --exclude-crate-path='*#rust-toolchain' \
  --exclude-crate-path='hpke#test-vectors-5f503c5.json' --exclude-crate-path='vcpkg#test-data' \
  --exclude-crate-path='libsqlite3-sys#sqlite3/sqlite3.c' --exclude-crate-path='libsqlite3-sys#sqlite3/sqlite3.h' \
  --exclude-crate-path='libsqlite3-sys#sqlite3/sqlite3ext.h' \
  --exclude-crate-path='libsqlite3-sys#sqlite3/bindgen_bundled_version_ext.rs' \
  --exclude-crate-path='sqlcipher-src#sqlcipher/libtomcrypt' \
  --exclude-crate-path='openssl-src#openssl/demos' --exclude-crate-path='openssl-src#openssl/VMS' \
  --exclude-crate-path='openssl-src#openssl/test/quic-openssl-docker' \
  --exclude-crate-path='openssl-src#openssl/fuzz/corpora' \
  vendor
du -sh vendor
