//! Inline suppressions: a comment `rulebook-ignore-next-line <label> <reason>` (in any
//! language's comment syntax) silences the findings of the detector labelled `<label>`
//! (`standard/rule` for a playbook rule, else the detector id) on the next line. A reason is
//! required: a suppression without one silences nothing and is reported, so every exception
//! in the code base says why. Every suppression, used or not, goes into the summary.

use super::detector::Detector;

pub const MARKER: &str = "rulebook-ignore-next-line";

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The line it is on (1-based); it covers the next one.
    pub line: usize,
    pub label: String,
    pub reason: String,
    /// Whether it silenced a finding.
    pub used: bool,
}

/// Every suppression comment in `text`.
pub fn find(text: &str) -> Vec<Suppression> {
    if !text.contains(MARKER) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(at) = line.find(MARKER) else {
            continue;
        };
        let rest = line[at + MARKER.len()..].trim();
        // A block comment's closer is not part of the reason.
        let rest = rest
            .trim_end_matches("*/")
            .trim_end_matches("-->")
            .trim_end();
        let (label, reason) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let reason = reason
            .trim()
            .trim_start_matches("--")
            .trim_start_matches(':')
            .trim();
        out.push(Suppression {
            line: i + 1,
            label: label.to_string(),
            reason: reason.to_string(),
            used: false,
        });
    }
    out
}

/// The suppression (its index) that silences a finding of `d` on `line`, marked used.
pub fn silences(sups: &mut [Suppression], line: usize, d: &Detector) -> Option<usize> {
    let label = d.label();
    let i = sups.iter().position(|s| {
        s.line + 1 == line && !s.reason.is_empty() && (s.label == label || s.label == d.id)
    })?;
    sups[i].used = true;
    Some(i)
}
