#!/usr/bin/env bash
# Self-test of tests/fakes/gitlab_api.py: starts the fake, drives it with curl, checks the
# results with real git. Needs bash, python3, curl, git. Prints "selftest_gitlab: OK" at the end.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
TOKEN="glpat-selftest"
FAKE_PID=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [[ -n "$FAKE_PID" ]]; then kill "$FAKE_PID" 2>/dev/null || true; wait "$FAKE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "selftest_gitlab: FAIL: $*" >&2; exit 1; }
# jget FILE EXPR  -> prints python expression evaluated on the JSON in FILE as j
jget() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); v=eval(sys.argv[2]); print(v if not isinstance(v,(dict,list,bool)) and v is not None else json.dumps(v))' "$1" "$2"; }

# Start the fake with its stdin on a fifo we hold open (EOF on stdin stops it).
mkfifo "$WORK/stdin"
python3 "$HERE/gitlab_api.py" --root "$WORK/repos" --token "$TOKEN" --user selftester <"$WORK/stdin" >"$WORK/stdout" 2>"$WORK/stderr" &
FAKE_PID=$!
exec 3>"$WORK/stdin"
for _ in $(seq 1 100); do
  [[ -s "$WORK/stdout" ]] && break
  sleep 0.05
done
read -r READY PORT <"$WORK/stdout" || fail "no READY line"
[[ "$READY" == "READY" && "$PORT" =~ ^[0-9]+$ ]] || fail "bad READY line"
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/v4"

# api METHOD PATH [JSON] -> body in $WORK/out, headers in $WORK/hdr, status echoed
api() {
  local method="$1" path="$2" data="${3:-}"
  local args=(-sS -o "$WORK/out" -D "$WORK/hdr" -w '%{http_code}' -X "$method" -H "PRIVATE-TOKEN: $TOKEN")
  [[ -n "$data" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
  curl "${args[@]}" "$API$path"
}
ctl() { curl -sS -o "$WORK/out" -w '%{http_code}' -X "$1" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$BASE$2"; }
expect() { [[ "$1" == "$2" ]] || fail "$3: expected $2, got $1: $(cat "$WORK/out")"; }
header() { grep -i "^$1:" "$WORK/hdr" | head -1 | cut -d' ' -f2- | tr -d '\r'; }

# --- setup: a repository with a few files, one executable
st=$(ctl POST /_fake/repos '{"repo":"grp/sub/proj","default_branch":"main","files":{"README.md":"hello\n","keep.txt":"keep\n","old.txt":"old\n","tool.sh":"#!/bin/sh\n","docs/a.md":"a\n"},"executable":["tool.sh"]}')
expect "$st" 201 "create repo"
BARE=$(jget "$WORK/out" 'j["path"]'); HEAD0=$(jget "$WORK/out" 'j["head"]'); PID=$(jget "$WORK/out" 'j["id"]')
[[ -f "$BARE/HEAD" ]] || fail "no bare repo at $BARE"
PROJ="grp%2Fsub%2Fproj"

# --- auth
st=$(curl -sS -o "$WORK/out" -w '%{http_code}' -H 'PRIVATE-TOKEN: wrong' "$API/user"); expect "$st" 401 "bad token"
[[ "$(jget "$WORK/out" 'j["message"]')" == "401 Unauthorized" ]] || fail "401 body"
st=$(curl -sS -o "$WORK/out" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API/user"); expect "$st" 200 "bearer"
[[ "$(jget "$WORK/out" 'j["username"]')" == "selftester" ]] || fail "user"
st=$(api GET /personal_access_tokens/self); expect "$st" 200 "pat self"
[[ "$(jget "$WORK/out" 'j["scopes"]')" == '["api"]' && "$(jget "$WORK/out" 'j["active"]')" == "true" ]] || fail "pat body"
[[ -n "$(header RateLimit-Remaining)" && -n "$(header RateLimit-Limit)" && -n "$(header RateLimit-Reset)" ]] || fail "rate headers"

# --- project by path and by id
st=$(api GET "/projects/$PROJ"); expect "$st" 200 "project by path"
[[ "$(jget "$WORK/out" 'j["id"]')" == "$PID" && "$(jget "$WORK/out" 'j["default_branch"]')" == "main" ]] || fail "project"
[[ "$(jget "$WORK/out" 'j["permissions"]["project_access"]["access_level"]')" == "40" ]] || fail "access level"
st=$(api GET "/projects/$PID"); expect "$st" 200 "project by id"
st=$(api GET "/projects/nope%2Fnope"); expect "$st" 404 "missing project"

# --- branch
st=$(api GET "/projects/$PROJ/repository/branches/main"); expect "$st" 200 "branch"
[[ "$(jget "$WORK/out" 'j["commit"]["id"]')" == "$HEAD0" ]] || fail "branch head"
st=$(api GET "/projects/$PROJ/repository/branches/nope"); expect "$st" 404 "missing branch"
[[ "$(jget "$WORK/out" 'j["message"]')" == "404 Branch Not Found" ]] || fail "404 branch body"

# --- atomic commit: create (+x, base64), create text, update, delete, chmod
LAST_OLD=$(curl -sS -H "PRIVATE-TOKEN: $TOKEN" "$API/projects/$PROJ/repository/files/old.txt?ref=main" | python3 -c 'import json,sys; print(json.load(sys.stdin)["last_commit_id"])')
B64=$(printf '#!/bin/sh\necho new\n' | base64 | tr -d '\n')
BODY=$(cat <<EOF
{"branch":"main","commit_message":"Atomic change\n\nbody line","author_name":"A U Thor","author_email":"a@example.com",
 "actions":[
  {"action":"create","file_path":"bin/new.sh","content":"$B64","encoding":"base64","execute_filemode":true},
  {"action":"create","file_path":"notes/n.txt","content":"note\n"},
  {"action":"update","file_path":"README.md","content":"hello world\n","last_commit_id":"$HEAD0"},
  {"action":"delete","file_path":"old.txt","last_commit_id":"$LAST_OLD"},
  {"action":"chmod","file_path":"tool.sh","execute_filemode":false}
 ]}
EOF
)
st=$(api POST "/projects/$PROJ/repository/commits" "$BODY"); expect "$st" 201 "atomic commit"
C1=$(jget "$WORK/out" 'j["id"]')
[[ "$(jget "$WORK/out" 'j["parent_ids"]')" == "[\"$HEAD0\"]" ]] || fail "parent ids"
[[ "$(jget "$WORK/out" 'j["title"]')" == "Atomic change" ]] || fail "title"

git clone -q "$BARE" "$WORK/clone"
cd "$WORK/clone"
[[ "$(git rev-parse HEAD)" == "$C1" ]] || fail "clone head"
[[ "$(git log -1 --format=%B)" == $'Atomic change\n\nbody line' ]] || fail "message: $(git log -1 --format=%B)"
[[ "$(git log -1 --format='%an <%ae>')" == "A U Thor <a@example.com>" ]] || fail "author"
[[ "$(git ls-tree HEAD bin/new.sh | cut -d' ' -f1)" == "100755" ]] || fail "new.sh mode"
[[ "$(git ls-tree HEAD notes/n.txt | cut -d' ' -f1)" == "100644" ]] || fail "n.txt mode"
[[ "$(git ls-tree HEAD tool.sh | cut -d' ' -f1)" == "100644" ]] || fail "chmod"
[[ "$(cat bin/new.sh)" == $'#!/bin/sh\necho new' ]] || fail "base64 content"
[[ "$(cat README.md)" == "hello world" ]] || fail "update content"
[[ ! -e old.txt ]] || fail "delete"
[[ "$(git ls-tree -r --name-only HEAD | sort | tr '\n' ' ')" == "README.md bin/new.sh docs/a.md keep.txt notes/n.txt tool.sh " ]] || fail "tree: $(git ls-tree -r --name-only HEAD)"
cd "$WORK"

# --- failures are atomic (nothing changes) and carry GitLab's messages
HEAD_BEFORE=$(git --git-dir="$BARE" rev-parse refs/heads/main)
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"main","commit_message":"x","actions":[{"action":"create","file_path":"z.txt","content":"z"},{"action":"create","file_path":"keep.txt","content":"dup"}]}')
expect "$st" 400 "create existing"
[[ "$(jget "$WORK/out" 'j["message"]')" == "A file with this name already exists" ]] || fail "create-existing message"
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"main","commit_message":"x","actions":[{"action":"update","file_path":"missing.txt","content":"z"}]}')
expect "$st" 400 "update missing"
[[ "$(jget "$WORK/out" 'j["message"]')" == "A file with this name doesn't exist" ]] || fail "update-missing message"
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"main","commit_message":"x","actions":[{"action":"chmod","file_path":"missing.txt","execute_filemode":true}]}')
expect "$st" 400 "chmod missing"
[[ "$(git --git-dir="$BARE" rev-parse refs/heads/main)" == "$HEAD_BEFORE" ]] || fail "failed commit moved the branch"
ls "$WORK/repos/grp/sub/proj.git/objects" >/dev/null
git --git-dir="$BARE" cat-file -e "$HEAD_BEFORE:z.txt" 2>/dev/null && fail "z.txt leaked"

# --- stale: the file moved behind the client's back (last_commit_id no longer matches)
st=$(ctl POST /_fake/advance '{"repo":"grp/sub/proj","branch":"main","path":"keep.txt","content":"changed elsewhere\n"}'); expect "$st" 200 "advance"
ADV=$(jget "$WORK/out" 'j["head"]')
st=$(api POST "/projects/$PROJ/repository/commits" "{\"branch\":\"main\",\"commit_message\":\"stale\",\"actions\":[{\"action\":\"update\",\"file_path\":\"keep.txt\",\"content\":\"mine\",\"last_commit_id\":\"$HEAD0\"}]}")
expect "$st" 400 "stale update"
[[ "$(jget "$WORK/out" 'j["message"]')" == "The file has changed since you started editing it: keep.txt" ]] || fail "stale message: $(cat "$WORK/out")"
[[ "$(git --git-dir="$BARE" rev-parse refs/heads/main)" == "$ADV" ]] || fail "stale commit moved branch"
# start_sha on an existing branch without force is refused
st=$(api POST "/projects/$PROJ/repository/commits" "{\"branch\":\"main\",\"start_sha\":\"$C1\",\"commit_message\":\"x\",\"actions\":[]}")
expect "$st" 400 "start_sha on existing branch"
# fault with advance: the head moves just before the request is handled
st=$(ctl POST /_fake/faults '{"method":"POST","path":"repository/commits$","advance":{"repo":"grp/sub/proj","branch":"main","path":"keep.txt","content":"again\n"},"times":1}'); expect "$st" 201 "fault"
st=$(api POST "/projects/$PROJ/repository/commits" "{\"branch\":\"main\",\"commit_message\":\"stale2\",\"actions\":[{\"action\":\"delete\",\"file_path\":\"keep.txt\",\"last_commit_id\":\"$ADV\"}]}")
expect "$st" 400 "advance fault makes it stale"
# plain fault with Retry-After
st=$(ctl POST /_fake/faults '{"method":"GET","path":"/user$","status":429,"retry_after":7,"times":1}'); expect "$st" 201 "fault 429"
st=$(api GET /user); expect "$st" 429 "429 fault"
[[ "$(header Retry-After)" == "7" ]] || fail "Retry-After"
st=$(api GET /user); expect "$st" 200 "fault used up"
# strict validation
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"main","commit_message":"x","actions":[],"bogus":1}'); expect "$st" 400 "unknown field"
[[ "$(jget "$WORK/out" 'j["error"]')" == "bogus is invalid" ]] || fail "unknown-field message"
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"main","commit_message":"x","actions":[{"action":"update","file_path":"a","content":"x","execute_filemode":"yes"}]}'); expect "$st" 400 "wrong type"

# --- new branch with start_branch, then MR create / duplicate / merge
st=$(api POST "/projects/$PROJ/repository/commits" '{"branch":"feature","start_branch":"main","commit_message":"Feature","actions":[{"action":"create","file_path":"feature.txt","content":"f\n"}]}')
expect "$st" 201 "commit to new branch"
FEAT=$(jget "$WORK/out" 'j["id"]')
st=$(api POST "/projects/$PROJ/merge_requests" '{"source_branch":"feature","target_branch":"main","title":"Add feature","description":"d","remove_source_branch":true}')
expect "$st" 201 "MR create"
IID=$(jget "$WORK/out" 'j["iid"]')
[[ "$(jget "$WORK/out" 'j["state"]')" == "opened" && "$(jget "$WORK/out" 'j["sha"]')" == "$FEAT" ]] || fail "MR body"
st=$(api POST "/projects/$PROJ/merge_requests" '{"source_branch":"feature","target_branch":"main","title":"Again"}')
expect "$st" 409 "MR duplicate"
[[ "$(jget "$WORK/out" 'j["message"][0]')" == "Another open merge request already exists for this source branch: !$IID" ]] || fail "409 body"
st=$(api GET "/projects/$PROJ/merge_requests?state=opened&source_branch=feature&target_branch=main"); expect "$st" 200 "MR list"
[[ "$(jget "$WORK/out" 'len(j)')" == "1" ]] || fail "MR list length"
st=$(api PUT "/projects/$PROJ/merge_requests/$IID" '{"title":"Add feature v2"}'); expect "$st" 200 "MR update"
[[ "$(jget "$WORK/out" 'j["title"]')" == "Add feature v2" ]] || fail "MR title"
st=$(ctl POST /_fake/merge "{\"repo\":\"grp/sub/proj\",\"iid\":$IID}"); expect "$st" 200 "merge"
st=$(api GET "/projects/$PROJ/merge_requests/$IID"); expect "$st" 200 "MR get"
[[ "$(jget "$WORK/out" 'j["state"]')" == "merged" ]] || fail "MR state"
MERGE=$(jget "$WORK/out" 'j["merge_commit_sha"]')
[[ "$(git --git-dir="$BARE" rev-parse refs/heads/main)" == "$MERGE" ]] || fail "main is not the merge"
[[ "$(git --git-dir="$BARE" rev-list --parents -n1 "$MERGE" | wc -w)" == "3" ]] || fail "not a two-parent merge"
git --git-dir="$BARE" cat-file -e "$MERGE:feature.txt" || fail "merge lacks feature.txt"
git --git-dir="$BARE" rev-parse --verify -q refs/heads/feature >/dev/null && fail "source branch not removed"

# --- tree pagination (7 entries recursively at this point: 3 trees + ... ; use per_page=2)
st=$(api GET "/projects/$PROJ/repository/tree?ref=main&recursive=true&per_page=2&page=1"); expect "$st" 200 "tree p1"
TOTAL=$(header X-Total); PAGES=$(header X-Total-Pages)
[[ "$(header X-Page)" == "1" && "$(header X-Per-Page)" == "2" && "$(header X-Next-Page)" == "2" ]] || fail "tree headers"
ALL=()
page=1
while :; do
  st=$(api GET "/projects/$PROJ/repository/tree?ref=main&recursive=true&per_page=2&page=$page"); expect "$st" 200 "tree page $page"
  while IFS= read -r line; do ALL+=("$line"); done < <(python3 -c 'import json,sys; [print(i["type"], i["mode"], i["path"]) for i in json.load(open(sys.argv[1]))]' "$WORK/out")
  next=$(header X-Next-Page)
  [[ -z "$next" ]] && break
  page=$next
done
[[ "${#ALL[@]}" == "$TOTAL" && "$page" == "$PAGES" ]] || fail "tree pagination: ${#ALL[@]} vs $TOTAL, $page vs $PAGES"
EXPECTED=$(git --git-dir="$BARE" ls-tree -r -t main | awk '{print $2, $1, $4}' | sort)
[[ "$(printf '%s\n' "${ALL[@]}" | sort)" == "$EXPECTED" ]] || fail "tree content differs"
st=$(api GET "/projects/$PROJ/repository/tree?ref=main&path=nope"); expect "$st" 404 "tree missing path"

# --- raw file and blob
st=$(api GET "/projects/$PROJ/repository/files/bin%2Fnew.sh/raw?ref=main"); expect "$st" 200 "raw file"
[[ "$(cat "$WORK/out")" == $'#!/bin/sh\necho new' ]] || fail "raw content"
BLOB=$(header X-Gitlab-Blob-Id)
st=$(api GET "/projects/$PROJ/repository/blobs/$BLOB/raw"); expect "$st" 200 "blob raw"
st=$(api GET "/projects/$PROJ/repository/files/nope.txt/raw?ref=main"); expect "$st" 404 "raw missing"
st=$(api GET "/projects/$PROJ/repository/commits/$C1"); expect "$st" 200 "commit get"
[[ "$(jget "$WORK/out" 'j["title"]')" == "Atomic change" ]] || fail "commit get title"
st=$(api GET "/projects/$PROJ/repository/commits?ref_name=main&per_page=2"); expect "$st" 200 "commit list"
[[ "$(jget "$WORK/out" 'j[0]["id"]')" == "$MERGE" && "$(header X-Next-Page)" == "2" ]] || fail "commit list"

# --- request log
st=$(ctl GET /_fake/requests); expect "$st" 200 "requests"
python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
assert all(not x["path"].startswith("/_fake") for x in r)
c=[x for x in r if x["method"]=="POST" and x["path"].endswith("/repository/commits")]
assert c and c[0]["body"]["branch"]=="main" and c[0]["headers"]["private-token"], c[0]
' "$WORK/out" || fail "request log"

# --- stdin EOF stops the fake
exec 3>&-
for _ in $(seq 1 100); do kill -0 "$FAKE_PID" 2>/dev/null || break; sleep 0.05; done
kill -0 "$FAKE_PID" 2>/dev/null && fail "fake still running after stdin EOF"
FAKE_PID=""
[[ "$(wc -l <"$WORK/stdout")" == "1" ]] || fail "extra stdout"
echo "selftest_gitlab: OK"
