#!/usr/bin/env bash
# Self-test for tests/fakes/git_http.py and tests/fakes/github_api.py.
# Needs: bash, python3 (3.11), git, curl.  Exits non-zero on the first failure.
#   bash tests/fakes/selftest.sh            (set KEEP=1 to keep the temp dir, VERBOSE=1 for fake logs)
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T="$(mktemp -d "${TMPDIR:-/tmp}/rulebook-fakes.XXXXXX")"
TOKEN="tok-$RANDOM$RANDOM"
ROOT="$T/root"
START=$EPOCHREALTIME
PIDS=()

cleanup() {
  local rc=$?
  exec 7>&- 8>&-
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ "$rc" -ne 0 ]; then
    echo "--- fake stderr ---" >&2
    tail -n 30 "$T"/*.err >&2 2>/dev/null || true
  fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$T"; else echo "kept $T" >&2; fi
  exit "$rc"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
elapsed() { local now=$EPOCHREALTIME; printf '%.2f' "$(( (${now/./} - ${START/./}) / 10000 ))e-2"; }
ok() { echo "ok - $* [$(elapsed)s]"; }

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0 GIT_ASKPASS=/bin/false
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.invalid
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.invalid

# start_fake NAME FD EXTRA-ARGS... -> sets PORT; stdin is a fifo held open on fd FD
start_fake() {
  local name=$1 fd=$2; shift 2
  mkfifo "$T/$name.in"
  local v=(); [ -n "${VERBOSE:-}" ] && v=(--verbose)
  # 7>&- 8>&-: a fake must not inherit the other fake's stdin write end (it would never see EOF)
  python3 "$HERE/$name.py" --root "$ROOT" --token "$TOKEN" "${v[@]}" "$@" \
    <"$T/$name.in" >"$T/$name.out" 2>"$T/$name.err" 7>&- 8>&- &
  PIDS+=($!)
  eval "exec $fd>\"$T/$name.in\""
  for _ in $(seq 1 100); do
    if grep -q '^READY ' "$T/$name.out" 2>/dev/null; then break; fi
    sleep 0.05
  done
  local line; line=$(cat "$T/$name.out")
  [[ "$line" =~ ^READY\ ([0-9]+)$ ]] || fail "$name did not print exactly 'READY <port>' (got: $line)"
  PORT=${BASH_REMATCH[1]}
}

# json EXPR: evaluates a Python expression over the JSON document on stdin (bound to d), prints str()
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); v=eval(sys.argv[1]); print(json.dumps(v) if isinstance(v,dict) else v)' "$1"; }

# api METHOD PATH [BODY] -> body in $T/resp, status in $STATUS, headers in $T/hdr
api() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer $TOKEN" -H "Accept: application/vnd.github+json"
              -H "X-GitHub-Api-Version: 2022-11-28")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" "$API$path")
}
ctl() { curl -sS -f -X "$1" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$2"; }
expect() { [ "$STATUS" = "$1" ] || fail "$2: expected HTTP $1, got $STATUS: $(cat "$T/resp")"; }
field() { json "$1" <"$T/resp"; }
header() { grep -i "^$1:" "$T/hdr" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }

# ---------------------------------------------------------------------------------------------
start_fake github_api 7 --user alice --latency-ms 20
GH="http://127.0.0.1:$PORT"; API="$GH/api/v3"
start_fake git_http 8 --user alice
GIT="http://127.0.0.1:$PORT"
ok "both fakes printed READY"

# --- control: create a repo --------------------------------------------------------------------
R=$(ctl POST "$GH/_fake/repos" '{"repo":"acme/widgets","default_branch":"main","files":{"README.md":"hello\n","old.txt":"bye\n","dir/keep.txt":"keep\n","tools/build.sh":"#!/bin/sh\necho build\n"},"executable":["tools/build.sh"]}')
HEAD0=$(echo "$R" | json 'd["head"]')
[ "$(echo "$R" | json 'd["path"]')" = "$ROOT/acme/widgets.git" ] || fail "repo path: $R"
[ "$(git --git-dir="$ROOT/acme/widgets.git" ls-tree HEAD tools/build.sh | cut -c1-6)" = 100755 ] || fail "executable mode"
ok "control: repo created at $HEAD0"

# --- auth, rate limit, /user ------------------------------------------------------------------
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -H "Authorization: Bearer wrong" "$GH/user"); expect 401 "bad token"
[ "$(field 'd["message"]')" = "Bad credentials" ] || fail "401 body"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' "$API/user"); expect 401 "no token"
STATUS=$(curl -sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -H "Authorization: token $TOKEN" "$GH/user"); expect 200 "token scheme"
api GET /user; expect 200 "/user"
[ "$(field 'd["login"]')" = alice ] || fail "login"
[ "$(header X-OAuth-Scopes)" = "repo, workflow" ] || fail "X-OAuth-Scopes"
[ "$(header X-RateLimit-Limit)" = 5000 ] || fail "rate limit header"
REM1=$(header X-RateLimit-Remaining); api GET /user; REM2=$(header X-RateLimit-Remaining)
[ "$REM2" -lt "$REM1" ] || fail "X-RateLimit-Remaining not decremented ($REM1 -> $REM2)"
[ -n "$(header X-RateLimit-Reset)" ] || fail "X-RateLimit-Reset"
ok "auth (Bearer/token/bad/none), /user, rate-limit headers"

api GET /repos/acme/widgets; expect 200 "get repo"
[ "$(field 'd["default_branch"], d["full_name"], d["permissions"]["push"], d["private"]')" = "('main', 'acme/widgets', True, True)" ] || fail "repo json $(cat "$T/resp")"
api GET /repos/acme/nope; expect 404 "missing repo"
ok "GET repo (+404)"

# --- Git Data API: one atomic commit ---------------------------------------------------------
api GET /repos/acme/widgets/git/ref/heads/main; expect 200 "get ref"
[ "$(field 'd["object"]["sha"]')" = "$HEAD0" ] || fail "ref sha"
api GET /repos/acme/widgets/git/commits/$HEAD0; expect 200 "get commit"
TREE0=$(field 'd["tree"]["sha"]')
[ "$(field 'd["parents"]')" = "[]" ] || fail "root commit parents"
api GET "/repos/acme/widgets/git/trees/$TREE0?recursive=1"; expect 200 "get tree"
[ "$(field 'sorted(e["path"] for e in d["tree"])')" = "['README.md', 'dir', 'dir/keep.txt', 'old.txt', 'tools', 'tools/build.sh']" ] || fail "recursive tree $(cat "$T/resp")"
api GET "/repos/acme/widgets/git/trees/$TREE0"; expect 200 "get tree top"
[ "$(field 'len(d["tree"])')" = 4 ] || fail "top-level tree"

api POST /repos/acme/widgets/git/blobs '{"content":"new file\n","encoding":"utf-8"}'; expect 201 "blob utf-8"
B1=$(field 'd["sha"]')
SCRIPT_B64=$(printf '#!/bin/sh\necho run\n' | base64 | tr -d '\n')
api POST /repos/acme/widgets/git/blobs "{\"content\":\"$SCRIPT_B64\",\"encoding\":\"base64\"}"; expect 201 "blob base64"
B2=$(field 'd["sha"]')
api GET /repos/acme/widgets/git/blobs/$B2; expect 200 "get blob"
[ "$(field '__import__("base64").b64decode(d["content"]).decode()')" = "$(printf '#!/bin/sh\necho run\n')" ] || fail "blob roundtrip"
api POST /repos/acme/widgets/git/blobs '{"content":"x","encodig":"utf-8"}'; expect 422 "unknown blob field"
[[ "$(field 'd["message"]')" == "Invalid request."* ]] || fail "422 message"
api POST /repos/acme/widgets/git/blobs '{"content":5}'; expect 422 "wrong type"

TREE_REQ="{\"base_tree\":\"$TREE0\",\"tree\":[
 {\"path\":\"src/lib/new.txt\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":\"$B1\"},
 {\"path\":\"bin/run.sh\",\"mode\":\"100755\",\"type\":\"blob\",\"sha\":\"$B2\"},
 {\"path\":\"docs/inline.md\",\"mode\":\"100644\",\"type\":\"blob\",\"content\":\"inline\\n\"},
 {\"path\":\"old.txt\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":null},
 {\"path\":\"dir/keep.txt\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":null}]}"
api POST /repos/acme/widgets/git/trees "$TREE_REQ"; expect 201 "create tree"
TREE1=$(field 'd["sha"]')
[ "$(field 'sorted(e["path"] for e in d["tree"])')" = "['README.md', 'bin', 'docs', 'src', 'tools']" ] || fail "new tree top level (dir/ must vanish): $(cat "$T/resp")"
api POST /repos/acme/widgets/git/trees "{\"base_tree\":\"$TREE0\",\"tree\":[{\"path\":\"nope.txt\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":null}]}"
expect 422 "delete missing path"
api POST /repos/acme/widgets/git/trees "{\"base_tree\":\"$TREE0\",\"tree\":[{\"path\":\"a\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":\"$B1\",\"size\":1}]}"
expect 422 "unknown tree item field"
api POST /repos/acme/widgets/git/trees "{\"tree\":[{\"path\":\"a\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":\"$B1\",\"content\":\"x\"}]}"
expect 422 "sha and content"

api POST /repos/acme/widgets/git/commits "{\"message\":\"Atomic: three files\\n\\nbody line\\n\",\"tree\":\"$TREE1\",\"parents\":[\"$HEAD0\"],\"author\":{\"name\":\"Rule Book\",\"email\":\"rb@example.invalid\",\"date\":\"2024-05-06T07:08:09Z\"}}"
expect 201 "create commit"
C1=$(field 'd["sha"]')
[ "$(field 'd["tree"]["sha"], d["parents"][0]["sha"]')" = "('$TREE1', '$HEAD0')" ] || fail "commit json"
api GET /repos/acme/widgets/git/commits/$C1; expect 200 "get new commit"
[ "$(field 'd["author"]["date"], d["author"]["name"], d["committer"]["name"]')" = "('2024-05-06T07:08:09Z', 'Rule Book', 'Rule Book')" ] || fail "author $(cat "$T/resp")"
api POST /repos/acme/widgets/git/commits "{\"message\":\"m\",\"tree\":\"$TREE1\",\"parents\":[\"$HEAD0\"],\"extra\":1}"; expect 422 "unknown commit field"

api PATCH /repos/acme/widgets/git/refs/heads/main "{\"sha\":\"$C1\",\"force\":false}"; expect 200 "fast-forward PATCH"
[ "$(field 'd["object"]["sha"], d["ref"]')" = "('$C1', 'refs/heads/main')" ] || fail "patch json"
ok "atomic commit via blobs/trees/commits/PATCH ref ($C1)"

# stale PATCH: a commit built on HEAD0 is not a fast-forward any more
api POST /repos/acme/widgets/git/commits "{\"message\":\"stale\",\"tree\":\"$TREE0\",\"parents\":[\"$HEAD0\"]}"; expect 201 "stale commit"
STALE=$(field 'd["sha"]')
api PATCH /repos/acme/widgets/git/refs/heads/main "{\"sha\":\"$STALE\"}"; expect 422 "stale PATCH"
[ "$(field 'd["message"]')" = "Update is not a fast forward" ] || fail "stale message"
# a fault that advances the branch right before the PATCH is handled -> 422 as well
api POST /repos/acme/widgets/git/commits "{\"message\":\"child\",\"tree\":\"$TREE1\",\"parents\":[\"$C1\"]}"; C2=$(field 'd["sha"]')
ctl POST "$GH/_fake/faults" '{"method":"PATCH","path":"/git/refs/heads/main$","advance":{"repo":"acme/widgets","branch":"main"}}' >/dev/null
api PATCH /repos/acme/widgets/git/refs/heads/main "{\"sha\":\"$C2\"}"; expect 422 "PATCH after advance fault"
api GET /repos/acme/widgets/git/ref/heads/main; ADV=$(field 'd["object"]["sha"]')
[ "$ADV" != "$C1" ] || fail "advance fault did not move main"
# status fault with Retry-After, consumed once
ctl POST "$GH/_fake/faults" '{"method":"GET","path":"/user$","status":403,"times":1,"retry_after":"2","body":{"message":"You have exceeded a secondary rate limit."}}' >/dev/null
api GET /user; expect 403 "status fault"; [ "$(header Retry-After)" = 2 ] || fail "Retry-After"
api GET /user; expect 200 "fault consumed"
ok "stale PATCH -> 422, advance fault, status fault"

# --- clone over git_http.py and check the atomic commit ---------------------------------------
git clone -q "http://alice:$TOKEN@127.0.0.1:${GIT#http://127.0.0.1:}/acme/widgets.git" "$T/clone" || fail "git clone over http"
cd "$T/clone"
git cat-file -e "$C1" || fail "C1 missing in clone"
[ "$(git show -s --format=%B "$C1")" = "$(printf 'Atomic: three files\n\nbody line')" ] || fail "message"
[ "$(git show "$C1:src/lib/new.txt")" = "new file" ] || fail "new.txt content"
[ "$(git show "$C1:docs/inline.md")" = "inline" ] || fail "inline.md content"
[ "$(git ls-tree "$C1" bin/run.sh | cut -c1-6)" = 100755 ] || fail "run.sh mode"
[ "$(git ls-tree "$C1" tools/build.sh | cut -c1-6)" = 100755 ] || fail "build.sh mode"
[ -z "$(git ls-tree "$C1" old.txt)" ] || fail "old.txt not deleted"
[ -z "$(git ls-tree "$C1" dir)" ] || fail "empty dir not removed"
[ -x bin/run.sh ] || fail "run.sh not executable in checkout"
ok "git clone over git_http.py: files, modes, deletion, message"

# push (force a chunked request body with a >64 KiB incompressible file)
head -c 300000 /dev/urandom | base64 >big.txt
git add big.txt && git commit -q -m "big push" && git -c http.postBuffer=65536 push -q origin HEAD:main 2>"$T/push.err" || fail "push: $(cat "$T/push.err")"
PUSHED=$(git rev-parse HEAD)
api GET /repos/acme/widgets/git/ref/heads/main; [ "$(field 'd["object"]["sha"]')" = "$PUSHED" ] || fail "API does not see the push"
curl -sS "$GIT/_fake/requests" >"$T/reqs"
python3 - "$T/reqs" <<'EOF' || fail "git request log"
import json, sys
reqs = json.load(open(sys.argv[1]))
rp = [r for r in reqs if r["method"] == "POST" and r["path"].endswith("/git-receive-pack")]
assert rp, "no receive-pack POST logged"
assert any(r["headers"].get("transfer-encoding") == "chunked" for r in rp), "push was not chunked"
assert all(r["headers"].get("authorization") == "<present>" for r in rp), "authorization not redacted"
assert all(r["body"].get("_raw_len", 0) > 0 for r in rp), "raw body length"
assert any(r["auth"] == "none" for r in reqs), "no unauthenticated probe recorded"
EOF
ok "chunked push over git_http.py, request log"

# wrong token -> 401 -> git fails
if git clone -q "http://alice:wrong@127.0.0.1:${GIT#http://127.0.0.1:}/acme/widgets.git" "$T/bad" 2>"$T/bad.err"; then fail "clone with wrong token succeeded"; fi
grep -qi "authentication failed\|401" "$T/bad.err" || fail "bad-token error: $(cat "$T/bad.err")"
STATUS=$(curl -sS -o /dev/null -D "$T/hdr" -w '%{http_code}' "$GIT/acme/widgets.git/info/refs?service=git-upload-pack"); expect 401 "git no auth"
[ "$(header WWW-Authenticate)" = 'Basic realm="fake"' ] || fail "WWW-Authenticate"
if git ls-remote "http://bob:$TOKEN@127.0.0.1:${GIT#http://127.0.0.1:}/acme/widgets.git" >/dev/null 2>&1; then fail "--user not enforced"; fi
ok "git_http: wrong token / no auth / wrong user -> 401"

# stale push rejected as non-fast-forward by git itself
ctl POST "$GIT/_fake/advance" '{"repo":"acme/widgets","branch":"main","path":"behind.txt","content":"x\n"}' >/dev/null
echo more >>README.md && git commit -q -am "stale local"
if git push origin HEAD:main 2>"$T/stale.err"; then fail "stale push accepted"; fi
grep -q "rejected" "$T/stale.err" || fail "stale push error: $(cat "$T/stale.err")"
git pull -q --rebase origin main && git push -q origin HEAD:main || fail "push after rebase"
ok "stale push rejected by git; push after rebase works"

# receive-pack fault -> 500, and an advance-fault -> server-side rejection
ctl POST "$GIT/_fake/faults" '{"method":"POST","path":".*/git-receive-pack$","status":500,"times":1}' >/dev/null
echo f1 >f1.txt && git add f1.txt && git commit -q -m f1
if git push -q origin HEAD:main 2>/dev/null; then fail "push survived 500 fault"; fi
git push -q origin HEAD:main || fail "push after fault"
ctl POST "$GIT/_fake/faults" '{"method":"POST","path":".*/git-receive-pack$","advance":{"repo":"acme/widgets","branch":"main"}}' >/dev/null
echo f2 >f2.txt && git add f2.txt && git commit -q -m f2
if git push origin HEAD:main 2>"$T/race.err"; then fail "push raced by advance succeeded"; fi
ok "git_http faults: 500 and advance-before-receive-pack"
cd "$T"

# --- refs and pull requests -------------------------------------------------------------------
api GET /repos/acme/widgets/git/ref/heads/main; MAIN=$(field 'd["object"]["sha"]'); MTREE=$(git --git-dir="$ROOT/acme/widgets.git" rev-parse "$MAIN^{tree}")
api POST /repos/acme/widgets/git/trees "{\"base_tree\":\"$MTREE\",\"tree\":[{\"path\":\"feature.txt\",\"mode\":\"100644\",\"type\":\"blob\",\"content\":\"feature\\n\"}]}"; FT=$(field 'd["sha"]')
api POST /repos/acme/widgets/git/commits "{\"message\":\"feature\",\"tree\":\"$FT\",\"parents\":[\"$MAIN\"]}"; FC=$(field 'd["sha"]')
api POST /repos/acme/widgets/git/refs "{\"ref\":\"refs/heads/rulebook/feature-x\",\"sha\":\"$FC\"}"; expect 201 "create ref"
api POST /repos/acme/widgets/git/refs "{\"ref\":\"refs/heads/rulebook/feature-x\",\"sha\":\"$FC\"}"; expect 422 "ref exists"
[ "$(field 'd["message"]')" = "Reference already exists" ] || fail "ref exists message"
api GET /repos/acme/widgets/git/ref/heads/rulebook/feature-x; expect 200 "get slashed ref"
api POST /repos/acme/widgets/git/refs "{\"ref\":\"refs/heads/rulebook/feature-y\",\"sha\":\"$FC\"}"; expect 201 "create ref y"

api POST /repos/acme/widgets/pulls '{"title":"Feature X","head":"acme:rulebook/feature-x","base":"main","body":"Please merge","draft":false}'; expect 201 "create PR"
N1=$(field 'd["number"]')
[ "$(field 'd["state"], d["merged"], d["head"]["ref"], d["head"]["sha"], d["base"]["ref"], d["html_url"]')" = "('open', False, 'rulebook/feature-x', '$FC', 'main', '$GH/acme/widgets/pull/$N1')" ] || fail "PR json $(cat "$T/resp")"
api POST /repos/acme/widgets/pulls '{"title":"again","head":"rulebook/feature-x","base":"main"}'; expect 422 "duplicate PR"
[ "$(field 'd["errors"][0]["message"]')" = "A pull request already exists for acme:rulebook/feature-x." ] || fail "dup PR message"
api POST /repos/acme/widgets/pulls '{"title":"t","head":"rulebook/feature-x","base":"main","labels":[]}'; expect 422 "unknown PR field"
api POST /repos/acme/widgets/pulls '{"title":"Feature Y","head":"rulebook/feature-y","base":"main"}'; expect 201 "create PR 2"
N2=$(field 'd["number"]')
api GET "/repos/acme/widgets/pulls?state=open&head=acme:rulebook/feature-x&base=main"; expect 200 "list PR by head"
[ "$(field '[p["number"] for p in d]')" = "[$N1]" ] || fail "PR filter"
api GET "/repos/acme/widgets/pulls?state=all&per_page=1"; expect 200 "paginate"
[ "$(field 'len(d)')" = 1 ] || fail "per_page"
[[ "$(header Link)" == *'page=2>; rel="next"'* ]] || fail "Link header: $(header Link)"
api GET "/repos/acme/widgets/pulls?state=all&per_page=1&page=2"; [ "$(field 'len(d)')" = 1 ] || fail "page 2"
[[ "$(header Link)" != *'rel="next"'* ]] || fail "no next on the last page"
api PATCH /repos/acme/widgets/pulls/$N1 '{"title":"Feature X v2","body":"updated"}'; expect 200 "PATCH PR"
[ "$(field 'd["title"]')" = "Feature X v2" ] || fail "PR title"

ctl POST "$GH/_fake/merge" "{\"repo\":\"acme/widgets\",\"number\":$N1}" >"$T/merge" || fail "merge"
api GET /repos/acme/widgets/pulls/$N1; expect 200 "get PR"
MC=$(field 'd["merge_commit_sha"]')
[ "$(field 'd["state"], d["merged"]')" = "('closed', True)" ] || fail "merged state"
api GET /repos/acme/widgets/git/ref/heads/main; [ "$(field 'd["object"]["sha"]')" = "$MC" ] || fail "main != merge commit"
[ "$(git --git-dir="$ROOT/acme/widgets.git" rev-list --parents -n1 "$MC" | wc -w)" = 3 ] || fail "merge commit parents"
ctl POST "$GH/_fake/close" "{\"repo\":\"acme/widgets\",\"number\":$N2}" >/dev/null || fail "close"
api GET /repos/acme/widgets/pulls/$N2; [ "$(field 'd["state"], d["merged"]')" = "('closed', False)" ] || fail "closed state"
api GET "/repos/acme/widgets/pulls?state=open"; [ "$(field 'len(d)')" = 0 ] || fail "open list not empty"
api DELETE /repos/acme/widgets/git/refs/heads/rulebook/feature-x; expect 204 "delete ref"
api GET /repos/acme/widgets/git/ref/heads/rulebook/feature-x; expect 404 "deleted ref"
ok "refs + PR create/duplicate/list/paginate/patch/merge/close"

# --- root-style base, request log, latency ------------------------------------------------------
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$GH/repos/acme/widgets"); expect 200 "root-style base"
T_LAT=$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$GH/user")
python3 -c "import sys; sys.exit(0 if float('$T_LAT') >= 0.02 else 1)" || fail "latency not applied ($T_LAT s)"
curl -sS "$GH/_fake/requests" >"$T/reqs"
python3 - "$T/reqs" <<'EOF' || fail "api request log"
import json, sys
reqs = json.load(open(sys.argv[1]))
assert not any(r["path"].startswith("/_fake") for r in reqs), "control requests logged"
p = [r for r in reqs if r["method"] == "PATCH" and r["path"] == "/api/v3/repos/acme/widgets/git/refs/heads/main"]
assert p and p[0]["body"]["force"] is False, p[:1]
assert p[0]["headers"]["accept"] == "application/vnd.github+json"
t = [r for r in reqs if r["method"] == "GET" and "/git/trees/" in r["path"] and r["query"]]
assert t and t[0]["query"] == {"recursive": "1"}, t[:1]
EOF
curl -sS -f -X DELETE "$GH/_fake/requests" >/dev/null
[ "$(curl -sS "$GH/_fake/requests")" = "[]" ] || fail "clear request log"
ok "root-style base, request log, latency"

# chunked JSON body
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Transfer-Encoding: chunked' \
  -H 'Content-Type: application/json' --data-binary '{"content":"chunked\n"}' "$API/repos/acme/widgets/git/blobs"); expect 201 "chunked JSON body"
[ "$(field 'd["sha"]')" = "$(printf 'chunked\n' | git hash-object --stdin)" ] || fail "chunked blob sha"
ok "chunked API request body"

# --- GitHub App: JWT (RS256, verified with stdlib RSA) -> installation token -------------------
command -v openssl >/dev/null || fail "openssl is needed for the GitHub App case"
if ! openssl genrsa -traditional -out "$T/app.pem" 2048 2>/dev/null; then
  openssl genrsa -out "$T/app.key" 2048 2>/dev/null && openssl rsa -in "$T/app.key" -traditional -out "$T/app.pem" 2>/dev/null \
    || fail "openssl genrsa"
fi
MODULUS=$(openssl rsa -in "$T/app.pem" -noout -modulus); MODULUS=${MODULUS#Modulus=}
ctl POST "$GH/_fake/app" "{\"app_id\":123,\"installation_id\":456,\"n\":\"$MODULUS\",\"e\":65537}" >/dev/null || fail "register app"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
# jwt IAT EXP ISS-JSON -> signed RS256 JWT
jwt() {
  local h p s
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  p=$(printf '{"iat":%s,"exp":%s,"iss":%s}' "$1" "$2" "$3" | b64url)
  s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$T/app.pem" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$s"
}
# as AUTH-HEADER METHOD PATH [BODY] -> like api, with another Authorization header
as() {
  local auth=$1 method=$2 path=$3 body=${4:-}
  local args=(-sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -X "$method" -H "Authorization: $auth"
              -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" "$API$path")
}
NOW=$(date +%s)
JWT=$(jwt $((NOW - 60)) $((NOW + 540)) '"123"')
curl -sS -f -X DELETE "$GH/_fake/requests" >/dev/null
as "Bearer $JWT" GET /app; expect 200 "GET /app with JWT"
[ "$(field 'd["id"], d["slug"], d["name"]')" = "(123, 'rulebook-test', 'Rulebook test')" ] || fail "app json $(cat "$T/resp")"
as "Bearer $(jwt $((NOW - 60)) $((NOW + 540)) 123)" GET /app; expect 200 "numeric iss"
as "Bearer $JWT" POST /app/installations/999/access_tokens '{}'; expect 404 "unknown installation"
as "Bearer $JWT" POST /app/installations/456/access_tokens '{"repository":["widgets"]}'; expect 422 "unknown access_tokens key"
as "Bearer $JWT" POST /app/installations/456/access_tokens '{"permissions":{"administration":"write"}}'; expect 422 "permission not granted"
as "Bearer $JWT" POST /app/installations/456/access_tokens '{}'; expect 201 "mint installation token"
ITOK=$(field 'd["token"]')
[[ "$ITOK" =~ ^ghs_[A-Za-z0-9]{36}$ ]] || fail "installation token shape: $ITOK"
[ "$(field 'd["permissions"], d["repository_selection"]')" = "({'contents': 'write', 'pull_requests': 'write'}, 'all')" ] || fail "token json $(cat "$T/resp")"
python3 -c "import datetime as d,sys; t=d.datetime.fromisoformat(sys.argv[1].replace('Z','+00:00')).timestamp(); sys.exit(0 if 3500 < t - $NOW < 3700 else 1)" "$(field 'd["expires_at"]')" || fail "expires_at not ~1h ahead: $(field 'd["expires_at"]')"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -X POST -H "Authorization: Bearer $JWT" "$GH/app/installations/456/access_tokens"); expect 201 "mint with no body, root-style base"
as "Bearer $ITOK" GET /repos/acme/widgets; expect 200 "installation token on GET repo"
[ "$(field 'd["full_name"]')" = acme/widgets ] || fail "repo via installation token"
as "token $ITOK" GET /repos/acme/widgets/git/ref/heads/main; expect 200 "installation token (token scheme)"
as "Bearer $ITOK" POST /repos/acme/widgets/git/blobs '{"content":"from the app\n"}'; expect 201 "installation token write"
as "Bearer $ITOK" POST /app/installations/456/access_tokens '{}'; expect 401 "installation token on access_tokens"
[ "$(field 'd["message"]')" = "A JSON web token could not be decoded" ] || fail "401 message for installation token"
as "Bearer $TOKEN" GET /app; expect 401 "static token on /app"
as "Bearer $JWT" GET /repos/acme/widgets; expect 401 "JWT on a normal route"
[ "$(field 'd["message"]')" = "Bad credentials" ] || fail "JWT on normal route message"
# tampered: the payload of another (unsigned) claim set under the original signature
TAMPERED="${JWT%%.*}.$(printf '{"iat":%s,"exp":%s,"iss":"124"}' $((NOW - 60)) $((NOW + 540)) | b64url).${JWT##*.}"
as "Bearer $TAMPERED" POST /app/installations/456/access_tokens '{}'; expect 401 "tampered JWT"
[ "$(field 'd["message"]')" = "A JSON web token could not be decoded" ] || fail "tampered message"
SIG=${JWT##*.}; FLIP=$([ "${SIG:5:1}" = A ] && echo B || echo A)
as "Bearer ${JWT%.*}.${SIG:0:5}$FLIP${SIG:6}" GET /app; expect 401 "flipped signature byte"
as "Bearer $(jwt $((NOW - 700)) $((NOW - 100)) '"123"')" POST /app/installations/456/access_tokens '{}'; expect 401 "expired JWT"
[[ "$(field 'd["message"]')" == "'Expiration time' claim ('exp') must be a numeric value"* ]] || fail "expired message: $(cat "$T/resp")"
as "Bearer $(jwt "$NOW" $((NOW + 1200)) '"123"')" POST /app/installations/456/access_tokens '{}'; expect 401 "exp too far"
[ "$(field 'd["message"]')" = "'Expiration time' claim ('exp') is too far in the future" ] || fail "exp-too-far message"
as "Bearer $(jwt $((NOW + 300)) $((NOW + 600)) '"123"')" GET /app; expect 401 "iat in the future"
as "Bearer $(jwt $((NOW - 60)) $((NOW + 540)) '"777"')" GET /app; expect 401 "unknown app id"
# a narrowed token: one repository, read-only contents
as "Bearer $JWT" POST /app/installations/456/access_tokens '{"repositories":["widgets"],"permissions":{"contents":"read"}}'; expect 201 "narrowed token"
[ "$(field 'd["repository_selection"], [r["full_name"] for r in d["repositories"]]')" = "('selected', ['acme/widgets'])" ] || fail "narrowed json $(cat "$T/resp")"
RTOK=$(field 'd["token"]')
as "Bearer $RTOK" GET /repos/acme/widgets/git/ref/heads/main; expect 200 "read-only token read"
as "Bearer $RTOK" POST /repos/acme/widgets/git/blobs '{"content":"x"}'; expect 403 "read-only token write"
as "Bearer $RTOK" GET /repos/acme/widgets/pulls; expect 403 "no pull_requests permission"
as "Bearer $JWT" POST /app/installations/456/access_tokens '{"repositories":["nope"]}'; expect 422 "inaccessible repository"
# expiry: an expired installation token is refused like any bad token
ctl POST "$GH/_fake/app/expire" "{\"token\":\"$ITOK\"}" >/dev/null || fail "expire token"
as "Bearer $ITOK" GET /repos/acme/widgets; expect 401 "expired installation token"
as "Bearer $RTOK" GET /repos/acme/widgets; expect 200 "other token still valid"
api GET /repos/acme/widgets; expect 200 "static token unaffected"
curl -sS "$GH/_fake/requests" >"$T/reqs"
python3 - "$T/reqs" <<'PY' || fail "auth_kind in request log"
import json, sys
reqs = json.load(open(sys.argv[1]))
kinds = {(r["method"], r["path"], r["auth_kind"]) for r in reqs}
assert ("GET", "/api/v3/app", "jwt") in kinds, kinds
assert ("POST", "/api/v3/app/installations/456/access_tokens", "jwt") in kinds, kinds
assert ("GET", "/api/v3/repos/acme/widgets", "installation") in kinds, kinds
assert ("GET", "/api/v3/repos/acme/widgets", "static") in kinds, kinds
assert ("POST", "/api/v3/app/installations/456/access_tokens", "invalid") in kinds, kinds
assert ("GET", "/api/v3/repos/acme/widgets", "invalid") in kinds, kinds
PY
ok "GitHub App: JWT verified (RS256), installation token minted/used/scoped/expired, bad JWTs refused"

# --- shutdown: stdin EOF and SIGTERM -------------------------------------------------------------
exec 7>&-
for _ in $(seq 1 50); do kill -0 "${PIDS[0]}" 2>/dev/null || break; sleep 0.05; done
kill -0 "${PIDS[0]}" 2>/dev/null && fail "github_api did not exit on stdin EOF"
wait "${PIDS[0]}" || fail "github_api exit status $?"
kill -TERM "${PIDS[1]}"
wait "${PIDS[1]}" || fail "git_http exit status after SIGTERM"
for n in github_api git_http; do [ "$(wc -l <"$T/$n.out")" = 1 ] || fail "$n wrote more than READY to stdout"; done
ok "exit on stdin EOF and on SIGTERM; stdout holds only READY"

echo "PASS ($(elapsed) s)"
