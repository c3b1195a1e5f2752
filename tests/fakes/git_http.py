#!/usr/bin/env python3
"""Fake smart-HTTP Git server for Rulebook tests: wraps `git http-backend` as CGI.

    python3 tests/fakes/git_http.py --root DIR --token TOKEN [--user NAME] [--latency-ms N] [--verbose]

Prints `READY <port>` and serves http://127.0.0.1:<port>/<owner>/<name>.git until stdin EOF
or SIGTERM.  Every request under /<owner>/<name>.git/ needs HTTP Basic auth whose password is
TOKEN (and whose user is NAME when --user is given); otherwise 401 with
`WWW-Authenticate: Basic realm="fake"`.  Control API: see fakelib.py (/_fake/...).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # keep tests/fakes free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402

REPO_PATH_RE = re.compile(r"^/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(\.git)?(/.*)?$")


class GitHttpHandler(fakelib.BaseHandler):
    def auth_status(self) -> str:
        """'none', 'ok' or 'bad' for this request's Authorization header."""
        h = self.headers.get("Authorization")
        if not h:
            return "none"
        scheme, _, value = h.partition(" ")
        if scheme.lower() != "basic":
            return "bad"
        try:
            user, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return "bad"
        if not sep or password != self.state.opts.token:
            return "bad"
        if self.state.opts.user is not None and user != self.state.opts.user:
            return "bad"
        return "ok"

    def basic_user(self) -> str:
        h = self.headers.get("Authorization") or ""
        try:
            return base64.b64decode(h.partition(" ")[2].strip()).decode("utf-8").partition(":")[0] or "git"
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return "git"

    def redact_headers(self, headers: dict[str, str]) -> dict[str, str]:
        if "authorization" in headers:
            headers["authorization"] = "<present>"
        return headers

    def extra_record(self) -> dict[str, object]:
        return {"auth": self.auth_status()}

    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        m = REPO_PATH_RE.match(path)
        if not m or m.group(1) in (".", "..") or m.group(2) in (".", ".."):
            self.send_bytes(404, b"Not Found\n", content_type="text/plain")
            return
        owner, name, rest = m.group(1), m.group(2), m.group(4) or "/"
        if self.auth_status() != "ok":
            self.send_bytes(401, b"Authentication required\n",
                            {"WWW-Authenticate": 'Basic realm="fake"'}, content_type="text/plain")
            return
        if self.apply_fault(path):
            return
        repo = self.state.existing_repo(owner, name)
        if repo is None:
            self.send_bytes(404, b"Repository not found\n", content_type="text/plain")
            return
        rel = os.path.relpath(repo, self.state.opts.root).replace(os.sep, "/")
        self.run_backend("/" + rel + rest, raw)

    def run_backend(self, path_info: str, body: bytes) -> None:
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
        # Split CGI headers from the body at the first blank line (CRLF or LF).
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


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(GitHttpHandler, opts)


if __name__ == "__main__":
    main()
