#!/usr/bin/env bash
# Self-test for tests/fakes/gitea_api.py and tests/fakes/azure_api.py.
# Needs: bash, python3 (3.11), git (>= 2.38), curl.  Exits non-zero on the first failure.
#   bash tests/fakes/selftest_more.sh      (KEEP=1 keeps the temp dir, VERBOSE=1 for fake logs)
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T="$(mktemp -d "${TMPDIR:-/tmp}/rulebook-fakes-more.XXXXXX")"
TOKEN="tok-$RANDOM$RANDOM"
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

# start_fake NAME FD ROOT EXTRA-ARGS... -> sets PORT; stdin is a fifo held open on fd FD
start_fake() {
  local name=$1 fd=$2 root=$3; shift 3
  mkfifo "$T/$name.in"
  local v=(); [ -n "${VERBOSE:-}" ] && v=(--verbose)
  python3 "$HERE/$name.py" --root "$root" --token "$TOKEN" "${v[@]}" "$@" \
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
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); v=eval(sys.argv[1]); print(json.dumps(v) if isinstance(v,(dict,list)) else v)' "$1"; }
field() { json "$1" <"$T/resp"; }
header() { grep -i "^$1:" "$T/hdr" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }
expect() { [ "$STATUS" = "$1" ] || fail "$2: expected HTTP $1, got $STATUS: $(head -c 600 "$T/resp")"; }
ctl() { curl -sS -f -X "$1" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$2"; }
b64() { printf '%s' "$1" | base64 | tr -d '\n'; }

# gt METHOD PATH [BODY]   (Gitea API, token auth)
gt() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -X "$method" -H "Authorization: token $TOKEN"
              -H "Accept: application/json")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" "$GAPI$path")
}
# az METHOD PATH [BODY]   (Azure API, Basic ":" + PAT; PATH gets api-version appended unless NOVER=1)
az() {
  local method=$1 path=$2 body=${3:-}
  local sep='?'; [[ "$path" == *\?* ]] && sep='&'
  [ -z "${NOVER:-}" ] && path="$path${sep}api-version=7.0"
  local args=(-sS -o "$T/resp" -D "$T/hdr" -w '%{http_code}' -X "$method" -u ":$TOKEN")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" "$AREPO$path")
}

# =============================================================================================
# Gitea
# =============================================================================================
start_fake gitea_api 7 "$T/gitea" --user alice --latency-ms 5
G="http://127.0.0.1:$PORT"; GAPI="$G/api/v1"
R=$(ctl POST "$G/_fake/repos" '{"repo":"acme/widgets","default_branch":"main","files":{"README.md":"hello\n","old.txt":"bye\n","keep.txt":"keep\n","dir/a.txt":"a\n","tools/build.sh":"#!/bin/sh\necho build\n"},"executable":["tools/build.sh"]}')
GBARE=$(echo "$R" | json 'd["path"]'); G0=$(echo "$R" | json 'd["head"]')
ok "gitea: READY, repo created"

# --- auth
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -H "Authorization: token wrong" "$GAPI/user"); expect 401 "gitea bad token"
[ "$(field 'd["message"]')" = "token is required" ] || fail "gitea 401 body $(cat "$T/resp")"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' "$GAPI/user"); expect 401 "gitea no token"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$GAPI/user"); expect 200 "gitea bearer"
gt GET /user; expect 200 "gitea token"; [ "$(field 'd["login"]')" = alice ] || fail "login"
gt GET /repos/acme/widgets; expect 200 "repo"
[ "$(field '(d["default_branch"], d["full_name"], d["permissions"]["push"], d["clone_url"])')" = "('main', 'acme/widgets', True, '$G/acme/widgets.git')" ] || fail "repo json $(cat "$T/resp")"
gt GET /repos/acme/widgets/branches/main; expect 200 "branch"
[ "$(field 'd["commit"]["id"]')" = "$G0" ] || fail "branch head"
gt GET /repos/acme/widgets/branches/nope; expect 404 "missing branch"
gt GET /repos/acme/nope; expect 404 "missing repo"
ok "gitea: auth (token/Bearer/401), repo, branch"

# --- atomic multi-file commit: create, update (keeps 100755), update, delete
sha_of() { git --git-dir="$GBARE" rev-parse "main:$1"; }
BODY=$(cat <<EOF
{"branch":"main","message":"Atomic change\n\nbody line","author":{"name":"A U Thor","email":"a@example.com"},
 "files":[
  {"operation":"create","path":"new/n.txt","content":"$(b64 $'note\n')"},
  {"operation":"update","path":"tools/build.sh","content":"$(b64 $'#!/bin/sh\necho v2\n')","sha":"$(sha_of tools/build.sh)"},
  {"operation":"update","path":"README.md","content":"$(b64 $'hello world\n')","sha":"$(sha_of README.md)"},
  {"operation":"delete","path":"old.txt","sha":"$(sha_of old.txt)"}]}
EOF
)
gt POST /repos/acme/widgets/contents "$BODY"; expect 201 "change files"
GC1=$(field 'd["commit"]["sha"]')
[ "$(field '[d["files"][0]["path"], d["files"][3], d["commit"]["parents"][0]["sha"]]')" = "[\"new/n.txt\", null, \"$G0\"]" ] || fail "files response $(cat "$T/resp")"
git clone -q "http://anyone:$TOKEN@127.0.0.1:$PORT/acme/widgets.git" "$T/gclone" || fail "clone over gitea smart http"
cd "$T/gclone"
[ "$(git rev-parse HEAD)" = "$GC1" ] || fail "clone head"
[ "$(git log -1 --format=%B)" = $'Atomic change\n\nbody line' ] || fail "message: $(git log -1 --format=%B)"
[ "$(git log -1 --format='%an <%ae>|%cn <%ce>')" = "A U Thor <a@example.com>|A U Thor <a@example.com>" ] || fail "author/committer"
[ "$(git ls-tree HEAD new/n.txt | cut -d' ' -f1)" = 100644 ] || fail "new file mode"
[ "$(git ls-tree HEAD tools/build.sh | cut -d' ' -f1)" = 100755 ] || fail "update lost the executable bit"
[ "$(git ls-tree HEAD README.md | cut -d' ' -f1)" = 100644 ] || fail "README mode"
[ "$(cat README.md)" = "hello world" ] && [ "$(cat new/n.txt)" = note ] || fail "contents"
[ "$(git ls-tree -r --name-only HEAD | tr '\n' ' ')" = "README.md dir/a.txt keep.txt new/n.txt tools/build.sh " ] || fail "tree: $(git ls-tree -r --name-only HEAD)"
cd "$T"
ok "gitea: atomic create/update/delete, clone over HTTP, message, modes"

# --- refusals leave the branch alone
KEEP_SHA=$(sha_of keep.txt)
gt POST /repos/acme/widgets/contents "{\"files\":[{\"operation\":\"create\",\"path\":\"z.txt\",\"content\":\"eg==\"},{\"operation\":\"create\",\"path\":\"keep.txt\",\"content\":\"eg==\"}]}"
expect 422 "create existing"; [ "$(field 'd["message"]')" = "repository file already exists [path: keep.txt]" ] || fail "exists msg"
gt POST /repos/acme/widgets/contents '{"files":[{"operation":"update","path":"missing.txt","content":"eg==","sha":"'"$KEEP_SHA"'"}]}'; expect 404 "update missing"
gt POST /repos/acme/widgets/contents '{"files":[{"operation":"delete","path":"missing.txt","sha":"'"$KEEP_SHA"'"}]}'; expect 404 "delete missing"
gt POST /repos/acme/widgets/contents '{"files":[{"operation":"update","path":"keep.txt","content":"eg=="}]}'; expect 422 "update without sha"
gt POST /repos/acme/widgets/contents '{"files":[{"operation":"update","path":"keep.txt","content":"eg==","sha":"'"$KEEP_SHA"'","mode":"100755"}]}'
expect 422 "unknown field"; [[ "$(field 'd["message"]')" == "[Files[0].Mode]: "* ]] || fail "unknown field msg $(cat "$T/resp")"
ctl POST "$G/_fake/advance" '{"repo":"acme/widgets","branch":"main","path":"keep.txt","content":"changed elsewhere\n"}' >/dev/null
GADV=$(git --git-dir="$GBARE" rev-parse main)
gt POST /repos/acme/widgets/contents '{"files":[{"operation":"update","path":"keep.txt","content":"eg==","sha":"'"$KEEP_SHA"'"}]}'
expect 422 "stale sha"; [[ "$(field 'd["message"]')" == "sha does not match [given: $KEEP_SHA, expected: "* ]] || fail "stale msg $(cat "$T/resp")"
[ "$(git --git-dir="$GBARE" rev-parse main)" = "$GADV" ] || fail "a refused change moved main"
git --git-dir="$GBARE" cat-file -e "main:z.txt" 2>/dev/null && fail "z.txt leaked"
ok "gitea: exists/missing/no-sha/unknown-field/stale sha refused, nothing committed"

# --- git data: commit, tree pagination, blob
gt GET "/repos/acme/widgets/git/commits/$GC1"; expect 200 "git commit"
[ "$(field '(d["commit"]["tree"]["sha"], d["parents"][0]["sha"])')" = "('$(git --git-dir="$GBARE" rev-parse "$GC1^{tree}")', '$G0')" ] || fail "commit json"
ALL=(); page=1
while :; do
  gt GET "/repos/acme/widgets/git/trees/$GADV?recursive=true&per_page=2&page=$page"; expect 200 "tree page $page"
  while IFS= read -r line; do ALL+=("$line"); done < <(field '"\n".join("%s %s %s\t%s" % (e["mode"], e["type"], e["sha"], e["path"]) for e in d["tree"])')
  [ "$(field 'd["truncated"]')" = True ] || break
  page=$((page + 1))
done
[ "$(field 'd["total_count"]')" = "${#ALL[@]}" ] || fail "total_count"
[ "$(printf '%s\n' "${ALL[@]}")" = "$(git --git-dir="$GBARE" ls-tree -r -t "$GADV")" ] || fail "paginated tree differs"
gt GET "/repos/acme/widgets/git/blobs/$(git --git-dir="$GBARE" rev-parse main:tools/build.sh)"; expect 200 "blob"
[ "$(field 'd["content"]')" = "$(b64 $'#!/bin/sh\necho v2\n')" ] || fail "blob content"
ok "gitea: git commit, tree pagination (per_page=2, $page pages), blob"

# --- new_branch, then an executable file pushed over smart HTTP
gt POST /repos/acme/widgets/contents '{"branch":"main","new_branch":"feature","message":"Feature","files":[{"operation":"create","path":"feature.txt","content":"Zgo="}]}'
expect 201 "new_branch"; GFEAT=$(field 'd["commit"]["sha"]')
[ "$(git --git-dir="$GBARE" rev-parse feature)" = "$GFEAT" ] && [ "$(git --git-dir="$GBARE" rev-parse "$GFEAT^")" = "$GADV" ] || fail "feature branch"
gt POST /repos/acme/widgets/contents '{"branch":"main","new_branch":"feature","files":[{"operation":"create","path":"x.txt","content":""}]}'
expect 422 "new_branch exists"
cd "$T/gclone"; git fetch -q origin && git checkout -q -b feature origin/feature
mkdir -p bin && printf '#!/bin/sh\necho run\n' >bin/run.sh && chmod +x bin/run.sh && git add bin/run.sh && git commit -q -m "exec" \
  && git push -q origin feature 2>"$T/push.err" || fail "push over gitea smart http: $(cat "$T/push.err")"
cd "$T"
[ "$(git --git-dir="$GBARE" ls-tree feature bin/run.sh | cut -d' ' -f1)" = 100755 ] || fail "pushed mode"
if git clone -q "http://anyone:wrong@127.0.0.1:$PORT/acme/widgets.git" "$T/gbad" 2>/dev/null; then fail "clone with bad token"; fi
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' "$G/acme/widgets.git/info/refs?service=git-upload-pack"); expect 401 "git no auth"
ok "gitea: new_branch (+exists 422), executable push over smart HTTP, git 401"

# --- pull requests
gt POST /repos/acme/widgets/pulls '{"head":"feature","base":"main","title":"Add feature","body":"b"}'; expect 201 "PR create"
GPR=$(field 'd["number"]')
[ "$(field '(d["state"], d["merged"], d["head"]["ref"], d["head"]["sha"], d["base"]["ref"])')" = "('open', False, 'feature', '$(git --git-dir="$GBARE" rev-parse feature)', 'main')" ] || fail "PR json $(cat "$T/resp")"
gt POST /repos/acme/widgets/pulls '{"head":"feature","base":"main","title":"Again"}'; expect 409 "PR duplicate"
[[ "$(field 'd["message"]')" == "pull request already exists for these targets [id: "*"issue_id: $GPR,"* ]] || fail "409 body $(cat "$T/resp")"
gt GET "/repos/acme/widgets/pulls?state=open&limit=10"; expect 200 "PR list"
[ "$(field 'len(d)')" = 1 ] && [ "$(header X-Total-Count)" = 1 ] || fail "PR list"
gt PATCH "/repos/acme/widgets/pulls/$GPR" '{"title":"Add feature v2"}'; expect 201 "PR edit"
[ "$(field 'd["title"]')" = "Add feature v2" ] || fail "PR title"
ctl POST "$G/_fake/merge" "{\"repo\":\"acme/widgets\",\"number\":$GPR}" >/dev/null || fail "merge"
gt GET "/repos/acme/widgets/pulls/$GPR"; expect 200 "PR get"
[ "$(field '(d["state"], d["merged"])')" = "('closed', True)" ] || fail "PR merged state"
GM=$(field 'd["merge_commit_sha"]')
[ "$(git --git-dir="$GBARE" rev-parse main)" = "$GM" ] || fail "main is not the merge"
[ "$(git --git-dir="$GBARE" rev-list --parents -n1 "$GM" | wc -w)" = 3 ] || fail "not a two-parent merge"
[ "$(git --git-dir="$GBARE" ls-tree "$GM" bin/run.sh | cut -d' ' -f1)" = 100755 ] || fail "merge lost run.sh"
[ "$(git --git-dir="$GBARE" log -1 --format=%s "$GM")" = "Merge pull request 'Add feature v2' (#$GPR) from feature into main" ] || fail "merge msg"
gt GET "/repos/acme/widgets/pulls?state=open"; [ "$(field 'len(d)')" = 0 ] || fail "open list after merge"
ok "gitea: PR create / duplicate 409 / list / edit 201 / real merge"

python3 - "$G" <<'EOF' || fail "gitea request log"
import json, sys, urllib.request
r = json.load(urllib.request.urlopen(sys.argv[1] + "/_fake/requests"))
c = [x for x in r if x["method"] == "POST" and x["path"].endswith("/contents")]
assert c and c[0]["headers"]["authorization"].startswith("token "), c[:1]
assert all(k == k.lower() for x in r for k in x["headers"])
g = [x for x in r if "/info/refs" in x["path"] or x["path"].endswith("git-receive-pack")]
assert g and all(x["headers"].get("authorization") in (None, "<present>") for x in g)
assert any(x["auth"] == "bad" for x in r)
EOF
ok "gitea: request log"

# =============================================================================================
# Azure DevOps Server
# =============================================================================================
start_fake azure_api 8 "$T/azure" --user "Alice Smith"
A="http://127.0.0.1:$PORT"; AREPO="$A/DefaultCollection/Proj/_apis/git/repositories/app"
R=$(ctl POST "$A/_fake/repos" '{"repo":"Proj/app","default_branch":"main","files":{"README.md":"hello\n","old.txt":"bye\n","keep.txt":"keep\n","tools/build.sh":"#!/bin/sh\necho build\n"},"executable":["tools/build.sh"]}')
ABARE=$(echo "$R" | json 'd["path"]'); A0=$(echo "$R" | json 'd["head"]')
ok "azure: READY, repo created"

STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -u ":wrong" "$AREPO?api-version=7.0"); expect 401 "azure bad PAT"
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' "$AREPO?api-version=7.0"); expect 401 "azure no auth"
NOVER=1 az GET ""; expect 400 "no api-version"
[[ "$(field 'd["message"]')" == *api-version* && "$(field 'd["typeKey"]')" == VssVersionNotSpecifiedException ]] || fail "api-version body"
az GET ""; expect 200 "repo"
[ "$(field '(d["name"], d["defaultBranch"], d["project"]["name"], d["remoteUrl"])')" = "('app', 'refs/heads/main', 'Proj', '$A/DefaultCollection/Proj/_git/app')" ] || fail "repo json $(cat "$T/resp")"
AID=$(field 'd["id"]')
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -u ":$TOKEN" "$A/DefaultCollection/Proj/_apis/git/repositories/$AID?api-version=6.0"); expect 200 "repo by id"
az GET "/refs?filter=heads/main"; expect 200 "refs"
[ "$(field '(d["count"], d["value"][0]["name"], d["value"][0]["objectId"])')" = "(1, 'refs/heads/main', '$A0')" ] || fail "refs"
ok "azure: 401s, api-version 400, repository (by name and id), refs"

# --- items and blobs
az GET "/items?scopePath=/&recursionLevel=Full&versionDescriptor.version=$A0&versionDescriptor.versionType=commit"; expect 200 "items"
python3 - "$T/resp" "$(git --git-dir="$ABARE" ls-tree -r -t "$A0")" "$A0" <<'EOF' || fail "items differ"
import json, sys
d = json.load(open(sys.argv[1]))
want = {"/" + l.split("\t")[1]: (l.split()[2], l.split()[1]) for l in sys.argv[2].splitlines()}
got = {i["path"]: (i["objectId"], i["gitObjectType"]) for i in d["value"] if i["path"] != "/"}
assert got == want, (got, want)
assert d["value"][0]["path"] == "/" and d["value"][0]["isFolder"] and d["count"] == len(d["value"])
assert all(i["commitId"] == sys.argv[3] for i in d["value"])
assert not any("mode" in i for i in d["value"])
EOF
BID=$(git --git-dir="$ABARE" rev-parse "$A0:tools/build.sh")
STATUS=$(curl -sS -o "$T/resp" -w '%{http_code}' -u ":$TOKEN" "$AREPO/blobs/$BID?api-version=7.0&\$format=octetstream"); expect 200 "blob raw"
cmp -s "$T/resp" <(printf '#!/bin/sh\necho build\n') || fail "blob bytes"
az GET "/blobs/$BID"; expect 200 "blob json"; [ "$(field '(d["objectId"], d["size"])')" = "('$BID', 21)" ] || fail "blob json"
az GET "/items?path=/nope.txt"; expect 404 "missing item"; [[ "$(field 'd["message"]')" == TF401174:* ]] || fail "404 item msg"
ok "azure: items (recursionLevel=Full at a commit), blobs raw/json, missing item"

# --- atomic push: add (rawtext + base64), edit (keeps 100755), delete
BODY=$(cat <<EOF
{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"$A0"}],
 "commits":[{"comment":"Atomic push\n\nbody line","author":{"name":"A U Thor","email":"a@example.com"},
  "changes":[
   {"changeType":"add","item":{"path":"/new/n.txt"},"newContent":{"content":"note\n","contentType":"rawtext"}},
   {"changeType":"add","item":{"path":"/data.bin"},"newContent":{"content":"$(printf '\x00\x01\x02' | base64)","contentType":"base64encoded"}},
   {"changeType":"edit","item":{"path":"/tools/build.sh"},"newContent":{"content":"#!/bin/sh\necho v2\n","contentType":"rawtext"}},
   {"changeType":"edit","item":{"path":"/README.md"},"newContent":{"content":"hello world\n","contentType":"rawtext"}},
   {"changeType":"delete","item":{"path":"/old.txt"}}]}]}
EOF
)
az POST /pushes "$BODY"; expect 201 "push"
AC1=$(field 'd["commits"][0]["commitId"]')
[ "$(field '(d["refUpdates"][0]["name"], d["refUpdates"][0]["oldObjectId"], d["refUpdates"][0]["newObjectId"], type(d["pushId"]).__name__)')" = "('refs/heads/main', '$A0', '$AC1', 'int')" ] || fail "push json $(cat "$T/resp")"
git clone -q "http://pat:$TOKEN@127.0.0.1:$PORT/DefaultCollection/Proj/_git/app" "$T/aclone" || fail "clone over azure smart http"
cd "$T/aclone"
[ "$(git rev-parse HEAD)" = "$AC1" ] || fail "azure clone head"
[ "$(git log -1 --format=%B)" = $'Atomic push\n\nbody line' ] || fail "azure message: $(git log -1 --format=%B)"
[ "$(git log -1 --format='%an <%ae>')" = "A U Thor <a@example.com>" ] || fail "azure author"
[ "$(git ls-tree HEAD new/n.txt | cut -d' ' -f1) $(git ls-tree HEAD data.bin | cut -d' ' -f1)" = "100644 100644" ] || fail "azure new modes"
[ "$(git ls-tree HEAD tools/build.sh | cut -d' ' -f1)" = 100755 ] || fail "azure edit lost the executable bit"
cmp -s data.bin <(printf '\x00\x01\x02') || fail "base64 content"
[ "$(cat README.md)" = "hello world" ] || fail "azure edit content"
[ "$(git ls-tree -r --name-only HEAD | tr '\n' ' ')" = "README.md data.bin keep.txt new/n.txt tools/build.sh " ] || fail "azure tree: $(git ls-tree -r --name-only HEAD)"
cd "$T"
az GET "/commits/$AC1"; expect 200 "commit"
[ "$(field '(d["commitId"], d["parents"], d["treeId"], d["comment"])')" = "('$AC1', ['$A0'], '$(git --git-dir="$ABARE" rev-parse "$AC1^{tree}")', 'Atomic push\n\nbody line')" ] || fail "commit json $(cat "$T/resp")"
ok "azure: atomic push add/edit/delete, clone over HTTP, message, modes"

# --- refusals
az POST /pushes '{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"'"$A0"'"}],"commits":[{"comment":"stale","changes":[{"changeType":"add","item":{"path":"/s.txt"},"newContent":{"content":"s","contentType":"rawtext"}}]}]}'
expect 409 "stale oldObjectId"; [[ "$(field 'd["message"]')" == "TF401028: The reference 'refs/heads/main' has already been updated by another client"* ]] || fail "stale msg"
az POST /pushes '{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"'"$AC1"'"}],"commits":[{"comment":"x","changes":[{"changeType":"add","item":{"path":"/z.txt"},"newContent":{"content":"z","contentType":"rawtext"}},{"changeType":"add","item":{"path":"/keep.txt"},"newContent":{"content":"dup","contentType":"rawtext"}}]}]}'
expect 400 "add existing"; [ "$(field 'd["message"]')" = "The path '/keep.txt' specified in the add operation already exists. Please specify a new path." ] || fail "add-existing msg"
az POST /pushes '{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"'"$AC1"'"}],"commits":[{"comment":"x","changes":[{"changeType":"edit","item":{"path":"/missing.txt"},"newContent":{"content":"z","contentType":"rawtext"}}]}]}'
expect 400 "edit missing"
az POST /pushes '{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"'"$AC1"'"}],"commits":[{"comment":"x","changes":[{"changeType":"delete","item":{"path":"/missing.txt"}}]}]}'
expect 400 "delete missing"
az POST /pushes '{"refUpdates":[{"name":"refs/heads/main","oldObjectId":"'"$AC1"'"}],"commits":[{"comment":"x","changes":[{"changeType":"add","item":{"path":"/y.txt","mode":"100755"},"newContent":{"content":"y","contentType":"rawtext"}}]}]}'
expect 400 "unknown field"; [ "$(field 'd["typeKey"]')" = InvalidArgumentValueException ] || fail "unknown field body"
[ "$(git --git-dir="$ABARE" rev-parse main)" = "$AC1" ] || fail "a refused push moved main"
git --git-dir="$ABARE" cat-file -e "main:z.txt" 2>/dev/null && fail "z.txt leaked"
ok "azure: stale oldObjectId 409, add-existing/edit-missing/delete-missing/unknown-field 400, nothing committed"

# --- new branch from main (zero oldObjectId + parents), executable push over smart HTTP
Z=0000000000000000000000000000000000000000
az POST /pushes '{"refUpdates":[{"name":"refs/heads/feature","oldObjectId":"'"$Z"'"}],"commits":[{"comment":"Feature","parents":["'"$AC1"'"],"changes":[{"changeType":"add","item":{"path":"/feature.txt"},"newContent":{"content":"f\n","contentType":"rawtext"}}]}]}'
expect 201 "create branch"; AFEAT=$(field 'd["commits"][0]["commitId"]')
[ "$(git --git-dir="$ABARE" rev-parse feature^)" = "$AC1" ] || fail "feature parent"
az POST /pushes '{"refUpdates":[{"name":"refs/heads/feature","oldObjectId":"'"$Z"'"}],"commits":[{"comment":"again","parents":["'"$AC1"'"],"changes":[{"changeType":"add","item":{"path":"/g.txt"}}]}]}'
expect 409 "create existing branch"
cd "$T/aclone"; git fetch -q origin && git checkout -q -b feature origin/feature
mkdir -p bin && printf '#!/bin/sh\necho run\n' >bin/run.sh && chmod +x bin/run.sh && git add bin/run.sh && git commit -q -m "exec" \
  && git push -q origin feature 2>"$T/apush.err" || fail "push over azure smart http: $(cat "$T/apush.err")"
cd "$T"
[ "$(git --git-dir="$ABARE" ls-tree feature bin/run.sh | cut -d' ' -f1)" = 100755 ] || fail "azure pushed mode"
if git clone -q "http://pat:wrong@127.0.0.1:$PORT/DefaultCollection/Proj/_git/app" "$T/abad" 2>/dev/null; then fail "azure clone with bad PAT"; fi
ok "azure: branch created from parents, duplicate create 409, executable push over smart HTTP"

# --- pull requests
az POST /pullrequests '{"sourceRefName":"refs/heads/feature","targetRefName":"refs/heads/main","title":"Add feature","description":"d"}'
expect 201 "PR create"; APR=$(field 'd["pullRequestId"]')
[ "$(field '(d["status"], d["sourceRefName"], d["lastMergeSourceCommit"]["commitId"])')" = "('active', 'refs/heads/feature', '$(git --git-dir="$ABARE" rev-parse feature)')" ] || fail "PR json $(cat "$T/resp")"
az POST /pullrequests '{"sourceRefName":"refs/heads/feature","targetRefName":"refs/heads/main","title":"Again"}'
expect 409 "PR duplicate"; [[ "$(field 'd["message"]')" == TF401179:* ]] || fail "409 body"
az GET "/pullrequests?searchCriteria.sourceRefName=refs/heads/feature&searchCriteria.targetRefName=refs/heads/main&searchCriteria.status=active"
expect 200 "PR list"; [ "$(field '(d["count"], d["value"][0]["pullRequestId"])')" = "(1, $APR)" ] || fail "PR list"
az PATCH "/pullrequests/$APR" '{"title":"Add feature v2"}'; expect 200 "PR update"; [ "$(field 'd["title"]')" = "Add feature v2" ] || fail "PR title"
# main moves on after the PR was opened, so completing it needs a true three-way merge
ctl POST "$A/_fake/advance" '{"repo":"Proj/app","branch":"main","path":"side.txt","content":"side\n"}' >/dev/null
ctl POST "$A/_fake/merge" "{\"repo\":\"Proj/app\",\"number\":$APR}" >/dev/null || fail "azure merge"
az GET "/pullrequests/$APR"; expect 200 "PR get"
AM=$(field 'd["lastMergeCommit"]["commitId"]')
[ "$(field 'd["status"]')" = completed ] && [ "$(git --git-dir="$ABARE" rev-parse main)" = "$AM" ] || fail "PR completed"
[ "$(git --git-dir="$ABARE" rev-list --parents -n1 "$AM" | wc -w)" = 3 ] || fail "azure merge parents"
[ "$(git --git-dir="$ABARE" log -1 --format=%s "$AM")" = "Merged PR $APR: Add feature v2" ] || fail "azure merge msg"
git --git-dir="$ABARE" cat-file -e "$AM:side.txt" && [ "$(git --git-dir="$ABARE" ls-tree "$AM" bin/run.sh | cut -d' ' -f1)" = 100755 ] || fail "three-way merge tree"
az GET "/pullrequests?searchCriteria.status=all"; [ "$(field 'd["count"]')" = 1 ] || fail "status=all"
az GET "/pullrequests"; [ "$(field 'd["count"]')" = 0 ] || fail "active after merge"
az POST /pullrequests '{"sourceRefName":"refs/heads/feature","targetRefName":"refs/heads/main","title":"Again"}'; expect 201 "PR after completion"
APR2=$(field 'd["pullRequestId"]')
ctl POST "$A/_fake/close" "{\"repo\":\"Proj/app\",\"number\":$APR2}" >/dev/null
az GET "/pullrequests/$APR2"; [ "$(field 'd["status"]')" = abandoned ] || fail "abandoned"
ok "azure: PR create / duplicate 409 / list / update / real merge / abandon"

python3 - "$A" <<'EOF' || fail "azure request log"
import base64, json, sys, urllib.request
r = json.load(urllib.request.urlopen(sys.argv[1] + "/_fake/requests"))
p = [x for x in r if x["method"] == "POST" and x["path"].endswith("/pushes")]
assert p and p[0]["query"]["api-version"] == "7.0" and p[0]["basic_user"] == ""
assert base64.b64decode(p[0]["headers"]["authorization"].split()[1]).startswith(b":")
assert any("/_git/app/git-receive-pack" in x["path"] for x in r)
EOF
ok "azure: request log"

# --- stdin EOF stops both fakes
exec 7>&- 8>&-
for p in "${PIDS[@]}"; do
  for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.05; done
  kill -0 "$p" 2>/dev/null && fail "fake $p still running after stdin EOF"
done
PIDS=()
for n in gitea_api azure_api; do [ "$(wc -l <"$T/$n.out")" = 1 ] || fail "$n wrote more than READY to stdout"; done
ok "stdin EOF stops both fakes"
echo "selftest_more: OK in $(elapsed)s"
