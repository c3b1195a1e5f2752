#!/usr/bin/env python3
"""Fake Gitea/Forgejo API v1 (plus Git smart HTTP) on top of real bare repositories.

    python3 tests/fakes/gitea_api.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

Prints `READY <port>` and serves until stdin EOF or SIGTERM.  Bare repositories live in
DIR/<owner>/<name>.git; every Git operation is real git plumbing.

API (under /api/v1; `Authorization: token TOKEN` or `Authorization: Bearer TOKEN`, else 401):
  GET   /api/v1/version                                  (no auth, as in Gitea)
  GET   /api/v1/user
  GET   /api/v1/repos/{o}/{r}
  GET   /api/v1/repos/{o}/{r}/branches/{branch}          (branch may contain '/')
  GET   /api/v1/repos/{o}/{r}/git/commits/{sha}
  GET   /api/v1/repos/{o}/{r}/git/trees/{sha}?recursive=&page=&per_page=   (max/default 1000)
  GET   /api/v1/repos/{o}/{r}/git/blobs/{sha}
  POST  /api/v1/repos/{o}/{r}/contents                   (ChangeFilesOptions, one commit or nothing)
  GET   /api/v1/repos/{o}/{r}/pulls?state=&page=&limit=
  POST  /api/v1/repos/{o}/{r}/pulls
  GET   /api/v1/repos/{o}/{r}/pulls/{index}
  PATCH /api/v1/repos/{o}/{r}/pulls/{index}              (201, as Gitea)
Git smart HTTP: /{o}/{r}.git/... (and without .git) via `git http-backend`, HTTP Basic auth with
any user name and password == TOKEN (the token owner is what counts, as in Gitea).
Errors use Gitea's shape {"message": ..., "url": ".../api/swagger"}.  Request bodies are checked
strictly: unknown keys or wrong types -> 422 "[Field]: ..." (real Gitea ignores unknown keys).
Control API: see fakelib.py, plus POST /_fake/merge {"repo","number"} (real merge commit) and
POST /_fake/close {"repo","number"}.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import subprocess
import sys
import threading
import time
from typing import Any
from urllib.parse import unquote, urlencode

sys.dont_write_bytecode = True  # keep tests/fakes free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402
import git_http  # noqa: E402
from fakelib import Entry, Reply  # noqa: E402

SHA_RE = fakelib.SHA_RE
GITEA_VERSION = "1.22.0"
TREES_PER_PAGE = 1000  # setting.API.DefaultGitTreesPerPage (app.ini [api] DEFAULT_GIT_TREES_PER_PAGE)
PAGING_NUM = 30  # setting.API.DefaultPagingNum
MAX_ITEMS = 50  # setting.API.MaxResponseItems

# ---- request schemas (fields Gitea documents; anything else is rejected) -----------------
S = {"type": "string"}
B = {"type": "boolean"}
IDENT = {"type": "object", "props": {"name": S, "email": S}}
SCHEMA_FILE_OP = {"type": "object",
                  "props": {"operation": {"type": "string", "enum": ["create", "update", "delete"]},
                            "path": S, "content": S, "sha": S, "from_path": S},
                  "required": ["operation", "path"]}
SCHEMA_CHANGE_FILES = {"type": "object",
                       "props": {"branch": S, "new_branch": S, "message": S, "author": IDENT, "committer": IDENT,
                                 "dates": {"type": "object", "props": {"author": S, "committer": S}},
                                 "signoff": B, "files": {"type": "array", "items": SCHEMA_FILE_OP}},
                       "required": ["files"]}
SCHEMA_PULL_CREATE = {"type": "object",
                      "props": {"head": S, "base": S, "title": S, "body": S, "assignee": S,
                                "assignees": {"type": ["array", "null"], "items": S},
                                "labels": {"type": ["array", "null"], "items": {"type": "integer"}},
                                "milestone": {"type": "integer"}, "due_date": {"type": ["string", "null"]},
                                "reviewers": {"type": ["array", "null"], "items": S},
                                "team_reviewers": {"type": ["array", "null"], "items": S}},
                      "required": ["head", "base", "title"]}
SCHEMA_PULL_EDIT = {"type": "object",
                    "props": {"title": S, "body": {"type": ["string", "null"]}, "base": S,
                              "state": {"type": ["string", "null"], "enum": ["open", "closed", None]},
                              "assignee": S, "assignees": {"type": ["array", "null"], "items": S},
                              "labels": {"type": ["array", "null"], "items": {"type": "integer"}},
                              "milestone": {"type": "integer"}, "due_date": {"type": ["string", "null"]},
                              "unset_due_date": B, "allow_maintainer_edit": B}}

PULLS_LOCK = threading.Lock()
PULLS: dict[str, dict[str, Any]] = {}  # repo path -> {"next": int, "items": {number: pr}}


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def git_date(s: str, field: str) -> str:
    try:
        d = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise Reply(422, {"message": f"[{field}]: parsing time {json.dumps(s)} as RFC3339 failed"})
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"@{int(d.timestamp())} {sign}{abs(off) // 60:02d}{abs(off) % 60:02d}"


def go_field(where: str) -> str:
    """'files/0/sha' -> 'Files[0].SHA'-ish label used in Gitea binding errors."""
    out = []
    for part in where.split("/"):
        if part.isdigit():
            out[-1] += f"[{part}]"
        else:
            out.append("".join(w[:1].upper() + w[1:] for w in part.split("_")))
    return ".".join(out)


def merge_tree(repo: str, base: str, head: str) -> str | None:
    """Tree of merging head into base (None on conflicts); uses git merge-tree --write-tree."""
    if fakelib.is_ancestor(repo, base, head):
        return fakelib.read_commit(repo, head)["tree"]
    r = subprocess.run(["git", f"--git-dir={repo}", "merge-tree", "--write-tree", "--no-messages", base, head],
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=fakelib.git_env())
    line = r.stdout.decode().split("\n", 1)[0].strip()
    return line if r.returncode == 0 and SHA_RE.match(line) else None


class GiteaHandler(git_http.GitHttpHandler):
    # ---- auth -----------------------------------------------------------------------------
    def is_git_path(self, path: str) -> bool:
        return not (path == "/api" or path.startswith("/api/"))

    def auth_status(self) -> str:
        """For Git paths: Basic auth, any user name, password == TOKEN."""
        h = self.headers.get("Authorization")
        if not h:
            return "none"
        scheme, _, value = h.partition(" ")
        if scheme.lower() != "basic":
            return "bad"
        try:
            _user, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return "bad"
        return "ok" if sep and password == self.state.opts.token else "bad"

    def api_auth_status(self) -> str:
        h = (self.headers.get("Authorization") or "").strip()
        if not h:
            return "none"
        scheme, _, value = h.partition(" ")
        if scheme.lower() in ("token", "bearer") and value.strip() == self.state.opts.token:
            return "ok"
        return "bad"

    def redact_headers(self, headers: dict[str, str]) -> dict[str, str]:
        path, _ = self.split_target()
        if self.is_git_path(path) and "authorization" in headers:
            headers["authorization"] = "<present>"
        return headers

    def extra_record(self) -> dict[str, Any]:
        path, _ = self.split_target()
        return {"auth": self.auth_status() if self.is_git_path(path) else self.api_auth_status()}

    # ---- helpers --------------------------------------------------------------------------
    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.state.port}"

    @property
    def swagger(self) -> str:
        return f"{self.web}/api/swagger"

    def err(self, status: int, message: str) -> Reply:
        return Reply(status, {"message": message, "url": self.swagger})

    def not_found(self, message: str = "The target couldn't be found.") -> Reply:
        return Reply(404, {"errors": [message] if message != "The target couldn't be found." else None,
                           "message": message, "url": self.swagger})

    def login(self) -> str:
        return self.state.opts.user or "fake-user"

    def json_body(self, raw: bytes) -> Any:
        if not raw.strip():
            return {}
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise self.err(422, f"[]: {e}")

    def check(self, body: Any, schema: dict[str, Any]) -> dict[str, Any]:
        errs = fakelib.validate(body, schema)
        if errs:
            e = errs[0]
            kind = {"missing_field": "Required", "unexpected": "Unknown field (fake strict validation)"}.get(
                e["code"], "json: cannot unmarshal: " + e["message"])
            raise self.err(422, f"[{go_field(e['field'])}]: {kind}")
        return body

    def user_json(self) -> dict[str, Any]:
        login = self.login()
        return {"id": 1, "login": login, "login_name": "", "full_name": "", "email": f"{login}@noreply.localhost",
                "avatar_url": f"{self.web}/avatars/{login}", "html_url": f"{self.web}/{login}",
                "language": "", "is_admin": False, "restricted": False, "active": True, "prohibit_login": False,
                "visibility": "public", "username": login}

    # ---- entry point ----------------------------------------------------------------------
    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        if self.is_git_path(path):
            super().handle_fake_request(path, query, raw)  # git_http: Basic auth, fault, http-backend
            return
        if not (path == "/api/v1" or path.startswith("/api/v1/")):
            raise self.not_found()
        rpath = path[len("/api/v1"):] or "/"
        if rpath == "/version" and self.command == "GET":
            self.send_json(200, {"version": GITEA_VERSION})
            return
        if self.api_auth_status() != "ok":
            raise Reply(401, {"message": "token is required", "url": self.swagger})
        if self.apply_fault(path):
            return
        status, obj, extra = self.route(self.command, rpath, query, raw)
        self.send_json(status, obj, extra)

    def route(self, method: str, p: str, q: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        if p == "/user" and method == "GET":
            return 200, self.user_json(), {}
        m = re.match(r"^/repos/([^/]+)/([^/]+)(/.*)?$", p)
        if not m:
            raise self.not_found()
        owner, name, rest = unquote(m.group(1)), unquote(m.group(2)), m.group(3) or ""
        repo = self.state.existing_repo(owner, name)
        if repo is None:
            raise self.not_found()
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.full_name = rel[:-4] if rel.endswith(".git") else rel
        self.repo_api = f"{self.web}/api/v1/repos/{self.full_name}"
        if rest in ("", "/") and method == "GET":
            return 200, self.repo_json(repo), {}
        body = self.json_body(raw) if method in ("POST", "PATCH", "PUT") else None

        if m2 := re.match(r"^/branches/(.+)$", rest):
            if method == "GET":
                return 200, self.branch_json(repo, unquote(m2.group(1))), {}
        elif m2 := re.match(r"^/git/commits/([^/]+)$", rest):
            if method == "GET":
                return 200, self.commit_json(repo, unquote(m2.group(1))), {}
        elif m2 := re.match(r"^/git/trees/(.+)$", rest):
            if method == "GET":
                return 200, self.tree_json(repo, unquote(m2.group(1)), q), {}
        elif m2 := re.match(r"^/git/blobs/([^/]+)$", rest):
            if method == "GET":
                return 200, self.blob_json(repo, m2.group(1)), {}
        elif rest in ("/contents", "/contents/"):
            if method == "POST":
                return 201, self.change_files(repo, self.check(body, SCHEMA_CHANGE_FILES)), {}
        elif rest in ("/pulls", "/pulls/"):
            if method == "GET":
                return self.list_pulls(repo, q)
            if method == "POST":
                return 201, self.create_pull(repo, self.check(body, SCHEMA_PULL_CREATE)), {}
        elif m2 := re.match(r"^/pulls/(\d+)$", rest):
            n = int(m2.group(1))
            if method == "GET":
                return 200, self.pull_json(repo, self.find_pull(repo, n)), {}
            if method == "PATCH":
                return 201, self.edit_pull(repo, n, self.check(body, SCHEMA_PULL_EDIT)), {}
        raise self.not_found()

    # ---- repository / branch --------------------------------------------------------------
    def repo_json(self, repo: str) -> dict[str, Any]:
        owner, name = self.full_name.split("/")
        empty = not fakelib.git(repo, "for-each-ref", "--count=1", "refs/heads/").strip()
        return {"id": abs(hash(self.full_name)) % 10**6, "owner": {"id": 1, "login": owner, "username": owner},
                "name": name, "full_name": self.full_name, "description": "", "empty": empty, "private": True,
                "fork": False, "template": False, "mirror": False, "archived": False,
                "html_url": f"{self.web}/{self.full_name}", "url": self.repo_api,
                "clone_url": f"{self.web}/{self.full_name}.git",
                "ssh_url": f"git@127.0.0.1:{self.full_name}.git",
                "default_branch": fakelib.default_branch(repo),
                "permissions": {"admin": False, "push": True, "pull": True},
                "has_pull_requests": True, "allow_merge_commits": True, "default_merge_style": "merge"}

    def commit_user(self, info: dict[str, Any], key: str) -> dict[str, Any]:
        who = info.get(key) or {}
        return {"name": who.get("name", ""), "email": who.get("email", ""), "date": who.get("date", "")}

    def branch_json(self, repo: str, branch: str) -> dict[str, Any]:
        sha = fakelib.branch_head(repo, branch)
        if sha is None:
            raise self.not_found(f"branch does not exist [repo_id: 1 name: {branch}]")
        info = fakelib.read_commit(repo, sha)
        return {"name": branch,
                "commit": {"id": sha, "message": info["message"], "url": f"{self.web}/{self.full_name}/commit/{sha}",
                           "author": self.commit_user(info, "author"), "committer": self.commit_user(info, "committer"),
                           "verification": {"verified": False, "reason": "gpg.error.not_signed_commit",
                                            "signature": "", "signer": None, "payload": ""},
                           "timestamp": (info.get("committer") or {}).get("date", ""), "added": None,
                           "removed": None, "modified": None},
                "protected": False, "required_approvals": 0, "enable_status_check": False,
                "status_check_contexts": [], "user_can_push": True, "user_can_merge": True,
                "effective_branch_protection_name": ""}

    # ---- git data -------------------------------------------------------------------------
    def commit_json(self, repo: str, spec: str) -> dict[str, Any]:
        sha = spec if SHA_RE.match(spec) else None
        info = fakelib.read_commit(repo, sha) if sha else None
        if info is None:
            raise self.not_found(f"object does not exist [id: {spec}, rel_path: ]")
        sha = info["sha"]
        return {"url": f"{self.repo_api}/git/commits/{sha}", "sha": sha,
                "created": (info.get("committer") or {}).get("date", ""),
                "html_url": f"{self.web}/{self.full_name}/commit/{sha}",
                "commit": {"url": f"{self.repo_api}/git/commits/{sha}",
                           "author": self.commit_user(info, "author"), "committer": self.commit_user(info, "committer"),
                           "message": info["message"],
                           "tree": {"url": f"{self.repo_api}/git/trees/{info['tree']}", "sha": info["tree"],
                                    "created": (info.get("committer") or {}).get("date", "")},
                           "verification": {"verified": False, "reason": "gpg.error.not_signed_commit",
                                            "signature": "", "signer": None, "payload": ""}},
                "author": None, "committer": None,
                "parents": [{"url": f"{self.repo_api}/git/commits/{p}", "sha": p,
                             "created": (info.get("committer") or {}).get("date", "")} for p in info["parents"]],
                "files": None, "stats": None}

    def tree_json(self, repo: str, spec: str, q: dict[str, str]) -> dict[str, Any]:
        if not spec or spec.startswith("-"):
            raise self.err(400, f"sha not found [{spec}]")
        out = fakelib.git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", spec + "^{tree}",
                          check=False).decode().strip()
        if not SHA_RE.match(out):
            raise self.err(400, f"sha not found [{spec}]")
        recursive = q.get("recursive", "").lower() in ("1", "true", "t")

        def to_int(v: str | None) -> int:
            try:
                return int(v) if v else 0
            except ValueError:
                raise self.err(422, f"invalid integer {v!r}")

        per_page, page = to_int(q.get("per_page")), to_int(q.get("page"))
        if per_page <= 0 or per_page > TREES_PER_PAGE:
            per_page = TREES_PER_PAGE
        page = max(page, 1)
        entries = fakelib.tree_entries(repo, out, recursive)
        resp: dict[str, Any] = {"sha": out, "url": f"{self.repo_api}/git/trees/{out}", "tree": None,
                                "truncated": False, "page": page, "total_count": len(entries)}
        start = per_page * (page - 1)
        if start >= len(entries):
            return resp
        end = min(start + per_page, len(entries))
        resp["truncated"] = end < len(entries)
        chunk = []
        for e in entries[start:end]:
            url = (f"{self.repo_api}/git/trees/{e['sha']}" if e["type"] == "tree" else
                   "" if e["type"] == "commit" else f"{self.repo_api}/git/blobs/{e['sha']}")
            chunk.append({"path": e["path"], "mode": e["mode"], "type": e["type"], "size": e.get("size", 0),
                          "sha": e["sha"], "url": url})
        resp["tree"] = chunk
        return resp

    def blob_json(self, repo: str, sha: str) -> dict[str, Any]:
        if fakelib.object_type(repo, sha) != "blob":
            raise self.err(400, f"object does not exist [id: {sha}, rel_path: ]")
        data = fakelib.git(repo, "cat-file", "blob", sha)
        return {"content": base64.b64encode(data).decode(), "encoding": "base64",
                "url": f"{self.repo_api}/git/blobs/{sha}", "sha": sha, "size": len(data)}

    # ---- contents: one atomic commit --------------------------------------------------------
    def clean_path(self, p: str) -> str:
        parts = [c for c in p.replace("\\", "/").split("/") if c not in ("", ".")]
        if not parts or any(c == ".." for c in parts) or any(c.lower() == ".git" for c in parts) or "\0" in p:
            raise self.err(422, f"path contains a malformed path component [path: {p}]")
        return "/".join(parts)

    def content_response(self, repo: str, commit: str, path: str, branch: str) -> dict[str, Any] | None:
        info = fakelib.read_commit(repo, commit)
        flat = fakelib.flatten_tree(repo, info["tree"])
        ent = flat.get(path)
        if ent is None:
            return None
        data = fakelib.git(repo, "cat-file", "blob", ent.sha) if ent.type == "blob" else b""
        typ = {"120000": "symlink", "160000": "submodule"}.get(ent.mode, "file")
        self_url = f"{self.repo_api}/contents/{path}?ref={branch}"
        return {"name": path.rsplit("/", 1)[-1], "path": path, "sha": ent.sha, "last_commit_sha": commit,
                "type": typ, "size": len(data), "encoding": "base64" if typ == "file" else None,
                "content": base64.b64encode(data).decode() if typ == "file" else None,
                "target": data.decode("utf-8", "replace") if typ == "symlink" else None,
                "url": self_url, "html_url": f"{self.web}/{self.full_name}/src/branch/{branch}/{path}",
                "git_url": f"{self.repo_api}/git/blobs/{ent.sha}",
                "download_url": f"{self.web}/{self.full_name}/raw/branch/{branch}/{path}",
                "submodule_git_url": None,
                "_links": {"self": self_url, "git": f"{self.repo_api}/git/blobs/{ent.sha}",
                           "html": f"{self.web}/{self.full_name}/src/branch/{branch}/{path}"}}

    def change_files(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        branch = body.get("branch") or fakelib.default_branch(repo)
        new_branch = body.get("new_branch") or branch
        for b in (branch, new_branch):
            if not fakelib.valid_branch(b) or len(b) > 100:
                raise self.err(422, "[BranchName]: GitRefName")
        files = body["files"]
        if not files:
            raise self.err(422, "[Files]: Required")
        decoded: list[tuple[str, str, str, bytes | None, str]] = []  # op, path, from_path, data, sha
        for i, f in enumerate(files):
            path = self.clean_path(f["path"])
            from_path = self.clean_path(f["from_path"]) if f.get("from_path") else path
            data = None
            if f["operation"] in ("create", "update"):
                try:
                    data = base64.b64decode(f.get("content", ""), validate=True)
                except (binascii.Error, ValueError) as e:
                    raise self.err(422, f"illegal base64 data: {e}")
            decoded.append((f["operation"], path, from_path, data, f.get("sha", "")))
        with self.state.repo_lock(repo):
            old = fakelib.branch_head(repo, branch)
            if old is None:
                raise self.not_found(f"branch does not exist [repo_id: 1 name: {branch}]")
            if new_branch != branch and fakelib.branch_head(repo, new_branch) is not None:
                raise self.err(422, f"branch already exists [name: {new_branch}]")
            info = fakelib.read_commit(repo, old)
            flat = fakelib.flatten_tree(repo, info["tree"])
            orig = dict(flat)
            dirs = {"/".join(k.split("/")[:j]) for k in orig for j in range(1, k.count("/") + 1)}

            for op, path, from_path, data, sha in decoded:
                executable = False
                if op in ("update", "delete"):
                    ent = orig.get(from_path)
                    if ent is None:
                        raise self.not_found(f"object does not exist [id: , rel_path: {from_path}]")
                    if not sha:
                        raise self.err(422, "a SHA or commit ID must be proved when updating a file")
                    if sha != ent.sha:
                        raise self.err(422, f"sha does not match [given: {sha}, expected: {ent.sha}]")
                    executable = ent.mode == "100755"
                if op in ("create", "update"):
                    parts = path.split("/")
                    for j in range(1, len(parts)):
                        sub = "/".join(parts[:j])
                        if sub in orig:
                            raise self.err(422, "a file exists where you’re trying to create a subdirectory "
                                                f"[path: {sub}]")
                    if path in dirs:
                        raise self.err(422, f"a directory exists where you’re trying to create a file [path: {path}]")
                    if path in orig and orig[path].mode == "120000":
                        raise self.err(422, "a symbolic link exists where you’re trying to create a subdirectory "
                                            f"[path: {path}]")
                    if (op == "create" or from_path != path) and (path in orig or path in flat):
                        raise self.err(422, f"repository file already exists [path: {path}]")
                    if from_path != path:
                        flat.pop(from_path, None)
                    flat[path] = Entry("100755" if executable else "100644", "blob", fakelib.hash_blob(repo, data))
                else:
                    flat.pop(from_path, None)
            try:
                tree = fakelib.write_tree(repo, flat)
            except ValueError as e:
                raise self.err(422, str(e))
            author = body.get("author") or {}
            committer = body.get("committer") or {}
            if author.get("name") or author.get("email"):
                if not (committer.get("name") or committer.get("email")):
                    committer = author
            elif committer.get("name") or committer.get("email"):
                author = committer
            login = self.login()
            a_name, a_email = author.get("name") or login, author.get("email") or f"{login}@noreply.localhost"
            c_name, c_email = committer.get("name") or login, committer.get("email") or f"{login}@noreply.localhost"
            dates = body.get("dates") or {}
            env = fakelib.ident_env(a_name, a_email,
                                    date=git_date(dates["author"], "Dates.Author") if dates.get("author") else None,
                                    c_name=c_name, c_email=c_email,
                                    c_date=git_date(dates["committer"], "Dates.Committer")
                                    if dates.get("committer") else None)
            message = (body.get("message") or "").strip()
            if not message:
                groups = {"create": [], "update": [], "delete": []}
                for op, path, *_ in decoded:
                    groups[op].append(path)
                message = "\n".join(f"{verb} {', '.join(groups[op])}" for op, verb in
                                    (("create", "Add"), ("update", "Update"), ("delete", "Delete")) if groups[op])
            message += "\n"
            if body.get("signoff"):
                message += f"\nSigned-off-by: {c_name} <{c_email}>\n"
            new = fakelib.commit_tree(repo, tree, [old], message, env)
            ref = f"refs/heads/{new_branch}"
            if not fakelib.update_ref(repo, ref, new, old if new_branch == branch else None):
                raise self.err(409, f"branch {new_branch} moved concurrently")
        c = fakelib.read_commit(repo, new)
        return {"files": [self.content_response(repo, new, path, new_branch) for _, path, *_ in decoded],
                "commit": {"url": f"{self.repo_api}/git/commits/{new}", "sha": new, "created": c["committer"]["date"],
                           "html_url": f"{self.web}/{self.full_name}/commit/{new}",
                           "author": {"name": a_name, "email": a_email, "date": c["author"]["date"]},
                           "committer": {"name": c_name, "email": c_email, "date": c["committer"]["date"]},
                           "parents": [{"url": f"{self.repo_api}/git/commits/{old}", "sha": old,
                                        "created": info["committer"]["date"]}],
                           "message": c["message"],
                           "tree": {"url": f"{self.repo_api}/git/trees/{tree}", "sha": tree,
                                    "created": c["committer"]["date"]}},
                "verification": {"verified": False, "reason": "gpg.error.not_signed_commit", "signature": "",
                                 "signer": None, "payload": ""}}

    # ---- pull requests --------------------------------------------------------------------
    def pulls(self, repo: str) -> dict[str, Any]:
        return PULLS.setdefault(repo, {"next": 1, "items": {}})

    def find_pull(self, repo: str, n: int) -> dict[str, Any]:
        with PULLS_LOCK:
            pr = self.pulls(repo)["items"].get(n)
        if pr is None:
            raise self.not_found(f"pull request does not exist [id: 0, issue_id: 0, head_repo_id: 0, "
                                 f"base_repo_id: 0, head_branch: , base_branch: ]")
        return pr

    def pull_json(self, repo: str, pr: dict[str, Any]) -> dict[str, Any]:
        owner, name = self.full_name.split("/")
        n = pr["number"]
        head_sha = pr["head_sha"]
        if pr["state"] == "open":
            head_sha = fakelib.branch_head(repo, pr["head"]) or head_sha
        base_sha = fakelib.branch_head(repo, pr["base"]) or pr["base_sha"]
        repo_obj = {"id": 1, "name": name, "full_name": self.full_name, "owner": {"login": owner},
                    "html_url": f"{self.web}/{self.full_name}", "clone_url": f"{self.web}/{self.full_name}.git"}
        return {"id": 1000 + n, "url": f"{self.web}/{self.full_name}/pulls/{n}", "number": n,
                "user": {"id": 1, "login": pr["user"]}, "title": pr["title"], "body": pr["body"], "labels": [],
                "milestone": None, "assignee": None, "assignees": None, "requested_reviewers": None,
                "state": pr["state"], "draft": False, "is_locked": False, "comments": 0,
                "html_url": f"{self.web}/{self.full_name}/pulls/{n}",
                "diff_url": f"{self.web}/{self.full_name}/pulls/{n}.diff",
                "patch_url": f"{self.web}/{self.full_name}/pulls/{n}.patch",
                "mergeable": pr["state"] == "open", "merged": pr["merged"], "merged_at": pr["merged_at"],
                "merge_commit_sha": pr["merge_commit_sha"], "merged_by": {"login": self.login()} if pr["merged"] else None,
                "allow_maintainer_edit": False,
                "base": {"label": pr["base"], "ref": pr["base"], "sha": base_sha, "repo_id": 1, "repo": repo_obj},
                "head": {"label": pr["head"], "ref": pr["head"], "sha": head_sha, "repo_id": 1, "repo": repo_obj},
                "merge_base": pr["base_sha"], "due_date": None, "created_at": pr["created_at"],
                "updated_at": pr["updated_at"], "closed_at": pr["closed_at"], "pin_order": 0}

    def open_duplicate(self, repo: str, head: str, base: str, skip: dict[str, Any] | None = None):
        for other in self.pulls(repo)["items"].values():
            if other is not skip and other["state"] == "open" and other["head"] == head and other["base"] == base:
                return other
        return None

    def exists_msg(self, pr: dict[str, Any]) -> str:
        return (f"pull request already exists for these targets [id: {1000 + pr['number']}, issue_id: "
                f"{pr['number']}, head_repo_id: 1, base_repo_id: 1, head_branch: {pr['head']}, "
                f"base_branch: {pr['base']}]")

    def create_pull(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        head, base = body["head"], body["base"]
        owner = self.full_name.split("/")[0]
        if ":" in head:
            h_owner, _, head = head.partition(":")
            if h_owner.lower() != owner.lower():
                raise self.not_found()
        head_sha = fakelib.branch_head(repo, head)
        base_sha = fakelib.branch_head(repo, base)
        if head_sha is None or base_sha is None:
            raise self.not_found(f"branch does not exist [repo_id: 1 name: {head if head_sha is None else base}]")
        if head == base:
            raise self.err(422, "Invalid PullRequest: There are no changes between the head and the base")
        with PULLS_LOCK:
            st = self.pulls(repo)
            dup = self.open_duplicate(repo, head, base)
            if dup is not None:
                raise self.err(409, self.exists_msg(dup))
            if fakelib.is_ancestor(repo, head_sha, base_sha):
                raise self.err(422, "Invalid PullRequest: There are no changes between the head and the base")
            n = st["next"]
            st["next"] += 1
            ts = now_iso()
            mb = fakelib.git(repo, "merge-base", base_sha, head_sha, check=False).decode().strip() or base_sha
            pr = {"number": n, "title": body["title"], "body": body.get("body", ""), "head": head, "base": base,
                  "head_sha": head_sha, "base_sha": mb, "state": "open", "merged": False, "merged_at": None,
                  "merge_commit_sha": None, "created_at": ts, "updated_at": ts, "closed_at": None,
                  "user": self.login()}
            st["items"][n] = pr
        return self.pull_json(repo, pr)

    def list_pulls(self, repo: str, q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        state = q.get("state") or "open"
        if state not in ("open", "closed", "all"):
            raise self.err(422, f"[State]: invalid state {state!r}")

        def to_int(v: str | None, default: int) -> int:
            try:
                return int(v) if v else default
            except ValueError:
                return default

        limit = to_int(q.get("limit") or q.get("per_page"), PAGING_NUM)
        limit = PAGING_NUM if limit <= 0 else min(limit, MAX_ITEMS)
        page = max(1, to_int(q.get("page"), 1))
        with PULLS_LOCK:
            items = [p for p in self.pulls(repo)["items"].values() if state == "all" or p["state"] == state]
        items.sort(key=lambda p: p["number"], reverse=True)
        chunk = items[(page - 1) * limit: page * limit]
        headers = {"X-Total-Count": str(len(items))}
        last = max(1, (len(items) + limit - 1) // limit)
        links = []
        url = f"{self.repo_api}/pulls"

        def link(pg: int, rel: str) -> str:
            qq = dict(q)
            qq.update(page=str(pg), limit=str(limit))
            return f'<{url}?{urlencode(qq)}>; rel="{rel}"'

        if page < last:
            links += [link(page + 1, "next"), link(last, "last")]
        if page > 1:
            links += [link(1, "first"), link(page - 1, "prev")]
        if links:
            headers["Link"] = ",".join(links)
        return 200, [self.pull_json(repo, p) for p in chunk], headers

    def edit_pull(self, repo: str, n: int, body: dict[str, Any]) -> dict[str, Any]:
        pr = self.find_pull(repo, n)
        with PULLS_LOCK:
            if "base" in body and body["base"] != pr["base"]:
                if pr["merged"]:
                    raise self.err(422, "Cannot change base of a merged pull request")
                if fakelib.branch_head(repo, body["base"]) is None:
                    raise self.not_found(f"branch does not exist [repo_id: 1 name: {body['base']}]")
                dup = self.open_duplicate(repo, pr["head"], body["base"], skip=pr)
                if dup is not None and pr["state"] == "open":
                    raise self.err(409, self.exists_msg(dup))
                pr["base"] = body["base"]
            if "title" in body:
                pr["title"] = body["title"]
            if body.get("body") is not None:
                pr["body"] = body["body"]
            st = body.get("state")
            if st == "closed" and pr["state"] == "open":
                pr["head_sha"] = fakelib.branch_head(repo, pr["head"]) or pr["head_sha"]
                pr["state"], pr["closed_at"] = "closed", now_iso()
            elif st == "open" and pr["state"] == "closed":
                if pr["merged"]:
                    raise self.err(409, "cannot change state of this pull request, it was already merged")
                dup = self.open_duplicate(repo, pr["head"], pr["base"], skip=pr)
                if dup is not None:
                    raise self.err(409, self.exists_msg(dup))
                pr["state"], pr["closed_at"] = "open", None
            pr["updated_at"] = now_iso()
        return self.pull_json(repo, pr)

    # ---- control: merge / close -------------------------------------------------------------
    def control(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any] | None:
        if method == "POST" and path in ("/_fake/merge", "/_fake/close"):
            full = body.get("repo")
            n = body.get("number")
            repo = None
            if isinstance(full, str) and full.count("/") == 1:
                repo = self.state.existing_repo(*full.split("/", 1))
            if repo is None:
                raise fakelib.ControlError(404, f"no repository {full!r}")
            with PULLS_LOCK:
                pr = self.pulls(repo)["items"].get(n) if isinstance(n, int) else None
            if pr is None:
                raise fakelib.ControlError(404, f"no pull request #{n} in {full}")
            if pr["state"] != "open":
                raise fakelib.ControlError(409, f"pull request #{n} is not open")
            if path == "/_fake/close":
                with PULLS_LOCK:
                    pr["head_sha"] = fakelib.branch_head(repo, pr["head"]) or pr["head_sha"]
                    pr["state"] = "closed"
                    pr["closed_at"] = pr["updated_at"] = now_iso()
                return 200, {"number": n, "state": "closed", "merged": False}
            with self.state.repo_lock(repo):
                base_sha = fakelib.branch_head(repo, pr["base"])
                head_sha = fakelib.branch_head(repo, pr["head"])
                if base_sha is None or head_sha is None:
                    raise fakelib.ControlError(409, "head or base branch is gone")
                if fakelib.is_ancestor(repo, head_sha, base_sha):
                    raise fakelib.ControlError(409, "nothing to merge: head is already in base")
                tree = merge_tree(repo, base_sha, head_sha)
                if tree is None:
                    raise fakelib.ControlError(409, "merge conflict")
                msg = f"Merge pull request '{pr['title']}' (#{n}) from {pr['head']} into {pr['base']}\n"
                login = self.login()
                merge = fakelib.commit_tree(repo, tree, [base_sha, head_sha], msg,
                                            fakelib.ident_env(name=login, email=f"{login}@noreply.localhost"))
                if not fakelib.update_ref(repo, f"refs/heads/{pr['base']}", merge, base_sha):
                    raise fakelib.ControlError(409, "base branch moved concurrently")
            with PULLS_LOCK:
                ts = now_iso()
                pr.update(state="closed", merged=True, merged_at=ts, closed_at=ts, updated_at=ts,
                          merge_commit_sha=merge, head_sha=head_sha)
            return 200, {"number": n, "merged": True, "sha": merge}
        return super().control(method, path, query, body)


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(GiteaHandler, opts)


if __name__ == "__main__":
    main()
