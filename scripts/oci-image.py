#!/usr/bin/env python3
"""Writes the Rulebook container image without a container engine: an OCI image layout in one
tar file (also carrying Docker's manifest.json), loadable with `podman load`, `docker load` or
`skopeo copy oci-archive:FILE docker://registry.internal/rulebook:VERSION`.

Usage: scripts/oci-image.py [--binary PATH] [--out FILE] [--tag NAME:VERSION]

The image holds only the static binary, /etc/passwd and /etc/group naming its user, and empty
mount points: no shell, no package manager. It runs as UID/GID 65532, with the data on the
/data volume, the config (audit key, TLS files) on /config, and keys as mounted secret files
under /run/secrets (read as systemd credentials: rulebook-db-key, rulebook-secrets-key).
The root file system can be read-only. Every byte is fixed by the binary and
SOURCE_DATE_EPOCH (default: the commit's time): same inputs, same image digest.
"""
import argparse, datetime, gzip, hashlib, io, json, os, subprocess, sys, tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UID = GID = 65532
PORT = 8443


def epoch():
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    except (subprocess.CalledProcessError, ValueError, FileNotFoundError):
        return 0


def tar_add(tar, name, data=None, mode=0o644, uid=0, gid=0, mtime=0, kind=tarfile.REGTYPE):
    info = tarfile.TarInfo(name)
    info.mode, info.uid, info.gid, info.mtime, info.type = mode, uid, gid, mtime, kind
    info.uname = info.gname = ""
    if data is not None:
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    else:
        tar.addfile(info)


def layer(binary, mtime):
    """The one layer, uncompressed: entries sorted, owners numeric, times fixed."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        d = tarfile.DIRTYPE
        tar_add(tar, "config", mode=0o700, uid=UID, gid=GID, mtime=mtime, kind=d)
        tar_add(tar, "data", mode=0o700, uid=UID, gid=GID, mtime=mtime, kind=d)
        tar_add(tar, "etc", mode=0o755, mtime=mtime, kind=d)
        tar_add(tar, "etc/group", f"root:x:0:\nrulebook:x:{GID}:\n".encode(), mtime=mtime)
        tar_add(tar, "etc/passwd",
                f"root:x:0:0:root:/:/sbin/nologin\nrulebook:x:{UID}:{GID}:Rulebook:/data:/sbin/nologin\n".encode(),
                mtime=mtime)
        tar_add(tar, "run", mode=0o755, mtime=mtime, kind=d)
        tar_add(tar, "run/secrets", mode=0o755, mtime=mtime, kind=d)
        tar_add(tar, "tmp", mode=0o1777, mtime=mtime, kind=d)
        tar_add(tar, "usr", mode=0o755, mtime=mtime, kind=d)
        tar_add(tar, "usr/local", mode=0o755, mtime=mtime, kind=d)
        tar_add(tar, "usr/local/bin", mode=0o755, mtime=mtime, kind=d)
        with open(binary, "rb") as f:
            tar_add(tar, "usr/local/bin/rulebook", f.read(), mode=0o755, mtime=mtime)
    return buf.getvalue()


def blob(blobs, data, media):
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    blobs[digest] = data
    return {"mediaType": media, "digest": digest, "size": len(data)}


def version_of(binary):
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    # "rulebook 0.1.0 (commit abc, target)"
    return out.stdout.split()[1]


def build(binary, tag, mtime):
    raw = layer(binary, mtime)
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0, filename="", compresslevel=9) as g:
        g.write(raw)
    gz = gz.getvalue()
    created = datetime.datetime.fromtimestamp(mtime, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    version = tag.rsplit(":", 1)[1]
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    config = {
        "created": created,
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "User": f"{UID}:{GID}",
            "Env": [
                "PATH=/usr/local/bin",
                "RULEBOOK_DATA_DIR=/data",
                "RULEBOOK_CONFIG_DIR=/config",
                "CREDENTIALS_DIRECTORY=/run/secrets",
                f"RULEBOOK_LISTEN=0.0.0.0:{PORT}",
            ],
            "Entrypoint": ["/usr/local/bin/rulebook"],
            "Cmd": ["serve"],
            "WorkingDir": "/data",
            "ExposedPorts": {f"{PORT}/tcp": {}},
            "Volumes": {"/data": {}, "/config": {}},
            "StopSignal": "SIGTERM",
            "Labels": {
                "org.opencontainers.image.title": "rulebook",
                "org.opencontainers.image.description": "Rulebook: the engineering-playbook server for AI coding agents (static binary only)",
                "org.opencontainers.image.version": version,
                "org.opencontainers.image.revision": commit,
                "org.opencontainers.image.created": created,
            },
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(raw).hexdigest()]},
        "history": [{"created": created, "created_by": "scripts/oci-image.py"}],
    }
    blobs = {}
    cfg = blob(blobs, json.dumps(config, sort_keys=True, separators=(",", ":")).encode(),
               "application/vnd.oci.image.config.v1+json")
    lay = blob(blobs, gz, "application/vnd.oci.image.layer.v1.tar+gzip")
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": cfg, "layers": [lay],
                "annotations": {"org.opencontainers.image.created": created}}
    man = blob(blobs, json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode(),
               "application/vnd.oci.image.manifest.v1+json")
    man["annotations"] = {"org.opencontainers.image.ref.name": version,
                          "io.containerd.image.name": f"docker.io/library/{tag}" if "/" not in tag else tag}
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [man]}
    docker = [{"Config": "blobs/sha256/" + cfg["digest"][7:], "RepoTags": [tag],
               "Layers": ["blobs/sha256/" + lay["digest"][7:]]}]
    return blobs, index, docker, man["digest"]


def write(out, blobs, index, docker, mtime):
    tmp = out + ".tmp"
    with tarfile.open(tmp, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar_add(tar, "blobs", mode=0o755, mtime=mtime, kind=tarfile.DIRTYPE)
        tar_add(tar, "blobs/sha256", mode=0o755, mtime=mtime, kind=tarfile.DIRTYPE)
        for digest in sorted(blobs):
            tar_add(tar, "blobs/sha256/" + digest[7:], blobs[digest], mtime=mtime)
        tar_add(tar, "index.json", json.dumps(index, sort_keys=True, separators=(",", ":")).encode(), mtime=mtime)
        tar_add(tar, "manifest.json", json.dumps(docker, sort_keys=True, separators=(",", ":")).encode(), mtime=mtime)
        tar_add(tar, "oci-layout", b'{"imageLayoutVersion":"1.0.0"}', mtime=mtime)
    os.replace(tmp, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/x86_64-unknown-linux-musl/release/rulebook"))
    ap.add_argument("--out")
    ap.add_argument("--tag")
    a = ap.parse_args()
    if not os.path.isfile(a.binary):
        sys.exit(f"oci-image.py: no binary at {a.binary}: run scripts/build-static.sh first")
    with open(a.binary, "rb") as f:
        if f.read(4) != b"\x7fELF":
            sys.exit(f"oci-image.py: {a.binary} is not an ELF binary")
    version = version_of(a.binary)
    tag = a.tag or f"rulebook:{version}"
    if ":" not in tag.rsplit("/", 1)[-1]:
        sys.exit("oci-image.py: --tag must be NAME:VERSION")
    out = a.out or os.path.join(ROOT, "dist", f"rulebook-{version}-oci.tar")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    mtime = epoch()
    blobs, index, docker, digest = build(a.binary, tag, mtime)
    write(out, blobs, index, docker, mtime)
    print(f"image: {out}")
    print(f"tag: {tag}")
    print(f"manifest digest: {digest}")
    print(f"load with: podman load -i {out}   (or docker load -i, or skopeo copy oci-archive:{out} docker://REGISTRY/{tag})")


if __name__ == "__main__":
    main()
