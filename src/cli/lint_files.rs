//! The files `rulebook lint` reads: a walk with gitignore semantics (the `ignore` crate,
//! ripgrep's walker) plus `.rulebookignore`, symbolic links never followed (so no loop can
//! hold a hook), and each file read under a size cap with binary and non-UTF-8 files
//! reported and skipped; and, for pre-commit, the files and lines Git says changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cli::CliError;

/// The name of the ignore file the linter reads beside `.gitignore`.
pub const IGNORE_FILE: &str = ".rulebookignore";

/// A file to check: where it is, and the `/`-separated path findings name.
pub struct Candidate {
    pub path: PathBuf,
    pub shown: String,
}

/// How a path is shown: relative, `/`-separated, without a leading `./`.
pub fn shown(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// Every regular file under `roots` (a root that is a file is taken as given), sorted, and
/// what the walk could not use with the reason.
pub fn walk(roots: &[PathBuf]) -> (Vec<Candidate>, Vec<(String, String)>) {
    let (mut files, mut skipped) = (Vec::new(), Vec::new());
    for root in roots {
        let Ok(meta) = std::fs::symlink_metadata(root) else {
            skipped.push((shown(root), "does not exist".to_string()));
            continue;
        };
        if meta.is_file() {
            files.push(Candidate {
                path: root.clone(),
                shown: shown(root),
            });
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(false)
            .add_custom_ignore_filename(IGNORE_FILE)
            .build();
        for entry in walker {
            match entry {
                Ok(e) => match e.file_type() {
                    Some(t) if t.is_file() => files.push(Candidate {
                        shown: shown(e.path()),
                        path: e.into_path(),
                    }),
                    Some(t) if t.is_symlink() => {
                        skipped.push((shown(e.path()), "symbolic link, not followed".to_string()))
                    }
                    _ => {}
                },
                Err(err) => skipped.push((
                    err_path(&err).unwrap_or_else(|| shown(root)),
                    format!("not walked: {}", plain(&err.to_string())),
                )),
            }
        }
    }
    files.sort_by(|a, b| a.shown.cmp(&b.shown));
    files.dedup_by(|a, b| a.shown == b.shown);
    (files, skipped)
}

fn err_path(err: &ignore::Error) -> Option<String> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(shown(path)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err)
        }
        _ => None,
    }
}

/// An error message on one line.
fn plain(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file's text, or why it is skipped.
pub fn read(path: &Path, max: u64) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("unreadable: {e}"))?;
    if meta.len() > max {
        return Err(format!(
            "{} bytes, over the {max}-byte cap (--max-file-size)",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("unreadable: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!("grew over the {max}-byte cap while read"));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err("binary (a NUL byte in the first 8 KiB)".to_string());
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// What Git says changed against `base` (working tree and index, as `git diff <base>`):
/// paths relative to the current directory, each with its changed line numbers (new side).
pub fn changed(base: &str) -> Result<BTreeMap<String, BTreeSet<usize>>, CliError> {
    if base.starts_with('-') {
        return Err(usage(format!("--base {base:?} is not a revision")));
    }
    let out = git(&[
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--relative",
        "-U0",
        "--diff-filter=ACMR",
        base,
        "--",
    ])?;
    Ok(parse_diff(&out))
}

fn git(args: &[&str]) -> Result<String, CliError> {
    let out = Command::new("git")
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .map_err(|e| usage(format!("--changed-files/--changed-lines need git: {e}")))?;
    if !out.status.success() {
        return Err(usage(format!(
            "git {} failed: {}",
            args.join(" "),
            plain(&String::from_utf8_lossy(&out.stderr))
        )));
    }
    String::from_utf8(out.stdout).map_err(|_| usage("git printed a path that is not UTF-8".into()))
}

fn usage(msg: String) -> CliError {
    CliError::Other("RB-CLI-USAGE", msg)
}

/// Files and added/changed lines of a `git diff -U0` (paths as `+++ b/…` gives them).
pub fn parse_diff(diff: &str) -> BTreeMap<String, BTreeSet<usize>> {
    let mut out: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in diff.lines() {
        if let Some(p) = line.strip_prefix("+++ ") {
            current = p.strip_prefix("b/").map(unquote);
            if let Some(c) = &current {
                out.entry(c.clone()).or_default();
            }
        } else if let (Some(hunk), Some(c)) = (line.strip_prefix("@@ "), &current) {
            // `@@ -a,b +c,d @@`: d lines from c (d omitted means 1; 0 is a pure deletion).
            let Some(new) = hunk.split_whitespace().find(|w| w.starts_with('+')) else {
                continue;
            };
            let mut parts = new[1..].splitn(2, ',');
            let start: usize = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let count: usize = parts
                .next()
                .map_or(Some(1), |s| s.parse().ok())
                .unwrap_or(0);
            if let Some(set) = out.get_mut(c) {
                set.extend(start..start + count);
            }
        }
    }
    out
}

/// Git quotes unusual paths (`"b/a\tb"`); such a path is kept as Git printed it, unquoted
/// only of its surrounding quotes, so it matches nothing rather than the wrong file.
fn unquote(p: &str) -> String {
    p.trim_end_matches('\t').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_context_diff_gives_files_and_new_lines() {
        let diff = "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1,0 +2,3 @@\n+x\n+y\n+z\n@@ -9 +12 @@\n-a\n+b\n@@ -20,2 +22,0 @@\n-gone\n-gone\ndiff --git a/new.ts b/new.ts\n--- /dev/null\n+++ b/new.ts\n@@ -0,0 +1 @@\n+console.log(1)\n";
        let m = parse_diff(diff);
        assert_eq!(
            m["a.py"].iter().copied().collect::<Vec<_>>(),
            vec![2, 3, 4, 12]
        );
        assert_eq!(m["new.ts"].iter().copied().collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn shown_paths_drop_the_leading_dot() {
        assert_eq!(shown(Path::new("./src/a.py")), "src/a.py");
        assert_eq!(shown(Path::new("src/a.py")), "src/a.py");
    }
}
