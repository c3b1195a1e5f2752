//! Marked sections in files people also edit by hand. Rulebook owns only the text between
//! `<!-- rulebook:start -->` and `<!-- rulebook:end -->` (in an ignore file, where `#` starts
//! a comment: `# rulebook:start` and `# rulebook:end`); everything before, between other
//! sections and after is kept byte for byte. Removing the section removes its markers, and a
//! file left with nothing but whitespace is deleted.

/// The opening marker.
pub const START: &str = "<!-- rulebook:start -->";
/// The closing marker.
pub const END: &str = "<!-- rulebook:end -->";

/// A pair of section markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Markers {
    pub start: &'static str,
    pub end: &'static str,
}

/// Markdown files' markers (HTML comments, invisible when rendered).
pub const HTML: Markers = Markers {
    start: START,
    end: END,
};

/// Ignore files' markers (gitignore comments).
pub const HASH: Markers = Markers {
    start: "# rulebook:start",
    end: "# rulebook:end",
};

/// The markers of the shared file at `path`: `#` comments in ignore files (`.cursorignore`,
/// `.aiignore`, ...), HTML comments everywhere else.
pub fn markers_for(path: &str) -> Markers {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.starts_with('.') && name.ends_with("ignore") {
        HASH
    } else {
        HTML
    }
}

/// Why a file's markers cannot be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedMarkers(pub String);

/// Finds the section: (start of the start marker, end of the end marker).
fn find(text: &str, m: Markers) -> Result<Option<(usize, usize)>, DamagedMarkers> {
    let starts: Vec<usize> = text.match_indices(m.start).map(|(i, _)| i).collect();
    let ends: Vec<usize> = text.match_indices(m.end).map(|(i, _)| i).collect();
    match (starts.as_slice(), ends.as_slice()) {
        ([], []) => Ok(None),
        ([s], [e]) if s < e => Ok(Some((*s, e + m.end.len()))),
        _ => Err(DamagedMarkers(format!(
            "{} start and {} end markers, in the wrong order or repeated",
            starts.len(),
            ends.len()
        ))),
    }
}

/// The section's content in `text` (a Markdown file), if it has one.
pub fn extract(text: &str) -> Result<Option<String>, DamagedMarkers> {
    extract_with(text, HTML)
}

/// The section's content in `text`, marked by `m`, if it has one.
pub fn extract_with(text: &str, m: Markers) -> Result<Option<String>, DamagedMarkers> {
    Ok(find(text, m)?.map(|(s, e)| {
        let inner = &text[s + m.start.len()..e - m.end.len()];
        let inner = inner.strip_prefix('\n').unwrap_or(inner);
        inner.strip_suffix('\n').unwrap_or(inner).to_string()
    }))
}

/// The form of a section's content as stored between the markers (and hashed in the lock).
pub fn normalize(content: &str) -> &str {
    content.trim_end_matches('\n')
}

/// `before` (in parts), the marked section holding `content`, then `after`, built in one buffer of the
/// exact size (a shared file can be megabytes; `format!` would grow and copy it).
fn around(before: [&str; 2], content: &str, m: Markers, after: &str) -> String {
    let parts = [
        before[0],
        before[1],
        m.start,
        "\n",
        normalize(content),
        "\n",
        m.end,
        after,
    ];
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// The Markdown file after setting (`Some`) or removing (`None`) the section; `None` =
/// delete the file (nothing but whitespace would be left).
pub fn merge(
    existing: Option<&str>,
    content: Option<&str>,
) -> Result<Option<String>, DamagedMarkers> {
    merge_with(existing, content, HTML)
}

/// [`merge`] with the markers `m`.
pub fn merge_with(
    existing: Option<&str>,
    content: Option<&str>,
    m: Markers,
) -> Result<Option<String>, DamagedMarkers> {
    let text = existing.unwrap_or("");
    // A section that quotes a marker would end early and leave the file damaged for every
    // later install (found by fuzzing, tests/fuzz `markers`); render defuses them, and this
    // refuses rather than writes such a file.
    if content.is_some_and(|c| c.contains(m.start) || c.contains(m.end)) {
        return Err(DamagedMarkers(
            "the new section itself holds a Rulebook marker".into(),
        ));
    }
    let out = match (find(text, m)?, content) {
        (Some((s, e)), Some(c)) => around([&text[..s], ""], c, m, &text[e..]),
        (Some((s, e)), None) => {
            let before = &text[..s];
            // Drop the blank line that separated the section from what came before.
            let before = if before.ends_with("\n\n") {
                &before[..before.len() - 1]
            } else {
                before
            };
            let after = &text[e..];
            format!("{before}{}", after.strip_prefix('\n').unwrap_or(after))
        }
        (None, Some(c)) if text.trim().is_empty() => around(["", ""], c, m, "\n"),
        (None, Some(c)) => {
            let sep = if text.ends_with("\n\n") {
                ""
            } else if text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            around([text, sep], c, m, "\n")
        }
        (None, None) => text.to_string(),
    };
    Ok(if out.trim().is_empty() {
        None
    } else {
        Some(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_holding_a_marker_is_refused_not_written() {
        // The input the fuzzer found: the file has no section, the new one quotes END.
        let content = "x\n<!-- rulebook:end -->\n\nMore.";
        assert!(merge(Some("leart -->\n-L"), Some(content)).is_err());
        assert!(merge(None, Some("a <!-- rulebook:start --> b")).is_err());
        let ok = merge(Some("# Own\n"), Some("- a rule")).unwrap().unwrap();
        assert_eq!(extract(&ok).unwrap().as_deref(), Some("- a rule"));
    }

    #[test]
    fn user_text_around_the_section_survives_set_update_and_removal() {
        let mine = "# Team notes\n\nKeep this.\n";
        let one = merge(Some(mine), Some("v1")).unwrap().unwrap();
        assert_eq!(one, format!("{mine}\n{START}\nv1\n{END}\n"));
        let with_after = format!("{one}\n## After\nAlso mine.\n");
        let two = merge(Some(&with_after), Some("v2\nmore")).unwrap().unwrap();
        assert!(
            two.starts_with(mine) && two.ends_with("\n## After\nAlso mine.\n"),
            "{two}"
        );
        assert_eq!(extract(&two).unwrap().as_deref(), Some("v2\nmore"));
        let gone = merge(Some(&two), None).unwrap().unwrap();
        assert_eq!(gone, format!("{mine}\n## After\nAlso mine.\n"));
        let only = merge(None, Some("x")).unwrap().unwrap();
        assert_eq!(
            merge(Some(&only), None).unwrap(),
            None,
            "an emptied file is deleted"
        );
        assert_eq!(merge(Some(&one), None).unwrap().as_deref(), Some(mine));
        // Idempotent: the same content twice gives the same text.
        assert_eq!(merge(Some(&one), Some("v1")).unwrap().unwrap(), one);
    }

    #[test]
    fn ignore_files_use_comment_markers_and_keep_the_team_s_lines() {
        assert_eq!(markers_for(".cursorignore"), HASH);
        assert_eq!(markers_for("sub/.aiignore"), HASH);
        assert_eq!(markers_for("AGENTS.md"), HTML);
        assert_eq!(markers_for(".junie/guidelines.md"), HTML);
        let mine = "# ours\nbuild/\n";
        let one = merge_with(Some(mine), Some("secrets/**\n"), HASH)
            .unwrap()
            .unwrap();
        assert_eq!(
            one,
            "# ours\nbuild/\n\n# rulebook:start\nsecrets/**\n# rulebook:end\n"
        );
        assert_eq!(
            extract_with(&one, HASH).unwrap().as_deref(),
            Some("secrets/**")
        );
        assert_eq!(extract(&one).unwrap(), None, "HTML markers are not these");
        assert_eq!(
            merge_with(Some(&one), None, HASH).unwrap().as_deref(),
            Some(mine)
        );
        assert!(merge_with(None, Some("a\n# rulebook:end\n"), HASH).is_err());
    }

    #[test]
    fn damaged_markers_are_refused() {
        assert!(merge(Some(&format!("{END}\n{START}\n")), Some("x")).is_err());
        assert!(merge(Some(&format!("{START}\n{START}\n{END}")), Some("x")).is_err());
        assert!(extract(&format!("{START} only")).is_err());
    }
}
