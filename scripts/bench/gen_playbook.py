#!/usr/bin/env python3
"""Writes an unpacked portable archive (docs/ARCHIVE.md) with N artifacts for the render and
install benchmarks: 60% standards (5 rules, 2 with examples, half scoped), 20% commands,
10% subagents, 10% skills (SKILL.md plus a script and a binary file).
usage: gen_playbook.py OUT_DIR N [--package SLUG]"""
import hashlib, json, os, sys

out, n = sys.argv[1], int(sys.argv[2])
package = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--package" else None
files, arts = {}, []

def md(front, body):
    return ("---\n" + json.dumps(front, indent=2) + "\n---\n" + body).encode()

def add(kind, slug, entries):
    for p, (data, mode) in entries.items():
        files[p] = (data, mode)
    arts.append({"kind": kind, "slug": slug, "version": 1, "files": [
        {"path": p, "mode": "755" if m & 0o111 else "644", "sha256": hashlib.sha256(d).hexdigest()}
        for p, (d, m) in sorted(entries.items())]})

for i in range(n):
    r = i % 10
    if r < 6:
        slug = f"standard-{i:04d}"
        rules = [{"text": f"Rule {j} of standard {i}: keep functions short and name them for what they do.",
                  **({"severity": "error", "examples": [{"language": "rust", "good": "fn parse(s: &str) -> Result<u16, Error> {\n    s.parse().map_err(Error::from)\n}", "bad": "fn parse(s: &str) -> u16 {\n    s.parse().unwrap()\n}"}]} if j < 2 else {})}
                 for j in range(5)]
        scope = [f"src/module{i % 7}/**/*.rs"] if i % 2 else []
        add("standard", slug, {f"standards/{slug}.md": (md({"name": f"Standard {i}", "scope": scope, "rules": rules}, f"Why standard {i} exists.\n\nMore context for humans.\n"), 0o644)})
    elif r < 8:
        slug = f"command-{i:04d}"
        add("command", slug, {f"commands/{slug}.md": (md({"name": f"Command {i}", "description": f"Does task {i}"}, f"Do task {i} for $ARGUMENTS.\n\n1. Read.\n2. Change.\n3. Test.\n"), 0o644)})
    elif r < 9:
        slug = f"agent-{i:04d}"
        add("subagent", slug, {f"subagents/{slug}.md": (md({"name": f"Agent {i}", "description": f"Reviews area {i}", "tools": ["Read", "Grep"], "model": "small"}, f"You review area {i}.\n"), 0o644)})
    else:
        slug = f"skill-{i:04d}"
        add("skill", slug, {
            f"skills/{slug}/SKILL.md": (f"---\nname: {slug}\ndescription: Skill number {i}.\n---\n\nUse scripts/run.sh.\n".encode(), 0o644),
            f"skills/{slug}/scripts/run.sh": (b"#!/bin/sh\necho run\n", 0o755),
            f"skills/{slug}/assets/blob.bin": (bytes(range(256)), 0o644)})

pkgs = [{"slug": package, "name": package, "description": "", "artifacts": [{"kind": a["kind"], "slug": a["slug"]} for a in arts]}] if package else []
manifest = {"format": "rulebook-archive", "format_version": 1, "generator": "gen_playbook.py", "exported_at": "2026-01-01T00:00:00Z",
            "source": {"org": "bench", "space": "default", "package": None, "release": None}, "artifacts": arts, "packages": pkgs}
files["rulebook-archive.json"] = ((json.dumps(manifest, indent=1) + "\n").encode(), 0o644)
for p, (d, m) in files.items():
    full = os.path.join(out, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(d)
    os.chmod(full, m)
print(f"{n} artifacts, {len(files)} files in {out}")
