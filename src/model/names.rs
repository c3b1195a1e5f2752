//! Validation of names people type: slugs, usernames, display names.

/// Why a name is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameError(pub String);

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A slug: 1-64 of `[a-z0-9-]`, not starting or ending with `-`, no `--`.
pub fn slug(s: &str) -> Result<&str, NameError> {
    let ok = (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if ok {
        Ok(s)
    } else {
        Err(NameError(format!(
            "{s:?} is not a valid slug: use 1-64 lower-case letters, digits and single hyphens"
        )))
    }
}

/// Derives a slug from a display name (`"Platform Team"` → `"platform-team"`).
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed: String = out.trim_end_matches('-').chars().take(64).collect();
    let trimmed = trimmed.trim_end_matches('-').to_string();
    if trimmed.is_empty() {
        "org".into()
    } else {
        trimmed
    }
}

/// A username: 1-64 of `[A-Za-z0-9._-]` (compared case-insensitively).
pub fn username(s: &str) -> Result<&str, NameError> {
    let ok = (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(s)
    } else {
        Err(NameError(
            "a username has 1-64 characters from A-Z, a-z, 0-9, '.', '_' and '-'".into(),
        ))
    }
}

/// A display name: 1-200 characters, no control characters.
pub fn display_name(s: &str) -> Result<&str, NameError> {
    let t = s.trim();
    if t.is_empty() || t.chars().count() > 200 || t.chars().any(char::is_control) {
        return Err(NameError(
            "a name has 1-200 characters and no control characters".into(),
        ));
    }
    Ok(t)
}

/// A one-line summary of Markdown text: its first non-empty line without heading marks, at
/// most 200 characters. Renderers use it for descriptions, the linter for a rule's message.
pub fn first_line(description: &str) -> String {
    let line = description
        .lines()
        .map(|l| {
            // A Markdown heading's marks (`# Title`) go; `#hash` is text and stays.
            let t = l.trim();
            let marks = t.len() - t.trim_start_matches('#').len();
            if marks > 0 && t[marks..].starts_with([' ', '\t']) {
                t[marks..].trim()
            } else if marks == t.len() {
                ""
            } else {
                t
            }
        })
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if line.chars().count() > 200 {
        format!("{}...", line.chars().take(200).collect::<String>())
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(slug("platform-team").is_ok());
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "ä", &"a".repeat(65)] {
            assert!(slug(bad).is_err(), "{bad}");
        }
        assert_eq!(slugify("  Platform Team! "), "platform-team");
        assert_eq!(slugify("!!!"), "org");
    }

    #[test]
    fn usernames_and_names() {
        assert!(username("ada.lovelace_1-x").is_ok());
        assert!(username("ada lovelace").is_err());
        assert!(display_name("Ada Lovelace").is_ok());
        assert!(display_name("a\u{0}b").is_err());
        assert!(display_name("   ").is_err());
    }
}
