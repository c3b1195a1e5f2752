#!/usr/bin/env python3
"""The CycloneDX 1.5 SBOM of the static binary: every crate compiled into it, with its version,
licence, source and checksum, and every crate that only runs while building it (build scripts,
proc-macros), marked as such.

Usage: scripts/sbom.py            writes src/sbom.cdx.json (embedded in the binary: `rulebook --sbom`)
       scripts/sbom.py --check    fails if src/sbom.cdx.json is not what Cargo.lock gives now

The graph is `cargo metadata --offline --locked --filter-platform x86_64-unknown-linux-musl`
(only what the static target compiles, with the features actually enabled); checksums come from
Cargo.lock. No timestamp and a serial number derived from the content: the same Cargo.lock always
gives the same bytes, so the file can be committed and checked, and the binary stays reproducible.
"""
import hashlib, json, os, subprocess, sys, tomllib, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "sbom.cdx.json")
TARGET = "x86_64-unknown-linux-musl"


def metadata():
    out = subprocess.run(
        ["cargo", "metadata", "--offline", "--locked", "--format-version", "1",
         "--filter-platform", TARGET, "--manifest-path", os.path.join(ROOT, "Cargo.toml")],
        check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def compiled_for_root():
    """(name, version) of every package a build of the root package alone compiles. `cargo
    metadata` resolves features for the whole workspace, so a member's needs (the fuzz targets in
    tests/fuzz turn on cc's `parallel`, which pulls in jobserver) would otherwise show up here;
    `cargo tree -p rulebook` resolves them as `cargo build` does."""
    out = subprocess.run(
        ["cargo", "tree", "--offline", "--locked", "-p", "rulebook", "--target", TARGET,
         "-e", "normal,build", "--prefix", "none", "-f", "{p}",
         "--manifest-path", os.path.join(ROOT, "Cargo.toml")],
        check=True, capture_output=True, text=True)
    seen = set()
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].startswith("v"):
            seen.add((parts[0], parts[1][1:]))
    return seen


def checksums():
    with open(os.path.join(ROOT, "Cargo.lock"), "rb") as f:
        lock = tomllib.load(f)
    return {(p["name"], p["version"]): p.get("checksum") for p in lock.get("package", [])}


def purl(pkg):
    return f"pkg:cargo/{pkg['name']}@{pkg['version']}"


def scopes(meta, by_id):
    """Which packages end up in the binary ('required') and which only run at build time
    ('excluded'): a crate reached only through a build-dependency or a proc-macro is not linked."""
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    linked, build = set(), set()

    def is_proc_macro(pid):
        return any("proc-macro" in t["kind"] for t in by_id[pid]["targets"])

    stack = [(root, True)]
    seen = set()
    while stack:
        pid, in_binary = stack.pop()
        if (pid, in_binary) in seen:
            continue
        seen.add((pid, in_binary))
        if pid != root:
            (linked if in_binary else build).add(pid)
        for dep in nodes[pid]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if kinds <= {"dev"}:
                continue
            normal = None in kinds
            child_linked = in_binary and normal and not is_proc_macro(dep["pkg"])
            stack.append((dep["pkg"], child_linked))
            if normal and "build" in kinds and in_binary:
                stack.append((dep["pkg"], False))
    # A `*-src` crate (openssl-src, sqlcipher-src) is a build-dependency, but the C library it
    # carries is compiled into the binary: it is linked in substance.
    c_sources = {pid for pid in build if by_id[pid]["name"].endswith("-src")}
    linked |= c_sources
    return linked, build - linked


def licence(pkg):
    if pkg.get("license"):
        return [{"expression": pkg["license"]}]
    if pkg.get("license_file"):
        return [{"license": {"name": "LicenseRef-file", "text": {"content": f"see {pkg['license_file']} in the crate"}}}]
    return []


def tree_digest(pkg):
    """SHA-256 over a patched crate's files (sorted relative paths and contents)."""
    top = os.path.dirname(pkg["manifest_path"])
    h = hashlib.sha256()
    for dirpath, dirnames, files in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if d != "target")
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            h.update(os.path.relpath(path, top).encode() + b"\0")
            with open(path, "rb") as f:
                h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def component(pkg, scope, sums, patched):
    c = {
        "type": "library",
        "bom-ref": purl(pkg),
        "name": pkg["name"],
        "version": pkg["version"],
        "scope": scope,
        "purl": purl(pkg),
    }
    if pkg.get("description"):
        c["description"] = " ".join(pkg["description"].split())
    lic = licence(pkg)
    if lic:
        c["licenses"] = lic
    digest = sums.get((pkg["name"], pkg["version"])) or (tree_digest(pkg) if patched else None)
    if digest:
        c["hashes"] = [{"alg": "SHA-256", "content": digest}]
    refs = []
    if pkg.get("repository"):
        refs.append({"type": "vcs", "url": pkg["repository"]})
    if refs:
        c["externalReferences"] = refs
    props = [{"name": "rulebook:role", "value": "linked into the binary" if scope == "required"
              else "runs at build time only (build script, proc-macro or their dependencies)"}]
    if pkg["name"].endswith("-src"):
        props.append({"name": "rulebook:c-library", "value": f"C sources compiled into the binary (version {pkg['version']})"})
    if patched:
        props.append({"name": "rulebook:source", "value": f"patched copy in patches/{pkg['name']} (see patches/README.md)"})
    else:
        props.append({"name": "rulebook:source", "value": f"vendor/{pkg['name']} (crates.io, checksum from Cargo.lock)"})
    c["properties"] = props
    return c


def build():
    meta = metadata()
    by_id = {p["id"]: p for p in meta["packages"]}
    root = by_id[meta["resolve"]["root"]]
    sums = checksums()
    linked, build_only = scopes(meta, by_id)
    compiled = compiled_for_root()
    linked = {p for p in linked if (by_id[p]["name"], by_id[p]["version"]) in compiled}
    build_only = {p for p in build_only if (by_id[p]["name"], by_id[p]["version"]) in compiled}
    comps = []
    for pid in sorted(linked | build_only, key=lambda i: (by_id[i]["name"], by_id[i]["version"])):
        pkg = by_id[pid]
        patched = pkg.get("source") is None
        comps.append(component(pkg, "required" if pid in linked else "excluded", sums, patched))
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    deps = []
    for pid in [root["id"]] + sorted(linked | build_only, key=lambda i: purl(by_id[i])):
        refs = sorted({purl(by_id[d["pkg"]]) for d in nodes[pid]["deps"]
                       if not {k["kind"] for k in d["dep_kinds"]} <= {"dev"}})
        deps.append({"ref": purl(by_id[pid]), "dependsOn": refs})
    body = {
        "components": comps,
        "dependencies": deps,
    }
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).digest()
    serial = uuid.UUID(bytes=digest[:16], version=5)
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{serial}",
        "version": 1,
        "metadata": {
            "tools": {"components": [{"type": "application", "name": "scripts/sbom.py",
                                      "description": "cargo metadata + Cargo.lock, filtered to " + TARGET}]},
            "component": {
                "type": "application",
                "bom-ref": purl(root),
                "name": root["name"],
                "version": root["version"],
                "purl": purl(root),
                "description": "Rulebook, the static binary for " + TARGET,
            },
            "properties": [
                {"name": "rulebook:components-linked", "value": str(len(linked))},
                {"name": "rulebook:components-build-only", "value": str(len(build_only))},
            ],
        },
        **body,
    }
    return json.dumps(bom, indent=1, ensure_ascii=False) + "\n"


def main():
    text = build()
    if sys.argv[1:] == ["--check"]:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print(f"sbom.py: {os.path.relpath(OUT, ROOT)} is not what Cargo.lock gives: run scripts/sbom.py and commit it",
                  file=sys.stderr)
            sys.exit(1)
        print("sbom.py: src/sbom.cdx.json matches Cargo.lock")
        return
    if sys.argv[1:]:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    bom = json.loads(text)
    linked = sum(1 for c in bom["components"] if c["scope"] == "required")
    print(f"sbom.py: wrote {os.path.relpath(OUT, ROOT)}: {linked} crates linked, "
          f"{len(bom['components']) - linked} build-time only")


if __name__ == "__main__":
    main()
