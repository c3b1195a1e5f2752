#!/usr/bin/env python3
"""A small fake of the GitLab REST API v4 (self-managed) on top of real bare Git repositories.

Test helper only (stdlib, Python 3.11). Started as

    python3 tests/fakes/gitlab_api.py --root DIR --token TOKEN [--user NAME] [--latency-ms N]

It binds 127.0.0.1 on a free port, prints exactly ``READY <port>`` on stdout and serves until
stdin reaches EOF or it gets SIGTERM. Nothing else is written to stdout (diagnostics go to stderr).

Bare repositories live in DIR/<group path>/<name>.git; every change is made with real git
plumbing (hash-object, mktree, commit-tree, ``update-ref <ref> <new> <old>`` as compare-and-swap).

What is served (all under /api/v4, token in ``PRIVATE-TOKEN`` or ``Authorization: Bearer``):

    GET    /user
    GET    /personal_access_tokens/self
    GET    /projects/:id                                   (numeric id or URL-encoded full path)
    GET    /projects/:id/repository/branches/:branch
    POST   /projects/:id/repository/branches?branch=&ref=
    DELETE /projects/:id/repository/branches/:branch
    GET    /projects/:id/repository/tree?ref=&path=&recursive=&per_page=&page=  (+ pagination=keyset&page_token=)
    GET    /projects/:id/repository/files/:file_path?ref=  (metadata, base64 content, last_commit_id)
    GET    /projects/:id/repository/files/:file_path/raw?ref=
    GET    /projects/:id/repository/blobs/:sha/raw
    GET    /projects/:id/repository/commits?ref_name=&path=&per_page=&page=
    GET    /projects/:id/repository/commits/:sha
    POST   /projects/:id/repository/commits                (create a commit with multiple files and actions)
    GET    /projects/:id/merge_requests?state=&source_branch=&target_branch=
    POST   /projects/:id/merge_requests
    GET    /projects/:id/merge_requests/:iid
    PUT    /projects/:id/merge_requests/:iid
    PUT    /projects/:id/merge_requests/:iid/merge         (optional sha= guard)

Control API (no auth, no latency, not recorded): see the ``_control`` method.
"""

from __future__ import annotations

import argparse
import base64
import email.utils
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# ----------------------------------------------------------------------------------------------
# configuration and shared state

ARGS: argparse.Namespace
PORT = 0
STATE_LOCK = threading.RLock()  # guards the dictionaries below (not the git repositories)
PROJECTS: dict[int, dict] = {}  # id -> project
PROJECTS_BY_PATH: dict[str, int] = {}  # "group/name" -> id
NEXT_PROJECT_ID = [1]
NEXT_MR_ID = [1]
FAULTS: list[dict] = []
REQUESTS: list[dict] = []
ADVANCE_COUNTER = [0]
RATE = {"window": 0, "used": 0}
RATE_LIMIT = 2000
USER_ID = 1

ZERO = "0" * 40
SHA_RE = re.compile(r"^[0-9a-f]{40}$")
REASONS = {
    200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified", 400: "Bad Request",
    401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
}


def log(*parts: object) -> None:
    print("gitlab_api:", *parts, file=sys.stderr, flush=True)


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())


# ----------------------------------------------------------------------------------------------
# errors


class ApiError(Exception):
    """An answer other than success: status plus JSON body (or text)."""

    def __init__(self, status: int, body: object, headers: dict | None = None):
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    return ApiError(404, {"message": f"404 {what} Not Found"})


def bad_request(message: object) -> ApiError:
    """What GitLab's render_api_error!(message, 400) answers."""
    return ApiError(400, {"message": message})


def invalid(field: str, why: str = "is invalid") -> ApiError:
    """What Grape's parameter validation answers."""
    return ApiError(400, {"error": f"{field} {why}"})


# ----------------------------------------------------------------------------------------------
# git plumbing


class GitError(Exception):
    pass


def git_env(author_name: str | None = None, author_email: str | None = None) -> dict:
    env = dict(os.environ)
    user = ARGS.user
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_AUTHOR_NAME": author_name or user,
            "GIT_AUTHOR_EMAIL": author_email or f"{user}@example.com",
            "GIT_COMMITTER_NAME": user,
            "GIT_COMMITTER_EMAIL": f"{user}@example.com",
            "LC_ALL": "C",
        }
    )
    return env


def git(git_dir: str, *args: str, input: bytes | None = None, env: dict | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", *args],
        input=input,
        capture_output=True,
        env=env or git_env(),
    )
    if check and proc.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {proc.stderr.decode(errors='replace').strip()}")
    return proc


def git_out(git_dir: str, *args: str, **kw) -> str:
    return git(git_dir, *args, **kw).stdout.decode().strip()


def rev_parse(git_dir: str, rev: str) -> str | None:
    proc = git(git_dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev, check=False)
    if proc.returncode != 0:
        return None
    return proc.stdout.decode().strip() or None


def branch_head(git_dir: str, branch: str) -> str | None:
    if not branch or branch.startswith("-"):
        return None
    return rev_parse(git_dir, f"refs/heads/{branch}^{{commit}}")


def resolve_commit(git_dir: str, ref: str) -> str | None:
    """A commit from a sha, branch or tag name (like GitLab's project.commit(ref))."""
    if not ref or ref.startswith("-"):
        return None
    for candidate in (f"refs/heads/{ref}", f"refs/tags/{ref}", ref):
        sha = rev_parse(git_dir, f"{candidate}^{{commit}}")
        if sha:
            return sha
    return None


def hash_blob(git_dir: str, data: bytes) -> str:
    return git_out(git_dir, "hash-object", "-w", "--stdin", input=data)


def read_flat_tree(git_dir: str, commit: str) -> dict[str, tuple[str, str, str]]:
    """path -> (mode, type, sha) of every non-tree entry."""
    out = git(git_dir, "ls-tree", "-r", "-z", "--full-tree", commit).stdout
    result = {}
    for rec in out.split(b"\0"):
        if not rec:
            continue
        meta, path = rec.split(b"\t", 1)
        mode, typ, sha = meta.decode().split(" ")
        result[path.decode("utf-8", "surrogateescape")] = (mode, typ, sha)
    return result


def write_tree(git_dir: str, flat: dict[str, tuple[str, str, str]]) -> str:
    root: dict = {}
    for path, entry in flat.items():
        parts = path.split("/")
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = entry

    def build(node: dict) -> str:
        lines = []
        for name, value in node.items():
            if isinstance(value, dict):
                lines.append(f"040000 tree {build(value)}\t{name}")
            else:
                mode, typ, sha = value
                lines.append(f"{mode} {typ} {sha}\t{name}")
        data = b"".join(line.encode("utf-8", "surrogateescape") + b"\0" for line in lines)
        return git_out(git_dir, "mktree", "-z", input=data)

    return build(root)


def commit_tree(git_dir: str, tree: str, parents: list[str], message: str,
                author_name: str | None = None, author_email: str | None = None) -> str:
    args = ["commit-tree", tree]
    for p in parents:
        args += ["-p", p]
    return git_out(git_dir, *args, input=message.encode(), env=git_env(author_name, author_email))


def cas_ref(git_dir: str, ref: str, new: str, old: str | None) -> bool:
    """update-ref with an expected old value (ZERO: must not exist). False if it moved."""
    proc = git(git_dir, "update-ref", ref, new, old or ZERO, check=False)
    return proc.returncode == 0


def last_commit_for_path(git_dir: str, rev: str, path: str) -> str | None:
    out = git_out(git_dir, "log", "-1", "--format=%H", rev, "--", f":(literal){path}")
    return out or None


def commit_info(git_dir: str, sha: str) -> dict:
    fmt = "%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B"
    out = git(git_dir, "show", "-s", f"--format={fmt}", sha).stdout.decode("utf-8", "replace")
    h, parents, an, ae, ad, cn, ce, cd, body = out.split("\0", 8)
    message = body[:-1] if body.endswith("\n") else body
    title = message.split("\n", 1)[0]
    return {
        "id": h,
        "short_id": h[:8],
        "created_at": cd,
        "parent_ids": parents.split() if parents else [],
        "title": title,
        "message": message,
        "author_name": an,
        "author_email": ae,
        "authored_date": ad,
        "committer_name": cn,
        "committer_email": ce,
        "committed_date": cd,
        "trailers": {},
        "extended_trailers": {},
    }


# ----------------------------------------------------------------------------------------------
# projects


def web_base() -> str:
    return f"http://127.0.0.1:{PORT}"


def register_project(path: str, git_dir: str, default_branch: str) -> dict:
    with STATE_LOCK:
        pid = NEXT_PROJECT_ID[0]
        NEXT_PROJECT_ID[0] += 1
        project = {
            "id": pid,
            "path": path,
            "git_dir": git_dir,
            "default_branch": default_branch,
            "lock": threading.Lock(),
            "mrs": [],
            "next_iid": 1,
        }
        PROJECTS[pid] = project
        PROJECTS_BY_PATH[path] = pid
        return project


def discover_projects(root: str) -> None:
    for dirpath, dirnames, _files in os.walk(root):
        for d in list(dirnames):
            if d.endswith(".git") and os.path.isfile(os.path.join(dirpath, d, "HEAD")):
                full = os.path.join(dirpath, d)
                rel = os.path.relpath(full, root)[: -len(".git")].replace(os.sep, "/")
                head = git_out(full, "symbolic-ref", "--short", "HEAD", check=False) or "main"
                register_project(rel, os.path.abspath(full), head)
                dirnames.remove(d)


def find_project(ident: str) -> dict:
    with STATE_LOCK:
        if ident.isdigit():
            project = PROJECTS.get(int(ident))
        else:
            pid = PROJECTS_BY_PATH.get(ident)
            project = PROJECTS.get(pid) if pid is not None else None
    if project is None:
        raise not_found("Project")
    return project


def project_json(p: dict) -> dict:
    name = p["path"].rsplit("/", 1)[-1]
    namespace = p["path"].rsplit("/", 1)[0] if "/" in p["path"] else ""
    web = f"{web_base()}/{p['path']}"
    has_head = branch_head(p["git_dir"], p["default_branch"]) is not None
    return {
        "id": p["id"],
        "name": name,
        "path": name,
        "name_with_namespace": p["path"].replace("/", " / "),
        "path_with_namespace": p["path"],
        "description": "",
        "default_branch": p["default_branch"] if has_head else None,
        "visibility": "private",
        "archived": False,
        "empty_repo": not has_head,
        "web_url": web,
        "http_url_to_repo": f"{web}.git",
        "ssh_url_to_repo": f"git@127.0.0.1:{p['path']}.git",
        "created_at": "2024-01-01T00:00:00.000Z",
        "last_activity_at": now_iso(),
        "namespace": {
            "id": 1,
            "name": namespace.rsplit("/", 1)[-1],
            "path": namespace.rsplit("/", 1)[-1],
            "kind": "group",
            "full_path": namespace,
        },
        "repository_access_level": "enabled",
        "merge_requests_access_level": "enabled",
        "merge_method": "merge",
        "permissions": {
            "project_access": {"access_level": 40, "notification_level": 3},
            "group_access": None,
        },
    }


# ----------------------------------------------------------------------------------------------
# validation helpers (Grape-like)


def is_bool(v: object) -> bool:
    return isinstance(v, bool)


def check_object(body: object, spec: dict[str, tuple], prefix: str = "") -> dict:
    """spec: name -> (types tuple, required). Unknown field or wrong type -> 400 "... is invalid"."""
    if not isinstance(body, dict):
        raise ApiError(400, {"error": "The provided content-type is not supported or the body is not a JSON object"})
    for key in body:
        if key not in spec:
            raise invalid(f"{prefix}{key}" if not prefix else f"{prefix}[{key}]")
    for key, (types, required) in spec.items():
        name = f"{prefix}[{key}]" if prefix else key
        if key not in body or body[key] is None:
            if required:
                raise invalid(name, "is missing")
            continue
        value = body[key]
        if bool in types and not isinstance(value, bool):
            raise invalid(name)
        if bool not in types and isinstance(value, bool):
            raise invalid(name)
        if not isinstance(value, types):
            raise invalid(name)
    return body


def query_bool(q: dict, name: str, default: bool = False) -> bool:
    if name not in q:
        return default
    v = q[name].lower()
    if v in ("true", "1", "yes", "t"):
        return True
    if v in ("false", "0", "no", "f", ""):
        return False
    raise invalid(name)


def query_int(q: dict, name: str, default: int) -> int:
    if name not in q or q[name] == "":
        return default
    try:
        return int(q[name])
    except ValueError:
        raise invalid(name) from None


def paginate(items: list, q: dict, headers: dict, url_path: str, total: bool = True) -> list:
    per_page = query_int(q, "per_page", 20)
    page = query_int(q, "page", 1)
    if per_page < 1:
        per_page = 20
    per_page = min(per_page, 100)
    if page < 1:
        page = 1
    total_pages = max(1, -(-len(items) // per_page))
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    next_page = page + 1 if start + per_page < len(items) else None
    prev_page = page - 1 if page > 1 else None
    headers["X-Page"] = str(page)
    headers["X-Per-Page"] = str(per_page)
    headers["X-Next-Page"] = str(next_page) if next_page else ""
    headers["X-Prev-Page"] = str(prev_page) if prev_page else ""
    if total:
        headers["X-Total"] = str(len(items))
        headers["X-Total-Pages"] = str(total_pages)

    def link(p: int) -> str:
        qq = dict(q)
        qq["page"] = str(p)
        qq["per_page"] = str(per_page)
        return f"<{web_base()}{url_path}?{urllib.parse.urlencode(qq)}>"

    links = []
    if prev_page:
        links.append(f'{link(prev_page)}; rel="prev"')
    if next_page:
        links.append(f'{link(next_page)}; rel="next"')
    links.append(f'{link(1)}; rel="first"')
    if total:
        links.append(f'{link(total_pages)}; rel="last"')
    headers["Link"] = ", ".join(links)
    return chunk


# ----------------------------------------------------------------------------------------------
# repository operations


def normalize_path(path: str) -> str:
    p = path.lstrip("/")
    parts = p.split("/")
    if not p or any(part in ("", ".") for part in parts) or "\0" in p:
        raise bad_request(f"invalid path: '{path}'")
    if any(part == ".." for part in parts):
        raise bad_request("Path cannot include directory traversal")
    if parts[0] == ".git":
        raise bad_request(f"invalid path: '{path}'")
    return p


def decode_content(action: dict, index: int) -> bytes:
    content = action.get("content")
    if content is None:
        return b""
    if action.get("encoding", "text") == "base64":
        try:
            return base64.b64decode(content.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise bad_request(f"actions[{index}][content] is not valid base64") from None
    return content.encode("utf-8")


ACTION_FIELDS = {
    # name -> allowed fields besides action/file_path/encoding
    "create": {"content", "execute_filemode"},
    "update": {"content", "last_commit_id", "execute_filemode"},
    "move": {"previous_path", "content", "last_commit_id"},
    "delete": {"last_commit_id"},
    "chmod": {"execute_filemode"},
}


def validate_commit_body(body: object) -> dict:
    spec = {
        "branch": ((str,), True),
        "commit_message": ((str,), True),
        "actions": ((list,), True),
        "start_branch": ((str,), False),
        "start_sha": ((str,), False),
        "start_project": ((int, str), False),
        "author_email": ((str,), False),
        "author_name": ((str,), False),
        "stats": ((bool,), False),
        "force": ((bool,), False),
    }
    check_object(body, spec)
    if body["branch"] == "":
        raise invalid("branch", "is empty")
    if body.get("start_branch") is not None and body.get("start_sha") is not None:
        raise ApiError(400, {"error": "start_branch, start_sha are mutually exclusive"})
    if body.get("start_project") is not None:
        raise ApiError(400, {"error": "start_project is not supported by this fake"})
    for i, action in enumerate(body["actions"]):
        name = f"actions[{i}]"
        if not isinstance(action, dict):
            raise invalid(name)
        kind = action.get("action")
        if kind is None:
            raise invalid(f"{name}[action]", "is missing")
        if not isinstance(kind, str) or kind not in ACTION_FIELDS:
            raise invalid(f"{name}[action]", "does not have a valid value")
        allowed = {"action", "file_path", "encoding"} | ACTION_FIELDS[kind]
        for key in action:
            if key not in allowed:
                raise invalid(f"{name}[{key}]")
        if "file_path" not in action or action["file_path"] is None:
            raise invalid(f"{name}[file_path]", "is missing")
        for key in ("file_path", "previous_path", "content", "last_commit_id"):
            if key in action and action[key] is not None and not isinstance(action[key], str):
                raise invalid(f"{name}[{key}]")
        if "encoding" in action and action["encoding"] not in ("text", "base64"):
            raise invalid(f"{name}[encoding]", "does not have a valid value")
        if "execute_filemode" in action and not is_bool(action["execute_filemode"]):
            raise invalid(f"{name}[execute_filemode]")
        if kind == "update" and action.get("content") is None:
            raise invalid(f"{name}[content]", "is missing")
        if kind == "move" and action.get("previous_path") is None:
            raise invalid(f"{name}[previous_path]", "is missing")
        if kind == "chmod" and action.get("execute_filemode") is None:
            raise invalid(f"{name}[execute_filemode]", "is missing")
    return body


def create_commit(project: dict, body: dict) -> dict:
    """POST /projects/:id/repository/commits, following Commits::CreateService + Gitaly UserCommitFiles."""
    gd = project["git_dir"]
    branch = body["branch"]
    force = bool(body.get("force"))
    start_sha = body.get("start_sha")
    start_branch = body.get("start_branch")
    if start_sha is None and start_branch is None:
        start_branch = branch  # attrs[:start_branch] ||= attrs[:branch_name] unless attrs[:start_sha]

    with project["lock"]:
        target_head = branch_head(gd, branch)
        # -- Rails-side validation (Commits::CreateService#validate!)
        if start_sha is not None:
            if not SHA_RE.match(start_sha):  # Gitlab::Git.commit_id?: a full object id only
                raise bad_request(f"Invalid start_sha '{start_sha}'")
            base = rev_parse(gd, f"{start_sha}^{{commit}}")
            if base is None:
                raise bad_request(f"Cannot find start_sha '{start_sha}'")
        else:
            base = branch_head(gd, start_branch)
            if base is None:
                raise bad_request("You can only create or edit files when you are on a branch")
        different_branch = start_branch != branch
        if different_branch and target_head is not None and not force:
            raise bad_request(
                f"A branch called '{branch}' already exists. Switch to that branch in order to make changes"
            )
        if different_branch and target_head is None:
            ref_ok = git(gd, "check-ref-format", f"refs/heads/{branch}", check=False).returncode == 0
            if not ref_ok:
                raise bad_request(
                    f"Something went wrong when we tried to create '{branch}' for you: Branch name is invalid"
                )

        # -- Files::MultiService#validate_file_status! (last_commit_id on update/move/delete)
        for action in body["actions"]:
            if action["action"] in ("update", "move", "delete") and action.get("last_commit_id"):
                path = action.get("previous_path") or action["file_path"]
                last = last_commit_for_path(gd, base, path.lstrip("/"))
                if last is not None and last != action["last_commit_id"]:
                    raise bad_request(f"The file has changed since you started editing it: {path}")

        # -- Gitaly: apply the actions one after the other on the base tree
        flat = read_flat_tree(gd, base)
        dirs = set()
        for p in flat:
            parts = p.split("/")
            for k in range(1, len(parts)):
                dirs.add("/".join(parts[:k]))

        def exists_file(p: str) -> bool:
            return p in flat

        def check_new_path(p: str) -> None:
            if p in flat:
                raise bad_request("A file with this name already exists")
            if p in dirs:
                raise bad_request("A directory with this name already exists")
            parts = p.split("/")
            for k in range(1, len(parts)):
                if "/".join(parts[:k]) in flat:
                    raise bad_request("A file with this name already exists")

        for i, action in enumerate(body["actions"]):
            kind = action["action"]
            path = normalize_path(action["file_path"])
            if kind == "create":
                check_new_path(path)
                data = decode_content(action, i)
                mode = "100755" if action.get("execute_filemode") else "100644"
                flat[path] = (mode, "blob", hash_blob(gd, data))
            elif kind == "update":
                if not exists_file(path):
                    raise bad_request("A file with this name doesn't exist")
                data = decode_content(action, i)
                mode = flat[path][0]
                if "execute_filemode" in action:
                    mode = "100755" if action["execute_filemode"] else "100644"
                flat[path] = (mode, "blob", hash_blob(gd, data))
            elif kind == "delete":
                if not exists_file(path):
                    raise bad_request("A file with this name doesn't exist")
                del flat[path]
            elif kind == "chmod":
                if not exists_file(path):
                    raise bad_request("A file with this name doesn't exist")
                mode, typ, sha = flat[path]
                flat[path] = ("100755" if action["execute_filemode"] else "100644", typ, sha)
            elif kind == "move":
                prev = normalize_path(action["previous_path"])
                if not exists_file(prev):
                    raise bad_request("A file with this name doesn't exist")
                mode, typ, sha = flat.pop(prev)
                check_new_path(path)
                if action.get("content") is not None:
                    sha = hash_blob(gd, decode_content(action, i))
                flat[path] = (mode, typ, sha)
            dirs = set()
            for p in flat:
                parts = p.split("/")
                for k in range(1, len(parts)):
                    dirs.add("/".join(parts[:k]))

        tree = write_tree(gd, flat)
        if body["commit_message"] == "":
            raise bad_request("empty CommitMessage")
        new = commit_tree(gd, tree, [base], body["commit_message"],
                          body.get("author_name") or None, body.get("author_email") or None)
        # Gitaly: the ref moves from the parent (or from the current head with force, or from
        # nothing when the branch is new) -- a compare-and-swap.
        if target_head is None:
            old = ZERO
        elif force:
            old = target_head
        else:
            old = base
        if not cas_ref(gd, f"refs/heads/{branch}", new, old):
            raise bad_request(f"Could not update refs/heads/{branch}. Please refresh and try again.")

    info = commit_info(gd, new)
    additions = deletions = 0
    numstat = git_out(gd, "diff", "--numstat", base, new)
    for line in numstat.splitlines():
        a, d, _ = line.split("\t", 2)
        additions += int(a) if a.isdigit() else 0
        deletions += int(d) if d.isdigit() else 0
    info.update(
        {
            "web_url": f"{web_base()}/{project['path']}/-/commit/{new}",
            "project_id": project["id"],
            "status": None,
            "last_pipeline": None,
        }
    )
    if body.get("stats", True):
        info["stats"] = {"additions": additions, "deletions": deletions, "total": additions + deletions}
    return info


def advance_commit(project: dict, branch: str, path: str | None = None,
                   content: str | None = None, message: str | None = None) -> str:
    gd = project["git_dir"]
    with STATE_LOCK:
        ADVANCE_COUNTER[0] += 1
        n = ADVANCE_COUNTER[0]
    path = path or f"_fake_advance_{n}.txt"
    content = content if content is not None else f"advance {n}\n"
    with project["lock"]:
        head = branch_head(gd, branch)
        if head is None:
            raise ApiError(404, {"message": f"no branch {branch}"})
        flat = read_flat_tree(gd, head)
        mode = flat[path][0] if path in flat else "100644"
        flat[path] = (mode, "blob", hash_blob(gd, content.encode()))
        new = commit_tree(gd, write_tree(gd, flat), [head], message or f"Advance {path}", "Someone Else",
                          "someone@example.com")
        if not cas_ref(gd, f"refs/heads/{branch}", new, head):
            raise ApiError(409, {"message": "advance lost a race"})
    return new


# ----------------------------------------------------------------------------------------------
# merge requests


def mr_json(project: dict, mr: dict) -> dict:
    gd = project["git_dir"]
    sha = mr["sha"]
    if mr["state"] == "opened":
        sha = branch_head(gd, mr["source_branch"]) or sha
        mr["sha"] = sha
    user = user_json_basic()
    return {
        "id": mr["id"],
        "iid": mr["iid"],
        "project_id": project["id"],
        "title": mr["title"],
        "description": mr["description"],
        "state": mr["state"],
        "created_at": mr["created_at"],
        "updated_at": mr["updated_at"],
        "merged_by": user if mr["state"] == "merged" else None,
        "merge_user": user if mr["state"] == "merged" else None,
        "merged_at": mr["merged_at"],
        "closed_by": user if mr["state"] == "closed" else None,
        "closed_at": mr["closed_at"],
        "target_branch": mr["target_branch"],
        "source_branch": mr["source_branch"],
        "user_notes_count": 0,
        "upvotes": 0,
        "downvotes": 0,
        "author": user,
        "assignees": [],
        "assignee": None,
        "reviewers": [],
        "source_project_id": project["id"],
        "target_project_id": project["id"],
        "labels": [],
        "draft": False,
        "work_in_progress": False,
        "milestone": None,
        "merge_when_pipeline_succeeds": False,
        "merge_status": "can_be_merged",
        "detailed_merge_status": "mergeable" if mr["state"] == "opened" else "not_open",
        "sha": sha,
        "merge_commit_sha": mr["merge_commit_sha"],
        "squash_commit_sha": None,
        "discussion_locked": None,
        "should_remove_source_branch": None,
        "force_remove_source_branch": mr["remove_source_branch"],
        "reference": f"!{mr['iid']}",
        "references": {
            "short": f"!{mr['iid']}",
            "relative": f"!{mr['iid']}",
            "full": f"{project['path']}!{mr['iid']}",
        },
        "web_url": f"{web_base()}/{project['path']}/-/merge_requests/{mr['iid']}",
        "squash": mr["squash"],
        "has_conflicts": False,
        "blocking_discussions_resolved": True,
    }


def find_mr(project: dict, iid: str) -> dict:
    if not iid.isdigit():
        raise not_found("Merge Request")
    for mr in project["mrs"]:
        if mr["iid"] == int(iid):
            return mr
    raise not_found("Merge Request")


def open_duplicate(project: dict, mr_source: str, skip: dict | None = None) -> dict | None:
    """GitLab's MergeRequest#validate_branches: one open MR per source branch (whatever the target)."""
    for other in project["mrs"]:
        if other is skip:
            continue
        if other["state"] == "opened" and other["source_branch"] == mr_source:
            return other
    return None


def merge_mr(project: dict, mr: dict, expected_sha: str | None = None) -> dict:
    gd = project["git_dir"]
    with project["lock"]:
        if mr["state"] != "opened":
            raise ApiError(405, {"message": "405 Method Not Allowed"})
        source = branch_head(gd, mr["source_branch"])
        target = branch_head(gd, mr["target_branch"])
        if source is None or target is None:
            raise ApiError(405, {"message": "405 Method Not Allowed"})
        if expected_sha is not None and expected_sha != source:
            raise ApiError(409, {"message": f"SHA does not match HEAD of source branch: {source}"})
        proc = git(gd, "merge-tree", "--write-tree", "--no-messages", target, source, check=False)
        if proc.returncode != 0:
            raise ApiError(406, {"message": "Branch cannot be merged"})
        tree = proc.stdout.decode().split("\n", 1)[0].strip()
        message = (
            f"Merge branch '{mr['source_branch']}' into '{mr['target_branch']}'\n\n{mr['title']}\n\n"
            f"See merge request {project['path']}!{mr['iid']}"
        )
        merge = commit_tree(gd, tree, [target, source], message)
        if not cas_ref(gd, f"refs/heads/{mr['target_branch']}", merge, target):
            raise ApiError(409, {"message": "target branch moved during merge"})
        with STATE_LOCK:
            mr["state"] = "merged"
            mr["sha"] = source
            mr["merge_commit_sha"] = merge
            mr["merged_at"] = mr["updated_at"] = now_iso()
        if mr["remove_source_branch"]:
            git(gd, "update-ref", "-d", f"refs/heads/{mr['source_branch']}", source, check=False)
    return mr


# ----------------------------------------------------------------------------------------------
# users


def user_json_basic() -> dict:
    return {
        "id": USER_ID,
        "username": ARGS.user,
        "name": ARGS.user,
        "state": "active",
        "locked": False,
        "avatar_url": None,
        "web_url": f"{web_base()}/{ARGS.user}",
    }


def user_json() -> dict:
    u = user_json_basic()
    u.update(
        {
            "created_at": "2024-01-01T00:00:00.000Z",
            "bot": False,
            "email": f"{ARGS.user}@example.com",
            "public_email": None,
            "is_admin": False,
            "can_create_project": True,
            "can_create_group": True,
            "two_factor_enabled": False,
            "external": False,
        }
    )
    return u


# ----------------------------------------------------------------------------------------------
# HTTP


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if os.environ.get("FAKE_GITLAB_VERBOSE"):
            log(format % args)

    # -- plumbing

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                line = self.rfile.readline().strip()
                size = int(line.split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
            return data
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: object, headers: dict | None = None, raw: bytes | None = None,
              content_type: str = "application/json") -> None:
        if raw is None:
            if status == 204 or body is None:
                raw = b""
            elif isinstance(body, (bytes, bytearray)):
                raw = bytes(body)
            elif isinstance(body, str):
                raw = body.encode()
                content_type = "text/plain; charset=utf-8" if content_type == "application/json" else content_type
            else:
                raw = json.dumps(body).encode()
        self.send_response(status, REASONS.get(status))
        if status != 204:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("Cache-Control", "max-age=0, private, must-revalidate")
        self.send_header("X-Request-Id", f"fake-{time.monotonic_ns()}")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)

    def _rate_headers(self, throttled: bool = False) -> dict:
        now = int(time.time())
        window = now - now % 60
        with STATE_LOCK:
            if RATE["window"] != window:
                RATE["window"] = window
                RATE["used"] = 0
            RATE["used"] += 1
            used = RATE["used"]
        reset = window + 60
        return {
            "RateLimit-Name": "throttle_authenticated_api",
            "RateLimit-Limit": str(RATE_LIMIT),
            "RateLimit-Observed": str(used),
            "RateLimit-Remaining": "0" if throttled else str(max(0, RATE_LIMIT - used)),
            "RateLimit-Reset": str(reset),
            "RateLimit-ResetTime": email.utils.formatdate(reset, usegmt=True),
        }

    def _handle(self) -> None:
        split = urllib.parse.urlsplit(self.path)
        raw_path = split.path
        qpairs = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
        query = {k: v for k, v in qpairs}
        try:
            body_bytes = self._read_body()
        except (ValueError, OSError):
            self._send(400, {"message": "400 Bad request - malformed body"})
            return

        if raw_path.startswith("/_fake/"):
            try:
                status, payload = self._control(raw_path, body_bytes)
                self._send(status, payload)
            except ApiError as e:
                self._send(e.status, e.body, e.headers)
            except Exception as e:  # noqa: BLE001 - a test helper reports everything
                log("control error:", repr(e))
                self._send(500, {"message": f"fake control error: {e}"})
            return

        try:
            parsed_body: object = json.loads(body_bytes) if body_bytes else None
        except ValueError:
            parsed_body = body_bytes.decode("utf-8", "replace")
        with STATE_LOCK:
            REQUESTS.append(
                {
                    "method": self.command,
                    "path": raw_path,
                    "query": query,
                    "raw_query": split.query,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": parsed_body,
                }
            )

        if ARGS.latency_ms:
            time.sleep(ARGS.latency_ms / 1000.0)

        # faults
        fault = None
        with STATE_LOCK:
            for f in FAULTS:
                if f["times"] == 0:
                    continue
                if f.get("method") not in (None, "*", "") and f["method"].upper() != self.command:
                    continue
                if not re.search(f["path"], raw_path):
                    continue
                if f["times"] > 0:
                    f["times"] -= 1
                fault = dict(f)
                break
        if fault is not None:
            adv = fault.get("advance")
            if adv:
                try:
                    advance_commit(find_project(adv["repo"]), adv["branch"], adv.get("path"),
                                   adv.get("content"))
                except ApiError as e:
                    log("fault advance failed:", e)
            else:
                status = int(fault.get("status") or 500)
                headers = self._rate_headers(throttled=status == 429)
                if fault.get("retry_after") is not None:
                    headers["Retry-After"] = str(fault["retry_after"])
                body = fault.get("body")
                if body is None:
                    body = "Retry later\n" if status == 429 else {"message": f"{status} {REASONS.get(status, 'Error')}"}
                self._send(status, body, headers)
                return

        headers = self._rate_headers()
        token = self.headers.get("PRIVATE-TOKEN")
        auth = self.headers.get("Authorization", "")
        if token is None and auth.startswith("Bearer "):
            token = auth[len("Bearer "):]
        if token != ARGS.token:
            self._send(401, {"message": "401 Unauthorized"}, headers)
            return

        if not raw_path.startswith("/api/v4/"):
            self._send(404, {"error": "404 Not Found"}, headers)
            return
        segments = [urllib.parse.unquote(s) for s in raw_path[len("/api/v4/"):].split("/")]
        try:
            result = self._route(segments, query, parsed_body, headers)
        except ApiError as e:
            headers.update(e.headers)
            self._send(e.status, e.body, headers)
            return
        except GitError as e:
            log("git error:", e)
            self._send(500, {"message": "500 Internal Server Error"}, headers)
            return
        except Exception as e:  # noqa: BLE001
            log("internal error:", repr(e))
            self._send(500, {"message": "500 Internal Server Error"}, headers)
            return
        status, payload = result[0], result[1]
        if len(result) > 2:
            headers.update(result[2])
        if isinstance(payload, bytes):
            ctype = headers.pop("Content-Type", "text/plain; charset=utf-8")
            self._send(status, None, headers, raw=payload, content_type=ctype)
        else:
            self._send(status, payload, headers)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle

    # -- control API

    def _control(self, path: str, body_bytes: bytes) -> tuple[int, object]:
        body = json.loads(body_bytes) if body_bytes else {}
        m = self.command
        if path == "/_fake/repos" and m == "POST":
            repo = body["repo"].strip("/")
            default_branch = body.get("default_branch", "main")
            files = body.get("files", {})
            executable = set(body.get("executable", []))
            with STATE_LOCK:
                if repo in PROJECTS_BY_PATH:
                    raise ApiError(409, {"message": f"repo {repo} already exists"})
            gd = os.path.abspath(os.path.join(ARGS.root, *repo.split("/")) + ".git")
            os.makedirs(os.path.dirname(gd), exist_ok=True)
            subprocess.run(["git", "init", "--quiet", "--bare", f"--initial-branch={default_branch}", gd],
                           check=True, capture_output=True, env=git_env())
            flat = {}
            for p, text in files.items():
                flat[p] = ("100755" if p in executable else "100644", "blob",
                           hash_blob(gd, text.encode("utf-8")))
            head = commit_tree(gd, write_tree(gd, flat), [], body.get("message", "Initial commit"))
            cas_ref(gd, f"refs/heads/{default_branch}", head, None)
            project = register_project(repo, gd, default_branch)
            return 201, {"path": gd, "head": head, "id": project["id"]}
        if path == "/_fake/advance" and m == "POST":
            project = find_project(body["repo"])
            head = advance_commit(project, body["branch"], body.get("path"), body.get("content"),
                                  body.get("message"))
            return 200, {"head": head}
        if path == "/_fake/faults":
            if m == "POST":
                fault = {
                    "method": body.get("method"),
                    "path": body.get("path", ".*"),
                    "status": body.get("status"),
                    "times": int(body.get("times", 1)) if body.get("times") is not None else 1,
                    "body": body.get("body"),
                    "retry_after": body.get("retry_after"),
                    "advance": body.get("advance"),
                }
                re.compile(fault["path"])
                with STATE_LOCK:
                    FAULTS.append(fault)
                return 201, {"ok": True}
            if m == "DELETE":
                with STATE_LOCK:
                    FAULTS.clear()
                return 200, {"ok": True}
            if m == "GET":
                with STATE_LOCK:
                    return 200, list(FAULTS)
        if path == "/_fake/requests":
            with STATE_LOCK:
                if m == "GET":
                    return 200, list(REQUESTS)
                if m == "DELETE":
                    REQUESTS.clear()
                    return 200, {"ok": True}
        if path in ("/_fake/merge", "/_fake/close") and m == "POST":
            project = find_project(body["repo"])
            mr = find_mr(project, str(body["iid"]))
            if path == "/_fake/merge":
                merge_mr(project, mr)
            else:
                with STATE_LOCK:
                    if mr["state"] == "opened":
                        mr["state"] = "closed"
                        mr["closed_at"] = mr["updated_at"] = now_iso()
            return 200, mr_json(project, mr)
        raise ApiError(404, {"message": f"no control route {m} {path}"})

    # -- API routes

    def _route(self, seg: list[str], q: dict, body: object, headers: dict) -> tuple:
        m = self.command
        url_path = urllib.parse.urlsplit(self.path).path
        if seg == ["user"] and m in ("GET", "HEAD"):
            return 200, user_json()
        if seg == ["personal_access_tokens", "self"] and m in ("GET", "HEAD"):
            return 200, {
                "id": 1,
                "name": "fake-token",
                "revoked": False,
                "created_at": "2024-01-01T00:00:00.000Z",
                "description": None,
                "scopes": ["api"],
                "user_id": USER_ID,
                "last_used_at": now_iso(),
                "active": True,
                "expires_at": None,
            }
        if len(seg) < 2 or seg[0] != "projects":
            raise ApiError(404, {"error": "404 Not Found"})
        project = find_project(seg[1])
        gd = project["git_dir"]
        rest = seg[2:]

        if rest == [] and m in ("GET", "HEAD"):
            return 200, project_json(project)

        # ---- branches
        if rest[:2] == ["repository", "branches"]:
            if len(rest) == 2 and m == "POST":
                params = dict(q)
                if isinstance(body, dict):
                    check_object(body, {"branch": ((str,), False), "ref": ((str,), False)})
                    params.update(body)
                if not params.get("branch"):
                    raise invalid("branch", "is missing")
                if not params.get("ref"):
                    raise invalid("ref", "is missing")
                name, ref = params["branch"], params["ref"]
                if git(gd, "check-ref-format", f"refs/heads/{name}", check=False).returncode != 0:
                    raise bad_request("Branch name is invalid")
                with project["lock"]:
                    if branch_head(gd, name):
                        raise bad_request("Branch already exists")
                    sha = resolve_commit(gd, ref)
                    if sha is None:
                        raise bad_request("Invalid reference name: " + ref)
                    if not cas_ref(gd, f"refs/heads/{name}", sha, None):
                        raise bad_request("Branch already exists")
                return 201, self._branch_json(project, name, sha)
            if len(rest) >= 3:
                name = "/".join(rest[2:])
                if m in ("GET", "HEAD"):
                    sha = branch_head(gd, name)
                    if sha is None:
                        raise not_found("Branch")
                    return 200, self._branch_json(project, name, sha)
                if m == "DELETE":
                    with project["lock"]:
                        sha = branch_head(gd, name)
                        if sha is None:
                            raise not_found("Branch")
                        if name == project["default_branch"]:
                            raise bad_request("The default branch of a project cannot be deleted.")
                        git(gd, "update-ref", "-d", f"refs/heads/{name}", sha)
                    return 204, None

        # ---- tree
        if rest == ["repository", "tree"] and m in ("GET", "HEAD"):
            ref = q.get("ref") or project["default_branch"]
            sha = resolve_commit(gd, ref)
            if sha is None:
                raise not_found("Tree")
            sub = q.get("path", "").strip("/")
            recursive = query_bool(q, "recursive")
            treeish = f"{sha}:{sub}" if sub else f"{sha}^{{tree}}"
            if rev_parse(gd, treeish) is None or git_out(gd, "cat-file", "-t", treeish, check=False) != "tree":
                raise not_found("Tree")
            args = ["ls-tree", "-z"] + (["-r", "-t"] if recursive else []) + [treeish]
            out = git(gd, *args).stdout
            trees, blobs, mods = [], [], []
            for rec in out.split(b"\0"):
                if not rec:
                    continue
                meta, rel = rec.split(b"\t", 1)
                mode, typ, osha = meta.decode().split(" ")
                relp = rel.decode("utf-8", "replace")
                full = f"{sub}/{relp}" if sub else relp
                item = {"id": osha, "name": relp.rsplit("/", 1)[-1], "type": typ, "path": full, "mode": mode}
                (trees if typ == "tree" else blobs if typ == "blob" else mods).append(item)
            items = trees + blobs + mods
            if q.get("pagination") == "keyset":
                per_page = min(max(query_int(q, "per_page", 20), 1), 100)
                token = q.get("page_token")
                start = 0
                if token:
                    idx = next((k for k, it in enumerate(items) if it["path"] == token), None)
                    if idx is None:
                        raise bad_request("Invalid page token")
                    start = idx + 1
                chunk = items[start : start + per_page]
                if start + per_page < len(items):
                    qq = dict(q)
                    qq["page_token"] = chunk[-1]["path"]
                    headers["Link"] = f'<{web_base()}{url_path}?{urllib.parse.urlencode(qq)}>; rel="next"'
                return 200, chunk
            return 200, paginate(items, q, headers, url_path)

        # ---- files
        if rest[:2] == ["repository", "files"] and len(rest) >= 3:
            raw = rest[-1] == "raw" and len(rest) >= 4
            file_path = "/".join(rest[2:-1] if raw else rest[2:])
            if m not in ("GET", "HEAD"):
                raise ApiError(405, {"message": "405 Method Not Allowed"})
            ref = q.get("ref") or ("" if not raw else project["default_branch"])
            if not ref:
                raise invalid("ref", "is missing")
            sha = resolve_commit(gd, ref)
            if sha is None:
                raise not_found("Commit")
            flat_entry = git(gd, "ls-tree", "-z", "--full-tree", sha, "--", f":(literal){file_path}",
                             check=False).stdout
            entry = None
            for rec in flat_entry.split(b"\0"):
                if rec:
                    meta, rel = rec.split(b"\t", 1)
                    if rel.decode("utf-8", "replace") == file_path:
                        entry = meta.decode().split(" ")
            if entry is None or entry[1] != "blob":
                raise not_found("File")
            mode, _typ, blob = entry
            data = git(gd, "cat-file", "blob", blob).stdout
            last = last_commit_for_path(gd, sha, file_path) or sha
            meta_headers = {
                "X-Gitlab-Blob-Id": blob,
                "X-Gitlab-Commit-Id": sha,
                "X-Gitlab-Content-Sha256": hashlib.sha256(data).hexdigest(),
                "X-Gitlab-Encoding": "base64",
                "X-Gitlab-File-Name": file_path.rsplit("/", 1)[-1],
                "X-Gitlab-File-Path": file_path,
                "X-Gitlab-Last-Commit-Id": last,
                "X-Gitlab-Ref": ref,
                "X-Gitlab-Size": str(len(data)),
                "X-Gitlab-Execute-Filemode": "true" if mode == "100755" else "false",
            }
            if raw:
                meta_headers["Content-Type"] = "text/plain; charset=utf-8"
                return 200, data, meta_headers
            return 200, {
                "file_name": file_path.rsplit("/", 1)[-1],
                "file_path": file_path,
                "size": len(data),
                "encoding": "base64",
                "content": base64.b64encode(data).decode(),
                "content_sha256": meta_headers["X-Gitlab-Content-Sha256"],
                "ref": ref,
                "blob_id": blob,
                "commit_id": sha,
                "last_commit_id": last,
                "execute_filemode": mode == "100755",
            }, meta_headers

        # ---- blobs
        if len(rest) == 4 and rest[:2] == ["repository", "blobs"] and rest[3] == "raw" and m in ("GET", "HEAD"):
            blob = rest[2]
            if not re.match(r"^[0-9a-fA-F]{4,40}$", blob) or git_out(gd, "cat-file", "-t", blob, check=False) != "blob":
                raise not_found("Blob")
            return 200, git(gd, "cat-file", "blob", blob).stdout, {"Content-Type": "text/plain; charset=utf-8"}

        # ---- commits
        if rest == ["repository", "commits"] and m in ("GET", "HEAD"):
            ref = q.get("ref_name") or project["default_branch"]
            sha = resolve_commit(gd, ref)
            if sha is None:
                return 200, []
            per_page = min(max(query_int(q, "per_page", 20), 1), 100)
            page = max(query_int(q, "page", 1), 1)
            args = ["log", "--format=%H", f"--skip={(page - 1) * per_page}", f"--max-count={per_page + 1}"]
            if query_bool(q, "first_parent"):
                args.append("--first-parent")
            args.append(sha)
            if q.get("path"):
                args += ["--", f":(literal){q['path']}"]
            shas = git_out(gd, *args).split()
            more = len(shas) > per_page
            shas = shas[:per_page]
            headers["X-Page"] = str(page)
            headers["X-Per-Page"] = str(per_page)
            headers["X-Next-Page"] = str(page + 1) if more else ""
            headers["X-Prev-Page"] = str(page - 1) if page > 1 else ""
            out = []
            for s in shas:
                info = commit_info(gd, s)
                info["web_url"] = f"{web_base()}/{project['path']}/-/commit/{s}"
                out.append(info)
            return 200, out
        if rest == ["repository", "commits"] and m == "POST":
            body = validate_commit_body(body)
            return 201, create_commit(project, body)
        if len(rest) >= 3 and rest[:2] == ["repository", "commits"] and m in ("GET", "HEAD"):
            ref = "/".join(rest[2:])
            sha = resolve_commit(gd, ref)
            if sha is None:
                raise not_found("Commit")
            info = commit_info(gd, sha)
            info.update({"web_url": f"{web_base()}/{project['path']}/-/commit/{sha}", "project_id": project["id"],
                         "status": None, "last_pipeline": None})
            return 200, info

        # ---- merge requests
        if rest and rest[0] == "merge_requests":
            return self._merge_requests(project, rest[1:], q, body, headers, url_path)

        raise ApiError(404, {"error": "404 Not Found"})

    def _branch_json(self, project: dict, name: str, sha: str) -> dict:
        info = commit_info(project["git_dir"], sha)
        info["web_url"] = f"{web_base()}/{project['path']}/-/commit/{sha}"
        return {
            "name": name,
            "commit": info,
            "merged": False,
            "protected": False,
            "developers_can_push": False,
            "developers_can_merge": False,
            "can_push": True,
            "default": name == project["default_branch"],
            "web_url": f"{web_base()}/{project['path']}/-/tree/{name}",
        }

    def _merge_requests(self, project: dict, rest: list[str], q: dict, body: object, headers: dict,
                        url_path: str) -> tuple:
        m = self.command
        gd = project["git_dir"]
        if rest == [] and m in ("GET", "HEAD"):
            state = q.get("state", "all")
            if state not in ("opened", "closed", "locked", "merged", "all"):
                raise invalid("state", "does not have a valid value")
            with STATE_LOCK:
                mrs = [
                    mr for mr in reversed(project["mrs"])
                    if (state == "all" or mr["state"] == state)
                    and ("source_branch" not in q or mr["source_branch"] == q["source_branch"])
                    and ("target_branch" not in q or mr["target_branch"] == q["target_branch"])
                ]
            page = paginate(mrs, q, headers, url_path)
            return 200, [mr_json(project, mr) for mr in page]
        if rest == [] and m == "POST":
            params = dict(body) if isinstance(body, dict) else {}
            check_object(params, {
                "source_branch": ((str,), True),
                "target_branch": ((str,), True),
                "title": ((str,), True),
                "description": ((str,), False),
                "remove_source_branch": ((bool,), False),
                "squash": ((bool,), False),
                "labels": ((str,), False),
                "allow_collaboration": ((bool,), False),
            })
            src, tgt = params["source_branch"], params["target_branch"]
            if not params["title"]:
                raise invalid("title", "is empty")
            if src == tgt:
                raise ApiError(409, {"message": ["You can't use same project/branch for source and target"]})
            with project["lock"], STATE_LOCK:
                dup = open_duplicate(project, src)
                if dup is not None:
                    raise ApiError(409, {"message": [
                        f"Another open merge request already exists for this source branch: !{dup['iid']}"]})
                src_sha = branch_head(gd, src)
                if src_sha is None:
                    raise ApiError(400, {"message": {"source_branch": ["is invalid"]}})
                if branch_head(gd, tgt) is None:
                    raise ApiError(400, {"message": {"target_branch": ["is invalid"]}})
                mr = {
                    "id": NEXT_MR_ID[0],
                    "iid": project["next_iid"],
                    "title": params["title"],
                    "description": params.get("description") or "",
                    "state": "opened",
                    "source_branch": src,
                    "target_branch": tgt,
                    "sha": src_sha,
                    "merge_commit_sha": None,
                    "remove_source_branch": bool(params.get("remove_source_branch")),
                    "squash": bool(params.get("squash")),
                    "created_at": now_iso(),
                    "updated_at": now_iso(),
                    "merged_at": None,
                    "closed_at": None,
                }
                NEXT_MR_ID[0] += 1
                project["next_iid"] += 1
                project["mrs"].append(mr)
            return 201, mr_json(project, mr)
        if len(rest) == 1:
            mr = find_mr(project, rest[0])
            if m in ("GET", "HEAD"):
                return 200, mr_json(project, mr)
            if m == "PUT":
                params = dict(body) if isinstance(body, dict) else {}
                check_object(params, {
                    "title": ((str,), False),
                    "description": ((str,), False),
                    "state_event": ((str,), False),
                    "target_branch": ((str,), False),
                    "remove_source_branch": ((bool,), False),
                    "squash": ((bool,), False),
                    "labels": ((str,), False),
                })
                if not params:
                    raise ApiError(400, {"error": "assignee_id, assignee_ids, reviewer_ids, description, labels, "
                                                  "add_labels, remove_labels, milestone_id, remove_source_branch, "
                                                  "allow_collaboration, allow_maintainer_to_push, squash, "
                                                  "discussion_locked, state_event, target_branch, title are "
                                                  "missing, at least one parameter must be provided"})
                if "state_event" in params and params["state_event"] not in ("close", "reopen"):
                    raise invalid("state_event", "does not have a valid value")
                with project["lock"], STATE_LOCK:
                    if params.get("state_event") == "reopen" and mr["state"] == "closed":
                        dup = open_duplicate(project, mr["source_branch"], mr)
                        if dup is not None:
                            raise ApiError(409, {"message": [
                                f"Another open merge request already exists for this source branch: !{dup['iid']}"]})
                    if "title" in params:
                        mr["title"] = params["title"]
                    if "description" in params:
                        mr["description"] = params["description"]
                    if "target_branch" in params:
                        mr["target_branch"] = params["target_branch"]
                    if "remove_source_branch" in params:
                        mr["remove_source_branch"] = params["remove_source_branch"]
                    if "squash" in params:
                        mr["squash"] = params["squash"]
                    if params.get("state_event") == "close" and mr["state"] == "opened":
                        mr["state"] = "closed"
                        mr["closed_at"] = now_iso()
                    elif params.get("state_event") == "reopen" and mr["state"] == "closed":
                        mr["state"] = "opened"
                        mr["closed_at"] = None
                    mr["updated_at"] = now_iso()
                return 200, mr_json(project, mr)
        if len(rest) == 2 and rest[1] == "merge" and m == "PUT":
            mr = find_mr(project, rest[0])
            params = dict(q)
            if isinstance(body, dict):
                params.update(body)
            merge_mr(project, mr, params.get("sha"))
            return 200, mr_json(project, mr)
        raise ApiError(404, {"error": "404 Not Found"})


# ----------------------------------------------------------------------------------------------
# main


def main() -> None:
    global ARGS, PORT
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--user", default="fake-user")
    parser.add_argument("--latency-ms", type=int, default=0)
    ARGS = parser.parse_args()
    ARGS.root = os.path.abspath(ARGS.root)
    os.makedirs(ARGS.root, exist_ok=True)
    discover_projects(ARGS.root)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    PORT = server.server_address[1]

    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))

    def watch_stdin() -> None:
        try:
            while sys.stdin.buffer.read(65536):
                pass
        except Exception:  # noqa: BLE001
            pass
        os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    sys.stdout.write(f"READY {PORT}\n")
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
