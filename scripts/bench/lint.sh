#!/usr/bin/env bash
# Linter benchmark (issue 18), side by side with the peers on the same rule and corpus:
#  - rulebook lint (the static musl binary), the rule as an ast-grep detector (--detector);
#  - ast-grep's own CLI (`ast-grep scan`, pip ast-grep-cli), with the very same YAML rule;
#  - semgrep (pip), with the equivalent pattern rule.
# Corpora, copied to tmpfs: the .py files of the machine's Python 3.11 standard library
# (site-packages left out) with a bare-`except:` rule, and the TypeScript sources of an npm
# package (rxjs 7.8.2's src/) with a `console.*` rule (no file holds `console`: the prefilter case)
# and a `new Observable(...)` rule (hits: the parse-bound case). For each: hit counts (rulebook's must
# equal ast-grep's), hyperfine's wall time for the whole tree (files/s derived), peak RSS, and
# a pre-commit-sized run over 20 files.
# Usage: scripts/bench/lint.sh [BINARY]
# Needs: hyperfine, python3.11, npm (registry access for the TypeScript corpus), GNU time.
# The peers go into target/bench-venv, pinned: ast-grep-cli 0.40.0, semgrep 1.146.0.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/x86_64-unknown-linux-musl/release/rulebook}")
[ -x "$bin" ] || { echo "build first: scripts/build-static.sh" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "apt-get install hyperfine" >&2; exit 1; }
venv=target/bench-venv
if ! "$venv/bin/ast-grep" --version >/dev/null 2>&1 || ! "$venv/bin/semgrep" --version >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check ast-grep-cli==0.40.0 semgrep==1.146.0
fi
sg="$(realpath "$venv/bin/ast-grep")"; semgrep="$(realpath "$venv/bin/semgrep")"
export SEMGREP_SEND_METRICS=off SEMGREP_ENABLE_VERSION_CHECK=0
shm=$(mktemp -d -p /dev/shm); trap 'rm -rf "$shm"' EXIT

echo "rulebook: $("$bin" --version)"; echo "ast-grep: $("$sg" --version)"; echo "semgrep: $("$semgrep" --version)"
echo "cores: $(nproc)"

# The Python corpus.
stdlib=$(python3.11 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
mkdir -p "$shm/py"
(cd "$stdlib" && find . -name '*.py' -not -path '*/site-packages/*' -not -path '*/__pycache__/*' -print0 \
  | tar -c --null -T - -f -) | tar -x -C "$shm/py" -f -
cat > "$shm/py.yml" <<'EOF'
id: bare-except
language: python
severity: error
message: a bare except hides errors
rule:
  kind: except_clause
  regex: '^except\s*:'
EOF
cat > "$shm/py.semgrep.yml" <<'EOF'
rules:
  - id: bare-except
    languages: [python]
    severity: ERROR
    message: a bare except hides errors
    pattern: |
      try:
        ...
      except:
        ...
EOF

# The TypeScript corpus.
(cd "$shm" && npm pack rxjs@7.8.2 --silent >/dev/null && tar -xzf rxjs-7.8.2.tgz && mv package/src ts && rm -rf package rxjs-7.8.2.tgz)
cat > "$shm/ts.yml" <<'EOF'
id: no-console
language: typescript
severity: error
message: use the logger, not console
rule:
  pattern: console.$M($$$A)
EOF
cat > "$shm/ts.semgrep.yml" <<'EOF'
rules:
  - id: no-console
    languages: [typescript]
    severity: ERROR
    message: use the logger, not console
    pattern: console.$M(...)
EOF

# The same TypeScript corpus with a rule that has hits: every file holding `Observable` is
# parsed, so this is the parse-bound TypeScript case.
cat > "$shm/ts-new.yml" <<'EOF'
id: new-observable
language: typescript
severity: warning
message: build observables with the creation functions
rule:
  pattern: new Observable($$$A)
EOF
cat > "$shm/ts-new.semgrep.yml" <<'EOF'
rules:
  - id: new-observable
    languages: [typescript]
    severity: WARNING
    message: build observables with the creation functions
    pattern: new Observable(...)
EOF

run() { # name dir rule semgrep-rule ext
  local name=$1 dir=$2 rule=$3 srule=$4 ext=$5
  local files lines
  files=$(find "$dir" -name "*.$ext" | wc -l); lines=$(find "$dir" -name "*.$ext" -exec cat {} + | wc -l)
  echo; echo "=== $name: $files files, $lines lines"
  local rb="$bin lint --detector $rule --format json" sgc="$sg scan --rule $rule --json=compact"
  local smg="$semgrep scan --config $srule --metrics=off --disable-version-check --quiet --json --jobs $(nproc)"
  echo "--- hits"
  echo "rulebook $($rb "$dir" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))')"
  echo "ast-grep $($sgc "$dir" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
  echo "semgrep  $($smg "$dir" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]))')"
  echo "--- the whole tree"
  hyperfine -N -i -w 1 -r 10 --export-json "$shm/$name.json" -n rulebook "$rb $dir" -n ast-grep "$sgc $dir" 2>/dev/null \
    | grep -E "Time|Range|±|faster|rulebook|ast-grep" | grep -v Warning
  hyperfine -i -w 1 -r 3 --export-json "$shm/$name.semgrep.json" -n semgrep "$smg $dir > /dev/null" 2>/dev/null \
    | grep -E "Time|Range" | grep -v Warning
  python3 - "$shm/$name.json" "$shm/$name.semgrep.json" "$files" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1]))["results"] + json.load(open(sys.argv[2]))["results"]
files = int(sys.argv[3])
med = {r["command"]: r["median"] for r in rows}
for n, m in med.items():
    print(f"{n:9s} median {m*1000:8.1f} ms  {files/m:9.0f} files/s")
print(f"rulebook vs ast-grep: {med['ast-grep']/med['rulebook']:.2f}x throughput; vs semgrep: {med['semgrep']/med['rulebook']:.1f}x")
EOF
  echo "--- peak RSS (KiB)"
  for t in rulebook ast-grep semgrep; do
    case $t in rulebook) c=$rb ;; ast-grep) c=$sgc ;; semgrep) c=$smg ;; esac
    /usr/bin/time -f "$t %M" $c "$dir" >/dev/null 2>"$shm/time" || true
    tail -1 "$shm/time"
  done
  echo "--- 20 files (a pre-commit hook's run)"
  local twenty
  twenty=$(find "$dir" -name "*.$ext" | sort | sed -n 1,20p | tr '\n' ' ')
  hyperfine -N -i -w 2 -r 20 -n rulebook "$rb $twenty" -n ast-grep "$sgc $twenty" 2>/dev/null \
    | grep -E "Time|rulebook|ast-grep" | grep -v Warning
}

run python "$shm/py" "$shm/py.yml" "$shm/py.semgrep.yml" py
run typescript "$shm/ts" "$shm/ts.yml" "$shm/ts.semgrep.yml" ts
run typescript-hits "$shm/ts" "$shm/ts-new.yml" "$shm/ts-new.semgrep.yml" ts
