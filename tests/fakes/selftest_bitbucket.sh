#!/usr/bin/env bash
# Self-test for tests/fakes/bitbucket_api.py (Bitbucket Data Center REST 1.0 + /scm smart HTTP).
# Needs: bash, python3 (3.11), git, curl.  Exits non-zero on the first failure.
#   bash tests/fakes/selftest_bitbucket.sh     (KEEP=1 keeps the temp dir, VERBOSE=1 fake logs)
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T="$(mktemp -d "${TMPDIR:-/tmp}/rulebook-bbfake.XXXXXX")"
TOKEN="BBDC-tok$RANDOM$RANDOM"
ROOT="$T/root"
START=$EPOCHREALTIME
FAKE_PID=""

cleanup() {
  local rc=$?
  exec 7>&- 2>/dev/null || true
  if [ -n "$FAKE_PID" ]; then kill "$FAKE_PID" 2>/dev/null || true; wait "$FAKE_PID" 2>/dev/null || true; fi
  if [ "$rc" -ne 0 ]; then echo "--- fake stderr ---" >&2; tail -n 30 "$T/fake.err" >&2 2>/dev/null || true; fi
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

# --- start the fake with stdin on a fifo held open on fd 7 ------------------------------------
mkfifo "$T/fake.in"
V=(); [ -n "${VERBOSE:-}" ] && V=(--verbose)
python3 "$HERE/bitbucket_api.py" --root "$ROOT" --token "$TOKEN" --user alice --latency-ms 5 "${V[@]}" \
  <"$T/fake.in" >"$T/fake.out" 2>"$T/fake.err" &
FAKE_PID=$!
exec 7>"$T/fake.in"
for _ in $(seq 1 100); do grep -q '^READY ' "$T/fake.out" 2>/dev/null && break; sleep 0.05; done
LINE=$(cat "$T/fake.out")
[[ "$LINE" =~ ^READY\ ([0-9]+)$ ]] || fail "did not print exactly 'READY <port>' (got: $LINE)"
PORT=${BASH_REMATCH[1]}
BASE="http://127.0.0.1:$PORT"
API="$BASE/rest/api/1.0"
ok "fake printed READY $PORT"

json() { python3 -c 'import json,sys; d=json.load(sys.stdin); v=eval(sys.argv[1]); print(json.dumps(v) if isinstance(v,(dict,list)) else v)' "$1"; }
# api METHOD PATH [BODY] -> body in $T/resp, status in $STATUS, headers in $T/hdr
api() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN"
              -H "Accept: application/json")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" "$API$path")
}
ctl() { curl -sS -o "$T/ctl" -w '%{http_code}' -X "$1" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$BASE$2"; }
expect() { [ "$STATUS" = "$1" ] || fail "$2: expected HTTP $1, got $STATUS: $(cat "$T/resp")"; }
field() { json "$1" <"$T/resp"; }
header() { grep -i "^$1:" "$T/hdr" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }

# --- control: create a repo -----------------------------------------------------------------
[ "$(ctl POST /_fake/repos '{"repo":"PROJ/widgets","default_branch":"main","files":{"README.md":"hello\n"}}')" = 201 ] \
  || fail "create repo: $(cat "$T/ctl")"
HEAD0=$(json 'd["head"]' <"$T/ctl")
BARE="$ROOT/PROJ/widgets.git"
[ "$(json 'd["path"]' <"$T/ctl")" = "$BARE" ] || fail "repo path"
ok "control: PROJ/widgets created at $HEAD0"

# --- REST auth and "who am I" ---------------------------------------------------------------
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -H "Authorization: Bearer wrong" "$API/application-properties")
expect 401 "bad bearer"
[ "$(field 'd["errors"][0]["message"]')" = "Authentication failed. Please check your credentials and try again." ] \
  || fail "401 body $(cat "$T/resp")"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' "$API/projects/PROJ/repos/widgets"); expect 401 "no auth"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -u "alice:wrong" "$API/projects/PROJ/repos/widgets"); expect 401 "bad basic"
STATUS=$(curl -sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -u "alice:$TOKEN" "$API/application-properties")
expect 200 "basic user:token"
[ "$(header X-AUSERNAME)" = alice ] || fail "X-AUSERNAME (basic)"
api GET /application-properties; expect 200 "application-properties"
[ "$(field 'd["displayName"]')" = Bitbucket ] || fail "application-properties body"
[ "$(header X-AUSERNAME)" = alice ] || fail "X-AUSERNAME (bearer)"
api GET /users/alice; expect 200 "users/alice"
[ "$(field 'd["slug"], d["name"], d["active"]')" = "('alice', 'alice', True)" ] || fail "user body $(cat "$T/resp")"
api GET /users/bob; expect 404 "unknown user"
ok "REST auth (Bearer, Basic, bad, none), X-AUSERNAME, application-properties, users/{slug}"

# --- repository and default branch -------------------------------------------------------------
api GET /projects/PROJ/repos/widgets; expect 200 "get repo"
[ "$(field 'd["slug"], d["project"]["key"]')" = "('widgets', 'PROJ')" ] || fail "repo body"
CLONE=$(field '[c["href"] for c in d["links"]["clone"] if c["name"]=="http"][0]')
[ "$CLONE" = "$BASE/scm/proj/widgets.git" ] || fail "http clone link $CLONE"
[ -n "$(field 'd["links"]["self"][0]["href"]')" ] || fail "self link"
api GET /projects/proj/repos/widgets; expect 200 "project key case-insensitive"
api GET /projects/PROJ/repos/nope; expect 404 "missing repo"
[ "$(field 'd["errors"][0]["exceptionName"]')" = com.atlassian.bitbucket.repository.NoSuchRepositoryException ] || fail "404 body"
api GET /projects/PROJ/repos/widgets/branches/default; expect 200 "default branch"
[ "$(field 'd["id"], d["displayId"], d["latestCommit"]')" = "('refs/heads/main', 'main', '$HEAD0')" ] || fail "default branch body"
ok "GET repo (clone/self links, 404) and branches/default"

# --- git smart HTTP over /scm with the token ----------------------------------------------------
AUTHURL="http://alice:$TOKEN@127.0.0.1:$PORT/scm/proj/widgets.git"
STATUS=$(curl -sS -o /dev/null -D "$T/hdr" -w '%{http_code}' -u "alice:wrong" "$BASE/scm/proj/widgets.git/info/refs?service=git-upload-pack")
expect 401 "git wrong token"
[[ "$(header WWW-Authenticate)" == Basic* ]] || fail "git 401 challenge"
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/scm/proj/widgets.git/info/refs?service=git-upload-pack")
expect 401 "git bearer is not accepted (Basic only)"
if git clone -q "http://alice:wrong@127.0.0.1:$PORT/scm/proj/widgets.git" "$T/bad" 2>"$T/bad.err"; then fail "clone with wrong token"; fi
grep -q "Authentication failed\|401" "$T/bad.err" || fail "wrong-token clone error: $(cat "$T/bad.err")"
git clone -q "$AUTHURL" "$T/w" || fail "clone"
[ "$(git -C "$T/w" rev-parse HEAD)" = "$HEAD0" ] || fail "clone head"
git -C "$T/w" checkout -q -b feature
echo "feature" >"$T/w/feature.txt"; git -C "$T/w" add feature.txt; git -C "$T/w" commit -q -m "Add feature"
git -C "$T/w" push -q origin feature || fail "push feature"
FEAT=$(git -C "$T/w" rev-parse HEAD)
[ "$(git --git-dir="$BARE" rev-parse refs/heads/feature)" = "$FEAT" ] || fail "pushed feature not in bare repo"
ok "clone/push over /scm with Basic token; wrong token -> 401"

# stale push: main moves behind the client's back, a plain push is rejected by git
[ "$(ctl POST /_fake/advance '{"repo":"PROJ/widgets","branch":"main","path":"other.txt","content":"elsewhere\n"}')" = 200 ] || fail "advance"
ADV=$(json 'd["head"]' <"$T/ctl")
git -C "$T/w" checkout -q main
echo "mine" >"$T/w/mine.txt"; git -C "$T/w" add mine.txt; git -C "$T/w" commit -q -m "Mine"
if git -C "$T/w" push -q origin main 2>"$T/push.err"; then fail "stale push accepted"; fi
grep -q "rejected" "$T/push.err" || fail "stale push error: $(cat "$T/push.err")"
[ "$(git --git-dir="$BARE" rev-parse refs/heads/main)" = "$ADV" ] || fail "stale push moved main"
git -C "$T/w" reset -q --hard origin/main
ok "stale push rejected by git (main stays at advanced $ADV)"

# --- pull requests: create / duplicate / empty / validation --------------------------------------
PRBODY='{"title":"Add feature","description":"Adds feature.txt","fromRef":{"id":"refs/heads/feature","repository":{"slug":"widgets","project":{"key":"PROJ"}}},"toRef":{"id":"refs/heads/main","repository":{"slug":"widgets","project":{"key":"PROJ"}}}}'
api POST /projects/PROJ/repos/widgets/pull-requests "$PRBODY"; expect 201 "create PR"
PR=$(field 'd["id"]')
[ "$(field 'd["version"], d["state"], d["open"], d["closed"], d["fromRef"]["latestCommit"], d["toRef"]["displayId"]')" = "(0, 'OPEN', True, False, '$FEAT', 'main')" ] \
  || fail "PR body $(cat "$T/resp")"
[ -n "$(field 'd["links"]["self"][0]["href"]')" ] || fail "PR self link"
api POST /projects/PROJ/repos/widgets/pull-requests "$PRBODY"; expect 409 "duplicate PR"
[ "$(field 'd["errors"][0]["exceptionName"], d["errors"][0]["existingPullRequest"]["id"]')" = "('com.atlassian.bitbucket.pull.DuplicatePullRequestException', $PR)" ] \
  || fail "duplicate body $(cat "$T/resp")"
git -C "$T/w" push -q origin main:refs/heads/same || fail "push same"
api POST /projects/PROJ/repos/widgets/pull-requests '{"title":"Nothing","fromRef":{"id":"refs/heads/same"},"toRef":{"id":"refs/heads/main"}}'
expect 409 "empty PR"
[ "$(field 'd["errors"][0]["exceptionName"]')" = com.atlassian.bitbucket.pull.EmptyPullRequestException ] || fail "empty body $(cat "$T/resp")"
api POST /projects/PROJ/repos/widgets/pull-requests '{"title":"x","fromRef":{"id":"refs/heads/nope"},"toRef":{"id":"refs/heads/main"}}'
expect 404 "missing source branch"
api POST /projects/PROJ/repos/widgets/pull-requests '{"title":"x","fromRef":{"id":"refs/heads/feature"},"toRef":{"id":"refs/heads/main"},"bogus":1}'
expect 400 "unknown key"
[ "$(field 'd["errors"][0]["context"]')" = bogus ] || fail "unknown-key context"
api POST /projects/PROJ/repos/widgets/pull-requests '{"title":7,"fromRef":{"id":"refs/heads/feature"},"toRef":{"id":"refs/heads/main"}}'
expect 400 "wrong type"
api POST /projects/PROJ/repos/widgets/pull-requests '{"fromRef":{"id":"refs/heads/feature"},"toRef":{"id":"refs/heads/main"}}'
expect 400 "missing title"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain' \
  --data-binary "$PRBODY" "$API/projects/PROJ/repos/widgets/pull-requests"); expect 415 "wrong content type"
api POST /projects/PROJ/repos/widgets/pull-requests '{"title":'; expect 400 "bad JSON"
ok "PR #$PR created; duplicate -> 409 DuplicatePullRequestException; empty -> 409; validation -> 400/404/415"

# --- get / list / paging ----------------------------------------------------------------------------
api GET /projects/PROJ/repos/widgets/pull-requests/$PR; expect 200 "get PR"
api GET /projects/PROJ/repos/widgets/pull-requests/999; expect 404 "missing PR"
api GET "/projects/PROJ/repos/widgets/pull-requests?direction=OUTGOING&at=refs/heads/feature&state=OPEN"; expect 200 "list outgoing"
[ "$(field 'd["size"], d["isLastPage"], [v["id"] for v in d["values"]]')" = "(1, True, [$PR])" ] || fail "list outgoing $(cat "$T/resp")"
api GET "/projects/PROJ/repos/widgets/pull-requests?direction=OUTGOING&at=refs/heads/main"; expect 200 "list outgoing main"
[ "$(field 'd["size"]')" = 0 ] || fail "no PR from main"
api GET "/projects/PROJ/repos/widgets/pull-requests?direction=INCOMING&at=refs/heads/main"; expect 200 "list incoming main"
[ "$(field 'd["size"]')" = 1 ] || fail "one PR into main"
api GET "/projects/PROJ/repos/widgets/pull-requests?state=BOGUS"; expect 400 "bad state"
for b in b1 b2; do
  git -C "$T/w" checkout -q -b "$b" main; echo "$b" >"$T/w/$b.txt"; git -C "$T/w" add "$b.txt"; git -C "$T/w" commit -q -m "$b"
  git -C "$T/w" push -q origin "$b"
  api POST /projects/PROJ/repos/widgets/pull-requests "{\"title\":\"$b\",\"fromRef\":{\"id\":\"refs/heads/$b\"},\"toRef\":{\"id\":\"refs/heads/main\"}}"
  expect 201 "create $b"
done
SEEN=(); START_AT=0
while :; do
  api GET "/projects/PROJ/repos/widgets/pull-requests?state=ALL&limit=2&start=$START_AT"; expect 200 "page at $START_AT"
  while read -r id; do SEEN+=("$id"); done < <(field '"\n".join(str(v["id"]) for v in d["values"])')
  [ "$(field 'd["isLastPage"]')" = True ] && break
  START_AT=$(field 'd["nextPageStart"]')
done
[ "${SEEN[*]}" = "3 2 1" ] || fail "paging (NEWEST first) saw: ${SEEN[*]}"
ok "GET PR (+404), list OUTGOING/INCOMING by at=, paging limit/start/nextPageStart"

# --- update with version -------------------------------------------------------------------------------
api PUT /projects/PROJ/repos/widgets/pull-requests/$PR '{"version":0,"title":"Add feature v2","description":"new body"}'
expect 200 "update PR"
[ "$(field 'd["version"], d["title"], d["description"]')" = "(1, 'Add feature v2', 'new body')" ] || fail "update body $(cat "$T/resp")"
api PUT /projects/PROJ/repos/widgets/pull-requests/$PR '{"version":0,"title":"stale"}'; expect 409 "stale version"
[ "$(field 'd["errors"][0]["exceptionName"], d["errors"][0]["currentVersion"], d["errors"][0]["expectedVersion"]')" = "('com.atlassian.bitbucket.pull.PullRequestOutOfDateException', 1, 0)" ] \
  || fail "stale body $(cat "$T/resp")"
api PUT /projects/PROJ/repos/widgets/pull-requests/$PR '{"title":"no version"}'; expect 409 "missing version (-1)"
api PUT /projects/PROJ/repos/widgets/pull-requests/$PR '{"version":1,"nope":true}'; expect 400 "update unknown key"
api GET /projects/PROJ/repos/widgets/pull-requests/$PR; expect 200 "get after update"
[ "$(field 'd["version"], d["title"]')" = "(1, 'Add feature v2')" ] || fail "stale update changed the PR"
ok "PUT PR: version 0 -> 1; stale/missing version -> 409 PullRequestOutOfDateException"

# --- merge / decline via control ------------------------------------------------------------------
[ "$(ctl POST /_fake/merge "{\"repo\":\"PROJ/widgets\",\"number\":$PR}")" = 200 ] || fail "merge: $(cat "$T/ctl")"
MERGE=$(json 'd["mergeCommit"]' <"$T/ctl")
[ "$(git --git-dir="$BARE" rev-parse refs/heads/main)" = "$MERGE" ] || fail "main is not the merge commit"
[ "$(git --git-dir="$BARE" rev-list --parents -n1 "$MERGE")" = "$MERGE $ADV $FEAT" ] || fail "merge parents"
git --git-dir="$BARE" cat-file -e "$MERGE:feature.txt" && git --git-dir="$BARE" cat-file -e "$MERGE:other.txt" || fail "merge tree"
api GET /projects/PROJ/repos/widgets/pull-requests/$PR; expect 200 "get merged"
[ "$(field 'd["state"], d["open"], d["closed"], d["version"]')" = "('MERGED', False, True, 2)" ] || fail "merged body $(cat "$T/resp")"
[ "$(ctl POST /_fake/merge "{\"repo\":\"PROJ/widgets\",\"number\":$PR}")" = 409 ] || fail "second merge"
api GET "/projects/PROJ/repos/widgets/pull-requests?direction=OUTGOING&at=refs/heads/feature&state=MERGED"; expect 200 "list merged"
[ "$(field '[v["id"] for v in d["values"]]')" = "[$PR]" ] || fail "list merged"
api PUT /projects/PROJ/repos/widgets/pull-requests/$PR '{"version":2,"title":"late"}'; expect 409 "update merged PR"
api POST /projects/PROJ/repos/widgets/pull-requests "$PRBODY"; expect 409 "feature now merged -> empty"
[ "$(ctl POST /_fake/close '{"repo":"PROJ/widgets","number":2}')" = 200 ] || fail "close"
api GET "/projects/PROJ/repos/widgets/pull-requests?state=DECLINED"; expect 200 "list declined"
[ "$(field '[v["id"] for v in d["values"]], d["values"][0]["state"]')" = "([2], 'DECLINED')" ] || fail "declined"
git -C "$T/w" fetch -q origin && [ "$(git -C "$T/w" rev-parse origin/main)" = "$MERGE" ] || fail "fetch merge"
ok "control merge: real two-parent merge $MERGE, PR MERGED (version 2); control close -> DECLINED"

# --- faults and the request log -----------------------------------------------------------------------
[ "$(ctl POST /_fake/faults '{"method":"GET","path":"/pull-requests/3$","status":503,"retry_after":"2"}')" = 201 ] || fail "fault"
api GET /projects/PROJ/repos/widgets/pull-requests/3; expect 503 "fault"
[ "$(header Retry-After)" = 2 ] || fail "Retry-After"
api GET /projects/PROJ/repos/widgets/pull-requests/3; expect 200 "fault used up"
[ "$(ctl GET /_fake/requests)" = 200 ] || fail "requests"
python3 - "$T/ctl" <<'EOF' || fail "request log"
import json, sys
r = json.load(open(sys.argv[1]))
assert r and all(not x["path"].startswith("/_fake") for x in r)
posts = [x for x in r if x["method"] == "POST" and x["path"].endswith("/pull-requests")]
assert posts[0]["body"]["fromRef"]["id"] == "refs/heads/feature", posts[0]
assert posts[0]["headers"]["authorization"].startswith("Bearer ") and posts[0]["auth"] == "bearer"
assert any(x["path"].startswith("/scm/") and x["auth"] == "basic" for x in r)
assert all(k == k.lower() for x in r for k in x["headers"])
EOF
ok "faults (503 + Retry-After), request log (lowercased headers, parsed bodies, auth kind)"

# --- stdin EOF stops the fake ---------------------------------------------------------------------------
exec 7>&-
for _ in $(seq 1 100); do kill -0 "$FAKE_PID" 2>/dev/null || break; sleep 0.05; done
kill -0 "$FAKE_PID" 2>/dev/null && fail "fake still running after stdin EOF"
FAKE_PID=""
[ "$(wc -l <"$T/fake.out")" = 1 ] || fail "extra stdout"
ok "stdin EOF stops the fake"
echo "selftest_bitbucket: OK ($(elapsed)s)"
