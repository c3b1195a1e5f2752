#!/usr/bin/env python3
"""Fake GitHub REST API (Git Data API + pull requests) on top of real bare repositories.

    python3 tests/fakes/github_api.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

Prints `READY <port>`; every route is served both at http://127.0.0.1:<port>/ (github.com
style) and under /api/v3 (GitHub Enterprise Server style).  Auth: `Authorization: Bearer TOKEN`
or `Authorization: token TOKEN`.  Request bodies are validated strictly (unknown keys and wrong
types -> 422).  Control API: see fakelib.py plus /_fake/merge and /_fake/close.

GitHub App authentication (all optional; without /_fake/app nothing changes):
  POST /_fake/app {"app_id": int, "installation_id": int, "n": "<RSA modulus, hex>", "e"=65537,
                   "repos"?: ["owner/name", ...], "token_ttl"?: seconds (default 3600)}
                   -> 201; registers (or replaces) the app's public key and adds the installation
                   (without "repos" the installation covers every repository: selection "all")
  GET  /_fake/app   apps, installations and minted installation tokens (with expiry)
  POST /_fake/app/expire {"token"?: "ghs_..."} expires one (or every) installation token now
  JWT routes (Authorization: Bearer <JWT>, RS256, verified like GitHub: iss = app id, iat at most
  60 s in the future, exp in the future and at most 600 s after iat; otherwise 401 with GitHub's
  message; the static token and installation tokens are refused here):
    GET  /app                                            -> {"id","slug","name",...}
    GET  /app/installations                              -> [installation]
    GET  /app/installations/{id}                         -> installation (404 if not this app's)
    POST /app/installations/{id}/access_tokens           -> 201 {"token":"ghs_...","expires_at",
         body {} or {"repositories"?:[name], "repository_ids"?:[int], "permissions"?:{name: level}}
  An unexpired installation token is accepted wherever --token is (Bearer or token scheme), limited
  to the installation's repositories (others -> 404) and its permissions (a write without
  contents/pull_requests "write" -> 403 "Resource not accessible by integration"); GET /user with
  one -> 403 like GitHub.  A JWT is refused (401 Bad credentials) on every non-/app route.
  Every logged request carries "auth_kind": "static" | "installation" | "jwt" (the credential that
  authenticated it) or "none" (no Authorization header) or "invalid" (refused).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
import string
import sys
import threading
import time
from typing import Any
from urllib.parse import quote, unquote, urlencode

sys.dont_write_bytecode = True  # keep tests/fakes free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402
from fakelib import Entry, Reply  # noqa: E402

DOCS = "https://docs.github.com/rest"
SHA_RE = fakelib.SHA_RE
BLOB_MODES = ("100644", "100755", "120000")
MODE_TYPE = {"100644": "blob", "100755": "blob", "120000": "blob", "040000": "tree", "160000": "commit"}

# ---- request schemas (fields GitHub documents; anything else is rejected) -----------------
S = {"type": "string"}
B = {"type": "boolean"}
IDENT = {"type": "object", "props": {"name": S, "email": S, "date": S}, "required": ["name", "email"]}
SCHEMA_BLOB = {"type": "object", "props": {"content": S, "encoding": {"type": "string", "enum": ["utf-8", "base64"]}},
               "required": ["content"]}
SCHEMA_TREE_ITEM = {"type": "object",
                    "props": {"path": S, "mode": {"type": "string", "enum": list(MODE_TYPE)},
                              "type": {"type": "string", "enum": ["blob", "tree", "commit"]},
                              "sha": {"type": ["string", "null"]}, "content": S},
                    "required": ["path", "mode"]}
SCHEMA_TREE = {"type": "object", "props": {"base_tree": S, "tree": {"type": "array", "items": SCHEMA_TREE_ITEM}},
               "required": ["tree"]}
SCHEMA_COMMIT = {"type": "object",
                 "props": {"message": S, "tree": S, "parents": {"type": "array", "items": S},
                           "author": IDENT, "committer": IDENT, "signature": S},
                 "required": ["message", "tree"]}
SCHEMA_REF_CREATE = {"type": "object", "props": {"ref": S, "sha": S, "key": S}, "required": ["ref", "sha"]}
SCHEMA_REF_UPDATE = {"type": "object", "props": {"sha": S, "force": B}, "required": ["sha"]}
SCHEMA_PULL_CREATE = {"type": "object",
                      "props": {"title": S, "head": S, "head_repo": S, "base": S, "body": {"type": ["string", "null"]},
                                "maintainer_can_modify": B, "draft": B, "issue": {"type": "integer"}},
                      "required": ["title", "head", "base"]}
SCHEMA_ACCESS_TOKEN = {"type": "object",
                       "props": {"repositories": {"type": "array", "items": S},
                                 "repository_ids": {"type": "array", "items": {"type": "integer"}},
                                 "permissions": {"type": "object"}}}
SCHEMA_PULL_UPDATE = {"type": "object",
                      "props": {"title": S, "body": {"type": ["string", "null"]},
                                "state": {"type": "string", "enum": ["open", "closed"]}, "base": S,
                                "maintainer_can_modify": B}}

# ---- shared server state beyond fakelib.State ---------------------------------------------
RATE_LOCK = threading.Lock()
RATE = {"limit": 5000, "remaining": 5000, "reset": int(time.time()) + 3600}
PULLS_LOCK = threading.Lock()
PULLS: dict[str, dict[str, Any]] = {}  # repo path -> {"next": int, "items": {number: pr}}

# ---- GitHub App authentication --------------------------------------------------------------
APPS_LOCK = threading.Lock()
APPS: dict[int, dict[str, Any]] = {}           # app_id -> {"n", "e", "k", "token_ttl"}
INSTALLATIONS: dict[int, dict[str, Any]] = {}  # installation_id -> {"app_id", "repos": [full] | None}
TOKENS: dict[str, dict[str, Any]] = {}         # ghs_... -> {"installation_id", "expires", "permissions", "repos"}
APP_PERMISSIONS = {"contents": "write", "pull_requests": "write"}
PERMISSION_LEVELS = {"read": 1, "write": 2}
JWT_MAX_LIFETIME = 600  # exp - iat, seconds
JWT_IAT_SKEW = 60       # iat may be this far in the future
# DER of DigestInfo{AlgorithmIdentifier{sha256, NULL}, OCTET STRING(32)} (RFC 8017 section 9.2, note 1)
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")

MSG_JWT_DECODE = "A JSON web token could not be decoded"
MSG_ISS_MISSING = "Missing 'issuer' claim ('iss') in assertion"
MSG_ISS_INT = "'Issuer' claim ('iss') must be an Integer"
MSG_IAT = "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
MSG_EXP = ("'Expiration time' claim ('exp') must be a numeric value representing the future time at which "
           "the assertion expires")
MSG_EXP_FAR = "'Expiration time' claim ('exp') is too far in the future"
MSG_NO_INTEGRATION = "Resource not accessible by integration"


class JwtError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def iso_at(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def b64url_decode(part: str) -> bytes:
    """base64url as JWT libraries (and GitHub's) read it: url-safe alphabet, padding optional."""
    if not part or not re.fullmatch(r"[A-Za-z0-9_-]+={0,2}", part):
        raise JwtError(MSG_JWT_DECODE)
    stripped = part.rstrip("=")
    if len(part) != len(stripped) and len(part) % 4 != 0:
        raise JwtError(MSG_JWT_DECODE)
    if len(stripped) % 4 == 1:
        raise JwtError(MSG_JWT_DECODE)
    try:
        return base64.urlsafe_b64decode(stripped + "=" * (-len(stripped) % 4))
    except (binascii.Error, ValueError):
        raise JwtError(MSG_JWT_DECODE)


def rs256_verify(n: int, e: int, k: int, signing_input: bytes, sig: bytes) -> bool:
    """RSASSA-PKCS1-v1_5 verification with SHA-256 (RFC 8017 section 8.2.2), stdlib only."""
    if len(sig) != k:
        return False
    s = int.from_bytes(sig, "big")
    if s >= n:
        return False
    em = pow(s, e, n).to_bytes(k, "big")
    t = SHA256_DIGEST_INFO + hashlib.sha256(signing_input).digest()
    if k < len(t) + 11:
        return False
    expected = b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t
    return hmac.compare_digest(em, expected)


def _claim_int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def verify_jwt(token: str, now: float | None = None) -> int:
    """Verifies an app JWT; returns the app id or raises JwtError with GitHub's message."""
    now = time.time() if now is None else now
    parts = token.split(".")
    if len(parts) != 3:
        raise JwtError(MSG_JWT_DECODE)
    try:
        header = json.loads(b64url_decode(parts[0]).decode("utf-8"))
        payload = json.loads(b64url_decode(parts[1]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise JwtError(MSG_JWT_DECODE)
    sig = b64url_decode(parts[2])
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise JwtError(MSG_JWT_DECODE)
    if header.get("alg") != "RS256" or ("typ" in header and header["typ"] != "JWT"):
        raise JwtError(MSG_JWT_DECODE)
    if "iss" not in payload or payload["iss"] in (None, ""):
        raise JwtError(MSG_ISS_MISSING)
    iss = payload["iss"]
    if isinstance(iss, str) and re.fullmatch(r"[0-9]+", iss):
        app_id = int(iss)
    elif isinstance(iss, int) and not isinstance(iss, bool):
        app_id = iss
    else:
        raise JwtError(MSG_ISS_INT)
    with APPS_LOCK:
        app = APPS.get(app_id)
    if app is None:
        raise JwtError(MSG_JWT_DECODE)
    if not rs256_verify(app["n"], app["e"], app["k"], f"{parts[0]}.{parts[1]}".encode("ascii"), sig):
        raise JwtError(MSG_JWT_DECODE)
    iat = _claim_int(payload.get("iat"))
    if iat is None or iat > now + JWT_IAT_SKEW:
        raise JwtError(MSG_IAT)
    exp = _claim_int(payload.get("exp"))
    if exp is None or exp <= now:
        raise JwtError(MSG_EXP)
    if exp - iat > JWT_MAX_LIFETIME:
        raise JwtError(MSG_EXP_FAR)
    return app_id


def register_app(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise fakelib.ControlError(400, "body must be an object")
    unknown = set(body) - {"app_id", "installation_id", "n", "e", "repos", "token_ttl"}
    if unknown:
        raise fakelib.ControlError(400, f"unknown keys {sorted(unknown)}")
    app_id, inst_id, n, e = body.get("app_id"), body.get("installation_id"), body.get("n"), body.get("e", 65537)
    for name, v in (("app_id", app_id), ("installation_id", inst_id), ("e", e)):
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise fakelib.ControlError(400, f"{name} must be a positive integer")
    if isinstance(n, str):
        h = n.strip()
        h = h[len("Modulus="):] if h.startswith("Modulus=") else h
        h = h[2:] if h.lower().startswith("0x") else h
        try:
            n = int(h, 16)
        except ValueError:
            raise fakelib.ControlError(400, "n must be the RSA modulus in hex")
    if not isinstance(n, int) or isinstance(n, bool) or n.bit_length() < 512 or n % 2 == 0:
        raise fakelib.ControlError(400, "n must be an RSA modulus (hex string, >= 512 bits)")
    repos = body.get("repos")
    if repos is not None and not (isinstance(repos, list) and all(
            isinstance(r, str) and re.fullmatch(r"[^/\s]+/[^/\s]+", r) for r in repos)):
        raise fakelib.ControlError(400, "repos must be a list of \"owner/name\"")
    ttl = body.get("token_ttl", 3600)
    if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl <= 0:
        raise fakelib.ControlError(400, "token_ttl must be a positive integer (seconds)")
    with APPS_LOCK:
        other = INSTALLATIONS.get(inst_id)
        if other is not None and other["app_id"] != app_id:
            raise fakelib.ControlError(409, f"installation {inst_id} belongs to app {other['app_id']}")
        APPS[app_id] = {"n": n, "e": e, "k": (n.bit_length() + 7) // 8, "token_ttl": ttl}
        INSTALLATIONS[inst_id] = {"app_id": app_id,
                                  "repos": None if repos is None else [r.lower() for r in repos]}
    return {"app_id": app_id, "installation_id": inst_id, "bits": n.bit_length(),
            "repository_selection": "all" if repos is None else "selected"}


def installation_token(value: str) -> dict[str, Any] | None:
    """The live (unexpired) installation token record for value, or None."""
    if not value.startswith("ghs_"):
        return None
    with APPS_LOCK:
        tok = TOKENS.get(value)
        if tok is None or tok["expires"] <= time.time():
            return None
        if tok["installation_id"] not in INSTALLATIONS:
            return None
        return tok


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def not_found() -> Reply:
    return Reply(404, {"message": "Not Found", "documentation_url": DOCS})


def unprocessable(message: str, errors: list[Any] | None = None) -> Reply:
    body: dict[str, Any] = {"message": message}
    if errors is not None:
        body["errors"] = errors
    body["documentation_url"] = DOCS
    return Reply(422, body)


def validation_failed(*errors: dict[str, Any]) -> Reply:
    return unprocessable("Validation Failed", list(errors))


def check(body: Any, schema: dict[str, Any]) -> dict[str, Any]:
    errs = fakelib.validate(body, schema)
    if errs:
        raise unprocessable("Invalid request.\n\n" + "\n".join(e["message"] for e in errs), errs)
    return body


def git_date(s: str, field: str) -> str:
    try:
        d = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise unprocessable(f"Invalid request.\n\nFor '{field}', {json.dumps(s)} is not a valid date-time.",
                            [{"field": field, "code": "invalid", "message": "not a date-time"}])
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"@{int(d.timestamp())} {sign}{abs(off) // 60:02d}{abs(off) % 60:02d}"


def b64_wrapped(data: bytes) -> str:
    enc = base64.b64encode(data).decode()
    return "".join(enc[i:i + 60] + "\n" for i in range(0, len(enc), 60))


class GithubHandler(fakelib.BaseHandler):
    api_headers: dict[str, str] | None = None
    auth: dict[str, Any] | None = None

    # every API answer carries the rate-limit headers
    def send_bytes(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                   content_type: str | None = "application/json; charset=utf-8") -> None:
        merged = dict(self.api_headers or {})
        merged.update(headers or {})
        super().send_bytes(status, body, merged, content_type)

    def dispatch(self) -> None:
        self.api_headers = None
        self.auth = None
        super().dispatch()

    def extra_record(self) -> dict[str, Any]:
        accept = self.headers.get("Accept") or ""
        self.auth = self.authenticate()
        return {"accept_ok": "application/vnd.github" in accept or "application/json" in accept,
                "auth_kind": self.auth["kind"]}

    # ---- authentication -----------------------------------------------------------------
    @staticmethod
    def is_app_route(path: str) -> bool:
        if path == "/api/v3" or path.startswith("/api/v3/"):
            path = path[len("/api/v3"):]
        return path == "/app" or path.startswith("/app/")

    def authenticate(self) -> dict[str, Any]:
        """{"kind": static|installation|jwt|none|invalid, "error"?, "app_id"?, "token"?} for this request."""
        h = (self.headers.get("Authorization") or "").strip()
        if not h:
            return {"kind": "none"}
        scheme, _, value = h.partition(" ")
        scheme, value = scheme.lower(), value.strip()
        if self.is_app_route(self.split_target()[0]):
            # only an app JWT (Bearer) authenticates here; PATs and installation tokens are "not a JWT"
            if scheme != "bearer":
                return {"kind": "invalid", "error": MSG_JWT_DECODE}
            try:
                return {"kind": "jwt", "app_id": verify_jwt(value)}
            except JwtError as e:
                return {"kind": "invalid", "error": e.message}
            except Exception:  # noqa: BLE001 - whatever else a hostile token trips over is "not decodable"
                return {"kind": "invalid", "error": MSG_JWT_DECODE}
        if scheme not in ("bearer", "token"):
            return {"kind": "invalid", "error": "Bad credentials"}
        if value == self.state.opts.token:
            return {"kind": "static"}
        tok = installation_token(value)
        if tok is not None:
            return {"kind": "installation", "token": tok}
        return {"kind": "invalid", "error": "Bad credentials"}

    # ---- helpers ----------------------------------------------------------------------
    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.state.port}"

    def authed(self) -> bool:
        """True when the request carries the static token or a live installation token."""
        if self.auth is None:
            self.auth = self.authenticate()
        return self.auth["kind"] in ("static", "installation")

    def require_installation_access(self, rest: str, method: str) -> None:
        """Installation tokens: repository scope (404) and permissions (403), as GitHub enforces them."""
        if self.auth is None or self.auth["kind"] != "installation":
            return
        tok = self.auth["token"]
        if tok["repos"] is not None and self.full_name.lower() not in tok["repos"]:
            raise not_found()
        if rest in ("", "/"):
            return  # repository metadata: always readable by an installation
        perm = "pull_requests" if rest.startswith("/pulls") else "contents"
        need = PERMISSION_LEVELS["read" if method in ("GET", "HEAD") else "write"]
        if PERMISSION_LEVELS.get(tok["permissions"].get(perm, ""), 0) < need:
            raise Reply(403, {"message": MSG_NO_INTEGRATION, "documentation_url": DOCS})

    def login(self) -> str:
        return self.state.opts.user or "fake-user"

    def json_body(self, raw: bytes) -> Any:
        if not raw.strip():
            return {}
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Reply(400, {"message": "Problems parsing JSON", "documentation_url": DOCS})

    # ---- entry point --------------------------------------------------------------------
    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        with RATE_LOCK:
            RATE["remaining"] = max(0, RATE["remaining"] - 1)
            self.api_headers = {"X-RateLimit-Limit": str(RATE["limit"]),
                                "X-RateLimit-Remaining": str(RATE["remaining"]),
                                "X-RateLimit-Reset": str(RATE["reset"]),
                                "X-RateLimit-Used": str(RATE["limit"] - RATE["remaining"]),
                                "X-RateLimit-Resource": "core",
                                "X-GitHub-Media-Type": "github.v3; format=json"}
        prefix = ""
        if path == "/api/v3" or path.startswith("/api/v3/"):
            prefix = "/api/v3"
        rpath = path[len(prefix):] or "/"
        self.api = self.web + prefix
        if self.auth is None:
            self.auth = self.authenticate()
        app_route = self.is_app_route(rpath)
        if app_route:
            if self.auth["kind"] != "jwt":
                raise Reply(401, {"message": self.auth.get("error") or MSG_JWT_DECODE, "documentation_url": DOCS})
        elif not self.authed():
            raise Reply(401, {"message": "Bad credentials", "documentation_url": DOCS})
        if self.auth["kind"] == "static":
            self.api_headers["X-OAuth-Scopes"] = "repo, workflow"
            self.api_headers["X-Accepted-OAuth-Scopes"] = "repo"
        if self.apply_fault(path):
            return
        if app_route:
            status, obj, extra = self.app_route(self.command, rpath, query, raw)
        else:
            status, obj, extra = self.route(self.command, rpath, query, raw)
        self.send_json(status, obj, extra)

    def route(self, method: str, p: str, q: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        if p == "/user" and method == "GET":
            if self.auth is not None and self.auth["kind"] == "installation":
                raise Reply(403, {"message": MSG_NO_INTEGRATION, "documentation_url": DOCS})
            return 200, {"login": self.login(), "id": 1, "node_id": "U_fake", "type": "User",
                         "html_url": f"{self.web}/{self.login()}"}, {}
        m = re.match(r"^/repos/([^/]+)/([^/]+)(/.*)?$", p)
        if not m:
            raise not_found()
        owner, name, rest = unquote(m.group(1)), unquote(m.group(2)), m.group(3) or ""
        repo = self.state.existing_repo(owner, name)
        if repo is None:
            raise not_found()
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.full_name = rel[:-4] if rel.endswith(".git") else rel
        self.repo_api = f"{self.api}/repos/{self.full_name}"
        self.require_installation_access(rest, method)
        if rest in ("", "/") and method == "GET":
            return 200, self.repo_json(repo), {}
        body = self.json_body(raw) if method in ("POST", "PATCH", "PUT") else None

        # ---- git data API ----
        if m2 := re.match(r"^/git/ref/(.+)$", rest):
            if method == "GET":
                return 200, self.get_ref(repo, "refs/" + unquote(m2.group(1))), {}
        elif m2 := re.match(r"^/git/matching-refs/(.*)$", rest):
            if method == "GET":
                return 200, self.list_refs(repo, "refs/" + unquote(m2.group(1))), {}
        elif rest in ("/git/refs", "/git/refs/"):
            if method == "POST":
                return 201, self.create_ref(repo, check(body, SCHEMA_REF_CREATE)), {}
            if method == "GET":
                return 200, self.list_refs(repo, "refs/"), {}
        elif m2 := re.match(r"^/git/refs/(.+)$", rest):
            ref = "refs/" + unquote(m2.group(1))
            if method == "GET":
                sha = fakelib.ref_target(repo, ref)
                if sha:
                    return 200, self.ref_json(repo, ref, sha), {}
                refs = self.list_refs(repo, ref)
                if not refs:
                    raise not_found()
                return 200, refs, {}
            if method == "PATCH":
                return 200, self.update_ref(repo, ref, check(body, SCHEMA_REF_UPDATE)), {}
            if method == "DELETE":
                self.delete_ref(repo, ref)
                return 204, None, {}
        elif m2 := re.match(r"^/git/commits/([^/]+)$", rest):
            if method == "GET":
                info = fakelib.read_commit(repo, m2.group(1))
                if info is None:
                    raise not_found()
                return 200, self.commit_json(info), {}
        elif rest == "/git/commits":
            if method == "POST":
                return 201, self.create_commit(repo, check(body, SCHEMA_COMMIT)), {}
        elif m2 := re.match(r"^/git/trees/(.+)$", rest):
            if method == "GET":
                return 200, self.get_tree(repo, unquote(m2.group(1)), "recursive" in q), {}
        elif rest == "/git/trees":
            if method == "POST":
                return 201, self.create_tree(repo, check(body, SCHEMA_TREE)), {}
        elif m2 := re.match(r"^/git/blobs/([^/]+)$", rest):
            if method == "GET":
                return 200, self.get_blob(repo, m2.group(1)), {}
        elif rest == "/git/blobs":
            if method == "POST":
                return 201, self.create_blob(repo, check(body, SCHEMA_BLOB)), {}

        # ---- pull requests ----
        elif rest in ("/pulls", "/pulls/"):
            if method == "GET":
                items = self.list_pulls(repo, q)
                page, link = self.paginate(items, q, f"{self.repo_api}/pulls")
                return 200, page, ({"Link": link} if link else {})
            if method == "POST":
                return 201, self.create_pull(repo, check(body, SCHEMA_PULL_CREATE)), {}
        elif m2 := re.match(r"^/pulls/(\d+)$", rest):
            n = int(m2.group(1))
            if method == "GET":
                return 200, self.pull_json(repo, self.find_pull(repo, n)), {}
            if method == "PATCH":
                return 200, self.update_pull(repo, n, check(body, SCHEMA_PULL_UPDATE)), {}
        raise not_found()

    # ---- GitHub App routes (JWT only) ----------------------------------------------------
    def app_json(self, app_id: int) -> dict[str, Any]:
        with APPS_LOCK:
            count = sum(1 for i in INSTALLATIONS.values() if i["app_id"] == app_id)
        return {"id": app_id, "slug": "rulebook-test", "node_id": f"A_fake{app_id}", "name": "Rulebook test",
                "owner": {"login": self.login(), "type": "User"}, "description": "",
                "external_url": self.web, "html_url": f"{self.web}/apps/rulebook-test",
                "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
                "permissions": dict(APP_PERMISSIONS, metadata="read"), "events": [],
                "installations_count": count}

    def installation_json(self, inst_id: int, inst: dict[str, Any]) -> dict[str, Any]:
        repos = inst["repos"]
        owner = repos[0].split("/")[0] if repos else self.login()
        return {"id": inst_id, "app_id": inst["app_id"], "app_slug": "rulebook-test",
                "account": {"login": owner, "type": "User"}, "target_type": "User",
                "repository_selection": "all" if repos is None else "selected",
                "access_tokens_url": f"{self.api}/app/installations/{inst_id}/access_tokens",
                "repositories_url": f"{self.api}/installation/repositories",
                "permissions": dict(APP_PERMISSIONS, metadata="read"), "events": [],
                "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
                "suspended_at": None}

    def app_route(self, method: str, p: str, q: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        app_id = self.auth["app_id"]
        if p in ("/app", "/app/") and method == "GET":
            return 200, self.app_json(app_id), {}
        if p in ("/app/installations", "/app/installations/") and method == "GET":
            with APPS_LOCK:
                items = sorted((i, dict(v)) for i, v in INSTALLATIONS.items() if v["app_id"] == app_id)
            page, link = self.paginate([self.installation_json(i, v) for i, v in items], q,
                                       f"{self.api}/app/installations")
            return 200, page, ({"Link": link} if link else {})
        m = re.match(r"^/app/installations/(\d+)(/access_tokens)?$", p)
        if m:
            inst_id = int(m.group(1))
            with APPS_LOCK:
                inst = INSTALLATIONS.get(inst_id)
                inst = dict(inst) if inst is not None else None
            if inst is None or inst["app_id"] != app_id:
                raise not_found()
            if not m.group(2) and method == "GET":
                return 200, self.installation_json(inst_id, inst), {}
            if m.group(2) and method == "POST":
                return 201, self.mint_token(inst_id, inst, check(self.json_body(raw), SCHEMA_ACCESS_TOKEN)), {}
        raise not_found()

    def all_repos(self) -> list[str]:
        """Every 'owner/name' (as stored on disk) under --root."""
        root, out = self.state.opts.root, []
        for o in sorted(os.listdir(root)):
            if not os.path.isdir(os.path.join(root, o)):
                continue
            for n in sorted(os.listdir(os.path.join(root, o))):
                if n.endswith(".git") and os.path.exists(os.path.join(root, o, n, "HEAD")):
                    out.append(f"{o}/{n[:-4]}")
        return out

    def mint_token(self, inst_id: int, inst: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        granted = dict(APP_PERMISSIONS, metadata="read")
        perms = dict(APP_PERMISSIONS)
        if "permissions" in body:
            req = body["permissions"]
            for k, v in req.items():
                if not isinstance(v, str) or v not in PERMISSION_LEVELS:
                    raise unprocessable(f"Invalid request.\n\nFor 'permissions/{k}', {json.dumps(v)} is not one of "
                                        f"{list(PERMISSION_LEVELS)}.",
                                        [{"field": f"permissions/{k}", "code": "invalid"}])
            if any(PERMISSION_LEVELS[v] > PERMISSION_LEVELS.get(granted.get(k, ""), 0) for k, v in req.items()):
                raise unprocessable("The permissions requested are not granted to this installation.")
            perms = dict(req)
        scope = inst["repos"]  # lowercase full names, or None for "all"
        candidates = scope if scope is not None else [r.lower() for r in self.all_repos()]
        repos = scope
        if "repositories" in body or "repository_ids" in body:
            picked: list[str] = []
            for name in body.get("repositories", []):
                hits = [c for c in candidates if c.split("/", 1)[1] == name.lower() or c == name.lower()]
                if not hits:
                    raise unprocessable("There is at least one repository that does not exist or is not "
                                        "accessible to the parent installation.")
                picked.extend(hits)
            # ids as repo_json reports them (hash of the on-disk "owner/name")
            by_id = {abs(hash(f)) % 10**8: f.lower() for f in self.all_repos() if f.lower() in candidates}
            for rid in body.get("repository_ids", []):
                full = by_id.get(rid)
                if full is None:
                    raise unprocessable("There is at least one repository that does not exist or is not "
                                        "accessible to the parent installation.")
                picked.append(full)
            repos = sorted(set(picked))
        alphabet = string.ascii_letters + string.digits
        token = "ghs_" + "".join(secrets.choice(alphabet) for _ in range(36))
        with APPS_LOCK:
            ttl = APPS[inst["app_id"]]["token_ttl"]
            expires = time.time() + ttl
            TOKENS[token] = {"installation_id": inst_id, "expires": expires, "permissions": perms,
                             "repos": repos}
        out: dict[str, Any] = {"token": token, "expires_at": iso_at(expires), "permissions": perms,
                               "repository_selection": "all" if repos is None else "selected"}
        if repos is not None:
            out["repositories"] = []
            for full in repos:
                path = self.state.existing_repo(*full.split("/", 1))
                rel = os.path.relpath(path, self.state.opts.root).replace(os.sep, "/")[:-4] if path else full
                out["repositories"].append({"id": abs(hash(rel)) % 10**8, "name": rel.split("/")[1],
                                            "full_name": rel, "private": True,
                                            "owner": {"login": rel.split("/")[0], "type": "User"}})
        return out

    # ---- repository ---------------------------------------------------------------------
    def repo_json(self, repo: str) -> dict[str, Any]:
        owner, name = self.full_name.split("/")
        return {"id": abs(hash(self.full_name)) % 10**8, "node_id": "R_fake", "name": name,
                "full_name": self.full_name, "private": True, "owner": {"login": owner, "type": "User"},
                "html_url": f"{self.web}/{self.full_name}", "url": self.repo_api,
                "clone_url": f"{self.web}/{self.full_name}.git",
                "default_branch": fakelib.default_branch(repo), "visibility": "private",
                "permissions": {"admin": False, "maintain": False, "push": True, "triage": True, "pull": True}}

    # ---- refs ---------------------------------------------------------------------------
    def ref_json(self, repo: str, ref: str, sha: str) -> dict[str, Any]:
        typ = fakelib.object_type(repo, sha) or "commit"
        return {"ref": ref, "node_id": "REF_fake", "url": f"{self.repo_api}/git/{quote(ref)}",
                "object": {"sha": sha, "type": typ, "url": f"{self.repo_api}/git/{typ}s/{sha}"}}

    def get_ref(self, repo: str, ref: str) -> dict[str, Any]:
        sha = fakelib.ref_target(repo, ref)
        if sha is None:
            raise not_found()
        return self.ref_json(repo, ref, sha)

    def list_refs(self, repo: str, prefix: str) -> list[dict[str, Any]]:
        out = fakelib.git(repo, "for-each-ref", "--format=%(refname) %(objectname)", "refs/").decode()
        result = []
        for line in out.splitlines():
            name, _, sha = line.rpartition(" ")
            if name.startswith(prefix):
                result.append(self.ref_json(repo, name, sha))
        return result

    def create_ref(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        ref, sha = body["ref"], body["sha"]
        if not fakelib.valid_refname(ref):
            raise unprocessable("Reference name is invalid")
        if fakelib.object_type(repo, sha) is None:
            raise unprocessable("Object does not exist")
        with self.state.repo_lock(repo):
            if fakelib.ref_target(repo, ref) is not None:
                raise unprocessable("Reference already exists")
            if not fakelib.update_ref(repo, ref, sha, None):
                if fakelib.ref_target(repo, ref) is not None:
                    raise unprocessable("Reference already exists")
                raise unprocessable(f"Reference cannot be created: {ref}")
        return self.ref_json(repo, ref, sha)

    def update_ref(self, repo: str, ref: str, body: dict[str, Any]) -> dict[str, Any]:
        new, force = body["sha"], bool(body.get("force", False))
        with self.state.repo_lock(repo):
            cur = fakelib.ref_target(repo, ref)
            if cur is None:
                raise unprocessable("Reference does not exist")
            typ = fakelib.object_type(repo, new)
            if typ is None:
                raise unprocessable("Object does not exist")
            if not force and cur != new:
                if typ != "commit" or not fakelib.is_ancestor(repo, cur, new):
                    raise unprocessable("Update is not a fast forward")
            if not fakelib.update_ref(repo, ref, new, cur):
                raise unprocessable("Update is not a fast forward")
        return self.ref_json(repo, ref, new)

    def delete_ref(self, repo: str, ref: str) -> None:
        with self.state.repo_lock(repo):
            cur = fakelib.ref_target(repo, ref)
            if cur is None or not fakelib.delete_ref(repo, ref, cur):
                raise unprocessable("Reference does not exist")

    # ---- commits ------------------------------------------------------------------------
    def commit_json(self, info: dict[str, Any]) -> dict[str, Any]:
        sha = info["sha"]
        return {"sha": sha, "node_id": "C_fake", "url": f"{self.repo_api}/git/commits/{sha}",
                "html_url": f"{self.web}/{self.full_name}/commit/{sha}",
                "author": info.get("author"), "committer": info.get("committer"),
                "tree": {"sha": info["tree"], "url": f"{self.repo_api}/git/trees/{info['tree']}"},
                "message": info["message"],
                "parents": [{"sha": p, "url": f"{self.repo_api}/git/commits/{p}",
                             "html_url": f"{self.web}/{self.full_name}/commit/{p}"} for p in info["parents"]],
                "verification": {"verified": False, "reason": "unsigned", "signature": None, "payload": None,
                                 "verified_at": None}}

    def create_commit(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        if fakelib.object_type(repo, body["tree"]) != "tree":
            raise unprocessable("Tree SHA does not exist")
        parents = body.get("parents", [])
        for p in parents:
            if fakelib.object_type(repo, p) != "commit":
                raise unprocessable("Parent SHA does not exist or is not a commit object")
        author = body.get("author") or {"name": self.login(), "email": f"{self.login()}@users.noreply.github.com"}
        committer = body.get("committer") or author
        env = fakelib.ident_env(
            name=author["name"], email=author["email"],
            date=git_date(author["date"], "author/date") if author.get("date") else None,
            c_name=committer["name"], c_email=committer["email"],
            c_date=git_date(committer["date"], "committer/date") if committer.get("date") else
            (git_date(author["date"], "author/date") if committer is author and author.get("date") else None))
        sha = fakelib.commit_tree(repo, body["tree"], parents, body["message"], env)
        return self.commit_json(fakelib.read_commit(repo, sha))

    # ---- trees --------------------------------------------------------------------------
    def tree_json(self, repo: str, sha: str, recursive: bool) -> dict[str, Any]:
        entries = fakelib.tree_entries(repo, sha, recursive)
        for e in entries:
            e["url"] = f"{self.repo_api}/git/{e['type']}s/{e['sha']}" if e["type"] != "commit" else None
            if e["url"] is None:
                del e["url"]
        return {"sha": sha, "url": f"{self.repo_api}/git/trees/{sha}", "tree": entries, "truncated": False}

    def get_tree(self, repo: str, spec: str, recursive: bool) -> dict[str, Any]:
        if not spec or spec.startswith("-"):
            raise not_found()
        out = fakelib.git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", spec + "^{tree}",
                          check=False).decode().strip()
        if not SHA_RE.match(out):
            raise not_found()
        return self.tree_json(repo, out, recursive)

    def create_tree(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        base = body.get("base_tree")
        flat: dict[str, Entry] = {}
        if base is not None:
            if fakelib.object_type(repo, base) != "tree":
                raise unprocessable("base_tree is not a valid tree oid")
            flat = fakelib.flatten_tree(repo, base)
        for i, item in enumerate(body["tree"]):
            path, mode = item["path"], item["mode"]
            parts = path.split("/")
            if not path or any(c in ("", ".", "..", ".git") for c in parts) or "\0" in path:
                raise unprocessable(f"tree.path contains a malformed path component ({path!r})")
            typ = item.get("type", MODE_TYPE[mode])
            if MODE_TYPE[mode] != typ:
                raise unprocessable(f"tree.type {typ!r} does not match tree.mode {mode!r} for {path!r}")
            has_sha, has_content = "sha" in item, "content" in item
            if has_sha and has_content:
                raise unprocessable("Must supply either tree.sha or tree.content, not both. "
                                    f"(tree/{i})")
            if not has_sha and not has_content:
                raise unprocessable(f"Must supply either tree.sha or tree.content. (tree/{i})")
            under = path + "/"
            if has_sha and item["sha"] is None:
                # deletion
                if path in flat:
                    del flat[path]
                    continue
                raise unprocessable("GitRPC::BadObjectState")
            if has_content:
                if typ != "blob":
                    raise unprocessable(f"tree.content requires a blob mode (tree/{i})")
                sha = fakelib.hash_blob(repo, item["content"].encode("utf-8"))
            else:
                sha = item["sha"]
                if not SHA_RE.match(sha):
                    raise unprocessable(f"tree.sha {sha} is not a valid {typ}")
                found = fakelib.object_type(repo, sha)
                # a gitlink may point at a commit this repository does not have
                if found != typ and not (typ == "commit" and found is None):
                    raise unprocessable(f"tree.sha {sha} is not a valid {typ}")
            # drop whatever occupied this path: a file, a directory, or files at ancestor paths
            for k in [k for k in flat if k == path or k.startswith(under)]:
                del flat[k]
            for j in range(1, len(parts)):
                flat.pop("/".join(parts[:j]), None)
            if typ == "tree":
                flat.update(fakelib.flatten_tree(repo, sha, prefix=under))
            else:
                flat[path] = Entry(mode, typ, sha)
        try:
            sha = fakelib.write_tree(repo, flat)
        except (ValueError, fakelib.GitError) as e:
            raise unprocessable(str(e))
        return self.tree_json(repo, sha, False)

    # ---- blobs --------------------------------------------------------------------------
    def get_blob(self, repo: str, sha: str) -> dict[str, Any]:
        if fakelib.object_type(repo, sha) != "blob":
            raise not_found()
        data = fakelib.git(repo, "cat-file", "blob", sha)
        return {"sha": sha, "node_id": "B_fake", "size": len(data), "url": f"{self.repo_api}/git/blobs/{sha}",
                "content": b64_wrapped(data), "encoding": "base64"}

    def create_blob(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        enc = body.get("encoding", "utf-8")
        if enc == "base64":
            try:
                data = base64.b64decode("".join(body["content"].split()), validate=True)
            except (binascii.Error, ValueError):
                raise unprocessable("Invalid request.\n\ncontent is not valid Base64.",
                                    [{"field": "content", "code": "invalid", "message": "not valid Base64"}])
        else:
            data = body["content"].encode("utf-8")
        sha = fakelib.hash_blob(repo, data)
        return {"sha": sha, "url": f"{self.repo_api}/git/blobs/{sha}"}

    # ---- pull requests ------------------------------------------------------------------
    def pulls(self, repo: str) -> dict[str, Any]:
        return PULLS.setdefault(repo, {"next": 1, "items": {}})

    def find_pull(self, repo: str, n: int) -> dict[str, Any]:
        with PULLS_LOCK:
            pr = self.pulls(repo)["items"].get(n)
        if pr is None:
            raise not_found()
        return pr

    def pull_json(self, repo: str, pr: dict[str, Any]) -> dict[str, Any]:
        owner = self.full_name.split("/")[0]
        head_sha = pr["head_sha"]
        base_sha = fakelib.branch_head(repo, pr["base"]) or pr.get("base_sha")
        if pr["state"] == "open":
            head_sha = fakelib.branch_head(repo, pr["head"]) or head_sha
        n = pr["number"]
        repo_obj = {"full_name": self.full_name, "name": self.full_name.split("/")[1], "owner": {"login": owner},
                    "private": True}
        return {
            "url": f"{self.repo_api}/pulls/{n}", "id": 1000 + n, "node_id": f"PR_fake{n}", "number": n,
            "html_url": f"{self.web}/{self.full_name}/pull/{n}",
            "diff_url": f"{self.web}/{self.full_name}/pull/{n}.diff",
            "state": pr["state"], "locked": False, "title": pr["title"], "body": pr["body"],
            "user": {"login": pr["user"]}, "draft": pr["draft"],
            "created_at": pr["created_at"], "updated_at": pr["updated_at"], "closed_at": pr["closed_at"],
            "merged_at": pr["merged_at"], "merged": pr["merged"], "merge_commit_sha": pr["merge_commit_sha"],
            "mergeable": None if pr["state"] != "open" else True,
            "mergeable_state": "clean" if pr["state"] == "open" else "unknown",
            "head": {"label": f"{owner}:{pr['head']}", "ref": pr["head"], "sha": head_sha, "repo": repo_obj,
                     "user": {"login": owner}},
            "base": {"label": f"{owner}:{pr['base']}", "ref": pr["base"], "sha": base_sha, "repo": repo_obj,
                     "user": {"login": owner}},
        }

    def parse_head(self, head: str) -> str:
        owner = self.full_name.split("/")[0]
        if ":" in head:
            h_owner, _, branch = head.partition(":")
            if h_owner.lower() != owner.lower():
                raise validation_failed({"resource": "PullRequest", "field": "head", "code": "invalid"})
            return branch
        return head

    def create_pull(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        head = self.parse_head(body["head"])
        base = body["base"]
        head_sha = fakelib.branch_head(repo, head)
        base_sha = fakelib.branch_head(repo, base)
        if base_sha is None:
            raise validation_failed({"resource": "PullRequest", "field": "base", "code": "invalid"})
        if head_sha is None:
            raise validation_failed({"resource": "PullRequest", "field": "head", "code": "invalid"})
        owner = self.full_name.split("/")[0]
        with PULLS_LOCK:
            st = self.pulls(repo)
            for pr in st["items"].values():
                if pr["state"] == "open" and pr["head"] == head:
                    raise validation_failed({"resource": "PullRequest", "code": "custom",
                                             "message": f"A pull request already exists for {owner}:{head}."})
            if fakelib.is_ancestor(repo, head_sha, base_sha):
                raise validation_failed({"resource": "PullRequest", "code": "custom",
                                         "message": f"No commits between {base} and {head}"})
            n = st["next"]
            st["next"] += 1
            ts = now_iso()
            pr = {"number": n, "title": body["title"], "body": body.get("body"), "head": head, "base": base,
                  "head_sha": head_sha, "base_sha": base_sha, "state": "open", "merged": False,
                  "merged_at": None, "merge_commit_sha": None, "draft": bool(body.get("draft", False)),
                  "created_at": ts, "updated_at": ts, "closed_at": None, "user": self.login(),
                  "seq": time.monotonic_ns()}
            st["items"][n] = pr
        return self.pull_json(repo, pr)

    def list_pulls(self, repo: str, q: dict[str, str]) -> list[dict[str, Any]]:
        state = q.get("state", "open")
        if state not in ("open", "closed", "all"):
            raise validation_failed({"resource": "Search", "field": "state", "code": "invalid"})
        head = q.get("head")
        head_branch = None
        if head:
            owner = self.full_name.split("/")[0]
            h_owner, sep, branch = head.partition(":")
            if sep and h_owner.lower() != owner.lower():
                return []
            head_branch = branch if sep else head
        base = q.get("base")
        with PULLS_LOCK:
            items = list(self.pulls(repo)["items"].values())
        items = [p for p in items
                 if (state == "all" or p["state"] == state)
                 and (head_branch is None or p["head"] == head_branch)
                 and (not base or p["base"] == base)]
        sort = q.get("sort", "created")
        direction = q.get("direction", "desc" if sort in ("created",) else "desc")
        key = (lambda p: p["updated_at"] + f"{p['number']:09d}") if sort == "updated" else (lambda p: p["number"])
        items.sort(key=key, reverse=(direction != "asc"))
        return [self.pull_json(repo, p) for p in items]

    def paginate(self, items: list[Any], q: dict[str, str], url: str) -> tuple[list[Any], str | None]:
        def to_int(v: str | None, default: int) -> int:
            try:
                return int(v) if v is not None else default
            except ValueError:
                return default

        per_page = min(100, max(1, to_int(q.get("per_page"), 30)))
        page = max(1, to_int(q.get("page"), 1))
        last = max(1, (len(items) + per_page - 1) // per_page)
        chunk = items[(page - 1) * per_page: page * per_page]

        def link(pg: int, rel: str) -> str:
            qq = dict(q)
            qq["per_page"] = str(per_page)
            qq["page"] = str(pg)
            return f'<{url}?{urlencode(qq)}>; rel="{rel}"'

        links = []
        if page > 1:
            links.append(link(page - 1, "prev"))
        if page < last:
            links.append(link(page + 1, "next"))
            links.append(link(last, "last"))
        if page > 1:
            links.insert(0, link(1, "first"))
        return chunk, (", ".join(links) or None)

    def update_pull(self, repo: str, n: int, body: dict[str, Any]) -> dict[str, Any]:
        pr = self.find_pull(repo, n)
        with PULLS_LOCK:
            if "base" in body:
                if fakelib.branch_head(repo, body["base"]) is None:
                    raise validation_failed({"resource": "PullRequest", "field": "base", "code": "invalid"})
                pr["base"] = body["base"]
            if "title" in body:
                pr["title"] = body["title"]
            if "body" in body:
                pr["body"] = body["body"]
            st = body.get("state")
            if st == "closed" and pr["state"] == "open":
                pr["head_sha"] = fakelib.branch_head(repo, pr["head"]) or pr["head_sha"]
                pr["state"] = "closed"
                pr["closed_at"] = now_iso()
            elif st == "open" and pr["state"] == "closed":
                if pr["merged"]:
                    raise validation_failed({"resource": "PullRequest", "code": "custom",
                                             "message": "Cannot reopen a merged pull request"})
                if fakelib.branch_head(repo, pr["head"]) is None:
                    raise validation_failed({"resource": "PullRequest", "field": "head", "code": "invalid"})
                for other in self.pulls(repo)["items"].values():
                    if other is not pr and other["state"] == "open" and other["head"] == pr["head"]:
                        owner = self.full_name.split("/")[0]
                        raise validation_failed({"resource": "PullRequest", "code": "custom",
                                                 "message": f"A pull request already exists for "
                                                            f"{owner}:{pr['head']}."})
                pr["state"] = "open"
                pr["closed_at"] = None
            pr["updated_at"] = now_iso()
        return self.pull_json(repo, pr)

    # ---- control: merge / close -----------------------------------------------------------
    def control(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any] | None:
        if path == "/_fake/app" and method == "POST":
            return 201, register_app(body)
        if path == "/_fake/app" and method == "GET":
            now = time.time()
            with APPS_LOCK:
                return 200, {
                    "apps": [{"app_id": a, "bits": v["n"].bit_length(), "e": v["e"], "token_ttl": v["token_ttl"]}
                             for a, v in sorted(APPS.items())],
                    "installations": [{"id": i, "app_id": v["app_id"], "repos": v["repos"]}
                                      for i, v in sorted(INSTALLATIONS.items())],
                    "tokens": [{"token": t, "installation_id": v["installation_id"],
                                "expires_at": iso_at(v["expires"]), "expired": v["expires"] <= now,
                                "permissions": v["permissions"], "repos": v["repos"]} for t, v in TOKENS.items()]}
        if path == "/_fake/app/expire" and method == "POST":
            which = body.get("token") if isinstance(body, dict) else None
            with APPS_LOCK:
                if which is not None and which not in TOKENS:
                    raise fakelib.ControlError(404, "no such installation token")
                hit = [which] if which is not None else list(TOKENS)
                for t in hit:
                    TOKENS[t]["expires"] = min(TOKENS[t]["expires"], time.time())
            return 200, {"expired": len(hit)}
        if method == "POST" and path in ("/_fake/merge", "/_fake/close"):
            full = body.get("repo")
            n = body.get("number")
            repo = None
            if isinstance(full, str) and "/" in full:
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
                if not fakelib.is_ancestor(repo, base_sha, head_sha):
                    raise fakelib.ControlError(409, "base is not an ancestor of head (would need a real merge)")
                tree = fakelib.read_commit(repo, head_sha)["tree"]
                owner = full.split("/")[0]
                msg = f"Merge pull request #{n} from {owner}/{pr['head']}\n\n{pr['title']}\n"
                merge = fakelib.commit_tree(repo, tree, [base_sha, head_sha], msg,
                                            fakelib.ident_env(name=self.login(),
                                                              email=f"{self.login()}@users.noreply.github.com"))
                if not fakelib.update_ref(repo, f"refs/heads/{pr['base']}", merge, base_sha):
                    raise fakelib.ControlError(409, "base branch moved concurrently")
            with PULLS_LOCK:
                ts = now_iso()
                pr.update(state="closed", merged=True, merged_at=ts, closed_at=ts, updated_at=ts,
                          merge_commit_sha=merge, head_sha=head_sha, base_sha=base_sha)
            return 200, {"number": n, "merged": True, "sha": merge}
        return super().control(method, path, query, body)


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(GithubHandler, opts)


if __name__ == "__main__":
    main()
