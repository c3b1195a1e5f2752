#!/usr/bin/env bash
# Runs every test: unit tests and the integration tests that start the real binary.
# Installs what the tests need first (Debian packages), when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v openssl >/dev/null || need+=(openssl)
command -v age >/dev/null || need+=(age)
command -v prlimit >/dev/null || need+=(util-linux)
command -v perl >/dev/null || need+=(perl)
command -v make >/dev/null || need+=(make)
command -v cc >/dev/null || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "test.sh: please install: ${need[*]}" >&2
    exit 1
  fi
fi

cargo test --offline --locked "$@"
