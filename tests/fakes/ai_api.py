#!/usr/bin/env python3
"""Fake AI provider APIs for Rulebook tests (stdlib only), one server speaking every dialect
Rulebook uses, each checked against its documented request shape:

    python3 tests/fakes/ai_api.py --root DIR --token TOKEN [--latency-ms N] [--verbose]

  OpenAI / compatible  GET /v1/models, POST /v1/chat/completions   Authorization: Bearer TOKEN
  Azure OpenAI         POST /openai/deployments/{d}/chat/completions?api-version=V   api-key: TOKEN
  Anthropic Messages   GET /v1/models, POST /v1/messages   x-api-key: TOKEN, anthropic-version
  Google Gemini        GET /v1beta/models, POST /v1beta/models/{m}:generateContent
                       and :streamGenerateContent?alt=sse   x-goog-api-key: TOKEN
  AWS Bedrock          POST /model/{id}/converse and /converse-stream (AWS's binary event-stream
                       encoding with its CRC32s)   SigV4 (access key AKIDEXAMPLE, secret TOKEN,
                       service bedrock) verified by recomputing the signature here

TOKEN "-" accepts requests without credentials (a local server with no key).  A request with
wrong credentials gets the provider's own 401 body; a request whose body breaks the documented
shape gets 400 with the reason (and the test sees it in the request log).

What the "model" answers: the next scripted answer if any (POST /_fake/ai/answers
{"text", "mode": "normal"|"truncate"|"hang", "times": 1}), else a valid answer chosen from the
system prompt (a drafted standard, examples, a detector, or "OK").  "truncate" streams without the
provider's end marker; "hang" never answers.  Status faults (429 with Retry-After, 500...) use
fakelib's /_fake/faults.  The request log (/_fake/requests) records every request with its
credential headers replaced by "<present>".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import struct
import sys
import threading
import time
import zlib
from typing import Any
from urllib.parse import quote

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fakelib  # noqa: E402

SCRIPT: list[dict[str, Any]] = []
SCRIPT_LOCK = threading.Lock()
AKID = "AKIDEXAMPLE"

DRAFT = {
    "name": "Error handling",
    "description": "Errors carry context so that failures can be traced.",
    "scope": ["**/*.go"],
    "rules": [
        {"text": "Wrap errors with context before returning them",
         "examples": [{"language": "go", "good": "return fmt.Errorf(\"read config: %w\", err)", "bad": "return err"}]},
        {"text": "Never ignore an error value", "examples": []},
    ],
}
EXAMPLES = {"examples": [{"good": "if err != nil {\n\treturn fmt.Errorf(\"open: %w\", err)\n}",
                          "bad": "f, _ := os.Open(p)"}]}


DETECTOR = {"yaml": "rule:\n  kind: except_clause\n  regex: '^except\\s*:'\n"}
CONDENSED = {"description": "Errors carry context.",
             "rules": [{"text": "Wrap every returned error with context; never drop one", "from": [1, 2]}]}
REVIEW = {"summary": "The proposal tightens rule 1.", "concerns": ["Rule 2 has no example"],
          "verdict": "needs-changes"}


def default_answer(system: str) -> str:
    if "single word OK" in system:
        return "OK"
    if system.startswith("You condense"):
        return json.dumps(CONDENSED)
    if system.startswith("You review"):
        return json.dumps(REVIEW)
    if system.startswith("You write a detector"):
        return json.dumps(DETECTOR)
    if "\"examples\": [{\"good\"" in system:
        return json.dumps(EXAMPLES)
    return "```json\n" + json.dumps(DRAFT) + "\n```"


def next_answer(system: str) -> tuple[str, str]:
    with SCRIPT_LOCK:
        while SCRIPT:
            s = SCRIPT[0]
            if s.get("times", 1) <= 0:
                SCRIPT.pop(0)
                continue
            s["times"] = s.get("times", 1) - 1
            return s.get("text", default_answer(system)), s.get("mode", "normal")
    return default_answer(system), "normal"


def event_message(event_type: str, payload: dict[str, Any]) -> bytes:
    """One message of AWS's event-stream encoding: prelude (total length, headers length, CRC32),
    string headers, the JSON payload, the message's CRC32."""
    headers = b""
    for k, v in ((":event-type", event_type), (":content-type", "application/json"), (":message-type", "event")):
        headers += bytes([len(k)]) + k.encode() + bytes([7]) + struct.pack(">H", len(v)) + v.encode()
    data = json.dumps(payload).encode()
    prelude = struct.pack(">II", 16 + len(headers) + len(data), len(headers))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + headers + data
    return message + struct.pack(">I", zlib.crc32(message))


def tokens(text: str) -> int:
    return max(1, len(text) // 4)


def pieces(text: str) -> list[str]:
    n = max(1, len(text) // 3)
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def bad(reason: str) -> fakelib.Reply:
    return fakelib.Reply(400, {"error": {"message": f"fake: {reason}", "type": "invalid_request_error"}})


def need(cond: bool, reason: str) -> None:
    if not cond:
        raise bad(reason)


def sigv4_expected(method: str, host: str, path: str, query: str, headers: dict[str, str], body: bytes,
                   secret: str, auth: str) -> bool:
    m = re.match(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
                 r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$", auth)
    if not m or m.group(1) != AKID or m.group(4) != "bedrock":
        return False
    date, region, service, signed, signature = m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    names = signed.split(";")
    if "host" not in names or "x-amz-date" not in names:
        return False
    canon_headers = ""
    for n in names:
        v = host if n == "host" else headers.get(n)
        if v is None:
            return False
        canon_headers += f"{n}:{' '.join(v.strip().split())}\n"
    # Non-S3 services encode each path segment twice: once on the wire, once more here.
    canon_path = "/".join(quote(seg, safe="-_.~") for seg in path.split("/"))
    canonical = "\n".join([method, canon_path, query, canon_headers, signed, hashlib.sha256(body).hexdigest()])
    amz_date = headers.get("x-amz-date", "")
    scope = f"{date}/{region}/{service}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    k = hmac.new(("AWS4" + secret).encode(), date.encode(), hashlib.sha256).digest()
    for part in (region, service, "aws4_request"):
        k = hmac.new(k, part.encode(), hashlib.sha256).digest()
    return hmac.compare_digest(hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest(), signature)


class AiHandler(fakelib.BaseHandler):
    def redact_headers(self, headers: dict[str, str]) -> dict[str, str]:
        for k in ("authorization", "api-key", "x-api-key", "x-goog-api-key"):
            if k in headers:
                headers[k] = "<present>"
        return headers

    def control(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any] | None:
        if path == "/_fake/ai/answers" and method == "POST":
            with SCRIPT_LOCK:
                SCRIPT.append(dict(body))
            return 201, {"queued": len(SCRIPT)}
        return super().control(method, path, query, body)

    # ---- auth --------------------------------------------------------------------------
    def token_ok(self, value: str | None) -> bool:
        tok = self.state.opts.token
        return tok == "-" or value == tok

    def deny(self, dialect: str) -> None:
        bodies = {
            "openai": {"error": {"message": "Incorrect API key provided: " + (self.headers.get("Authorization") or "")[7:],
                                 "type": "invalid_request_error", "code": "invalid_api_key"}},
            "anthropic": {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}},
            "gemini": {"error": {"code": 401, "message": "API key not valid.", "status": "UNAUTHENTICATED"}},
            "bedrock": {"message": "The request signature we calculated does not match the signature you provided."},
        }
        raise fakelib.Reply(403 if dialect == "bedrock" else 401, bodies[dialect])

    # ---- streaming ---------------------------------------------------------------------
    def send_sse(self, events: list[str], mode: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        for e in events:
            self.wfile.write(e.encode("utf-8"))
            self.wfile.flush()
        self.close_connection = True

    def hang(self) -> None:
        time.sleep(30)
        self.close_connection = True

    # ---- routes ------------------------------------------------------------------------
    def handle_fake_request(self, path: str, query: dict[str, str], raw: bytes) -> None:
        if self.command == "GET" and path == "/v1/models":
            if self.headers.get("x-api-key") is not None or self.headers.get("anthropic-version"):
                if not self.token_ok(self.headers.get("x-api-key")):
                    self.deny("anthropic")
                self.send_json(200, {"data": [{"id": "fake-model", "type": "model"}], "has_more": False})
                return
            if not self.token_ok((self.headers.get("Authorization") or "").removeprefix("Bearer ")):
                self.deny("openai")
            if self.apply_fault(path):
                return
            self.send_json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
            return
        if self.command == "GET" and path == "/v1beta/models":
            if not self.token_ok(self.headers.get("x-goog-api-key")):
                self.deny("gemini")
            self.send_json(200, {"models": [{"name": "models/fake-model"}]})
            return
        if self.command != "POST":
            raise fakelib.Reply(404, {"error": {"message": "fake: no such route"}})
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad("body is not JSON")
        need(isinstance(body, dict), "body is not an object")
        if path == "/v1/chat/completions":
            if not self.token_ok((self.headers.get("Authorization") or "").removeprefix("Bearer ")):
                self.deny("openai")
            need(isinstance(body.get("model"), str) and body["model"], "model is required")
            return self.chat_completions(path, body)
        m = re.match(r"^/openai/deployments/([^/]+)/chat/completions$", path)
        if m:
            if not self.token_ok(self.headers.get("api-key")):
                self.deny("openai")
            need(bool(query.get("api-version")), "api-version is required")
            need("model" not in body, "Azure takes the deployment from the URL, not a model field")
            return self.chat_completions(path, body)
        if path == "/v1/messages":
            if not self.token_ok(self.headers.get("x-api-key")):
                self.deny("anthropic")
            need(self.headers.get("anthropic-version") == "2023-06-01", "anthropic-version header is required")
            return self.messages(path, body)
        m = re.match(r"^/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)$", path)
        if m:
            if not self.token_ok(self.headers.get("x-goog-api-key")):
                self.deny("gemini")
            need("key" not in query, "the key must not be in the URL")
            return self.gemini(path, body, m.group(2) == "streamGenerateContent", query)
        m = re.match(r"^/model/([^/]+)/(converse|converse-stream)$", path)
        if m:
            headers = {k.lower(): v for k, v in self.headers.items()}
            raw_path = self.path.split("?", 1)[0]
            if not sigv4_expected("POST", self.headers.get("Host") or "", raw_path, "", headers, raw,
                                  self.state.opts.token, self.headers.get("Authorization") or ""):
                self.deny("bedrock")
            return self.converse(path, body, m.group(2) == "converse-stream")
        raise fakelib.Reply(404, {"error": {"message": f"fake: no route {path}"}})

    def chat_completions(self, path: str, body: dict[str, Any]) -> None:
        msgs = body.get("messages")
        need(isinstance(msgs, list) and msgs, "messages must be a non-empty array")
        for m in msgs:
            need(isinstance(m, dict) and m.get("role") in ("system", "user", "assistant")
                 and isinstance(m.get("content"), str), "each message needs role and string content")
        cap = body.get("max_tokens", body.get("max_completion_tokens"))
        need(isinstance(cap, int) and cap > 0, "max_tokens (or max_completion_tokens) must be a positive integer")
        if self.apply_fault(path):
            return
        system = "\n".join(m["content"] for m in msgs if m["role"] == "system")
        text, mode = next_answer(system)
        if mode == "hang":
            return self.hang()
        pin, pout = tokens(" ".join(m["content"] for m in msgs)), tokens(text)
        if not body.get("stream"):
            self.send_json(200, {"id": "chatcmpl-fake", "object": "chat.completion", "model": body.get("model", ""),
                                 "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                              "finish_reason": "stop"}],
                                 "usage": {"prompt_tokens": pin, "completion_tokens": pout, "total_tokens": pin + pout}})
            return
        events = [f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': p}}]})}\n\n" for p in pieces(text)]
        if mode != "truncate":
            events.append(f"data: {json.dumps({'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]})}\n\n")
            if (body.get("stream_options") or {}).get("include_usage"):
                events.append(f"data: {json.dumps({'choices': [], 'usage': {'prompt_tokens': pin, 'completion_tokens': pout}})}\n\n")
            events.append("data: [DONE]\n\n")
        self.send_sse(events, mode)

    def messages(self, path: str, body: dict[str, Any]) -> None:
        need(isinstance(body.get("model"), str) and body["model"], "model is required")
        need(isinstance(body.get("max_tokens"), int) and body["max_tokens"] > 0, "max_tokens is required")
        msgs = body.get("messages")
        need(isinstance(msgs, list) and msgs, "messages must be a non-empty array")
        for m in msgs:
            need(isinstance(m, dict) and m.get("role") in ("user", "assistant"), "roles are user or assistant only")
        need(isinstance(body.get("system", ""), str), "system is a string")
        if self.apply_fault(path):
            return
        text, mode = next_answer(body.get("system", ""))
        if mode == "hang":
            return self.hang()
        pin, pout = tokens(json.dumps(msgs) + body.get("system", "")), tokens(text)
        if not body.get("stream"):
            self.send_json(200, {"id": "msg_fake", "type": "message", "role": "assistant",
                                 "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                                 "usage": {"input_tokens": pin, "output_tokens": pout}})
            return
        ev = [f"event: message_start\ndata: {json.dumps({'type': 'message_start', 'message': {'usage': {'input_tokens': pin, 'output_tokens': 1}}})}\n\n"]
        ev += [f"event: content_block_delta\ndata: {json.dumps({'type': 'content_block_delta', 'index': 0, 'delta': {'type': 'text_delta', 'text': p}})}\n\n" for p in pieces(text)]
        if mode != "truncate":
            ev.append(f"event: message_delta\ndata: {json.dumps({'type': 'message_delta', 'delta': {'stop_reason': 'end_turn'}, 'usage': {'output_tokens': pout}})}\n\n")
            ev.append("event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n")
        self.send_sse(ev, mode)

    def gemini(self, path: str, body: dict[str, Any], stream: bool, query: dict[str, str]) -> None:
        contents = body.get("contents")
        need(isinstance(contents, list) and contents, "contents must be a non-empty array")
        for c in contents:
            need(c.get("role") in ("user", "model") and isinstance(c.get("parts"), list), "contents[].role/parts")
        if stream:
            need(query.get("alt") == "sse", "streaming needs alt=sse")
        if self.apply_fault(path):
            return
        system = "".join(p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", []))
        text, mode = next_answer(system)
        if mode == "hang":
            return self.hang()
        usage = {"promptTokenCount": tokens(json.dumps(contents) + system), "candidatesTokenCount": tokens(text)}
        if not stream:
            self.send_json(200, {"candidates": [{"content": {"role": "model", "parts": [{"text": text}]},
                                                 "finishReason": "STOP"}], "usageMetadata": usage})
            return
        parts = pieces(text)
        ev = []
        for i, p in enumerate(parts):
            cand: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": p}]}}
            chunk: dict[str, Any] = {"candidates": [cand]}
            if i == len(parts) - 1 and mode != "truncate":
                cand["finishReason"] = "STOP"
                chunk["usageMetadata"] = usage
            ev.append(f"data: {json.dumps(chunk)}\n\n")
        self.send_sse(ev, mode)

    def converse(self, path: str, body: dict[str, Any], stream: bool) -> None:
        msgs = body.get("messages")
        need(isinstance(msgs, list) and msgs, "messages must be a non-empty array")
        for m in msgs:
            need(m.get("role") in ("user", "assistant") and isinstance(m.get("content"), list), "messages[].content")
        need(isinstance((body.get("inferenceConfig") or {}).get("maxTokens"), int), "inferenceConfig.maxTokens")
        if self.apply_fault(path):
            return
        system = "".join(s.get("text", "") for s in body.get("system", []))
        text, mode = next_answer(system)
        if mode == "hang":
            return self.hang()
        usage = {"inputTokens": tokens(json.dumps(msgs) + system), "outputTokens": tokens(text)}
        if not stream:
            self.send_json(200, {"output": {"message": {"role": "assistant", "content": [{"text": text}]}},
                                 "stopReason": "end_turn", "usage": usage})
            return
        # ConverseStream: AWS's binary event-stream encoding, every message with its CRC32s.
        frames = [event_message("messageStart", {"role": "assistant"})]
        frames += [event_message("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": p}}) for p in pieces(text)]
        if mode != "truncate":
            frames.append(event_message("contentBlockStop", {"contentBlockIndex": 0}))
            frames.append(event_message("messageStop", {"stopReason": "end_turn"}))
            frames.append(event_message("metadata", {"usage": usage, "metrics": {"latencyMs": 1}}))
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.amazon.eventstream")
        self.send_header("Connection", "close")
        self.end_headers()
        for f in frames:
            self.wfile.write(f)
            self.wfile.flush()
        self.close_connection = True


def main() -> None:
    opts = fakelib.parse_args()
    fakelib.serve(AiHandler, opts)


if __name__ == "__main__":
    main()
