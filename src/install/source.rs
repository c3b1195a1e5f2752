//! Where a playbook to render comes from: a portable archive (zip bytes from the server or a
//! USB stick) or the same archive unpacked into a folder (playbook-as-code, golden tests).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::InstallError;
use super::lock::LockedArtifact;
use crate::archive::{self, Caps, Entry, portable};
use crate::model::artifact::Content;
use crate::render::Playbook;

/// Caps for archives read by the CLI (the same as the server's import caps).
const CAPS: Caps = Caps {
    entries: 200_000,
    file_bytes: 64 << 20,
    total_bytes: 256 << 20,
};

/// Reads a portable archive from zip bytes.
pub fn from_zip(bytes: &[u8]) -> Result<portable::Bundle, InstallError> {
    let entries = archive::read(bytes, CAPS).map_err(|e| InstallError::Source(e.to_string()))?;
    portable::read(entries).map_err(|e| InstallError::Source(e.to_string()))
}

/// Reads a portable archive from zip bytes with what its signature says (not yet judged:
/// see `install::verify`).
pub fn from_zip_signed(
    bytes: &[u8],
) -> Result<(portable::Bundle, archive::signed::Signature), InstallError> {
    let entries = archive::read(bytes, CAPS).map_err(|e| InstallError::Source(e.to_string()))?;
    signed_entries(entries)
}

fn signed_entries(
    entries: Vec<Entry>,
) -> Result<(portable::Bundle, archive::signed::Signature), InstallError> {
    let sig = archive::signed::check(&entries).map_err(|e| InstallError::Source(e.to_string()))?;
    let bundle = portable::read(entries).map_err(|e| InstallError::Source(e.to_string()))?;
    Ok((bundle, sig))
}

/// [`from_path`] with what the archive's signature says.
pub fn from_path_signed(
    path: &Path,
) -> Result<(portable::Bundle, archive::signed::Signature), InstallError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| InstallError::Source(format!("cannot read {}: {e}", path.display())))?;
    if meta.is_dir() {
        let mut entries = Vec::new();
        walk(path, path, &mut entries)?;
        signed_entries(entries)
    } else {
        let bytes = std::fs::read(path)
            .map_err(|e| InstallError::Source(format!("cannot read {}: {e}", path.display())))?;
        from_zip_signed(&bytes)
    }
}

/// Reads a portable archive from a file, or from a folder holding an unpacked one.
pub fn from_path(path: &Path) -> Result<portable::Bundle, InstallError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| InstallError::Source(format!("cannot read {}: {e}", path.display())))?;
    if meta.is_dir() {
        let mut entries = Vec::new();
        walk(path, path, &mut entries)?;
        portable::read(entries).map_err(|e| InstallError::Source(e.to_string()))
    } else {
        let bytes = std::fs::read(path)
            .map_err(|e| InstallError::Source(format!("cannot read {}: {e}", path.display())))?;
        from_zip(&bytes)
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Entry>) -> Result<(), InstallError> {
    let io = |e: std::io::Error| InstallError::Source(format!("{}: {e}", dir.display()));
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    names.sort_by_key(|e| e.file_name());
    for e in names {
        let p = e.path();
        let t = e.file_type().map_err(io)?;
        if t.is_symlink() {
            return Err(InstallError::Unsafe(format!(
                "{} is a symlink",
                p.display()
            )));
        }
        if t.is_dir() {
            walk(root, &p, out)?;
            continue;
        }
        let rel = p
            .strip_prefix(root)
            .ok()
            .and_then(|r| r.to_str())
            .ok_or_else(|| {
                InstallError::Source(format!("{} has a name that is not UTF-8", p.display()))
            })?
            .to_string();
        let data = std::fs::read(&p).map_err(io)?;
        let mode = std::fs::metadata(&p).map_err(io)?.permissions().mode();
        let mode = if mode & 0o111 != 0 { 0o755 } else { 0o644 };
        out.push(Entry {
            path: rel,
            data,
            mode,
        });
    }
    Ok(())
}

/// Joins bundles into one playbook; the same artifact from two packages must be identical.
pub fn playbook(
    bundles: &[(String, portable::Bundle)],
) -> Result<(Playbook, Vec<LockedArtifact>), InstallError> {
    let mut p = Playbook::default();
    let mut seen: Vec<(String, String, Content, String)> = Vec::new();
    let mut locked = Vec::new();
    for (package, b) in bundles {
        for item in &b.items {
            let kind = item.content.kind().as_str().to_string();
            // The same content rules the server applies (but its configurable size limits),
            // so `render --from` and `install --from` refuse what the server would refuse.
            let mut problems = item
                .content
                .problems_within(&crate::model::artifact::Limits::unlimited());
            if let Content::Skill(s) = &item.content
                && s.name != item.slug
            {
                problems.push(format!(
                    "the skill's name {:?} differs from its folder {:?}",
                    s.name, item.slug
                ));
            }
            if !problems.is_empty() {
                return Err(InstallError::Source(format!(
                    "{kind} {} in package {package}: {}",
                    item.slug,
                    problems.join("; ")
                )));
            }
            if let Some((_, _, other, from)) = seen
                .iter()
                .find(|(k, s, _, _)| *k == kind && *s == item.slug)
            {
                if *other != item.content {
                    return Err(InstallError::Conflict(format!(
                        "packages {from} and {package} carry different versions of {kind} {}",
                        item.slug
                    )));
                }
                continue;
            }
            seen.push((
                kind.clone(),
                item.slug.clone(),
                item.content.clone(),
                package.clone(),
            ));
            locked.push(LockedArtifact {
                kind,
                slug: item.slug.clone(),
                version: item.version,
                package: package.clone(),
            });
            let slug = item.slug.clone();
            match item.content.clone() {
                Content::Standard(s) => p.standards.push((slug, s)),
                Content::Command(c) => p.commands.push((slug, c)),
                Content::Skill(s) => p.skills.push((slug, s)),
                Content::Subagent(a) => p.subagents.push((slug, a)),
                Content::Policy(a) => p.policies.push((slug, a)),
            }
        }
    }
    locked.sort();
    Ok((p.sorted(), locked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::artifact::Skill;

    fn bundle(slug: &str, skill: Skill) -> Vec<(String, portable::Bundle)> {
        vec![(
            "pkg".to_string(),
            portable::Bundle {
                source: portable::Source {
                    org: "acme".into(),
                    space: "default".into(),
                    package: Some("pkg".into()),
                    release: Some("1".into()),
                    exported_at: "2026-01-01T00:00:00Z".into(),
                    generator: "test".into(),
                },
                items: vec![portable::Item {
                    slug: slug.into(),
                    version: 1,
                    content: Content::Skill(skill),
                }],
                packages: vec![],
            },
        )]
    }

    fn skill(name: &str, description: &str) -> Skill {
        Skill {
            name: name.into(),
            description: description.into(),
            compatibility: None,
            extra: Default::default(),
            body: "Use it.\n".into(),
            files: vec![],
        }
    }

    #[test]
    fn content_the_server_would_refuse_is_refused_here_too() {
        assert!(playbook(&bundle("deploy", skill("deploy", "Deploys."))).is_ok());
        let e = playbook(&bundle("deploy", skill("other", "Deploys.")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("differs from its folder"), "{e}");
        let e = playbook(&bundle("deploy", skill("deploy", &"x".repeat(1500))))
            .unwrap_err()
            .to_string();
        assert!(e.contains("description"), "{e}");
    }
}
