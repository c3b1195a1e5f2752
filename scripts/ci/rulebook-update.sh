#!/bin/sh
# Keeps a repository's agent files current from its own CI, for repositories that pull
# instead of receiving server distributions: runs the static binary's `rulebook update`
# and, when anything changed, commits on a rolling branch and opens (or keeps) one merge or
# pull request. Documented in docs/DISTRIBUTION.md ("Auto-update from CI"); tested by
# tests/it/distribution.rs against a GitLab fake.
#
# Environment:
#   RULEBOOK_URL        the Rulebook server (https://rules.example.com)
#   RULEBOOK_KEY_FILE   a file holding an API key with read scope
#   RULEBOOK_BIN        the rulebook binary (default: rulebook on PATH)
#   RB_BRANCH           the rolling branch (default: rulebook/update)
#   RB_TARGET           the branch the request goes into (default: the checked-out branch)
#   RB_FORGE            gitlab | github | none (default: none: push the branch only)
#   GitLab:  CI_API_V4_URL, CI_PROJECT_ID, RB_GITLAB_TOKEN (api scope)
#   GitHub:  GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_TOKEN (contents + pull-requests write)
set -eu

bin=${RULEBOOK_BIN:-rulebook}
branch=${RB_BRANCH:-rulebook/update}
target=${RB_TARGET:-$(git rev-parse --abbrev-ref HEAD)}
forge=${RB_FORGE:-none}

"$bin" login --host "$RULEBOOK_URL" --api-key-file "$RULEBOOK_KEY_FILE" >/dev/null
"$bin" update

git add -A
if git diff --cached --quiet; then
  echo "rulebook: agent files are up to date"
  exit 0
fi
title="Rulebook: update agent files"
git -c user.name="${RB_AUTHOR_NAME:-Rulebook CI}" -c user.email="${RB_AUTHOR_EMAIL:-rulebook@localhost}" \
  commit --quiet -m "$title" -m "$(git diff --cached --stat HEAD 2>/dev/null || true)"
git push --quiet --force origin "HEAD:refs/heads/$branch"

json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
case "$forge" in
  gitlab)
    body="{\"source_branch\":\"$(json_escape "$branch")\",\"target_branch\":\"$(json_escape "$target")\",\"title\":\"$title\",\"remove_source_branch\":true}"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST \
      -H "PRIVATE-TOKEN: $RB_GITLAB_TOKEN" -H 'Content-Type: application/json' \
      --data "$body" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests")
    # 201: opened; 409: one is already open for the branch (the push above updated it).
    case "$code" in 201|409) echo "rulebook: merge request from $branch ($code)";; *) echo "rulebook: opening the merge request failed: HTTP $code" >&2; exit 1;; esac
    ;;
  github)
    owner=${GITHUB_REPOSITORY%%/*}
    body="{\"head\":\"$(json_escape "$branch")\",\"base\":\"$(json_escape "$target")\",\"title\":\"$title\"}"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST \
      -H "Authorization: Bearer $GITHUB_TOKEN" -H 'Accept: application/vnd.github+json' \
      --data "$body" "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/pulls")
    # 201: opened; 422: one is already open for $owner:$branch.
    case "$code" in 201|422) echo "rulebook: pull request from $owner:$branch ($code)";; *) echo "rulebook: opening the pull request failed: HTTP $code" >&2; exit 1;; esac
    ;;
  none) echo "rulebook: pushed $branch" ;;
  *) echo "rulebook: RB_FORGE must be gitlab, github or none" >&2; exit 2 ;;
esac
