//! Just enough of a Git checkout to report an install: the repository's `origin` URL, the
//! branch checked out, its commit, and where the install sits inside the checkout. Read from
//! `.git/` directly (no `git` binary needed on the machine).

use std::path::{Path, PathBuf};

/// Where an install happened, as Git sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkout {
    pub url: String,
    pub branch: String,
    pub commit: String,
    /// The install folder relative to the checkout's top (`""` at the top).
    pub path: String,
}

fn top(from: &Path) -> Option<PathBuf> {
    let mut cur = std::path::absolute(from).ok()?;
    loop {
        if cur.join(".git").is_dir() {
            return Some(cur);
        }
        cur = cur.parent()?.to_path_buf();
    }
}

fn origin_url(config: &str) -> Option<String> {
    let mut in_origin = false;
    for line in config.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_origin = t == "[remote \"origin\"]";
            continue;
        }
        if in_origin
            && let Some((k, v)) = t.split_once('=')
            && k.trim() == "url"
        {
            return Some(v.trim().to_string());
        }
    }
    None
}

fn commit_of(git: &Path, branch: &str) -> String {
    let loose = std::fs::read_to_string(git.join("refs/heads").join(branch)).ok();
    let packed = || {
        std::fs::read_to_string(git.join("packed-refs"))
            .ok()
            .and_then(|p| {
                p.lines()
                    .find(|l| l.ends_with(&format!(" refs/heads/{branch}")))
                    .and_then(|l| l.split_whitespace().next().map(str::to_string))
            })
    };
    loose
        .map(|s| s.trim().to_string())
        .or_else(packed)
        .filter(|c| c.len() == 40 && c.chars().all(|x| x.is_ascii_hexdigit()))
        .unwrap_or_default()
}

/// The checkout `dir` belongs to; `None` outside Git, without `origin`, or on a detached HEAD.
pub fn checkout(dir: &Path) -> Option<Checkout> {
    checkout_on(dir, None)
}

/// The same, where a detached HEAD (as CI systems check out) takes its commit from HEAD and
/// its branch from `detached_branch` (`None` there: no checkout).
pub fn checkout_on(dir: &Path, detached_branch: Option<&str>) -> Option<Checkout> {
    let top = top(dir)?;
    let git = top.join(".git");
    let url = origin_url(&std::fs::read_to_string(git.join("config")).ok()?)?;
    let head = std::fs::read_to_string(git.join("HEAD")).ok()?;
    let head = head.trim();
    let (branch, commit) = match head.strip_prefix("ref: refs/heads/") {
        Some(b) => (b.to_string(), commit_of(&git, b)),
        None if matches!(head.len(), 40 | 64) && head.chars().all(|c| c.is_ascii_hexdigit()) => {
            (detached_branch?.to_string(), head.to_ascii_lowercase())
        }
        None => return None,
    };
    let here = std::path::absolute(dir).ok()?;
    let path = here.strip_prefix(&top).ok()?.to_str()?.to_string();
    Some(Checkout {
        commit,
        url,
        branch,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_origin_from_config() {
        let cfg = "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = a\n[remote \"origin\"]\n\turl = ssh://git.example/x.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n";
        assert_eq!(origin_url(cfg).as_deref(), Some("ssh://git.example/x.git"));
        assert_eq!(origin_url("[core]\n"), None);
    }
}
