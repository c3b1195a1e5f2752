#!/usr/bin/env python3
"""Writes a portable archive (docs/ARCHIVE.md, format 1) of N artifacts for the MCP benchmark:
90% standards, 10% commands. Every artifact's text contains the word "error"; the word
"quetzal" occurs in exactly one standard (std-04242).

Standards' scopes (the shapes rules_for_path has to match, all compiled into one glob set):
  i % 100 == 0   no scope: applies everywhere                     (1%,  90 of 9,000)
  i % 100 == 1   a broad glob: **/*.py, **/*.ts, *.tsx, ...       (1%,  90)
  otherwise      one module: even m: src/mod<m>/**/*.ts and .tsx; odd m:
                 services/svc<m>/**/*.py minus services/svc<m>/generated/**  (m = i % 3000,
                 so about 3 standards per module)
Each standard has 2 or 3 rules; the first two carry a TypeScript and a Python example.

Usage: gen_archive.py OUT.zip [N]     (N = 10000)
"""
import hashlib, json, sys, zipfile

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
n_std = n * 9 // 10
MODULES = 3000
BROAD = ["**/*.py", "**/*.ts", "*.tsx", "**/*.go", "tests/**", "{src,lib}/**/*.ts"]
TOPICS = ("logging retry timeout cache review deploy secret config parse validate format naming "
          "async testing paging migration locking metrics tracing").split()


def scope(i):
    if i % 100 == 0:
        return []
    if i % 100 == 1:
        return [BROAD[(i // 100) % len(BROAD)]]
    m = i % MODULES
    if m % 2 == 0:
        return [f"src/mod{m}/**/*.ts", f"src/mod{m}/**/*.tsx"]
    return [f"services/svc{m}/**/*.py", f"!services/svc{m}/generated/**"]


def standard(i):
    t = TOPICS[i % len(TOPICS)]
    rules = []
    for j in range(2 + i % 2):
        rule = {"text": f"Handle every {t} error explicitly and say which input caused it (rule {j + 1} of {i})."}
        if j % 2 == 0:
            rule["severity"] = "error" if j == 0 else "warning"
        if j < 2:
            rule["examples"] = [
                {"language": "typescript",
                 "good": f"try {{\n  await {t}Step{j}(input);\n}} catch (e) {{\n  throw new {t.title()}Error(`step {j} of {i} failed for ${{input.id}}`, {{ cause: e }});\n}}\n",
                 "bad": f"try {{ await {t}Step{j}(input); }} catch {{}}\n"},
                {"language": "python",
                 "good": f"try:\n    {t}_step_{j}(data)\nexcept {t.title()}Error as e:\n    raise ServiceError(f\"step {j} of {i} failed for {{data.id}}\") from e\n",
                 "bad": f"try:\n    {t}_step_{j}(data)\nexcept Exception:\n    pass\n"},
            ]
        rules.append(rule)
    rare = " Named after the quetzal, the one artifact with this word." if i == 4242 else ""
    desc = (f"# {t.title()} standard {i}\n\nHow module {i % MODULES} deals with {t}: every error is "
            f"handled where it can be acted on, logged once with its cause, and never swallowed.{rare}\n")
    front = {"name": f"{t.title()} standard {i}", "scope": scope(i), "rules": rules}
    return f"std-{i:05d}", front, desc


def command(i):
    t = TOPICS[i % len(TOPICS)]
    front = {"name": f"{t.title()} triage {i}", "description": f"Triage a {t} error report (procedure {i})."}
    body = f"Reproduce the error in $ARGUMENTS, find its cause in the {t} code, and write a failing test first.\n"
    return f"cmd-{i:04d}", front, body


files, artifacts = {}, []
def add(kind, folder, slug, front, body):
    path = f"{folder}/{slug}.md"
    data = f"---\n{json.dumps(front, indent=2)}\n---\n{body}".encode()
    files[path] = data
    artifacts.append({"kind": kind, "slug": slug, "version": 1,
                      "files": [{"path": path, "mode": "644", "sha256": hashlib.sha256(data).hexdigest()}]})

for i in range(n_std):
    add("standard", "standards", *standard(i))
for i in range(n - n_std):
    add("command", "commands", *command(i))
manifest = {"format": "rulebook-archive", "format_version": 1, "generator": "scripts/bench/mcp/gen_archive.py",
            "exported_at": "2026-12-01T00:00:00Z",
            "source": {"org": "bench", "space": "default", "package": None, "release": None},
            "artifacts": artifacts, "packages": []}
files["rulebook-archive.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for path in sorted(files):
        info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        z.writestr(info, files[path])
print(f"{out}: {n_std} standards, {n - n_std} commands, {sum(map(len, files.values()))} bytes of text")
