//! Ignore files: the paths an organization (or a repository) says agents must never read,
//! written into each agent's own gitignore-style file (`.cursorignore`, `.geminiignore`,
//! `.aiignore`, ...). The list comes from the install policy's `never_read` (every layer's
//! patterns, joined: a layer can only add paths, never remove one), not from the playbook,
//! so it is the same for every package a repository installs.
//!
//! These files are often the team's own too, so Rulebook owns only a marked section
//! (`# rulebook:start` ... `# rulebook:end`, `merge.rs`); what the team wrote around it stays.
//! Agents whose exclusion is not a file (Claude Code's `permissions.deny`, Copilot's
//! organisation-level content exclusion, Codex's permission profiles) are named in a note.

use super::{Agent, Sink};

/// The agent's ignore file, if it reads one (its layout's `ignore`; sources in
/// docs/AGENTS.md).
pub fn file_of(agent: Agent) -> Option<&'static str> {
    agent.layout().ignore
}

/// Most patterns a never_read list may hold.
pub const MAX_PATTERNS: usize = 200;

/// Whether `p` may be a never_read pattern: a gitignore pattern on one line, at most 256
/// characters, that neither starts a comment (`#`) nor re-includes a path (`!`: a layer may
/// only keep more out of reach) and cannot be mistaken for a section marker.
pub fn check_pattern(p: &str) -> Result<(), String> {
    if p.is_empty() || p.chars().count() > 256 || p.trim() != p {
        return Err(format!(
            "never_read: {p:?} must be 1 to 256 characters without surrounding spaces"
        ));
    }
    if p.chars().any(char::is_control) {
        return Err(format!("never_read: {p:?} holds a control character"));
    }
    if p.starts_with('#') || p.starts_with('!') {
        return Err(format!(
            "never_read: {p:?} must not start with # (a comment) or ! (which would let agents read a path again)"
        ));
    }
    if p.contains("rulebook:") {
        return Err(format!(
            "never_read: {p:?} holds Rulebook's section marker text"
        ));
    }
    Ok(())
}

/// The section: a line saying where the list comes from, then one pattern per line.
fn section(patterns: &[String]) -> String {
    let mut s = String::from(
        "# Paths agents must not read: the install policy's never_read list (rulebook).\n# Change the policy, not these lines; add your own outside the markers.\n",
    );
    // Checked when the policy was set; a pattern that is not (a hand-edited rulebook.json)
    // is left out rather than allowed to break the file.
    for p in patterns.iter().filter(|p| check_pattern(p).is_ok()) {
        s.push_str(p);
        s.push('\n');
    }
    s
}

/// Writes `agent`'s ignore section when there is something to keep out.
pub(super) fn render(agent: Agent, patterns: &[String], sink: &mut Sink) {
    if patterns.is_empty() {
        return;
    }
    if agent.layout().read_denies.is_some() {
        // A settings list, written with the agent's other settings (`policy::render`).
        return;
    }
    match file_of(agent) {
        Some(f) => sink.section(agent, f.to_string(), section(patterns)),
        None => sink.note(
            agent,
            "reads no ignore file Rulebook writes; the never_read paths are not passed on to it",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{FileOp, Options, Playbook, render};

    fn options(never_read: &[&str]) -> Options {
        Options {
            agents: Agent::ALL.to_vec(),
            never_read: never_read.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn every_agent_with_an_ignore_file_gets_the_section_and_no_other_file_is_written() {
        let out = render(&Playbook::default(), &options(&["secrets/**", "!bad"])).unwrap();
        let table: Vec<(Agent, &str)> = Agent::ALL
            .iter()
            .filter_map(|a| file_of(*a).map(|f| (*a, f)))
            .collect();
        assert_eq!(table.len(), 20);
        for (agent, file) in &table {
            let op = out.ops.iter().find(|o| o.path() == *file).expect(file);
            let FileOp::Section { content, .. } = op else {
                panic!("{file} is not a section");
            };
            assert!(content.ends_with("\nsecrets/**\n"), "{content}");
            assert!(
                !content.contains("!bad"),
                "an unchecked pattern is left out"
            );
            assert!(out.agents_by_path[*file].contains(agent), "{file}");
        }
        let mut files: Vec<&str> = table.iter().map(|(_, f)| *f).collect();
        files.sort();
        files.dedup();
        let written = out.ops.iter().filter(|o| o.path().ends_with("ignore"));
        assert_eq!(written.count(), files.len());
        // Claude Code's exclusion is its settings' deny list.
        let deny = out
            .ops
            .iter()
            .find(|o| o.path() == ".claude/settings.json")
            .expect("claude settings");
        assert_eq!(deny.bytes(), b"permissions.deny\t\"Read(secrets/**)\"\n");
        assert!(
            out.notes
                .iter()
                .any(|n| n.starts_with("codex: reads no ignore file"))
        );
        let none = render(&Playbook::default(), &options(&[])).unwrap();
        assert!(none.ops.iter().all(|o| !o.path().ends_with("ignore")));
        assert!(none.notes.iter().all(|n| !n.contains("ignore file")));
    }

    #[test]
    fn patterns_that_would_loosen_or_break_the_file_are_refused() {
        for ok in ["secrets/**", ".env*", "**/*.pem", "build/"] {
            assert!(check_pattern(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "!keep",
            "# note",
            " x",
            "x ",
            "a\nb",
            "a\tb",
            "x rulebook:end",
        ] {
            assert!(check_pattern(bad).is_err(), "{bad:?}");
        }
        assert!(check_pattern(&"a".repeat(257)).is_err());
    }
}
