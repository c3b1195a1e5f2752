#!/usr/bin/env bash
# Builds the static binary and makes a signed release bundle for a USB stick:
#   dist/rulebook-VERSION/rulebook            the static x86_64-unknown-linux-musl binary
#   dist/rulebook-VERSION/rulebook.minisig    minisign signature; trusted comment
#                                             "rulebook VERSION TARGET [NOTES]"
#   dist/rulebook-VERSION/rulebook.cdx.json  the CycloneDX SBOM embedded in the binary
#                                             (`rulebook --sbom` prints the same bytes)
#   dist/rulebook-VERSION/rulebook.cdx.json.minisig  its signature, same trusted comment
#   dist/rulebook-VERSION/SHA256SUMS
# Usage: RULEBOOK_RELEASE_KEY=/secure/rulebook.key scripts/release.sh ["release notes"]
# Needs minisign (apt-get install minisign); the secret key never enters the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
key=${RULEBOOK_RELEASE_KEY:?set RULEBOOK_RELEASE_KEY to the minisign secret key file}
notes=${1:-}
command -v minisign >/dev/null || { echo "release.sh: apt-get install minisign" >&2; exit 1; }
python3 scripts/sbom.py --check
scripts/build-static.sh
target=x86_64-unknown-linux-musl
bin=target/$target/release/rulebook
version=$("$bin" --version | awk '{print $2}')
out=dist/rulebook-$version
rm -rf "$out"; mkdir -p "$out"
cp "$bin" "$out/rulebook"
"$bin" --sbom > "$out/rulebook.cdx.json"
cmp -s "$out/rulebook.cdx.json" src/sbom.cdx.json || { echo "release.sh: the binary's SBOM is not src/sbom.cdx.json" >&2; exit 1; }
comment="rulebook $version $target${notes:+ $notes}"
minisign -S -s "$key" -m "$out/rulebook" "$out/rulebook.cdx.json" -t "$comment"
(cd "$out" && sha256sum rulebook rulebook.minisig rulebook.cdx.json rulebook.cdx.json.minisig > SHA256SUMS)
echo "bundle: $out"
cat "$out/SHA256SUMS"
echo "check on the target host: rulebook upgrade check $out/rulebook"
