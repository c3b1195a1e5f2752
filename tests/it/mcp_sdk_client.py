"""Drive Rulebook's MCP server with the official MCP Python SDK (mcp 2.3.0) and report as JSON.

Usage: mcp_sdk_client.py --url URL --key KEY [--mode legacy|auto|2026-07-28]
       mcp_sdk_client.py --stdio --command /path/rulebook --args "mcp --from DIR" [--env K=V] [--pass-env NAME]

Lists tools, prompts, resources and templates, calls every tool of the design with arguments taken
from the listings, checks each result (no isError, structuredContent valid against outputSchema,
one text block with the same JSON), gets one prompt, reads one resource of each kind and a skill
file, and sends bad arguments. Prints one JSON object; exits 0 only when `failures` is empty.
The stdio child gets only the SDK's safe environment (HOME, PATH, ...) plus RULEBOOK_* variables,
--pass-env names and --env pairs.
"""
import argparse, json, os, shlex, sys
from contextlib import AsyncExitStack
from urllib.parse import quote

import anyio
import jsonschema
from jsonschema.validators import validator_for
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from mcp.shared.exceptions import MCPError

TOOLS = ["rules_for_path", "search", "list_standards", "list_commands", "list_skills", "list_subagents",
         "list_policies", "get_standard", "get_command", "get_subagent", "get_policy", "get_skill",
         "get_skill_file", "list_packages",
         "get_package", "get_release", "render_package", "propose_change", "add_rule", "create_standard",
         "lint_snippet"]
KINDS = ["standards", "commands", "skills", "subagents", "policies"]
TS_PATH = "src/app/main.ts"


class Run:
    def __init__(self, client, expect_write_denied):
        self.c, self.denied, self.failures, self.called, self.tools = client, expect_write_denied, [], [], {}
        self.offline = False

    def fail(self, msg):
        self.failures.append(msg)

    def pick(self, tool, enum_prop, preferred):
        """A value for an enum property of `tool`'s input schema: `preferred` if allowed, else the first."""
        sch = self.tools[tool].input_schema.get("properties", {}).get(enum_prop, {})
        allowed = sch.get("enum") or sch.get("items", {}).get("enum")
        return preferred if not allowed or preferred in allowed else allowed[0]

    async def call(self, name, args, expect_error=False):
        """Call a tool; return structuredContent (None on failure). Checks the result either way."""
        if name not in self.tools:
            return self.fail(f"{name}: not listed")
        tool = self.tools[name]
        try:  # our own arguments must fit the advertised input schema
            validator_for(tool.input_schema)(tool.input_schema).validate(args)
        except jsonschema.ValidationError as e:
            self.fail(f"{name}: our arguments do not fit inputSchema: {e.message}")
        self.called.append(name)
        try:
            res = await self.c.call_tool(name, args)  # the SDK itself validates outputSchema when not isError
        except Exception as e:
            return self.fail(f"{name}: {type(e).__name__}: {e}"[:600])
        texts = [b.text for b in res.content if getattr(b, "type", None) == "text"]
        if expect_error:
            if not res.is_error:
                self.fail(f"{name}: expected isError, got a result")
            return None
        if res.is_error:
            return self.fail(f"{name}: isError: {' '.join(texts)[:300]}")
        sc = res.structured_content
        try:
            validator_for(tool.output_schema)(tool.output_schema).validate(sc)
        except jsonschema.ValidationError as e:
            self.fail(f"{name}: structuredContent does not match outputSchema: {e.message} at {list(e.path)}")
        if len(texts) != 1:
            self.fail(f"{name}: expected one text block, got {len(texts)}")
        else:
            try:
                if json.loads(texts[0]) != sc:
                    self.fail(f"{name}: text block JSON differs from structuredContent")
            except ValueError:
                self.fail(f"{name}: text block is not JSON")
        return sc

    async def first(self, tool, what):
        sc = await self.call(tool, {})
        items = sorted((sc or {}).get("items", []), key=lambda i: (i.get("space", ""), i.get("slug", "")))
        if sc is not None and not items:
            self.fail(f"{tool}: no {what} in the test data")
        return items[0] if items else None


async def pages(fn, attr):
    out, cursor = [], None
    for _ in range(100):
        page = await fn(cursor=cursor)
        out += getattr(page, attr)
        cursor = page.next_cursor
        if not cursor:
            break
    return out


async def exercise(c, a, report):
    r = Run(c, a.expect_write_denied or a.offline)
    r.offline = a.offline
    report.update(protocol_version=c.protocol_version, server=c.server_info and c.server_info.name)
    tools, prompts, resources, templates = [await pages(f, k) for f, k in (
        (c.list_tools, "tools"), (c.list_prompts, "prompts"), (c.list_resources, "resources"),
        (c.list_resource_templates, "resource_templates"))]
    r.tools = {t.name: t for t in tools}
    report["counts"] = dict(tools=len(tools), prompts=len(prompts), resources=len(resources),
                            resource_templates=len(templates))
    report["tools_listed"] = sorted(r.tools)
    r.failures += [f"{t.name}: no outputSchema" for t in tools if not t.output_schema]
    r.failures += [f"tool {n} not listed" for n in TOOLS if n not in r.tools]
    r.tools = {n: t for n, t in r.tools.items() if t.output_schema}

    sc = await r.call("rules_for_path", {"path": TS_PATH})
    std = None
    if sc is not None:
        stds = sc.get("standards", [])
        ts = [s for s in stds if "**/*.ts" in s.get("scope", [])]
        if not ts:
            r.fail("rules_for_path: no standard with scope **/*.ts")
        if sc.get("language") != "typescript":
            r.fail(f"rules_for_path: language {sc.get('language')!r}, want typescript")
        langs = {e.get("language") for s in stds for rule in s.get("rules", []) for e in rule.get("examples", [])}
        if langs - {"typescript"}:
            r.fail(f"rules_for_path: examples in other languages: {sorted(langs - {'typescript'})}")
        if ts and not any(rule.get("examples") for rule in ts[0].get("rules", [])):
            r.fail("rules_for_path: the **/*.ts standard came back without its typescript example")
        std = ts[0] if ts else (stds[0] if stds else None)
    listed, cmd, skill, sub, pol, pkg = [await r.first(f"list_{k}", k) for k in
                                         ("standards", "commands", "skills", "subagents", "policies", "packages")]
    std = std or listed

    sc = await r.call("lint_snippet", {"path": TS_PATH, "code": "try { run() } catch {}\n"})
    if sc is not None and [f.get("line") for f in sc.get("findings", [])] != [1]:
        r.fail(f"lint_snippet: want the empty catch on line 1, got {sc.get('findings')!r}")
    if sc is not None and sc["findings"] and sc["findings"][0].get("hint") != "rethrow or handle it":
        r.fail(f"lint_snippet: hint {sc['findings'][0].get('hint')!r}")

    std_content = None
    if std:
        sc = await r.call("search", {"query": std["name"]})
        if sc is not None and not sc.get("hits"):
            r.fail(f"search: no hits for {std['name']!r}")
        got = await r.call("get_standard", {"slug": std["slug"], "space": std["space"]})
        std_content = got and got.get("content")
    for tool, item in (("get_command", cmd), ("get_subagent", sub), ("get_policy", pol)):
        if item:
            await r.call(tool, {"slug": item["slug"], "space": item["space"]})
    skill_file = None
    if skill:
        got = await r.call("get_skill", {"slug": skill["slug"], "space": skill["space"]})
        files = sorted(((got or {}).get("content", {}).get("files") or (got or {}).get("files") or []),
                       key=lambda f: f["path"])
        if got is not None and not files:
            r.fail("get_skill: the test skill lists no files")
        if files:
            skill_file = files[0]["path"]
            await r.call("get_skill_file", {"slug": skill["slug"], "path": skill_file, "space": skill["space"]})
    if pkg:
        got = await r.call("get_package", {"slug": pkg["slug"], "space": pkg["space"]})
        rel = pkg.get("latest") or next((x["version"] for x in (got or {}).get("releases", [])), None)
        if not rel:
            r.fail("get_package: the test package has no release")
        else:
            await r.call("get_release", {"package": pkg["slug"], "release": str(rel), "space": pkg["space"]})
            sc = await r.call("render_package", {"package": pkg["slug"], "release": str(rel), "space": pkg["space"],
                                                 "agents": [r.pick("render_package", "agents", "claude")]})
            if sc is not None and not sc.get("files"):
                r.fail("render_package: no files rendered")
    if std:
        content = dict(std_content) if isinstance(std_content, dict) else {}
        if isinstance(content.get("description"), str):
            content["description"] += " (proposed by the SDK test)"
        if "propose_change" in r.tools and r.tools["propose_change"].input_schema.get(
                "properties", {}).get("content", {}).get("type") == "string":
            content = json.dumps(content)
        await r.call("propose_change", {"kind": r.pick("propose_change", "kind", "standard"), "slug": std["slug"],
                                        "space": std["space"], "content": content, "message": "SDK test proposal"},
                     expect_error=r.offline)
        await r.call("add_rule", {"standard": std["slug"], "space": std["space"], "text": "Prefer const over let.",
                                  "severity": r.pick("add_rule", "severity", "warning"), "message": "SDK test rule",
                                  "examples": [{"language": "typescript", "good": "const x = 1;", "bad": "let x = 1;"}]},
                     expect_error=r.denied)
        transport = "stdio" if a.stdio else "http"
        await r.call("create_standard", {"name": f"SDK new {a.mode} {transport}", "description": "Made by the SDK test.",
                                         "scope": ["**/*.ts"], "message": "SDK test standard",
                                         "rules": [{"text": "Prefer const.", "severity": "warning", "examples": [
                                             {"language": "typescript", "good": "const x = 1;", "bad": "let x = 1;"}]}]},
                     expect_error=r.denied)
        await r.call("get_standard", {"slug": "no-such-standard-zz", "space": std["space"]}, expect_error=True)

    report["tools_called"] = r.called
    missing = [t for t in TOOLS if t not in r.called]
    if missing:
        r.fail(f"tools not called (missing test data or listing): {missing}")
    # Bad arguments: a required property left out.
    try:
        res = await c.call_tool("get_standard", {})
        report["bad_args"] = "isError" if res.is_error else "result"
        if not res.is_error:
            r.fail("get_standard {}: bad arguments accepted")
    except MCPError as e:
        report["bad_args"] = f"jsonrpc_error {e.error.code}"
    except Exception as e:
        r.fail(f"get_standard {{}}: {type(e).__name__}: {e}"[:600])

    if not prompts:
        r.fail("no prompts listed")
    else:
        p = sorted(prompts, key=lambda p: p.name)[0]
        report["prompt"] = p.name
        try:
            got = await c.get_prompt(p.name, {x.name: "SDK-ARGS-42" for x in p.arguments or []} or None)
            text = "\n".join(getattr(m.content, "text", "") for m in got.messages)
            if not got.messages or "$ARGUMENTS" in text:
                r.fail(f"prompt {p.name}: empty or $ARGUMENTS left unreplaced")
        except Exception as e:
            r.fail(f"prompt {p.name}: {type(e).__name__}: {e}"[:600])

    read = []
    by_kind = {}
    for res in sorted(resources, key=lambda x: x.uri):
        parts = res.uri.removeprefix("rulebook://").split("/")
        if res.uri.startswith("rulebook://") and len(parts) == 4 and parts[2] in KINDS:
            by_kind.setdefault(parts[2], res.uri)
    for kind in KINDS:
        if kind not in by_kind:
            r.fail(f"resources: none of kind {kind}")
    if skill_file and "skills" in by_kind:
        skill_uri = next((x.uri for x in resources if x.uri.endswith(f"/skills/{skill['slug']}")), by_kind["skills"])
        by_kind["skill_file"] = f"{skill_uri}/files/{quote(skill_file, safe='/')}"
    for kind, uri in by_kind.items():
        try:
            got = await c.read_resource(uri)
            body = [getattr(x, "text", None) or getattr(x, "blob", None) for x in got.contents]
            if not got.contents or not any(body):
                r.fail(f"read {uri}: empty contents")
            read.append(uri)
        except Exception as e:
            r.fail(f"read {uri}: {type(e).__name__}: {e}"[:600])
    report["resources_read"] = read
    if not templates:
        r.fail("no resource templates listed")
    return r.failures


def leaves(e):
    """The leaf exceptions of a (nested) exception group, or [e]."""
    return [x for sub in e.exceptions for x in leaves(sub)] if isinstance(e, BaseExceptionGroup) else [e]


async def main(a):
    report = {"mode": a.mode, "transport": "stdio" if a.stdio else "http"}
    failures = []
    try:
        async with AsyncExitStack() as stack:
            if a.stdio:
                env = {k: v for k, v in os.environ.items() if k.startswith("RULEBOOK_")}
                env |= {k: os.environ[k] for k in a.pass_env if k in os.environ}
                env |= dict(kv.split("=", 1) for kv in a.env)
                if a.key:
                    env["RULEBOOK_API_KEY"] = a.key
                server = StdioServerParameters(command=a.command, args=shlex.split(a.args), env=env, cwd=a.cwd)
            else:
                http = await stack.enter_async_context(
                    create_mcp_http_client(headers={"Authorization": f"Bearer {a.key}"}))
                server = streamable_http_client(a.url, http_client=http)
            client = await stack.enter_async_context(Client(server, mode=a.mode, read_timeout_seconds=a.timeout))
            with anyio.fail_after(a.timeout * 10):
                failures = await exercise(client, a, report)
    except BaseException as e:  # one JSON line whatever happens, including ExceptionGroup from task groups
        if isinstance(e, KeyboardInterrupt):
            raise
        failures += [f"fatal: {type(x).__name__}: {x}" for x in leaves(e)]
    report["failures"] = failures
    report["ok"] = not failures
    print(json.dumps(report, sort_keys=True))
    return 0 if not failures else 1


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="MCP endpoint, e.g. http://127.0.0.1:PORT/mcp")
    ap.add_argument("--key", help="API key: Authorization: Bearer (HTTP) or RULEBOOK_API_KEY (stdio)")
    ap.add_argument("--mode", default="auto", choices=["legacy", "auto", "2026-07-28"])
    ap.add_argument("--stdio", action="store_true", help="launch --command with --args over stdio")
    ap.add_argument("--command", help="stdio: the executable")
    ap.add_argument("--args", default="", help="stdio: arguments as one shell-quoted string")
    ap.add_argument("--cwd", help="stdio: working directory")
    ap.add_argument("--env", action="append", default=[], metavar="K=V", help="stdio: extra env (repeatable)")
    ap.add_argument("--pass-env", action="append", default=[], metavar="NAME", help="stdio: forward this env var")
    ap.add_argument("--offline", action="store_true", help="an offline server: propose_change and add_rule must be isError")
    ap.add_argument("--expect-write-denied", action="store_true", help="add_rule must be isError (an mcp:read key; proposals need only read access)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-request read timeout, seconds")
    a = ap.parse_args()
    if (a.stdio and not a.command) or (not a.stdio and not (a.url and a.key)):
        ap.error("need --url and --key, or --stdio --command")
    sys.exit(anyio.run(main, a))
