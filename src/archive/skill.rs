//! A skill folder as archive entries, both ways: `name/SKILL.md` plus the skill's files.
//!
//! Uploads may hold the folder itself (`pdf-tools/SKILL.md`, as the spec lays it out) or its
//! contents (`SKILL.md` at the root, as "compress these files" produces). Finder and Explorer
//! leftovers (`__MACOSX/`, `.DS_Store`, `Thumbs.db`) are dropped; anything else must belong
//! to the skill.

use super::{ArchiveError, Entry};
use crate::model::artifact::{Skill, SkillFile};
use crate::model::skill_md;

/// Whether an entry is an operating system leftover rather than part of the skill.
fn is_junk(path: &str) -> bool {
    path.starts_with("__MACOSX/")
        || path
            .rsplit('/')
            .next()
            .is_some_and(|n| n == ".DS_Store" || n == "Thumbs.db" || n.starts_with("._"))
}

/// Builds a skill from an uploaded folder's entries.
pub fn from_entries(entries: Vec<Entry>) -> Result<Skill, ArchiveError> {
    let entries: Vec<Entry> = entries.into_iter().filter(|e| !is_junk(&e.path)).collect();
    let mut seen = std::collections::HashSet::new();
    if let Some(e) = entries.iter().find(|e| !seen.insert(e.path.as_str())) {
        return Err(super::duplicate(&e.path));
    }
    let root = if entries.iter().any(|e| e.path == "SKILL.md") {
        None
    } else {
        let folder = entries
            .first()
            .and_then(|e| e.path.split_once('/'))
            .map(|(f, _)| f.to_string())
            .ok_or_else(|| ArchiveError::Content("no SKILL.md in the archive".into()))?;
        if !entries
            .iter()
            .all(|e| e.path.starts_with(&format!("{folder}/")))
        {
            return Err(ArchiveError::Content(
                "SKILL.md must be at the root or in the one top-level folder".into(),
            ));
        }
        Some(folder)
    };
    let mut skill_md_text = None;
    let mut files = Vec::new();
    for e in entries {
        let rel = match &root {
            Some(f) => e.path[f.len() + 1..].to_string(),
            None => e.path,
        };
        if rel == "SKILL.md" {
            let text = String::from_utf8(e.data)
                .map_err(|_| ArchiveError::Content("SKILL.md is not UTF-8".into()))?;
            skill_md_text = Some(text);
        } else {
            files.push(SkillFile::from_bytes(rel, e.data, e.mode));
        }
    }
    let text = skill_md_text.ok_or_else(|| ArchiveError::Content("no SKILL.md".into()))?;
    let md = skill_md::parse(&text).map_err(ArchiveError::Content)?;
    if let Some(folder) = &root
        && *folder != md.name
    {
        return Err(ArchiveError::Content(format!(
            "the folder is {folder:?} but SKILL.md names {:?}; the Agent Skills spec requires them to match",
            md.name
        )));
    }
    Ok(Skill {
        name: md.name,
        description: md.description,
        compatibility: md.compatibility,
        extra: md.extra,
        body: md.body,
        files,
    })
}

/// The skill as a folder named after it: `name/SKILL.md` and `name/<file>`.
pub fn to_entries(skill: &Skill, prefix: &str) -> Result<Vec<Entry>, ArchiveError> {
    let mut out = vec![Entry {
        path: format!("{prefix}SKILL.md"),
        data: skill_md::write(skill).into_bytes(),
        mode: 0o644,
    }];
    for f in &skill.files {
        out.push(Entry {
            path: format!("{prefix}{}", f.path),
            data: f.bytes().map_err(ArchiveError::Content)?,
            mode: f.mode,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(path: &str, data: &[u8], mode: u32) -> Entry {
        Entry {
            path: path.into(),
            data: data.to_vec(),
            mode,
        }
    }

    #[test]
    fn folder_or_root_layout_and_round_trip() {
        let md = b"---\nname: deploy\ndescription: Deploys.\n---\n\nSteps.\n";
        let s = from_entries(vec![
            e("deploy/SKILL.md", md, 0o644),
            e("deploy/run.sh", b"#!/bin/sh\n", 0o755),
            e("deploy/logo.png", &[0x89, b'P', 0, 1], 0o644),
            e("__MACOSX/deploy/._run.sh", b"junk", 0o644),
        ])
        .unwrap();
        assert_eq!(s.name, "deploy");
        assert_eq!(s.files.len(), 2);
        assert!(s.files.iter().any(|f| f.base64 && f.path == "logo.png"));
        let again = from_entries(to_entries(&s, "deploy/").unwrap()).unwrap();
        assert_eq!(again, s);
        let root = from_entries(to_entries(&s, "").unwrap()).unwrap();
        assert_eq!(root, s);
        let wrong = from_entries(vec![e("other/SKILL.md", md, 0o644)]);
        assert!(matches!(wrong, Err(ArchiveError::Content(_))));
        assert!(from_entries(vec![e("x/readme", b"", 0o644)]).is_err());
        let twice = from_entries(vec![
            e(
                "deploy/SKILL.md",
                b"---\nname: deploy\ndescription: Other.\n---\n",
                0o644,
            ),
            e("deploy/SKILL.md", md, 0o644),
        ]);
        assert!(matches!(twice, Err(ArchiveError::Content(m)) if m.contains("twice")));
    }
}
