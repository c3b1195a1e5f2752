"""Property check for every agent's generated frontmatter (issue 17).

Usage: frontmatter_check.py write DIR SEED   writes an unpacked portable archive (docs/ARCHIVE.md)
                                              with standards, commands and subagents whose names,
                                              descriptions and globs are drawn from YAML's hard
                                              cases, and prints the expected values as JSON
       frontmatter_check.py check DIR EXPECTED  parses the YAML frontmatter of every rendered
                                              Markdown file under DIR (and every TOML file) with
                                              real parsers and checks the names, descriptions and
                                              globs read back as written

Cursor's `.mdc` keeps its documented unquoted `globs: a,b` form on purpose (docs/AGENTS.md):
that one line is checked as text, the rest of the frontmatter as YAML. JetBrains AI
Assistant's rule block is not YAML at all and is read the way its plugin reads it; Kiro CLI's
agents are JSON.
"""
import hashlib, json, os, random, sys, tomllib
import yaml

HARD = ["**/*.ts", "*.md", "{src,lib}/**", "!vendor/**", "src/**/*.rs", "a: b/**", "#x/**",
        "[abc]/*.py", "@scope/**", "%x/**", "- dash/**", "? q/**", "yes", "no", "null", "1.5",
        "'quoted'/**", "\"dq\"/**", "&anchor/**", "|pipe/**", ">gt/**", "tab\tin/**", "x,y/**"]
WORDS = ["Error", "handling:", "#hash", "yes", "no", "null", "true", "0.5", "- dash", "key: value",
         "'single'", "\"double\"", "`tick`", "&amp", "*star", "!bang", "%pct", "@at", "{brace}",
         "[bracket]", "café", "日本語", "a  b", "trailing ", " leading", "x|y", "> gt", "~"]


def md(front, body):
    return ("---\n" + json.dumps(front, indent=2, ensure_ascii=False) + "\n---\n" + body).encode()


def write(root, seed):
    rnd = random.Random(int(seed))
    files, arts, expected = {}, [], {"standards": {}, "commands": {}, "subagents": {}}
    for i in range(24):
        name = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4))).strip() or "n"
        name = f"{name} {i}"
        desc = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 6))).strip() + f" d{i}"
        scope = sorted({rnd.choice(HARD) for _ in range(rnd.randint(0, 3))} - {"x,y/**"})
        slug = f"s{i}"
        p = f"standards/{slug}.md"
        files[p] = md({"name": name, "scope": scope,
                       "rules": [{"text": f"Rule {i}: {rnd.choice(WORDS)} stays as written."}]},
                      desc + "\n")
        arts.append(("standard", slug, [p]))
        expected["standards"][slug] = {"name": name, "description": desc, "scope": scope}
    for i in range(8):
        name = f"{rnd.choice(WORDS)} command {i}".strip()
        desc = " ".join(rnd.choice(WORDS) for _ in range(3)).strip() + f" c{i}"
        slug = f"c{i}"
        p = f"commands/{slug}.md"
        files[p] = md({"name": name, "description": desc}, "Do $ARGUMENTS carefully.\n")
        arts.append(("command", slug, [p]))
        expected["commands"][slug] = {"name": name, "description": desc}
    for i in range(6):
        name = f"{rnd.choice(WORDS)} agent {i}".strip()
        desc = " ".join(rnd.choice(WORDS) for _ in range(3)).strip() + f" a{i}"
        slug = f"a{i}"
        p = f"subagents/{slug}.md"
        files[p] = md({"name": name, "description": desc, "tools": ["Read", "Grep"]}, "Review.\n")
        arts.append(("subagent", slug, [p]))
        expected["subagents"][slug] = {"name": name, "description": desc}
    manifest = {"format": "rulebook-archive", "format_version": 1, "generator": "frontmatter_check.py",
                "exported_at": "2026-12-02T00:00:00Z",
                "source": {"org": "prop", "space": "prop", "package": None, "release": None},
                "artifacts": [{"kind": k, "slug": s, "version": 1, "files": [
                    {"path": p, "mode": "644", "sha256": hashlib.sha256(files[p]).hexdigest()} for p in ps]}
                    for k, s, ps in arts],
                "packages": []}
    files["rulebook-archive.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    for path, data in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    print(json.dumps(expected))


def expand_braces(glob):
    """`{a,b}x` -> [`ax`, `bx`] (nested groups too); anything else unchanged."""
    open_ = glob.find("{")
    if open_ < 0:
        return [glob]
    depth, commas, close = 0, [], None
    for i in range(open_, len(glob)):
        c = glob[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                close = i
                break
        elif c == "," and depth == 1:
            commas.append(i)
    if close is None:
        return [glob]
    if not commas:
        return [glob[:close + 1] + rest for rest in expand_braces(glob[close + 1:])]
    parts = [glob[s:e] for s, e in zip([open_ + 1] + [c + 1 for c in commas], commas + [close])]
    out = []
    for part in parts:
        for e in expand_braces(glob[:open_] + part + glob[close + 1:]):
            if e not in out:
                out.append(e)
    return out


def front(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 4)
    return None if end < 0 else text[4:end + 1]


def check(root, expected_file):
    expected = json.load(open(expected_file))
    names = {v["name"] for group in expected.values() for v in group.values()}
    descs = {v["description"] for group in expected.values() for v in group.values()}
    globs = {g for v in expected["standards"].values() for g in v["scope"]}
    # Comma-separated fields write a brace alternation as the globs it stands for.
    globs |= {e for g in list(globs) for e in expand_braces(g)}
    problems, parsed = [], 0
    for dirpath, _, filenames in os.walk(root):
        for fn in filenames:
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, root)
            if "/.rulebook/" in "/" + rel or rel.startswith(".rulebook/"):
                continue
            # TOML commands and agents; Kiro CLI's JSON agents.
            loader = {".toml": ("TOML", tomllib.loads), ".json": ("JSON", json.loads)}.get(
                os.path.splitext(fn)[1]) if fn.endswith(".toml") or "/agents/" in "/" + rel else None
            if loader:
                try:
                    doc = loader[1](open(path, encoding="utf-8").read())
                    parsed += 1
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{rel}: {loader[0]}: {e}")
                    continue
                d = doc.get("description")
                if d is not None and d not in descs and not any(d.startswith(x) for x in descs):
                    problems.append(f"{rel}: description {d!r} is not one written")
                continue
            if not (fn.endswith(".md") or fn.endswith(".mdc")):
                continue
            text = open(path, encoding="utf-8").read()
            fm = front(text)
            if fm is None:
                continue
            if rel.startswith(".aiassistant/rules/"):
                # JetBrains AI Assistant's block is not YAML: `key: value` per line, split on
                # the first colon, `patterns` split on every comma (as the plugin reads it).
                parsed += 1
                fields = dict(l.split(":", 1) for l in fm.splitlines() if ":" in l)
                fields = {k.strip(): v.strip() for k, v in fields.items()}
                if fields.get("apply") not in ("always", "by file patterns"):
                    problems.append(f"{rel}: apply {fields.get('apply')!r}")
                for g in filter(None, (x.strip() for x in fields.get("patterns", "").split(","))):
                    if g not in globs:
                        problems.append(f"{rel}: patterns item {g!r} is not one written")
                continue
            if fn.endswith(".mdc"):
                # Cursor's documented form: `globs: a,b` unquoted, checked as text.
                lines = fm.splitlines(keepends=True)
                fm = "".join(l for l in lines if not l.startswith("globs:"))
            try:
                doc = yaml.safe_load(fm) or {}
                parsed += 1
            except Exception as e:  # noqa: BLE001
                problems.append(f"{rel}: YAML: {str(e).splitlines()[0]}")
                continue
            if not isinstance(doc, dict):
                problems.append(f"{rel}: frontmatter is not a mapping")
                continue
            for key, value in doc.items():
                if key == "description" and isinstance(value, str):
                    first = value.strip()
                    if first not in {d.strip() for d in descs} and not any(
                            first in d for d in descs) and "Apply when working on files matching" not in first:
                        problems.append(f"{rel}: description {value!r} is not one written")
                if key in ("globs", "paths", "fileMatchPattern", "applyTo"):
                    items = value if isinstance(value, list) else str(value).split(",")
                    for g in items:
                        if g not in globs and g != "**":
                            problems.append(f"{rel}: {key} item {g!r} is not one written")
                if key == "name" and isinstance(value, str) and value not in names \
                        and not value.replace("-", "").isalnum():
                    problems.append(f"{rel}: name {value!r} is not one written")
    print(json.dumps({"parsed": parsed, "problems": problems}))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    else:
        check(sys.argv[2], sys.argv[3])
