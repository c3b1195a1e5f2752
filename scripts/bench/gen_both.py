#!/usr/bin/env python3
"""Writes one playbook in two formats for the side-by-side with rulesync (issue #17):
OUT/rulebook/ (an unpacked portable archive, docs/ARCHIVE.md) and OUT/rulesync/.rulesync/
(rulesync's source tree). STANDARDS rules of 8 bullets, each scoped by a glob except the
first (rulesync's root rule, Rulebook's always-on standard), COMMANDS commands and SKILLS
skills, with the same names, descriptions and text in both.
usage: gen_both.py OUT STANDARDS COMMANDS SKILLS"""
import hashlib, json, os, sys

out, n_std, n_cmd, n_skill = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rb, rs, arts = {}, {}, []
GLOBS = ["src/**/*.ts", "lib/**/*.py", "**/*.rs", "docs/**/*.md", "{api,web}/**/*.go", "*.json", "tests/**/*"]

def front(d):
    return "---\n" + json.dumps(d, indent=2) + "\n---\n"

def add(kind, slug, entries):
    rb.update(entries)
    arts.append({"kind": kind, "slug": slug, "version": 1, "files": [
        {"path": p, "mode": "644", "sha256": hashlib.sha256(d).hexdigest()} for p, d in sorted(entries.items())]})

for i in range(n_std):
    slug, name = f"rule-{i:04d}", f"Rule set {i}"
    desc = f"How code in area {i} is written."
    bullets = [f"Keep functions in area {i} short; bullet {j} says name them for what they do." for j in range(8)]
    scope = [] if i == 0 else [GLOBS[i % len(GLOBS)]]
    add("standard", slug, {f"standards/{slug}.md": (front({"name": name, "scope": scope,
        "rules": [{"text": b} for b in bullets]}) + desc + "\n").encode()})
    rs[f"rules/{slug}.md"] = (front({"root": i == 0, "targets": ["*"], "description": desc,
        "globs": scope or ["**/*"]}) + f"# {name}\n\n" + "".join(f"- {b}\n" for b in bullets)).encode()
for i in range(n_cmd):
    slug, desc = f"command-{i:04d}", f"Does task {i}"
    body = f"Do task {i} for $ARGUMENTS.\n\n1. Read.\n2. Change.\n3. Test.\n"
    add("command", slug, {f"commands/{slug}.md": (front({"name": slug, "description": desc}) + body).encode()})
    rs[f"commands/{slug}.md"] = (front({"targets": ["*"], "description": desc}) + body).encode()
for i in range(n_skill):
    slug = f"skill-{i:04d}"
    text = f"---\nname: {slug}\ndescription: Skill number {i}.\n---\n\nFollow the steps for skill {i}.\n"
    add("skill", slug, {f"skills/{slug}/SKILL.md": text.encode()})
    rs[f"skills/{slug}/SKILL.md"] = text.replace("---\n\n", "targets: [\"*\"]\n---\n\n", 1).encode()

manifest = {"format": "rulebook-archive", "format_version": 1, "generator": "gen_both.py", "exported_at": "2026-01-01T00:00:00Z",
            "source": {"org": "bench", "space": "default", "package": None, "release": None}, "artifacts": arts, "packages": []}
rb["rulebook-archive.json"] = (json.dumps(manifest, indent=1) + "\n").encode()
for base, files in ((os.path.join(out, "rulebook"), rb), (os.path.join(out, "rulesync", ".rulesync"), rs)):
    for p, d in files.items():
        full = os.path.join(base, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(d)
with open(os.path.join(out, "rulesync", "rulesync.jsonc"), "w") as f:
    json.dump({"targets": ["*"], "features": ["rules", "commands", "skills"]}, f)
print(f"{n_std} standards, {n_cmd} commands, {n_skill} skills in {out}")
