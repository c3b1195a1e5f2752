//! Markdown turned into a small, safe element tree for the web UI.
//!
//! Why a tree and not HTML: the UI builds the DOM with `createElement`/`textContent` only
//! (no `innerHTML`, CSP `default-src 'self'`), so the server hands it data it can check, never
//! markup. The tree is closed by construction: only the elements below are produced, raw HTML
//! in the Markdown comes out as text, and a link whose scheme is not http(s), mailto or
//! relative loses its link and keeps its text.
//!
//! Shape (JSON): a document is an array of nodes; a node is either a string (text) or an
//! object `{"t": tag, "a": {attr: value}, "c": [node, ...]}` (`a` and `c` left out when
//! empty). Tags: `p h1..h6 ul ol li pre code blockquote em strong del a table thead tbody tr
//! th td hr br`. Attributes: `a` has `href` (and `title`, and `rel` for external links),
//! `code` inside `pre` has `class` = `language-<name>`, `ol` has `start`. An image becomes a
//! link to its address with the alt text as label (no remote loads).
//!
//! Bounds: elements nest at most [`MAX_DEPTH`] deep (deeper ones are flattened into their
//! ancestor, so 10,000 nested `>` cannot overflow a stack here or in the browser) and a
//! document holds at most [`MAX_NODES`] nodes (the rest is cut and marked with `…`). Pure: no
//! I/O.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::{Map, Value, json};

/// How deep elements nest before further ones are flattened.
pub const MAX_DEPTH: usize = 32;
/// How many nodes one document may hold.
pub const MAX_NODES: usize = 20_000;

/// An element being built; `tag: None` is a flattened (or refused) element whose children go
/// to its parent.
struct Frame {
    tag: Option<&'static str>,
    attrs: Map<String, Value>,
    children: Vec<Value>,
}

struct Builder {
    frames: Vec<Frame>,
    /// For each open Markdown tag, how many frames it pushed (popped again at its end).
    opened: Vec<usize>,
    /// How many open frames are elements (flattened ones do not count).
    depth: usize,
    nodes: usize,
    cut: bool,
}

impl Builder {
    fn push(&mut self, tag: Option<&'static str>, attrs: Map<String, Value>) {
        let tag = tag.filter(|_| self.depth < MAX_DEPTH);
        if tag.is_some() {
            self.depth += 1;
        }
        self.frames.push(Frame {
            tag,
            attrs,
            children: Vec::new(),
        });
    }

    fn pop(&mut self) {
        if self.frames.len() <= 1 {
            return;
        }
        let Some(f) = self.frames.pop() else { return };
        match f.tag {
            Some(t) => {
                self.depth -= 1;
                let mut o = Map::new();
                o.insert("t".into(), Value::from(t));
                if !f.attrs.is_empty() {
                    o.insert("a".into(), Value::Object(f.attrs));
                }
                if !f.children.is_empty() {
                    o.insert("c".into(), Value::Array(f.children));
                }
                self.add(Value::Object(o));
            }
            None => {
                if let Some(parent) = self.frames.last_mut() {
                    parent.children.extend(f.children);
                }
            }
        }
    }

    fn add(&mut self, v: Value) {
        if let Some(top) = self.frames.last_mut() {
            top.children.push(v);
        }
    }

    fn text(&mut self, s: &str) {
        if let Some(top) = self.frames.last_mut() {
            if let Some(Value::String(prev)) = top.children.last_mut() {
                prev.push_str(s);
                return;
            }
            top.children.push(Value::from(s));
        }
    }

    fn empty(&mut self, tag: &'static str) {
        self.add(json!({ "t": tag }));
    }

    /// Opens the frames of one Markdown tag.
    fn start(&mut self, tag: Tag<'_>) {
        let mut n = 1;
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => self.push(Some("p"), Map::new()),
            Tag::Heading { level, .. } => self.push(Some(heading(level)), Map::new()),
            Tag::BlockQuote(_) => self.push(Some("blockquote"), Map::new()),
            Tag::CodeBlock(kind) => {
                let mut attrs = Map::new();
                if let CodeBlockKind::Fenced(info) = kind
                    && let Some(lang) = language(&info)
                {
                    attrs.insert("class".into(), Value::from(format!("language-{lang}")));
                }
                self.push(Some("pre"), Map::new());
                self.push(Some("code"), attrs);
                n = 2;
            }
            Tag::List(None) => self.push(Some("ul"), Map::new()),
            Tag::List(Some(start)) => {
                let mut attrs = Map::new();
                if start != 1 {
                    attrs.insert("start".into(), Value::from(start.to_string()));
                }
                self.push(Some("ol"), attrs);
            }
            Tag::Item => self.push(Some("li"), Map::new()),
            Tag::Table(_) => self.push(Some("table"), Map::new()),
            Tag::TableHead => {
                self.push(Some("thead"), Map::new());
                self.push(Some("tr"), Map::new());
                n = 2;
            }
            Tag::TableRow => self.push(Some("tr"), Map::new()),
            Tag::TableCell => {
                let head = self.frames.iter().any(|f| f.tag == Some("thead"));
                self.push(Some(if head { "th" } else { "td" }), Map::new());
            }
            Tag::Emphasis => self.push(Some("em"), Map::new()),
            Tag::Strong => self.push(Some("strong"), Map::new()),
            Tag::Strikethrough => self.push(Some("del"), Map::new()),
            Tag::Link {
                dest_url, title, ..
            }
            | Tag::Image {
                dest_url, title, ..
            } => match link_attrs(&dest_url, &title) {
                Some(attrs) => self.push(Some("a"), attrs),
                None => self.push(None, Map::new()),
            },
            // Footnotes, definition lists, metadata, super/subscript: kept as their text.
            _ => self.push(None, Map::new()),
        }
        self.opened.push(n);
    }

    fn end(&mut self, end: TagEnd) {
        let n = self.opened.pop().unwrap_or(0);
        for _ in 0..n {
            self.pop();
        }
        if end == TagEnd::TableHead {
            // Body rows follow the head: they go into a tbody closed with the table.
            self.push(Some("tbody"), Map::new());
            if let Some(table) = self.opened.last_mut() {
                *table += 1;
            }
        }
    }

    fn event(&mut self, e: Event<'_>) {
        match e {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::FootnoteReference(t) => self.text(&format!("[^{t}]")),
            Event::Code(t) => self.add(json!({ "t": "code", "c": [t.as_ref()] })),
            Event::SoftBreak => self.text("\n"),
            Event::HardBreak => self.empty("br"),
            Event::Rule => self.empty("hr"),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
        }
    }
}

fn heading(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 => "h1",
        HeadingLevel::H2 => "h2",
        HeadingLevel::H3 => "h3",
        HeadingLevel::H4 => "h4",
        HeadingLevel::H5 => "h5",
        HeadingLevel::H6 => "h6",
    }
}

/// The language of a fenced block's info string, when it is a plain name.
fn language(info: &str) -> Option<&str> {
    let word = info.split_whitespace().next()?;
    let ok = word.len() <= 32
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '.' | '#'));
    ok.then_some(word)
}

/// Whether a link destination may be followed: http(s), mailto, or relative (no scheme).
pub fn safe_href(href: &str) -> bool {
    if href
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return false;
    }
    match scheme(href) {
        None => true,
        Some(s) => ["http", "https", "mailto"]
            .iter()
            .any(|ok| s.eq_ignore_ascii_case(ok)),
    }
}

/// The scheme of a URL (`None` for a relative reference or a fragment).
fn scheme(href: &str) -> Option<&str> {
    let end = href.find([':', '/', '?', '#'])?;
    (href.as_bytes()[end] == b':').then(|| &href[..end])
}

fn link_attrs(href: &str, title: &str) -> Option<Map<String, Value>> {
    if href.is_empty() || !safe_href(href) {
        return None;
    }
    let mut attrs = Map::new();
    attrs.insert("href".into(), Value::from(href));
    if !title.is_empty() {
        attrs.insert("title".into(), Value::from(title));
    }
    if scheme(href).is_some() || href.starts_with("//") {
        attrs.insert("rel".into(), Value::from("noopener noreferrer"));
    }
    Some(attrs)
}

/// Markdown to its tree (an array of nodes; the module docs give the shape).
pub fn tree(markdown: &str) -> Value {
    let mut b = Builder {
        frames: vec![Frame {
            tag: None,
            attrs: Map::new(),
            children: Vec::new(),
        }],
        opened: Vec::new(),
        depth: 0,
        nodes: 0,
        cut: false,
    };
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    for e in Parser::new_ext(markdown, opts) {
        b.nodes += 1;
        if b.nodes > MAX_NODES {
            b.cut = true;
            break;
        }
        b.event(e);
    }
    if b.cut {
        b.text("…");
    }
    while b.frames.len() > 1 {
        b.pop();
    }
    Value::Array(b.frames.pop().map(|f| f.children).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| tags(x, out)),
            Value::Object(o) => {
                out.push(o["t"].as_str().unwrap_or_default().to_string());
                if let Some(c) = o.get("c") {
                    tags(c, out);
                }
            }
            _ => {}
        }
    }

    fn all_tags(md: &str) -> Vec<String> {
        let mut out = Vec::new();
        tags(&tree(md), &mut out);
        out
    }

    fn depth(v: &Value) -> usize {
        match v {
            Value::Array(a) => a.iter().map(depth).max().unwrap_or(0),
            Value::Object(o) => 1 + o.get("c").map(depth).unwrap_or(0),
            _ => 0,
        }
    }

    #[test]
    fn blocks_and_inlines() {
        let t = tree(
            "# Title\n\nSome *em* and **strong** and ~~gone~~ and `code`.\n\n- a\n- b\n\n3. x\n4. y\n\n> quoted\n\n---\nline  \nbreak\n",
        );
        assert_eq!(t[0], json!({"t": "h1", "c": ["Title"]}));
        assert_eq!(
            all_tags(
                "# Title\n\nSome *em* and **strong** and ~~gone~~ and `code`.\n\n- a\n\n3. x\n\n> q\n\n---\nline  \nbreak\n"
            ),
            [
                "h1",
                "p",
                "em",
                "strong",
                "del",
                "code",
                "ul",
                "li",
                "ol",
                "li",
                "blockquote",
                "p",
                "hr",
                "p",
                "br"
            ]
        );
        let ol = t
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["t"] == "ol")
            .unwrap();
        assert_eq!(ol["a"]["start"], "3");
    }

    #[test]
    fn raw_html_is_text() {
        let t = tree(
            "<script>alert(1)</script>\n\nx <b onclick=\"y\">bold</b> <img src=x onerror=alert(1)>\n",
        );
        assert_eq!(
            all_tags("<script>alert(1)</script>\n\nx <b>bold</b>\n"),
            ["p", "p"]
        );
        let s = t.to_string();
        assert!(s.contains("<script>alert(1)</script>"), "{s}");
        assert!(s.contains("<b onclick=\\\"y\\\">bold</b>"), "{s}");
        assert!(!s.contains("\"t\":\"script\"") && !s.contains("\"t\":\"img\""));
    }

    #[test]
    fn link_schemes() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "&#106;avascript:alert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "java%0ascript:x",
            "ftp://example.com",
        ] {
            let t = tree(&format!("[label]({bad})"));
            assert_eq!(t, json!([{"t": "p", "c": ["label"]}]), "{bad}: {t}");
        }
        assert!(!safe_href("java\tscript:x") && !safe_href(" javascript:x"));
        let t = tree(
            "[a](https://example.com \"T\") [b](/x/y) [c](#frag) [d](mailto:a@b.c) [e](docs/a:b)",
        );
        let links: Vec<&Value> = t[0]["c"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["t"] == "a")
            .collect();
        assert_eq!(links.len(), 5, "{t}");
        assert_eq!(
            links[0]["a"],
            json!({"href": "https://example.com", "title": "T", "rel": "noopener noreferrer"})
        );
        assert_eq!(links[1]["a"], json!({"href": "/x/y"}));
        assert_eq!(links[2]["a"], json!({"href": "#frag"}));
        assert_eq!(links[3]["a"]["rel"], "noopener noreferrer");
    }

    #[test]
    fn images_are_links_or_alt_text() {
        assert_eq!(
            tree("![diagram](https://e.com/d.png)"),
            json!([{"t": "p", "c": [{"t": "a", "a": {"href": "https://e.com/d.png", "rel": "noopener noreferrer"}, "c": ["diagram"]}]}])
        );
        assert_eq!(
            tree("![alt](javascript:x)"),
            json!([{"t": "p", "c": ["alt"]}])
        );
    }

    #[test]
    fn code_blocks_keep_a_plain_language() {
        assert_eq!(
            tree("```rust\nfn main() {}\n```\n"),
            json!([{"t": "pre", "c": [{"t": "code", "a": {"class": "language-rust"}, "c": ["fn main() {}\n"]}]}])
        );
        assert_eq!(
            tree("```\" onload=x\ny\n```\n"),
            json!([{"t": "pre", "c": [{"t": "code", "c": ["y\n"]}]}])
        );
        assert_eq!(
            tree("    indented\n"),
            json!([{"t": "pre", "c": [{"t": "code", "c": ["indented\n"]}]}])
        );
    }

    #[test]
    fn tables() {
        assert_eq!(
            all_tags("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"),
            [
                "table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td", "tr", "td", "td"
            ]
        );
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let deep = ">".repeat(10_000) + " x\n";
        let t = tree(&deep);
        assert_eq!(
            depth(&t),
            MAX_DEPTH,
            "deep input reaches the bound, no further"
        );
        assert!(t.to_string().contains('x'));
        let lists = "- ".repeat(5_000) + "y\n";
        assert!(depth(&tree(&lists)) <= MAX_DEPTH);
        let emph = "*a ".repeat(5_000);
        assert!(depth(&tree(&emph)) <= MAX_DEPTH);
    }

    #[test]
    fn output_is_bounded() {
        let many = "- x\n".repeat(MAX_NODES);
        let t = tree(&many);
        let s = t.to_string();
        assert!(s.ends_with("\"…\"]") || s.contains('…'), "cut is marked");
        assert!(s.matches("\"li\"").count() < MAX_NODES / 2);
        assert_eq!(tree(""), json!([]));
    }
}
