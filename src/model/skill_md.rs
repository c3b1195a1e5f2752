//! SKILL.md as text: the Agent Skills frontmatter (YAML) and body, parsed into a [`Skill`] and
//! written back.
//!
//! Why our own reader and not a YAML crate: the spec's frontmatter is a flat mapping of a few
//! string fields; client-specific fields (`license`, `allowed-tools`, `metadata: {...}`) must be
//! kept *as they came*, which a YAML library would normalise. So the known fields are read as
//! YAML scalars (plain, single- or double-quoted, `|`/`>` blocks) and every other top-level key
//! keeps its raw text, written back byte for byte. Writing is canonical, so parse(write(s)) == s
//! for every valid skill: the portable archive depends on that.

use std::collections::BTreeMap;

use super::artifact::Skill;

/// Fields the spec defines and the model keeps typed.
const KNOWN: [&str; 3] = ["name", "description", "compatibility"];

/// A SKILL.md split into its parts (files are not part of SKILL.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillMd {
    pub name: String,
    pub description: String,
    pub compatibility: Option<String>,
    pub extra: BTreeMap<String, String>,
    pub body: String,
}

/// Top-level frontmatter fields (key, raw value) and the body after them.
pub type Frontmatter = (Vec<(String, String)>, String);

/// Splits Markdown with YAML frontmatter into its top-level fields (raw text after the
/// colon, continuation lines included) and the body (one blank line after the closing
/// `---` dropped). `Ok(None)` when the text has no frontmatter.
pub fn fields(text: &str) -> Result<Option<Frontmatter>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok(None);
    };
    let (front, body) = split_closing(rest).ok_or("frontmatter has no closing `---`")?;
    let body = body
        .strip_prefix("\r\n")
        .or_else(|| body.strip_prefix('\n'))
        .unwrap_or(body);
    let mut fields: Vec<(String, String)> = Vec::new();
    for (n, line) in front.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with(' ') || line.starts_with('\t') || line.is_empty() {
            match fields.last_mut() {
                Some((_, raw)) => {
                    raw.push('\n');
                    raw.push_str(line);
                }
                None if line.trim().is_empty() => {}
                None => {
                    return Err(format!(
                        "frontmatter line {}: indented before any key",
                        n + 2
                    ));
                }
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("frontmatter line {}: expected `key: value`", n + 2))?;
        if !valid_key(key) {
            return Err(format!("frontmatter line {}: invalid key {key:?}", n + 2));
        }
        if fields.iter().any(|(k, _)| k == key) {
            return Err(format!("frontmatter key {key:?} appears twice"));
        }
        fields.push((key.to_string(), value.trim_start().to_string()));
    }
    let fields = fields
        .into_iter()
        .map(|(k, raw)| (k, raw.trim_end_matches(['\n', ' ', '\t']).to_string()))
        .collect();
    Ok(Some((fields, body.to_string())))
}

/// Reads a YAML string list: a block list, a flow list `[a, "b"]`, or one scalar (split on
/// commas outside braces when `split_commas`, as Cursor and Copilot write globs).
pub fn list(raw: &str, split_commas: bool) -> Result<Vec<String>, String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    if raw.starts_with('\n') || trimmed.starts_with("- ") {
        return trimmed
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| {
                let item = l.strip_prefix('-').ok_or("expected `- item` lines")?;
                scalar(item.trim())
            })
            .collect();
    }
    if let Some(inner) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        return split_outside_braces(inner)
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .map(|p| scalar(p.trim()))
            .collect();
    }
    let one = scalar(raw)?;
    Ok(if split_commas {
        split_outside_braces(&one)
            .into_iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        vec![one]
    })
}

fn split_outside_braces(s: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (q, Some(open)) if q == open => quote = None,
            ('{', None) => depth += 1,
            ('}', None) => depth -= 1,
            (',', None) if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// Reads a YAML scalar value (see [`fields`] for where the raw text comes from).
pub fn value(raw: &str) -> Result<String, String> {
    scalar(raw)
}

/// Reads SKILL.md text. Errors say what is wrong and on which line.
pub fn parse(text: &str) -> Result<SkillMd, String> {
    let (fields, body) =
        fields(text)?.ok_or("SKILL.md must start with a `---` frontmatter line")?;
    let mut md = SkillMd {
        name: String::new(),
        description: String::new(),
        compatibility: None,
        extra: BTreeMap::new(),
        body,
    };
    for (key, raw) in fields {
        match key.as_str() {
            "name" => md.name = scalar(&raw).map_err(|e| format!("name: {e}"))?,
            "description" => {
                md.description = scalar(&raw).map_err(|e| format!("description: {e}"))?
            }
            "compatibility" => {
                md.compatibility = Some(scalar(&raw).map_err(|e| format!("compatibility: {e}"))?)
            }
            _ => {
                md.extra.insert(key, raw);
            }
        }
    }
    if md.name.is_empty() {
        return Err("SKILL.md frontmatter needs a name".into());
    }
    Ok(md)
}

/// Writes SKILL.md for a skill: canonical frontmatter, one blank line, the body.
pub fn write(skill: &Skill) -> String {
    let mut out = String::from("---\n");
    out.push_str(&format!("name: {}\n", yaml_scalar(&skill.name)));
    out.push_str(&format!(
        "description: {}\n",
        yaml_scalar(&skill.description)
    ));
    if let Some(c) = &skill.compatibility {
        out.push_str(&format!("compatibility: {}\n", yaml_scalar(c)));
    }
    for (k, raw) in &skill.extra {
        let sep = if raw.is_empty() || raw.starts_with('\n') {
            ""
        } else {
            " "
        };
        out.push_str(&format!("{k}:{sep}{raw}\n"));
    }
    out.push_str("---\n\n");
    out.push_str(&skill.body);
    out
}

/// Why an `extra` entry cannot be written and read back unchanged, if it cannot.
pub fn extra_problem(key: &str, raw: &str) -> Option<String> {
    if !valid_key(key) || KNOWN.contains(&key) {
        return Some(format!(
            "extra field {key:?}: keys are letters, digits, `-` and `_`, other than name, description and compatibility"
        ));
    }
    // Claude Code runs the hooks a skill's frontmatter defines: scripts on developers'
    // machines, which only an agent policy may add, with the repository's consent.
    if key.eq_ignore_ascii_case("hooks") {
        return Some(
            "extra field \"hooks\": hooks run scripts on developers' machines; write them in an agent policy, which a repository must consent to".into(),
        );
    }
    if raw != raw.trim_end_matches(['\n', ' ', '\t']) || raw.starts_with([' ', '\t']) {
        return Some(format!(
            "extra field {key:?}: no leading or trailing whitespace"
        ));
    }
    let continuation_ok = raw
        .split('\n')
        .skip(1)
        .all(|l| l.starts_with([' ', '\t']) || l.is_empty());
    if !continuation_ok || raw.contains('\r') || raw.contains("\n---") {
        return Some(format!(
            "extra field {key:?}: continuation lines must be indented (raw YAML)"
        ));
    }
    None
}

fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Finds the closing `---` line; returns (frontmatter, text after that line's end).
fn split_closing(rest: &str) -> Option<(&str, &str)> {
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare == "---" {
            return Some((&rest[..at], &rest[at + line.len()..]));
        }
        at += line.len();
    }
    None
}

/// Reads a YAML scalar: plain, `'single'`, `"double"` or a `|`/`>` block.
fn scalar(raw: &str) -> Result<String, String> {
    let (first, block) = match raw.split_once('\n') {
        Some((f, b)) => (f.trim_end(), Some(b)),
        None => (raw.trim_end(), None),
    };
    if let Some(style) = first.chars().next().filter(|c| *c == '|' || *c == '>') {
        let lines: Vec<&str> = block.unwrap_or("").split('\n').collect();
        let indent = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.bytes().take_while(|b| *b == b' ').count())
            .min()
            .unwrap_or(0);
        // Only ASCII spaces are indentation, so `indent` is always a char boundary.
        let body: Vec<&str> = lines
            .iter()
            .map(|l| l.get(indent..).unwrap_or(l.trim_start_matches(' ')))
            .collect();
        let joined = if style == '|' {
            body.join("\n")
        } else {
            fold(&body)
        };
        return Ok(joined.trim_end().to_string());
    }
    if first.starts_with('"') {
        let all = raw.split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
        return serde_json::from_str::<String>(&all)
            .map_err(|_| "a double-quoted value that is not closed or has a bad escape".into());
    }
    if let Some(inner) = first.strip_prefix('\'') {
        let all = std::iter::once(inner)
            .chain(block.into_iter().flat_map(|b| b.split('\n').map(str::trim)))
            .collect::<Vec<_>>()
            .join(" ");
        let inner = all
            .strip_suffix('\'')
            .ok_or("a single-quoted value that is not closed")?;
        return Ok(inner.replace("''", "'"));
    }
    // A plain scalar may continue on indented lines (folded with spaces).
    let mut s = first.to_string();
    for l in block.into_iter().flat_map(|b| b.split('\n')) {
        if !l.trim().is_empty() {
            s.push(' ');
            s.push_str(l.trim());
        }
    }
    Ok(s)
}

fn fold(lines: &[&str]) -> String {
    let mut out = String::new();
    for l in lines {
        if l.is_empty() {
            out.push('\n');
        } else {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
            }
            out.push_str(l);
        }
    }
    out
}

/// Writes a string as a plain YAML scalar when that reads back as the same string, else
/// double-quoted (a JSON string is a valid YAML double-quoted scalar).
pub(crate) fn yaml_scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s == s.trim()
        && !s.contains(['\n', '\r', '\t', '"', '\'', '#', '`'])
        && !s.contains(": ")
        && !s.ends_with(':')
        && !s.starts_with(|c: char| "-?:,[]{}&*!|>%@".contains(c))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "~"
        )
        && s.parse::<f64>().is_err()
        && !s.chars().any(char::is_control);
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(md: SkillMd) -> Skill {
        Skill {
            name: md.name,
            description: md.description,
            compatibility: md.compatibility,
            extra: md.extra,
            body: md.body,
            files: vec![],
        }
    }

    #[test]
    fn reads_the_spec_shapes_and_keeps_unknown_fields_raw() {
        let text = "---\nname: pdf-tools\ndescription: >\n  Extracts text\n  from PDFs.\nlicense: Apache-2.0\nmetadata:\n  author: ops\n  version: \"1.0\"\nallowed-tools: Bash(git:*) Read\n---\n\n# PDF\nUse it.\n";
        let md = parse(text).unwrap();
        assert_eq!(md.name, "pdf-tools");
        assert_eq!(md.description, "Extracts text from PDFs.");
        assert_eq!(md.extra["metadata"], "\n  author: ops\n  version: \"1.0\"");
        assert_eq!(md.extra["allowed-tools"], "Bash(git:*) Read");
        assert_eq!(md.body, "# PDF\nUse it.\n");
        let written = write(&skill(md.clone()));
        assert_eq!(parse(&written).unwrap(), md);
        assert_eq!(write(&skill(parse(&written).unwrap())), written);
    }

    #[test]
    fn quoting_round_trips() {
        for s in [
            "plain words",
            "has: colon",
            "true",
            "123",
            "- dash",
            "quote \" and 'single'",
            "line\nbreak",
            " padded ",
            "ünïcode",
            "ends:",
        ] {
            let q = yaml_scalar(s);
            assert_eq!(scalar(&q).unwrap(), s, "{q}");
        }
        assert_eq!(scalar("'it''s'").unwrap(), "it's");
        assert_eq!(scalar("|\n  a\n  b").unwrap(), "a\nb");
        // A non-ASCII space is content, not indentation: nothing is dropped.
        assert_eq!(scalar("|\n   a\n  \u{a0}b").unwrap(), " a\n\u{a0}b");
    }

    #[test]
    fn refuses_broken_frontmatter() {
        assert!(parse("no frontmatter").is_err());
        assert!(parse("---\nname: x\n").is_err());
        assert!(parse("---\nname: x\nname: y\n---\n").is_err());
        assert!(parse("---\ndescription: d\n---\n").is_err());
        assert!(parse("---\nname: \"open\n---\n").is_err());
        assert!(extra_problem("license", "MIT").is_none());
        assert!(extra_problem("name", "x").is_some());
        assert!(extra_problem("meta", "a\nb: c").is_some());
    }
}
