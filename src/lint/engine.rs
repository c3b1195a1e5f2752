//! The engine: one file's text in, its findings out. No I/O: the CLI walks and reads, the
//! server posts snippets, both call [`Linter::check`].
//!
//! Per file: keep the detectors whose language and globs apply and whose prefilter words all
//! occur in the text; if an ast-grep detector is left, parse the file **once** and run every
//! such detector in one traversal (ast-grep's combined scan, which visits a node only for the
//! rules whose kinds it can match); regex detectors run on the text. Then inline suppressions
//! (`rulebook-ignore-next-line <standard>/<rule> <reason>`) drop what they name.

use std::collections::HashMap;

use ast_grep_config::{CombinedScan, RuleConfig};
use ast_grep_core::tree_sitter::LanguageExt;

use super::detector::{Detector, Matcher};
use super::lang::Lang;
use super::suppress::{self, Suppression};

/// One violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Index of the detector in the linter's set.
    pub detector: usize,
    /// 1-based line and column (in characters) of the start, and of the end.
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The detector's message with metavariables filled in.
    pub message: String,
    /// The text of the first line, trimmed (for people and for stable fingerprints).
    pub snippet: String,
}

impl Finding {
    /// Detector `detector`'s finding over the byte range `range` of `text`.
    fn at(detector: usize, text: &str, range: std::ops::Range<usize>, message: String) -> Finding {
        let (line, column) = position(text, range.start);
        let (end_line, end_column) = position(text, range.end);
        Finding {
            detector,
            line,
            column,
            end_line,
            end_column,
            message,
            snippet: snippet(text, line),
        }
    }
}

/// What checking one file found.
#[derive(Debug, Default)]
pub struct FileResult {
    pub findings: Vec<Finding>,
    /// Findings an inline suppression silenced, with the index of that suppression.
    pub suppressed: Vec<(Finding, usize)>,
    /// Suppressions found in the file, each with whether it silenced a finding.
    pub suppressions: Vec<Suppression>,
    /// The parser recovered from syntax errors: findings may be incomplete.
    pub syntax_errors: bool,
    /// Whether the file was parsed at all (false when the prefilter ruled every detector out).
    pub parsed: bool,
}

/// A set of compiled detectors, ready to check files.
pub struct Linter {
    pub detectors: Vec<Detector>,
    /// Per language, the ast-grep detectors' indices.
    by_lang: HashMap<Lang, Vec<usize>>,
    regexes: Vec<usize>,
}

fn needs_present(d: &Detector, text: &str) -> bool {
    d.needs.iter().all(|w| text.contains(w.as_str())) && d.needs_re.iter().all(|r| r.is_match(text))
}

/// Fills `$NAME` in a message from the match's metavariables (ast-grep's message syntax).
fn interpolate<D: ast_grep_core::Doc>(message: &str, m: &ast_grep_core::NodeMatch<D>) -> String {
    if !message.contains('$') {
        return message.to_string();
    }
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        match m.get_env().get_match(name) {
            Some(n) if !name.is_empty() => out.push_str(&n.text()),
            _ => {
                out.push('$');
                out.push_str(name);
            }
        }
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

/// 1-based line and character column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The trimmed text of 1-based line `line`, at most 200 characters.
fn snippet(text: &str, line: usize) -> String {
    let l = text.lines().nth(line - 1).unwrap_or_default().trim();
    l.chars().take(200).collect()
}

impl Linter {
    pub fn new(detectors: Vec<Detector>) -> Linter {
        let mut by_lang: HashMap<Lang, Vec<usize>> = HashMap::new();
        let mut regexes = Vec::new();
        for (i, d) in detectors.iter().enumerate() {
            match d.lang() {
                Some(l) => by_lang.entry(l).or_default().push(i),
                None => regexes.push(i),
            }
        }
        Linter {
            detectors,
            by_lang,
            regexes,
        }
    }

    /// Whether any detector could apply to `path` (so the caller need not read it).
    pub fn wants(&self, path: &str) -> bool {
        let lang = Lang::of_path(path);
        self.regexes
            .iter()
            .any(|&i| self.detectors[i].applies(path))
            || lang
                .and_then(|l| self.by_lang.get(&l))
                .is_some_and(|v| v.iter().any(|&i| self.detectors[i].applies(path)))
    }

    /// Checks one file. `path` is repository-relative with `/` separators.
    pub fn check(&self, path: &str, text: &str) -> FileResult {
        let mut out = FileResult::default();
        if let Some(lang) = Lang::of_path(path)
            && let Some(ids) = self.by_lang.get(&lang)
        {
            let live: Vec<usize> = ids
                .iter()
                .copied()
                .filter(|&i| {
                    self.detectors[i].applies(path) && needs_present(&self.detectors[i], text)
                })
                .collect();
            if !live.is_empty() {
                self.scan_ast(lang, &live, text, &mut out);
            }
        }
        for &i in &self.regexes {
            let d = &self.detectors[i];
            if !d.applies(path) || !needs_present(d, text) {
                continue;
            }
            let Matcher::Regex(re) = &d.matcher else {
                continue;
            };
            for m in re.find_iter(text) {
                out.findings
                    .push(Finding::at(i, text, m.range(), d.message.clone()));
            }
        }
        out.findings.sort_by_key(|f| (f.line, f.column, f.detector));
        out.suppressions = suppress::find(text);
        if !out.suppressions.is_empty() {
            for f in std::mem::take(&mut out.findings) {
                match suppress::silences(&mut out.suppressions, f.line, &self.detectors[f.detector])
                {
                    Some(s) => out.suppressed.push((f, s)),
                    None => out.findings.push(f),
                }
            }
        }
        out
    }

    fn scan_ast(&self, lang: Lang, live: &[usize], text: &str, out: &mut FileResult) {
        let rules: Vec<&RuleConfig<Lang>> = live
            .iter()
            .filter_map(|&i| match &self.detectors[i].matcher {
                Matcher::Ast { rule, .. } => Some(rule.as_ref()),
                Matcher::Regex(_) => None,
            })
            .collect();
        // The combined scan sorts its rules; find each one's detector again by address.
        let index_of = |r: &RuleConfig<Lang>| {
            live.iter()
                .copied()
                .find(|&i| match &self.detectors[i].matcher {
                    Matcher::Ast { rule, .. } => std::ptr::eq(rule.as_ref(), r),
                    Matcher::Regex(_) => false,
                })
        };
        let scan = CombinedScan::new(rules);
        let root = lang.ast_grep(text);
        out.parsed = true;
        out.syntax_errors = root.root().get_inner_node().has_error();
        let result = scan.scan(&root, false);
        for (rule, matches) in result.matches {
            let Some(i) = index_of(rule) else {
                continue;
            };
            let d = &self.detectors[i];
            for m in matches {
                let message = interpolate(&d.message, &m);
                out.findings.push(Finding::at(i, text, m.range(), message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linter(yaml: &str) -> Linter {
        Linter::new(
            Detector::parse_all(yaml)
                .into_iter()
                .map(|d| d.unwrap())
                .collect(),
        )
    }

    #[test]
    fn finds_bare_except_console_and_regex_in_one_pass() {
        let l = linter(
            "id: bare-except\nlanguage: python\nseverity: error\nmessage: bare except\nrule:\n  kind: except_clause\n  regex: '^except\\s*:'\n---\nid: no-console\nlanguage: typescript\nmessage: use the logger, not console.$M\nrule:\n  pattern: console.$M($$$A)\n---\nid: todo\nregex: 'TODO\\(nobody\\)'\nmessage: every TODO has an owner\n",
        );
        let py = "try:\n    x()\nexcept:\n    pass\ntry:\n    y()\nexcept ValueError:\n    pass\n";
        let r = l.check("a/b.py", py);
        assert!(r.parsed && !r.syntax_errors);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        assert_eq!((r.findings[0].line, r.findings[0].column), (3, 1));
        let ts = "const a = 1;\n  console.warn('x', a); // TODO(nobody)\n";
        let r = l.check("src/x.ts", ts);
        assert_eq!(r.findings.len(), 2, "{:?}", r.findings);
        assert_eq!(r.findings[0].message, "use the logger, not console.warn");
        assert_eq!((r.findings[0].line, r.findings[0].column), (2, 3));
        assert_eq!(l.detectors[r.findings[1].detector].id, "todo");
        // The prefilter: no `console` in the text, no parse.
        let r = l.check("src/y.ts", "const b = 2;\n");
        assert!(!r.parsed && r.findings.is_empty());
        assert!(l.wants("x.md") && l.wants("q.ts"));
        let only_ast = linter("id: a\nlanguage: go\nrule:\n  pattern: panic($$$)\n");
        assert!(!only_ast.wants("x.md") && only_ast.wants("cmd/main.go"));
    }

    #[test]
    fn a_rule_regex_spares_files_that_cannot_match_and_never_a_match() {
        let l = linter(
            "id: bare-except\nlanguage: python\nrule:\n  kind: except_clause\n  regex: '^except\\s*:'\n---\nid: word\nlanguage: python\nrule:\n  all:\n    - kind: identifier\n    - regex: '\\bzz\\b$'\n",
        );
        assert_eq!(l.detectors[0].needs_re.len(), 1);
        assert_eq!(l.detectors[1].needs_re.len(), 1);
        // Only `except ValueError:`: the relaxed regex `except\s*:` finds nothing, no parse.
        let r = l.check("a.py", "try:\n    x()\nexcept ValueError:\n    pass\n");
        assert!(!r.parsed && r.findings.is_empty());
        // Anchors hold within the node, not the file: an indented bare except still matches.
        let r = l.check(
            "a.py",
            "def f():\n    try:\n        x()\n    except :\n        pass\n",
        );
        assert!(r.parsed);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        // `\b` and `$` relaxed: `zz` mid-line in the file is still checked and found.
        let r = l.check("b.py", "y = zz + 1\n");
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        assert_eq!(l.detectors[r.findings[0].detector].id, "word");
    }

    #[test]
    fn syntax_errors_are_reported_not_fatal() {
        let l = linter("id: p\nlanguage: python\nrule:\n  pattern: print($A)\n");
        let r = l.check("x.py", "def (:\n  print(1)\n\u{0}\u{7f}");
        assert!(r.parsed && r.syntax_errors);
    }

    #[test]
    fn suppressions_need_the_label_and_a_reason() {
        let l = linter(
            "id: no-print\nlanguage: python\nmessage: no print\nrule:\n  pattern: print($$$)\nmetadata:\n  standard: logging\n  rule: 1\n",
        );
        let src = "# rulebook-ignore-next-line logging/1 the CLI's own output\nprint(1)\n# rulebook-ignore-next-line logging/1\nprint(2)\n# rulebook-ignore-next-line other/3 unrelated\nprint(3)\n";
        let r = l.check("x.py", src);
        let lines: Vec<usize> = r.findings.iter().map(|f| f.line).collect();
        assert_eq!(lines, [4, 6]);
        assert_eq!(r.suppressions.len(), 3);
        assert!(r.suppressions[0].used && !r.suppressions[1].used && !r.suppressions[2].used);
        assert!(r.suppressions[1].reason.is_empty());
    }
}
