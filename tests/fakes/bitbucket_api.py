#!/usr/bin/env python3
"""Fake Bitbucket Data Center (Server) REST API 1.0 + Git smart HTTP, on real bare repositories.

    python3 tests/fakes/bitbucket_api.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

Prints `READY <port>` and serves http://127.0.0.1:<port>/ until stdin EOF or SIGTERM.
Bare repositories live in DIR/<project>/<repo>.git; the control API names them "PROJ/repo".
Project keys and slugs are matched case-insensitively (Bitbucket's clone URLs use the
lower-cased key: /scm/proj/repo.git); answers use the spelling on disk.

Served (test helper, a small subset of Bitbucket DC):
  Git smart HTTP  /scm/{project}/{repo}.git/...      `git http-backend` as CGI (as git_http.py)
                  HTTP Basic only: any user (or exactly --user), password == TOKEN, else 401
                  with `WWW-Authenticate: Basic realm="Atlassian Bitbucket"`.
  REST            /rest/api/1.0/...  (also /rest/api/latest/...)
                  `Authorization: Bearer TOKEN` or Basic user:TOKEN, else 401
                  {"errors":[{"context":null,"message":"Authentication failed. ...","exceptionName":...}]}.
                  Every authenticated answer carries X-AUSERNAME / X-AUSERID (Bitbucket's "who am I").
    GET  /application-properties
    GET  /users/{slug}                                   (only the fake's own user exists)
    GET  /projects/{p}/repos/{r}
    GET  /projects/{p}/repos/{r}/branches/default
    GET  /projects/{p}/repos/{r}/pull-requests?direction=INCOMING|OUTGOING&at=&state=OPEN|MERGED|DECLINED|ALL
                                                  &order=NEWEST|OLDEST&start=&limit=     (paged)
    POST /projects/{p}/repos/{r}/pull-requests         201; 409 DuplicatePullRequestException /
                                                       EmptyPullRequestException; 400 validation
    GET  /projects/{p}/repos/{r}/pull-requests/{id}
    PUT  /projects/{p}/repos/{r}/pull-requests/{id}    {version,...} 200 version+1; 409 out of date
  Errors use Bitbucket's envelope {"errors":[{"context","message","exceptionName",...}]}.
  POST/PUT bodies must be Content-Type application/json (else 415) and are validated strictly:
  unknown keys or wrong types -> 400 with context = the offending field.

Control API: see fakelib.py, plus
  POST /_fake/merge {"repo":"PROJ/repo","number":N}  real two-parent merge commit (git merge-tree)
                                                     onto the target branch; PR -> MERGED
  POST /_fake/close {"repo":"PROJ/repo","number":N}  PR -> DECLINED
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import subprocess
import sys
import threading
import time
from typing import Any
from urllib.parse import unquote

sys.dont_write_bytecode = True  # keep tests/fakes free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402
from fakelib import Reply  # noqa: E402

SCM_RE = re.compile(r"^/scm/([A-Za-z0-9_.~-]+)/([A-Za-z0-9_.-]+?)(\.git)?(/.*)?$")
REST_RE = re.compile(r"^/rest/api/(?:1\.0|latest)(/.*)?$")
VERSION = "8.19.0"

# ---- request schemas (documented RestPullRequest fields; anything else is rejected) ----------
S = {"type": "string"}
B = {"type": "boolean"}
I = {"type": "integer"}
PROJECT_REF = {"type": "object", "props": {"key": S}, "required": ["key"]}
REPO_REF = {"type": "object", "props": {"slug": S, "name": {"type": ["string", "null"]}, "id": I,
                                        "project": PROJECT_REF}}
REF = {"type": "object", "props": {"id": S, "displayId": S, "latestCommit": S, "type": S, "repository": REPO_REF},
       "required": ["id"]}
REVIEWERS = {"type": "array", "items": {"type": "object",
                                        "props": {"user": {"type": "object", "props": {"name": S, "slug": S}}},
                                        "required": ["user"]}}
SCHEMA_PR_CREATE = {"type": "object",
                    "props": {"title": S, "description": {"type": ["string", "null"]}, "fromRef": REF, "toRef": REF,
                              "reviewers": REVIEWERS, "state": {"type": "string", "enum": ["OPEN"]},
                              "open": B, "closed": B, "locked": B, "draft": B},
                    "required": ["title", "fromRef", "toRef"]}
SCHEMA_PR_UPDATE = {"type": "object",
                    "props": {"version": I, "title": S, "description": {"type": ["string", "null"]}, "toRef": REF,
                              "reviewers": REVIEWERS, "draft": B, "id": I},
                    }

PRS_LOCK = threading.Lock()
PRS: dict[str, dict[str, Any]] = {}  # bare repo path -> {"next": int, "items": {id: pr}}


def now_ms() -> int:
    return int(time.time() * 1000)


def err(status: int, message: str, exception: str | None = None, context: str | None = None,
        **extra: Any) -> Reply:
    e: dict[str, Any] = {"context": context, "message": message, "exceptionName": exception}
    e.update(extra)
    return Reply(status, {"errors": [e]})


def validation(errs: list[dict[str, str]]) -> Reply:
    # Bitbucket reports field validation errors with the field as context and no exceptionName.
    return Reply(400, {"errors": [{"context": e["field"], "message": e["message"], "exceptionName": None}
                                  for e in errs]})


class BitbucketHandler(fakelib.BaseHandler):
    server_version = "RulebookFakeBitbucket/1.0"
    extra_headers: dict[str, str] | None = None

    def send_bytes(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                   content_type: str | None = "application/json;charset=UTF-8") -> None:
        merged = dict(self.extra_headers or {})
        merged.update(headers or {})
        super().send_bytes(status, body, merged, content_type)

    def send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        body = b"" if obj is None else (json.dumps(obj) + "\n").encode("utf-8")
        self.send_bytes(status, body, headers, "application/json;charset=UTF-8")

    def dispatch(self) -> None:
        self.extra_headers = None
        super().dispatch()

    # ---- auth -------------------------------------------------------------------------------
    def auth_kind(self) -> str:
        """'none', 'bad', 'bearer' or 'basic' for this request's Authorization header."""
        h = (self.headers.get("Authorization") or "").strip()
        if not h:
            return "none"
        scheme, _, value = h.partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer":
            return "bearer" if value == self.state.opts.token else "bad"
        if scheme.lower() == "basic":
            try:
                user, sep, pw = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                return "bad"
            if not sep or pw != self.state.opts.token:
                return "bad"
            if self.state.opts.user is not None and user != self.state.opts.user:
                return "bad"
            return "basic"
        return "bad"

    def basic_user(self) -> str:
        h = self.headers.get("Authorization") or ""
        try:
            return base64.b64decode(h.partition(" ")[2].strip()).decode("utf-8").partition(":")[0] or "git"
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return "git"

    def login(self) -> str:
        return self.state.opts.user or "fake-user"

    def extra_record(self) -> dict[str, Any]:
        return {"auth": self.auth_kind()}

    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.state.port}"

    # ---- entry point ------------------------------------------------------------------------
    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        if m := SCM_RE.match(path):
            self.handle_git(path, m, raw)
            return
        m = REST_RE.match(path)
        if not m:
            raise err(404, f"No resource at {path}", "com.sun.jersey.api.NotFoundException")
        kind = self.auth_kind()
        if kind not in ("bearer", "basic"):
            r = err(401, "Authentication failed. Please check your credentials and try again.",
                    "com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException")
            r.headers["WWW-Authenticate"] = 'Basic realm="Atlassian Bitbucket"'
            raise r
        self.extra_headers = {"X-AUSERNAME": self.login(), "X-AUSERID": "1",
                              "X-AREQUESTID": f"@FAKE{time.monotonic_ns() % 10**9}", "Cache-Control": "no-cache"}
        if self.apply_fault(path):
            return
        status, obj = self.route(self.command, m.group(1) or "/", query, raw)
        self.send_json(status, obj)

    # ---- git smart HTTP ---------------------------------------------------------------------
    def handle_git(self, path: str, m: re.Match[str], raw: bytes) -> None:
        project, name, rest = m.group(1), m.group(2), m.group(4) or "/"
        if project in (".", "..") or name in (".", ".."):
            self.send_bytes(404, b"Not Found\n", content_type="text/plain")
            return
        if self.auth_kind() != "basic":
            self.send_bytes(401, b"Authentication failed\n",
                            {"WWW-Authenticate": 'Basic realm="Atlassian Bitbucket"'}, content_type="text/plain")
            return
        self.extra_headers = {"X-AUSERNAME": self.login(), "X-AUSERID": "1"}
        if self.apply_fault(path):
            return
        repo = self.state.existing_repo(project, name)
        if repo is None:
            self.send_bytes(404, b"Repository not found\n", content_type="text/plain")
            return
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.run_backend("/" + rel + rest, raw)

    def run_backend(self, path_info: str, body: bytes) -> None:
        # identical CGI wrapping to git_http.py
        _, _, query_string = self.path.partition("?")
        env = fakelib.git_env({
            "GIT_PROJECT_ROOT": self.state.opts.root,
            "GIT_HTTP_EXPORT_ALL": "1",
            "REMOTE_USER": self.basic_user(),
            "REMOTE_ADDR": self.client_address[0],
            "AUTH_TYPE": "Basic",
            "REQUEST_METHOD": self.command,
            "PATH_INFO": path_info,
            "QUERY_STRING": query_string,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "GATEWAY_INTERFACE": "CGI/1.1",
        })
        proto = self.headers.get("Git-Protocol")
        if proto:
            env["GIT_PROTOCOL"] = proto
        enc = (self.headers.get("Content-Encoding") or "").strip().lower()
        if enc in ("gzip", "x-gzip"):
            env["HTTP_CONTENT_ENCODING"] = enc
        r = subprocess.run(["git", "http-backend"], input=body, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env)
        if r.stderr:
            fakelib.log("http-backend: " + r.stderr.decode("utf-8", "replace").strip())
        out = r.stdout
        idx_crlf = out.find(b"\r\n\r\n")
        idx_lf = out.find(b"\n\n")
        if idx_crlf >= 0 and (idx_lf < 0 or idx_crlf <= idx_lf):
            head, payload = out[:idx_crlf], out[idx_crlf + 4:]
        elif idx_lf >= 0:
            head, payload = out[:idx_lf], out[idx_lf + 2:]
        else:
            self.send_bytes(502, b"bad CGI output\n", content_type="text/plain")
            return
        status = 200
        headers: dict[str, str] = {}
        for line in head.decode("latin-1").replace("\r\n", "\n").split("\n"):
            if not line.strip():
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k.lower() == "status":
                try:
                    status = int(v.split()[0])
                except (ValueError, IndexError):
                    status = 500
            elif k.lower() in ("content-length", "transfer-encoding", "connection"):
                continue
            else:
                headers[k] = v
        self.send_bytes(status, payload, headers, content_type=None)

    # ---- REST routing -----------------------------------------------------------------------
    def json_body(self, raw: bytes) -> Any:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise err(415, f"Unsupported media type {ctype or '(none)'}; use application/json",
                      "com.sun.jersey.api.UnsupportedMediaTypeException")
        try:
            return json.loads(raw.decode("utf-8")) if raw.strip() else None
        except (UnicodeDecodeError, ValueError) as e:
            raise err(400, f"Unexpected character in JSON body: {e}", "org.codehaus.jackson.JsonParseException")

    def check(self, body: Any, schema: dict[str, Any]) -> dict[str, Any]:
        if body is None:
            raise err(400, "A request body is required", None)
        errs = fakelib.validate(body, schema)
        if errs:
            raise validation(errs)
        return body

    def route(self, method: str, p: str, q: dict[str, str], raw: bytes) -> tuple[int, Any]:
        if p == "/application-properties" and method == "GET":
            return 200, {"version": VERSION, "buildNumber": "8019000", "buildDate": "1700000000000",
                         "displayName": "Bitbucket"}
        if m := re.match(r"^/users/([^/]+)/?$", p):
            if method == "GET":
                slug = unquote(m.group(1))
                if slug.lower() != self.login().lower():
                    raise err(404, f"User {slug} does not exist.", "com.atlassian.bitbucket.user.NoSuchUserException")
                return 200, self.user_json()
        m = re.match(r"^/projects/([^/]+)/repos/([^/]+)(/.*)?$", p)
        if not m:
            raise err(404, f"No REST resource at {p}", "com.sun.jersey.api.NotFoundException")
        key, slug, rest = unquote(m.group(1)), unquote(m.group(2)), (m.group(3) or "").rstrip("/")
        repo = self.state.existing_repo(key, slug)
        if repo is None:
            if not any(d.lower() == key.lower() for d in os.listdir(self.state.opts.root)):
                raise err(404, f"Project {key} does not exist.", "com.atlassian.bitbucket.project.NoSuchProjectException")
            raise err(404, f"Repository {key}/{slug} does not exist.",
                      "com.atlassian.bitbucket.repository.NoSuchRepositoryException")
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.key, self.slug = rel[:-4].split("/", 1)
        if rest == "" and method == "GET":
            return 200, self.repo_json()
        if rest == "/branches/default" and method == "GET":
            branch = fakelib.default_branch(repo)
            sha = fakelib.branch_head(repo, branch)
            if sha is None:
                raise err(404, f"Repository {self.key}/{self.slug} has no default branch.",
                          "com.atlassian.bitbucket.repository.NoDefaultBranchException")
            return 200, {"id": f"refs/heads/{branch}", "displayId": branch, "type": "BRANCH",
                         "latestCommit": sha, "latestChangeset": sha, "isDefault": True}
        if rest == "/pull-requests":
            if method == "GET":
                return 200, self.list_prs(repo, q)
            if method == "POST":
                return 201, self.create_pr(repo, self.check(self.json_body(raw), SCHEMA_PR_CREATE))
        if m2 := re.match(r"^/pull-requests/(\d+)$", rest):
            n = int(m2.group(1))
            if method == "GET":
                return 200, self.pr_json(repo, self.find_pr(repo, n))
            if method == "PUT":
                return 200, self.update_pr(repo, n, self.check(self.json_body(raw), SCHEMA_PR_UPDATE))
        known = rest in ("", "/branches/default", "/pull-requests") or re.match(r"^/pull-requests/\d+$", rest)
        if known:
            raise err(405, f"{method} is not allowed on {p}", None)
        raise err(404, f"No REST resource at {p}", "com.sun.jersey.api.NotFoundException")

    # ---- JSON shapes ------------------------------------------------------------------------
    def user_json(self) -> dict[str, Any]:
        u = self.login()
        return {"name": u, "emailAddress": f"{u}@example.invalid", "id": 1, "displayName": u, "active": True,
                "slug": u.lower(), "type": "NORMAL", "links": {"self": [{"href": f"{self.web}/users/{u.lower()}"}]}}

    def repo_json(self) -> dict[str, Any]:
        key, slug = self.key, self.slug
        return {"slug": slug, "id": abs(hash(f"{key}/{slug}")) % 10**6, "name": slug, "hierarchyId": "fakehierarchy",
                "scmId": "git", "state": "AVAILABLE", "statusMessage": "Available", "forkable": True,
                "project": {"key": key, "id": abs(hash(key)) % 10**4, "name": key, "public": False, "type": "NORMAL",
                            "links": {"self": [{"href": f"{self.web}/projects/{key}"}]}},
                "public": False, "archived": False,
                "links": {"clone": [{"href": f"ssh://git@127.0.0.1:7999/{key.lower()}/{slug}.git", "name": "ssh"},
                                    {"href": f"{self.web}/scm/{key.lower()}/{slug}.git", "name": "http"}],
                          "self": [{"href": f"{self.web}/projects/{key}/repos/{slug}/browse"}]}}

    def ref_json(self, ref: str, sha: str | None) -> dict[str, Any]:
        display = ref[len("refs/heads/"):] if ref.startswith("refs/heads/") else ref
        return {"id": ref, "displayId": display, "latestCommit": sha, "type": "BRANCH", "repository": self.repo_json()}

    def pr_json(self, repo: str, pr: dict[str, Any]) -> dict[str, Any]:
        from_sha, to_sha = pr["from_sha"], pr["to_sha"]
        if pr["state"] == "OPEN":
            from_sha = fakelib.ref_target(repo, pr["from"]) or from_sha
            to_sha = fakelib.ref_target(repo, pr["to"]) or to_sha
        u = self.user_json()
        out: dict[str, Any] = {
            "id": pr["id"], "version": pr["version"], "title": pr["title"]}
        if pr["description"]:
            out["description"] = pr["description"]  # Bitbucket omits an empty description
        out.update({
            "state": pr["state"], "open": pr["state"] == "OPEN", "closed": pr["state"] != "OPEN",
            "draft": pr["draft"], "createdDate": pr["created"], "updatedDate": pr["updated"],
            "fromRef": self.ref_json(pr["from"], from_sha), "toRef": self.ref_json(pr["to"], to_sha),
            "locked": False,
            "author": {"user": u, "role": "AUTHOR", "approved": False, "status": "UNAPPROVED"},
            "reviewers": [{"user": {"name": r, "slug": r}, "role": "REVIEWER", "approved": False,
                           "status": "UNAPPROVED"} for r in pr["reviewers"]],
            "participants": [],
            "links": {"self": [{"href": f"{self.web}/projects/{self.key}/repos/{self.slug}/pull-requests/{pr['id']}"}]},
        })
        if pr["state"] != "OPEN":
            out["closedDate"] = pr["closed"]
        if pr["merge_commit"]:
            out["properties"] = {"mergeCommit": {"id": pr["merge_commit"], "displayId": pr["merge_commit"][:11]}}
        return out

    # ---- pull requests ----------------------------------------------------------------------
    @staticmethod
    def prs(repo: str) -> dict[str, Any]:
        return PRS.setdefault(repo, {"next": 1, "items": {}})

    def find_pr(self, repo: str, n: int) -> dict[str, Any]:
        with PRS_LOCK:
            pr = self.prs(repo)["items"].get(n)
        if pr is None:
            raise err(404, f"Pull request {n} does not exist in {self.key}/{self.slug}.",
                      "com.atlassian.bitbucket.pull.NoSuchPullRequestException")
        return pr

    def ref_arg(self, ref: dict[str, Any], field: str) -> str:
        rid = ref["id"]
        if not rid.startswith("refs/"):
            rid = "refs/heads/" + rid  # Bitbucket resolves a bare branch name too
        r = ref.get("repository")
        if r is not None:
            pk = (r.get("project") or {}).get("key")
            if (r.get("slug") is not None and r["slug"].lower() != self.slug.lower()) or \
                    (pk is not None and pk.lower() != self.key.lower()):
                raise err(400, f"{field}: pull requests between repositories are not supported by this fake",
                          None, context=field)
        if not fakelib.valid_refname(rid):
            raise err(400, f"{field}: {ref['id']!r} is not a valid ref", None, context=field)
        return rid

    def create_pr(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        title = body["title"].strip()
        if not title:
            raise err(400, "Please enter a non-empty value less than 255 characters", None, context="title")
        from_ref = self.ref_arg(body["fromRef"], "fromRef")
        to_ref = self.ref_arg(body["toRef"], "toRef")
        for ref in (from_ref, to_ref):
            if fakelib.ref_target(repo, ref) is None:
                disp = ref[len("refs/heads/"):] if ref.startswith("refs/heads/") else ref
                raise err(404, f'Repository "{self.slug}" of project with key "{self.key}" has no branch "{disp}"',
                          "com.atlassian.bitbucket.repository.NoSuchBranchException")
        with self.state.repo_lock(repo):
            from_sha = fakelib.ref_target(repo, from_ref)
            to_sha = fakelib.ref_target(repo, to_ref)
            with PRS_LOCK:
                st = self.prs(repo)
                for other in st["items"].values():
                    if other["state"] == "OPEN" and other["from"] == from_ref and other["to"] == to_ref:
                        raise err(409, "Only one pull request may be open for a given source and target branch",
                                  "com.atlassian.bitbucket.pull.DuplicatePullRequestException",
                                  existingPullRequest=self.pr_json(repo, other))
            if from_ref == to_ref or fakelib.is_ancestor(repo, from_sha, to_sha):
                fd, td = (r[len("refs/heads/"):] if r.startswith("refs/heads/") else r for r in (from_ref, to_ref))
                raise err(409, f'Branch "{td}" is already up-to-date with branch "{fd}" in repository "{self.slug}".',
                          "com.atlassian.bitbucket.pull.EmptyPullRequestException")
            with PRS_LOCK:
                n = st["next"]
                st["next"] += 1
                ts = now_ms()
                pr = {"id": n, "version": 0, "title": title, "description": body.get("description") or "",
                      "state": "OPEN", "from": from_ref, "to": to_ref, "from_sha": from_sha, "to_sha": to_sha,
                      "draft": bool(body.get("draft", False)), "created": ts, "updated": ts, "closed": None,
                      "merge_commit": None,
                      "reviewers": [r["user"].get("name") or r["user"].get("slug") for r in body.get("reviewers", [])]}
                st["items"][n] = pr
        return self.pr_json(repo, pr)

    def list_prs(self, repo: str, q: dict[str, str]) -> dict[str, Any]:
        direction = q.get("direction", "INCOMING").upper()
        if direction not in ("INCOMING", "OUTGOING"):
            raise err(400, f"Invalid direction {q.get('direction')!r}", None, context="direction")
        state = q.get("state", "OPEN").upper()
        if state not in ("OPEN", "MERGED", "DECLINED", "ALL"):
            raise err(400, f"Invalid state {q.get('state')!r}", None, context="state")
        order = q.get("order", "NEWEST").upper()
        if order not in ("NEWEST", "OLDEST"):
            raise err(400, f"Invalid order {q.get('order')!r}", None, context="order")
        at = q.get("at")
        if at and not at.startswith("refs/"):
            at = "refs/heads/" + at

        def to_int(name: str, default: int) -> int:
            v = q.get(name)
            if v is None or v == "":
                return default
            try:
                return int(v)
            except ValueError:
                raise err(400, f"Invalid {name} {v!r}", None, context=name)

        start = max(0, to_int("start", 0))
        limit = min(1000, max(1, to_int("limit", 25)))
        with PRS_LOCK:
            items = list(self.prs(repo)["items"].values())
        items = [p for p in items
                 if (state == "ALL" or p["state"] == state)
                 and (not at or p["from" if direction == "OUTGOING" else "to"] == at)]
        items.sort(key=lambda p: p["id"], reverse=(order == "NEWEST"))
        chunk = items[start:start + limit]
        last = start + len(chunk) >= len(items)
        page: dict[str, Any] = {"size": len(chunk), "limit": limit, "isLastPage": last,
                                "values": [self.pr_json(repo, p) for p in chunk], "start": start}
        if not last:
            page["nextPageStart"] = start + len(chunk)
        return page

    def update_pr(self, repo: str, n: int, body: dict[str, Any]) -> dict[str, Any]:
        pr = self.find_pr(repo, n)
        expected = body.get("version", -1)  # Bitbucket's default for an omitted version is -1
        new_to = self.ref_arg(body["toRef"], "toRef") if "toRef" in body else None
        if new_to is not None and fakelib.ref_target(repo, new_to) is None:
            disp = new_to[len("refs/heads/"):] if new_to.startswith("refs/heads/") else new_to
            raise err(404, f'Repository "{self.slug}" of project with key "{self.key}" has no branch "{disp}"',
                      "com.atlassian.bitbucket.repository.NoSuchBranchException")
        if "title" in body and not body["title"].strip():
            raise err(400, "Please enter a non-empty value less than 255 characters", None, context="title")
        with PRS_LOCK:
            if expected != pr["version"]:
                raise err(409, "You are attempting to modify a pull request based on out-of-date information.",
                          "com.atlassian.bitbucket.pull.PullRequestOutOfDateException",
                          currentVersion=pr["version"], expectedVersion=expected, pullRequest=self.pr_json(repo, pr))
            if pr["state"] != "OPEN":
                raise err(409, f"Pull request {n} is {pr['state'].lower()} and cannot be updated.",
                          "com.atlassian.bitbucket.pull.IllegalPullRequestStateException")
            if "title" in body:
                pr["title"] = body["title"].strip()
            if "description" in body:
                pr["description"] = body["description"] or ""
            if "draft" in body:
                pr["draft"] = body["draft"]
            # Bitbucket replaces the reviewer list on update: omitted means none.
            pr["reviewers"] = [r["user"].get("name") or r["user"].get("slug") for r in body.get("reviewers", [])]
            if new_to is not None:
                pr["to"] = new_to
            pr["version"] += 1
            pr["updated"] = now_ms()
        return self.pr_json(repo, pr)

    # ---- control: merge / close -------------------------------------------------------------
    def control(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any] | None:
        if method == "POST" and path in ("/_fake/merge", "/_fake/close"):
            full, n = body.get("repo"), body.get("number")
            repo = self.state.existing_repo(*full.split("/", 1)) if isinstance(full, str) and "/" in full else None
            if repo is None:
                raise fakelib.ControlError(404, f"no repository {full!r}")
            with PRS_LOCK:
                pr = self.prs(repo)["items"].get(n) if isinstance(n, int) and not isinstance(n, bool) else None
            if pr is None:
                raise fakelib.ControlError(404, f"no pull request #{n} in {full}")
            if pr["state"] != "OPEN":
                raise fakelib.ControlError(409, f"pull request #{n} is {pr['state']}")
            if path == "/_fake/close":
                with PRS_LOCK:
                    pr["from_sha"] = fakelib.ref_target(repo, pr["from"]) or pr["from_sha"]
                    pr["to_sha"] = fakelib.ref_target(repo, pr["to"]) or pr["to_sha"]
                    pr["state"] = "DECLINED"
                    pr["version"] += 1
                    pr["closed"] = pr["updated"] = now_ms()
                return 200, {"id": n, "state": "DECLINED", "version": pr["version"]}
            with self.state.repo_lock(repo):
                to_sha = fakelib.ref_target(repo, pr["to"])
                from_sha = fakelib.ref_target(repo, pr["from"])
                if to_sha is None or from_sha is None:
                    raise fakelib.ControlError(409, "source or target branch is gone")
                r = subprocess.run(["git", f"--git-dir={repo}", "merge-tree", "--write-tree", "--no-messages",
                                    to_sha, from_sha], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=fakelib.git_env())
                tree = r.stdout.decode().split("\n", 1)[0].strip()
                if r.returncode != 0 or not fakelib.SHA_RE.match(tree):
                    raise fakelib.ControlError(409, "pull request has conflicts: "
                                               + (r.stdout + r.stderr).decode("utf-8", "replace").strip())
                fd = pr["from"][len("refs/heads/"):] if pr["from"].startswith("refs/heads/") else pr["from"]
                td = pr["to"][len("refs/heads/"):] if pr["to"].startswith("refs/heads/") else pr["to"]
                key, slug = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")[:-4].split("/", 1)
                msg = (f"Merge pull request #{n} in {key}/{slug} from {fd} to {td}\n\n"
                       f"* commit '{from_sha}':\n")
                u = self.login()
                merge = fakelib.commit_tree(repo, tree, [to_sha, from_sha], msg,
                                            fakelib.ident_env(name=u, email=f"{u}@example.invalid"))
                if not fakelib.update_ref(repo, pr["to"], merge, to_sha):
                    raise fakelib.ControlError(409, "target branch moved concurrently")
            with PRS_LOCK:
                pr.update(state="MERGED", from_sha=from_sha, to_sha=to_sha, merge_commit=merge,
                          version=pr["version"] + 1)
                pr["closed"] = pr["updated"] = now_ms()
            return 200, {"id": n, "state": "MERGED", "mergeCommit": merge, "version": pr["version"]}
        return super().control(method, path, query, body)


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(BitbucketHandler, opts)


if __name__ == "__main__":
    main()
