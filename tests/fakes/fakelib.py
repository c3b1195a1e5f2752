"""Shared plumbing for the Rulebook test fakes (stdlib only, Python 3.11).

Both fakes (git_http.py, github_api.py) are started as

    python3 tests/fakes/<name>.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

bind 127.0.0.1:0, print exactly ``READY <port>`` on stdout, and serve until stdin reaches EOF
or SIGTERM.  Bare repositories live in DIR/<owner>/<name>.git and every Git operation is done
with real git plumbing through subprocess.

This module holds: argument parsing, the git plumbing helpers, the request log, the fault
list, the control API shared by both fakes, a small JSON schema validator, and the request
handler base class.

Control API (no auth, never delayed, never logged):
  POST   /_fake/repos    {"repo":"o/n","default_branch":"main","files":{path:text},"executable":[path],
                          "message"?}            -> 201 {"path": abs bare repo path, "head": sha}; 409 if it exists
  POST   /_fake/advance  {"repo","branch","path"?,"content"?,"message"?} -> 200 {"head": sha}
  POST   /_fake/faults   {"method"?,"path": regex (re.search on the request path, no query),
                          "status","times"=1,"body"?,"retry_after"?,"headers"?,
                          "advance"?: {"repo","branch","path"?,"content"?}}   -> 201
  GET    /_fake/faults   pending faults;  DELETE /_fake/faults clears them
  GET    /_fake/requests [{"method","path","query","headers"(lowercased),"body","time",...}]
  DELETE /_fake/requests clears the log
Order for every other request: read body (Content-Length or chunked) -> log -> sleep
--latency-ms -> auth (401) -> fault (status answer, or advance then continue) -> route.
Faults therefore only fire on authenticated requests; a 401 challenge never consumes one.
"""

from __future__ import annotations

import argparse
import json
import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ZERO_SHA = "0" * 40
SHA_RE = re.compile(r"^[0-9a-f]{40}$")
REPO_PART_RE = re.compile(r"^[A-Za-z0-9_.-]+$")

FAKE_NAME = "Rulebook Fake"
FAKE_EMAIL = "fake@example.invalid"


# --------------------------------------------------------------------------------------------
# Options and logging


@dataclass
class Options:
    root: str
    token: str
    user: str | None
    latency_ms: int
    verbose: bool


def parse_args(argv: list[str] | None = None) -> Options:
    p = argparse.ArgumentParser(add_help=True)
    p.add_argument("--root", required=True, help="directory holding <owner>/<name>.git")
    p.add_argument("--token", required=True, help="the only accepted token/password")
    p.add_argument("--user", default=None, help="login name (and required Basic user for git)")
    p.add_argument("--latency-ms", type=int, default=0, help="delay before non-control answers")
    p.add_argument("--verbose", action="store_true", help="log to stderr")
    a = p.parse_args(argv)
    root = os.path.abspath(a.root)
    os.makedirs(root, exist_ok=True)
    return Options(root=root, token=a.token, user=a.user, latency_ms=max(0, a.latency_ms), verbose=a.verbose)


VERBOSE = False


def log(msg: str) -> None:
    if VERBOSE:
        sys.stderr.write(f"[fake {time.strftime('%H:%M:%S')}] {msg}\n")
        sys.stderr.flush()


# --------------------------------------------------------------------------------------------
# Git plumbing


class GitError(Exception):
    def __init__(self, args: list[str], code: int, stderr: str):
        super().__init__(f"git {' '.join(args)} failed ({code}): {stderr.strip()}")
        self.code = code
        self.stderr = stderr


def git_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """An environment that ignores the user's global/system git config and identity."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["GIT_CONFIG_GLOBAL"] = os.devnull
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["LC_ALL"] = "C"
    if extra:
        env.update(extra)
    return env


def ident_env(name: str = FAKE_NAME, email: str = FAKE_EMAIL, date: str | None = None,
              c_name: str | None = None, c_email: str | None = None, c_date: str | None = None) -> dict[str, str]:
    now = f"@{int(time.time())} +0000"
    return {
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_AUTHOR_DATE": date or now,
        "GIT_COMMITTER_NAME": c_name or name,
        "GIT_COMMITTER_EMAIL": c_email or email,
        "GIT_COMMITTER_DATE": c_date or date or now,
    }


def git(repo: str | None, *args: str, input: bytes | None = None, env: dict[str, str] | None = None,
        check: bool = True) -> bytes:
    cmd = ["git"]
    if repo is not None:
        cmd.append(f"--git-dir={repo}")
    cmd.extend(args)
    if input is None:
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=git_env(env))
    else:
        r = subprocess.run(cmd, input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=git_env(env))
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace")
        log(f"git {' '.join(args)} -> {r.returncode}: {err.strip()}")
        if check:
            raise GitError(list(args), r.returncode, err)
    return r.stdout


def git_ok(repo: str, *args: str) -> bool:
    r = subprocess.run(["git", f"--git-dir={repo}", *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=git_env())
    return r.returncode == 0


def write_object(repo: str, kind: str, body: bytes) -> str:
    """Writes a loose object the way git does (zlib of "<kind> <size>\\0<body>", named by its
    SHA-1), without a subprocess: a fake answering many requests spends its time here."""
    raw = f"{kind} {len(body)}\0".encode() + body
    sha = hashlib.sha1(raw).hexdigest()
    path = os.path.join(repo, "objects", sha[:2], sha[2:])
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.tmp-{os.getpid()}-{threading.get_ident()}"
        with open(tmp, "wb") as f:
            f.write(zlib.compress(raw))
        os.replace(tmp, path)
    return sha


def hash_blob(repo: str, data: bytes) -> str:
    return write_object(repo, "blob", data)


def object_type(repo: str, sha: str) -> str | None:
    """'blob'/'tree'/'commit'/'tag' or None if missing (only full 40-hex shas accepted)."""
    if not isinstance(sha, str) or not SHA_RE.match(sha):
        return None
    out = git(repo, "cat-file", "--batch-check", input=(sha + "\n").encode()).decode().strip()
    parts = out.split()
    if len(parts) >= 2 and parts[1] != "missing":
        return parts[1]
    return None


def object_size(repo: str, sha: str) -> int:
    return int(git(repo, "cat-file", "-s", sha).decode().strip())


def resolve_ref(repo: str, ref: str) -> str | None:
    """The commit sha a full ref name points at, or None."""
    out = git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}", check=False)
    s = out.decode().strip()
    return s if SHA_RE.match(s) else None


def ref_target(repo: str, ref: str) -> str | None:
    """The object a full ref name (e.g. refs/heads/main) points at, exact match only, or None."""
    if not ref.startswith("refs/"):
        return None
    out = git(repo, "for-each-ref", "--format=%(refname) %(objectname)", ref).decode()
    for line in out.splitlines():
        name, _, sha = line.rpartition(" ")
        if name == ref and SHA_RE.match(sha):
            return sha
    return None


def branch_head(repo: str, branch: str) -> str | None:
    if not valid_branch(branch):
        return None
    return ref_target(repo, f"refs/heads/{branch}")


def default_branch(repo: str) -> str:
    out = git(repo, "symbolic-ref", "--quiet", "HEAD", check=False).decode().strip()
    return out[len("refs/heads/"):] if out.startswith("refs/heads/") else "main"


def valid_branch(branch: str) -> bool:
    if not branch or branch.startswith("-"):
        return False
    r = subprocess.run(["git", "check-ref-format", f"refs/heads/{branch}"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=git_env())
    return r.returncode == 0


def valid_refname(ref: str) -> bool:
    if not ref.startswith("refs/") or ref.count("/") < 2 or ref.startswith("-"):
        return False
    r = subprocess.run(["git", "check-ref-format", ref], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=git_env())
    return r.returncode == 0


def is_ancestor(repo: str, ancestor: str, descendant: str) -> bool:
    return git_ok(repo, "merge-base", "--is-ancestor", ancestor, descendant)


def update_ref(repo: str, ref: str, new: str, old: str | None) -> bool:
    """Atomic compare-and-swap.  old=None means 'must not exist yet'; returns success."""
    args = ["update-ref", "-m", "fake", ref, new, old if old is not None else ""]
    return git_ok(repo, *args)


def delete_ref(repo: str, ref: str, old: str) -> bool:
    return git_ok(repo, "update-ref", "-d", ref, old)


@dataclass
class Entry:
    mode: str  # "100644", "100755", "120000", "160000"
    type: str  # "blob" or "commit"
    sha: str


def flatten_tree(repo: str, tree: str, prefix: str = "") -> dict[str, Entry]:
    """Every non-tree entry (blobs and gitlinks) under tree, keyed by full path."""
    out = git(repo, "ls-tree", "-r", "-z", "--full-tree", tree)
    result: dict[str, Entry] = {}
    for rec in out.split(b"\0"):
        if not rec:
            continue
        meta, path = rec.split(b"\t", 1)
        mode, typ, sha = meta.decode().split()
        result[prefix + path.decode("utf-8", "surrogateescape")] = Entry(mode, typ, sha)
    return result


def tree_entries(repo: str, tree: str, recursive: bool) -> list[dict[str, Any]]:
    """ls-tree with sizes: [{path, mode, type, sha, size?}] (trees included when recursive)."""
    args = ["ls-tree", "-z", "-l", "--full-tree"]
    if recursive:
        args += ["-r", "-t"]
    out = git(repo, *args, tree)
    result = []
    for rec in out.split(b"\0"):
        if not rec:
            continue
        meta, path = rec.split(b"\t", 1)
        mode, typ, sha, size = meta.decode().split()
        e: dict[str, Any] = {"path": path.decode("utf-8", "surrogateescape"), "mode": mode, "type": typ, "sha": sha}
        if typ == "blob":
            e["size"] = int(size)
        result.append(e)
    return result


def write_tree(repo: str, flat: dict[str, Entry]) -> str:
    """Builds nested trees with git mktree from a flat path -> Entry map; returns the root sha."""
    root: dict[str, Any] = {}
    for path, ent in flat.items():
        parts = path.split("/")
        node = root
        for d in parts[:-1]:
            child = node.setdefault(d, {})
            if not isinstance(child, dict):
                raise ValueError(f"path conflict at {path}")
            node = child
        if isinstance(node.get(parts[-1]), dict):
            raise ValueError(f"path conflict at {path}")
        node[parts[-1]] = ent

    def mk(node: dict[str, Any]) -> str:
        # Git's tree order: names as bytes, a subtree compared as if it ended with "/".
        items = []
        for name, val in node.items():
            raw = name.encode("utf-8", "surrogateescape")
            if isinstance(val, dict):
                items.append((raw + b"/", b"40000", raw, mk(val)))
            else:
                items.append((raw, val.mode.lstrip("0").encode(), raw, val.sha))
        items.sort(key=lambda i: i[0])
        body = b"".join(mode + b" " + raw + b"\0" + bytes.fromhex(sha) for _, mode, raw, sha in items)
        return write_object(repo, "tree", body)

    return mk(root)


def commit_tree(repo: str, tree: str, parents: list[str], message: str, env: dict[str, str] | None = None) -> str:
    args = ["commit-tree", tree]
    for p in parents:
        args += ["-p", p]
    return git(repo, *args, input=message.encode("utf-8"), env=env or ident_env()).decode().strip()


def read_commit(repo: str, sha: str) -> dict[str, Any] | None:
    if object_type(repo, sha) != "commit":
        return None
    raw = git(repo, "cat-file", "commit", sha).decode("utf-8", "replace")
    head, _, message = raw.partition("\n\n")
    info: dict[str, Any] = {"sha": sha, "tree": None, "parents": [], "message": message}
    for line in head.split("\n"):
        if line.startswith(" "):
            continue  # continuation (e.g. gpgsig)
        key, _, val = line.partition(" ")
        if key == "tree":
            info["tree"] = val
        elif key == "parent":
            info["parents"].append(val)
        elif key in ("author", "committer"):
            m = re.match(r"^(.*) <(.*)> (\d+) ([+-]\d{4})$", val)
            if m:
                info[key] = {"name": m.group(1), "email": m.group(2),
                             "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(m.group(3))))}
    return info


# --------------------------------------------------------------------------------------------
# Shared state


@dataclass
class Fault:
    method: str | None
    path: re.Pattern[str]
    status: int | None
    times: int
    body: Any
    retry_after: str | None
    headers: dict[str, str]
    advance: dict[str, Any] | None


@dataclass
class State:
    opts: Options
    port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    repo_locks: dict[str, threading.Lock] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    advance_counter: int = 0

    def repo_lock(self, repo: str) -> threading.Lock:
        with self.lock:
            lk = self.repo_locks.get(repo)
            if lk is None:
                lk = self.repo_locks[repo] = threading.Lock()
            return lk

    def repo_path(self, full_name: str) -> str | None:
        """Absolute bare repo path for 'owner/name' (validated), whether or not it exists."""
        parts = full_name.split("/")
        if len(parts) != 2 or not all(REPO_PART_RE.match(p) and p not in (".", "..") for p in parts):
            return None
        name = parts[1][:-4] if parts[1].endswith(".git") else parts[1]
        if not name:
            return None
        return os.path.join(self.opts.root, parts[0], name + ".git")

    def existing_repo(self, owner: str, name: str) -> str | None:
        p = self.repo_path(f"{owner}/{name}")
        if p and os.path.isdir(p) and os.path.exists(os.path.join(p, "HEAD")):
            return p
        # GitHub names are case-insensitive: fall back to a case-insensitive match.
        try:
            for o in os.listdir(self.opts.root):
                if o.lower() != owner.lower():
                    continue
                for n in os.listdir(os.path.join(self.opts.root, o)):
                    if n.lower() == (name + ".git").lower():
                        return os.path.join(self.opts.root, o, n)
        except OSError:
            pass
        return None

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.times <= 0:
                    continue
                if f.method and f.method.upper() != method.upper():
                    continue
                if not f.path.search(path):
                    continue
                f.times -= 1
                return f
            return None


class ControlError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def create_repo(state: State, body: dict[str, Any]) -> dict[str, Any]:
    repo = body.get("repo")
    if not isinstance(repo, str):
        raise ControlError(400, "repo (owner/name) is required")
    path = state.repo_path(repo)
    if path is None:
        raise ControlError(400, f"bad repo name {repo!r}")
    branch = body.get("default_branch", "main")
    files = body.get("files", {}) or {}
    executable = body.get("executable", []) or []
    message = body.get("message", "Initial commit")
    if not isinstance(branch, str) or not valid_branch(branch):
        raise ControlError(400, "bad default_branch")
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise ControlError(400, "files must map path -> text")
    if not isinstance(executable, list) or not all(isinstance(x, str) and x in files for x in executable):
        raise ControlError(400, "executable must list paths present in files")
    with state.repo_lock(path):
        if os.path.exists(path):
            raise ControlError(409, f"repository {repo} already exists")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        git(None, "init", "--quiet", "--bare", f"--initial-branch={branch}", path)
        flat = {}
        for p, text in files.items():
            p = p.strip("/")
            flat[p] = Entry("100755" if p in executable or "/" + p in executable else "100644", "blob",
                            hash_blob(path, text.encode("utf-8")))
        try:
            tree = write_tree(path, flat)
        except ValueError as e:
            raise ControlError(400, str(e))
        head = commit_tree(path, tree, [], message if message.endswith("\n") else message + "\n")
        if not update_ref(path, f"refs/heads/{branch}", head, None):
            raise ControlError(500, "update-ref failed")
        git(path, "symbolic-ref", "HEAD", f"refs/heads/{branch}")
    return {"path": path, "head": head}


def advance_branch(state: State, repo: str, branch: str, fpath: str | None = None,
                   content: str | None = None, message: str | None = None) -> str:
    path = state.repo_path(repo) if isinstance(repo, str) else None
    if path is None or not os.path.isdir(path):
        raise ControlError(404, f"no repository {repo!r}")
    if not isinstance(branch, str):
        raise ControlError(400, "branch is required")
    with state.lock:
        state.advance_counter += 1
        n = state.advance_counter
    fpath = (fpath or f"fake-advance-{n}.txt").strip("/")
    if content is None:
        content = f"advanced behind the client's back #{n} at {time.time()}\n"
    message = message or f"Advance {branch} behind the client's back (#{n})\n"
    with state.repo_lock(path):
        old = branch_head(path, branch)
        if old is None:
            raise ControlError(404, f"no branch {branch!r} in {repo}")
        info = read_commit(path, old)
        flat = flatten_tree(path, info["tree"])
        for k in [k for k in flat if k.startswith(fpath + "/")]:
            del flat[k]
        flat[fpath] = Entry("100644", "blob", hash_blob(path, content.encode("utf-8")))
        try:
            tree = write_tree(path, flat)
        except ValueError as e:
            raise ControlError(400, str(e))
        new = commit_tree(path, tree, [old], message if message.endswith("\n") else message + "\n")
        if not update_ref(path, f"refs/heads/{branch}", new, old):
            raise ControlError(409, "branch moved concurrently")
    return new


def add_fault(state: State, body: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ControlError(400, "fault must be an object")
    try:
        rx = re.compile(body.get("path", ".*"))
    except (re.error, TypeError) as e:
        raise ControlError(400, f"bad path regex: {e}")
    status = body.get("status")
    adv = body.get("advance")
    if status is None and adv is None:
        raise ControlError(400, "fault needs status or advance")
    if adv is not None and not (isinstance(adv, dict) and isinstance(adv.get("repo"), str)):
        raise ControlError(400, "advance needs repo and branch")
    ra = body.get("retry_after")
    f = Fault(method=body.get("method"), path=rx, status=None if adv is not None else int(status),
              times=int(body.get("times", 1)), body=body.get("body"),
              retry_after=None if ra is None else str(ra), headers=dict(body.get("headers") or {}), advance=adv)
    with state.lock:
        state.faults.append(f)
    return {"ok": True, "pending": len(state.faults)}


# --------------------------------------------------------------------------------------------
# JSON schema validation (tiny subset: object/array/string/boolean/integer/null, enum, required)

TYPE_NAMES = {"string": str, "boolean": bool, "integer": int, "object": dict, "array": list, "null": type(None)}


def _type_ok(v: Any, t: str) -> bool:
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    return isinstance(v, TYPE_NAMES[t])


def _describe(v: Any) -> str:
    return json.dumps(v)[:60]


def validate(value: Any, schema: dict[str, Any], where: str = "") -> list[dict[str, str]]:
    """Returns a list of {"resource","field","code","message"} errors (empty when valid)."""
    errs: list[dict[str, str]] = []
    types = schema.get("type", [])
    if isinstance(types, str):
        types = [types]
    label = where or "body"
    if types and not any(_type_ok(value, t) for t in types):
        errs.append({"field": label, "code": "invalid",
                     "message": f"For '{label}', {_describe(value)} is not {' or '.join(('an ' if t[0] in 'aeiou' else 'a ') + t for t in types)}."})
        return errs
    if "enum" in schema and value not in schema["enum"]:
        errs.append({"field": label, "code": "invalid",
                     "message": f"For '{label}', {_describe(value)} is not one of {schema['enum']}."})
    if isinstance(value, dict) and "props" in schema:
        props = schema["props"]
        for k in value:
            if k not in props:
                errs.append({"field": f"{where}/{k}" if where else k, "code": "unexpected",
                             "message": f"\"{k}\" is not a permitted key."})
        for k in schema.get("required", []):
            if k not in value:
                errs.append({"field": f"{where}/{k}" if where else k, "code": "missing_field",
                             "message": f"\"{k}\" wasn't supplied."})
        for k, sub in props.items():
            if k in value:
                errs.extend(validate(value[k], sub, f"{where}/{k}" if where else k))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errs.extend(validate(item, schema["items"], f"{label}/{i}"))
    return errs


# --------------------------------------------------------------------------------------------
# HTTP plumbing


class Reply(Exception):
    """Raised by route code to answer immediately."""

    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


class BaseHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "RulebookFake/1.0"
    state: State  # set on the subclass by serve()

    def setup(self) -> None:
        # Headers and body go out in two writes: without TCP_NODELAY the body waits for the
        # client's delayed ACK (up to 40 ms per answer on a kept-alive connection).
        super().setup()
        try:
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    # quiet by default
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log("%s - %s" % (self.address_string(), format % args))

    # ---- request body -------------------------------------------------------------------
    def read_body(self) -> bytes:
        te = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in te:
            chunks = []
            while True:
                line = self.rfile.readline(65537)
                if not line:
                    break
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers until blank line
                    while True:
                        t = self.rfile.readline(65537)
                        if not t or t in (b"\r\n", b"\n"):
                            break
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(3)  # CRLF after the chunk
            return b"".join(chunks)
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    # ---- response ----------------------------------------------------------------------
    def send_bytes(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                   content_type: str | None = "application/json; charset=utf-8") -> None:
        self.send_response(status)
        hdrs = dict(headers or {})
        if content_type and not any(k.lower() == "content-type" for k in hdrs):
            hdrs["Content-Type"] = content_type
        for k, v in hdrs.items():
            self.send_header(k, v)
        if status in (204, 304):
            body = b""
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)
        self.wfile.flush()

    def send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        body = b"" if obj is None else (json.dumps(obj, indent=None) + "\n").encode("utf-8")
        self.send_bytes(status, body, headers)

    # ---- helpers ----------------------------------------------------------------------
    def split_target(self) -> tuple[str, dict[str, str]]:
        u = urlsplit(self.path)
        return u.path, dict(parse_qsl(u.query, keep_blank_values=True))

    def host_base(self) -> str:
        host = self.headers.get("Host") or f"127.0.0.1:{self.state.port}"
        return f"http://{host}"

    def record(self, path: str, query: dict[str, str], raw: bytes) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        headers = self.redact_headers(headers)
        body: Any
        if not raw:
            body = None
        else:
            try:
                body = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                body = {"_raw_len": len(raw)}
        entry = {"method": self.command, "path": path, "query": query, "headers": headers, "body": body,
                 "time": time.time()}
        entry.update(self.extra_record())
        with self.state.lock:
            self.state.requests.append(entry)

    def redact_headers(self, headers: dict[str, str]) -> dict[str, str]:
        return headers

    def extra_record(self) -> dict[str, Any]:
        return {}

    # ---- dispatch ----------------------------------------------------------------------
    def do_GET(self) -> None:
        self.dispatch()

    def do_POST(self) -> None:
        self.dispatch()

    def do_PUT(self) -> None:
        self.dispatch()

    def do_PATCH(self) -> None:
        self.dispatch()

    def do_DELETE(self) -> None:
        self.dispatch()

    def do_HEAD(self) -> None:
        self.dispatch()

    def dispatch(self) -> None:
        try:
            raw = self.read_body()
            path, query = self.split_target()
            if path == "/_fake" or path.startswith("/_fake/"):
                self.handle_control_request(path, query, raw)
                return
            self.record(path, query, raw)
            if self.state.opts.latency_ms:
                time.sleep(self.state.opts.latency_ms / 1000.0)
            self.handle_fake_request(path, query, raw)
        except Reply as r:
            self.send_json(r.status, r.body, r.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:  # noqa: BLE001
            log(traceback.format_exc())
            try:
                self.send_json(500, {"message": "fake internal error", "detail": traceback.format_exc(limit=3)})
            except Exception:  # noqa: BLE001
                pass
            self.close_connection = True

    # ---- control API -----------------------------------------------------------------
    def handle_control_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        try:
            body: Any = None
            if raw:
                try:
                    body = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    raise ControlError(400, "control body must be JSON")
            result = self.control(self.command, path, query, body if body is not None else {})
            if result is None:
                raise ControlError(404, f"no control route {self.command} {path}")
            status, obj = result
            self.send_json(status, obj)
        except ControlError as e:
            self.send_json(e.status, {"message": e.message})
        except GitError as e:
            self.send_json(500, {"message": str(e)})

    def control(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any] | None:
        st = self.state
        if path == "/_fake/repos" and method == "POST":
            return 201, create_repo(st, body)
        if path == "/_fake/advance" and method == "POST":
            head = advance_branch(st, body.get("repo"), body.get("branch", "main"), body.get("path"),
                                  body.get("content"), body.get("message"))
            return 200, {"head": head}
        if path == "/_fake/faults":
            if method == "POST":
                return 201, add_fault(st, body)
            if method == "DELETE":
                with st.lock:
                    st.faults.clear()
                return 200, {"ok": True}
            if method == "GET":
                with st.lock:
                    return 200, [{"method": f.method, "path": f.path.pattern, "status": f.status,
                                  "times": f.times, "advance": f.advance} for f in st.faults if f.times > 0]
        if path == "/_fake/requests":
            if method == "GET":
                with st.lock:
                    return 200, list(st.requests)
            if method == "DELETE":
                with st.lock:
                    st.requests.clear()
                return 200, {"ok": True}
        return None

    # ---- faults ----------------------------------------------------------------------
    def apply_fault(self, path: str, extra_headers: dict[str, str] | None = None) -> bool:
        """Consumes a matching fault. Returns True if a fault answer was sent."""
        f = self.state.take_fault(self.command, path)
        if f is None:
            return False
        if f.advance is not None:
            adv = f.advance
            advance_branch(self.state, adv.get("repo"), adv.get("branch", "main"), adv.get("path"),
                           adv.get("content"), adv.get("message"))
            return False
        headers = dict(extra_headers or {})
        if f.retry_after is not None:
            headers["Retry-After"] = f.retry_after
        headers.update(f.headers)
        body = f.body if f.body is not None else {"message": f"fake fault: status {f.status}"}
        self.send_json(f.status, body, headers)
        return True

    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        raise NotImplementedError


def serve(handler_cls: type[BaseHandler], opts: Options) -> None:
    global VERBOSE
    VERBOSE = opts.verbose
    state = State(opts=opts)
    handler = type(handler_cls.__name__, (handler_cls,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state.port = server.server_address[1]

    def on_term(signum: int, frame: Any) -> None:
        os._exit(0)

    signal.signal(signal.SIGTERM, on_term)

    def watch_stdin() -> None:
        try:
            while True:
                chunk = sys.stdin.buffer.read1(4096) if hasattr(sys.stdin.buffer, "read1") else sys.stdin.buffer.read(4096)
                if not chunk:
                    break
        except Exception:  # noqa: BLE001
            pass
        log("stdin EOF, exiting")
        os._exit(0)

    threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    sys.stdout.write(f"READY {state.port}\n")
    sys.stdout.flush()
    log(f"serving {handler_cls.__name__} on 127.0.0.1:{state.port} root={opts.root}")
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    os._exit(0)
