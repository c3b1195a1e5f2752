//! Commit messages of distributions: a subject naming the package releases, a body listing
//! every artifact with its version, and the `Rulebook-Distribution: <label>` trailer (the
//! job id, or `offline-…` for a bundle) by which a retried job recognises the commit it
//! already made.

use crate::install::lock::Lock;

/// The trailer's key.
pub const TRAILER: &str = "Rulebook-Distribution";

/// The subject line: `Rulebook: security 1.2.0, testing 3`.
pub fn subject(lock: &Lock) -> String {
    let parts: Vec<String> = lock
        .packages
        .iter()
        .map(|(k, p)| format!("{k} {}", p.release.as_deref().unwrap_or("-")))
        .collect();
    let mut s = format!("Rulebook: {}", parts.join(", "));
    if s.chars().count() > 100 {
        s = format!("Rulebook: {} packages", lock.packages.len());
    }
    s
}

/// The whole message.
pub fn message(lock: &Lock, path: &str, label: &str) -> String {
    let mut m = subject(lock);
    m.push_str("\n\n");
    if !path.is_empty() {
        m.push_str(&format!("Folder: {path}\n"));
    }
    m.push_str(&format!(
        "Agents: {}\n\nArtifacts:\n",
        lock.agents.join(", ")
    ));
    for a in &lock.artifacts {
        m.push_str(&format!(
            "- {} {} v{} ({})\n",
            a.kind, a.slug, a.version, a.package
        ));
    }
    if lock.artifacts.is_empty() {
        m.push_str("- none (every package was removed)\n");
    }
    m.push_str(&format!("\n{TRAILER}: {label}\n"));
    m
}

/// The label in a message's trailer, if it has one.
pub fn trailer(message: &str) -> Option<&str> {
    message.lines().rev().find_map(|l| {
        l.trim()
            .strip_prefix(TRAILER)
            .and_then(|r| r.strip_prefix(':'))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::install::lock::{LockedArtifact, LockedPackage};

    #[test]
    fn the_trailer_names_the_job_and_is_read_back() {
        let mut lock = Lock {
            lockfile_version: 1,
            mcp_servers: Default::default(),
            moved: Default::default(),
            packages: Default::default(),
            agents: vec!["claude".into()],
            artifacts: vec![LockedArtifact {
                kind: "standard".into(),
                slug: "no-secrets".into(),
                version: 3,
                package: "security".into(),
            }],
            files: Default::default(),
        };
        lock.packages.insert(
            "security".into(),
            LockedPackage {
                release: Some("1.2.0".into()),
                source: "server".into(),
                ..LockedPackage::default()
            },
        );
        let m = message(&lock, "services/api", "42");
        assert!(m.starts_with("Rulebook: security 1.2.0\n\n"), "{m}");
        assert!(m.contains("- standard no-secrets v3 (security)"), "{m}");
        assert!(m.contains("Folder: services/api"), "{m}");
        assert_eq!(trailer(&m), Some("42"));
        assert_eq!(trailer("fix: a thing\n\nRulebook-Distribution:\n"), None);
        assert_eq!(trailer("plain"), None);
    }
}
