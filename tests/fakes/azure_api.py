#!/usr/bin/env python3
"""Fake Azure DevOps Server (on-premises) Git REST API plus Git smart HTTP, on real bare repositories.

    python3 tests/fakes/azure_api.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

Prints `READY <port>` and serves until stdin EOF or SIGTERM.  The collection is `DefaultCollection`
(case-insensitive): base URL http://127.0.0.1:<port>/DefaultCollection.  A repository is
`{collection}/{project}/_apis/git/repositories/{repoName or id}`; the control API's repo name
`project/name` maps to DIR/project/name.git.  Every Git operation is real git plumbing.

Auth: HTTP Basic, password == TOKEN (user name ignored, as Azure DevOps does for PATs; clients send
base64(":" + TOKEN)); otherwise 401 with an HTML body and `WWW-Authenticate: Basic`.
Every API route needs `api-version` (query `?api-version=7.0` or `Accept: application/json;
api-version=7.0`); missing -> 400 VssVersionNotSpecifiedException, above 7.1 -> 400
VssVersionOutOfRangeException (Azure DevOps Server 2022 serves up to 7.1).
Errors use Azure's shape {"$id","innerException","message","typeName","typeKey","errorCode","eventId"}.

Routes (R = /DefaultCollection/{project}/_apis/git/repositories/{repo}):
  GET   R                                    repository
  GET   R/refs?filter=heads/main             (filter is a prefix match, as in Azure)
  GET   R/commits/{id}
  GET   R/items?scopePath=/&recursionLevel=Full&versionDescriptor.version=&versionDescriptor.versionType=
        (also path=/x for one item; $format=octetstream or download=true for its raw bytes)
  GET   R/blobs/{objectId}?$format=octetstream  (raw bytes; without $format: GitBlobRef JSON)
  POST  R/pushes                             (201; one refUpdate, commits with add/edit/delete changes)
  GET   R/pullrequests?searchCriteria.sourceRefName=&searchCriteria.targetRefName=&searchCriteria.status=
  POST  R/pullrequests                       (201; 409 TF401179 on an active duplicate)
  GET   R/pullrequests/{id}      PATCH R/pullrequests/{id}  {title?, description?, status?, ...}
Git smart HTTP: /DefaultCollection/{project}/_git/{repo}/... via `git http-backend`.
Control API: see fakelib.py, plus POST /_fake/merge {"repo":"project/name","number":id} (completes
the PR with a real merge commit) and POST /_fake/close (abandons it).
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
import uuid
from typing import Any
from urllib.parse import unquote

sys.dont_write_bytecode = True  # keep tests/fakes free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402
import git_http  # noqa: E402
from fakelib import ZERO_SHA, Entry, Reply  # noqa: E402

SHA_RE = fakelib.SHA_RE
COLLECTION = "DefaultCollection"
MAX_API_VERSION = (7, 1)
API_VERSION_RE = re.compile(r"^(\d+)\.(\d+)(-preview(\.\d+)?)?$")

# ---- request schemas ------------------------------------------------------------------------
S = {"type": "string"}
B = {"type": "boolean"}
IDENT = {"type": "object", "props": {"name": S, "email": S, "date": S}}
SCHEMA_CHANGE = {"type": "object",
                 "props": {"changeType": {"type": "string"},
                           "item": {"type": "object", "props": {"path": S}, "required": ["path"]},
                           "newContent": {"type": "object",
                                          "props": {"content": S, "contentType": S}, "required": ["content"]}},
                 "required": ["changeType", "item"]}
SCHEMA_PUSH = {"type": "object",
               "props": {"refUpdates": {"type": "array", "items": {
                   "type": "object", "props": {"name": S, "oldObjectId": S, "newObjectId": S, "repositoryId": S},
                   "required": ["name", "oldObjectId"]}},
                   "commits": {"type": "array", "items": {
                       "type": "object",
                       "props": {"comment": S, "author": IDENT, "committer": IDENT,
                                 "parents": {"type": "array", "items": S},
                                 "changes": {"type": "array", "items": SCHEMA_CHANGE}},
                       "required": ["comment", "changes"]}},
                   "repository": {"type": "object"}},
               "required": ["refUpdates", "commits"]}
SCHEMA_PR_CREATE = {"type": "object",
                    "props": {"sourceRefName": S, "targetRefName": S, "title": S,
                              "description": {"type": ["string", "null"]}, "isDraft": B,
                              "reviewers": {"type": "array"}, "workItemRefs": {"type": "array"},
                              "labels": {"type": "array"}, "completionOptions": {"type": "object"},
                              "mergeOptions": {"type": "object"}, "supportsIterations": B},
                    "required": ["sourceRefName", "targetRefName", "title"]}
SCHEMA_PR_UPDATE = {"type": "object",
                    "props": {"title": S, "description": {"type": ["string", "null"]},
                              "status": {"type": "string", "enum": ["active", "abandoned", "completed"]},
                              "isDraft": B, "targetRefName": S,
                              "lastMergeSourceCommit": {"type": "object", "props": {"commitId": S},
                                                        "required": ["commitId"]},
                              "completionOptions": {"type": "object"}, "mergeOptions": {"type": "object"},
                              "autoCompleteSetBy": {"type": ["object", "null"]}}}

STATE_LOCK = threading.Lock()
PRS: dict[int, dict[str, Any]] = {}  # pullRequestId (collection-wide, as in Azure) -> pr
COUNTERS = {"pr": 0, "push": 0}


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def guid(kind: str, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"rulebook-fake:{kind}:{name.lower()}"))


def az_error(status: int, message: str, type_key: str, namespace: str = "Microsoft.TeamFoundation.Git.Server",
             assembly: str = "Microsoft.TeamFoundation.Git.Server") -> Reply:
    return Reply(status, {"$id": "1", "innerException": None, "message": message,
                          "typeName": f"{namespace}.{type_key}, {assembly}", "typeKey": type_key,
                          "errorCode": 0, "eventId": 3000})


def bad_arg(message: str) -> Reply:
    return az_error(400, message, "InvalidArgumentValueException", "Microsoft.TeamFoundation.SourceControl.WebServer",
                    "Microsoft.TeamFoundation.SourceControl.WebServer")


def git_date(s: str, field: str) -> str:
    try:
        d = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise bad_arg(f"The body of the request contains invalid Json: '{field}' is not a valid date.")
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"@{int(d.timestamp())} {sign}{abs(off) // 60:02d}{abs(off) % 60:02d}"


def merge_tree(repo: str, base: str, head: str) -> str | None:
    """Tree of merging head into base (None on conflicts); uses git merge-tree --write-tree."""
    if fakelib.is_ancestor(repo, base, head):
        return fakelib.read_commit(repo, head)["tree"]
    r = subprocess.run(["git", f"--git-dir={repo}", "merge-tree", "--write-tree", "--no-messages", base, head],
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=fakelib.git_env())
    line = r.stdout.decode().split("\n", 1)[0].strip()
    return line if r.returncode == 0 and SHA_RE.match(line) else None


class AzureHandler(git_http.GitHttpHandler):
    # ---- auth -----------------------------------------------------------------------------
    def basic_credentials(self) -> tuple[str, str] | None:
        h = self.headers.get("Authorization")
        if not h:
            return None
        scheme, _, value = h.partition(" ")
        if scheme.lower() != "basic":
            return ("", "\0bad")
        try:
            user, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return ("", "\0bad")
        return (user, password) if sep else ("", "\0bad")

    def auth_status(self) -> str:
        cred = self.basic_credentials()
        if cred is None:
            return "none"
        return "ok" if cred[1] == self.state.opts.token else "bad"

    def basic_user(self) -> str:
        cred = self.basic_credentials()
        return (cred[0] if cred else "") or "pat"

    def redact_headers(self, headers: dict[str, str]) -> dict[str, str]:
        return headers  # the tests want to see exactly what the client sent

    def extra_record(self) -> dict[str, Any]:
        cred = self.basic_credentials()
        return {"auth": self.auth_status(), "basic_user": cred[0] if cred else None}

    def send_401(self) -> None:
        body = (b"<!DOCTYPE html><html><head><title>Access Denied</title></head><body>"
                b"<h1>401 - Unauthorized: Access is denied due to invalid credentials.</h1></body></html>\n")
        self.send_bytes(401, body, {"WWW-Authenticate": 'Basic realm="127.0.0.1"',
                                    "X-TFS-ProcessId": "00000000-0000-0000-0000-000000000000"},
                        content_type="text/html; charset=utf-8")

    # ---- helpers --------------------------------------------------------------------------
    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.state.port}/{COLLECTION}"

    def login(self) -> str:
        return self.state.opts.user or "Fake User"

    def identity(self) -> dict[str, Any]:
        return {"displayName": self.login(), "uniqueName": f"FAKE\\{self.login()}",
                "id": guid("user", self.login()), "url": f"{self.web}/_apis/Identities/{guid('user', self.login())}"}

    def json_body(self, raw: bytes) -> Any:
        if not raw.strip():
            raise bad_arg("Value cannot be null.\r\nParameter name: body")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad_arg("The body of the request contains invalid Json.\r\nParameter name: contentStream")

    def check(self, body: Any, schema: dict[str, Any]) -> dict[str, Any]:
        errs = fakelib.validate(body, schema)
        if errs:
            e = errs[0]
            if e["code"] == "missing_field":
                raise bad_arg(f"Value cannot be null.\r\nParameter name: {e['field'].rsplit('/', 1)[-1]}")
            if e["code"] == "unexpected":
                raise bad_arg(f"The body of the request contains invalid Json: unknown member '{e['field']}' "
                              "(fake strict validation).\r\nParameter name: contentStream")
            raise bad_arg(f"The body of the request contains invalid Json: {e['message']}\r\n"
                          "Parameter name: contentStream")
        return body

    def api_version(self, query: dict[str, str]) -> None:
        v = query.get("api-version")
        if v is None:
            m = re.search(r"api-version\s*=\s*([^;,\s]+)", self.headers.get("Accept") or "")
            v = m.group(1) if m else None
        if not v:
            raise az_error(400, f"No api-version was supplied for the \"{self.command}\" request. The version must "
                                "be supplied either as part of the Accept header (e.g. \"application/json; "
                                "api-version=1.0\") or as a query parameter (e.g. \"?api-version=1.0\").",
                           "VssVersionNotSpecifiedException", "Microsoft.VisualStudio.Services.WebApi",
                           "Microsoft.VisualStudio.Services.WebApi")
        m = API_VERSION_RE.match(v)
        if not m:
            raise az_error(400, f"The version '{v}' is not a valid version. Versions are of the form "
                                "'Major.Minor' or 'Major.Minor-preview'.", "VssInvalidApiVersionException",
                           "Microsoft.VisualStudio.Services.WebApi", "Microsoft.VisualStudio.Services.WebApi")
        if (int(m.group(1)), int(m.group(2))) > MAX_API_VERSION:
            raise az_error(400, f"The requested REST API version of {v} is out of range for this server. The "
                                f"latest REST API version this server supports is {MAX_API_VERSION[0]}."
                                f"{MAX_API_VERSION[1]}.", "VssVersionOutOfRangeException",
                           "Microsoft.VisualStudio.Services.WebApi", "Microsoft.VisualStudio.Services.WebApi")

    # ---- entry point ----------------------------------------------------------------------
    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        seg = path.split("/")
        if len(seg) < 3 or seg[1].lower() != COLLECTION.lower():
            raise az_error(404, f"TF400898: The collection '{seg[1] if len(seg) > 1 else ''}' could not be found.",
                           "HostNotFoundException", "Microsoft.TeamFoundation.Framework.Server",
                           "Microsoft.TeamFoundation.Framework.Server")
        # Git smart HTTP: /DefaultCollection/{project}/_git/{repo}[.git]/...
        if len(seg) >= 5 and seg[3] == "_git":
            if self.auth_status() != "ok":
                self.send_401()
                return
            if self.apply_fault(path):
                return
            project, name = unquote(seg[2]), unquote(seg[4])
            if name.endswith(".git"):
                name = name[:-4]
            repo = self.state.existing_repo(project, name) if fakelib.REPO_PART_RE.match(project) and \
                fakelib.REPO_PART_RE.match(name) else None
            if repo is None:
                self.send_bytes(404, b"TF401019: The Git repository does not exist.\n", content_type="text/plain")
                return
            rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
            rest = "/" + "/".join(seg[5:]) if len(seg) > 5 else "/"
            self.run_backend("/" + rel + rest, raw)
            return
        if self.auth_status() != "ok":
            self.send_401()
            return
        self.api_version(query)
        if self.apply_fault(path):
            return
        m = re.match(r"^/[^/]+/([^/]+)/_apis/git/repositories/([^/]+)(/.*)?$", path)
        if not m:
            raise az_error(404, "The resource cannot be found.", "ResourceNotFoundException")
        project, rid, rest = unquote(m.group(1)), unquote(m.group(2)), m.group(3) or ""
        repo = self.find_repo(project, rid)
        status, obj, headers, raw_out = self.route(self.command, repo, rest, query, raw)
        if raw_out is not None:
            self.send_bytes(status, raw_out, headers, content_type="application/octet-stream")
        else:
            self.send_json(status, obj, headers)

    def find_repo(self, project: str, rid: str) -> str:
        repo = None
        if fakelib.REPO_PART_RE.match(project) and fakelib.REPO_PART_RE.match(rid):
            repo = self.state.existing_repo(project, rid)
        if repo is None and re.match(r"^[0-9a-fA-F-]{36}$", rid):
            pdir = None
            try:
                pdir = next((d for d in os.listdir(self.state.opts.root) if d.lower() == project.lower()), None)
                for n in os.listdir(os.path.join(self.state.opts.root, pdir)) if pdir else []:
                    if n.endswith(".git") and guid("repo", f"{pdir}/{n[:-4]}") == rid.lower():
                        repo = os.path.join(self.state.opts.root, pdir, n)
            except OSError:
                pass
        if repo is None:
            raise az_error(404, f"TF401019: The Git repository with name or identifier {rid} does not exist or "
                                "you do not have permissions for the operation you are attempting.",
                           "GitRepositoryNotFoundException")
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.project, self.repo_name = rel[:-4].split("/")
        self.repo_id = guid("repo", rel[:-4])
        self.repo_api = f"{self.web}/{self.project}/_apis/git/repositories/{self.repo_id}"
        return repo

    def route(self, method: str, repo: str, rest: str, q: dict[str, str], raw: bytes):
        body = self.json_body(raw) if method in ("POST", "PATCH", "PUT") else None
        if rest in ("", "/") and method == "GET":
            return 200, self.repo_json(repo), {}, None
        if rest == "/refs" and method == "GET":
            return 200, self.refs(repo, q), {}, None
        if (m := re.match(r"^/commits/([^/]+)$", rest)) and method == "GET":
            return 200, self.commit_json(repo, m.group(1)), {}, None
        if rest == "/items" and method == "GET":
            return self.items(repo, q)
        if (m := re.match(r"^/blobs/([^/]+)$", rest)) and method == "GET":
            return self.blob(repo, m.group(1), q)
        if rest == "/pushes" and method == "POST":
            return 201, self.push(repo, self.check(body, SCHEMA_PUSH)), {}, None
        if rest.lower() in ("/pullrequests", "/pullrequests/"):
            if method == "GET":
                return 200, self.list_prs(repo, q), {}, None
            if method == "POST":
                return 201, self.create_pr(repo, self.check(body, SCHEMA_PR_CREATE)), {}, None
        if m := re.match(r"^/pullrequests/(\d+)$", rest, re.I):
            pr = self.find_pr(repo, int(m.group(1)))
            if method == "GET":
                return 200, self.pr_json(pr), {}, None
            if method == "PATCH":
                return 200, self.update_pr(repo, pr, self.check(body, SCHEMA_PR_UPDATE)), {}, None
        raise az_error(404, "The resource cannot be found.", "ResourceNotFoundException")

    # ---- repository / refs / commits --------------------------------------------------------
    def project_json(self) -> dict[str, Any]:
        pid = guid("project", self.project)
        return {"id": pid, "name": self.project, "url": f"{self.web}/_apis/projects/{pid}",
                "state": "wellFormed", "revision": 1, "visibility": "private"}

    def repo_ref(self) -> dict[str, Any]:
        return {"id": self.repo_id, "name": self.repo_name, "url": self.repo_api, "project": self.project_json()}

    def repo_json(self, repo: str) -> dict[str, Any]:
        out = dict(self.repo_ref())
        if fakelib.git(repo, "for-each-ref", "--count=1", "refs/heads/").strip():
            out["defaultBranch"] = "refs/heads/" + fakelib.default_branch(repo)
        out.update(size=0, remoteUrl=f"{self.web}/{self.project}/_git/{self.repo_name}",
                   sshUrl=f"ssh://127.0.0.1:22/{COLLECTION}/{self.project}/_git/{self.repo_name}",
                   webUrl=f"{self.web}/{self.project}/_git/{self.repo_name}", isDisabled=False,
                   isInMaintenance=False)
        return out

    def refs(self, repo: str, q: dict[str, str]) -> dict[str, Any]:
        flt = q.get("filter", "")
        prefix = "refs/" + flt.removeprefix("refs/") if flt else "refs/"
        out = fakelib.git(repo, "for-each-ref", "--format=%(refname) %(objectname)", "refs/").decode()
        value = []
        for line in out.splitlines():
            name, _, sha = line.rpartition(" ")
            if name.startswith(prefix):
                value.append({"name": name, "objectId": sha, "creator": self.identity(),
                              "url": f"{self.repo_api}/refs?filter={name[5:]}"})
        return {"value": value, "count": len(value)}

    def git_user(self, info: dict[str, Any], key: str) -> dict[str, Any]:
        who = info.get(key) or {}
        return {"name": who.get("name", ""), "email": who.get("email", ""), "date": who.get("date", "")}

    def commit_json(self, repo: str, cid: str) -> dict[str, Any]:
        info = fakelib.read_commit(repo, cid.lower()) if SHA_RE.match(cid.lower()) else None
        if info is None:
            raise az_error(404, f"TF401175:The version descriptor <Commit: {cid}> could not be resolved to a "
                                f"version in the repository {self.repo_name}", "GitUnresolvableToCommitException")
        sha = info["sha"]
        return {"treeId": info["tree"], "commitId": sha, "author": self.git_user(info, "author"),
                "committer": self.git_user(info, "committer"), "comment": info["message"].rstrip("\n"),
                "parents": info["parents"], "url": f"{self.repo_api}/commits/{sha}",
                "remoteUrl": f"{self.web}/{self.project}/_git/{self.repo_name}/commit/{sha}"}

    # ---- items / blobs ----------------------------------------------------------------------
    def resolve_version(self, repo: str, q: dict[str, str]) -> tuple[str, str]:
        vtype = (q.get("versionDescriptor.versionType") or "branch").lower()
        version = q.get("versionDescriptor.version") or ""
        if vtype == "branch":
            version = version or fakelib.default_branch(repo)
            sha = fakelib.branch_head(repo, version.removeprefix("refs/heads/"))
            label = f"<Branch: {version} >"
        elif vtype == "commit":
            sha = version.lower() if fakelib.object_type(repo, version.lower()) == "commit" else None
            label = f"<Commit: {version} >"
        elif vtype == "tag":
            sha = fakelib.resolve_ref(repo, f"refs/tags/{version}") if version else None
            label = f"<Tag: {version} >"
        else:
            raise bad_arg(f"The value '{vtype}' is not valid for versionDescriptor.versionType.")
        if sha is None:
            raise az_error(404, f"TF401175:The version descriptor {label} could not be resolved to a version in "
                                f"the repository {self.repo_name}", "GitUnresolvableToCommitException")
        return sha, label

    def item(self, path: str, sha: str, typ: str, commit: str, mode: str) -> dict[str, Any]:
        it: dict[str, Any] = {"objectId": sha, "gitObjectType": typ, "commitId": commit, "path": path}
        if typ == "tree":
            it["isFolder"] = True
        if mode == "120000":
            it["isSymLink"] = True
        it["url"] = f"{self.repo_api}/items?path={path}&versionType=Commit&version={commit}"
        return it

    def items(self, repo: str, q: dict[str, str]):
        commit, label = self.resolve_version(repo, q)
        tree = fakelib.read_commit(repo, commit)["tree"]
        scope = q.get("scopePath") or q.get("path") or "/"
        scope = "/" + "/".join(c for c in scope.split("/") if c)
        level = (q.get("recursionLevel") or "none").lower()
        if level not in ("none", "onelevel", "onelevelplusnestedemptyfolders", "full"):
            raise bad_arg(f"The value '{q.get('recursionLevel')}' is not valid for recursionLevel.")
        not_found = az_error(404, f"TF401174: The item '{scope}' could not be found in the repository "
                                  f"'{self.repo_name}' at the version specified by '{label}' (resolved to commit "
                                  f"'{commit}').", "GitItemNotFoundException")
        if scope == "/":
            root = ("040000", "tree", tree)
        else:
            out = fakelib.git(repo, "ls-tree", "-z", "--full-tree", tree, "--", scope[1:]).decode("utf-8",
                                                                                                  "surrogateescape")
            rec = next((r for r in out.split("\0") if r), None)
            if rec is None:
                raise not_found
            meta, _ = rec.split("\t", 1)
            root = tuple(meta.split())  # mode, type, sha
        fmt = (q.get("$format") or "").lower()
        want_raw = fmt == "octetstream" or q.get("download", "").lower() == "true" or \
            ("application/octet-stream" in (self.headers.get("Accept") or "") and fmt != "json")
        if root[1] == "blob" and level == "none":
            data = fakelib.git(repo, "cat-file", "blob", root[2])
            if want_raw:
                return 200, None, {}, data
            it = self.item(scope, root[2], "blob", commit, root[0])
            if q.get("includeContent", "").lower() == "true":
                it["content"] = data.decode("utf-8", "replace")
            if q.get("includeContentMetadata", "").lower() == "true":
                it["contentMetadata"] = {"fileName": scope.rsplit("/", 1)[-1]}
            return 200, it, {}, None
        value = [self.item(scope, root[2], root[1], commit, root[0])]
        if root[1] == "tree" and level != "none":
            prefix = "" if scope == "/" else scope[1:] + "/"
            for e in fakelib.tree_entries(repo, root[2], level == "full"):
                value.append(self.item("/" + prefix + e["path"], e["sha"], e["type"], commit, e["mode"]))
        return 200, {"count": len(value), "value": value}, {}, None

    def blob(self, repo: str, sha: str, q: dict[str, str]):
        sha = sha.lower()
        if fakelib.object_type(repo, sha) != "blob":
            raise az_error(404, f"The blob {sha} could not be found in the repository '{self.repo_name}' "
                                "(fake message).", "GitObjectNotFoundException")
        fmt = (q.get("$format") or "").lower()
        if fmt == "octetstream" or ("application/octet-stream" in (self.headers.get("Accept") or "") and
                                    fmt != "json") or q.get("download", "").lower() == "true":
            return 200, None, {}, fakelib.git(repo, "cat-file", "blob", sha)
        if fmt not in ("", "json"):
            raise bad_arg(f"The value '{q.get('$format')}' is not valid for $format (fake supports json and "
                          "octetstream).")
        size = fakelib.object_size(repo, sha)
        url = f"{self.repo_api}/blobs/{sha}"
        return 200, {"objectId": sha, "size": size, "url": url, "_links": {"self": {"href": url}}}, {}, None

    # ---- pushes -----------------------------------------------------------------------------
    def norm_path(self, p: str) -> str:
        parts = [c for c in p.replace("\\", "/").split("/") if c]
        if not parts or any(c in (".", "..") or c.lower() == ".git" for c in parts) or "\0" in p:
            raise bad_arg(f"The path '{p}' is not a valid item path.")
        return "/".join(parts)

    def push(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        if len(body["refUpdates"]) != 1:
            raise bad_arg("A push must contain exactly one ref update (fake limitation).")
        ru = body["refUpdates"][0]
        ref, old = ru["name"], ru["oldObjectId"].lower()
        if not ref.startswith("refs/heads/") or not fakelib.valid_refname(ref):
            raise bad_arg(f"TF401025: '{ref}' is not a valid name for a Git branch or tag.")
        if not SHA_RE.match(old):
            raise bad_arg(f"The value '{ru['oldObjectId']}' is not a valid object id.")
        login = self.login()
        default_ident = {"name": login, "email": f"{login.replace(' ', '.').lower()}@fake.invalid"}
        stale = az_error(409, f"TF401028: The reference '{ref}' has already been updated by another client, so "
                              "you cannot update it. Please try again.", "GitReferenceStaleException")
        built: list[str] = []
        with self.state.repo_lock(repo):
            current = fakelib.ref_target(repo, ref)
            if current != (None if old == ZERO_SHA else old):
                raise stale
            prev = None if old == ZERO_SHA else old
            if not body["commits"]:
                new = (ru.get("newObjectId") or "").lower()
                if fakelib.object_type(repo, new) != "commit":
                    raise bad_arg("A push without commits needs a newObjectId that is an existing commit.")
                prev = new
            for ci, c in enumerate(body["commits"]):
                parents = [p.lower() for p in c.get("parents", [])] if "parents" in c else \
                    ([prev] if prev else [])
                for p in parents:
                    if fakelib.object_type(repo, p) != "commit":
                        raise az_error(400, f"TF401175:The version descriptor <Commit: {p} > could not be resolved "
                                            f"to a version in the repository {self.repo_name}",
                                       "GitUnresolvableToCommitException")
                flat = fakelib.flatten_tree(repo, fakelib.read_commit(repo, parents[0])["tree"]) if parents else {}
                if not c["changes"]:
                    raise bad_arg("A commit in a push must contain at least one change.")
                for ch in c["changes"]:
                    self.apply_change(repo, flat, ch, parents[0] if parents else None)
                try:
                    tree = fakelib.write_tree(repo, flat)
                except ValueError as e:
                    raise bad_arg(str(e))
                author = c.get("author") or default_ident
                committer = c.get("committer") or author
                env = fakelib.ident_env(
                    author.get("name") or default_ident["name"], author.get("email") or default_ident["email"],
                    date=git_date(author["date"], "author.date") if author.get("date") else None,
                    c_name=committer.get("name") or default_ident["name"],
                    c_email=committer.get("email") or default_ident["email"],
                    c_date=git_date(committer["date"], "committer.date") if committer.get("date") else None)
                msg = c["comment"]
                prev = fakelib.commit_tree(repo, tree, parents, msg if msg.endswith("\n") else msg + "\n", env)
                built.append(prev)
            if not fakelib.update_ref(repo, ref, prev, current):
                raise stale
        with STATE_LOCK:
            COUNTERS["push"] += 1
            push_id = COUNTERS["push"]
        commits = []
        for sha in built:
            info = fakelib.read_commit(repo, sha)
            commits.append({"commitId": sha, "author": self.git_user(info, "author"),
                            "committer": self.git_user(info, "committer"),
                            "comment": info["message"].rstrip("\n"), "url": f"{self.repo_api}/commits/{sha}"})
        return {"commits": commits,
                "refUpdates": [{"repositoryId": self.repo_id, "name": ref, "oldObjectId": old, "newObjectId": prev}],
                "repository": self.repo_json(repo), "pushedBy": self.identity(), "pushId": push_id,
                "date": now_iso(), "url": f"{self.repo_api}/pushes/{push_id}"}

    def apply_change(self, repo: str, flat: dict[str, Entry], ch: dict[str, Any], base: str | None) -> None:
        ctype = ch["changeType"].replace(" ", "").lower()
        raw_path = ch["item"]["path"]
        path = self.norm_path(raw_path)
        shown = "/" + path
        is_dir = any(k.startswith(path + "/") for k in flat)
        if ctype not in ("add", "edit", "delete"):
            raise bad_arg(f"The changeType '{ch['changeType']}' is not supported by this fake "
                          "(add, edit, delete).")
        missing = az_error(400, f"TF401174: The item '{shown}' could not be found in the repository "
                                f"'{self.repo_name}' at the version specified by '<Commit: {base} >' (resolved to "
                                f"commit '{base}').", "GitItemNotFoundException")
        if ctype == "delete":
            if "newContent" in ch:
                raise bad_arg("newContent must not be specified for a delete change.")
            if path in flat:
                del flat[path]
            elif is_dir:
                for k in [k for k in flat if k.startswith(path + "/")]:
                    del flat[k]
            else:
                raise missing
            return
        nc = ch.get("newContent") or {"content": "", "contentType": "rawtext"}
        ct = (nc.get("contentType") or "rawtext").lower()
        if ct == "rawtext":
            data = nc["content"].encode("utf-8")
        elif ct == "base64encoded":
            try:
                data = base64.b64decode(nc["content"], validate=True)
            except (binascii.Error, ValueError):
                raise bad_arg("The content is not valid base64.\r\nParameter name: newContent.content")
        else:
            raise bad_arg(f"The value '{nc.get('contentType')}' is not valid for contentType "
                          "(rawtext, base64encoded).")
        sha = fakelib.hash_blob(repo, data)
        if ctype == "add":
            parts = path.split("/")
            if path in flat or is_dir:
                raise bad_arg(f"The path '{shown}' specified in the add operation already exists. Please specify a "
                              "new path.")
            for j in range(1, len(parts)):
                if "/".join(parts[:j]) in flat:
                    raise bad_arg(f"The path '{shown}' specified in the add operation cannot be created because "
                                  f"'/{'/'.join(parts[:j])}' is a file.")
            flat[path] = Entry("100644", "blob", sha)
        else:  # edit
            ent = flat.get(path)
            if ent is None or ent.type != "blob":
                raise missing
            flat[path] = Entry(ent.mode, "blob", sha)

    # ---- pull requests ----------------------------------------------------------------------
    def find_pr(self, repo: str, n: int) -> dict[str, Any]:
        with STATE_LOCK:
            pr = PRS.get(n)
        if pr is None or pr["repo"] != repo:
            raise az_error(404, "TF401180: The requested pull request was not found.",
                           "GitPullRequestNotFoundException")
        return pr

    def pr_json(self, pr: dict[str, Any]) -> dict[str, Any]:
        repo = pr["repo"]
        n = pr["id"]
        src = fakelib.ref_target(repo, pr["source"]) if pr["status"] == "active" else None
        tgt = fakelib.ref_target(repo, pr["target"]) if pr["status"] == "active" else None
        out: dict[str, Any] = {
            "repository": pr["repo_ref"], "pullRequestId": n, "codeReviewId": n, "status": pr["status"],
            "createdBy": pr["created_by"], "creationDate": pr["created"], "title": pr["title"],
            "description": pr["description"], "sourceRefName": pr["source"], "targetRefName": pr["target"],
            "mergeStatus": "succeeded", "isDraft": pr["draft"], "mergeId": guid("merge", str(n)),
            "lastMergeSourceCommit": {"commitId": src or pr["source_sha"],
                                      "url": f"{pr['repo_api']}/commits/{src or pr['source_sha']}"},
            "lastMergeTargetCommit": {"commitId": tgt or pr["target_sha"],
                                      "url": f"{pr['repo_api']}/commits/{tgt or pr['target_sha']}"},
            "reviewers": [], "url": f"{pr['repo_api']}/pullRequests/{n}", "supportsIterations": True,
            "artifactId": f"vstfs:///Git/PullRequestId/{guid('project', pr['project'])}%2f{pr['repo_ref']['id']}%2f{n}"}
        if pr["merge_commit"]:
            out["lastMergeCommit"] = {"commitId": pr["merge_commit"],
                                      "url": f"{pr['repo_api']}/commits/{pr['merge_commit']}"}
        if pr["closed"]:
            out["closedDate"] = pr["closed"]
            out["closedBy"] = pr["created_by"]
        return out

    def list_prs(self, repo: str, q: dict[str, str]) -> dict[str, Any]:
        status = (q.get("searchCriteria.status") or "active").lower()
        if status not in ("active", "completed", "abandoned", "all", "notset"):
            raise bad_arg(f"The value '{q.get('searchCriteria.status')}' is not valid for searchCriteria.status.")
        src, tgt = q.get("searchCriteria.sourceRefName"), q.get("searchCriteria.targetRefName")
        try:
            top = int(q.get("$top") or 101)
            skip = int(q.get("$skip") or 0)
        except ValueError:
            raise bad_arg("$top and $skip must be integers.")
        with STATE_LOCK:
            items = [p for p in PRS.values() if p["repo"] == repo
                     and (status in ("all", "notset") or p["status"] == status)
                     and (not src or p["source"] == src) and (not tgt or p["target"] == tgt)]
        items.sort(key=lambda p: p["id"], reverse=True)
        value = [self.pr_json(p) for p in items[skip:skip + top]]
        return {"value": value, "count": len(value)}

    def duplicate(self, repo: str, source: str, target: str, skip: dict[str, Any] | None = None) -> bool:
        return any(p is not skip and p["repo"] == repo and p["status"] == "active" and p["source"] == source
                   and p["target"] == target for p in PRS.values())

    def create_pr(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        source, target = body["sourceRefName"], body["targetRefName"]
        src, tgt = fakelib.ref_target(repo, source), fakelib.ref_target(repo, target)
        if src is None or tgt is None or not source.startswith("refs/heads/") or not target.startswith("refs/heads/"):
            raise az_error(400, "TF401398: The pull request cannot be activated because the source and/or the "
                                "target branch no longer exists, or the requested refs are not branches",
                           "GitPullRequestInvalidRefsException")
        if source == target:
            raise bad_arg("The source and target branches of a pull request cannot be the same (fake message).")
        with STATE_LOCK:
            if self.duplicate(repo, source, target):
                raise az_error(409, "TF401179: An active pull request for the source and target branch already "
                                    "exists.", "GitPullRequestExistsException")
            COUNTERS["pr"] += 1
            n = COUNTERS["pr"]
            PRS[n] = pr = {"id": n, "repo": repo, "repo_ref": self.repo_ref(), "repo_api": self.repo_api,
                           "project": self.project, "status": "active", "title": body["title"],
                           "description": body.get("description") or "", "source": source, "target": target,
                           "source_sha": src, "target_sha": tgt, "draft": bool(body.get("isDraft", False)),
                           "created": now_iso(), "closed": None, "merge_commit": None,
                           "created_by": self.identity()}
        return self.pr_json(pr)

    def update_pr(self, repo: str, pr: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        status = body.get("status")
        if status == "completed":
            want = body.get("lastMergeSourceCommit", {}).get("commitId")
            if pr["status"] != "active":
                raise bad_arg("TF401181: The pull request cannot be completed because it is not active.")
            if not want:
                raise bad_arg("Value cannot be null.\r\nParameter name: lastMergeSourceCommit")
            self.complete(repo, pr, want)
        with STATE_LOCK:
            if "title" in body:
                pr["title"] = body["title"]
            if body.get("description") is not None:
                pr["description"] = body["description"]
            if "isDraft" in body:
                pr["draft"] = body["isDraft"]
            if "targetRefName" in body and body["targetRefName"] != pr["target"]:
                if fakelib.ref_target(repo, body["targetRefName"]) is None:
                    raise az_error(400, "TF401398: The pull request cannot be activated because the source and/or "
                                        "the target branch no longer exists, or the requested refs are not branches",
                                   "GitPullRequestInvalidRefsException")
                pr["target"] = body["targetRefName"]
            if status == "abandoned" and pr["status"] == "active":
                self.freeze(repo, pr)
                pr["status"], pr["closed"] = "abandoned", now_iso()
            elif status == "active" and pr["status"] == "abandoned":
                if self.duplicate(repo, pr["source"], pr["target"], skip=pr):
                    raise az_error(409, "TF401179: An active pull request for the source and target branch "
                                        "already exists.", "GitPullRequestExistsException")
                if fakelib.ref_target(repo, pr["source"]) is None:
                    raise az_error(400, "TF401398: The pull request cannot be activated because the source and/or "
                                        "the target branch no longer exists, or the requested refs are not branches",
                                   "GitPullRequestInvalidRefsException")
                pr["status"], pr["closed"] = "active", None
            elif status == "active" and pr["status"] == "completed":
                raise bad_arg("TF401181: A completed pull request cannot be reactivated (fake message).")
        return self.pr_json(pr)

    def freeze(self, repo: str, pr: dict[str, Any]) -> None:
        pr["source_sha"] = fakelib.ref_target(repo, pr["source"]) or pr["source_sha"]
        pr["target_sha"] = fakelib.ref_target(repo, pr["target"]) or pr["target_sha"]

    def complete(self, repo: str, pr: dict[str, Any], expected_source: str | None) -> str:
        """Real merge commit 'Merged PR n: title' on the target branch; raises ControlError/Reply on failure."""
        with self.state.repo_lock(repo):
            tgt = fakelib.ref_target(repo, pr["target"])
            src = fakelib.ref_target(repo, pr["source"])
            if tgt is None or src is None:
                raise az_error(400, "TF401398: The pull request cannot be activated because the source and/or the "
                                    "target branch no longer exists, or the requested refs are not branches",
                               "GitPullRequestInvalidRefsException")
            if expected_source is not None and expected_source.lower() != src:
                raise az_error(409, "TF401192: The pull request's source branch has been updated since "
                                    "lastMergeSourceCommit was read (fake message).", "GitPullRequestStaleException")
            tree = merge_tree(repo, tgt, src)
            if tree is None:
                raise az_error(409, "TF401190: The pull request cannot be completed because of merge conflicts "
                                    "(fake message).", "GitPullRequestCannotBeCompletedException")
            msg = f"Merged PR {pr['id']}: {pr['title']}\n"
            login = self.login()
            merge = fakelib.commit_tree(repo, tree, [tgt, src], msg, fakelib.ident_env(
                name=login, email=f"{login.replace(' ', '.').lower()}@fake.invalid"))
            if not fakelib.update_ref(repo, pr["target"], merge, tgt):
                raise az_error(409, f"TF401028: The reference '{pr['target']}' has already been updated by another "
                                    "client, so you cannot update it. Please try again.", "GitReferenceStaleException")
        with STATE_LOCK:
            pr.update(status="completed", closed=now_iso(), merge_commit=merge, source_sha=src, target_sha=tgt)
        return merge

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
            with STATE_LOCK:
                pr = PRS.get(n) if isinstance(n, int) else None
            if pr is None or pr["repo"] != repo:
                raise fakelib.ControlError(404, f"no pull request {n} in {full}")
            if pr["status"] != "active":
                raise fakelib.ControlError(409, f"pull request {n} is not active")
            if path == "/_fake/close":
                with STATE_LOCK:
                    self.freeze(repo, pr)
                    pr["status"], pr["closed"] = "abandoned", now_iso()
                return 200, {"number": n, "status": "abandoned"}
            try:
                merge = self.complete(repo, pr, None)
            except Reply as r:
                raise fakelib.ControlError(r.status, r.body.get("message", "merge failed"))
            return 200, {"number": n, "status": "completed", "sha": merge}
        return super().control(method, path, query, body)


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(AzureHandler, opts)


if __name__ == "__main__":
    main()
