#!/usr/bin/env python3
"""Seeds the distribution benchmark over the REST API (the calls tests/it/distribution.rs makes):

  - PUT /api/v1/admin/egress {"allow": ["127.0.0.1:<fake port>"]}
  - 100 artifacts in space "default": 70 standards, 10 commands, 10 skills (each with an
    executable script and a reference file), 10 subagents; 1-4 KB each, realistic prose
  - package "base" holding all 100, release 1.0.0
  - connection "gh" (provider github, base_url <fake>/api/v3, max_concurrency 8)
  - N bare repositories on the fake (POST /_fake/repos, a small TypeScript project each)
  - N targets bench/repo-NNN@main, agents claude, cursor, codex, package base

Usage: seed.py SERVER_URL ADMIN_KEY FAKE_URL FAKE_TOKEN N OUT.json
Writes OUT.json: {"targets": [{"id", "repo"}], "artifacts": {...}, "bytes": {...}}.
"""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

from common import must

server, key, fake, fake_token, n, out = sys.argv[1:7]
n = int(n)
org = f"{server}/api/v1/orgs/acme"
space = f"{org}/spaces/default"
fake_port = fake.rsplit(":", 1)[1]

TOPICS = [
    ("Error handling", "errors", "src/**/*.ts"), ("Logging", "logging", "src/**/*.ts"),
    ("HTTP clients", "http", "src/net/**/*.ts"), ("Database access", "db", "src/db/**/*.ts"),
    ("React components", "react", "web/**/*.tsx"), ("Testing", "tests", "**/*.test.ts"),
    ("Configuration", "config", "src/config/**"), ("Security", "security", "**/*.ts"),
    ("Python services", "py", "services/**/*.py"), ("Go services", "go", "cmd/**/*.go"),
]
VERBS = ["Validate", "Log", "Retry", "Time out", "Cache", "Paginate", "Encode", "Lock", "Trace", "Migrate"]


def standard(i):
    title, tag, glob = TOPICS[i % len(TOPICS)]
    verb = VERBS[(i // len(TOPICS)) % len(VERBS)]
    name = f"{title}: {verb.lower()} rule set {i:02d}"
    desc = (f"# {title} ({verb.lower()})\n\n"
            f"This standard describes how code under `{glob}` should {verb.lower()} work that can fail. "
            "It exists because production incidents were traced to code that hid failures, retried without "
            "bounds or logged secrets. Reviewers check these rules on every pull request; the linters check "
            "what they can.\n\n"
            "## Why\n\n"
            f"Unclear {tag} behaviour costs hours in incident reviews. Being explicit about what happens on "
            "failure, who is told and what the caller can do keeps the on-call load down and makes "
            "postmortems short.\n\n"
            "## Scope\n\n"
            f"Applies to new and changed code matching `{glob}`. Generated code and vendored dependencies are "
            "exempt. When a rule cannot be followed, say why in a comment next to the code.\n")
    rules = []
    for j in range(4):
        rule = {"text": f"{verb} every {tag} operation explicitly and say which input caused a failure "
                        f"(rule {j + 1}): never swallow an error, never log credentials, and attach the "
                        "request id to every message so the trace can be followed across services."}
        if j < 2:
            rule["severity"] = "error" if j == 0 else "warning"
            rule["examples"] = [{
                "language": "typescript",
                "good": (f"export async function {tag}Step{j}(input: Input): Promise<Result> {{\n"
                         f"  try {{\n    return await client.{tag}(input.id, {{ timeoutMs: 5_000 }});\n"
                         f"  }} catch (e) {{\n    log.warn('{tag} step {j} failed', {{ id: input.id, requestId: ctx.id }});\n"
                         f"    throw new {title.split()[0]}Error(`{tag} step {j} failed for ${{input.id}}`, {{ cause: e }});\n"
                         "  }\n}\n"),
                "bad": f"try {{ await client.{tag}(input.id); }} catch {{}}\n",
            }]
        rules.append(rule)
    return "standards", {"name": name, "description": desc, "scope": [glob], "rules": rules}


def command(i):
    tag = TOPICS[i % len(TOPICS)][1]
    body = (f"Triage the {tag} problem described in $ARGUMENTS.\n\n"
            "1. Reproduce it locally with the smallest input you can find and write it down.\n"
            "2. Read the logs around the failure; find the request id and follow it across services.\n"
            "3. Find the first place the behaviour differs from what the standard says.\n"
            "4. Write a failing test that shows the problem before changing any code.\n"
            "5. Fix the cause, not the symptom; keep the change small and explain it in the commit.\n"
            "6. Run the whole test suite and the linters; attach their output to the pull request.\n\n"
            "Report: what failed, why, what changed, how it was verified, and what is left to do.\n" * 2)
    return "commands", {"name": f"Triage {tag} {i:02d}", "description": f"Triage a {tag} bug report step by step.",
                        "body": body}


def skill(i):
    tag = TOPICS[i % len(TOPICS)][1]
    body = (f"# {tag} toolkit\n\nUse this skill when a task needs the {tag} checks run or their output "
            "explained. Run `scripts/check.sh` from the repository root; it prints one line per finding. "
            "Read `reference.md` for what each finding means and how to fix it.\n\n"
            "Never edit generated files to silence a finding; fix the source instead.\n" * 3)
    script = ("#!/bin/sh\n# Runs the checks this skill explains.\nset -eu\n"
              f"echo \"checking {tag} rules in $(pwd)\"\n"
              "find . -name '*.ts' -not -path './node_modules/*' | while read -r f; do\n"
              "  grep -n 'catch {}' \"$f\" | sed \"s|^|$f:|\" || true\ndone\n")
    ref = (f"# {tag} findings\n\n" + "".join(
        f"- `{tag.upper()}{k:03d}`: what it means, why it matters and the usual fix, with a link to the "
        "standard that requires it.\n" for k in range(12)))
    return "skills", {"name": f"{tag}-toolkit-{i:02d}", "description": f"Runs and explains the {tag} checks.",
                      "body": body,
                      "files": [{"path": "scripts/check.sh", "content": script, "executable": True},
                                {"path": "reference.md", "content": ref}]}


def subagent(i):
    tag = TOPICS[i % len(TOPICS)][1]
    body = (f"You review changes for {tag} problems. Read the diff, then the files it touches. For each "
            "problem say the file and line, what is wrong, which standard it breaks and a concrete fix. "
            "Do not comment on style that the formatter handles. If the change is fine, say so in one line.\n\n"
            "Check in this order: failures hidden or swallowed; retries without bounds; secrets in logs; "
            "missing timeouts; missing tests for the failure path.\n" * 3)
    return "subagents", {"name": f"{tag} reviewer {i:02d}", "description": f"Reviews diffs for {tag} problems.",
                         "tools": ["Read", "Grep", "Glob"], "body": body}


KIND = {"standards": "standard", "commands": "command", "skills": "skill", "subagents": "subagent"}
plan = ([standard(i) for i in range(70)] + [command(i) for i in range(10)] +
        [skill(i) for i in range(10)] + [subagent(i) for i in range(10)])

must(200, "PUT", f"{server}/api/v1/admin/egress", {"allow": [f"127.0.0.1:{fake_port}"]}, key)

items, counts, sizes = [], {}, {}
for kind, body in plan:
    r = must(201, "POST", f"{space}/{kind}", body, key)
    items.append({"kind": KIND[kind], "slug": r["slug"]})
    counts[kind] = counts.get(kind, 0) + 1
    sizes.setdefault(kind, []).append(len(json.dumps(body)))
must(201, "POST", f"{space}/packages", {"name": "Base", "items": items}, key)
must(201, "POST", f"{space}/packages/base/releases", {"version": "1.0.0"}, key)
must(201, "POST", f"{org}/git/connections",
     {"name": "gh", "provider": "github", "base_url": f"{fake}/api/v3", "token": fake_token,
      "max_concurrency": 8, "author_name": "Rulebook Bot", "author_email": "bot@acme.test"}, key)

REPO_FILES = {
    "README.md": "# service\n\nA small TypeScript service.\n",
    "package.json": json.dumps({"name": "service", "version": "1.0.0", "scripts": {"test": "vitest"}}, indent=2) + "\n",
    "src/index.ts": "export function main(): void {\n  console.log('hello');\n}\n",
    "src/db/pool.ts": "export const pool = { size: 4 };\n",
    "tsconfig.json": "{ \"compilerOptions\": { \"strict\": true } }\n",
}


def make_repo(k):
    name = f"bench/repo-{k:03d}"
    r = must(201, "POST", f"{fake}/_fake/repos", {"repo": name, "default_branch": "main", "files": REPO_FILES})
    return name, r["path"], r["head"]


with ThreadPoolExecutor(8) as pool:
    repos = list(pool.map(make_repo, range(1, n + 1)))

targets = []
for name, path, head in repos:
    t = must(201, "POST", f"{org}/git/targets",
             {"connection": "gh", "repo": name, "branch": "main", "agents": ["claude", "cursor", "codex"],
              "packages": ["base"]}, key)
    targets.append({"id": t["id"], "repo": name, "path": path, "initial": head})

with open(out, "w") as f:
    json.dump({"targets": targets, "artifacts": counts,
               "artifact_json_bytes": {k: [min(v), sum(v) // len(v), max(v)] for k, v in sizes.items()}}, f)
print(f"seeded: {len(items)} artifacts {counts}, package base 1.0.0, connection gh, {len(targets)} repos and targets")
for k, v in sizes.items():
    print(f"  {k}: JSON body min/mean/max {min(v)}/{sum(v) // len(v)}/{max(v)} bytes")
