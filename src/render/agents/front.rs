//! Frontmatter and file pieces that several agents share, so two agents that read one format
//! (Claude's subagent header, Windsurf's `trigger:`, Gemini's TOML command) write it from one
//! function and agree byte for byte when they share a path.

use crate::model::artifact::{Command, Standard, Subagent};
use crate::render::markdown::{first_line, placeholders, yaml, yaml_list};

/// `name:` and, when there is one, `description:` (its first line).
pub(super) fn name_desc(name: &str, description: &str) -> String {
    let mut out = format!("name: {}\n", yaml(name));
    out.push_str(&desc(description));
    out
}

/// `description:` (first line), or nothing when empty.
pub(super) fn desc(description: &str) -> String {
    if description.trim().is_empty() {
        String::new()
    } else {
        format!("description: {}\n", yaml(&first_line(description)))
    }
}

/// `description` when set, else `fallback`: for agents that need one to list the file.
pub(super) fn or_name<'a>(description: &'a str, fallback: &'a str) -> &'a str {
    if description.trim().is_empty() {
        fallback
    } else {
        description
    }
}

/// A command's `description:` only (most Markdown command formats).
pub(super) fn command_desc(c: &Command) -> String {
    desc(&c.description)
}

/// No frontmatter at all.
pub(super) fn command_bare(_: &Command) -> String {
    String::new()
}

/// No frontmatter at all (rules that are always read).
pub(super) fn rule_bare(_: &Standard) -> String {
    String::new()
}

/// `model:` when the subagent names one.
pub(super) fn model_line(s: &Subagent) -> String {
    s.model
        .as_ref()
        .map(|m| format!("model: {}\n", yaml(m)))
        .unwrap_or_default()
}

/// A subagent's frontmatter with `name`, `description`, a `tools` list and `model` (GitHub
/// Copilot, Kiro, Tabnine, Rovo Dev, Factory Droid).
pub(super) fn tools_agent(slug: &str, s: &Subagent) -> String {
    let mut f = name_desc(slug, &s.description);
    if !s.tools.is_empty() {
        f.push_str(&yaml_list("tools", &s.tools));
    }
    f + &model_line(s)
}

/// Claude-style subagent frontmatter: name, description, comma-separated tools, model
/// (Claude Code, Junie, Augment, Qwen).
pub(super) fn claude_agent(slug: &str, s: &Subagent) -> String {
    let mut out = name_desc(slug, &s.description);
    if !s.tools.is_empty() {
        out.push_str(&format!("tools: {}\n", yaml(&s.tools.join(", "))));
    }
    out + &model_line(s)
}

/// `name`, a `description` that is never empty (the slug stands in: the agent lists a
/// subagent by it), a `tools` list (Cline, Kimi Code).
pub(super) fn described_agent(slug: &str, s: &Subagent) -> String {
    let mut f = name_desc(slug, or_name(&s.description, slug));
    if !s.tools.is_empty() {
        f.push_str(&yaml_list("tools", &s.tools));
    }
    f
}

/// `name`, `description`, `model` (Cursor, goose).
pub(super) fn named_agent(slug: &str, s: &Subagent) -> String {
    name_desc(slug, &s.description) + &model_line(s)
}

/// `description`, `mode: subagent`, `model` (OpenCode, Kilo Code).
pub(super) fn mode_subagent(_: &str, s: &Subagent) -> String {
    format!("{}mode: subagent\n{}", desc(&s.description), model_line(s))
}

/// Claude, Cline and Qwen scope a rule with a `paths:` list (none = always on).
pub(super) fn paths_front(s: &Standard) -> String {
    if s.scope.is_empty() {
        String::new()
    } else {
        yaml_list("paths", &s.scope)
    }
}

/// Windsurf, Devin and Antigravity: `trigger: always_on`, or `trigger: glob` with `globs:`.
pub(super) fn trigger_front(s: &Standard) -> String {
    if s.scope.is_empty() {
        "trigger: always_on\n".into()
    } else {
        // Quoted whenever YAML needs it (`**/*.ts` would read as an alias).
        format!("trigger: glob\nglobs: {}\n", yaml(&globs_csv(&s.scope)))
    }
}

/// Globs as one comma-separated value (Cursor, Windsurf, Devin, Antigravity, Copilot's
/// `applyTo`). A comma inside a brace alternation would read as a separator there, so
/// `{src,lib}/**` is written as the globs it stands for: `src/**,lib/**`.
pub(super) fn globs_csv(scope: &[String]) -> String {
    globs_joined(scope, ",")
}

/// Globs, brace alternations expanded, joined by `sep`.
pub(super) fn globs_joined(scope: &[String], sep: &str) -> String {
    scope
        .iter()
        .flat_map(|g| expand_braces(g))
        .collect::<Vec<_>>()
        .join(sep)
}

/// Expands brace alternations (`{a,b}`, nested too) into the globs they stand for; a glob
/// without a complete `{…,…}` group is returned as it is.
fn expand_braces(glob: &str) -> Vec<String> {
    let bytes = glob.as_bytes();
    let Some(open) = glob.find('{') else {
        return vec![glob.to_string()];
    };
    // The matching close brace and the top-level commas between them.
    let mut depth = 0usize;
    let mut commas = Vec::new();
    let mut close = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b',' if depth == 1 => commas.push(i),
            _ => {}
        }
    }
    let Some(close) = close else {
        return vec![glob.to_string()];
    };
    if commas.is_empty() {
        // `{x}` is not an alternation: keep it, but expand what follows.
        return expand_braces(&glob[close + 1..])
            .into_iter()
            .map(|rest| format!("{}{rest}", &glob[..=close]))
            .collect();
    }
    let (prefix, suffix) = (&glob[..open], &glob[close + 1..]);
    let mut starts = vec![open + 1];
    starts.extend(commas.iter().map(|c| c + 1));
    let mut ends = commas.clone();
    ends.push(close);
    let mut out = Vec::new();
    for (s, e) in starts.into_iter().zip(ends) {
        for expanded in expand_braces(&format!("{prefix}{}{suffix}", &glob[s..e])) {
            if !out.contains(&expanded) {
                out.push(expanded);
            }
        }
    }
    out
}

/// A command as the TOML Gemini CLI and Tabnine read: `description`, `prompt` with `{{args}}`.
pub(super) fn toml_command(c: &Command) -> String {
    let mut toml = String::new();
    if !c.description.trim().is_empty() {
        toml.push_str(&format!(
            "description = {}\n",
            toml_str(&first_line(&c.description))
        ));
    }
    toml.push_str(&format!(
        "prompt = {}\n",
        toml_multiline(&placeholders(&c.body, "{{args}}"))
    ));
    toml
}

/// A TOML basic string.
pub(super) fn toml_str(s: &str) -> String {
    // JSON string escapes are valid TOML basic-string escapes.
    serde_json::to_string(s).unwrap_or_default()
}

/// A TOML multi-line literal string when possible (no escapes to read), else a basic string.
pub(super) fn toml_multiline(s: &str) -> String {
    if !s.contains("'''") && !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        format!("'''\n{s}'''")
    } else {
        toml_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_expand_into_the_globs_they_stand_for() {
        assert_eq!(expand_braces("{src,lib}/**"), vec!["src/**", "lib/**"]);
        assert_eq!(
            expand_braces("src/**/*.{ts,tsx}"),
            vec!["src/**/*.ts", "src/**/*.tsx"]
        );
        assert_eq!(expand_braces("{a,b{c,d}}/x"), vec!["a/x", "bc/x", "bd/x"]);
        assert_eq!(expand_braces("plain/**"), vec!["plain/**"]);
        assert_eq!(expand_braces("{unclosed/**"), vec!["{unclosed/**"]);
        assert_eq!(expand_braces("{one}/x"), vec!["{one}/x"]);
        assert_eq!(
            globs_csv(&["{src,lib}/**".into(), "*.md".into()]),
            "src/**,lib/**,*.md"
        );
    }

    #[test]
    fn toml_strings_are_literal_when_they_can_be() {
        assert_eq!(toml_multiline("a\nb\n"), "'''\na\nb\n'''");
        assert_eq!(toml_multiline("x'''y"), "\"x'''y\"");
    }
}
