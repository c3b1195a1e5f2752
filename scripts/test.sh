#!/usr/bin/env bash
# Runs every test: unit tests and the integration tests that start the real binary.
# Installs what the tests need first (Debian packages), when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v openssl >/dev/null || need+=(openssl)
command -v age >/dev/null || need+=(age)
command -v minisign >/dev/null || need+=(minisign)
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v prlimit >/dev/null || need+=(util-linux)
command -v strace >/dev/null || need+=(strace)
command -v git >/dev/null || need+=(git)
command -v curl >/dev/null || need+=(curl)
command -v perl >/dev/null || need+=(perl)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null || need+=(nodejs npm)
command -v make >/dev/null || need+=(make)
command -v cc >/dev/null || need+=(gcc)
python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "test.sh: please install: ${need[*]}" >&2
    exit 1
  fi
fi

# Python with SQLCipher 4 bindings: tests prove a backup opens with standard tooling.
venv=target/test-venv
# And prometheus_client: tests parse /metrics with the reference parser.
# And openapi-spec-validator: tests validate /api/v1/openapi.json with it.
# And PyYAML: tests parse every agent's generated frontmatter with a real YAML parser.
# And the official MCP Python SDK (pinned): tests drive the MCP server with it in every mode.
# And schemathesis with its Hypothesis (both pinned): the API contract test runs it against the
# served OpenAPI document.
# And cyclonedx-python-lib (pinned): the embedded SBOM validates strictly as CycloneDX 1.5.
# And kubernetes-validate (pinned): deploy/kubernetes validates against the Kubernetes schemas.
# And pre-commit (pinned): .pre-commit-hooks.yaml runs through the real tool on a fixture repository.
# And aiosmtpd (pinned): mail tests send through a real SMTP relay (STARTTLS, TLS, AUTH).
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sqlcipher3, prometheus_client, openapi_spec_validator, yaml, mcp, schemathesis, cyclonedx.validation.json, kubernetes_validate, pre_commit, aiosmtpd' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check sqlcipher3-binary prometheus-client openapi-spec-validator pyyaml mcp==2.3.0 schemathesis==4.32.5 hypothesis==6.170.27 'cyclonedx-python-lib[json-validation]==11.12.0' kubernetes-validate==1.37.0 pre-commit==4.3.0 aiosmtpd==1.4.6
fi
export RULEBOOK_TEST_PYTHON="$PWD/$venv/bin/python"

# The MCP Inspector CLI and the Node.js 22 it needs (Debian's Node.js 20 is too old), both from
# the npm registry, pinned in tests/mcp-inspector/package-lock.json: an integration test runs it
# against the binary, so it is installed before `cargo test`.
(cd tests/mcp-inspector && npm ci --no-audit --no-fund --silent)
# The official SARIF 2.1.0 schema (in Microsoft's jest-sarif, pinned in tests/sarif/package-lock.json):
# the linter's SARIF output is validated against it.
(cd tests/sarif && npm ci --no-audit --no-fund --silent)

# The Git server fakes the distribution tests rely on check themselves first (real git on
# both sides: commits through each API, clones, pushes, refusals).
if [ $# -eq 0 ]; then
  for t in tests/fakes/selftest.sh tests/fakes/selftest_gitlab.sh tests/fakes/selftest_more.sh tests/fakes/selftest_bitbucket.sh; do
    bash "$t" >/dev/null || { echo "test.sh: $t failed" >&2; exit 1; }
  done
fi

# The SBOM embedded in the binary (`rulebook --sbom`) is what Cargo.lock gives now.
python3 scripts/sbom.py --check >/dev/null

# The offline dependency audit (cargo-deny: advisories, licences, bans, sources), after proving
# it can fail. cargo-deny comes from crates.io, built outside this tree (no source replacement).
if [ $# -eq 0 ]; then
  command -v cargo-deny >/dev/null || (cd /tmp && cargo install --quiet cargo-deny --locked --version 0.20.2)
  scripts/audit.sh --self-test
  scripts/audit.sh
fi

cargo test --offline --locked "$@"
# The patched tiny_http's own unit tests (strict chunked decoding and the like).
if [ $# -eq 0 ]; then
  cargo test --offline --locked -p tiny_http --lib
fi

# Browser tests: Debian's Chromium driven by playwright-core (from the npm registry, pinned in
# tests/e2e/package-lock.json) against the binary the tests above built.
if [ $# -eq 0 ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --silent)
  RULEBOOK_BIN="$PWD/target/debug/rulebook" node --test tests/e2e/
fi
