//! Textual edits of Codex's `config.toml`: the `[mcp_servers.rulebook]` table (and its
//! sub-tables) replaced or added, anything spelled another way refused (see the module docs
//! of `mcp::config`).

use super::*;
// ---------------------------------------------------------------------------------------------
// TOML merge, textual (see the module docs).

/// Tracks multi-line strings and open brackets across lines, so that a `[` inside a value is
/// not taken for a table header.
#[derive(Default)]
struct TomlScan {
    multiline: Option<&'static str>,
    depth: i64,
}

impl TomlScan {
    fn inside_value(&self) -> bool {
        self.multiline.is_some() || self.depth > 0
    }

    fn feed(&mut self, line: &str) {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let rest = line.get(i..).unwrap_or("");
            if let Some(delim) = self.multiline {
                if rest.starts_with(delim) {
                    self.multiline = None;
                    i += 3;
                } else if delim == "\"\"\"" && b.get(i) == Some(&b'\\') {
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            if rest.starts_with("\"\"\"") {
                self.multiline = Some("\"\"\"");
                i += 3;
                continue;
            }
            if rest.starts_with("'''") {
                self.multiline = Some("'''");
                i += 3;
                continue;
            }
            match b.get(i) {
                Some(b'#') => break,
                Some(b'"') => {
                    i += 1;
                    while let Some(&c) = b.get(i) {
                        if c == b'"' {
                            break;
                        }
                        i += if c == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                Some(b'\'') => {
                    i += 1;
                    while b.get(i).is_some_and(|&c| c != b'\'') {
                        i += 1;
                    }
                    i += 1;
                }
                Some(b'[' | b'{') => {
                    self.depth += 1;
                    i += 1;
                }
                Some(b']' | b'}') => {
                    self.depth -= 1;
                    i += 1;
                }
                _ => i += 1,
            }
        }
    }
}

/// A dotted key (`a."b c".d`), up to the first character that cannot continue it.
fn parse_keys(s: &str) -> Option<(Vec<String>, &str)> {
    let mut keys = Vec::new();
    let mut s = s;
    loop {
        s = s.trim_start_matches([' ', '\t']);
        let (key, rest) = if let Some(r) = s.strip_prefix('"') {
            let mut escaped = false;
            let mut end = None;
            for (i, c) in r.char_indices() {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    end = Some(i);
                    break;
                }
            }
            let end = end?;
            let raw = r.get(..end)?;
            (
                raw.replace("\\\"", "\"").replace("\\\\", "\\"),
                r.get(end + 1..)?,
            )
        } else if let Some(r) = s.strip_prefix('\'') {
            let end = r.find('\'')?;
            (r.get(..end)?.to_string(), r.get(end + 1..)?)
        } else {
            let end = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(s.len());
            if end == 0 {
                return None;
            }
            (s.get(..end)?.to_string(), s.get(end..)?)
        };
        keys.push(key);
        s = rest.trim_start_matches([' ', '\t']);
        match s.strip_prefix('.') {
            Some(r) => s = r,
            None => return Some((keys, s)),
        }
    }
}

struct Header {
    path: Vec<String>,
    array: bool,
}

/// A `[table]` or `[[array]]` header line (already trimmed at the start).
fn parse_header(line: &str) -> Option<Header> {
    let (array, inner) = match line.strip_prefix("[[") {
        Some(r) => (true, r),
        None => (false, line.strip_prefix('[')?),
    };
    let (path, rest) = parse_keys(inner)?;
    let rest = if array {
        rest.strip_prefix("]]")?
    } else {
        rest.strip_prefix(']')?
    };
    let rest = rest.trim();
    (rest.is_empty() || rest.starts_with('#')).then_some(Header { path, array })
}

/// The key of a `key = value` line.
pub(super) fn line_key(trimmed: &str) -> Option<Vec<String>> {
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let (keys, rest) = parse_keys(trimmed)?;
    rest.starts_with('=').then_some(keys)
}

pub(super) fn merge_toml(text: &str, cfg: &ClientConfig, file: &str) -> Result<String, String> {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let table = toml_table(cfg.container, &cfg.name, &cfg.entry, nl)?;
    edit_toml(text, cfg.container, &cfg.name, Some(&table), file)
}

/// `text` with the `[container.name]` table (and its sub-tables) replaced by `table`, or
/// removed when `table` is `None`.
pub(super) fn edit_toml(
    text: &str,
    container: &[&str],
    name: &str,
    table: Option<&str>,
    file: &str,
) -> Result<String, String> {
    let container = container.first().copied().unwrap_or("mcp_servers");
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let hand = format!("rulebook only edits `[{container}.{name}]` tables, so change it by hand");

    let mut scan = TomlScan::default();
    let mut current: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len() + table.map_or(0, str::len));
    let mut insert_at: Option<usize> = None;
    let mut removing = false;
    // While removing, comment and blank lines are held back: kept if they turn out to come
    // after the table's last key (they may belong to the next table), dropped otherwise.
    let mut held = String::new();

    for (n, line) in text.split_inclusive('\n').enumerate() {
        let lineno = n + 1;
        let trimmed = line.trim_start();
        if !scan.inside_value() && trimmed.starts_with('[') {
            let header = parse_header(trimmed)
                .ok_or_else(|| format!("{file}: line {lineno}: cannot read this table header"))?;
            let under = header.path.first().is_some_and(|k| k == container);
            if header.array && under && header.path.len() <= 2 {
                return Err(format!(
                    "{file}: line {lineno}: `{container}` is an array of tables here, which \
                     Codex does not read; fix it by hand, then run again"
                ));
            }
            let ours = !header.array && under && header.path.get(1).is_some_and(|k| k == name);
            // Held lines between two of our tables go with them; before any other table
            // they stay.
            if removing && !ours {
                // A table removed from between two others leaves one blank line, not two.
                let gap = format!("{nl}{nl}");
                for l in held.split_inclusive('\n') {
                    if !(table.is_none() && l.trim().is_empty() && out.ends_with(&gap)) {
                        out.push_str(l);
                    }
                }
            }
            held.clear();
            removing = ours;
            if ours {
                insert_at.get_or_insert(out.len());
            } else {
                out.push_str(line);
            }
            current = header.path;
            continue;
        }
        let value_line = !scan.inside_value();
        if value_line && let Some(keys) = line_key(trimmed) {
            let first = keys.first().map(String::as_str);
            if current.is_empty() && first == Some(container) {
                return Err(format!(
                    "{file}: line {lineno}: `{container}` is set with a dotted key or an inline \
                     table; {hand}"
                ));
            }
            if current.len() == 1
                && current.first().is_some_and(|k| k == container)
                && first == Some(name)
            {
                return Err(format!(
                    "{file}: line {lineno}: `{container}.{name}` is set inline; {hand}"
                ));
            }
        }
        scan.feed(line);
        if removing {
            if value_line && (trimmed.trim().is_empty() || trimmed.starts_with('#')) {
                held.push_str(line);
            } else {
                held.clear();
            }
        } else {
            out.push_str(line);
        }
    }
    if removing {
        out.push_str(&held);
    }
    if scan.inside_value() || scan.depth != 0 {
        return Err(format!(
            "{file} does not look like valid TOML (an unclosed string, array or inline table); \
             fix it, then run again"
        ));
    }
    let Some(table) = table else {
        // A table removed from the end takes the blank line that set it apart.
        if insert_at == Some(out.len()) {
            let blank = format!("{nl}{nl}");
            while out.ends_with(&blank) {
                out.truncate(out.len() - nl.len());
            }
        }
        return Ok(out);
    };
    match insert_at {
        Some(at) if out.is_char_boundary(at) => out.insert_str(at, table),
        Some(_) => {
            return Err(format!(
                "internal error while merging {file}; it was left unchanged"
            ));
        }
        None => {
            if !out.trim().is_empty() {
                if !out.ends_with('\n') {
                    out.push_str(nl);
                }
                if !out.ends_with(&format!("{nl}{nl}")) {
                    out.push_str(nl);
                }
            }
            out.push_str(table);
        }
    }
    Ok(out)
}
