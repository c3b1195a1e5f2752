//! JSON text that people also edit by hand, changed in place: a scanner that keeps byte
//! positions, so that setting one member (the `rulebook` MCP server entry, Claude Code's
//! `permissions.deny`) changes only that member and keeps every other byte (key order,
//! comments, indentation, line endings). `serde_json` here does not keep key order and JSONC
//! files carry comments, so a parse-and-reserialise would rewrite the team's file.
//!
//! Pure: strings in, strings out. The MCP client configuration (`mcp::config`) and the
//! installer's owned settings lists (`render::merge`) both use it.

use std::borrow::Cow;

use serde_json::{Map, Value};

/// A small ordered document: what this module writes, in the order it writes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum V {
    S(String),
    B(bool),
    N(i64),
    L(Vec<String>),
    /// A string list written one item a line (how a team may keep a long list).
    Lines(Vec<String>),
    /// An object; keys are usually fixed names, a server's name is not.
    O(Vec<(Cow<'static, str>, V)>),
    /// A list of any JSON values, written one compact item a line (hook entries).
    J(Vec<Value>),
    /// A list of items given as JSON text, written one a line as they are (a team's own items
    /// keep their bytes).
    R(Vec<String>),
}

impl V {
    /// An object with fixed member names.
    pub(crate) fn obj(members: Vec<(&'static str, V)>) -> V {
        V::O(
            members
                .into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), v))
                .collect(),
        )
    }

    pub(crate) fn to_json(&self) -> Value {
        match self {
            V::S(s) => Value::String(s.clone()),
            V::B(b) => Value::Bool(*b),
            V::N(n) => Value::from(*n),
            V::L(items) | V::Lines(items) => {
                Value::Array(items.iter().cloned().map(Value::String).collect())
            }
            V::J(items) => Value::Array(items.clone()),
            V::R(items) => Value::Array(
                items
                    .iter()
                    .map(|r| serde_json::from_str(r).unwrap_or(Value::Null))
                    .collect(),
            ),
            V::O(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_json()))
                    .collect::<Map<String, Value>>(),
            ),
        }
    }
}

pub(crate) fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Pretty JSON: objects one member a line, indented from `base` by `unit`; string lists on
/// one line.
pub(crate) fn render_json(v: &V, base: &str, unit: &str, nl: &str, out: &mut String) {
    match v {
        V::S(s) => out.push_str(&json_str(s)),
        V::B(b) => out.push_str(if *b { "true" } else { "false" }),
        V::N(n) => out.push_str(&n.to_string()),
        V::L(items) => {
            out.push('[');
            for (i, s) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&json_str(s));
            }
            out.push(']');
        }
        V::Lines(items) if items.is_empty() => out.push_str("[]"),
        V::J(items) => {
            let raw: Vec<String> = items
                .iter()
                .map(|v| serde_json::to_string(v).unwrap_or_else(|_| "null".into()))
                .collect();
            render_json(&V::R(raw), base, unit, nl, out);
        }
        V::R(items) if items.is_empty() => out.push_str("[]"),
        V::R(items) => {
            out.push('[');
            for (i, raw) in items.iter().enumerate() {
                out.push_str(nl);
                out.push_str(base);
                out.push_str(unit);
                out.push_str(raw);
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push_str(nl);
            out.push_str(base);
            out.push(']');
        }
        V::Lines(items) => {
            out.push('[');
            for (i, s) in items.iter().enumerate() {
                out.push_str(nl);
                out.push_str(base);
                out.push_str(unit);
                out.push_str(&json_str(s));
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push_str(nl);
            out.push_str(base);
            out.push(']');
        }
        V::O(members) => {
            if members.is_empty() {
                out.push_str("{}");
                return;
            }
            let inner = format!("{base}{unit}");
            out.push('{');
            for (i, (k, val)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(nl);
                out.push_str(&inner);
                out.push_str(&json_str(k));
                out.push_str(": ");
                render_json(val, &inner, unit, nl, out);
            }
            out.push_str(nl);
            out.push_str(base);
            out.push('}');
        }
    }
}

// ---------------------------------------------------------------------------------------------
// JSON (and JSONC) merge: a scanner that keeps byte positions.

#[derive(Debug)]
enum Node {
    Obj {
        open: usize,
        close: usize,
        members: Vec<Member>,
    },
    Arr {
        start: usize,
        end: usize,
        items: Vec<Node>,
    },
    Scalar {
        start: usize,
        end: usize,
    },
}

#[derive(Debug)]
struct Member {
    key: String,
    key_start: usize,
    value: Node,
}

impl Node {
    fn start(&self) -> usize {
        match self {
            Node::Obj { open, .. } => *open,
            Node::Arr { start, .. } | Node::Scalar { start, .. } => *start,
        }
    }

    /// One past the last byte.
    fn end(&self) -> usize {
        match self {
            Node::Obj { close, .. } => close + 1,
            Node::Arr { end, .. } | Node::Scalar { end, .. } => *end,
        }
    }

    fn members(&self) -> &[Member] {
        match self {
            Node::Obj { members, .. } => members,
            _ => &[],
        }
    }

    /// The member named `key`; the last one when a key repeats, as JSON parsers read it.
    fn member(&self, key: &str) -> Option<&Member> {
        self.members().iter().rev().find(|m| m.key == key)
    }

    fn to_value(&self, text: &str) -> Value {
        match self {
            Node::Obj { members, .. } => {
                let mut map = Map::new();
                for m in members {
                    map.insert(m.key.clone(), m.value.to_value(text));
                }
                Value::Object(map)
            }
            Node::Arr { items, .. } => {
                Value::Array(items.iter().map(|n| n.to_value(text)).collect())
            }
            Node::Scalar { start, end } => text
                .get(*start..*end)
                .and_then(|raw| serde_json::from_str(raw).ok())
                .unwrap_or(Value::Null),
        }
    }
}

const MAX_DEPTH: usize = 128;

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
    comments: bool,
    trailing_commas: bool,
}

struct Parsed {
    root: Node,
    comments: bool,
    trailing_commas: bool,
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn parse_json(text: &str) -> Result<Parsed, String> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: if text.starts_with('\u{feff}') { 3 } else { 0 },
        depth: 0,
        comments: false,
        trailing_commas: false,
    };
    let root = p.value()?;
    p.ws()?;
    if p.i < p.b.len() {
        return Err(p.err(p.i, "unexpected text after the end of the document"));
    }
    Ok(Parsed {
        root,
        comments: p.comments,
        trailing_commas: p.trailing_commas,
    })
}

impl Parser<'_> {
    fn err(&self, at: usize, what: &str) -> String {
        let (line, col) = line_col(self.text, at);
        format!("line {line}, column {col}: {what}")
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Skips whitespace and comments, noting comments.
    fn ws(&mut self) -> Result<(), String> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.i += 1,
                Some(b'/') => match self.b.get(self.i + 1) {
                    Some(b'/') => {
                        self.comments = true;
                        while let Some(c) = self.peek() {
                            if c == b'\n' {
                                break;
                            }
                            self.i += 1;
                        }
                    }
                    Some(b'*') => {
                        self.comments = true;
                        let start = self.i;
                        self.i += 2;
                        loop {
                            match self.peek() {
                                None => return Err(self.err(start, "unterminated /* comment")),
                                Some(b'*') if self.b.get(self.i + 1) == Some(&b'/') => {
                                    self.i += 2;
                                    break;
                                }
                                Some(_) => self.i += 1,
                            }
                        }
                    }
                    _ => return Ok(()),
                },
                _ => return Ok(()),
            }
        }
    }

    fn value(&mut self) -> Result<Node, String> {
        self.ws()?;
        let start = self.i;
        match self.peek() {
            None => Err(self.err(start, "expected a value, found the end of the file")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.string()?;
                self.scalar(start)
            }
            Some(c) if c == b'-' || c.is_ascii_alphanumeric() => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
                {
                    self.i += 1;
                }
                self.scalar(start)
            }
            Some(_) => Err(self.err(start, "expected a value")),
        }
    }

    /// Checks the scalar just scanned with serde_json, so escapes and numbers follow JSON.
    fn scalar(&self, start: usize) -> Result<Node, String> {
        let ok = self
            .text
            .get(start..self.i)
            .is_some_and(|raw| serde_json::from_str::<Value>(raw).is_ok());
        if !ok {
            return Err(self.err(start, "invalid value"));
        }
        Ok(Node::Scalar { start, end: self.i })
    }

    /// Scans a string starting at `"`.
    fn string(&mut self) -> Result<(), String> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek() {
                None => return Err(self.err(start, "unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => self.i += 2,
                Some(c) if c < 0x20 => {
                    return Err(self.err(self.i, "control character in a string"));
                }
                Some(_) => self.i += 1,
            }
        }
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(self.i, "nested too deeply"));
        }
        Ok(())
    }

    fn object(&mut self) -> Result<Node, String> {
        let open = self.i;
        self.i += 1;
        self.enter()?;
        let mut members = Vec::new();
        self.ws()?;
        if self.peek() != Some(b'}') {
            loop {
                self.ws()?;
                let key_start = self.i;
                if self.peek() != Some(b'"') {
                    return Err(self.err(key_start, "expected a \"quoted\" key"));
                }
                self.string()?;
                let key = self
                    .text
                    .get(key_start..self.i)
                    .and_then(|raw| serde_json::from_str::<String>(raw).ok())
                    .ok_or_else(|| self.err(key_start, "invalid key"))?;
                self.ws()?;
                if self.peek() != Some(b':') {
                    return Err(self.err(self.i, "expected `:` after a key"));
                }
                self.i += 1;
                let value = self.value()?;
                members.push(Member {
                    key,
                    key_start,
                    value,
                });
                self.ws()?;
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        self.ws()?;
                        if self.peek() == Some(b'}') {
                            self.trailing_commas = true;
                            break;
                        }
                    }
                    Some(b'}') => break,
                    _ => return Err(self.err(self.i, "expected `,` or `}`")),
                }
            }
        }
        let close = self.i;
        self.i += 1;
        self.depth -= 1;
        Ok(Node::Obj {
            open,
            close,
            members,
        })
    }

    fn array(&mut self) -> Result<Node, String> {
        let start = self.i;
        self.i += 1;
        self.enter()?;
        let mut items = Vec::new();
        self.ws()?;
        if self.peek() != Some(b']') {
            loop {
                items.push(self.value()?);
                self.ws()?;
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        self.ws()?;
                        if self.peek() == Some(b']') {
                            self.trailing_commas = true;
                            break;
                        }
                    }
                    Some(b']') => break,
                    _ => return Err(self.err(self.i, "expected `,` or `]`")),
                }
            }
        }
        self.i += 1;
        self.depth -= 1;
        Ok(Node::Arr {
            start,
            end: self.i,
            items,
        })
    }
}

/// The whitespace that starts the line holding byte `pos`.
fn line_lead(text: &str, pos: usize) -> String {
    let start = text
        .get(..pos)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    text.get(start..)
        .unwrap_or("")
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// The text before `pos` on its line, when it is only whitespace.
fn indent_before(text: &str, pos: usize) -> Option<String> {
    let start = text
        .get(..pos)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let prefix = text.get(start..pos)?;
    prefix
        .chars()
        .all(|c| c == ' ' || c == '\t')
        .then(|| prefix.to_string())
}

/// The file's indentation step, read from the first top-level member; two spaces otherwise.
fn indent_unit(text: &str, root: &Node) -> String {
    root.members()
        .first()
        .and_then(|m| indent_before(text, m.key_start))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "  ".to_string())
}

/// The indentation of `member` inside `obj`.
fn member_indent(text: &str, obj: &Node, member: &Member, unit: &str) -> String {
    indent_before(text, member.key_start)
        .unwrap_or_else(|| format!("{}{unit}", line_lead(text, obj.start())))
}

struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Adds `key: value` as the last member of `obj`.
fn insert_member(text: &str, obj: &Node, key: &str, value: &V, unit: &str, nl: &str) -> Edit {
    if let Some(last) = obj.members().last() {
        let ind = member_indent(text, obj, last, unit);
        let mut s = format!(",{nl}{ind}{}: ", json_str(key));
        render_json(value, &ind, unit, nl, &mut s);
        let at = last.value.end();
        return Edit {
            start: at,
            end: at,
            text: s,
        };
    }
    let open = obj.start();
    let close = obj.end().saturating_sub(1);
    let lead = line_lead(text, open);
    let ind = format!("{lead}{unit}");
    let mut body = format!("{nl}{ind}{}: ", json_str(key));
    render_json(value, &ind, unit, nl, &mut body);
    let inside = text.get(open + 1..close).unwrap_or("");
    if inside.trim().is_empty() {
        body.push_str(nl);
        body.push_str(&lead);
        Edit {
            start: open + 1,
            end: close,
            text: body,
        }
    } else {
        // Only comments inside: keep them after the new member.
        Edit {
            start: open + 1,
            end: open + 1,
            text: body,
        }
    }
}

/// `{path[0]: {path[1]: ... {key: value}}}`.
pub(crate) fn nest(path: &[&str], key: &str, value: &V) -> V {
    let inner = V::O(vec![(Cow::Owned(key.to_string()), value.clone())]);
    path.iter()
        .rev()
        .fold(inner, |acc, k| V::O(vec![(Cow::Owned(k.to_string()), acc)]))
}

fn plan_json_edit(
    text: &str,
    root: &Node,
    container: &[&str],
    key: &str,
    value: &V,
    unit: &str,
    nl: &str,
) -> Result<Edit, String> {
    let mut obj = root;
    for (depth, k) in container.iter().enumerate() {
        match obj.member(k) {
            None => {
                let rest = container.get(depth + 1..).unwrap_or(&[]);
                let nested = nest(rest, key, value);
                return Ok(insert_member(text, obj, k, &nested, unit, nl));
            }
            Some(m) if matches!(m.value, Node::Obj { .. }) => obj = &m.value,
            Some(_) => {
                let path = container.get(..=depth).unwrap_or(container);
                return Err(format!("`{}` is not a JSON object", path.join(".")));
            }
        }
    }
    match obj.member(key) {
        Some(m) => {
            let ind = member_indent(text, obj, m, unit);
            let mut s = String::new();
            render_json(value, &ind, unit, nl, &mut s);
            Ok(Edit {
                start: m.value.start(),
                end: m.value.end(),
                text: s,
            })
        }
        None => Ok(insert_member(text, obj, key, value, unit, nl)),
    }
}

/// Sets `path` + `key` in a parsed document, creating objects on the way.
fn set_entry(doc: &mut Value, path: &[&str], key: &str, entry: Value) -> bool {
    let Some(map) = doc.as_object_mut() else {
        return false;
    };
    match path.split_first() {
        None => {
            map.insert(key.to_string(), entry);
            true
        }
        Some((k, rest)) => {
            let child = map
                .entry(k.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            set_entry(child, rest, key, entry)
        }
    }
}

/// The text of the value at `path` in `text`, as written (`None` when there is none or the
/// text does not parse).
fn raw_value<'t>(text: &'t str, path: &[&str]) -> Option<&'t str> {
    let parsed = parse_json(text).ok()?;
    let mut at = &parsed.root;
    for k in path {
        at = &at.member(k)?.value;
    }
    text.get(at.start()..at.end())
}

/// Whether the value at `container` + `key` spans several lines in `text` (a list the team
/// keeps one item a line is written back that way).
pub(crate) fn spans_lines(text: &str, container: &[&str], key: &str) -> bool {
    let path: Vec<&str> = container.iter().copied().chain([key]).collect();
    raw_value(text, &path).is_some_and(|raw| raw.contains('\n'))
}

/// The text of each item of the list at `path` in `text`, as written (`None` when there is
/// no list there or the text does not parse).
pub(crate) fn raw_items(text: &str, path: &[&str]) -> Option<Vec<String>> {
    let parsed = parse_json(text).ok()?;
    let mut at = &parsed.root;
    for k in path {
        at = &at.member(k)?.value;
    }
    match at {
        Node::Arr { items, .. } => items
            .iter()
            .map(|n| text.get(n.start()..n.end()).map(str::to_string))
            .collect(),
        _ => None,
    }
}

/// Whether the value at `path` in `text` holds a comment (JSONC) between its items: replacing
/// the value whole would drop it.
pub(crate) fn comments_in(text: &str, path: &[&str]) -> bool {
    raw_value(text, path)
        .and_then(|raw| parse_json(raw).ok())
        .is_some_and(|p| p.comments)
}

/// The parsed value of a JSON (or JSONC) text, or why it does not parse.
pub(crate) fn value_of(text: &str) -> Result<Value, String> {
    parse_json(text).map(|p| p.root.to_value(text))
}

/// `text` with `container` + `key` set to `value`, every other byte kept (key order,
/// comments, indentation, line endings); objects on the way are created. `who` names the
/// program that reads the file, for errors; `jsonc` says whether it accepts comments and
/// trailing commas. The result is parsed again and must equal the old document with exactly
/// that member set.
pub(crate) fn set_member(
    text: &str,
    container: &[&str],
    key: &str,
    value: &V,
    jsonc: bool,
    who: &str,
    file: &str,
) -> Result<String, String> {
    let parsed = parse_for_edit(text, jsonc, who, file)?;
    let root = &parsed.root;
    if !matches!(root, Node::Obj { .. }) {
        return Err(format!(
            "{file}: the top level is not a JSON object; fix or remove it, then run again"
        ));
    }
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let unit = indent_unit(text, root);
    let edit = plan_json_edit(text, root, container, key, value, &unit, nl)
        .map_err(|e| format!("{file}: {e}; fix it by hand, then run again"))?;
    let (Some(before), Some(after)) = (text.get(..edit.start), text.get(edit.end..)) else {
        return Err(format!(
            "internal error while merging {file}; it was left unchanged"
        ));
    };
    let out = format!("{before}{}{after}", edit.text);

    // The result must read as the old document with exactly that member set.
    let mut expected = root.to_value(text);
    if !set_entry(&mut expected, container, key, value.to_json()) {
        return Err(format!(
            "internal error while merging {file}; it was left unchanged"
        ));
    }
    check_result(out, &expected, file)
}

/// `text` without the member `container` + `key`, every other byte kept; unchanged when the
/// member (or its container) is not there. The result is parsed again and must equal the old
/// document with exactly that member removed. Errors as [`set_member`].
pub(crate) fn remove_member(
    text: &str,
    container: &[&str],
    key: &str,
    jsonc: bool,
    who: &str,
    file: &str,
) -> Result<String, String> {
    let parsed = parse_for_edit(text, jsonc, who, file)?;
    let mut obj = &parsed.root;
    for k in container {
        match obj.member(k) {
            Some(m) if matches!(m.value, Node::Obj { .. }) => obj = &m.value,
            _ => return Ok(text.to_string()),
        }
    }
    let members = obj.members();
    let Some(at) = members.iter().rposition(|m| m.key == key) else {
        return Ok(text.to_string());
    };
    let Some(this) = members.get(at) else {
        return Ok(text.to_string());
    };
    let prev = at.checked_sub(1).and_then(|i| members.get(i));
    let cut = cut_member(text.as_bytes(), this, prev);
    let mut out = text.to_string();
    for &(start, end) in cut.iter().rev() {
        if out.get(start..end).is_none() {
            return Err(format!(
                "internal error while merging {file}; it was left unchanged"
            ));
        }
        out.replace_range(start..end, "");
    }
    let mut expected = parsed.root.to_value(text);
    let pointer: String = container
        .iter()
        .map(|k| format!("/{}", k.replace('~', "~0").replace('/', "~1")))
        .collect();
    if let Some(map) = expected
        .pointer_mut(&pointer)
        .and_then(Value::as_object_mut)
    {
        map.remove(key);
    }
    check_result(out, &expected, file)
}

/// The document about to be edited; errors name the file and what to do.
fn parse_for_edit(text: &str, jsonc: bool, who: &str, file: &str) -> Result<Parsed, String> {
    let parsed = parse_json(text)
        .map_err(|e| format!("{file} is not valid JSON ({e}); fix or remove it, then run again"))?;
    if !jsonc && (parsed.comments || parsed.trailing_commas) {
        return Err(format!(
            "{file} has comments or trailing commas, which {who} does not accept in this file; \
             fix it by hand, then run again"
        ));
    }
    Ok(parsed)
}

/// `out` when it reads as `expected`; otherwise an error, and the file is left unchanged.
fn check_result(out: String, expected: &Value, file: &str) -> Result<String, String> {
    let check = parse_json(&out)
        .map(|p| p.root.to_value(&out))
        .map_err(|e| format!("internal error while merging {file} ({e}); it was left unchanged"))?;
    if check != *expected {
        return Err(format!(
            "internal error while merging {file}: the result does not match; it was left \
             unchanged"
        ));
    }
    Ok(out)
}

/// The byte ranges (ascending) that remove `this` member with its comma and, where it sits on
/// lines of its own, those lines, and nothing else: a comment above the next member, or
/// after the previous one's comma, stays.
fn cut_member(b: &[u8], this: &Member, prev: Option<&Member>) -> Vec<(usize, usize)> {
    let blank = |c: Option<&u8>| matches!(c, Some(b' ' | b'\t'));
    // The comma right after a value (only spaces between).
    let comma_after = |mut i: usize| {
        while blank(b.get(i)) {
            i += 1;
        }
        (b.get(i) == Some(&b',')).then_some(i)
    };
    // The start of `at`'s line, when only spaces precede `at` there.
    let line_start = |mut i: usize| {
        while i > 0 && blank(b.get(i - 1)) {
            i -= 1;
        }
        (i == 0 || b.get(i - 1) == Some(&b'\n')).then_some(i)
    };
    // Just past the line break after `at`, when only spaces come before it.
    let line_end = |mut i: usize| {
        while blank(b.get(i)) || b.get(i) == Some(&b'\r') {
            i += 1;
        }
        (b.get(i) == Some(&b'\n')).then_some(i + 1)
    };
    let (key, value_end) = (this.key_start, this.value.end());
    // A comma of its own (a middle member, or a trailing comma): the member and its comma,
    // as whole lines when it has them to itself.
    if let Some(c) = comma_after(value_end) {
        return match (line_start(key), line_end(c + 1)) {
            (Some(s), Some(e)) => vec![(s, e)],
            _ => {
                let mut e = c + 1;
                while blank(b.get(e)) {
                    e += 1;
                }
                vec![(key, e)]
            }
        };
    }
    match prev {
        // The last of several: the previous member's comma, then this member (with the line
        // break before it when it has its line to itself).
        Some(p) => match comma_after(p.value.end()) {
            Some(pc)
                if b.get(pc + 1..key)
                    .is_some_and(|s| s.iter().all(|c| blank(Some(c)))) =>
            {
                vec![(pc, value_end)]
            }
            Some(pc) => {
                let start = match line_start(key) {
                    Some(s) if s > 0 => {
                        let nl = s - 1;
                        if nl > 0 && b.get(nl - 1) == Some(&b'\r') {
                            nl - 1
                        } else {
                            nl
                        }
                    }
                    _ => key,
                };
                match start > pc {
                    true => vec![(pc, pc + 1), (start, value_end)],
                    false => vec![(pc, value_end)],
                }
            }
            None => vec![(p.value.end(), value_end)],
        },
        // The only member.
        None => match (line_start(key), line_end(value_end)) {
            (Some(s), Some(e)) => vec![(s, e)],
            _ => vec![(key, value_end)],
        },
    }
}
